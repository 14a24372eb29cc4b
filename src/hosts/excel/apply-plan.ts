/**
 * Writes a SheetPlan into a new worksheet through Office.js. Everything here only queues commands: the caller
 * syncs once for the whole template, whatever its size.
 *
 * Order matters: sizes; number formats before values (so text cells are Text before their text arrives); values as
 * one 2-D `formulas` write per band of consecutive rows; merges; styles per rectangle of equal style; tables (header
 * row, `tables.add`, name, style, then per column number format, ids and calculated-column formulas on the data
 * body); data validation; conditional formats; charts; frozen panes; print setup and page breaks. Names come last,
 * from the caller, once every sheet of the instance exists.
 */
import { looksLikeFormula } from "../../core";
import { coverRectangles, equalRuns, rowBands, type Placed } from "./blocks";
import { applyStyle, columnWidthPoints } from "./styles";
import { TEXT_FORMAT } from "./user-text";
import {
  PAGE_MARGINS,
  type CellRange,
  type PlannedChart,
  type PlannedConditionalFormat,
  type PlannedValidation,
  type SheetPlan,
  type StyleName,
} from "../../render/sheet";

/**
 * Template text that Excel would turn into something else when written as a value — a formula (= + - @), a number
 * ("1.", "2026"), a date ("March 2026"), a boolean, an error literal, a leading apostrophe (taken as the quote
 * prefix and dropped) — gets the Text format first.
 */
export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  return (
    looksLikeFormula(t) ||
    text.startsWith("'") ||
    /^[(]?[$¥€£]?\.?\d/.test(t) ||
    /^(true|false)$/i.test(t) ||
    /^#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!)/i.test(t) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]+\d/i.test(t)
  );
}

function rangeOf(sheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function column<T>(rows: number, value: T): T[][] {
  return Array.from({ length: rows }, () => [value]);
}

function applySizes(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const widths = plan.columnWidths.map((value, index) => ({ index, value: columnWidthPoints(value) }));
  for (const [start, count, points] of equalRuns(widths)) {
    rangeOf(sheet, { row: 0, col: start, rows: 1, cols: count }).getEntireColumn().format.columnWidth = points;
  }
  const heights = plan.rowHeights.map((h) => ({ index: h.row, value: h.height }));
  for (const [start, count, points] of equalRuns(heights)) {
    rangeOf(sheet, { row: start, col: 0, rows: count, cols: 1 }).getEntireRow().format.rowHeight = points;
  }
}

function applyValues(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const formats: Placed<string>[] = [];
  const contents: Placed<string | number>[] = [];
  for (const cell of plan.cells) {
    const { content } = cell;
    if (cell.numberFormat) formats.push({ row: cell.row, col: cell.col, value: cell.numberFormat });
    else if (content.kind === "text" && excelWouldConvert(content.text)) {
      formats.push({ row: cell.row, col: cell.col, value: TEXT_FORMAT });
    }
    if (content.kind === "text") contents.push({ row: cell.row, col: cell.col, value: content.text });
    else if (content.kind === "number") contents.push({ row: cell.row, col: cell.col, value: content.value });
    else if (content.kind === "formula") contents.push({ row: cell.row, col: cell.col, value: content.formula });
  }
  for (const block of rowBands(formats)) rangeOf(sheet, block).numberFormat = block.grid;
  for (const block of rowBands(contents)) rangeOf(sheet, block).formulas = block.grid;
}

function applyStyles(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const mergeAt = new Map(plan.merges.map((m) => [`${m.row}:${m.col}`, m]));
  const byStyle = new Map<StyleName, CellRange[]>();
  for (const cell of plan.cells) {
    if (!cell.style) continue;
    const area = mergeAt.get(`${cell.row}:${cell.col}`) ?? { row: cell.row, col: cell.col, rows: 1, cols: 1 };
    const list = byStyle.get(cell.style);
    if (list) list.push(area);
    else byStyle.set(cell.style, [area]);
  }
  for (const [style, areas] of byStyle) {
    for (const rect of coverRectangles(areas)) applyStyle(rangeOf(sheet, rect), rect, style);
  }
}

function applyTables(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const t of plan.tables) {
    const width = t.columns.length;
    rangeOf(sheet, { row: t.row, col: t.col, rows: 1, cols: width }).values = [t.columns.map((c) => c.header)];
    const table = sheet.tables.add(rangeOf(sheet, { row: t.row, col: t.col, rows: t.rows + 1, cols: width }), true);
    table.name = t.name;
    table.style = t.style;
    t.columns.forEach((c, i) => {
      const body = table.columns.getItemAt(i).getDataBodyRange();
      if (c.numberFormat) body.numberFormat = column(t.rows, c.numberFormat);
      if (i === 0 && t.ids) body.values = t.ids.map((id) => [id]);
      // The same formula in every data row makes the column a calculated column.
      if (c.formula) body.formulas = column(t.rows, c.formula);
    });
  }
}

