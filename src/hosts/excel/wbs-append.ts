/**
 * Growing the WBS Tasks table: the rows of an update past the table are written into the rows just below it, and
 * Excel's table auto-expansion takes them in — the way the sign-off ledger appends (ledger.ts: Microsoft's
 * co-authoring guidance says `TableRowCollection.add` causes merge conflicts between co-authors).
 *
 * - Nothing is overwritten: every cell the new rows will occupy (the table's columns) must be empty, else nothing is
 *   written and the first non-empty cell is named. The one exception is Concord's own column guidance that the
 *   template prints right under the table ("Lag reason: e.g. …", plan-register.ts): those lines move down below the
 *   new rows, so a table inserted by Concord can grow, and its guidance stays under it.
 * - The new rows are shaped like the template's: the formula columns get the last data row's formulas (the T3
 *   formulas are row-independent: structured references and INDEX(anchor#,ROW()-ROW(header))), user text columns
 *   are Text before their values are written (user-text.ts), date and percent columns get their number formats, and
 *   the rows the last row's height.
 * - The sheet's print area, when it reaches the table's last row, grows with it (where ExcelApi 1.9 has
 *   `PageLayout.getPrintAreaOrNullObject`; an older Excel leaves it, and the new rows print only once it is reset).
 * - Loaded on first use (like augment.ts): an update inside the table never needs it.
 */
import { LocalizedError, type Language } from "../../core";
import { a1, fieldNumberFormat } from "../../render/sheet";
import { applyStyle } from "./styles";
import { cellWrite, isTextKind, TEXT_FORMAT } from "./user-text";
import { tasksTable, type CellChange } from "./wbs";

/** A cell below the table holds something: growing the table there would overwrite it. */
export class WbsBlockedError extends LocalizedError {
  constructor(sheet: string, cell: string, rows: number) {
    super({
      "en-US":
        `The Tasks table needs ${rows} more ${rows === 1 ? "row" : "rows"} below it, but cell ${cell} on the sheet ` +
        `"${sheet}" is not empty, so Concord cannot add them without overwriting it. Move what is below the table ` +
        "elsewhere, then try again. Nothing was written.",
      "zh-CN":
        `任务表需要在下方增加 ${rows} 行，但工作表“${sheet}”的单元格 ${cell} 不是空的，Concord 无法在不覆盖它的情况下添加。` +
        "请先移走表格下方的内容，再重试。未写入任何内容。",
    });
    this.name = "WbsBlockedError";
  }
}

/** A table with a Total Row does not take in the rows written under it (they would end up outside the table). */
export class WbsTotalRowError extends LocalizedError {
  constructor(rows: number) {
    super({
      "en-US":
        `The Tasks table needs ${rows} more ${rows === 1 ? "row" : "rows"}, but it has a Total Row, under which ` +
        "Excel does not extend a table. Turn the Total Row off (Table Design › Total Row), then try again. Nothing " +
        "was written.",
      "zh-CN":
        `任务表需要增加 ${rows} 行，但它带有汇总行，Excel 不会在汇总行下方扩展表格。请先关闭汇总行（表设计 › 汇总行），再重试。` +
        "未写入任何内容。",
    });
    this.name = "WbsTotalRowError";
  }
}

/** The column guidance lines the template prints under the Tasks table, in order (plan-register.ts writes them). */
export function guidanceLines(language: Language): string[] {
  return tasksTable().columns.flatMap((column) =>
    column.hint ? [`${column.label[language]}: ${column.hint[language]}`] : [],
  );
}

/** Rows to read below the table for an update that adds `added` rows: those rows and room for the guidance. */
export function rowsToCheck(added: number, language: Language): number {
  return added + guidanceLines(language).length;
}

const isEmpty = (cell: unknown) => cell === "" || cell === null || cell === undefined;

export type AppendCheck = { blocked: { row: number; col: number } } | { guidance: string[] };

/**
 * Whether `added` rows fit under the table, from the formulas of the rows below it (`rowsToCheck` of them, the
 * table's columns): the guidance lines found right under the table (they move down), or the first cell in the way
 * (0-based within `below`, row by row).
 */
export function checkBelow(below: readonly (readonly unknown[])[], added: number, language: Language): AppendCheck {
  const known = new Set(guidanceLines(language));
  const isGuidance = (line: readonly unknown[]) =>
    typeof line[0] === "string" && known.has(line[0]) && line.slice(1).every(isEmpty);
  let run = 0;
  while (run < below.length && isGuidance(below[run])) run++;
  for (let row = 0; row < Math.min(below.length, added + run); row++) {
    if (row < run) continue;
    const col = below[row].findIndex((cell) => !isEmpty(cell));
    if (col >= 0) return { blocked: { row, col } };
  }
  return { guidance: below.slice(0, run).map((line) => String(line[0])) };
}

