/**
 * Reading a form's content as the host gives it (values by slot key, table rows by column id) in canonical text
 * (`canonicalValue`: choices by id, dates yyyy-mm-dd, times hh:mm), and writing values the way the pane's forms screen
 * writes them (`host.writeFields`): dates as serials, times as fractions of a day, choices by their label in the
 * instance's language.
 */
import type { Language } from "../language";
import { canonicalValue } from "../signoff";
import { type FieldDef, getTemplate, slotsOf, tableCellKey, tablesOf, type TemplateId } from "../templates";

/** A form's content as the host reads it (`FormContent`, `ProjectForm`). */
export interface ClosingForm {
  values: Readonly<Record<string, unknown>>;
  tables?: Readonly<Record<string, ReadonlyArray<Readonly<Record<string, unknown>>>>>;
}

/** What `host.writeFields(instance, values)` takes (the hosts' `FieldValues`): slot keys and table-cell keys (`tableCellKey`). */
export type ClosingValues = Record<string, string | number | null>;

/** A table row read in canonical text: the row's position in the host's rows (from 1) and its non-blank cells. */
export interface ReadRow {
  row: number;
  cells: Readonly<Record<string, string>>;
}

export function slotField(template: TemplateId, key: string): FieldDef {
  const slot = slotsOf(getTemplate(template)).find((s) => s.key === key);
  if (!slot) throw new Error(`${template} has no slot ${key}`);
  return slot.field;
}

export function columnField(template: TemplateId, table: string, column: string): FieldDef {
  const found = tablesOf(getTemplate(template))
    .find((t) => t.id === table)
    ?.columns.find((c) => c.id === column);
  if (!found) throw new Error(`${template} has no column ${table}.${column}`);
  return found;
}

/** A slot's canonical text, "" when blank or when the form is absent. */
export function slotText(template: TemplateId, form: ClosingForm | null | undefined, key: string): string {
  return form ? (canonicalValue(slotField(template, key), form.values[key]) ?? "") : "";
}

/** The rows of a table with something typed in them, in canonical text. */
export function readRows(template: TemplateId, form: ClosingForm | null | undefined, table: string): ReadRow[] {
  const def = tablesOf(getTemplate(template)).find((t) => t.id === table);
  if (!def) throw new Error(`${template} has no table ${table}`);
  const rows: ReadRow[] = [];
  (form?.tables?.[table] ?? []).forEach((raw, i) => {
    const cells: Record<string, string> = {};
    for (const column of def.columns) {
      const text = canonicalValue(column, raw[column.id]);
      if (text !== null) cells[column.id] = text;
    }
    if (Object.keys(cells).length > 0) rows.push({ row: i + 1, cells });
  });
  return rows;
}

/** A choice's label in `language` from its id (what the forms screen writes); the id itself when it is not one. */
export function choiceLabel(field: FieldDef, id: string, language: Language): string {
  return field.choices?.find((c) => c.id === id)?.label[language] ?? id;
}

/** `hh:mm` as the fraction of a day a time cell holds; null when it is not a time of day. */
export function timeFraction(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return (Number(match[1]) * 60 + Number(match[2])) / 1440;
}

/** Writes the cells of one table row into `values`, by table-cell key. */
export function putRow(
  values: ClosingValues,
  table: string,
  row: number,
  cells: Record<string, string | number>,
): void {
  for (const [column, value] of Object.entries(cells)) values[tableCellKey(table, row, column)] = value;
}
