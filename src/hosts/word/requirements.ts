/**
 * The Word JavaScript API requirement set each Word operation needs, checked by the shared check in
 * ../requirements.ts before `Word.run`. Sets and the members that need them (from the Office.js reference,
 * "[Api set: WordApi 1.x]" of each member):
 * - 1.1: Document.getSelection, Document.body, Document.contentControls, ContentControlCollection.getByTag/items,
 *   ContentControl.tag/title/text/placeholderText/insertText/clear, Range.insertOoxml, Body.insertOoxml, Range.select,
 *   InsertLocation
 * - 1.3: Range.parentBody, Body.type, Range.parentContentControlOrNullObject (where the cursor is, so that a form is
 *   never inserted into a table cell, header or another form), ContentControl.getRange (replacing a drop-down or
 *   checkbox control, whose text cannot be typed into)
 */
import type { Language } from "../../core";
import {
  requireSet,
  supports,
  unsupportedMessages as messagesFor,
  type OfficeRequirements,
  type Requirement,
} from "../requirements";

export { officeRequirements, type OfficeRequirements } from "../requirements";

export type WordOperation = "insert" | "find" | "readFields" | "writeFields" | "writeChoices";

const wordApi = (version: string): Requirement => ({ set: "WordApi", version });

/** The set an operation cannot do without. */
export const REQUIRED_SETS: Readonly<Record<WordOperation, Requirement>> = {
  insert: wordApi("1.1"),
  find: wordApi("1.1"),
  readFields: wordApi("1.1"),
  writeFields: wordApi("1.1"),
  writeChoices: wordApi("1.3"),
};

/** Inserting at the cursor needs 1.3 (to see where the cursor is); without it forms go to the end of the document. */
export const CURSOR_SET = "1.3";

export const ACTIONS: Readonly<Record<WordOperation, Readonly<Record<Language, string>>>> = {
  insert: { "en-US": "insert a form", "zh-CN": "插入表单" },
  find: { "en-US": "find the forms in this document", "zh-CN": "查找本文档中的表单" },
  readFields: { "en-US": "read a form", "zh-CN": "读取表单" },
  writeFields: { "en-US": "fill in a form", "zh-CN": "填写表单" },
  writeChoices: { "en-US": "set drop-down and checkbox fields", "zh-CN": "设置下拉列表和复选框字段" },
};

export function supportsWordApi(requirements: OfficeRequirements | null, version: string): boolean {
  return supports(requirements, wordApi(version));
}

/** The bilingual message an operation fails with where its set is missing. */
export function unsupportedMessages(operation: WordOperation): Record<Language, string> {
  return messagesFor(REQUIRED_SETS[operation], ACTIONS[operation]);
}

/** Throws UnsupportedHostError when Word lacks the set the operation needs (or there is no Office at all). */
export function requireWordApi(operation: WordOperation, requirements: OfficeRequirements | null): void {
  requireSet(requirements, REQUIRED_SETS[operation], ACTIONS[operation]);
}
