/**
 * "Add status and lag to this table" in Excel: read the selected list (3 syncs), then add the planned columns
 * (2 syncs: read the target cells, write) — whatever the number of rows.
 *
 * Reading: (1) the selection, its sheet and the sheet's tables; (2) each table's place and the sheet's used range;
 * (3) the header row and up to LIST_SAMPLE_ROWS data rows with their number formats. A selection inside an Excel
 * table means the table; otherwise the selection itself, cut to the used range (so selecting whole columns works).
 *
 * Writing never turns user text into a formula: the only formulas written are the plan's own columns and the
 * status-date cell; the headers and label are values. Their number format is set first (General, or the date
 * format), so a column formatted as Text cannot make the formulas text.
 */
import {
  bi,
  detectColumns,
  LIST_SAMPLE_ROWS,
  LocalizedError,
  type AugmentedList,
  type AugmentOptions,
  type Bilingual,
  type ColumnMapping,
  type Language,
  type ListGeometry,
  type ListSelection,
} from "../../core";
import { a1 } from "../../render/sheet";
import { applyConditionalFormats } from "./apply-plan";
import { occupiedTarget, planAugment, type AugmentPlan } from "./augment-plan";

/** A list cannot be read or changed as asked; nothing was changed. */
export class ListAugmentError extends LocalizedError {
  constructor(messages: Bilingual) {
    super(messages);
    this.name = "ListAugmentError";
  }
}

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const GEOMETRY = "rowIndex,columnIndex,rowCount,columnCount";

const rectOf = (range: Excel.Range): Rect => ({
  row: range.rowIndex,
  col: range.columnIndex,
  rows: range.rowCount,
  cols: range.columnCount,
});

const contains = (outer: Rect, row: number, col: number): boolean =>
  row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;

function intersection(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}

const NOT_A_LIST = bi(
  "Select the whole list, its header row included, or click inside an Excel table.",
  "请选中整个清单（包括标题行），或单击 Excel 表格中的任意单元格。",
);

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Reads the selected list and detects its columns (3 syncs). */
export async function readSelectedListBatch(context: Excel.RequestContext): Promise<ListSelection> {
  const selected = context.workbook.getSelectedRange().load(GEOMETRY);
  const sheet = selected.worksheet.load("name");
  const tables = sheet.tables.load("items/name");
  await context.sync();

  const tableRanges = tables.items.map((table) => ({ name: table.name, range: table.getRange().load(GEOMETRY) }));
  const used = sheet.getUsedRangeOrNullObject(true).load(GEOMETRY);
  await context.sync();

  const selection = rectOf(selected);
  const table = tableRanges.find((t) => contains(rectOf(t.range), selection.row, selection.col));
  const region = table ? rectOf(table.range) : used.isNullObject ? null : intersection(selection, rectOf(used));
  if (!region || region.rows < 2) throw new ListAugmentError(NOT_A_LIST);

  const sampleRows = Math.min(LIST_SAMPLE_ROWS, region.rows - 1);
  const top = sheet.getRangeByIndexes(region.row, region.col, 1 + sampleRows, region.cols).load("values,numberFormat");
  await context.sync();

  const geometry: ListGeometry = {
    sheet: sheet.name,
    headerRow: region.row,
    lastDataRow: region.row + region.rows - 1,
    firstColumn: region.col,
    columnCount: region.cols,
    table: table ? table.name : null,
  };
  const header = top.values[0].map((v) => (v === null || v === undefined ? "" : String(v)));
  const sample = top.values.slice(1);
  const formats = (top.numberFormat as unknown[][]).slice(1).map((row) => row.map(String));
  return { geometry, header, sample, formats, mapping: detectColumns(header, sample, { formats }) };
}

/** The plan for a confirmed mapping, or ListAugmentError with the plan's refusal. */
export function planOrRefuse(
  list: ListGeometry,
  mapping: ColumnMapping,
  language: Language,
  options?: AugmentOptions,
): AugmentPlan {
  const result = planAugment(mapping, list, language, options);
  if (!result.ok) throw new ListAugmentError(result.message);
  return result.plan;
}

/**
 * Writes a plan (2 syncs): reads every target cell (and the table's place, which must not have changed since it
 * was read), refuses with the first non-empty one named, then writes.
 */
export async function augmentListBatch(context: Excel.RequestContext, plan: AugmentPlan): Promise<AugmentedList> {
  const g = plan.geometry;
  const sheet = context.workbook.worksheets.getItem(g.sheet);
  const targets = plan.targets.map((t) => sheet.getRangeByIndexes(t.row, t.col, t.rows, t.cols).load("formulas"));
  const table = g.table !== null ? context.workbook.tables.getItem(g.table) : null;
  const tableRange = table ? table.getRange().load(GEOMETRY) : null;
  await context.sync();

  if (tableRange) {
    const now = rectOf(tableRange);
    const rows = g.lastDataRow - g.headerRow + 1;
    if (now.row !== g.headerRow || now.col !== g.firstColumn || now.rows !== rows || now.cols !== g.columnCount) {
      throw new ListAugmentError(
        bi(
          `The table ${g.table} changed since its columns were detected: detect them again. Nothing was changed.`,
          `表格 ${g.table} 在识别列之后已被修改：请重新识别。未做任何修改。`,
        ),
      );
    }
  }
  const occupied = occupiedTarget(
    plan,
    targets.map((t) => t.formulas),
  );
  if (occupied) throw new ListAugmentError(occupied);

  const first = g.headerRow + 1;
  const rows = g.lastDataRow - g.headerRow;
  const added = plan.columns;
  if (table) {
    for (const c of added) {
      table.columns.add(undefined, undefined, c.header);
    }
  } else if (added.length > 0) {
    sheet.getRangeByIndexes(g.headerRow, added[0].column, 1, added.length).values = [added.map((c) => c.header)];
  }
  if (rows > 0 && added.length > 0) {
    const body = sheet.getRangeByIndexes(first, added[0].column, rows, added.length);
    body.numberFormat = Array.from({ length: rows }, () => added.map((c) => c.numberFormat));
    body.formulas = Array.from({ length: rows }, (_, r) => added.map((c) => c.formulas[r]));
  }
  if (plan.spill) {
    const { headerCell, anchor } = plan.spill;
    sheet.getRangeByIndexes(headerCell.row, headerCell.col, 1, 1).values = [[plan.spill.header]];
    const spill = sheet.getRangeByIndexes(anchor.row, anchor.col, 1, 1);
    spill.numberFormat = [["General"]];
    spill.formulas = [[plan.spill.formula]];
  }
  const { labelCell, valueCell } = plan.statusDate;
  sheet.getRangeByIndexes(labelCell.row, labelCell.col, 1, 1).values = [[plan.statusDate.label]];
  const value = sheet.getRangeByIndexes(valueCell.row, valueCell.col, 1, 1);
  value.numberFormat = [[plan.statusDate.numberFormat]];
  value.formulas = [[plan.statusDate.formula]];
  applyConditionalFormats(sheet, plan.colours);
  await context.sync();

  const where = quoted(g.sheet);
  return {
    columns: added.map((c) => ({
      id: c.id,
      header: c.header,
      address: `${where}!${a1(g.headerRow, c.column)}:${a1(Math.max(g.lastDataRow, g.headerRow), c.column)}`,
    })),
    statusDate: `${where}!${a1(valueCell.row, valueCell.col)}`,
  };
}
