/**
 * The Excel JavaScript API requirement set each Excel operation needs, checked by the shared check in
 * check.ts before `Excel.run`. Sets and the members that need them (from the Office.js reference,
 * "[Api set: ExcelApi 1.x]" of each member):
 * - 1.1: worksheets.add/getItem, Range.values/formulas/numberFormat/format.*, tables.add/getItem, charts.add,
 *   Chart.setPosition/title, NamedItem.getRange
 * - 1.1: also Worksheet.activate, Range.select, Range.worksheet, Table.getHeaderRowRange/getDataBodyRange/getRange
 * - 1.2: Range.merge, RangeFormat.columnWidth/rowHeight, Range.getResizedRange, Range.getRowsBelow,
 *   WorksheetProtection.protected
 * - 1.4: names.add (with comment), NamedItem.comment, *.getItemOrNullObject
 * - 1.6: Range.conditionalFormats (custom rule formula, fill and font colour)
 * - 1.7: Worksheet.getRangeByIndexes, Worksheet.freezePanes, NamedItem.formula
 * - 1.8: Range.dataValidation (rule, prompt, errorAlert)
 * - 1.9: Worksheet.pageLayout (orientation, paperSize, zoom, setPrintArea, setPrintTitleRows)
 * An operation needs the highest set among the members it calls (each version contains all earlier ones).
 */
import type { Language } from "../../core";
import {
  officeRequirements,
  requireSet,
  unsupportedMessages as messagesFor,
  type OfficeRequirements,
  type Requirement,
} from "./check";

export type ExcelOperation =
  | "insert"
  | "find"
  | "readFields"
  | "writeFields"
  | "readWbs"
  | "updateWbs"
  | "readForm"
  | "readProject"
  | "sign"
  | "select"
  | "selectRows"
  | "detectList"
  | "augmentList";

const excelApi = (version: string): Requirement => ({ set: "ExcelApi", version });

export const REQUIRED_SETS: Readonly<Record<ExcelOperation, Requirement>> = {
  // Inserting writes everything up to print setup (pageLayout, 1.9).
  insert: excelApi("1.9"),
  // Finding reads every name's formula (NamedItem.formula, 1.7).
  find: excelApi("1.7"),
  // The others go through names (getItemOrNullObject, comment: 1.4); updateWbs also resizes ranges (1.2).
  readFields: excelApi("1.4"),
  writeFields: excelApi("1.4"),
  readWbs: excelApi("1.4"),
  updateWbs: excelApi("1.4"),
  // Reading a form: the names and tables collections, getItem, getRange (all 1.1).
  readForm: excelApi("1.1"),
  // Reading the project finds the instances first (NamedItem.formula, 1.7).
  readProject: excelApi("1.7"),
  // Signing: the ledger table by getItemOrNullObject (1.4); the row below it (getRowsBelow), sheet protection and
  // column widths (1.2).
  sign: excelApi("1.4"),
  // Going to an instance: its name's range, Worksheet.activate and Range.select (all 1.1).
  select: excelApi("1.1"),
  // Selecting WBS rows: the table's position, Worksheet.getRangeByIndexes (1.7); several blocks at once need
  // RangeAreas.select (MULTI_AREA_SELECT), else the first block is selected.
  selectRows: excelApi("1.7"),
  // "Add status and lag to this table": the selection, the sheet's used range (getUsedRangeOrNullObject, 1.4) and
  // its tables, read by getRangeByIndexes (1.7); adding writes table columns with a name (1.4), conditional formats
  // (1.6) and cells by index (1.7).
  detectList: excelApi("1.7"),
  augmentList: excelApi("1.7"),
};

/** Worksheet.getRanges + RangeAreas.select: several blocks of rows selected at once. */
export const MULTI_AREA_SELECT: Requirement = excelApi("1.18");

/** PageLayout.getPrintAreaOrNullObject / setPrintArea: a grown WBS table keeps its sheet's print area over it. */
export const PRINT_AREA: Requirement = excelApi("1.9");

export const ACTIONS: Readonly<Record<ExcelOperation, Readonly<Record<Language, string>>>> = {
  insert: { "en-US": "insert a template", "zh-CN": "插入模板" },
  find: { "en-US": "find the templates in this workbook", "zh-CN": "查找本工作簿中的模板" },
  readFields: { "en-US": "read a form", "zh-CN": "读取表单" },
  writeFields: { "en-US": "fill in a form", "zh-CN": "填写表单" },
  readWbs: { "en-US": "read the task breakdown", "zh-CN": "读取任务分解表" },
  updateWbs: { "en-US": "update the task breakdown", "zh-CN": "更新任务分解表" },
  readForm: { "en-US": "read a form with its tables", "zh-CN": "读取表单及其表格" },
  readProject: { "en-US": "read the project's forms and sign-off record", "zh-CN": "读取项目的表单和签字记录" },
  sign: { "en-US": "sign a form", "zh-CN": "签署表单" },
  select: { "en-US": "go to a form", "zh-CN": "转到表单" },
  selectRows: { "en-US": "select tasks in the task breakdown", "zh-CN": "在任务分解表中选中任务" },
  detectList: { "en-US": "detect the columns of a list", "zh-CN": "识别清单的列" },
  augmentList: { "en-US": "add status and lag to a list", "zh-CN": "为清单添加状态与滞后" },
};

/** The bilingual message an operation fails with where its set is missing. */
export function unsupportedMessages(operation: ExcelOperation): Record<Language, string> {
  return messagesFor(REQUIRED_SETS[operation], ACTIONS[operation]);
}

/** Throws UnsupportedHostError when Excel lacks the set the operation needs (or there is no Office at all). */
export function requireExcelApi(
  operation: ExcelOperation,
  requirements: OfficeRequirements | null = officeRequirements(),
): void {
  requireSet(requirements, REQUIRED_SETS[operation], ACTIONS[operation]);
}
