import { APPROVAL, bi, COMMON } from "./text";
import type { Bilingual, Block, ColumnDef, FieldDef, FieldKind, SignatureDef, TableDef, TemplateDef } from "./types";

/**
 * The parts of one signature block, in slot order. `signer` is where the signer signs by hand (or types a name);
 * `decision` is a choice: approve or reject.
 */
export const SIGNATURE_PARTS = [
  { id: "signer", label: COMMON.signer, kind: "text" },
  { id: "department", label: COMMON.department, kind: "text" },
  { id: "decision", label: COMMON.decision, kind: "choice", choices: APPROVAL },
  { id: "comment", label: COMMON.comment, kind: "text" },
  { id: "date", label: COMMON.date, kind: "date" },
] as const;

export type SignaturePart = (typeof SIGNATURE_PARTS)[number]["id"];

/** The field of a signature part (its kind, and the choices of the decision). */
export function signaturePartField(id: SignaturePart): FieldDef {
  const part = SIGNATURE_PARTS.find((p) => p.id === id)!;
  return { id: part.id, label: part.label, kind: part.kind, ...("choices" in part ? { choices: part.choices } : {}) };
}

/**
 * How both hosts arrange a signature block, row by row: the signature (a tall row, room to sign by hand) beside the
 * date, the decision beside the department, the comment across. The two-part rows share the columns of the form's
 * paired fields (`fieldRows`), so their labels line up with the form above.
 */
export const SIGNATURE_ROWS: ReadonlyArray<readonly [SignaturePart, SignaturePart?]> = [
  ["signer", "date"],
  ["decision", "department"],
  ["comment"],
];

/**
 * The band over a signer's block: "Cooperating department 2", or null when the block is the section's only signer
 * and its role is the section's title (the heading already says it).
 */
export function signatureBand(
  block: Extract<Block, { type: "signatures" }>,
  signature: SignatureDef,
  n: number,
): Bilingual | null {
  const only = block.signatures.length === 1 && signature.count === 1;
  if (only && signature.role["en-US"] === block.title["en-US"]) return null;
  return signatureTitle(signature, n);
}

/** Field kinds short enough to share a row with another short field (label | value | label | value). */
const SHORT_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([
  "text",
  "date",
  "dateTime",
  "time",
  "number",
  "percent",
  "hours",
  "choice",
]);

/** A block's fields as printed rows: two consecutive short fields share a row, any other field has its own. */
export function fieldRows(fields: readonly FieldDef[]): FieldDef[][] {
  const rows: FieldDef[][] = [];
  for (let i = 0; i < fields.length;) {
    const [a, b] = [fields[i], fields[i + 1]];
    const pair = SHORT_KINDS.has(a.kind) && b !== undefined && SHORT_KINDS.has(b.kind);
    rows.push(pair ? [a, b] : [a]);
    i += pair ? 2 : 1;
  }
  return rows;
}

/**
 * One value-holding place of a template outside its tables: a field, an item of a numbered list, or a part of a
 * signature block. `key` is stable and unique in the template: `fieldId`, `listId.n` or `signatureId.n.part`
 * (n from 1). Hosts bind a named range (Excel) or a content-control tag (Word) to it.
 */
export interface Slot {
  key: string;
  blockId: string;
  field: FieldDef;
  /** The label to show: the field's, numbered for list items, "Role n · Part" for signatures. */
  label: Bilingual;
}

function fieldSlots(block: Extract<Block, { type: "fields" }>): Slot[] {
  return block.fields.map((field) => ({ key: field.id, blockId: block.id, field, label: field.label }));
}

function listSlots(block: Extract<Block, { type: "list" }>): Slot[] {
  return Array.from({ length: block.items }, (_, i) => ({
    key: `${block.id}.${i + 1}`,
    blockId: block.id,
    field: block.item,
    label: bi(`${block.item.label["en-US"]} ${i + 1}`, `${block.item.label["zh-CN"]} ${i + 1}`),
  }));
}

/** "Cooperating department 2" when a role has several blocks, the role alone otherwise. */
export function signatureTitle(signature: SignatureDef, n: number): Bilingual {
  if (signature.count === 1) return signature.role;
  return bi(`${signature.role["en-US"]} ${n}`, `${signature.role["zh-CN"]} ${n}`);
}

function signatureSlots(block: Extract<Block, { type: "signatures" }>): Slot[] {
  return block.signatures.flatMap((signature) =>
    Array.from({ length: signature.count }, (_, i) => i).flatMap((i) =>
      SIGNATURE_PARTS.map((part) => ({
        key: `${signature.id}.${i + 1}.${part.id}`,
        blockId: block.id,
        field: signaturePartField(part.id),
        label: bi(
          `${signatureTitle(signature, i + 1)["en-US"]} · ${part.label["en-US"]}`,
          `${signatureTitle(signature, i + 1)["zh-CN"]} · ${part.label["zh-CN"]}`,
        ),
      })),
    ),
  );
}

/** Every slot of a template outside its tables, in document order. */
export function slotsOf(template: TemplateDef): Slot[] {
  return template.blocks.flatMap((block) => {
    switch (block.type) {
      case "fields":
        return fieldSlots(block);
      case "list":
        return listSlots(block);
      case "signatures":
        return signatureSlots(block);
      case "table":
        return [];
    }
  });
}

/** The template's tables, in document order. */
export function tablesOf(template: TemplateDef): TableDef[] {
  return template.blocks.flatMap((block) => (block.type === "table" ? [block.table] : []));
}

/** The id of row `n` (from 1) of a table with an id prefix: WBS-001 … */
export function rowId(table: TableDef, n: number): string | null {
  return table.idPrefix ? `${table.idPrefix}-${String(n).padStart(3, "0")}` : null;
}

/** The key of a table cell: `<tableId>.<row>.<columnId>`, row from 1 (as `FormContent` rows and `canonicalForm`). */
export function tableCellKey(tableId: string, row: number, columnId: string): string {
  return `${tableId}.${row}.${columnId}`;
}

/** A cell of one of the template's tables, as a table-cell key names it. */
export interface TableCell {
  table: TableDef;
  /** From 1; may be beyond `table.rows` (an Excel table can have more rows than the template starts with). */
  row: number;
  column: ColumnDef;
}

/**
 * The table cell a key names, or null when the key is not `<tableId>.<row>.<columnId>` of one of the template's
 * tables and columns (slot keys such as `signatureId.1.part` have the same shape: check slots first).
 */
export function parseTableCellKey(template: TemplateDef, key: string): TableCell | null {
  const match = /^([^.]+)\.([1-9]\d*)\.([^.]+)$/.exec(key);
  if (!match) return null;
  const table = tablesOf(template).find((t) => t.id === match[1]);
  const column = table?.columns.find((c) => c.id === match[3]);
  return table && column ? { table, row: Number(match[2]), column } : null;
}

/** The table cell a key names when the pane may write it (not a formula column), else null. */
export function writableTableCell(template: TemplateDef, key: string): TableCell | null {
  const cell = parseTableCellKey(template, key);
  return cell && cell.column.kind !== "formula" && !cell.column.formula ? cell : null;
}
