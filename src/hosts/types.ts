import type { Host, InstanceRecord, Language, ProjectTask, Serial, TemplateId } from "../core";
import type { SheetPlan } from "../render/sheet";
import type { AugmentedList, AugmentOptions, ColumnMapping, ListGeometry, ListSelection } from "../core";

/** An inserted template found in the open file. */
export interface TemplateInstance {
  record: InstanceRecord;
  /** Where it is: the sheet name (Excel) or the document's heading text (Word). */
  location: string;
  /** Excel, from insertTemplate: every sheet the insert added (a T3 adds three), `location` first. */
  sheets?: string[];
}

/** Values of a template's slots (see `slotsOf`), by slot key; dates as serials. Missing keys are left alone. */
export type FieldValues = Record<string, string | number | null>;

/** One WBS row as typed data for the task pane: what the loop reads (`ProjectTask`) plus what the pane shows. */
export interface WbsTask extends ProjectTask {
  /** 1-based row within the table. */
  row: number;
  resources: string;
  notes: string;
  /** T3's response measures for a lagging task, and by when they take effect (blank in a WBS without the columns). */
  measures: string;
  measuresDue: Serial | null;
  /** What the sheet's formulas show now (lag days, waiting-on ids), for display; `status` likewise. */
  lagDays: number | string;
  waitingOn: string;
}

export interface WbsData {
  instance: InstanceRecord;
  statusDate: Serial | null;
  tasks: WbsTask[];
  /** The header's update date (the lead's weekly refresh, loop step 7); left out when the host does not read it. */
  updateDate?: Serial | null;
  /** The Departments table's non-blank rows (loop step 2); left out when the host does not read it. */
  departments?: Array<{ department: string; type: string; liaison: string }>;
  /**
   * The Calendar table's rows with a date: [date, kind] as the cells hold them (`parseCalendarEntries` reads them);
   * left out when the host does not read it.
   */
  calendar?: Array<[string | number | null, string | number | null]>;
}

/** Changes to WBS rows: typed columns by row number; only the given columns are written. */
export type WbsUpdate = Array<{ row: number } & Partial<Omit<WbsTask, "row" | "status" | "lagDays" | "waitingOn">>>;

/** A form as the pane reads it: its slot values (as `readFields`) and its tables' rows, by table id then column id. */
export interface FormContent {
  values: FieldValues;
  tables: Record<string, Array<Record<string, string | number | null>>>;
}

/** What a form's visible signature block shows for one signature (SPEC §5): who, the decision, when, the code. */
export interface SignatureView {
  /** The signature block's slot prefix (`signatures.<signer id>` as in `slotsOf`): which block shows it. */
  block: string;
  signer: string;
  department: string;
  decision: "approve" | "reject";
  comment: string;
  /** ISO UTC time, e.g. 2026-11-20T09:00:00.000Z. */
  at: string;
  /** Short fingerprint code of the entry (`shortCode`), e.g. BA78-16BF. */
  code: string;
}

/** Everything the home screen derives the loop's state from, read in one pass. */
export interface ProjectSnapshot {
  instances: TemplateInstance[];
  /** The content of every instance but the WBS, by instance id: the forms, and the issue log (T6: its `issues` rows). */
  forms: Record<string, FormContent>;
  /** The file's sign-off ledger: one record per entry (`entryRecord`), in file order. */
  ledger: string[];
  /** Each WBS instance's rows (T3), by instance id. */
  wbs: Record<string, WbsData>;
}

/** What a host can do beyond the common contract, so the pane can say what it will not do here instead of failing. */
export interface HostCapabilities {
  /** Signed forms can be locked against editing (Word content controls). */
  lockForms: boolean;
  /** Office tells who the user is (Word desktop: `Document.coauthoring.me`). */
  identity: boolean;
}

/** What the task pane needs from a host. One implementation per host; each touches only its own Office API. */
export interface ConcordHost {
  readonly kind: Host;
  insertTemplate(template: TemplateId, language: Language): Promise<TemplateInstance>;
  findTemplates(): Promise<TemplateInstance[]>;
  readFields(instance: InstanceRecord): Promise<FieldValues>;
  writeFields(instance: InstanceRecord, values: FieldValues): Promise<void>;
}

/**
 * Sign-off and navigation (issue 7). Budgets: readProject ≤ 3 syncs and appendSignature ≤ 3, whatever the number of
 * WBS rows (10 / 1,000 / 10,000) and forms (1 / 10 / 100).
 */
export interface SignoffHost {
  readonly capabilities: HostCapabilities;
  /** One form's slot values and table rows. */
  readForm(instance: InstanceRecord): Promise<FormContent>;
  /** Every instance with its content, and the ledger. */
  readProject(): Promise<ProjectSnapshot>;
  /** Appends one ledger record (never rewriting earlier ones) and shows the signature in the form's block. */
  appendSignature(instance: InstanceRecord, record: string, view: SignatureView): Promise<void>;
  /** Locks a signed form's fields against editing, or unlocks them (an approved change request); no-op without. */
  setFormLocked(instance: InstanceRecord, locked: boolean): Promise<void>;
  /** Brings the instance into view (activates its sheet / selects the form). */
  selectInstance(instance: InstanceRecord): Promise<void>;
  /** The user's name when Office provides it, else null (then the pane asks for it and marks it self-declared). */
  currentUser(): Promise<string | null>;
}

/** The weekly refresh's way back into the task sheet (Excel, and the preview's workbook). */
export interface TaskRowsHost {
  /**
   * Selects WBS rows (1-based within the Tasks table) in the sheet, e.g. the lagging tasks without a reason. Resolves to
   * how many were selected: all of them where Excel selects several areas (ExcelApi 1.18), else the first block of
   * consecutive rows, and at most MAX_SELECTED_AREAS blocks.
   */
  selectTaskRows(instance: InstanceRecord, rows: readonly number[]): Promise<{ selected: number }>;
}

/** A report written as a sheet of its own (the weekly brief): Excel, and the preview's workbook. */
export interface ReportSheetHost {
  /** Adds the sheet under a free name (never overwriting one) and shows it; resolves to the name it got. */
  addReportSheet(plan: SheetPlan): Promise<{ sheet: string }>;
}

export interface ExcelConcordHost extends ConcordHost {
  readonly kind: "excel";
  readWbs(instance: InstanceRecord): Promise<WbsData>;
  updateWbs(instance: InstanceRecord, update: WbsUpdate): Promise<void>;
  /**
   * "Add status and lag to this table" (issue 8), step 1: the selected list (a table, or the selected range) with
   * its columns detected (`detectColumns`), for the user to confirm (`withColumn`). Optional: a host without it does
   * not offer the action.
   */
  readSelectedList?(): Promise<ListSelection>;
  /**
   * Step 2: adds Waiting on / Status / Lag (or SLA) columns, a labelled status-date cell and the status colours beside
   * the list, never writing into a non-empty cell; refuses (a LocalizedError naming the cell or what is missing)
   * before writing anything.
   */
  augmentList?(
    list: ListGeometry,
    mapping: ColumnMapping,
    language: Language,
    options?: AugmentOptions,
  ): Promise<AugmentedList>;
}
