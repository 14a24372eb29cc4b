/**
 * A worksheet as data: what one template instance looks like on a sheet, independent of how it is written.
 * `planSheet` (plan-sheet.ts) builds it from a template definition; the Excel host applies it through Office.js in
 * one batch, and the file writer applies the same plan with exceljs, so no template is laid out twice.
 * Rows and columns are 0-based; a range is its top-left cell plus a size.
 */

export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Named styles, so hosts map each to their own formatting once. */
export type StyleName =
  | "title" // form title: large, bold
  | "subtitle" // purpose line under the title: grey, italic
  | "section" // section heading band: bold, filled
  | "label" // field label: bold, light fill, bordered
  | "input" // where users type: bordered, white
  | "inputLong" // multi-line input: bordered, wrapped, top-aligned, taller
  | "header" // table header row (tables styled by the table style in Excel)
  | "calculated" // formula output: grey fill, bordered
  | "hint" // guidance: small, grey, italic, wrapped
  | "fieldHint" // a form field's hint under its input: hint text inside the field's border
  | "signatureLabel" // signature block role
  | "signatureLine"; // where a signature goes: bottom border only

export type CellContent =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "formula"; formula: string }
  | { kind: "empty" };

export interface PlannedCell {
  row: number;
  col: number;
  content: CellContent;
  style?: StyleName;
  /** Excel number format, e.g. "yyyy-mm-dd", "0%", "yyyy-mm-dd hh:mm", "@" (text). */
  numberFormat?: string;
}

export interface PlannedName extends CellRange {
  /** Workbook-scoped name, from `excelName` / `excelInstanceName`. */
  name: string;
  /** The instance record (`encodeRecord`) on the instance name; a description elsewhere. */
  comment: string;
}

export interface PlannedTableColumn {
  header: string;
  /** Calculated column: the formula of every data row, with structured references. */
  formula?: string;
  numberFormat?: string;
}

export interface PlannedTable {
  /** Table name (`excelName(template, instance, tableId)`), also its structured-reference name. */
  name: string;
  tableId: string;
  /** Position of the header row; data rows follow it. */
  row: number;
  col: number;
  columns: PlannedTableColumn[];
  /** Data rows (without the header). */
  rows: number;
  /** Values of the first column's data rows when the table numbers its rows (WBS-001 …). */
  ids?: string[];
  /** Excel table style, e.g. "TableStyleMedium2". */
  style: string;
}

export type ValidationRule =
  | { type: "list"; values: string[] }
  | { type: "listFormula"; formula: string }
  | { type: "date" }
  | { type: "decimal"; min: number; max: number }
  | { type: "wholeNumber"; min: number; max: number };

export interface PlannedValidation extends CellRange {
  rule: ValidationRule;
  /** Input prompt (shown when the cell is selected) and error text, in the template's language. */
  prompt?: string;
  error: string;
}

export interface PlannedConditionalFormat extends CellRange {
  /** A formula true for the cells to format, written for the top-left cell (relative references move with it). */
  formula: string;
  fill: string;
  fontColor?: string;
  /** Higher wins when two rules apply; Excel keeps the first, so hosts add in descending priority. */
  priority: number;
}

export interface PlannedChart {
  type: "columnClustered" | "pie" | "barClustered";
  title: string;
  /** Source data: categories in the first column, one series per further column, header row included. */
  source: CellRange;
  /** Where the chart goes. */
  anchor: CellRange;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Paper size, A4 unless a wide sheet needs A3 to keep its text legible (page-model.ts `paperFor`). */
  paper?: "A4" | "A3";
  /** Fit to one page wide (margins: `PAGE_MARGINS`, page-model.ts). */
  fitToWidth: true;
  /** Fit to one page tall as well: a one-page summary (the WBS dashboard), smaller print rather than a second page. */
  fitToHeight?: true;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  titleRows?: [number, number];
  area: CellRange;
}

export interface SheetPlan {
  /** The name wanted; hosts add " (2)" … when it is taken (`uniqueSheetName`). */
  sheetName: string;
  columnWidths: number[];
  rowHeights: Array<{ row: number; height: number }>;
  cells: PlannedCell[];
  merges: CellRange[];
  names: PlannedName[];
  tables: PlannedTable[];
  validations: PlannedValidation[];
  conditionalFormats: PlannedConditionalFormat[];
  charts: PlannedChart[];
  freeze?: { rows: number; cols: number };
  print: PrintSetup;
  /**
   * Rows (0-based, inside the print area, ascending) before which a new printed page starts: manual page breaks,
   * placed by the page model (page-model.ts) so that no signature block, section start or form table is cut.
   */
  pageBreaks: number[];
  /**
   * Table columns computed whole by one spilled formula (`ColumnDef.spill`), by `"table.column"`: the formula's cell
   * (0-based) and the table's data rows at planning time. Absent when there are none.
   */
  spills?: Readonly<Record<string, { row: number; col: number; rows: number }>>;
}

/** "A1" address of a 0-based cell. */
export function a1(row: number, col: number, absolute = false): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return absolute ? `$${letters}$${row + 1}` : `${letters}${row + 1}`;
}

/** "A1:C4" address of a range. */
export function a1Range(range: CellRange, absolute = false): string {
  const start = a1(range.row, range.col, absolute);
  if (range.rows === 1 && range.cols === 1) return start;
  return `${start}:${a1(range.row + range.rows - 1, range.col + range.cols - 1, absolute)}`;
}