function validationRule(v: PlannedValidation): Excel.DataValidationRule {
  const between = Excel.DataValidationOperator.between;
  switch (v.rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: v.rule.values.join(",") } };
    case "listFormula":
      return { list: { inCellDropDown: true, source: v.rule.formula } };
    case "date":
      return { date: { formula1: "1900-01-01", formula2: "9999-12-31", operator: between } };
    case "decimal":
      return { decimal: { formula1: v.rule.min, formula2: v.rule.max, operator: between } };
    case "wholeNumber":
      return { wholeNumber: { formula1: v.rule.min, formula2: v.rule.max, operator: between } };
  }
}

function applyValidations(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const v of plan.validations) {
    const validation = rangeOf(sheet, v).dataValidation;
    validation.rule = validationRule(v);
    if (v.prompt) validation.prompt = { showPrompt: true, title: "", message: v.prompt };
    validation.errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.stop,
      title: "",
      message: v.error,
    };
  }
}

/** Queues custom conditional formats (also used to colour lists the add-in augments, augment.ts). */
export function applyConditionalFormats(sheet: Excel.Worksheet, formats: readonly PlannedConditionalFormat[]): void {
  // ConditionalFormatCollection.add puts each new format at the top priority, so the lowest goes first and the
  // highest ends on top.
  const ascending = [...formats].sort((a, b) => a.priority - b.priority);
  for (const f of ascending) {
    const format = rangeOf(sheet, f).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = f.formula;
    format.custom.format.fill.color = f.fill;
    if (f.fontColor) format.custom.format.font.color = f.fontColor;
  }
}

const CHART_TYPES = {
  columnClustered: "ColumnClustered",
  pie: "Pie",
  barClustered: "BarClustered",
} as const satisfies Record<PlannedChart["type"], string>;

function applyCharts(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const c of plan.charts) {
    const chart = sheet.charts.add(CHART_TYPES[c.type], rangeOf(sheet, c.source), Excel.ChartSeriesBy.columns);
    chart.title.text = c.title;
    const { row, col, rows, cols } = c.anchor;
    chart.setPosition(
      rangeOf(sheet, { row, col, rows: 1, cols: 1 }),
      rangeOf(sheet, { row: row + rows - 1, col: col + cols - 1, rows: 1, cols: 1 }),
    );
  }
}

function applyPanesAndPrint(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const freeze = plan.freeze;
  if (freeze && freeze.rows > 0 && freeze.cols > 0) {
    sheet.freezePanes.freezeAt(rangeOf(sheet, { row: 0, col: 0, rows: freeze.rows, cols: freeze.cols }));
  } else if (freeze && freeze.rows > 0) {
    sheet.freezePanes.freezeRows(freeze.rows);
  } else if (freeze && freeze.cols > 0) {
    sheet.freezePanes.freezeColumns(freeze.cols);
  }
  const layout = sheet.pageLayout;
  layout.orientation =
    plan.print.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  layout.paperSize = plan.print.paper === "A3" ? Excel.PaperType.a3 : Excel.PaperType.a4;
  // The margins the plan's page breaks were computed for (points).
  layout.leftMargin = PAGE_MARGINS.left * 72;
  layout.rightMargin = PAGE_MARGINS.right * 72;
  layout.topMargin = PAGE_MARGINS.top * 72;
  layout.bottomMargin = PAGE_MARGINS.bottom * 72;
  layout.headerMargin = PAGE_MARGINS.header * 72;
  layout.footerMargin = PAGE_MARGINS.footer * 72;
  // One page wide, as many pages tall as needed (0 = automatic, like "Fit all columns on one page"), or one page tall.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: plan.print.fitToHeight ? 1 : 0 };
  layout.centerHorizontally = true;
  layout.setPrintArea(rangeOf(sheet, plan.print.area));
  if (plan.print.titleRows) {
    const [first, last] = plan.print.titleRows;
    layout.setPrintTitleRows(`$${first + 1}:$${last + 1}`);
  }
  // Manual page breaks, each before the first cell of its row (ExcelApi 1.9, queued like everything else).
  for (const row of plan.pageBreaks) {
    sheet.horizontalPageBreaks.add(rangeOf(sheet, { row, col: plan.print.area.col, rows: 1, cols: 1 }));
  }
}

/** Queues everything of `plan` except its names onto `sheet` (a new, empty worksheet). */
export function applyPlan(sheet: Excel.Worksheet, plan: SheetPlan): void {
  applySizes(sheet, plan);
  applyValues(sheet, plan);
  for (const merge of plan.merges) rangeOf(sheet, merge).merge(false);
  applyStyles(sheet, plan);
  applyTables(sheet, plan);
  applyValidations(sheet, plan);
  applyConditionalFormats(sheet, plan.conditionalFormats);
  applyCharts(sheet, plan);
  applyPanesAndPrint(sheet, plan);
}

/** Queues the plan's workbook names (ranges on `sheet`); returns them so a failed insert can remove them. */
export function addPlanNames(workbook: Excel.Workbook, sheet: Excel.Worksheet, plan: SheetPlan): Excel.NamedItem[] {
  return plan.names.map((n) => workbook.names.add(n.name, rangeOf(sheet, n), n.comment));
}
