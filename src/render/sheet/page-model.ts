/**
 * The printed page, modelled, so that a plan can say where its pages break (`SheetPlan.pageBreaks`): A4 inside the
 * margins both hosts set (`PAGE_MARGINS`), printed one page wide — at the scale that fits the print area's width, in
 * whole percent as Excel rounds it — with the rows at their planned heights (`DEFAULT_ROW_HEIGHT` for the others).
 * A range of rows that must print together (a block of the form, a signature block, a section heading with its first
 * rows, a form table with its label) goes whole to the next page when what is left of a page cannot hold it; ranges
 * nest, so a block too tall for a page breaks between its fields, never inside one, and a sign-off takes the unit
 * before it along rather than print alone. A sheet whose body text A4 would print below 8 pt goes on A3.
 *
 * The model is Excel's page with Calibri's metrics (the .xlsx writer stores widths Excel reads as the host sets them),
 * less `PAGE_SLACK` for rounding. LibreOffice (with Carlito, Calibri's metric twin) draws columns a little wider and
 * rows without a planned height lower, so its pages hold at least as much: the planned breaks are the only ones.
 */
import type { PrintSetup } from "./sheet-plan";

/** Page margins of every Concord sheet, in inches (the .xlsx writer and the Excel host set the same). */
export const PAGE_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;
/** Paper sizes in points: A4 is 210 × 297 mm, A3 297 × 420 mm. */
export const PAPER = {
  A4: { short: 595.28, long: 841.89 },
  A3: { short: 841.89, long: 1190.55 },
} as const;
export type Paper = keyof typeof PAPER;
/** A4 in points (210 × 297 mm). */
export const A4 = PAPER.A4;
/** Height of a row the plan gives no height (Excel's default with Calibri 11), in points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Share of a page's height the model fills at most: room for the hosts' rounding of row heights and scale. */
export const PAGE_SLACK = 0.99;
/** Size of the sheets' body text, in points (the house style's input, label and table text). */
export const BODY_TEXT_POINTS = 10;
/** The smallest printed body text a sheet may have, in points: a sheet that A4 prints smaller goes on A3. */
export const MIN_PRINTED_POINTS = 8;

const POINTS_PER_INCH = 72;

/**
 * A column width in characters (Excel's unit: Calibri 11 digits of 7 px, plus 5 px of padding) in points: what the
 * Excel host sets and what Excel makes of the width the .xlsx writer stores.
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.round(characters * 7 + 5);
  return Math.round(pixels * 0.75 * 100) / 100;
}

/** Printable width and height of a page (A4 unless said) inside the margins, in points. */
export function printableSize(
  orientation: PrintSetup["orientation"],
  paper: Paper = "A4",
): { width: number; height: number } {
  const { short, long } = PAPER[paper];
  const [width, height] = orientation === "landscape" ? [long, short] : [short, long];
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
  const page = printableSize(print.orientation, print.paper);
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
  return (printableSize(print.orientation, print.paper).height * PAGE_SLACK) / printScale(columnWidths, print, heights);
}

/**
 * The paper a sheet prints on: A4, unless its body text would print smaller than `MIN_PRINTED_POINTS` there (a wide
 * register or timeline fitted to one page wide) and A3 prints it larger.
 */
export function paperFor(
  columnWidths: readonly number[],
  print: PrintSetup,
  heights: ReadonlyMap<number, number> = new Map(),
): Paper {
  const a4 = printScale(columnWidths, { ...print, paper: "A4" }, heights);
  if (a4 * BODY_TEXT_POINTS >= MIN_PRINTED_POINTS) return "A4";
  return printScale(columnWidths, { ...print, paper: "A3" }, heights) > a4 ? "A3" : "A4";
}

export interface RowSpan {
  row: number;
  rows: number;
}

/** A range of rows that prints on one page whenever it fits on one. */
export interface KeptSpan extends RowSpan {
  /**
   * It never starts a page by itself (a signature block): when it does not fit where it is, the unit before it goes
   * to the next page with it, so that the last page is never signatures alone.
   */
  withPrevious?: boolean;
}

