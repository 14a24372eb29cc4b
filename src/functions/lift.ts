import { inputError } from "../core";

/**
 * Array lifting, as Excel's own functions do it: a per-row argument may be one value or a range (rows of cells), and
 * a function given ranges there answers with a range of the same shape, cell by cell. One value (also a 1×1 range)
 * is used for every cell (broadcast). Ranges of different shapes are `#VALUE!` naming the argument.
 *
 * The functions' metadata keeps these parameters scalar, so every existing formula is handed its values exactly as
 * before. Microsoft documents range parameters (a TypeScript `any[][]` becomes `"dimensionality": "matrix"`, the
 * range arriving as rows of cells: learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options,
 * "Range parameters") and 2-D results that spill (…/custom-functions-dynamic-arrays), errors included cell by cell
 * (…/custom-functions-errors, "Handle errors when working with dynamic arrays"; OfficeDev/office-js#2174 reports a
 * build where such an array showed one #VALUE! instead), but not what Excel does with a multi-cell range given to a
 * scalar parameter. Whether it calls the function once per cell (array lifting, as for its own functions) or hands
 * over the array, the result is the same column here, except that a shape mismatch is this `#VALUE!` only in the
 * second case. Without dynamic arrays (Microsoft 365 before January 2020: support.microsoft.com/office/
 * 696e164e-306b-4282-ae9d-aa88f5502fa2) Excel shows only the first value of a multi-cell result
 * (OfficeDev/Excel-Custom-Functions#177); custom functions do not run on Office 2019 or earlier perpetual licences at
 * all (…/custom-functions-requirement-sets).
 */

/** Rows and columns of an argument that is a range of more than one cell; null for one value. */
export interface Shape {
  rows: number;
  cols: number;
}

function shapeOf(value: unknown): Shape | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const first: unknown = value[0];
  const cols = Array.isArray(first) ? first.length : 1;
  if (value.length === 1 && cols === 1) return null;
  return { rows: value.length, cols };
}

/** The value of one cell of an argument: the value itself when it is one value, else its (row, col) cell. */
function cellOf(value: unknown, shape: Shape | null, row: number, col: number): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return null;
  const line: unknown = shape ? value[row] : value[0];
  if (!Array.isArray(line)) return line;
  return shape ? line[col] : line[0];
}

const describe = (s: Shape) => `${s.rows}×${s.cols}`;

/**
 * Calls `each` once with the arguments' values (all single values) or once per cell of their common shape. A single
 * call returns (or throws) what `each` does; a lifted call returns the grid, a cell whose call threw holding
 * `asError(thrown)` (Excel shows errors inside a spilled array cell by cell).
 */
export function lift<K extends string, R>(
  args: Readonly<Record<K, unknown>>,
  each: (cells: Record<K, unknown>) => R,
  asError: (thrown: unknown) => unknown,
): R | unknown[][] {
  const names = Object.keys(args) as K[];
  let shape: Shape | null = null;
  const shapes = {} as Record<K, Shape | null>;
  for (const name of names) {
    const own = shapeOf(args[name]);
    shapes[name] = own;
    if (!own) continue;
    if (!shape) shape = own;
    else if (own.rows !== shape.rows || own.cols !== shape.cols) {
      throw inputError(name, "shapeMismatch", { other: describe(own), limit: describe(shape) });
    }
  }
  const cellsAt = (row: number, col: number) => {
    const cells = {} as Record<K, unknown>;
    for (const name of names) cells[name] = cellOf(args[name], shapes[name], row, col);
    return cells;
  };
  if (!shape) return each(cellsAt(0, 0));
  const grid: unknown[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < shape.cols; c++) {
      try {
        line.push(each(cellsAt(r, c)));
      } catch (error) {
        line.push(asError(error));
      }
    }
    grid.push(line);
  }
  return grid;
}
