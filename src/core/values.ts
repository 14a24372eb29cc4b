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

/** A number from a number or numeric text (`"12"`, `" 1.5 "`, `"1e400"` = Infinity); undefined when it is neither. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && NUMBER_TEXT.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** A finite number from a number or numeric text (`"12"`, `" 1.5 "`); undefined when it is neither. */
export function toNumber(value: unknown): number | undefined {
  const number = numberOf(value);
  return number !== undefined && Number.isFinite(number) ? number : undefined;
}

/**
 * Like `toNumber`, but a number that is not finite (text such as `"1e400"` overflows to Infinity; NaN) is `#VALUE!`
 * naming the argument instead of undefined, so that it is never taken for "not a number" nor used as a limit.
 */
export function toFiniteNumber(value: unknown, argument: string): number | undefined {
  const number = numberOf(value);
  if (number !== undefined && !Number.isFinite(number)) throw inputError(argument, "notFinite", { value });
  return number;
}

/**
 * A fraction at the precision Excel shows a percentage with: 15 decimal places of 0..1 (15 significant digits of
 * 100 %). 0.7+0.2+0.1 = 0.9999999999999999 and 1+2⁻⁵² are 100 %, 0.3−0.1−0.2 = −2.8e−17 is 0 %, as Excel displays them.
 */
export function atDisplayPrecision(fraction: number): number {
  const scaled = fraction * 1e15;
  if (!(Math.abs(scaled) < 2 ** 53)) return fraction;
  return Math.round(scaled) / 1e15 + 0; // + 0 turns -0 into 0
}

/**
 * A fraction 0..1 from a number (0.5), numeric text ("0.5") or percent text ("50%", "50 %"), at display precision
 * (`atDisplayPrecision`), so every comparison of progress (range check, 100 % = Completed, "below 100 %") sees what
 * Excel shows. Blank → null. Outside 0..1, not a number or not finite → `#VALUE!` naming the argument.
 */
export function parseFraction(value: unknown, argument: string): number | null {
  if (isBlank(value)) return null;
  let fraction: number | undefined;
  if (typeof value === "string" && /%\s*$/.test(value)) {
    const percent = toFiniteNumber(value.replace(/%\s*$/, "").trim(), argument);
    fraction = percent === undefined ? undefined : percent / 100;
  } else {
    fraction = toFiniteNumber(value, argument);
  }
  if (fraction === undefined) throw inputError(argument, "notPercent", { value });
  const shown = atDisplayPrecision(fraction);
  if (shown < 0 || shown > 1) throw inputError(argument, "percentRange", { value });
  return shown;
}

/** Text content of a cell or a range (non-blank cells joined by "; "); blank cells and FALSE (an unticked box) give "". */
export function textOf(value: unknown): string {
  return cellsOf(value)
    .filter((cell) => !isBlank(cell) && cell !== false)
    .map((cell) => String(cell).trim())
    .join("; ");
}

/** A stored cell value as text: null and undefined are "", anything else as it is (no trimming). */
export function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * A stored value read as the rules read it (a serial or yyyy-mm-dd text, 0.5 or "50%"), or null when it is not one:
 * for showing what a sheet holds, where bad input is the formula's business, not the reader's.
 */
export function parsedOrNull<T>(parse: (value: unknown, argument: string) => T | null, value: unknown): T | null {
  try {
    return parse(value, "");
  } catch {
    return null;
  }
}
