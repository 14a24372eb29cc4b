/**
 * Fake proxies of the Excel JavaScript API objects the Concord Excel host uses, over the model in model.ts.
 * Names, signatures and behaviour follow the Office.js reference (Excel.Range, Excel.Table, Excel.NamedItem, …);
 * whatever the fake does not know throws, so a host calling something unfaked fails loudly.
 */
import { ClientObject, CollectionObject, FakeRequestContext } from "./context";
import {
  CellStyle,
  ChartModel,
  checkDefinedName,
  checkRect,
  checkSheetName,
  ConditionalFormatModel,
  contains,
  FakeExcelError,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  NameModel,
  PageBreakModel,
  parseAddress,
  quoteSheetName,
  Rect,
  rectAddress,
  SheetModel,
  TableModel,
  tableColumnNames,
  tableRect,
  ValidationModel,
  WorkbookModel,
} from "./model";

function isWhole(rect: Rect): boolean {
  return rect.rows === MAX_ROWS || rect.cols === MAX_COLS;
}

/** Formula text without its string literals, to look for references Excel forbids in some places. */
function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

function checkFormulaSyntax(formula: string, where: string): void {
  if (!formula.startsWith("=")) throw new FakeExcelError("InvalidArgument", `${where}: a formula starts with "="`);
  const bare = withoutStrings(formula);
  if ((formula.match(/"/g) ?? []).length % 2 !== 0) {
    throw new FakeExcelError("InvalidArgument", `${where}: unbalanced quotes in ${formula}`);
  }
  let depth = 0;
  for (const ch of bare) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) throw new FakeExcelError("InvalidArgument", `${where}: unbalanced parentheses in ${formula}`);
}

/** Conditional-format and data-validation formulas cannot use structured references (Table[Column]) in Excel. */
function checkNoStructuredReference(formula: string, where: string): void {
  if (/\[/.test(withoutStrings(formula))) {
    throw new FakeExcelError(
      "InvalidArgument",
      `${where}: Excel does not allow structured references here (use INDIRECT("Table[Column]") or a name): ${formula}`,
    );
  }
}

// ---------------------------------------------------------------- workbook

export class WorkbookProxy extends ClientObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly tables: TableCollectionProxy;

  constructor(
    context: FakeRequestContext,
    readonly model: WorkbookModel,
  ) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context, model);
    this.names = new NamedItemCollectionProxy(context, model);
    this.tables = new TableCollectionProxy(context, model, null);
  }

  protected scalarProperties(): string[] {
    return [];
  }

  protected readProperty(): unknown {
    return undefined;
  }

  protected children(): Record<string, ClientObject> {
    return { worksheets: this.worksheets, names: this.names, tables: this.tables };
  }

  /** The range last selected (`Range.select()`, or a test setting `model.selection`); ItemNotFound when none. */
  getSelectedRange(): RangeProxy {
    const selection = this.context.queue(() => {
      if (!this.model.selection) throw new FakeExcelError("ItemNotFound", "nothing is selected");
      return this.model.selection;
    });
    return new RangeProxy(this.context, selection?.sheet ?? null, selection ? { ...selection.rect } : null);
  }
}

// ---------------------------------------------------------------- worksheets

export class WorksheetCollectionProxy extends CollectionObject<WorksheetProxy> {
  constructor(
    context: FakeRequestContext,
    private readonly model: WorkbookModel,
  ) {
    super(context);
  }

  protected currentItems(): WorksheetProxy[] {
    return this.model.sheets.map((s) => new WorksheetProxy(this.context, this.model, s));
  }

  add(name?: string): WorksheetProxy {
    const sheet = this.context.queue(() => {
      let wanted = name;
      if (wanted === undefined) {
        let n = this.model.sheets.length + 1;
        while (this.model.sheet(`Sheet${n}`)) n++;
        wanted = `Sheet${n}`;
      }
      return this.model.addSheet(wanted);
    });
    return new WorksheetProxy(this.context, this.model, sheet ?? null);
  }

  getItem(key: string): WorksheetProxy {
    const sheet = this.context.queue(() => {
      const found = this.model.sheet(key) ?? this.model.sheets.find((s) => s.id === key);
      if (!found) throw new FakeExcelError("ItemNotFound", `no worksheet "${key}"`);
      return found;
    });
    return new WorksheetProxy(this.context, this.model, sheet ?? null);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const sheet = this.model.sheet(key) ?? this.model.sheets.find((s) => s.id === key) ?? null;
    this.context.queue(() => undefined);
    return new WorksheetProxy(this.context, this.model, sheet);
  }
}

export class WorksheetProxy extends ClientObject {
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: FreezePanesProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly horizontalPageBreaks: PageBreakCollectionProxy;
  readonly protection: WorksheetProtectionProxy;

  constructor(
    context: FakeRequestContext,
    private readonly workbook: WorkbookModel,
    readonly model: SheetModel | null,
  ) {
    super(context, model !== null);
    this.protection = new WorksheetProtectionProxy(context, model);
    this.tables = new TableCollectionProxy(context, workbook, model);
    this.charts = new ChartCollectionProxy(context, model);
    this.freezePanes = new FreezePanesProxy(context, model);
    this.pageLayout = new PageLayoutProxy(context, model);
    this.horizontalPageBreaks = new PageBreakCollectionProxy(context, model);
  }

  private get sheet(): SheetModel {
    if (!this.model || this.model.deleted) throw new FakeExcelError("ItemNotFound", "the worksheet does not exist");
    return this.model;
  }

  protected scalarProperties(): string[] {
    return ["name", "position", "id", "visibility"];
  }

  protected readProperty(name: string): unknown {
    const sheet = this.sheet;
    switch (name) {
      case "name":
        return sheet.name;
      case "position":
        return this.workbook.sheets.indexOf(sheet);
      case "id":
        return sheet.id;
      default:
        return "Visible";
    }
  }

  protected children(): Record<string, ClientObject> {
    return {
      tables: this.tables,
      charts: this.charts,
      freezePanes: this.freezePanes,
      pageLayout: this.pageLayout,
      horizontalPageBreaks: this.horizontalPageBreaks,
      protection: this.protection,
    };
  }

  get name(): string {
    return this.get("name");
  }

  set name(value: string) {
    this.act(() => {
      checkSheetName(value);
      const other = this.workbook.sheet(value);
      if (other && other !== this.sheet) throw new FakeExcelError("ItemAlreadyExists", `sheet "${value}" exists`);
      this.sheet.name = value;
    });
  }

  get position(): number {
    return this.get("position");
  }

  get id(): string {
    return this.get("id");
  }

