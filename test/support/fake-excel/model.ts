/**
 * The in-memory workbook behind the fake Excel object model: plain data that tests inspect directly.
 * Proxies (proxies.ts) write into it immediately and read from it when a load is queued; Excel's input rules
 * (text vs. number vs. formula, name and sheet-name rules, limits) live here so that a host that breaks them
 * fails here the way it would in Excel.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export type CellValue = string | number | boolean;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface BorderModel {
  style: string;
  color?: string;
  weight?: string;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fontName?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders: { top?: BorderModel; bottom?: BorderModel; left?: BorderModel; right?: BorderModel };
}

export interface CellModel {
  value: CellValue;
  /** The formula ("=…") when the cell holds one; null for constants. */
  formula: string | null;
  numberFormat: string;
  /** Text entered with a leading apostrophe (Excel's quote prefix). */
  quotePrefix: boolean;
  style: CellStyle;
}

export interface ValidationModel {
  range: Rect;
  rule: Record<string, unknown>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  range: Rect;
  formula?: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue?: boolean;
}

export interface ChartModel {
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title?: string;
  position?: { start: Rect; end?: Rect };
}

export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: Rect;
  titleRows?: { first: number; last: number };
  centerHorizontally?: boolean;
  printGridlines?: boolean;
  /** Margins in points. */
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
}

