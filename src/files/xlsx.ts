/**
 * Standalone .xlsx files from SheetPlans (src/render/sheet/sheet-plan.ts), written with exceljs: the same layout the
 * Excel host applies through Office.js, for people who receive a form without having the add-in.
 *
 * What a file carries: cells (user text always as text), number formats, the named styles, merges, column widths,
 * row heights, workbook names (with the instance record in the instance name's comment), tables with their
 * calculated-column formulas, data validations, conditional formats, frozen panes, A4 page setup and the plan's page
 * breaks.
 * Not charts: exceljs cannot write them (4.4 has no chart support), so `SheetPlan.charts` are skipped here; the add-in
 * adds them through the Excel API, and the dashboard's source ranges are in the file for anyone to chart.
 *
 * exceljs leaves out two things Excel needs, so the written package is patched (jszip, see `patchPackage`):
 * the `comment` of a defined name and a table column's `calculatedColumnFormula` (without it Excel does not extend a
 * calculated column to rows the user adds).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  a1,
  a1Range,
  type CellRange,
  PAGE_MARGINS,
  planWorkbook,
  type PlannedTable,
  type SheetPlan,
  type StyleName,
} from "../render/sheet";
import { type Language, type TemplateDef, uniqueSheetName } from "../core";
import { callsCustomFunction, toFileFormula } from "./formula";
import { SHEET_STYLES, type BorderSpec } from "../render/house-style";

export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The instance id of standalone files (binding.ts: a letter, then five letters or digits). Fixed, so that the same
 * template gives the same file; a file is a workbook of its own, so the id cannot clash.
 */
export const FILE_INSTANCE_ID = "f1le00";

export interface XlsxOptions {
  /** Picks the body font (Calibri, or DengXian for Chinese, as Excel's own defaults). Default en-US. */
  language?: Language;
  /** Workbook properties. */
  title?: string;
  subject?: string;
  keywords?: string;
  /** The file's creation time (fixed values make files reproducible). Default now. */
  created?: Date;
}

const FONTS: Record<Language, string> = { "en-US": "Calibri", "zh-CN": "DengXian" };

/** exceljs has range validations (`sheet.dataValidations`, "A1:A10" keys) but its typings lack them. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

type Style = Pick<Partial<ExcelJS.Style>, "font" | "fill" | "border" | "alignment">;

/** Styles that wrap and have a rule only over a merged area (see writeSheet). */
const OVERFLOW_STYLES: ReadonlySet<StyleName> = new Set<StyleName>(["title", "subtitle", "hint"]);

function border(spec: BorderSpec): Partial<ExcelJS.Border> {
  return { style: spec.weight, color: { argb: argb(spec.color) } };
}

