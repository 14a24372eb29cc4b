/**
 * The WBS Tasks table as typed rows: which table column holds which WbsTask field (by header text in the instance's
 * language, so moved columns still map), and the conversions between cell values and typed values.
 */
import {
  cellText,
  parsedOrNull,
  getTemplate,
  parseDate,
  parseFraction,
  tablesOf,
  type ColumnDef,
  type Language,
  type TableDef,
} from "../../core";
import type { WbsTask, WbsUpdate } from "../types";

export function tasksTable(): TableDef {
  const table = tablesOf(getTemplate("T3")).find((t) => t.id === "tasks");
  if (!table) throw new Error("the WBS template has no tasks table");
  return table;
}

/** Column ids the task pane may write (the others are formulas or the row number). */
export const WRITABLE_COLUMNS: readonly string[] = tasksTable()
  .columns.filter((c) => c.kind !== "formula")
  .map((c) => c.id);

const NUMERIC_COLUMNS = new Set(["start", "due", "finish", "progress", "measuresDue"]);

/**
 * Sheet column (0-based within the table) of each column id: by header text; when the headers do not match the
 * template (renamed), by position if the table still has the template's column count; -1 when not found.
 */
export function columnPositions(headers: readonly unknown[], language: Language): Map<string, number> {
  const table = tasksTable();
  const texts = headers.map((h) => String(h).trim().toLowerCase());
  const positions = new Map<string, number>();
  table.columns.forEach((column, i) => {
    const at = texts.indexOf(column.label[language].toLowerCase());
    positions.set(column.id, at >= 0 ? at : texts.length === table.columns.length ? i : -1);
  });
  return positions;
}

/** One data row (cell values in sheet order) as a WbsTask. */
export function taskFromRow(row: number, values: readonly unknown[], positions: Map<string, number>): WbsTask {
  const at = (id: string) => {
    const p = positions.get(id) ?? -1;
    return p >= 0 ? values[p] : "";
  };
  const lag = at("lagDays");
  return {
    row,
    taskId: cellText(at("taskId")),
    taskName: cellText(at("taskName")),
    department: cellText(at("department")),
    owner: cellText(at("owner")),
    predecessors: cellText(at("predecessors")),
    start: parsedOrNull(parseDate, at("start")),
    due: parsedOrNull(parseDate, at("due")),
    finish: parsedOrNull(parseDate, at("finish")),
    progress: parsedOrNull(parseFraction, at("progress")),
    resources: cellText(at("resources")),
    blocker: cellText(at("blocker")),
    lagReason: cellText(at("lagReason")),
    notes: cellText(at("notes")),
    measures: cellText(at("measures")),
    measuresDue: parsedOrNull(parseDate, at("measuresDue")),
    status: cellText(at("status")),
    lagDays: typeof lag === "number" ? lag : cellText(lag),
    waitingOn: cellText(at("waitingOn")),
  };
}

export interface CellChange {
  /** 0-based data row. */
  row: number;
  column: ColumnDef;
  value: string | number | null;
}

/** Checks an update before anything is written and lists its cell changes (row order kept; later entries win). */
export function changesOf(update: WbsUpdate): CellChange[] {
  const columns = new Map(tasksTable().columns.map((c) => [c.id, c]));
  const changes: CellChange[] = [];
  for (const entry of update) {
    if (!Number.isInteger(entry.row) || entry.row < 1)
      throw new RangeError(`WBS row ${String(entry.row)}: rows start at 1`);
    for (const [key, value] of Object.entries(entry)) {
      if (key === "row" || value === undefined) continue;
      const column = columns.get(key);
      if (!column || !WRITABLE_COLUMNS.includes(key)) throw new RangeError(`WBS column ${key} cannot be written`);
      const ok = NUMERIC_COLUMNS.has(key)
        ? value === null || (typeof value === "number" && Number.isFinite(value))
        : value === null || typeof value === "string" || typeof value === "number";
      if (!ok) throw new TypeError(`WBS row ${entry.row}, ${key}: ${JSON.stringify(value)} is not a valid value`);
      changes.push({ row: entry.row - 1, column, value: value as string | number | null });
    }
  }
  return changes;
}
