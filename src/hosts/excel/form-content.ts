/**
 * Reading a form's content (its slot cells and its tables' rows) in one batch, from what an earlier load of the
 * workbook's names and tables said exists. `readForm` and `readProject` both queue their reads through here, so the
 * number of round trips never depends on the number of forms, slots or rows.
 */
import {
  excelName,
  getTemplate,
  slotsOf,
  tablesOf,
  type InstanceRecord,
  type Language,
  type TableDef,
} from "../../core";
import type { FieldValues, FormContent } from "../types";

/** What exists in the workbook: range names (lower case) and table names (lower case). */
export interface WorkbookIndex {
  rangeNames: ReadonlySet<string>;
  tables: ReadonlySet<string>;
}

/** The index from loaded name and table items. */
export function indexOf(
  names: ReadonlyArray<{ name: string; type: string }>,
  tables: ReadonlyArray<{ name: string }>,
): WorkbookIndex {
  return {
    rangeNames: new Set(names.filter((n) => n.type === "Range").map((n) => n.name.toLowerCase())),
    tables: new Set(tables.map((t) => t.name.toLowerCase())),
  };
}

/** A cell value as a field value: "" is empty, booleans read as text. */
export function fieldValue(value: unknown): string | number | null {
  if (value === "" || value === null || value === undefined) return null;
  return typeof value === "number" ? value : String(value);
}

/**
 * Sheet column (within the table) of each column id: by header text in the instance's language, else by position when
 * the table still has the template's column count; -1 when not found.
 */
export function tableColumnPositions(table: TableDef, headers: readonly unknown[], language: Language): number[] {
  const texts = headers.map((h) => String(h).trim().toLowerCase());
  return table.columns.map((column, i) => {
    const at = texts.indexOf(column.label[language].toLowerCase());
    return at >= 0 ? at : texts.length === table.columns.length ? i : -1;
  });
}

/** The rows of a table as records by column id. */
export function tableRows(
  table: TableDef,
  headers: readonly unknown[],
  body: readonly (readonly unknown[])[],
  language: Language,
): Array<Record<string, string | number | null>> {
  const positions = tableColumnPositions(table, headers, language);
  return body.map((row) =>
    Object.fromEntries(table.columns.map((c, i) => [c.id, positions[i] >= 0 ? fieldValue(row[positions[i]]) : null])),
  );
}

/** Queues the reads of one form's slots and tables; the returned function builds its content after the sync. */
export function queueFormContent(
  workbook: Excel.Workbook,
  instance: InstanceRecord,
  index: WorkbookIndex,
): () => FormContent {
  const template = getTemplate(instance.template);
  const cells = slotsOf(template).flatMap((slot) => {
    const name = excelName(instance.template, instance.id, slot.key);
    if (!index.rangeNames.has(name.toLowerCase())) return [];
    return [{ key: slot.key, cell: workbook.names.getItem(name).getRange().getCell(0, 0).load("values") }];
  });
  const tables = tablesOf(template).flatMap((table) => {
    const name = excelName(instance.template, instance.id, table.id);
    if (!index.tables.has(name.toLowerCase())) return [];
    const item = workbook.tables.getItem(name);
    return [{ table, header: item.getHeaderRowRange().load("values"), body: item.getDataBodyRange().load("values") }];
  });
  return () => {
    const values: FieldValues = {};
    for (const { key, cell } of cells) values[key] = fieldValue(cell.values[0][0]);
    const rows: FormContent["tables"] = {};
    for (const { table, header, body } of tables) {
      rows[table.id] = tableRows(table, header.values[0], body.values, instance.language);
    }
    return { values, tables: rows };
  };
}
