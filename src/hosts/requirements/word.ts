/**
 * The Word JavaScript API requirement set each Word operation needs, checked by the shared check in
 * check.ts before `Word.run`. Sets and the members that need them (from the Office.js reference,
 * "[Api set: WordApi 1.x]" of each member):
 * - 1.1: Document.getSelection, Document.body, Document.contentControls, ContentControlCollection.getByTag/items,
 *   ContentControl.tag/title/text/placeholderText/insertText/clear, Range.insertOoxml, Body.insertOoxml, Range.select,
 *   InsertLocation
 * - 1.3: Range.parentBody, Body.type, Range.parentContentControlOrNullObject (where the cursor is, so that a form is
 *   never inserted into a table cell, header or another form), ContentControl.getRange (replacing a drop-down or
 *   checkbox control, whose text cannot be typed into)
 * - Sign-off (src/hosts/word/signoff.ts): reading a form or the whole project and locking a form need 1.1
 *   (ContentControl.cannotEdit/cannotDelete, getOoxml); signing and going to a form need 1.3
 *   (ContentControlCollection.getFirst, ContentControl.getRange to show the decision in its drop-down). Optional, used
 *   only where present: 1.4 Document.changeTrackingMode (Track Changes off around Concord's own writes), 1.7
 *   Paragraph.getText({ IncludeHiddenText }) (reading hidden ledger records without their OOXML), and
 *   WordApiDesktop 1.4 Document.coauthoring.me (the user's name; Word on Windows and Mac only).
 */
import type { Language } from "../../core";
import {
  requireSet,
  supports,
  unsupportedMessages as messagesFor,
  type OfficeRequirements,
  type Requirement,
} from "./check";

export { officeRequirements, type OfficeRequirements } from "./check";

export type WordOperation =
  "insert" | "find" | "readFields" | "writeFields" | "writeChoices" | "readProject" | "sign" | "lock" | "select";

const wordApi = (version: string): Requirement => ({ set: "WordApi", version });

/** The set an operation cannot do without. */
export const REQUIRED_SETS: Readonly<Record<WordOperation, Requirement>> = {
  insert: wordApi("1.1"),
  find: wordApi("1.1"),
  readFields: wordApi("1.1"),
  writeFields: wordApi("1.1"),
  writeChoices: wordApi("1.3"),
  readProject: wordApi("1.1"),
  sign: wordApi("1.3"),
  lock: wordApi("1.1"),
  select: wordApi("1.3"),
};

/** Inserting at the cursor needs 1.3 (to see where the cursor is); without it forms go to the end of the document. */
export const CURSOR_SET = "1.3";
/** Document.changeTrackingMode: where present, Track Changes is turned off around Concord's writes and restored. */
export const TRACKING_SET = "1.4";
/** Paragraph.getText({ IncludeHiddenText: true }): hidden records read as text; without it, from their OOXML. */
export const HIDDEN_TEXT_SET = "1.7";

/** Document.coauthoring.me (Word on Windows 2508+ and Mac 16.100.4+; not on the web). */
export function supportsIdentity(requirements: OfficeRequirements | null): boolean {
  return requirements !== null && requirements.isSetSupported("WordApiDesktop", "1.4");
}

export const ACTIONS: Readonly<Record<WordOperation, Readonly<Record<Language, string>>>> = {
  insert: { "en-US": "insert a form", "zh-CN": "插入表单" },
  find: { "en-US": "find the forms in this document", "zh-CN": "查找本文档中的表单" },
  readFields: { "en-US": "read a form", "zh-CN": "读取表单" },
  writeFields: { "en-US": "fill in a form", "zh-CN": "填写表单" },
  writeChoices: { "en-US": "set drop-down and checkbox fields", "zh-CN": "设置下拉列表和复选框字段" },
  readProject: { "en-US": "read the forms and their signatures", "zh-CN": "读取表单及其签字" },
  sign: { "en-US": "sign a form", "zh-CN": "签署表单" },
  lock: { "en-US": "lock or unlock a signed form", "zh-CN": "锁定或解锁已签字的表单" },
  select: { "en-US": "go to a form", "zh-CN": "定位到表单" },
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