  getRange(address?: string): RangeProxy {
    return this.rangeOf(() => {
      if (address === undefined) return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
      const parsed = parseAddress(address);
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== this.sheet.name.toLowerCase()) {
        throw new FakeExcelError("InvalidArgument", `address ${address} is on another sheet`);
      }
      return parsed.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.rangeOf(() => {
      const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      checkRect(rect);
      return rect;
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The smallest range holding every cell with a value or formula (the fake has no format-only cells for false). */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    void valuesOnly;
    const used = this.context.queue(() => {
      let box: Rect | null = null;
      for (const [key, cell] of this.sheet.cells) {
        if (cell.value === "" && cell.formula === null) continue;
        const [row, col] = key.split(",").map(Number);
        if (!box) box = { row, col, rows: 1, cols: 1 };
        const bottom = Math.max(box.row + box.rows, row + 1);
        const right = Math.max(box.col + box.cols, col + 1);
        box.row = Math.min(box.row, row);
        box.col = Math.min(box.col, col);
        box.rows = bottom - box.row;
        box.cols = right - box.col;
      }
      return box;
    });
    return new RangeProxy(this.context, this.model, used ?? null, used !== null && used !== undefined);
  }

  /** A multi-area range ("A5:Q5,A9:Q12"), here only for `select()` (RangeAreas, ExcelApi 1.9; select 1.18). */
  getRanges(address: string): { select(): void } {
    return {
      select: () =>
        this.act(() => {
          const rects = address.split(/[,;]/).map((part) => parseAddress(part).rect);
          rects.forEach(checkRect);
          this.workbook.selection = { sheet: this.sheet, rect: { ...rects[0] } };
          this.workbook.selectedAreas = rects.map((rect) => ({ ...rect }));
        }),
    };
  }

  private rangeOf(make: () => Rect): RangeProxy {
    const rect = this.act(make) ?? null;
    return new RangeProxy(this.context, this.model, rect);
  }

  activate(): void {
    this.act(() => {
      this.workbook.activeSheet = this.sheet;
    });
  }

  delete(): void {
    this.act(() => this.workbook.deleteSheet(this.sheet));
  }
}

/** `Worksheet.protection`: whether the sheet is protected (read only in the fake; tests set the model's flag). */
export class WorksheetProtectionProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: SheetModel | null,
  ) {
    super(context, sheet !== null);
  }

  protected scalarProperties(): string[] {
    return ["protected"];
  }

  protected readProperty(): unknown {
    return (this.sheet as SheetModel).isProtected;
  }

  get protected(): boolean {
    return this.get("protected");
  }
}

function checkUnprotected(sheet: SheetModel): void {
  if (sheet.isProtected) {
    throw new FakeExcelError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }
}

// ---------------------------------------------------------------- ranges

/**
 * Excel's table auto-expansion: data written into the row just below a table (within its columns) makes that row part
 * of the table — the way Microsoft recommends appending rows under co-authoring instead of TableRowCollection.add.
 * Not when the row has data validation (Excel does not expand into it), and only for rows that receive data.
 */
function expandTablesBelow(sheet: SheetModel, area: Rect): void {
  for (const table of sheet.tables()) {
    const columns = { row: 0, col: table.col, rows: MAX_ROWS, cols: table.cols };
    if (!intersects(area, columns)) continue;
    for (;;) {
      const below = { row: table.row + table.rows + 1, col: table.col, rows: 1, cols: table.cols };
      if (!intersects(area, below) || below.row >= MAX_ROWS) break;
      const cells = Array.from({ length: table.cols }, (_, c) => table.col + c);
      if (cells.some((c) => sheet.validationAt(below.row, c))) break;
      if (cells.every((c) => sheet.valueAt(below.row, c) === "" && sheet.peek(below.row, c)?.formula == null)) break;
      table.rows++;
    }
  }
}

export class RangeProxy extends ClientObject {
  private formatProxy?: RangeFormatProxy;
  private validationProxy?: DataValidationProxy;
  private cfProxy?: ConditionalFormatCollectionProxy;
  private worksheetProxy?: WorksheetProxy;

  constructor(
    context: FakeRequestContext,
    readonly sheetModel: SheetModel | null,
    readonly rect: Rect | null,
    exists = true,
  ) {
    super(context, exists && sheetModel !== null && rect !== null);
  }

  get sheet(): SheetModel {
    if (!this.sheetModel || !this.rect || this.sheetModel.deleted) {
      throw new FakeExcelError("ItemNotFound", "the range does not exist");
    }
    return this.sheetModel;
  }

  get area(): Rect {
    if (!this.rect) throw new FakeExcelError("ItemNotFound", "the range does not exist");
    return this.rect;
  }

  protected scalarProperties(): string[] {
    return [
      "values",
      "formulas",
      "numberFormat",
      "text",
      "address",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "valueTypes",
    ];
  }

