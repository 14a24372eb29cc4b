import type { Host, InstanceRecord, Language, Serial, TemplateId } from "../core";

/** An inserted template found in the open file. */
export interface TemplateInstance {
  record: InstanceRecord;
  /** Where it is: the sheet name (Excel) or the document's heading text (Word). */
  location: string;
}

/** Values of a template's slots (see `slotsOf`), by slot key; dates as serials. Missing keys are left alone. */
export type FieldValues = Record<string, string | number | null>;

/** One WBS row as typed data for the task pane. */
export interface WbsTask {
  /** 1-based row within the table. */
  row: number;
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
  resources: string;
  blocker: string;
  lagReason: string;
  notes: string;
  /** What the sheet's formulas show now (status text, lag days, waiting-on ids), for display. */
  status: string;
  lagDays: number | string;
  waitingOn: string;
}

export interface WbsData {
  instance: InstanceRecord;
  statusDate: Serial | null;
  tasks: WbsTask[];
}

/** Changes to WBS rows: typed columns by row number; only the given columns are written. */
export type WbsUpdate = Array<{ row: number } & Partial<Omit<WbsTask, "row" | "status" | "lagDays" | "waitingOn">>>;

/** What the task pane needs from a host. One implementation per host; each touches only its own Office API. */
export interface ConcordHost {
  readonly kind: Host;
  insertTemplate(template: TemplateId, language: Language): Promise<TemplateInstance>;
  findTemplates(): Promise<TemplateInstance[]>;
  readFields(instance: InstanceRecord): Promise<FieldValues>;
  writeFields(instance: InstanceRecord, values: FieldValues): Promise<void>;
}

export interface ExcelConcordHost extends ConcordHost {
  readonly kind: "excel";
  readWbs(instance: InstanceRecord): Promise<WbsData>;
  updateWbs(instance: InstanceRecord, update: WbsUpdate): Promise<void>;
}
