/**
 * Spilled columns of a register (`ColumnDef.spill`, the add-in's formulas only): a table column computed whole by one
 * dynamic-array formula, which cannot sit in the table ("spilled array formulas aren't supported in Excel tables":
 * support.microsoft.com/office/205c6b06-03ba-4151-89a1-87a7eb36e531), so it goes to the right of
 * everything else on the sheet: a gap column, then per such column a header on the table's header row and the formula
 * on its first data row. Nothing else is placed in that column, so the spill has room for every row the table gets;
 * the table's own column reads its row of the spill (`FormulaContext.spilledRow`: `INDEX(anchor#, …)`, the spilled
 * range operator of dynamic-array Excel, stored in files as `_xlfn.ANCHORARRAY`; the .xlsx files use the native
 * dialect, which has no spill).
 */
import type { ColumnDef, FormulaDialect, Language, TableDef } from "../../core";
import type { PlanContext } from "./plan-parts";
import { spillKey, type SpillAnchor } from "./references";

const GAP_WIDTH = 3;

const SUFFIX: Record<Language, string> = {
  "en-US": " (whole table: spills down)",
  "zh-CN": "（整表计算，向下溢出）",
};

/** The main table's columns that have a spilled formula in this dialect. */
export function spilledColumns(main: TableDef, dialect: FormulaDialect | undefined): ColumnDef[] {
  return dialect === "native" ? [] : main.columns.filter((column) => column.spill);
}

/** Adds the gap and the spill columns to the sheet's widths; returns the spill columns' positions. */
export function spillGrid(widths: number[], columns: readonly ColumnDef[]): number[] {
  if (columns.length === 0) return [];
  widths.push(GAP_WIDTH);
  return columns.map((column) => widths.push(column.width) - 1);
}

/** Header and formula of each spilled column; returns where each spill starts, for the table's references. */
export function placeSpills(
  ctx: PlanContext,
  main: TableDef,
  headerRow: number,
  columns: readonly ColumnDef[],
  cols: readonly number[],
): Record<string, SpillAnchor> {
  const anchors: Record<string, SpillAnchor> = {};
  columns.forEach((column, i) => {
    const anchor = { row: headerRow + 1, col: cols[i], rows: main.rows };
    ctx.b.text(headerRow, anchor.col, `${column.label[ctx.language]}${SUFFIX[ctx.language]}`, "header");
    const formula = column.spill!;
    ctx.b.formula({ ...anchor, rows: 1, cols: 1 }, (refs) => formula(refs(main.id, anchor.row)), "calculated");
    anchors[spillKey(main.id, column.id)] = anchor;
  });
  return anchors;
}