  private grid<T>(read: (row: number, col: number) => T): T[][] {
    const { row, col, rows, cols } = this.area;
    if (isWhole(this.area)) throw new FakeExcelError("InvalidArgument", "the fake does not read whole rows/columns");
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => read(row + r, col + c)));
  }

  protected readProperty(name: string): unknown {
    const sheet = this.sheet;
    const area = this.area;
    switch (name) {
      case "values":
        return this.grid((r, c) => sheet.valueAt(r, c));
      case "formulas":
        return this.grid((r, c) => sheet.formulaAt(r, c));
      case "numberFormat":
        return this.grid((r, c) => sheet.peek(r, c)?.numberFormat ?? "General");
      case "text":
        return this.grid((r, c) => String(sheet.valueAt(r, c)));
      case "valueTypes":
        return this.grid((r, c) => {
          const v = sheet.valueAt(r, c);
          return v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      case "address":
        return `${quoteSheetName(sheet.name)}!${rectAddress(area)}`;
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.cols;
      case "rowIndex":
        return area.row;
      case "columnIndex":
        return area.col;
    }
    return undefined;
  }

  protected children(): Record<string, ClientObject> {
    return { format: this.format, worksheet: this.worksheet };
  }

  get values(): unknown[][] {
    return this.get("values");
  }

  set values(input: unknown[][]) {
    this.write(input);
  }

  get formulas(): unknown[][] {
    return this.get("formulas");
  }

  set formulas(input: unknown[][]) {
    this.write(input);
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }

  set numberFormat(input: unknown[][]) {
    this.act(() => {
      const sheet = this.sheet;
      checkUnprotected(sheet);
      this.forEachInput(input, (row, col, format) => {
        if (format === null || format === undefined) return;
        if (typeof format !== "string") throw new FakeExcelError("InvalidArgument", "a number format is text");
        sheet.cell(row, col).numberFormat = format === "" ? "General" : format;
      });
    });
  }

  get text(): string[][] {
    return this.get("text");
  }

  get address(): string {
    return this.get("address");
  }

  get rowCount(): number {
    return this.get("rowCount");
  }

  get columnCount(): number {
    return this.get("columnCount");
  }

  get rowIndex(): number {
    return this.get("rowIndex");
  }

  get columnIndex(): number {
    return this.get("columnIndex");
  }

  /** A 2-D array of the range's size, or one value for every cell (Office.js accepts both). */
  private forEachInput(input: unknown, each: (row: number, col: number, value: unknown) => void): void {
    const { row, col, rows, cols } = this.area;
    if (!Array.isArray(input)) {
      if (isWhole(this.area)) throw new FakeExcelError("InvalidArgument", "the fake does not fill whole rows/columns");
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) each(row + r, col + c, input);
      return;
    }
    if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
      throw new FakeExcelError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
      );
    }
    input.forEach((line: unknown[], r) => line.forEach((value, c) => each(row + r, col + c, value)));
  }

  private write(input: unknown[][]): void {
    this.act(() => {
      const sheet = this.sheet;
      checkUnprotected(sheet);
      sheet.valueWrites++;
      this.forEachInput(input, (row, col, value) => {
        if (value === null || value === undefined) return;
        const merge = sheet.mergeAt(row, col);
        if (merge && (merge.row !== row || merge.col !== col) && value !== "") {
          throw new FakeExcelError("InvalidArgument", "a value written into a merged cell other than its top-left one");
        }
        sheet.input(row, col, value);
      });
      expandTablesBelow(sheet, this.area);
    });
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this.context, this);
    return this.formatProxy;
  }

  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(
      this.context,
      this.sheetModel?.workbook as WorkbookModel,
      this.sheetModel,
    );
    return this.worksheetProxy;
  }

  get dataValidation(): DataValidationProxy {
    this.validationProxy ??= new DataValidationProxy(this.context, this);
    return this.validationProxy;
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.cfProxy ??= new ConditionalFormatCollectionProxy(this.context, this);
    return this.cfProxy;
  }

  private derived(make: (area: Rect) => Rect): RangeProxy {
    const rect =
      this.act(() => {
        const next = make(this.area);
        checkRect(next);
        return next;
      }) ?? null;
    return new RangeProxy(this.context, this.sheetModel, rect);
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived((a) => ({ row: a.row + row, col: a.col + column, rows: 1, cols: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived((a) => ({ row: a.row, col: a.col, rows: a.rows + deltaRows, cols: a.cols + deltaColumns }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.derived((a) => ({ row: a.row, col: a.col, rows: numRows, cols: numColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived((a) => ({ row: a.row + rowOffset, col: a.col + columnOffset, rows: a.rows, cols: a.cols }));
  }

  getRowsBelow(count = 1): RangeProxy {
    return this.derived((a) => ({ row: a.row + a.rows, col: a.col, rows: count, cols: a.cols }));
  }

  /** The range's last row (ExcelApi 1.1). */
  getLastRow(): RangeProxy {
    return this.derived((a) => ({ row: a.row + a.rows - 1, col: a.col, rows: 1, cols: a.cols }));
  }

  /**
   * Range.clear (ExcelApi 1.1): "Contents" empties the cells, "Formats" drops their number format and formatting
   * (back to a new cell's), "All" (the default) both. Data validation and conditional formats are not modelled here.
   */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.act(() => {
      const sheet = this.sheet;
      checkUnprotected(sheet);
      const { row, col, rows, cols } = this.area;
      if (isWhole(this.area)) throw new FakeExcelError("InvalidArgument", "the fake does not clear whole rows/columns");
      for (let r = row; r < row + rows; r++) {
        for (let c = col; c < col + cols; c++) {
          const cell = sheet.peek(r, c);
          if (!cell) continue;
          if (applyTo !== "Formats") {
            cell.value = "";
            cell.formula = null;
            cell.quotePrefix = false;
          }
          if (applyTo !== "Contents") {
            cell.numberFormat = "General";
            cell.style = { borders: {} };
          }
        }
      }
    });
  }

  /** Selects the range in the Excel UI (recorded on the workbook model for tests). */
  select(): void {
    this.act(() => {
      this.sheet.workbook.selection = { sheet: this.sheet, rect: { ...this.area } };
      this.sheet.workbook.selectedAreas = [{ ...this.area }];
    });
  }

  getRow(row: number): RangeProxy {
    return this.derived((a) => ({ row: a.row + row, col: a.col, rows: 1, cols: a.cols }));
  }

  getColumn(column: number): RangeProxy {
    return this.derived((a) => ({ row: a.row, col: a.col + column, rows: a.rows, cols: 1 }));
  }

  getEntireRow(): RangeProxy {
    return this.derived((a) => ({ row: a.row, col: 0, rows: a.rows, cols: MAX_COLS }));
  }

  getEntireColumn(): RangeProxy {
    return this.derived((a) => ({ row: 0, col: a.col, rows: MAX_ROWS, cols: a.cols }));
  }

  merge(across = false): void {
    this.act(() => {
      const sheet = this.sheet;
      const area = this.area;
      if (across) throw new FakeExcelError("InvalidArgument", "the fake merges whole areas only");
      if (area.rows === 1 && area.cols === 1) return;
      if (sheet.merges.some((m) => intersects(m, area))) {
        throw new FakeExcelError("InvalidOperation", `merge ${rectAddress(area)} overlaps another merge`);
      }
      if (sheet.tables().some((t) => intersects(tableRect(t), area))) {
        throw new FakeExcelError("InvalidOperation", `cells in a table cannot be merged (${rectAddress(area)})`);
      }
      sheet.merges.push({ ...area });
      // Excel keeps only the top-left value.
      for (let r = 0; r < area.rows; r++) {
        for (let c = 0; c < area.cols; c++) {
          if (r === 0 && c === 0) continue;
          const cell = sheet.peek(area.row + r, area.col + c);
          if (cell) {
            cell.value = "";
            cell.formula = null;
          }
        }
      }
    });
  }

  /** Applies a style change to every cell (whole rows/columns only for sizes). */
  applyStyle(change: (style: CellStyle, row: number, col: number) => void): void {
    this.act(() => {
      const sheet = this.sheet;
      const area = this.area;
      if (isWhole(area)) throw new FakeExcelError("InvalidArgument", "the fake styles whole rows/columns by size only");
      for (let r = 0; r < area.rows; r++) {
        for (let c = 0; c < area.cols; c++) change(sheet.cell(area.row + r, area.col + c).style, r, c);
      }
    });
  }
}

class StyleProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    protected readonly range: RangeProxy,
    private readonly read: Record<string, (style: CellStyle) => unknown>,
  ) {
    super(context);
  }

  protected scalarProperties(): string[] {
    return Object.keys(this.read);
  }

  /** The common value of all cells, or null when they differ (as Office.js reports mixed formats). */
  protected readProperty(name: string): unknown {
    const sheet = this.range.sheet;
    const area = this.range.area;
    let value: unknown = undefined;
    for (let r = 0; r < Math.min(area.rows, 1000); r++) {
      for (let c = 0; c < Math.min(area.cols, 100); c++) {
        const v = this.read[name](sheet.peek(area.row + r, area.col + c)?.style ?? { borders: {} });
        if (value === undefined) value = v;
        else if (value !== v) return null;
      }
    }
    return value ?? null;
  }
}

export class RangeFormatProxy extends StyleProxy {
  readonly font: RangeFontProxy;
  readonly fill: RangeFillProxy;
  readonly borders: RangeBorderCollectionProxy;

  constructor(context: FakeRequestContext, range: RangeProxy) {
    super(context, range, {
      wrapText: (s) => s.wrapText ?? false,
      horizontalAlignment: (s) => s.horizontalAlignment ?? "General",
      verticalAlignment: (s) => s.verticalAlignment ?? "Bottom",
    });
    this.font = new RangeFontProxy(context, range);
    this.fill = new RangeFillProxy(context, range);
    this.borders = new RangeBorderCollectionProxy(context, range);
  }

  protected children(): Record<string, ClientObject> {
    return { font: this.font, fill: this.fill, borders: this.borders };
  }

  protected scalarProperties(): string[] {
    return [...super.scalarProperties(), "rowHeight"];
  }

  /** rowHeight: the rows' common height in points (15, Excel's default, where none was set), null when they differ. */
  protected readProperty(name: string): unknown {
    if (name !== "rowHeight") return super.readProperty(name);
    const { row, rows } = this.range.area;
    const heights = new Set(Array.from({ length: rows }, (_, r) => this.range.sheet.rowHeights.get(row + r) ?? 15));
    return heights.size === 1 ? [...heights][0] : null;
  }

  get rowHeight(): number {
    return this.get("rowHeight");
  }

  set wrapText(value: boolean) {
    this.range.applyStyle((s) => (s.wrapText = value));
  }

  set horizontalAlignment(value: string) {
    this.range.applyStyle((s) => (s.horizontalAlignment = value));
  }

  set verticalAlignment(value: string) {
    this.range.applyStyle((s) => (s.verticalAlignment = value));
  }

  set columnWidth(points: number) {
    this.act(() => {
      if (!(points >= 0 && points <= 255 * 7.5)) throw new FakeExcelError("InvalidArgument", `column width ${points}`);
      const area = this.range.area;
      for (let c = 0; c < area.cols; c++) this.range.sheet.columnWidths.set(area.col + c, points);
    });
  }

  set rowHeight(points: number) {
    this.act(() => {
      if (!(points >= 0 && points <= 409)) throw new FakeExcelError("InvalidArgument", `row height ${points}`);
      const area = this.range.area;
      if (area.rows === MAX_ROWS)
        throw new FakeExcelError("InvalidArgument", "the fake sizes rows one range at a time");
      for (let r = 0; r < area.rows; r++) this.range.sheet.rowHeights.set(area.row + r, points);
    });
  }

  autofitColumns(): void {
    this.act(() => undefined);
  }

  autofitRows(): void {
    this.act(() => undefined);
  }
}

export class RangeFontProxy extends StyleProxy {
  constructor(context: FakeRequestContext, range: RangeProxy) {
    super(context, range, {
      bold: (s) => s.bold ?? false,
      italic: (s) => s.italic ?? false,
      size: (s) => s.size ?? 11,
      color: (s) => s.color ?? "#000000",
      name: (s) => s.fontName ?? "Calibri",
    });
  }

  set bold(value: boolean) {
    this.range.applyStyle((s) => (s.bold = value));
  }

  set italic(value: boolean) {
    this.range.applyStyle((s) => (s.italic = value));
  }

  set size(value: number) {
    this.range.applyStyle((s) => (s.size = value));
  }

  set color(value: string) {
    this.range.applyStyle((s) => (s.color = value));
  }

  set name(value: string) {
    this.range.applyStyle((s) => (s.fontName = value));
  }
}

export class RangeFillProxy extends StyleProxy {
  constructor(context: FakeRequestContext, range: RangeProxy) {
    super(context, range, { color: (s) => s.fill ?? "#FFFFFF" });
  }

  set color(value: string) {
    this.range.applyStyle((s) => (s.fill = value));
  }

  clear(): void {
    this.range.applyStyle((s) => delete s.fill);
  }
}

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

/** A proxy with no loadable properties of its own. */
class LeafProxy extends ClientObject {
  protected scalarProperties(): string[] {
    return [];
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

export class RangeBorderCollectionProxy extends LeafProxy {
  constructor(
    context: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
  }

  getItem(index: string): RangeBorderProxy {
    this.act(() => {
      if (!BORDER_INDEXES.includes(index)) throw new FakeExcelError("InvalidArgument", `border index ${index}`);
    });
    return new RangeBorderProxy(this.context, this.range, index);
  }
}

export class RangeBorderProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly range: RangeProxy,
    private readonly index: string,
  ) {
    super(context);
  }

  protected scalarProperties(): string[] {
    return [];
  }

  protected readProperty(): unknown {
    return undefined;
  }

  private apply(change: Partial<{ style: string; color: string; weight: string }>): void {
    const { rows, cols } = this.range.area;
    const set = (style: CellStyle, side: "top" | "bottom" | "left" | "right") => {
      style.borders[side] = { ...(style.borders[side] ?? { style: "Continuous" }), ...change };
    };
    this.range.applyStyle((style, r, c) => {
      switch (this.index) {
        case "EdgeTop":
          if (r === 0) set(style, "top");
          break;
        case "EdgeBottom":
          if (r === rows - 1) set(style, "bottom");
          break;
        case "EdgeLeft":
          if (c === 0) set(style, "left");
          break;
        case "EdgeRight":
          if (c === cols - 1) set(style, "right");
          break;
        case "InsideHorizontal":
          if (r > 0) set(style, "top");
          if (r < rows - 1) set(style, "bottom");
          break;
        case "InsideVertical":
          if (c > 0) set(style, "left");
          if (c < cols - 1) set(style, "right");
          break;
      }
    });
  }

  set style(value: string) {
    this.apply({ style: value });
  }

  set color(value: string) {
    this.apply({ color: value });
  }

  set weight(value: string) {
    this.apply({ weight: value });
  }
}

// ---------------------------------------------------------------- data validation

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function checkRule(rule: Record<string, unknown>): void {
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined);
  if (keys.length !== 1) throw new FakeExcelError("InvalidArgument", "a data validation rule has exactly one type");
  const [type] = keys;
  const body = rule[type] as Record<string, unknown>;
  switch (type) {
    case "list": {
      const source = body.source;
      if (source instanceof RangeProxy) return;
      if (typeof source !== "string" || source === "") throw new FakeExcelError("InvalidArgument", "list source");
      if (source.startsWith("=")) {
        checkFormulaSyntax(source, "list source");
        checkNoStructuredReference(source, "list source");
      } else if (source.length > 255) {
        throw new FakeExcelError("InvalidArgument", "an explicit list is at most 255 characters");
      }
      return;
    }
    case "custom":
      checkFormulaSyntax(String(body.formula), "custom validation");
      checkNoStructuredReference(String(body.formula), "custom validation");
      return;
    case "wholeNumber":
    case "decimal":
    case "textLength":
    case "date":
    case "time": {
      if (!OPERATORS.includes(String(body.operator))) {
        throw new FakeExcelError("InvalidArgument", `operator ${String(body.operator)}`);
      }
      if (body.formula1 === undefined) throw new FakeExcelError("InvalidArgument", "formula1 is required");
      if ((body.operator === "Between" || body.operator === "NotBetween") && body.formula2 === undefined) {
        throw new FakeExcelError("InvalidArgument", "formula2 is required with Between");
      }
      if (type === "date") {
        for (const f of [body.formula1, body.formula2]) {
          if (typeof f === "string" && !f.startsWith("=") && !/^\d{4}-\d{2}-\d{2}/.test(f)) {
            throw new FakeExcelError("InvalidArgument", `date validation operand ${f}`);
          }
        }
      }
      return;
    }
    default:
      throw new FakeExcelError("InvalidArgument", `validation type ${type}`);
  }
}

export class DataValidationProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
  }

  protected scalarProperties(): string[] {
    return ["rule", "prompt", "errorAlert", "ignoreBlanks", "type"];
  }

  protected readProperty(name: string): unknown {
    const v = this.range.sheet.validationAt(this.range.area.row, this.range.area.col);
    if (name === "type") return v ? Object.keys(v.rule)[0] : "None";
    return v?.[name as keyof ValidationModel];
  }

  private entry(): ValidationModel {
    const sheet = this.range.sheet;
    const area = this.range.area;
    let v = sheet.validations.find((x) => JSON.stringify(x.range) === JSON.stringify(area));
    if (!v) {
      v = { range: { ...area }, rule: {} };
      sheet.validations.push(v);
    }
    return v;
  }

  set rule(rule: Record<string, unknown>) {
    this.act(() => {
      checkRule(rule);
      this.entry().rule = rule;
    });
  }

  set prompt(prompt: ValidationModel["prompt"]) {
    this.act(() => {
      if ((prompt?.title ?? "").length > 32) throw new FakeExcelError("InvalidArgument", "prompt title > 32 chars");
      if ((prompt?.message ?? "").length > 255) throw new FakeExcelError("InvalidArgument", "prompt > 255 chars");
      this.entry().prompt = prompt;
    });
  }

  set errorAlert(alert: ValidationModel["errorAlert"]) {
    this.act(() => {
      if ((alert?.title ?? "").length > 32) throw new FakeExcelError("InvalidArgument", "alert title > 32 chars");
      if ((alert?.message ?? "").length > 225) throw new FakeExcelError("InvalidArgument", "alert > 225 chars");
      if (alert?.style && !["Stop", "Warning", "Information"].includes(alert.style)) {
        throw new FakeExcelError("InvalidArgument", `alert style ${alert.style}`);
      }
      this.entry().errorAlert = alert;
    });
  }

  set ignoreBlanks(value: boolean) {
    this.act(() => (this.entry().ignoreBlanks = value));
  }

  clear(): void {
    this.act(() => {
      const sheet = this.range.sheet;
      const area = this.range.area;
      for (let i = sheet.validations.length - 1; i >= 0; i--) {
        if (contains(area, sheet.validations[i].range)) sheet.validations.splice(i, 1);
      }
    });
  }
}

// ---------------------------------------------------------------- conditional formats

let cfIds = 1;

export class ConditionalFormatCollectionProxy extends LeafProxy {
  constructor(
    context: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
  }

  /** "Adds a new conditional format to the collection at the first/top priority." */
  add(type: string): ConditionalFormatProxy {
    const model = this.act(() => {
      const known = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText"];
      if (!known.includes(type) && type !== "CellValue") {
        throw new FakeExcelError("InvalidArgument", `conditional format type ${type}`);
      }
      const cf: ConditionalFormatModel = { id: String(cfIds++), type, range: { ...this.range.area } };
      this.range.sheet.conditionalFormats.unshift(cf);
      return cf;
    });
    return new ConditionalFormatProxy(this.context, this.range, model ?? null);
  }
}

export class ConditionalFormatProxy extends ClientObject {
  private customProxy?: CustomConditionalFormatProxy;

  constructor(
    context: FakeRequestContext,
    private readonly range: RangeProxy,
    readonly model: ConditionalFormatModel | null,
  ) {
    super(context, model !== null);
  }

  protected scalarProperties(): string[] {
    return ["priority", "stopIfTrue", "type", "id"];
  }

  protected readProperty(name: string): unknown {
    const cf = this.model as ConditionalFormatModel;
    if (name === "priority") return this.range.sheet.conditionalFormats.indexOf(cf);
    return cf[name as keyof ConditionalFormatModel];
  }

  get custom(): CustomConditionalFormatProxy {
    this.act(() => {
      if (this.model?.type !== "Custom") throw new FakeExcelError("InvalidOperation", "not a custom format");
    });
    this.customProxy ??= new CustomConditionalFormatProxy(this.context, this.model);
    return this.customProxy;
  }

  set priority(value: number) {
    this.act(() => {
      const list = this.range.sheet.conditionalFormats;
      const cf = this.model as ConditionalFormatModel;
      list.splice(list.indexOf(cf), 1);
      const at = value < 0 ? Math.max(0, list.length + 1 + value) : Math.min(value, list.length);
      list.splice(at, 0, cf);
    });
  }

  set stopIfTrue(value: boolean) {
    this.act(() => ((this.model as ConditionalFormatModel).stopIfTrue = value));
  }
}

export class CustomConditionalFormatProxy extends LeafProxy {
  readonly rule: { formula: string };
  readonly format: { fill: { color: string }; font: { color: string } };

  constructor(context: FakeRequestContext, model: ConditionalFormatModel | null) {
    super(context, model !== null);
    const act = (f: () => void) => this.act(f);
    this.rule = {
      set formula(formula: string) {
        act(() => {
          checkFormulaSyntax(formula, "conditional format");
          checkNoStructuredReference(formula, "conditional format");
          (model as ConditionalFormatModel).formula = formula;
        });
      },
      get formula(): string {
        throw new FakeExcelError("PropertyNotLoaded", "the fake does not read rule.formula");
      },
    };
    this.format = {
      fill: {
        set color(color: string) {
          act(() => ((model as ConditionalFormatModel).fill = color));
        },
        get color(): string {
          throw new FakeExcelError("PropertyNotLoaded", "the fake does not read format.fill.color");
        },
      },
      font: {
        set color(color: string) {
          act(() => ((model as ConditionalFormatModel).fontColor = color));
        },
        get color(): string {
          throw new FakeExcelError("PropertyNotLoaded", "the fake does not read format.font.color");
        },
      },
    };
  }
}

// ---------------------------------------------------------------- charts, panes, page layout

const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Pie",
  "Doughnut",
  "Line",
  "LineMarkers",
  "Area",
  "XYScatter",
];

