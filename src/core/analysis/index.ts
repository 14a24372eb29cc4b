/** The weekly loop's analysis: the WBS (status, lag, dependencies, freshness), the issue SLA and the progress brief. */
export * from "./links";
export * from "./wbs";
export * from "./issues";
export * from "./brief";
export { BRIEF_TEXT } from "./brief-text";
