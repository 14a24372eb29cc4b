import { bi, COMMON } from "./text";
import type { Bilingual, Block, FieldDef, SignatureDef, TableDef, TemplateDef } from "./types";

/** The parts of one signature block, in the order they are shown. */
export const SIGNATURE_PARTS = [
  { id: "signer", label: COMMON.signer, kind: "text" },
  { id: "department", label: COMMON.department, kind: "text" },
  { id: "decision", label: COMMON.decision, kind: "text" },
  { id: "comment", label: COMMON.comment, kind: "text" },
  { id: "date", label: COMMON.date, kind: "date" },
] as const;

export type SignaturePart = (typeof SIGNATURE_PARTS)[number]["id"];

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
        field: { id: part.id, label: part.label, kind: part.kind },
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
