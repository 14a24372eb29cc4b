import { bi, type Bilingual, getTemplate, slotsOf, type TemplateId } from "../templates";

/** One signed value that differs between two contents; null = blank. Values are canonical (choices by id). */
export interface FieldChange {
  key: string;
  label: Bilingual;
  before: string | null;
  after: string | null;
}

type Rank = readonly number[];

/** Label and document-order rank of every signed key of a template, table cells included. */
function describeKey(template: TemplateId): (key: string) => { label: Bilingual; rank: Rank } {
  const def = getTemplate(template);
  const blockIndex = new Map(def.blocks.map((b, i) => [b.type === "table" ? b.table.id : b.id, i]));
  const slots = new Map(slotsOf(def).map((slot, i) => [slot.key, { slot, i }]));
  return (key) => {
    const found = slots.get(key);
    if (found) return { label: found.slot.label, rank: [blockIndex.get(found.slot.blockId) ?? -1, found.i] };
    const [tableId, row, columnId] = key.split(".");
    const block = def.blocks.find((b) => b.type === "table" && b.table.id === tableId);
    const column = block?.type === "table" ? block.table.columns.findIndex((c) => c.id === columnId) : -1;
    if (block?.type !== "table" || column < 0) return { label: bi(key, key), rank: [Infinity] };
    const title = block.table.title;
    const columnLabel = block.table.columns[column].label;
    return {
      label: bi(
        `${title["en-US"]}, row ${row} · ${columnLabel["en-US"]}`,
        `${title["zh-CN"]} 第 ${row} 行 · ${columnLabel["zh-CN"]}`,
      ),
      rank: [blockIndex.get(tableId) ?? -1, Number(row), column],
    };
  };
}

function compareRanks(a: Rank, b: Rank): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** What changed from `before` to `after`, field by field in document order. */
export function diffFields(
  template: TemplateId,
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): FieldChange[] {
  const describe = describeKey(template);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]);
  return keys
    .map((key) => ({ key, ...describe(key), before: before[key] ?? null, after: after[key] ?? null }))
    .sort((a, b) => compareRanks(a.rank, b.rank))
    .map(({ key, label, before: old, after: now }) => ({ key, label, before: old, after: now }));
}