export class ChartCollectionProxy extends CollectionObject<ChartProxy> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: SheetModel | null,
  ) {
    super(context, sheet !== null);
  }

  protected currentItems(): ChartProxy[] {
    return (this.sheet?.charts ?? []).map((c) => new ChartProxy(this.context, this.sheet, c));
  }

  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    const model = this.act(() => {
      if (!CHART_TYPES.includes(type)) throw new FakeExcelError("InvalidArgument", `chart type ${type}`);
      if (!(sourceData instanceof RangeProxy)) throw new FakeExcelError("InvalidArgument", "chart source is a Range");
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) {
        throw new FakeExcelError("InvalidArgument", `seriesBy ${seriesBy}`);
      }
      const sheet = this.sheet as SheetModel;
      const chart: ChartModel = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: { ...sourceData.area },
        seriesBy,
      };
      if (sourceData.sheet !== sheet) throw new FakeExcelError("InvalidArgument", "the fake charts data of its sheet");
      sheet.charts.push(chart);
      return chart;
    });
    return new ChartProxy(this.context, this.sheet, model ?? null);
  }
}

export class ChartProxy extends ClientObject {
  readonly title: { text: string };

  constructor(
    context: FakeRequestContext,
    private readonly sheet: SheetModel | null,
    readonly model: ChartModel | null,
  ) {
    super(context, model !== null);
    const act = (f: () => void) => this.act(f);
    this.title = {
      set text(text: string) {
        act(() => ((model as ChartModel).title = text));
      },
      get text(): string {
        throw new FakeExcelError("PropertyNotLoaded", "the fake does not read chart titles");
      },
    };
  }

