/**
 * The printed page, modelled, so that a plan can say where its pages break (`SheetPlan.pageBreaks`): A4 inside the
 * margins both hosts set (`PAGE_MARGINS`), printed one page wide — at the scale that fits the print area's width, in
 * whole percent as Excel rounds it — with the rows at their planned heights (`DEFAULT_ROW_HEIGHT` for the others).
 * A range of rows that must print together (a signature block, a section heading with its first rows, a form table
 * with its label) goes whole to the next page when what is left of a page cannot hold it.
 *
 * The model is Excel's page with Calibri's metrics (the .xlsx writer stores widths Excel reads as the host sets them),
 * less `PAGE_SLACK` for rounding. LibreOffice (with Carlito, Calibri's metric twin) draws columns a little wider and
 * rows without a planned height lower, so its pages hold at least as much: the planned breaks are the only ones.
 */
import type { PrintSetup } from "./sheet-plan";

/** Page margins of every Concord sheet, in inches (the .xlsx writer and the Excel host set the same). */
export const PAGE_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;
/** A4 in points (210 × 297 mm). */
export const A4 = { short: 595.28, long: 841.89 } as const;
/** Height of a row the plan gives no height (Excel's default with Calibri 11), in points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Share of a page's height the model fills at most: room for the hosts' rounding of row heights and scale. */
export const PAGE_SLACK = 0.99;

const POINTS_PER_INCH = 72;

/**
 * A column width in characters (Excel's unit: Calibri 11 digits of 7 px, plus 5 px of padding) in points: what the
 * Excel host sets and what Excel makes of the width the .xlsx writer stores.
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.round(characters * 7 + 5);
  return Math.round(pixels * 0.75 * 100) / 100;
}

/** Printable width and height of an A4 page inside the margins, in points. */
export function printableSize(orientation: PrintSetup["orientation"]): { width: number; height: number } {
  const [width, height] = orientation === "landscape" ? [A4.long, A4.short] : [A4.short, A4.long];
  return {
    width: width - (PAGE_MARGINS.left + PAGE_MARGINS.right) * POINTS_PER_INCH,
    height: height - (PAGE_MARGINS.top + PAGE_MARGINS.bottom) * POINTS_PER_INCH,
  };
}

/** A row's height in the model. */
export function rowHeightOf(heights: ReadonlyMap<number, number>, row: number): number {
  return heights.get(row) ?? DEFAULT_ROW_HEIGHT;
}

/** Height of rows `row` … `row + rows - 1`, in points. */
export function rowsHeight(heights: ReadonlyMap<number, number>, row: number, rows: number): number {
  let total = 0;
  for (let r = row; r < row + rows; r++) total += rowHeightOf(heights, r);
  return total;
}

/**
 * The scale the print area prints at, in whole percent (at most 100 %): fit to one page wide, and with
 * `fitToHeight` to one page tall too.
 */
export function printScale(
  columnWidths: readonly number[],
  print: PrintSetup,
  heights: ReadonlyMap<number, number> = new Map(),
): number {
  const { row, rows, col, cols } = print.area;
  const page = printableSize(print.orientation);
  const width = columnWidths.slice(col, col + cols).reduce((sum, w) => sum + columnWidthPoints(w), 0);
  let scale = width > 0 ? page.width / width : 1;
  if (print.fitToHeight) scale = Math.min(scale, (page.height * PAGE_SLACK) / rowsHeight(heights, row, rows));
  return Math.min(100, Math.floor(scale * 100)) / 100;
}

/** How many points of rows one printed page holds at the sheet's scale (slack taken off). */
export function pageCapacity(
  columnWidths: readonly number[],
  print: PrintSetup,
  heights: ReadonlyMap<number, number> = new Map(),
): number {
  return (printableSize(print.orientation).height * PAGE_SLACK) / printScale(columnWidths, print, heights);
}

export interface RowSpan {
  row: number;
  rows: number;
}

export interface Pagination {
  /** Row heights in points; rows not in the map are `DEFAULT_ROW_HEIGHT` high. */
  heights: ReadonlyMap<number, number>;
  columnWidths: readonly number[];
  print: PrintSetup;
  /** Row ranges that print on one page whenever they fit on one (they do not overlap). */
  keep: readonly RowSpan[];
  /**
   * Row ranges the printer may break anywhere by itself (a register's rows, which users add to and resize): the model
   * follows the pages there but writes no break, so nothing fixed is left behind when the table grows.
   */
  free: readonly RowSpan[];
}

export interface PageLayout {
  /** The first row of every page after the first: where the model starts a page. */
  pageStarts: number[];
  /** The page starts to write as manual page breaks (those in `free` rows left out), ascending. */
  breaks: number[];
  /** Pages the print area takes. */
  pages: number;
}

/**
 * Lays the print area's rows out on pages: a unit (a kept range, or one row) that does not fit on what is left of a
 * page starts the next page; a unit taller than a whole page starts a page and runs on row by row. The rows repeated
 * at the top of each page (`print.titleRows`) take their room on every page after the one they are on.
 */
export function paginate(input: Pagination): PageLayout {
  const { heights, print } = input;
  const first = print.area.row;
  const end = print.area.row + print.area.rows;
  if (print.fitToHeight) return { pageStarts: [], breaks: [], pages: 1 };
  const capacity = pageCapacity(input.columnWidths, print, heights);
  const titles = print.titleRows;
  const repeated = titles ? rowsHeight(heights, titles[0], titles[1] - titles[0] + 1) : 0;
  const keepAt = new Map<number, number>();
  for (const k of input.keep) {
    const from = Math.max(k.row, first);
    const to = Math.min(k.row + k.rows, end);
    if (to - from > 1) keepAt.set(from, Math.max(keepAt.get(from) ?? 0, to - from));
  }
  const isFree = (row: number) => input.free.some((f) => row >= f.row && row < f.row + f.rows);

  const pageStarts: number[] = [];
  let start = first;
  let used = 0;
  const fits = (points: number) => used + points <= capacity;
  const newPage = (row: number) => {
    pageStarts.push(row);
    start = row;
    used = titles && row > titles[1] ? repeated : 0;
  };
  for (let row = first; row < end;) {
    const rows = Math.min(keepAt.get(row) ?? 1, end - row);
    const unit = rowsHeight(heights, row, rows);
    if (!fits(unit) && row > start) newPage(row);
    if (fits(unit) || rows === 1) {
      used += unit;
    } else {
      // Taller than a page: it runs on over pages, row by row.
      for (let r = row; r < row + rows; r++) {
        if (!fits(rowHeightOf(heights, r)) && r > start) newPage(r);
        used += rowHeightOf(heights, r);
      }
    }
    row += rows;
  }
  return { pageStarts, breaks: pageStarts.filter((row) => !isFree(row)), pages: pageStarts.length + 1 };
}
