/** Writing values into a form's content controls: shared by writeFields and the signature block. */
import { wordTag, writableTableCell, type InstanceRecord, type TemplateDef } from "../../core";
import { TableRowError, UnknownFieldError } from "../errors";
import {
  type ControlValue,
  controlValueOf,
  displayTextOf,
  flatOpc,
  type WordControl,
  wordControlParagraph,
  wordControls,
  wrapsParagraph,
} from "../../render/word";
import type { FieldValues } from "../types";

/** One write into a form's control. */
export interface ControlWrite {
  control: WordControl;
  value: ControlValue;
}

/**
 * Every value checked against its field before anything is written: UnknownFieldError for a key that is neither a
 * slot nor a writable table cell (`<tableId>.<row>.<columnId>`), TableRowError for a row beyond the table's (Word
 * tables have the template's rows), FieldValueError for a value the field cannot hold.
 */
export function checkedWrites(template: TemplateDef, values: FieldValues): ControlWrite[] {
  const byKey = new Map(wordControls(template).map((control) => [control.key, control]));
  const entries = Object.entries(values).filter(([, value]) => value !== undefined);
  const writable = (key: string) => {
    const control = byKey.get(key);
    return control !== undefined && (!control.cell || writableTableCell(template, key) !== null);
  };
  const unknown = entries.map(([key]) => key).filter((key) => !writable(key) && !beyondTable(template, key));
  if (unknown.length > 0) throw new UnknownFieldError(template.id, unknown);
  const beyond = entries.find(([key]) => !writable(key));
  if (beyond) {
    const { table } = writableTableCell(template, beyond[0])!;
    throw new TableRowError(beyond[0], table.title, table.rows);
  }
  return entries.map(([key, value]) => {
    const control = byKey.get(key)!;
    return { control, value: controlValueOf(key, control.field, value) };
  });
}

/** A writable column of one of the template's tables, in a row the Word table does not have. */
function beyondTable(template: TemplateDef, key: string): boolean {
  const cell = writableTableCell(template, key);
  return cell !== null && cell.row > cell.table.rows;
}

export function isChoiceWrite(write: ControlWrite): boolean {
  return write.value.kind === "choice" || write.value.kind === "multiChoice";
}

/** Queues one write into `target`, the control of `write.control` in `instance`. */
export function queueWrite(
  target: Word.ContentControl,
  template: TemplateDef,
  instance: InstanceRecord,
  { control, value }: ControlWrite,
): void {
  if (value.kind === "choice" || value.kind === "multiChoice") {
    // Drop-downs and checkboxes cannot be typed into: the control is replaced by one showing the value.
    const paragraph = wordControlParagraph(template, instance.language, instance.id, control, value);
    target.getRange("Whole").insertOoxml(flatOpc(paragraph), "Replace");
    return;
  }
  const text = displayTextOf(value, instance.language);
  if (text === "") target.clear();
  // insertText: the value is text (never markup, never a formula); an inline control keeps its line breaks as
  // manual breaks, a control around a whole cell gets paragraphs.
  else
    target.insertText(wrapsParagraph(control, instance.language) ? text : text.replace(/\r\n|\r|\n/g, "\v"), "Replace");
}

/** What `queueLockedWrite` needs loaded on each target. */
export const LOCK_PROPERTIES = "items/tag,items/cannotEdit,items/cannotDelete";

/**
 * Queues a write into a control that may be locked, keeping its locks: they are lifted for the write and set again
 * after it. Word on the web cannot delete a locked control, and replacing a drop-down deletes it: the replacement is a
 * new control, found again by its tag (after the replace, in the same batch) to be locked.
 */
export function queueLockedWrite(
  context: Word.RequestContext,
  target: Word.ContentControl,
  template: TemplateDef,
  instance: InstanceRecord,
  write: ControlWrite,
): void {
  const { cannotEdit, cannotDelete } = target;
  if (cannotEdit) target.cannotEdit = false;
  if (cannotDelete) target.cannotDelete = false;
  queueWrite(target, template, instance, write);
  if (!cannotEdit && !cannotDelete) return;
  const written = isChoiceWrite(write)
    ? context.document.contentControls.getByTag(wordTag(template.id, instance.id, write.control.key)).getFirst()
    : target;
  if (cannotEdit) written.cannotEdit = true;
  if (cannotDelete) written.cannotDelete = true;
}