  protected scalarProperties(): string[] {
    return ["name", "chartType"];
  }

  protected readProperty(name: string): unknown {
    return name === "name" ? this.model?.name : this.model?.type;
  }

  get name(): string {
    return this.get("name");
  }

  set name(value: string) {
    this.act(() => ((this.model as ChartModel).name = value));
  }

  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this.act(() => {
      const rect = (x: RangeProxy | string) => {
        if (typeof x === "string") return parseAddress(x).rect;
        if (x.sheet !== this.sheet) throw new FakeExcelError("InvalidArgument", "chart position on another sheet");
        return x.area;
      };
      (this.model as ChartModel).position = {
        start: rect(startCell),
        end: endCell === undefined ? undefined : rect(endCell),
      };
    });
  }
}

export class FreezePanesProxy extends LeafProxy {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: SheetModel | null,
  ) {
    super(context, sheet !== null);
  }

  freezeRows(count = 1): void {
    this.act(() => ((this.sheet as SheetModel).freeze = count > 0 ? { rows: count, cols: 0 } : null));
  }

  freezeColumns(count = 1): void {
    this.act(() => ((this.sheet as SheetModel).freeze = count > 0 ? { rows: 0, cols: count } : null));
  }

  freezeAt(frozenRange: RangeProxy | string): void {
    this.act(() => {
      const rect = typeof frozenRange === "string" ? parseAddress(frozenRange).rect : frozenRange.area;
      const rows = rect.rows === MAX_ROWS ? 0 : rect.row + rect.rows;
      const cols = rect.cols === MAX_COLS ? 0 : rect.col + rect.cols;
      (this.sheet as SheetModel).freeze = { rows, cols };
    });
  }

  unfreeze(): void {
    this.act(() => ((this.sheet as SheetModel).freeze = null));
  }
}