/** A one-area address such as `'Task breakdown (WBS)'!A29:R31` or `S!$B$2`: its sheet and cells (0-based). */
export function parseArea(address: string): { sheet: string; row: number; col: number; rows: number; cols: number } {
  const bang = address.lastIndexOf("!");
  const name = /^(?:'((?:[^']|'')+)'|([^'!,\s]+))$/.exec(address.slice(0, bang));
  if (!name) throw new RangeError(`not a one-area range address: ${address}`);
  const sheet = name[1] !== undefined ? name[1].replace(/''/g, "'") : name[2];
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.slice(bang + 1).trim());
  if (!match) throw new RangeError(`not a one-area range address: ${address}`);
  const column = (letters: string) => [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  const [row, col] = [Number(match[2]) - 1, column(match[1])];
  const [last, right] = match[3] ? [Number(match[4]) - 1, column(match[3])] : [row, col];
  return { sheet, row, col, rows: last - row + 1, cols: right - col + 1 };
}

/**
 * The print area after the table grows by `added` rows, when the area reaches the table's last row (the sheet row
 * above `firstBelow`, 0-based): `added` rows longer. Null leaves it alone (none, several areas, or one that ends above).
 */
export function grownPrintArea(printArea: string | null, firstBelow: number, added: number): string | null {
  if (!printArea || printArea.includes(",")) return null;
  const area = parseArea(printArea);
  const bottom = area.row + area.rows - 1;
  if (area.row >= firstBelow || bottom < firstBelow - 1) return null;
  return `${a1(area.row, area.col)}:${a1(bottom + added, area.col + area.cols - 1)}`;
}

/** The cell in the way, as the error names it. */
export function blockedError(address: string, at: { row: number; col: number }, added: number): WbsBlockedError {
  const start = parseArea(address);
  return new WbsBlockedError(start.sheet, a1(start.row + at.row, start.col + at.col), added);
}

export interface NewRows {
  /** The rows below the table (`rowsToCheck` of them, the table's columns), checked empty. */
  below: Excel.Range;
  /** How many rows are added. */
  added: number;
  /** The changes to the new rows, `row` counted from the first of them. */
  changes: readonly CellChange[];
  /** Column id → position in the table (wbs.ts columnPositions). */
  positions: Map<string, number>;
  /** Formulas of the table's last data row. */
  lastFormulas: readonly unknown[];
  /** The guidance lines under the table, moving down (`checkBelow`). */
  guidance: readonly string[];
  /** The last data row's height (long-text rows are taller), null when unknown. */
  rowHeight: number | null;
  /** The sheet's page layout and its print area's address, when the Excel can keep it over the table. */
  print: { layout: Excel.PageLayout; area: string | null } | null;
}

/**
 * Queues the new rows' writes. Order matters: the guidance moves first (it is then not next to the table, so
 * auto-expansion cannot take it in), the guidance's formatting leaves the cells that become table rows, the number
 * formats go before the values, and the values (with the formulas) come last, growing the table.
 */
export function queueNewRows(rows: NewRows): void {
  const { below, added, changes, positions, lastFormulas, guidance, rowHeight, print } = rows;
  const width = lastFormulas.length;
  if (guidance.length) {
    const moved = below.getCell(added, 0).getResizedRange(guidance.length - 1, 0);
    applyStyle(moved, { row: added, col: 0, rows: guidance.length, cols: 1 }, "hint");
    moved.values = guidance.map((line) => [line]);
    below
      .getCell(0, 0)
      .getResizedRange(Math.min(guidance.length, added) - 1, 0)
      .clear("Formats");
  }
  const formats = Array.from({ length: added }, () => new Array<string | null>(width).fill(null));
  const cells = Array.from({ length: added }, () => new Array<string | number | null>(width).fill(null));
  // A guidance line's old cell is cleared, unless a value goes there.
  for (let row = 0; row < Math.min(guidance.length, added); row++) cells[row][0] = "";
  for (const column of tasksTable().columns) {
    const at = positions.get(column.id) ?? -1;
    if (at < 0 || at >= width) continue;
    const formula = lastFormulas[at];
    const format = column.kind === "formula" ? null : isTextKind(column.kind) ? TEXT_FORMAT : fieldNumberFormat(column);
    for (let row = 0; row < added; row++) {
      if (column.kind === "formula" && typeof formula === "string" && formula.startsWith("=")) cells[row][at] = formula;
      if (format) formats[row][at] = format;
    }
  }
  for (const change of changes) {
    const at = positions.get(change.column.id) ?? -1;
    if (at < 0 || at >= width) continue;
    const write = cellWrite(change.value, change.column);
    if (write.numberFormat !== null) formats[change.row][at] = write.numberFormat;
    cells[change.row][at] = write.value;
  }
  const range = below.getCell(0, 0).getResizedRange(added - 1, width - 1);
  if (rowHeight !== null) range.format.rowHeight = rowHeight;
  range.numberFormat = formats;
  range.formulas = cells;
  const area = print ? grownPrintArea(print.area, parseArea(below.address).row, added) : null;
  if (print && area) print.layout.setPrintArea(area);
}
