export * from "./types";
export * from "./text";
export * from "./catalog";
export * from "./slots";
export * from "./binding";
export * from "./native-formulas";