const PAPER = ["A4", "A3", "A5", "Letter", "Legal", "Tabloid"];
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;

/**
 * `worksheet.horizontalPageBreaks` (ExcelApi 1.9): manual page breaks, each added before the top-left cell of a
 * range of its sheet. As in Excel, a break cannot go above the first row; adding one where there is one changes nothing.
 */
export class PageBreakCollectionProxy extends CollectionObject<PageBreakProxy> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: SheetModel | null,
  ) {
    super(context, sheet !== null);
  }

  protected currentItems(): PageBreakProxy[] {
    return (this.sheet?.horizontalPageBreaks ?? []).map((b) => new PageBreakProxy(this.context, b));
  }

  add(pageBreakRange: RangeProxy | string): PageBreakProxy {
    const model = this.act(() => {
      const sheet = this.sheet as SheetModel;
      let rect: Rect;
      if (typeof pageBreakRange === "string") {
        const parsed = parseAddress(pageBreakRange);
        if (parsed.sheet !== null && parsed.sheet !== sheet.name) {
          throw new FakeExcelError("InvalidArgument", "page break on another sheet");
        }
        rect = parsed.rect;
      } else {
        if (pageBreakRange.sheet !== sheet) throw new FakeExcelError("InvalidArgument", "page break on another sheet");
        rect = pageBreakRange.area;
      }
      if (rect.row === 0) throw new FakeExcelError("InvalidArgument", "no page break above the first row");
      const existing = sheet.horizontalPageBreaks.find((b) => b.row === rect.row);
      if (existing) return existing;
      const created: PageBreakModel = { row: rect.row, col: rect.col };
      sheet.horizontalPageBreaks.push(created);
      return created;
    });
    return new PageBreakProxy(this.context, model ?? null);
  }
}

export class PageBreakProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly model: PageBreakModel | null,
  ) {
    super(context, model !== null);
  }

  protected scalarProperties(): string[] {
    return ["rowIndex", "columnIndex"];
  }

  protected readProperty(name: string): unknown {
    const model = this.model as PageBreakModel;
    return name === "rowIndex" ? model.row : model.col;
  }

  get rowIndex(): number {
    return this.get("rowIndex");
  }

  get columnIndex(): number {
    return this.get("columnIndex");
  }
}

export class PageLayoutProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: SheetModel | null,
  ) {
    super(context, sheet !== null);
  }

  protected scalarProperties(): string[] {
    return ["orientation", "paperSize", "zoom", "centerHorizontally", "printGridlines", ...MARGINS];
  }

  protected readProperty(name: string): unknown {
    return (this.sheet as SheetModel).pageLayout[name as "orientation"];
  }

  private get layout() {
    return (this.sheet as SheetModel).pageLayout;
  }

  set orientation(value: string) {
    this.act(() => {
      if (value !== "Portrait" && value !== "Landscape") throw new FakeExcelError("InvalidArgument", value);
      this.layout.orientation = value;
    });
  }

  set paperSize(value: string) {
    this.act(() => {
      if (!PAPER.includes(value)) throw new FakeExcelError("InvalidArgument", `paper ${value}`);
      this.layout.paperSize = value;
    });
  }

  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.act(() => {
      if (typeof value !== "object" || value === null) throw new FakeExcelError("InvalidArgument", "zoom is an object");
      for (const [key, v] of Object.entries(value)) {
        if (!["horizontalFitToPages", "verticalFitToPages", "scale"].includes(key)) {
          throw new FakeExcelError("InvalidArgument", `zoom.${key}`);
        }
        if (v !== null && !(typeof v === "number" && Number.isInteger(v) && v >= 0)) {
          throw new FakeExcelError("InvalidArgument", `zoom.${key} = ${String(v)}`);
        }
      }
      if (value.scale !== undefined && value.scale !== null && (value.scale < 10 || value.scale > 400)) {
        throw new FakeExcelError("InvalidArgument", "zoom.scale is 10..400");
      }
      this.layout.zoom = { ...value };
    });
  }

  set centerHorizontally(value: boolean) {
    this.act(() => (this.layout.centerHorizontally = value));
  }

  set printGridlines(value: boolean) {
    this.act(() => (this.layout.printGridlines = value));
  }

  private setMargin(name: (typeof MARGINS)[number], points: number): void {
    this.act(() => {
      if (typeof points !== "number" || !Number.isFinite(points) || points < 0) {
        throw new FakeExcelError("InvalidArgument", `${name} = ${String(points)}`);
      }
      this.layout[name] = points;
    });
  }

  set leftMargin(points: number) {
    this.setMargin("leftMargin", points);
  }

  set rightMargin(points: number) {
    this.setMargin("rightMargin", points);
  }

  set topMargin(points: number) {
    this.setMargin("topMargin", points);
  }

  set bottomMargin(points: number) {
    this.setMargin("bottomMargin", points);
  }

  set headerMargin(points: number) {
    this.setMargin("headerMargin", points);
  }

  set footerMargin(points: number) {
    this.setMargin("footerMargin", points);
  }

  private rectOf(x: RangeProxy | string): Rect {
    if (typeof x === "string") {
      const parsed = parseAddress(x);
      if (parsed.sheet !== null && parsed.sheet !== (this.sheet as SheetModel).name) {
        throw new FakeExcelError("InvalidArgument", "print range on another sheet");
      }
      return parsed.rect;
    }
    if (x.sheet !== this.sheet) throw new FakeExcelError("InvalidArgument", "print range on another sheet");
    return x.area;
  }

  setPrintArea(printArea: RangeProxy | string): void {
    this.act(() => (this.layout.printArea = { ...this.rectOf(printArea) }));
  }

  /** The print area (ExcelApi 1.9) as the sheet has it at this point of the batch; a null object when none is set. */
  getPrintAreaOrNullObject(): RangeAreasProxy {
    const area = this.sheet?.pageLayout.printArea;
    return new RangeAreasProxy(this.context, this.sheet, area ? [{ ...area }] : []);
  }

  setPrintTitleRows(printTitleRows: RangeProxy | string): void {
    this.act(() => {
      const rect = this.rectOf(printTitleRows);
      this.layout.titleRows = { first: rect.row, last: rect.row + rect.rows - 1 };
    });
  }
}

