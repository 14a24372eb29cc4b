export { normalizeHeader } from "./headers";
export * from "./roles";
export { profileColumn, type ColumnProfile } from "./samples";
export * from "./detect";
export * from "./list";
