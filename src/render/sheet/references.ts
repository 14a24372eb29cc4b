/**
 * Where formulas point. One template definition (`column.formula(context)`) serves two reference styles:
 * - structured: Excel tables and workbook names (`[@[Due date]]`, `Concord_T3_ab12cd_tasks[[#Data],[Task ID]]`,
 *   `Concord_T3_ab12cd_statusDate`), which survive inserted rows, moved tables and renamed sheets — used in Office.js;
 * - A1: plain addresses (`H8`, `$A$8:$A$27`, `$C$5`, `'Sheet'!$T$8:$U$17`), for engines without tables (HyperFormula
 *   in tests) and for file writers that fill formulas row by row.
 */
import {
  excelName,
  type FormulaContext,
  type FormulaDialect,
  type Language,
  slotsOf,
  type TableDef,
  tablesOf,
  type TemplateDef,
} from "../../core";
import { a1, type SheetPlan } from "./sheet-plan";

/** A FormulaContext that can also point at the header cell of a table column (to turn rows into table positions). */
export interface SheetReferences extends FormulaContext {
  header(tableId: string, columnId: string): string;
}

/** Builds references for a table row: `table` is the table whose row `cell()` means, `row` that row (0-based, A1 only). */
export type ReferenceFactory = (table?: string, row?: number) => SheetReferences;

export type ReferenceStyle = "structured" | "a1";

/** Where a column's spilled formula (`ColumnDef.spill`) sits: its first cell (0-based) and the table's data rows. */
export interface SpillAnchor {
  row: number;
  col: number;
  rows: number;
}

/** Spill anchors by `spillKey(tableId, columnId)` (`SheetPlan.spills`). */
export type SpillAnchors = Readonly<Record<string, SpillAnchor>>;

export const spillKey = (tableId: string, columnId: string) => `${tableId}.${columnId}`;

function anchorOf(spills: SpillAnchors | undefined, tableId: string | undefined, columnId: string): SpillAnchor {
  const anchor = tableId === undefined ? undefined : spills?.[spillKey(tableId, columnId)];
  if (!anchor) throw new Error(`no spilled formula for column ${columnId} of table ${tableId ?? "(none)"}`);
  return anchor;
}

/**
 * A column name inside a structured reference: `[`, `]`, `#` and `'` are escaped with `'` (Excel's rule);
 * the caller wraps it in brackets, which makes spaces, `%`, `(`… safe.
 */
export function escapeStructuredName(name: string): string {
  return name.replace(/['[\]#]/g, "'$&");
}

/** Text as an Excel string literal: `"` doubled. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** An A1 reference with `$` on the column, the row, both or neither: `$M8`, `B$16`, `$C$4`, `F7`. */
export function cellRef(row: number, col: number, fixed: "col" | "row" | "both" | "none" = "none"): string {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1(row, col))!;
  const c = fixed === "col" || fixed === "both" ? "$" : "";
  const r = fixed === "row" || fixed === "both" ? "$" : "";
  return `${c}${letters}${r}${digits}`;
}

export function fieldLabel(template: TemplateDef, fieldId: string, language: Language): string {
  for (const block of template.blocks) {
    if (block.type !== "fields") continue;
    const field = block.fields.find((f) => f.id === fieldId);
    if (field) return field.label[language];
  }
  throw new Error(`${template.id} has no field ${fieldId}`);
}

/** A sheet name as a reference prefix: always quoted, `'` doubled. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

export function tableOf(template: TemplateDef, tableId: string): TableDef {
  const table = tablesOf(template).find((t) => t.id === tableId);
  if (!table) throw new Error(`${template.id} has no table ${tableId}`);
  return table;
}

export function columnIndex(table: TableDef, columnId: string): number {
  const index = table.columns.findIndex((c) => c.id === columnId);
  if (index < 0) throw new Error(`table ${table.id} has no column ${columnId}`);
  return index;
}

export function columnLabel(template: TemplateDef, tableId: string, columnId: string, language: Language): string {
  const table = tableOf(template, tableId);
  return table.columns[columnIndex(table, columnId)].label[language];
}

export interface StructuredOptions {
  /** The table whose current row `cell()` refers to. */
  table?: string;
  /**
   * `"@"` writes `[@[Label]]` (what Excel shows and Office.js accepts); `"explicit"` writes
   * `Table[[#This Row],[Label]]`, the form stored in .xlsx files.
   */
  thisRow?: "@" | "explicit";
  /** The functions calculated columns call (default "concord"). */
  dialect?: FormulaDialect;
  /** Where spilled columns sit (same sheet: plain absolute addresses). */
  spills?: SpillAnchors;
}