/** RangeAreas (ExcelApi 1.9), as far as a print area needs it: its address ("S!A1:R30", areas joined by ","). */
export class RangeAreasProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: SheetModel | null,
    private readonly rects: readonly Rect[],
  ) {
    super(context, sheet !== null && rects.length > 0);
  }

  protected scalarProperties(): string[] {
    return ["address", "areaCount"];
  }

  protected readProperty(name: string): unknown {
    const sheet = this.sheet as SheetModel;
    if (name === "areaCount") return this.rects.length;
    return this.rects.map((rect) => `${quoteSheetName(sheet.name)}!${rectAddress(rect)}`).join(",");
  }

  get address(): string {
    return this.get("address");
  }

  get areaCount(): number {
    return this.get("areaCount");
  }
}

// ---------------------------------------------------------------- names

export class NamedItemCollectionProxy extends CollectionObject<NamedItemProxy> {
  constructor(
    context: FakeRequestContext,
    private readonly model: WorkbookModel,
  ) {
    super(context);
  }

  protected currentItems(): NamedItemProxy[] {
    return this.model.names.map((n) => new NamedItemProxy(this.context, this.model, n));
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const created = this.context.queue(() => {
      let ref: NameModel["ref"];
      if (reference instanceof RangeProxy) {
        ref = { sheet: reference.sheet, rect: { ...reference.area } };
      } else if (typeof reference === "string" && reference.startsWith("=")) {
        try {
          const parsed = parseAddress(reference.slice(1));
          const sheet = parsed.sheet === null ? undefined : this.model.sheet(parsed.sheet);
          ref = sheet ? { sheet, rect: parsed.rect } : { formula: reference };
        } catch {
          ref = { formula: reference };
        }
      } else {
        // Office.js stores a reference without "=" as a text constant (OfficeDev/office-js#2283).
        ref = { formula: `="${String(reference).replace(/"/g, '""')}"` };
      }
      return this.model.addName(name, ref, comment ?? "");
    });
    return new NamedItemProxy(this.context, this.model, created ?? null);
  }

  getItem(name: string): NamedItemProxy {
    const found = this.context.queue(() => {
      const n = this.model.name(name);
      if (!n) throw new FakeExcelError("ItemNotFound", `no name "${name}"`);
      return n;
    });
    return new NamedItemProxy(this.context, this.model, found ?? null);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    this.context.queue(() => undefined);
    return new NamedItemProxy(this.context, this.model, this.model.name(name) ?? null);
  }
}

export class NamedItemProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly workbook: WorkbookModel,
    readonly model: NameModel | null,
  ) {
    super(context, model !== null);
  }

  protected scalarProperties(): string[] {
    return ["name", "comment", "type", "formula", "value", "visible", "scope"];
  }

  protected readProperty(name: string): unknown {
    const n = this.model as NameModel;
    switch (name) {
      case "name":
        return n.name;
      case "comment":
        return n.comment;
      case "type":
        return this.workbook.nameType(n);
      case "formula":
        return this.workbook.nameFormula(n);
      case "value":
        return this.workbook.nameFormula(n).slice(1);
      case "visible":
        return n.visible;
      default:
        return "Workbook";
    }
  }

  get name(): string {
    return this.get("name");
  }

  get comment(): string {
    return this.get("comment");
  }

  set comment(value: string) {
    this.act(() => {
      if (value.length > 255) throw new FakeExcelError("InvalidArgument", "a name's comment is at most 255 characters");
      (this.model as NameModel).comment = value;
    });
  }

  get type(): string {
    return this.get("type");
  }

  get formula(): string {
    return this.get("formula");
  }

  get visible(): boolean {
    return this.get("visible");
  }

  private rangeModel(): { sheet: SheetModel; rect: Rect } | null {
    const n = this.model as NameModel;
    if ("formula" in n.ref || n.ref.sheet.deleted) return null;
    return n.ref;
  }

  getRange(): RangeProxy {
    const ref = this.act(() => {
      const r = this.rangeModel();
      if (!r) throw new FakeExcelError("InvalidOperation", "the name does not refer to a range");
      return r;
    });
    return new RangeProxy(this.context, ref?.sheet ?? null, ref?.rect ?? null);
  }

  getRangeOrNullObject(): RangeProxy {
    const ref = this.act(() => this.rangeModel());
    return new RangeProxy(this.context, ref?.sheet ?? null, ref?.rect ?? null);
  }

  delete(): void {
    this.act(() => this.workbook.names.splice(this.workbook.names.indexOf(this.model as NameModel), 1));
  }
}

// ---------------------------------------------------------------- tables

export class TableCollectionProxy extends CollectionObject<TableProxy> {
  constructor(
    context: FakeRequestContext,
    private readonly workbook: WorkbookModel,
    /** The sheet of `worksheet.tables`; null for `workbook.tables`. */
    private readonly sheet: SheetModel | null,
  ) {
    super(context);
  }

  protected currentItems(): TableProxy[] {
    const tables = this.sheet ? this.workbook.tables.filter((t) => t.sheet === this.sheet) : this.workbook.tables;
    return tables.map((t) => new TableProxy(this.context, this.workbook, t));
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const created = this.context.queue(() => {
      let sheet: SheetModel;
      let rect: Rect;
      if (address instanceof RangeProxy) {
        sheet = address.sheet;
        rect = address.area;
      } else {
        const parsed = parseAddress(address);
        const named = parsed.sheet === null ? this.sheet : (this.workbook.sheet(parsed.sheet) ?? null);
        if (!named) throw new FakeExcelError("InvalidArgument", `table address ${address} names no sheet`);
        sheet = named;
        rect = parsed.rect;
      }
      if (this.sheet && sheet !== this.sheet) throw new FakeExcelError("InvalidArgument", "table on another sheet");
      if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "the fake creates tables with headers only");
      if (rect.rows < 2) throw new FakeExcelError("InvalidArgument", "a table needs a header row and a data row");
      if (isWhole(rect)) throw new FakeExcelError("InvalidArgument", "the fake makes no whole-column tables");
      if (sheet.tables().some((t) => intersects(tableRect(t), rect))) {
        throw new FakeExcelError("InvalidOperation", "A table can't overlap another table.");
      }
      if (sheet.merges.some((m) => intersects(m, rect))) {
        throw new FakeExcelError("InvalidOperation", "A table can't overlap merged cells.");
      }
      let n = this.workbook.tables.length + 1;
      while (this.workbook.nameTaken(`Table${n}`)) n++;
      const table: TableModel = {
        name: `Table${n}`,
        sheet,
        row: rect.row,
        col: rect.col,
        rows: rect.rows - 1,
        cols: rect.cols,
        style: "TableStyleMedium2",
        showTotals: false,
      };
      // Header cells become text column names: empty ones "ColumnN", repeated ones numbered.
      const seen = new Set<string>();
      for (let c = 0; c < rect.cols; c++) {
        let header = String(sheet.valueAt(rect.row, rect.col + c));
        if (header === "") header = `Column${c + 1}`;
        let unique = header;
        for (let k = 2; seen.has(unique.toLowerCase()); k++) unique = `${header}${k}`;
        seen.add(unique.toLowerCase());
        const cell = sheet.cell(rect.row, rect.col + c);
        cell.value = unique;
        cell.formula = null;
      }
      this.workbook.tables.push(table);
      return table;
    });
    return new TableProxy(this.context, this.workbook, created ?? null);
  }

  getItem(name: string): TableProxy {
    const found = this.context.queue(() => {
      const t = this.find(name);
      if (!t) throw new FakeExcelError("ItemNotFound", `no table "${name}"`);
      return t;
    });
    return new TableProxy(this.context, this.workbook, found ?? null);
  }

  getItemOrNullObject(name: string): TableProxy {
    this.context.queue(() => undefined);
    return new TableProxy(this.context, this.workbook, this.find(name) ?? null);
  }

  private find(name: string): TableModel | undefined {
    const t = this.workbook.table(name);
    return t && (!this.sheet || t.sheet === this.sheet) ? t : undefined;
  }
}

