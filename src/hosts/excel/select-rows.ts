/**
 * Selecting WBS rows in the sheet (the weekly refresh's "select the lagging tasks without a reason"): the rows as
 * blocks of consecutive rows, and the blocks as one multi-area selection where Excel has RangeAreas.select
 * (ExcelApi 1.18), else the first block. 2 syncs whatever the number of rows: the table's position, then the select.
 */
import { BindingNotFoundError } from "../errors";
import { a1 } from "../../render/sheet";
import { isItemNotFound } from "./office-errors";

/** At most this many blocks are selected at once (an address list Excel accepts, a selection a person can follow). */
export const MAX_SELECTED_AREAS = 100;

export interface RowBlock {
  /** 1-based first row within the table. */
  first: number;
  count: number;
}

/** The rows (1-based, any order, duplicates allowed) inside a table of `rowCount` rows, as consecutive blocks. */
export function rowBlocks(rows: readonly number[], rowCount: number): RowBlock[] {
  const sorted = [...new Set(rows)].filter((r) => Number.isInteger(r) && r >= 1 && r <= rowCount).sort((a, b) => a - b);
  const blocks: RowBlock[] = [];
  for (const row of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.first + last.count === row) last.count += 1;
    else blocks.push({ first: row, count: 1 });
  }
  return blocks;
}

export async function selectTaskRowsBatch(
  context: Excel.RequestContext,
  tableName: string,
  rows: readonly number[],
  multiArea: boolean,
): Promise<{ selected: number }> {
  const table = context.workbook.tables.getItem(tableName);
  const body = table.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount");
  const sheet = body.worksheet;
  await context.sync().catch((error: unknown) => {
    throw isItemNotFound(error) ? new BindingNotFoundError("excel", [tableName]) : error;
  });
  const all = rowBlocks(rows, body.rowCount);
  if (all.length === 0) return { selected: 0 };
  const blocks = multiArea ? all.slice(0, MAX_SELECTED_AREAS) : all.slice(0, 1);
  sheet.activate();
  if (blocks.length === 1) {
    const [block] = blocks;
    sheet.getRangeByIndexes(body.rowIndex + block.first - 1, body.columnIndex, block.count, body.columnCount).select();
  } else {
    const lastCol = body.columnIndex + body.columnCount - 1;
    const address = blocks
      .map((b) => {
        const top = body.rowIndex + b.first - 1;
        return `${a1(top, body.columnIndex)}:${a1(top + b.count - 1, lastCol)}`;
      })
      .join(",");
    sheet.getRanges(address).select();
  }
  await context.sync();
  return { selected: blocks.reduce((sum, b) => sum + b.count, 0) };
}