/** A manual page break before the cell at (row, col). */
export interface PageBreakModel {
  row: number;
  col: number;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

export function rectKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function columnLetters(col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a rectangle ("$A$1:$B$2" when absolute); whole rows/columns as "5:6" / "A:C". */
export function rectAddress(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (rect.cols === MAX_COLS) return `${d}${rect.row + 1}:${d}${rect.row + rect.rows}`;
  if (rect.rows === MAX_ROWS) return `${d}${columnLetters(rect.col)}:${d}${columnLetters(rect.col + rect.cols - 1)}`;
  const start = `${d}${columnLetters(rect.col)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${d}${columnLetters(rect.col + rect.cols - 1)}${d}${rect.row + rect.rows}`;
}

/** A sheet name as Excel writes it in references: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses "A1", "$A$1:B$2", "A:C", "5:6", optionally prefixed by "Sheet!" or "'My sheet'!". */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  let rest = address.trim();
  let sheet: string | null = null;
  const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
  const plain = /^([^'!:]+)!/.exec(rest);
  if (quoted) {
    sheet = quoted[1].replace(/''/g, "'");
    rest = rest.slice(quoted[0].length);
  } else if (plain) {
    sheet = plain[1];
    rest = rest.slice(plain[0].length);
  }
  rest = rest.replace(/\$/g, "").toUpperCase();
  const [a, b = a] = rest.split(":");
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const colOnly = /^([A-Z]{1,3})$/;
  const rowOnly = /^(\d+)$/;
  let m1: RegExpExecArray | null;
  let m2: RegExpExecArray | null;
  if ((m1 = cell.exec(a)) && (m2 = cell.exec(b))) {
    const r1 = Number(m1[2]) - 1;
    const r2 = Number(m2[2]) - 1;
    const c1 = columnIndex(m1[1]);
    const c2 = columnIndex(m2[1]);
    return {
      sheet,
      rect: {
        row: Math.min(r1, r2),
        col: Math.min(c1, c2),
        rows: Math.abs(r2 - r1) + 1,
        cols: Math.abs(c2 - c1) + 1,
      },
    };
  }
  if ((m1 = colOnly.exec(a)) && (m2 = colOnly.exec(b))) {
    const c1 = columnIndex(m1[1]);
    const c2 = columnIndex(m2[1]);
    return { sheet, rect: { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 } };
  }
  if ((m1 = rowOnly.exec(a)) && (m2 = rowOnly.exec(b))) {
    const r1 = Number(m1[1]) - 1;
    const r2 = Number(m2[1]) - 1;
    return { sheet, rect: { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS } };
  }
  throw new FakeExcelError("InvalidArgument", `not an address: ${address}`);
}

export function checkRect(rect: Rect): void {
  const ok =
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    Number.isInteger(rect.rows) &&
    Number.isInteger(rect.cols) &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLS;
  if (!ok) throw new FakeExcelError("InvalidArgument", `range out of the sheet: ${JSON.stringify(rect)}`);
}

/** What the fake takes for the start of a formula (see SheetModel.input). */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

export type Evaluator = (formula: string, sheet: SheetModel, row: number, col: number) => CellValue;

let nextId = 1;

export class SheetModel {
  readonly id = `{sheet-${nextId++}}`;
  readonly cells = new Map<string, CellModel>();
  readonly merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly validations: ValidationModel[] = [];
  /** Index 0 is the top priority. */
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  freeze: { rows: number; cols: number } | null = null;
  readonly pageLayout: PageLayoutModel = {};
  /** Manual horizontal page breaks (`worksheet.horizontalPageBreaks`), in the order added. */
  readonly horizontalPageBreaks: PageBreakModel[] = [];
  /** Each value write (one per 2-D `values`/`formulas` assignment), for tests that look at batching. */
  valueWrites = 0;
  deleted = false;
  /** Worksheet protection (Review > Protect Sheet): the fake then refuses every value and format write. */
  isProtected = false;

  constructor(
    readonly workbook: WorkbookModel,
    public name: string,
  ) {}

  peek(row: number, col: number): CellModel | undefined {
    return this.cells.get(rectKey(row, col));
  }

  cell(row: number, col: number): CellModel {
    const key = rectKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", formula: null, numberFormat: "General", quotePrefix: false, style: { borders: {} } };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The value Excel would show in `values`: formulas evaluated by the workbook's evaluator. */
  valueAt(row: number, col: number): CellValue {
    const cell = this.peek(row, col);
    if (!cell) return "";
    if (cell.formula !== null) return this.workbook.evaluate(cell.formula, this, row, col);
    return cell.value;
  }

  formulaAt(row: number, col: number): CellValue {
    const cell = this.peek(row, col);
    if (!cell) return "";
    return cell.formula ?? cell.value;
  }

  /** Text of a cell as a person reads it in the grid, for assertions ("" when empty). */
  textAt(address: string): string {
    const { rect } = parseAddress(address);
    return String(this.valueAt(rect.row, rect.col));
  }

  /** Writes one input the way typing it into the cell would (Excel's rules for text, numbers and formulas). */
  input(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const cell = this.cell(row, col);
    cell.quotePrefix = false;
    if (typeof input === "number" || typeof input === "boolean") {
      if (typeof input === "number" && !Number.isFinite(input)) {
        throw new FakeExcelError("InvalidArgument", `not a finite number: ${input}`);
      }
      cell.value = input;
      cell.formula = null;
      return;
    }
    if (typeof input !== "string") throw new FakeExcelError("InvalidArgument", `unsupported value ${String(input)}`);
    if (input.length > 32767) throw new FakeExcelError("InvalidArgument", "text longer than 32,767 characters");
    cell.formula = null;
    if (input === "") {
      cell.value = "";
    } else if (cell.numberFormat === "@") {
      // A cell formatted as Text keeps what is entered exactly, formulas included.
      cell.value = input;
    } else if (input.startsWith("'")) {
      cell.value = input.slice(1);
      cell.quotePrefix = true;
    } else if (input.startsWith("=")) {
      cell.formula = input;
      cell.value = "";
    } else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(input)) {
      const percent = input.endsWith("%");
      const n = Number(percent ? input.slice(0, -1) : input);
      cell.value = percent ? n / 100 : n;
    } else if (FORMULA_START.test(input)) {
      // Excel takes a leading + - or @ as the start of a formula ("-x" becomes =-x and shows #NAME?). The fake is
      // stricter than Excel is documented to be: after leading whitespace, and in their full-width forms (which East
      // Asian input turns into ASCII), = + - @ start a formula too, so a host that writes such text unprotected fails.
      const ascii = input
        .replace(/^[\s\u3000]+/, "")
        .replace(/^[\uff1d\uff0b\uff0d\uff20]/, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
      cell.formula = ascii.startsWith("=") ? ascii : `=${ascii}`;
      cell.value = "";
    } else {
      cell.value = input;
    }
  }

  rangeIsEmpty(rect: Rect): boolean {
    for (const [key, cell] of this.cells) {
      const [row, col] = key.split(",").map(Number);
      if (row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols) {
        if (cell.value !== "" || cell.formula !== null) return false;
      }
    }
    return true;
  }

  validationAt(row: number, col: number): ValidationModel | undefined {
    const here = { row, col, rows: 1, cols: 1 };
    for (let i = this.validations.length - 1; i >= 0; i--) {
      if (intersects(this.validations[i].range, here)) return this.validations[i];
    }
    return undefined;
  }

  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => intersects(m, { row, col, rows: 1, cols: 1 }));
  }

  tables(): TableModel[] {
    return this.workbook.tables.filter((t) => t.sheet === this);
  }
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  /** Header row. */
  row: number;
  col: number;
  /** Data rows. */
  rows: number;
  cols: number;
  style: string;
  showTotals: boolean;
}

export function tableRect(table: TableModel): Rect {
  return { row: table.row, col: table.col, rows: table.rows + 1, cols: table.cols };
}

export function tableColumnNames(table: TableModel): string[] {
  return Array.from({ length: table.cols }, (_, i) => String(table.sheet.valueAt(table.row, table.col + i)));
}

export interface NameModel {
  name: string;
  comment: string;
  visible: boolean;
  /** What the name refers to: a range on a sheet, or a constant/formula text. */
  ref: { sheet: SheetModel; rect: Rect } | { formula: string };
}

const CELL_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^[RrCc](\d*)([RrCc]\d*)?$/;

/** Excel's rules for a defined name (and a table name, which shares the namespace). */
export function checkDefinedName(name: string): void {
  const ok =
    name.length > 0 &&
    name.length <= 255 &&
    /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) &&
    !CELL_LIKE.test(name) &&
    !R1C1_LIKE.test(name);
  if (!ok) throw new FakeExcelError("InvalidArgument", `invalid name: ${name}`);
}

export function checkSheetName(name: string): void {
  const ok =
    name.length > 0 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history";
  if (!ok) throw new FakeExcelError("InvalidArgument", `invalid sheet name: ${name}`);
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** The sheet last activated through the API, and the range last selected. */
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; rect: Rect } | null = null;
  /** Every area of the last selection (several after `RangeAreas.select`). */
  selectedAreas: Rect[] = [];
  readonly names: NameModel[] = [];
  readonly tables: TableModel[] = [];