/** Structured references into an instance's tables and names. */
export function structuredReferences(
  template: TemplateDef,
  instanceId: string,
  language: Language,
  options: StructuredOptions = {},
): SheetReferences {
  const tableName = (tableId: string) => {
    tableOf(template, tableId);
    return excelName(template.id, instanceId, tableId);
  };
  const name = (tableId: string, columnId: string) =>
    `[${escapeStructuredName(columnLabel(template, tableId, columnId, language))}]`;
  return {
    language,
    dialect: options.dialect ?? "concord",
    cell(columnId) {
      if (!options.table) throw new Error("cell() needs the table of the current row");
      if (options.thisRow === "explicit")
        return `${tableName(options.table)}[[#This Row],${name(options.table, columnId)}]`;
      return `[@${name(options.table, columnId)}]`;
    },
    column: (tableId, columnId) => `${tableName(tableId)}[[#Data],${name(tableId, columnId)}]`,
    header: (tableId, columnId) => `${tableName(tableId)}[[#Headers],${name(tableId, columnId)}]`,
    field: (fieldId) => excelName(template.id, instanceId, fieldId),
    table: (tableId) => tableName(tableId),
    // `A1#` is the whole spill, however long the table grows; the row is counted from the table's header row.
    spilledRow(columnId) {
      const anchor = anchorOf(options.spills, options.table, columnId);
      const first = tableOf(template, options.table!).columns[0].id;
      const header = `${tableName(options.table!)}[[#Headers],${name(options.table!, first)}]`;
      return `INDEX(${a1(anchor.row, anchor.col, true)}#,ROW()-ROW(${header}))`;
    },
  };
}

/** Where an instance's tables and single-value slots are, for A1 references. */
export interface A1Positions {
  sheet: string;
  /** Header row and first column of each table (0-based), its data rows and its column ids in order. */
  tables: Record<string, { row: number; col: number; rows: number; columns: string[] }>;
  /** The input cell of each slot (fields, list items, signature parts) by slot key. */
  fields: Record<string, { row: number; col: number }>;
  /** Spilled table columns (`SheetPlan.spills`). */
  spills?: SpillAnchors;
}

/** The positions of an instance planned by `planSheet`, read back from its tables and names. */
export function positionsOf(
  template: TemplateDef,
  plan: Pick<SheetPlan, "sheetName" | "tables" | "names" | "spills">,
  instanceId: string,
  sheet = plan.sheetName,
): A1Positions {
  const positions: A1Positions = { sheet, tables: {}, fields: {}, ...(plan.spills ? { spills: plan.spills } : {}) };
  for (const table of tablesOf(template)) {
    const planned = plan.tables.find((t) => t.tableId === table.id);
    if (!planned) throw new Error(`plan has no table ${table.id}`);
    positions.tables[table.id] = {
      row: planned.row,
      col: planned.col,
      rows: planned.rows,
      columns: table.columns.map((c) => c.id),
    };
  }
  for (const slot of slotsOf(template)) {
    const planned = plan.names.find((n) => n.name === excelName(template.id, instanceId, slot.key));
    if (planned) positions.fields[slot.key] = { row: planned.row, col: planned.col };
  }
  return positions;
}

export interface A1Options {
  /** The table whose row `cell()` refers to, and that row (0-based sheet row). */
  table?: string;
  row?: number;
  /** The sheet the formula is on; references to another sheet get a quoted sheet prefix. */
  sheet?: string;
  /** The functions calculated columns call (default "concord"). */
  dialect?: FormulaDialect;
  /** Where spilled columns sit: on the positions' sheet, spanning the table's data rows. */
  spills?: SpillAnchors;
}

/** A1 references (absolute, except `cell()` which is relative so that it moves when filled down). */
export function a1References(positions: A1Positions, language: Language, options: A1Options = {}): SheetReferences {
  const prefix = options.sheet === undefined || options.sheet === positions.sheet ? "" : sheetPrefix(positions.sheet);
  const tableAt = (tableId: string) => {
    const table = positions.tables[tableId];
    if (!table) throw new Error(`no table ${tableId}`);
    return table;
  };
  const colOf = (tableId: string, columnId: string) => {
    const table = tableAt(tableId);
    const index = table.columns.indexOf(columnId);
    if (index < 0) throw new Error(`table ${tableId} has no column ${columnId}`);
    return table.col + index;
  };
  const dataRange = (tableId: string, first: number, last: number) => {
    const t = tableAt(tableId);
    return `${prefix}${a1(t.row + 1, first, true)}:${a1(t.row + t.rows, last, true)}`;
  };
  return {
    language,
    dialect: options.dialect ?? "concord",
    cell(columnId) {
      if (!options.table || options.row === undefined) throw new Error("cell() needs the table and row");
      return a1(options.row, colOf(options.table, columnId));
    },
    column: (tableId, columnId) => dataRange(tableId, colOf(tableId, columnId), colOf(tableId, columnId)),
    header: (tableId, columnId) => `${prefix}${a1(tableAt(tableId).row, colOf(tableId, columnId), true)}`,
    field(fieldId) {
      const at = positions.fields[fieldId];
      if (!at) throw new Error(`no field ${fieldId}`);
      return `${prefix}${a1(at.row, at.col, true)}`;
    },
    table(tableId) {
      const t = tableAt(tableId);
      return dataRange(tableId, t.col, t.col + t.columns.length - 1);
    },
    // Engines without spill references read the spill's cells as the fixed range the table's rows give.
    spilledRow(columnId) {
      const anchor = anchorOf(options.spills ?? positions.spills, options.table, columnId);
      const range = `${prefix}${a1(anchor.row, anchor.col, true)}:${a1(anchor.row + anchor.rows - 1, anchor.col, true)}`;
      return `INDEX(${range},ROW()-ROW(${prefix}${a1(tableAt(options.table!).row, tableAt(options.table!).col, true)}))`;
    },
  };
}
