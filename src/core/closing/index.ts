/**
 * The closing documents of the loop (SPEC §2 steps 6, 9–11) as values the pane writes with `host.writeFields`:
 * minutes from the progress brief and their action items as WBS tasks, the acceptance checklist from the consensus
 * form and its verdict, the retrospective's goals and figures, and the case archive — with the reading of a file's
 * forms and sign-off that the archive and the loop share.
 */
export type { ClosingForm, ClosingValues, ReadRow } from "./form-data";
export * from "./minutes";
export * from "./acceptance";
export * from "./retrospective";
export * from "./archive";
export * from "./file-signoff";
