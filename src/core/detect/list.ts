/** A user's own list as a host reads it for "Add status and lag to this table", and the user's choices for it. */
import type { SlaWindows } from "../sla";
import type { ColumnMapping } from "./detect";

/** Where a list is on its sheet; rows and columns 0-based (Office.js `getRangeByIndexes`). */
export interface ListGeometry {
  sheet: string;
  headerRow: number;
  /** The first data row is `headerRow + 1`; the last is inclusive (`headerRow` itself when the list has no rows). */
  lastDataRow: number;
  firstColumn: number;
  columnCount: number;
  /** The Excel table's name when the list is a table object (new columns are added to it), else null. */
  table: string | null;
}

/** The selected list: where it is, its header row, its first data rows (the sample) and the detected mapping. */
export interface ListSelection {
  geometry: ListGeometry;
  header: string[];
  /** Up to `LIST_SAMPLE_ROWS` first data rows, as values. */
  sample: unknown[][];
  /** The sample's number formats (to pass again to `withColumn` when the user changes a column). */
  formats: string[][];
  mapping: ColumnMapping;
}

/** Data rows read to detect columns. */
export const LIST_SAMPLE_ROWS = 20;

export interface AugmentOptions {
  /** Issue lists: the severity values that mean major (default: those detection found, plus Major / 重大). */
  majorSeverities?: readonly string[];
  /** Issue lists without a severity column: the user confirms every issue is major (else the plan is refused). */
  everyIssueIsMajor?: boolean;
  /**
   * Issue lists: the major-issue windows in hours, passed to CONCORD.SLA (the project's agreed ones, `projectSlaWindows`);
   * omitted = the function's default 2 h / 24 h.
   */
  majorWindows?: SlaWindows;
}

/** The columns "Add status and lag" adds: Waiting on, Status and Lag to a task list, SLA to an issue list. */
export type AddedColumnId = "waitingOn" | "status" | "lag" | "sla";

/** What was added to a list, for the pane to report and select. */
export interface AugmentedList {
  /** Each added column's header and address, header included (`'Sheet'!K3:K7`). */
  columns: Array<{ id: AddedColumnId; header: string; address: string }>;
  /** The status-date (or status-time) cell, `'Sheet'!P3`. */
  statusDate: string;
}