export class TableProxy extends ClientObject {
  readonly columns: TableColumnCollectionProxy;
  readonly rows: TableRowCollectionProxy;

  constructor(
    context: FakeRequestContext,
    private readonly workbook: WorkbookModel,
    readonly model: TableModel | null,
  ) {
    super(context, model !== null);
    this.columns = new TableColumnCollectionProxy(context, model);
    this.rows = new TableRowCollectionProxy(context, model);
  }

  private get table(): TableModel {
    if (!this.model || !this.workbook.tables.includes(this.model)) {
      throw new FakeExcelError("ItemNotFound", "the table does not exist");
    }
    return this.model;
  }

  protected scalarProperties(): string[] {
    return ["name", "style", "showTotals", "showHeaders", "id"];
  }

  protected readProperty(name: string): unknown {
    const t = this.table;
    if (name === "showHeaders") return true;
    if (name === "id") return t.name;
    return t[name as "name" | "style" | "showTotals"];
  }

  protected children(): Record<string, ClientObject> {
    return { columns: this.columns, rows: this.rows };
  }

  get name(): string {
    return this.get("name");
  }

  set name(value: string) {
    this.act(() => {
      checkDefinedName(value);
      const t = this.table;
      if (value.toLowerCase() !== t.name.toLowerCase() && this.workbook.nameTaken(value)) {
        throw new FakeExcelError("ItemAlreadyExists", `the name "${value}" is taken`);
      }
      t.name = value;
    });
  }

  get style(): string {
    return this.get("style");
  }

  set style(value: string) {
    this.act(() => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(value)) throw new FakeExcelError("InvalidArgument", value);
      this.table.style = value;
    });
  }

  get showTotals(): boolean {
    return this.get("showTotals");
  }

  set showTotals(value: boolean) {
    this.act(() => (this.table.showTotals = value));
  }

  set showBandedRows(_value: boolean) {
    this.act(() => undefined);
  }

  set showFilterButton(_value: boolean) {
    this.act(() => undefined);
  }

  private part(make: (t: TableModel) => Rect): RangeProxy {
    const rect = this.act(() => make(this.table)) ?? null;
    return new RangeProxy(this.context, this.model?.sheet ?? null, rect);
  }

  getRange(): RangeProxy {
    return this.part((t) => tableRect(t));
  }

  getHeaderRowRange(): RangeProxy {
    return this.part((t) => ({ row: t.row, col: t.col, rows: 1, cols: t.cols }));
  }

  getDataBodyRange(): RangeProxy {
    return this.part((t) => ({ row: t.row + 1, col: t.col, rows: t.rows, cols: t.cols }));
  }

  delete(): void {
    this.act(() => this.workbook.tables.splice(this.workbook.tables.indexOf(this.table), 1));
  }
}

export class TableColumnCollectionProxy extends CollectionObject<TableColumnProxy> {
  constructor(
    context: FakeRequestContext,
    private readonly table: TableModel | null,
  ) {
    super(context, table !== null);
  }

  protected currentItems(): TableColumnProxy[] {
    const t = this.table as TableModel;
    return Array.from({ length: t.cols }, (_, i) => new TableColumnProxy(this.context, t, i));
  }

  /** Adds a column at the right end (index null/undefined only) named `name`; `values` as one value per row. */
  add(index?: number | null, values?: unknown, name?: string): TableColumnProxy {
    const position = this.act(() => {
      const t = this.table as TableModel;
      if (index !== undefined && index !== null && index !== t.cols) {
        throw new FakeExcelError("InvalidArgument", "the fake adds table columns at the right end only");
      }
      const col = t.col + t.cols;
      for (let r = t.row; r <= t.row + t.rows; r++) {
        if (t.sheet.valueAt(r, col) !== "" || t.sheet.formulaAt(r, col) !== "") {
          throw new FakeExcelError("InvalidOperation", "the fake does not shift cells right of a table");
        }
      }
      if (values !== undefined) throw new FakeExcelError("InvalidArgument", "the fake adds columns without values");
      let header = name ?? `Column${t.cols + 1}`;
      const names = new Set(tableColumnNames(t).map((n) => n.toLowerCase()));
      for (let k = 2; names.has(header.toLowerCase()); k++) header = `${name}${k}`;
      t.sheet.input(t.row, col, header);
      t.cols++;
      return t.cols - 1;
    });
    return new TableColumnProxy(this.context, this.table, position ?? null);
  }

  getItemAt(index: number): TableColumnProxy {
    const i = this.act(() => {
      if (!(Number.isInteger(index) && index >= 0 && index < (this.table as TableModel).cols)) {
        throw new FakeExcelError("ItemNotFound", `no column ${index}`);
      }
      return index;
    });
    return new TableColumnProxy(this.context, this.table, i ?? null);
  }

  getItem(key: string | number): TableColumnProxy {
    const i = this.act(() => {
      const found = this.indexOf(key);
      if (found < 0) throw new FakeExcelError("ItemNotFound", `no column ${key}`);
      return found;
    });
    return new TableColumnProxy(this.context, this.table, i ?? null);
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    this.act(() => undefined);
    const i = this.table ? this.indexOf(key) : -1;
    return new TableColumnProxy(this.context, this.table, i < 0 ? null : i);
  }

  private indexOf(key: string | number): number {
    const names = tableColumnNames(this.table as TableModel).map((n) => n.toLowerCase());
    return typeof key === "number" ? key - 1 : names.indexOf(String(key).toLowerCase());
  }
}

export class TableColumnProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly table: TableModel | null,
    private readonly position: number | null,
  ) {
    super(context, table !== null && position !== null);
  }

  protected scalarProperties(): string[] {
    return ["name", "index"];
  }

  protected readProperty(name: string): unknown {
    const t = this.table as TableModel;
    return name === "index" ? this.position : tableColumnNames(t)[this.position as number];
  }

  get name(): string {
    return this.get("name");
  }

  get index(): number {
    return this.get("index");
  }

  private part(rows: (t: TableModel) => { row: number; rows: number }): RangeProxy {
    const rect =
      this.act(() => {
        const t = this.table as TableModel;
        return { ...rows(t), col: t.col + (this.position as number), cols: 1 };
      }) ?? null;
    return new RangeProxy(this.context, this.table?.sheet ?? null, rect);
  }

  getDataBodyRange(): RangeProxy {
    return this.part((t) => ({ row: t.row + 1, rows: t.rows }));
  }

  getHeaderRowRange(): RangeProxy {
    return this.part((t) => ({ row: t.row, rows: 1 }));
  }

  getRange(): RangeProxy {
    return this.part((t) => ({ row: t.row, rows: t.rows + 1 }));
  }
}

export class TableRowCollectionProxy extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly table: TableModel | null,
  ) {
    super(context, table !== null);
  }

  protected scalarProperties(): string[] {
    return ["count"];
  }

  protected readProperty(): unknown {
    return (this.table as TableModel).rows;
  }

  get count(): number {
    return this.get("count");
  }

  add(): never {
    throw new Error("fake-excel: TableRowCollection.add is not faked (inserting table rows shifts cells)");
  }
}
