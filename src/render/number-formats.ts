/** The Excel number format of each field kind: shared by the sheet plans and the Excel host's writes. */
import type { FieldDef, FieldKind } from "../core";

/**
 * Excel number format by kind. Text-like kinds are "@" so that text typed there (`=2+3 items`, `-`, `@team`) is kept
 * as text, never taken for a formula; calculated cells keep the General format (a formula in an "@" cell is text).
 */
export function numberFormatFor(kind: FieldKind): string | undefined {
  switch (kind) {
    case "date":
      return "yyyy-mm-dd";
    case "dateTime":
      return "yyyy-mm-dd hh:mm";
    case "time":
      return "hh:mm";
    case "percent":
      return "0%";
    case "text":
    case "longText":
    case "choice":
    case "multiChoice":
      return "@";
    case "number":
    case "hours":
      return "General";
    case "formula":
      return undefined;
  }
}

/** A field's number format; a calculated value (a formula) is never "@". */
export function fieldNumberFormat(field: FieldDef): string | undefined {
  const format = numberFormatFor(field.kind);
  return field.formula && format === "@" ? undefined : format;
}
