/**
 * How a user's value goes into a cell so that Excel keeps it as typed.
 *
 * Excel reads a string written through `Range.values`/`formulas` the way it reads typing: "=…", "+…", "-…", "@…"
 * start a formula (Office.js reference, Range.values: "If the returned value starts with a plus (+), minus (-), or
 * equal sign (=), Excel interprets this value as a formula"), and "00123", "1/2", "TRUE" become numbers, dates and
 * booleans. A cell whose number format is Text ("@") keeps whatever is entered as text (Excel: "Format numbers as
 * text" — the cell shows exactly what was entered). So user text goes into text fields with numberFormat "@" set
 * before the value in the same batch; fields that hold numbers or dates get "@" only for formula-looking text.
 * Why not a leading apostrophe: the quote prefix is a typing convention whose API behaviour is undocumented and it
 * is lost on a round trip through `Range.formulas` (OfficeDev/office-js#6687), while "@" is a cell property saved
 * with the file, shown in Format Cells, and honoured by every later write, ours or another add-in's.
 *
 * Formula-looking is taken broadly (`startsLikeFormula`): = + - @ also after leading spaces, tabs, CR/LF or
 * ideographic spaces, and in their full-width forms ＝ ＋ － ＠, which East Asian input methods produce and Excel may
 * convert. Such text gets "@" in every field kind — dates, numbers, percentages and hours included.
 */
import { type FieldDef, type FieldKind } from "../../core";
import { fieldNumberFormat } from "../../render/number-formats";

export const TEXT_FORMAT = "@";

const TEXT_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(["text", "longText", "choice", "multiChoice"]);

export function isTextKind(kind: FieldKind): boolean {
  return TEXT_KINDS.has(kind);
}

const FORMULA_START = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/** Text that Excel could take for a formula: = + - @ (or ＝ ＋ － ＠) first, leading whitespace ignored. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

export interface CellWrite {
  /** What goes into `values` ("" clears the cell). */
  value: string | number;
  /** The number format to set before the value; null leaves the cell's format alone. */
  numberFormat: string | null;
}

/** The write for one user value into the cell of `field` (a form field or a table column). */
export function cellWrite(value: string | number | null, field: FieldDef): CellWrite {
  if (value === null) return { value: "", numberFormat: null };
  if (isTextKind(field.kind) && !field.formula) return { value: String(value), numberFormat: TEXT_FORMAT };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    // Restores the field's own format, in case formula-looking text had made the cell Text before.
    return { value, numberFormat: fieldNumberFormat(field) ?? "General" };
  }
  return { value, numberFormat: startsLikeFormula(value) ? TEXT_FORMAT : null };
}
