/**
 * Formulas as a file stores them. A SheetPlan holds formulas the way Office.js `range.formulas` takes them (the
 * Excel UI form); an .xlsx file needs the stored form of the same formula:
 * - Office add-in custom functions are stored as `_xldudf_<NAMESPACE>_<NAME>`: that is how Excel itself saves a
 *   workbook using them, and the form it binds to the add-in's functions when the workbook is opened. A formula stored
 *   as typed (`CONCORD.STATUS(`) stays `#NAME?` even after the add-in loads, until each cell is re-entered
 *   (OfficeDev/Excel-Custom-Functions#108).
 * - `[@[Column]]` (this row) is Excel 2010 UI syntax; files store `Table[[#This Row],[Column]]`.
 * - Functions newer than Excel 2007 carry the `_xlfn.` prefix (`_xlfn._xlws.` for FILTER and SORT).
 * Text inside string literals is left alone.
 */

/** The namespace of Concord's custom functions (`CONCORD.STATUS` …). */
export const FUNCTION_NAMESPACE = "CONCORD";

/** Functions added after Excel 2007 that a file stores with `_xlfn.` (those in use or likely in generated sheets). */
const FUTURE_FUNCTIONS = new Set([
  "AGGREGATE",
  "CONCAT",
  "DAYS",
  "IFNA",
  "IFS",
  "ISOWEEKNUM",
  "LET",
  "MAXIFS",
  "MINIFS",
  "NETWORKDAYS.INTL",
  "SEQUENCE",
  "SORTBY",
  "SWITCH",
  "TEXTJOIN",
  "UNIQUE",
  "WORKDAY.INTL",
  "XLOOKUP",
  "XMATCH",
]);
/** Dynamic-array functions stored with `_xlfn._xlws.`. */
const WORKSHEET_FUTURE_FUNCTIONS = new Set(["FILTER", "SORT"]);

const STRUCTURED_THIS_ROW = /([A-Za-z_\\][\w.]*)?\[@(?:\[((?:[^\]']|'.)*)\]|((?:[^\][']|'.)*))\]/g;
const FUNCTION_CALL = /(^|[^\w.])([A-Za-z_][\w.]*)\(/g;

function convertOutsideStrings(part: string, table: string | undefined): string {
  const withRows = part.replace(STRUCTURED_THIS_ROW, (match, tableName: string | undefined, bracketed, bare) => {
    const owner = tableName ?? table;
    if (!owner) return match;
    const column = (bracketed ?? bare) as string;
    return column === "" ? `${owner}[#This Row]` : `${owner}[[#This Row],[${column}]]`;
  });
  return withRows.replace(FUNCTION_CALL, (match, before: string, name: string) => {
    const upper = name.toUpperCase();
    if (upper.startsWith(`${FUNCTION_NAMESPACE}.`)) return `${before}_xldudf_${upper.replace(/\./g, "_")}(`;
    if (FUTURE_FUNCTIONS.has(upper)) return `${before}_xlfn.${upper}(`;
    if (WORKSHEET_FUTURE_FUNCTIONS.has(upper)) return `${before}_xlfn._xlws.${upper}(`;
    return match;
  });
}

/**
 * The stored form of a formula (without the leading "="). `table` is the table a `[@…]` reference without a table
 * name belongs to (the table holding the formula).
 */
export function toFileFormula(formula: string, table?: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  // Splitting at quotes alternates outside / inside string literals, also with doubled quotes ("a""b").
  return body
    .split('"')
    .map((part, i) => (i % 2 === 0 ? convertOutsideStrings(part, table) : part))
    .join('"');
}

/** True when a formula calls one of Concord's custom functions. */
export function callsCustomFunction(formula: string): boolean {
  return formula
    .split('"')
    .some((part, i) => i % 2 === 0 && new RegExp(`(^|[^\\w.])${FUNCTION_NAMESPACE}\\.\\w+\\(`, "i").test(part));
}
