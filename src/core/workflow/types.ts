import type { Serial } from "../dates";
import type { SignoffCrypto } from "../signoff";
import type { Bilingual, Host, InstanceRecord, TemplateId } from "../templates";

/** A form's content as the host reads it: slot values by slot key, table rows by table id then column id. */
export interface ProjectForm {
  values: Readonly<Record<string, unknown>>;
  tables: Readonly<Record<string, ReadonlyArray<Readonly<Record<string, unknown>>>>>;
}

/** One WBS row (the fields the loop reads). `status` is what the sheet's formula shows, in either language. */
export interface ProjectTask {
  taskId: string;
  taskName: string;
  department: string;
  owner: string;
  predecessors: string;
  start: Serial | null;
  due: Serial | null;
  finish: Serial | null;
  /** 0..1 */
  progress: number | null;
  blocker: string;
  lagReason: string;
  status: string;
}

export interface ProjectWbs {
  statusDate: Serial | null;
  tasks: readonly ProjectTask[];
  /** Left out: the host did not read it (no freshness check); null: the cell is blank. */
  updateDate?: Serial | null;
  departments?: ReadonlyArray<{ department: string; type: string; liaison: string }>;
  /** The Calendar table's rows ([date, kind]) when the host read them: holidays and make-up workdays. */
  calendar?: ReadonlyArray<readonly [unknown, unknown]>;
}

/**
 * What the loop is derived from: the file itself. The hosts' `ProjectSnapshot` (src/hosts/types.ts) is one: instances
 * in file order, every instance's content but the WBS by instance id (T6 included), the ledger records, WBS rows.
 */
export interface ProjectInput {
  instances: ReadonlyArray<{ record: InstanceRecord }>;
  forms: Readonly<Record<string, ProjectForm>>;
  ledger: readonly string[];
  wbs: Readonly<Record<string, ProjectWbs>>;
}

export interface WorkflowOptions {
  crypto: SignoffCrypto;
  /** Now, as a date-time serial in the user's time zone (see `serialAt`): the WBS and minutes' age, the issue clock. */
  now: number;
  /**
   * The host the pane runs in. Given, a template the host cannot insert (Word: the WBS and the issue log) is not
   * offered; the step says where it is kept instead.
   */
  host?: Host;
}

export type PhaseId = "preparation" | "execution" | "closing";

export type StepId =
  | "initiate"
  | "departments"
  | "kickoff"
  | "consensus"
  | "plan"
  | "communicate"
  | "track"
  | "change"
  | "acceptance"
  | "retrospective"
  | "archive";

/**
 * done: the step's conditions hold (for the ongoing steps 6 and 7: up to date). current: the first step that is not
 * done, when nothing is wrong with it. todo: a later step not done yet. attention: something needs a person now,
 * done or not: a signature went stale, a change awaits its evaluation or re-sign, a lagging task has no reason, the
 * WBS or the minutes are out of date, a standard is not measurable, a ledger entry does not verify. blocked: the step
 * cannot finish until something is undone or decided again: a signer rejected the form (one rejection blocks it), a
 * deliverable failed acceptance, the tasks' dependencies form a cycle.
 */
export type StepStatus = "done" | "current" | "todo" | "attention" | "blocked";

/**
 * What a next action asks for. open: select the form in the file (to edit it there). review: run the weekly review of
 * the WBS (step 7: refresh its status and update date, give lagging and blocked tasks their reasons), which the pane
 * does on its Weekly review screen where it has one, else by selecting the WBS.
 */
export type NextActionKind =
  "insert" | "fill" | "sign" | "verify" | "raiseChange" | "approveChange" | "review" | "open";

export interface NextAction {
  action: NextActionKind;
  template?: TemplateId;
  instance?: string;
  label: Bilingual;
}

export interface StepState {
  id: StepId;
  number: number;
  title: Bilingual;
  state: StepStatus;
  summary: Bilingual;
  /** The instances the step reads, in file order. */
  instances: string[];
  /** The one thing to do next; null when nothing is. A done step may offer an optional one (8: raise a change). */
  next: NextAction | null;
}

export interface PhaseState {
  id: PhaseId;
  title: Bilingual;
  steps: StepState[];
}

export interface ProjectState {
  phases: PhaseState[];
  /** The first step that is not done (whatever its state), null when all are. */
  current: StepId | null;
  /** The stored ledger could not be read in full: what was wrong (the readable records still count). */
  ledgerProblem: Bilingual | null;
}