export interface Pagination {
  /** Row heights in points; rows not in the map are `DEFAULT_ROW_HEIGHT` high. */
  heights: ReadonlyMap<number, number>;
  columnWidths: readonly number[];
  print: PrintSetup;
  /**
   * Row ranges that print on one page whenever they fit on one. They nest (a block of fields holds one kept range
   * per field) or are apart; a range that crosses another's end is ignored inside it.
   */
  keep: readonly KeptSpan[];
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

/** A unit placed on the current page, which a following `withPrevious` unit may take along to the next page. */
interface Placed {
  row: number;
  height: number;
}

/**
 * Lays the print area's rows out on pages, unit by unit: a unit is the outermost kept range that starts at a row (or
 * the row alone). A unit that does not fit on what is left of a page starts the next page when it fits on a page of
 * its own; one taller than that is laid out by its own units in turn (a block of fields field by field), and a row
 * taller than a page runs on. The rows repeated at the top of each page (`print.titleRows`) take their room on every
 * page after the one they are on.
 */
export function paginate(input: Pagination): PageLayout {
  const { heights, print } = input;
  const first = print.area.row;
  const end = print.area.row + print.area.rows;
  if (print.fitToHeight) return { pageStarts: [], breaks: [], pages: 1 };
  const capacity = pageCapacity(input.columnWidths, print, heights);
  const titles = print.titleRows;
  const repeated = titles ? rowsHeight(heights, titles[0], titles[1] - titles[0] + 1) : 0;
  const kept = input.keep
    .map((k) => ({ ...k, row: Math.max(k.row, first), end: Math.min(k.row + k.rows, end) }))
    .filter((k) => k.end - k.row > 1);
  const isFree = (row: number) => input.free.some((f) => row >= f.row && row < f.row + f.rows);

  const pageStarts: number[] = [];
  let start = first;
  let used = 0;
  const room = (row: number) => capacity - (titles && row > titles[1] ? repeated : 0);
  const newPage = (row: number) => {
    pageStarts.push(row);
    start = row;
    used = capacity - room(row);
  };
  /** The last unit placed whole, at any depth. */
  let lastLeaf: Placed | null = null;

  /** The unit at `row` inside [from, to): the outermost kept range starting there, other than [from, to) itself. */
  const unitAt = (row: number, from: number, to: number) => {
    let best: (typeof kept)[number] | null = null;
    for (const k of kept) {
      if (k.row !== row || k.end > to || (k.row === from && k.end === to)) continue;
      if (!best || k.end > best.end) best = k;
    }
    return best ?? { row, end: row + 1, withPrevious: false };
  };

  /** Moves the page start back to `previous` when it and a unit `height` high fit on a page together. */
  const takeAlong = (previous: Placed | null, height: number): boolean => {
    if (!previous || previous.row <= start || previous.height + height > room(previous.row)) return false;
    newPage(previous.row);
    used += previous.height;
    return true;
  };

  const layOut = (from: number, to: number): void => {
    let previous: Placed | null = null;
    for (let row = from; row < to;) {
      const unit = unitAt(row, from, to);
      const height = rowsHeight(heights, row, unit.end - row);
      const placed = { row, height };
      if (used + height > capacity) {
        const whole = height <= room(row);
        if (unit.withPrevious && whole && (takeAlong(previous, height) || takeAlong(lastLeaf, height))) {
          // The page now starts with the unit before it.
        } else if (whole || unit.end - row === 1) {
          if (row > start) newPage(row);
        } else {
          layOut(row, unit.end);
          previous = placed;
          row = unit.end;
          continue;
        }
      }
      used += height;
      previous = lastLeaf = placed;
      row = unit.end;
    }
  };
  layOut(first, end);
  return { pageStarts, breaks: pageStarts.filter((row) => !isFree(row)), pages: pageStarts.length + 1 };
}
