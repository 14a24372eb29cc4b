/** A form's values and table rows from its controls' text, however they were loaded (one form or the project). */
import { tablesOf, wordTag, type Language, type TemplateDef } from "../../core";
import { valueOfText, wordControls } from "../../render/word";
import type { FieldValues, FormContent } from "../types";

/** What reading needs of a field's control: its text and the placeholder Word shows once a user emptied it. */
export interface FieldText {
  readonly text: string;
  readonly placeholderText: string;
}

/** Every field and cell whose control is there, by key (a deleted control is left out, not read as empty). */
export function fieldValuesOf(
  template: TemplateDef,
  language: Language,
  controlOf: (key: string) => FieldText | undefined,
): FieldValues {
  const values: FieldValues = {};
  for (const control of wordControls(template)) {
    const found = controlOf(control.key);
    if (found) values[control.key] = valueOfText(control, found.text, language, found.placeholderText);
  }
  return values;
}

/** The values (as `readFields`) and the tables' rows by table id, each row by column id (row 1 first). */
export function formContentOf(
  template: TemplateDef,
  language: Language,
  controlOf: (key: string) => FieldText | undefined,
): FormContent {
  const values = fieldValuesOf(template, language, controlOf);
  const tables: FormContent["tables"] = {};
  for (const table of tablesOf(template)) {
    tables[table.id] = Array.from({ length: table.rows }, (_, i) => {
      const row: Record<string, string | number | null> = {};
      for (const column of table.columns) {
        const key = `${table.id}.${i + 1}.${column.id}`;
        if (key in values) row[column.id] = values[key];
      }
      return row;
    });
  }
  return { values, tables };
}

/**
 * Queues the load of the form's wrapper and of every field and cell control by its tag (one round trip, whatever
 * the form's size); after `context.sync()`, `controlOf` gives the first control of each key (a copied form repeats its
 * tags: the first one in the document is the instance) and `found` says whether the form itself is there.
 */
export function queueFormRead(context: Word.RequestContext, template: TemplateDef, id: string) {
  const wrapper = context.document.contentControls.getByTag(wordTag(template.id, id)).load("items/tag");
  const loaded = new Map(
    wordControls(template).map(({ key }) => [
      key,
      context.document.contentControls.getByTag(wordTag(template.id, id, key)).load("items/text,items/placeholderText"),
    ]),
  );
  return {
    found: () => wrapper.items.length > 0,
    controlOf: (key: string): FieldText | undefined => loaded.get(key)?.items[0],
  };
}
