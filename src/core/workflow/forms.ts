import type { CanonicalForm } from "../signoff";
import { bi, type Bilingual, getTemplate, slotsOf, tablesOf, type TemplateId } from "../templates";

/** Tables that need at least one row before their form counts as filled (the others may stay empty). */
const TABLES_WITH_ROWS: Readonly<Partial<Record<TemplateId, readonly string[]>>> = {
  T1: ["milestones"],
  T2: ["responsibilities"],
  T4: ["attendees"],
  T7: ["checks"],
  T8: ["goals", "improvements"],
};

/** Row numbers of a table in a canonical form (rows are numbered from 1 after blank rows are dropped). */
export function tableRows(form: CanonicalForm, table: string): number[] {
  const rows = new Set<number>();
  const prefix = `${table}.`;
  for (const key of Object.keys(form.fields)) {
    if (!key.startsWith(prefix)) continue;
    const row = Number(key.slice(prefix.length, key.indexOf(".", prefix.length)));
    if (Number.isInteger(row)) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}

/** A cell of a canonical form's table, "" when blank. */
export const cell = (form: CanonicalForm, table: string, row: number, column: string): string =>
  form.fields[`${table}.${row}.${column}`] ?? "";

/**
 * The required places of a form that are blank, by label in document order: required fields, one item of a required
 * numbered list, one row of the tables listed above, and the required cells of every row that was started. The
 * signature blocks are left out: signing is its own step.
 */
export function missingRequired(form: CanonicalForm): Bilingual[] {
  const template = getTemplate(form.template);
  const missing: Bilingual[] = [];
  for (const block of template.blocks) {
    if (block.type === "fields") {
      for (const field of block.fields) {
        if (field.required && field.kind !== "formula" && !(field.id in form.fields)) missing.push(field.label);
      }
    } else if (block.type === "list" && block.item.required) {
      if (!slotsOf(template).some((s) => s.blockId === block.id && s.key in form.fields)) missing.push(block.title);
    }
  }
  for (const table of tablesOf(template)) {
    const rows = tableRows(form, table.id);
    if (rows.length === 0 && TABLES_WITH_ROWS[form.template]?.includes(table.id)) missing.push(table.title);
    const required = table.columns.filter((c) => c.required && c.kind !== "formula");
    for (const row of rows) {
      for (const column of required) {
        if (cell(form, table.id, row, column.id) !== "") continue;
        missing.push(
          bi(
            `${table.title["en-US"]}, row ${row}: ${column.label["en-US"]}`,
            `${table.title["zh-CN"]}第 ${row} 行：${column.label["zh-CN"]}`,
          ),
        );
      }
    }
  }
  return missing;
}
