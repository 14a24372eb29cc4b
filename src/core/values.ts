import { inputError } from "./errors";

/** Blank = null, undefined, "" or whitespace-only text. */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A range (matrix), a list or a single value, as a flat list of cells in row order. */
export function cellsOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  const cells: unknown[] = [];
  for (const row of value) {
    if (Array.isArray(row)) for (const cell of row) cells.push(cell);
    else cells.push(row);
  }
  return cells;
}

/** A range as rows of cells; a single value is a 1×1 range and a flat list is one column. */
export function rowsOf(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row) => (Array.isArray(row) ? row : [row]));
}

/** Text of a cell for display in a message: short, quoted when it is text. */
export function showValue(value: unknown): string {
  if (typeof value === "string") {
    const text = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `"${text}"`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "(blank)";
  return Object.prototype.toString.call(value);
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A finite number from a number or numeric text (`"12"`, `" 1.5 "`); undefined when it is neither. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && NUMBER_TEXT.test(value.trim())) return Number(value.trim());
  return undefined;
}

/**
 * A fraction 0..1 from a number (0.5), numeric text ("0.5") or percent text ("50%", "50 %").
 * Blank → null. Outside 0..1 or not a number → `#VALUE!` naming the argument.
 */
export function parseFraction(value: unknown, argument: string): number | null {
  if (isBlank(value)) return null;
  let fraction: number | undefined;
  if (typeof value === "string" && /%\s*$/.test(value)) {
    const percent = toNumber(value.replace(/%\s*$/, "").trim());
    fraction = percent === undefined ? undefined : percent / 100;
  } else {
    fraction = toNumber(value);
  }
  if (fraction === undefined) throw inputError(argument, "notPercent", { value });
  if (fraction < 0 || fraction > 1) throw inputError(argument, "percentRange", { value });
  return fraction;
}

/** Text content of a cell or a range (non-blank cells joined by "; "); blank cells and FALSE (an unticked box) give "". */
export function textOf(value: unknown): string {
  return cellsOf(value)
    .filter((cell) => !isBlank(cell) && cell !== false)
    .map((cell) => String(cell).trim())
    .join("; ");
}
