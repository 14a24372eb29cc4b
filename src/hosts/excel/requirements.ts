/**
 * Runtime checks of the Excel JavaScript API requirement sets each operation needs. They run before `Excel.run`,
 * so an Excel that lacks an API gets a clear message in both languages and nothing is half-written.
 * Sets and the members that need them (from the Office.js reference, "[Api set: ExcelApi 1.x]" of each member):
 * - 1.1: worksheets.add/getItem, Range.values/formulas/numberFormat/format.*, tables.add/getItem, charts.add,
 *   Chart.setPosition/title, NamedItem.getRange
 * - 1.2: Range.merge, RangeFormat.columnWidth/rowHeight, Range.getResizedRange
 * - 1.4: names.add (with comment), NamedItem.comment, *.getItemOrNullObject
 * - 1.6: Range.conditionalFormats (custom rule formula, fill and font colour)
 * - 1.7: Worksheet.getRangeByIndexes, Worksheet.freezePanes, NamedItem.formula
 * - 1.8: Range.dataValidation (rule, prompt, errorAlert)
 * - 1.9: Worksheet.pageLayout (orientation, paperSize, zoom, setPrintArea, setPrintTitleRows)
 */
import type { Language } from "../../core";
import { UnsupportedHostError } from "../types";

export type ExcelOperation = "insert" | "find" | "readFields" | "writeFields" | "readWbs" | "updateWbs";

/** Every set an operation uses (each is checked, so the message names the first one missing). */
export const REQUIRED_SETS: Readonly<Record<ExcelOperation, readonly string[]>> = {
  insert: ["1.1", "1.2", "1.4", "1.6", "1.7", "1.8", "1.9"],
  find: ["1.1", "1.4", "1.7"],
  readFields: ["1.1", "1.4"],
  writeFields: ["1.1", "1.4"],
  readWbs: ["1.1", "1.4"],
  updateWbs: ["1.1", "1.2", "1.4"],
};

const ACTIONS: Readonly<Record<ExcelOperation, Readonly<Record<Language, string>>>> = {
  insert: { "en-US": "insert a template", "zh-CN": "插入模板" },
  find: { "en-US": "find the templates in this workbook", "zh-CN": "查找本工作簿中的模板" },
  readFields: { "en-US": "read a form", "zh-CN": "读取表单" },
  writeFields: { "en-US": "fill in a form", "zh-CN": "填写表单" },
  readWbs: { "en-US": "read the task breakdown", "zh-CN": "读取任务分解表" },
  updateWbs: { "en-US": "update the task breakdown", "zh-CN": "更新任务分解表" },
};

interface OfficeRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function officeRequirements(): OfficeRequirements | null {
  const office = (globalThis as { Office?: { context?: { requirements?: OfficeRequirements } } }).Office;
  const requirements = office?.context?.requirements;
  return requirements && typeof requirements.isSetSupported === "function" ? requirements : null;
}

export function unsupportedMessages(operation: ExcelOperation, version: string): Record<Language, string> {
  return {
    "en-US":
      `This version of Excel does not support the Excel JavaScript API ${version}, which Concord needs to ` +
      `${ACTIONS[operation]["en-US"]}. Use Microsoft 365, Excel 2021 or later, or Excel on the web.`,
    "zh-CN":
      `当前 Excel 版本不支持 Excel JavaScript API ${version}，Concord 需要它来${ACTIONS[operation]["zh-CN"]}。` +
      `请使用 Microsoft 365、Excel 2021 或更高版本，或 Excel 网页版。`,
  };
}

/** Throws UnsupportedHostError when Excel lacks a set the operation needs (or there is no Office at all). */
export function requireExcelApi(operation: ExcelOperation): void {
  const requirements = officeRequirements();
  for (const version of REQUIRED_SETS[operation]) {
    if (!requirements || !requirements.isSetSupported("ExcelApi", version)) {
      throw new UnsupportedHostError(`ExcelApi ${version}`, unsupportedMessages(operation, version));
    }
  }
}