/** A named style of a SheetPlan (src/render/house-style.ts) as an exceljs cell style in the workbook's font. */
export function styleFor(name: StyleName, font: string): Style {
  const spec = SHEET_STYLES[name];
  const style: Style = {
    font: {
      name: font,
      size: spec.font.size,
      ...(spec.font.bold ? { bold: true } : {}),
      ...(spec.font.italic ? { italic: true } : {}),
      color: { argb: argb(spec.font.color) },
    },
    alignment: { horizontal: spec.horizontal, vertical: spec.vertical, ...(spec.wrap ? { wrapText: true } : {}) },
  };
  if (spec.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  if (spec.border?.box) {
    const edge = border(spec.border.box);
    style.border = { top: edge, left: edge, bottom: edge, right: edge };
  } else if (spec.border?.bottom) {
    style.border = { bottom: border(spec.border.bottom) };
  }
  return style;
}

/**
 * The width to store for a column `characters` wide: a file's `width` counts the 5 px of cell padding in (Excel's
 * own default column, 8.43 characters, is stored as 9.140625), so that Excel shows the width the Excel host sets.
 */
export function storedColumnWidth(characters: number): number {
  return Math.trunc(((characters * 7 + 5) / 7) * 256) / 256;
}

/** "#C6EFCE" / "C6EFCE" / "FFC6EFCE" → "FFC6EFCE". */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

/**
 * The Date that exceljs writes as `serial` in a date validation: it converts with `25569 + time / day` (UTC), whose
 * 1970 epoch counts Excel's phantom 1900-02-29, so `Date.UTC(1900, 0, 1)` would become serial 2, not 1.
 */
export function dateForSerial(serial: number): Date {
  return new Date((serial - 25569) * 86_400_000);
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function applyStyle(cell: ExcelJS.Cell, style: Style): void {
  if (style.font) cell.font = style.font;
  if (style.fill) cell.fill = style.fill;
  if (style.border) cell.border = style.border;
  if (style.alignment) cell.alignment = style.alignment;
}

function cellAt(sheet: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return sheet.getCell(row + 1, col + 1);
}

function inRange(range: CellRange, row: number, col: number): boolean {
  return row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols;
}

function tableRange(table: PlannedTable): CellRange {
  return { row: table.row, col: table.col, rows: table.rows + 1, cols: table.columns.length };
}

/** Things written into the package after exceljs (see the module comment). */
interface Patches {
  nameComments: Map<string, string>;
  /** Table name → column index → stored formula. */
  calculatedColumns: Map<string, Map<number, string>>;
}

interface SheetContext {
  styles: (name: StyleName) => Style;
  patches: Patches;
}

function writeTable(sheet: ExcelJS.Worksheet, table: PlannedTable, { styles, patches }: SheetContext) {
  const formulas = new Map<number, string>();
  table.columns.forEach((column, j) => {
    if (column.formula) formulas.set(j, toFileFormula(column.formula, table.name));
  });
  const rows = Array.from({ length: table.rows }, (_, i) =>
    table.columns.map((column, j): ExcelJS.CellValue => {
      if (j === 0 && table.ids?.[i] !== undefined) return table.ids[i];
      const formula = formulas.get(j);
      if (formula === undefined) return null;
      // The data rows of a new form are blank, and every Concord function answers "" for a blank row: that is the
      // cached result, so a viewer that does not recalculate (or lacks the functions) shows an empty cell, not an error.
      return callsCustomFunction(column.formula ?? "") ? { formula, result: "" } : { formula };
    }),
  );
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: a1(table.row, table.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows,
  });
  if (formulas.size > 0) patches.calculatedColumns.set(table.name, formulas);

  // Table styles are Excel's; LibreOffice and print previews of other viewers ignore them, so the cells carry the
  // house style too (header band, bordered body, grey calculated columns). Cells the plan styles keep its style.
  table.columns.forEach((column, j) => {
    const header = cellAt(sheet, table.row, table.col + j);
    applyStyle(header, styles("header"));
    for (let i = 1; i <= table.rows; i++) {
      const cell = cellAt(sheet, table.row + i, table.col + j);
      applyStyle(cell, styles(column.formula ? "calculated" : "input"));
      if (column.numberFormat) cell.numFmt = column.numberFormat;
    }
  });
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  sheetName: string,
  language: Language,
  patches: Patches,
): ExcelJS.Worksheet {
  const font = FONTS[language];
  const frozen = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0);
  const sheet = workbook.addWorksheet(sheetName, {
    // Forms read better without gridlines; every field has its own border.
    views: [
      frozen
        ? { state: "frozen", xSplit: plan.freeze!.cols, ySplit: plan.freeze!.rows, showGridLines: false }
        : { state: "normal", showGridLines: false },
    ],
  });
  const styleCache = new Map<StyleName, Style>();
  const styles = (name: StyleName): Style => {
    let style = styleCache.get(name);
    if (!style) styleCache.set(name, (style = styleFor(name, font)));
    return style;
  };

  plan.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = storedColumnWidth(width);
  });
  for (const { row, height } of plan.rowHeights) sheet.getRow(row + 1).height = height;

  for (const table of plan.tables) writeTable(sheet, table, { styles, patches });
  const tableRanges = plan.tables.map(tableRange);

  const mergeMasters = new Set(plan.merges.filter((m) => m.rows > 1 || m.cols > 1).map((m) => `${m.row}:${m.col}`));
  for (const planned of plan.cells) {
    const cell = cellAt(sheet, planned.row, planned.col);
    const inTable = tableRanges.some((range) => inRange(range, planned.row, planned.col));
    // Inside a table the table owns the values (headers must equal the column names); the plan adds formatting.
    if (!inTable) {
      const content = planned.content;
      switch (content.kind) {
        case "text":
          // A string value is always stored as text, so "=1+1" or "@someone" typed as a project name stays text.
          cell.value = content.text;
          break;
        case "number":
          cell.value = content.value;
          break;
        case "formula":
          cell.value = callsCustomFunction(content.formula)
            ? { formula: toFileFormula(content.formula), result: "" }
            : { formula: toFileFormula(content.formula) };
          break;
        case "empty":
          break;
      }
    }
    if (planned.style) {
      const style = styles(planned.style);
      // A title, purpose line or hint in a single cell runs on to the right: wrapped in its (narrow) cell it would be
      // cut off at the row height, and the title's rule would underline one column only. Merged over the width, the
      // text wraps and the rule spans the form.
      const single = OVERFLOW_STYLES.has(planned.style) && !mergeMasters.has(`${planned.row}:${planned.col}`);
      applyStyle(cell, single ? { ...style, border: {}, alignment: { ...style.alignment, wrapText: false } } : style);
    }
    if (planned.numberFormat) cell.numFmt = planned.numberFormat;
  }

  for (const merge of plan.merges) {
    if (merge.rows > 1 || merge.cols > 1) sheet.mergeCells(a1Range(merge));
  }

  for (const validation of plan.validations) {
    const common = {
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "stop" as const,
      error: validation.error,
      ...(validation.prompt ? { showInputMessage: true, prompt: validation.prompt } : {}),
    };
    const rule = validation.rule;
    let dv: ExcelJS.DataValidation;
    switch (rule.type) {
      case "list":
        dv = { ...common, type: "list", formulae: [`"${rule.values.map((v) => v.replace(/"/g, '""')).join(",")}"`] };
        break;
      case "listFormula":
        dv = { ...common, type: "list", formulae: [toFileFormula(rule.formula)] };
        break;
      case "date":
        // Any date from 1900-01-01 (serial 1) on: Excel's date rule needs a bound.
        dv = { ...common, type: "date", operator: "greaterThanOrEqual", formulae: [dateForSerial(1)] };
        break;
      case "decimal":
        dv = { ...common, type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
        break;
      case "wholeNumber":
        dv = { ...common, type: "whole", operator: "between", formulae: [rule.min, rule.max] };
        break;
    }
    (sheet as WithValidations).dataValidations.add(a1Range(validation), dv);
  }

  // Excel applies the rule with the lowest priority number first and the plan's highest priority wins.
  const formats = [...plan.conditionalFormats].sort((a, b) => b.priority - a.priority);
  formats.forEach((format, i) => {
    sheet.addConditionalFormatting({
      ref: a1Range(format),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [toFileFormula(format.formula)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } },
            ...(format.fontColor ? { font: { color: { argb: argb(format.fontColor) } } } : {}),
          },
        },
      ],
    });
  });

  // plan.charts: not written (see the module comment).

  const { print } = plan;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    // Excel's paper codes: 9 = A4, 8 = A3 (which exceljs writes but does not name).
    paperSize: (print.paper === "A3" ? 8 : 9) as ExcelJS.PaperSize,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: print.fitToHeight ? 1 : 0,
    horizontalCentered: true,
    printArea: `${a1(print.area.row, print.area.col)}:${a1(print.area.row + print.area.rows - 1, print.area.col + print.area.cols - 1)}`,
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows[0] + 1}:${print.titleRows[1] + 1}` } : {}),
    margins: { ...PAGE_MARGINS },
  };
  // Manual page breaks: exceljs breaks below a 1-based row, i.e. before the 0-based row of the same number. The
  // break spans every column (max 16383, what Excel writes; exceljs's own default is 16838).
  for (const row of plan.pageBreaks) sheet.getRow(row).addPageBreak(1, 16384);
  const footerName = sheetName.replace(/&/g, "&&");
  sheet.headerFooter = { oddFooter: `&L&8${footerName}&R&8&P / &N` } as ExcelJS.HeaderFooter;

  for (const name of plan.names) {
    if (workbook.definedNames.getRanges(name.name).ranges.length > 0) {
      throw new Error(`buildXlsx: the workbook name ${name.name} is defined by two plans`);
    }
    workbook.definedNames.add(`${quoteSheet(sheetName)}!${a1Range(name, true)}`, name.name);
    if (name.comment) patches.nameComments.set(name.name, name.comment);
  }
  return sheet;
}

const xmlEscape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Adds what exceljs cannot write (name comments, calculated-column formulas) to the package. */
async function patchPackage(bytes: Uint8Array, patches: Patches): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookPath = "xl/workbook.xml";
  const workbookXml = await zip.file(workbookPath)!.async("string");
  zip.file(
    workbookPath,
    workbookXml
      .replace(/<definedName name="([^"]+)"/g, (match, name: string) => {
        const comment = patches.nameComments.get(name.replace(/&amp;/g, "&"));
        return comment === undefined ? match : `${match} comment="${xmlEscape(comment)}"`;
      })
      // exceljs writes print areas as $A1:$E13; Excel's own form is absolute ($A$1:$E$13).
      .replace(/(<definedName name="_xlnm\.Print_Area"[^>]*>)([^<]*)</g, (_match, open: string, ranges: string) => {
        return `${open}${ranges.replace(/\$([A-Z]+)(\d+)/g, "$$$1$$$2")}<`;
      }),
  );
  if (patches.calculatedColumns.size > 0) {
    const tables = Object.keys(zip.files).filter((path) => /^xl\/tables\/table\d+\.xml$/.test(path));
    for (const path of tables) {
      const xml = await zip.file(path)!.async("string");
      const name = /<table [^>]*\bname="([^"]+)"/.exec(xml)?.[1];
      const formulas = name ? patches.calculatedColumns.get(name) : undefined;
      if (!formulas) continue;
      let index = -1;
      const patched = xml.replace(/<tableColumn ([^>]*?)\/>/g, (match, attributes: string) => {
        index++;
        const formula = formulas.get(index);
        return formula === undefined
          ? match
          : `<tableColumn ${attributes}><calculatedColumnFormula>${xmlEscape(formula)}</calculatedColumnFormula></tableColumn>`;
      });
      zip.file(path, patched);
    }
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A workbook with one worksheet per plan (sheet names made unique in plan order). */
export async function buildXlsx(plans: readonly SheetPlan[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const created = options.created ?? new Date();
  workbook.creator = "Concord";
  workbook.lastModifiedBy = "Concord";
  workbook.created = created;
  workbook.modified = created;
  // Formulas are written without cached results: Excel computes them all when it opens the file.
  workbook.calcProperties.fullCalcOnLoad = true;
  if (options.title) workbook.title = options.title;
  if (options.subject) workbook.subject = options.subject;
  if (options.keywords) workbook.keywords = options.keywords;
  const patches: Patches = { nameComments: new Map(), calculatedColumns: new Map() };
  const taken: string[] = [];
  for (const plan of plans) {
    const sheetName = uniqueSheetName(plan.sheetName, taken);
    taken.push(sheetName);
    writeSheet(workbook, plan, sheetName, options.language ?? "en-US", patches);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return patchPackage(new Uint8Array(buffer as ArrayBuffer), patches);
}

/**
 * A template as a standalone workbook: its sheet (T3: the WBS, then its dashboard and timeline) with the fixed
 * instance id `FILE_INSTANCE_ID`, in one language. Formulas use the file form of structured references.
 */
export async function buildTemplateXlsx(
  template: TemplateDef,
  language: Language,
  options: Omit<XlsxOptions, "language"> = {},
): Promise<Uint8Array> {
  const id = FILE_INSTANCE_ID;
  // Native formulas: the file computes status, lag, waiting-on and SLA without the add-in (native-formulas.ts).
  const plans = planWorkbook(template, language, id, { thisRow: "explicit", dialect: "native" });
  return buildXlsx(plans, {
    language,
    title: template.name[language],
    subject: template.purpose[language],
    keywords: `Concord ${template.id}`,
    ...options,
  });
}