  constructor(public evaluate: Evaluator = defaultEvaluator) {}

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheet, or an error naming the sheets there are (tests read it). */
  sheetOrThrow(name: string): SheetModel {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet "${name}" (sheets: ${this.sheets.map((s) => s.name).join(", ")})`);
    return sheet;
  }

  addSheet(name: string): SheetModel {
    checkSheetName(name);
    if (this.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `a sheet named "${name}" exists`);
    const sheet = new SheetModel(this, name);
    this.sheets.push(sheet);
    return sheet;
  }

  name(name: string): NameModel | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Defined names and table names share one namespace. */
  nameTaken(name: string): boolean {
    return this.name(name) !== undefined || this.table(name) !== undefined;
  }

  addName(name: string, ref: NameModel["ref"], comment = ""): NameModel {
    checkDefinedName(name);
    if (this.nameTaken(name)) throw new FakeExcelError("ItemAlreadyExists", `the name "${name}" is taken`);
    if (comment.length > 255) throw new FakeExcelError("InvalidArgument", "a name's comment is at most 255 characters");
    const model: NameModel = { name, comment, visible: true, ref };
    this.names.push(model);
    return model;
  }

  /** `='Sheet'!$A$1` for a range name (`=#REF!` once its sheet is gone), the formula text otherwise. */
  nameFormula(model: NameModel): string {
    if ("formula" in model.ref) return model.ref.formula;
    if (model.ref.sheet.deleted) return "=#REF!";
    return `=${quoteSheetName(model.ref.sheet.name)}!${rectAddress(model.ref.rect, true)}`;
  }

  nameType(model: NameModel): string {
    if ("formula" in model.ref) {
      const f = model.ref.formula;
      if (/^="/.test(f)) return "String";
      if (/^=-?\d/.test(f)) return "Double";
      if (/^=#/.test(f)) return "Error";
      return "Formula";
    }
    return model.ref.sheet.deleted ? "Error" : "Range";
  }

  deleteSheet(sheet: SheetModel): void {
    sheet.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
  }
}

/** Formulas the fake can compute without a formula engine; anything else shows as "" unless a test evaluates it. */
export function defaultEvaluator(formula: string): CellValue {
  const constant = /^=(-?\d+(\.\d+)?)$/.exec(formula);
  if (constant) return Number(constant[1]);
  const text = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (text) return text[1].replace(/""/g, '"');
  return "";
}
