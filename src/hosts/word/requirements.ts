/**
 * Runtime checks of the Word JavaScript API requirement sets each operation needs. They run before `Word.run`, so a
 * Word that lacks an API gets a clear message in both languages and nothing is half-written.
 * Sets and the members that need them (from the Office.js reference, "[Api set: WordApi 1.x]" of each member):
 * - 1.1: Document.getSelection, Document.body, Document.contentControls, ContentControlCollection.getByTag/items,
 *   ContentControl.tag/title/text/placeholderText/insertText/clear, Range.insertOoxml, Body.insertOoxml, Range.select, InsertLocation
 * - 1.3: Range.parentBody, Body.type, Range.parentContentControlOrNullObject (where the cursor is, so that a form is
 *   never inserted into a table cell, header or another form), ContentControl.getRange (replacing a drop-down or
 *   checkbox control, whose text cannot be typed into)
 */
import type { Language } from "../../core";
import { UnsupportedHostError } from "../types";

export type WordOperation = "insert" | "find" | "readFields" | "writeFields" | "writeChoices";

/** Every set an operation cannot do without (each is checked, so the message names the first one missing). */
export const REQUIRED_SETS: Readonly<Record<WordOperation, readonly string[]>> = {
  insert: ["1.1"],
  find: ["1.1"],
  readFields: ["1.1"],
  writeFields: ["1.1"],
  writeChoices: ["1.1", "1.3"],
};

/** Inserting at the cursor needs 1.3 (to see where the cursor is); without it forms go to the end of the document. */
export const CURSOR_SET = "1.3";

const ACTIONS: Readonly<Record<WordOperation, Readonly<Record<Language, string>>>> = {
  insert: { "en-US": "insert a form", "zh-CN": "插入表单" },
  find: { "en-US": "find the forms in this document", "zh-CN": "查找本文档中的表单" },
  readFields: { "en-US": "read a form", "zh-CN": "读取表单" },
  writeFields: { "en-US": "fill in a form", "zh-CN": "填写表单" },
  writeChoices: { "en-US": "set drop-down and checkbox fields", "zh-CN": "设置下拉列表和复选框字段" },
};

export interface OfficeRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Office.context.requirements, or null outside Office. */
export function officeRequirements(): OfficeRequirements | null {
  const office = (globalThis as { Office?: { context?: { requirements?: OfficeRequirements } } }).Office;
  const requirements = office?.context?.requirements;
  return requirements && typeof requirements.isSetSupported === "function" ? requirements : null;
}

export function unsupportedMessages(operation: WordOperation, version: string): Record<Language, string> {
  return {
    "en-US":
      `This version of Word does not support the Word JavaScript API ${version}, which Concord needs to ` +
      `${ACTIONS[operation]["en-US"]}. Use Microsoft 365, Word 2016 or later, Word on the web or Word for Mac.`,
    "zh-CN":
      `当前 Word 版本不支持 Word JavaScript API ${version}，Concord 需要它来${ACTIONS[operation]["zh-CN"]}。` +
      `请使用 Microsoft 365、Word 2016 或更高版本、Word 网页版或 Mac 版 Word。`,
  };
}

export function supportsWordApi(requirements: OfficeRequirements | null, version: string): boolean {
  return requirements !== null && requirements.isSetSupported("WordApi", version);
}

/** Throws UnsupportedHostError when Word lacks a set the operation needs (or there is no Office at all). */
export function requireWordApi(operation: WordOperation, requirements: OfficeRequirements | null): void {
  for (const version of REQUIRED_SETS[operation]) {
    if (!supportsWordApi(requirements, version)) {
      throw new UnsupportedHostError(`WordApi ${version}`, unsupportedMessages(operation, version));
    }
  }
}
