import { type CellRange } from "../../render/sheet";
/**
 * Batching: turns per-cell data into few rectangular writes. Office.js takes one 2-D array per range, and `null`
 * in such an array leaves that cell unchanged ("null input in 2-D array", Excel add-ins docs: blank and null values),
 * so a band of consecutive rows is one `numberFormat` write and one `formulas` write whatever holes it has.
 */

export interface Placed<T> {
  row: number;
  col: number;
  value: T;
}

export interface Block<T> extends CellRange {
  /** rows × cols; null where nothing is written. */
  grid: (T | null)[][];
}

/** Groups cells into bands of consecutive rows, each band one rectangle (its bounding columns) with null holes. */
export function rowBands<T>(cells: readonly Placed<T>[]): Block<T>[] {
  const byRow = new Map<number, Placed<T>[]>();
  for (const cell of cells) {
    const line = byRow.get(cell.row);
    if (line) line.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const blocks: Block<T>[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    const bandRows = rows.slice(start, i);
    const bandCells = bandRows.flatMap((r) => byRow.get(r) as Placed<T>[]);
    const col = Math.min(...bandCells.map((c) => c.col));
    const cols = Math.max(...bandCells.map((c) => c.col)) - col + 1;
    const grid: (T | null)[][] = bandRows.map(() => new Array<T | null>(cols).fill(null));
    for (const cell of bandCells) grid[cell.row - bandRows[0]][cell.col - col] = cell.value;
    blocks.push({ row: bandRows[0], col, rows: bandRows.length, cols, grid });
    start = i;
  }
  return blocks;
}

/**
 * Covers a set of equal-height rectangles (cells or merged areas with one style) with few larger rectangles:
 * horizontal runs of adjacent ones first, then runs stacked exactly on top of each other.
 */
export function coverRectangles(areas: readonly CellRange[]): CellRange[] {
  const sorted = [...areas].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellRange[] = [];
  for (const area of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === area.row && last.rows === area.rows && last.col + last.cols === area.col) {
      last.cols += area.cols;
    } else {
      runs.push({ ...area });
    }
  }
  runs.sort((a, b) => a.col - b.col || a.cols - b.cols || a.row - b.row);
  const stacked: CellRange[] = [];
  for (const run of runs) {
    const last = stacked[stacked.length - 1];
    if (last && last.col === run.col && last.cols === run.cols && last.row + last.rows === run.row) {
      last.rows += run.rows;
    } else {
      stacked.push({ ...run });
    }
  }
  return stacked.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Runs of consecutive indexes with the same value: [start, count, value]. */
export function equalRuns<T>(entries: ReadonlyArray<{ index: number; value: T }>): Array<[number, number, T]> {
  const sorted = [...entries].sort((a, b) => a.index - b.index);
  const runs: Array<[number, number, T]> = [];
  for (const { index, value } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === index && last[2] === value) last[1]++;
    else runs.push([index, 1, value]);
  }
  return runs;
}
