/**
 * The collaboration loop as a guide (SPEC §2): `projectState` derives the 3 phases and 11 steps, each with its state,
 * a summary in both languages and one next action, from the file itself (see project-state.ts for what the states
 * mean). Pure: the ledger's crypto is passed in.
 */
export { projectState, serialAt } from "./project-state";
export { LOOP } from "./steps";
export type { PhaseDef, StepDef } from "./steps";
export { WBS_MAX_AGE } from "./execution";
export type {
  NextAction,
  NextActionKind,
  PhaseId,
  PhaseState,
  ProjectForm,
  ProjectInput,
  ProjectState,
  ProjectTask,
  ProjectWbs,
  StepId,
  StepState,
  StepStatus,
  WorkflowOptions,
} from "./types";
