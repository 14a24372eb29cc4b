/**
 * Where a Word document keeps its sign-off ledger, and why.
 *
 * One content control per ledger record (`entryRecord`: the entry and the content it signed, as JSON), tagged
 * `concord:<template>:<instance>:_ledger:<n>` (n = the entry's number in the file's one hash chain), hidden
 * (w:vanish on its text and on its paragraph mark), locked against editing and deletion (w:lock sdtContentLocked),
 * in a paragraph of its own at the end of the signed form's wrapper control. Signing adds a control; nothing ever
 * rewrites or removes one.
 *
 * - Content controls are ordinary document content: saved, reopened, copied and co-authored with the form, and the
 *   one store whose change events fire for co-authors' edits. Custom XML parts and document settings have open
 *   co-authoring and Word-on-the-web bugs (parts over 1 MB unreadable on the web, a whole-bag settings model that
 *   overwrites a co-author's values), so neither holds the ledger.
 * - One control per record, appended: two people signing at once each add their own control, and co-authoring merges
 *   two insertions; one shared control rewritten by both would keep only the last writer's ledger.
 * - Inside the form's wrapper: the records travel with the form they sign. The chain still spans the whole file
 *   (`ledgerFromRecords` orders all records by entry number), so deleting a signed form is reported by "Verify" as
 *   missing entries, like deleting a record.
 * - Hidden, not absent: Word shows the records with hidden text turned on, and anyone can read them without the
 *   add-in; the form's signature block shows the same signature in words (signer, decision, UTC time, short code).
 * - A copy of a form copies its records: an identical record read twice is one entry (`distinctRecords`), so copying
 *   a signed form does not read as a forged duplicate.
 */
import { wordTag, type Language, type TemplateId } from "../../core";
import { flatOpc, inlineSdt, paragraph } from "../../render/word";

const LEDGER_PREFIX = "_ledger:";
const HIDDEN = "<w:vanish/>";

/** The tag of the `n`th ledger record, kept in the form it signs. */
export function ledgerTag(template: TemplateId, instance: string, n: number): string {
  return wordTag(template, instance, `${LEDGER_PREFIX}${n}`);
}

/** Whether a tag's key (`parseWordTag(...).key`) is a ledger record's. */
export function isLedgerKey(key: string | null): boolean {
  return key !== null && key.startsWith(LEDGER_PREFIX);
}

/** The control's title (Word limits titles to 64 characters). */
export function ledgerTitle(n: number, language: Language): string {
  return language === "zh-CN" ? `Concord 签字记录 ${n}` : `Concord sign-off record ${n}`;
}

/** The entry number a stored record carries (`entry.n`), or null when the text is not a record. */
export function entryNumberOf(record: string): number | null {
  try {
    const n = (JSON.parse(record) as { entry?: { n?: unknown } } | null)?.entry?.n;
    return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

/** The Flat OPC package of one record: a hidden paragraph holding the hidden, locked record control. */
export function ledgerRecordPackage(tag: string, title: string, record: string, language: Language): string {
  const control = inlineSdt(
    { tag, alias: title, control: { type: "richText" }, text: record, placeholder: null, rPr: HIDDEN, locked: true },
    language,
  );
  return flatOpc(paragraph(control, `<w:rPr>${HIDDEN}</w:rPr>`));
}

/** Records in document order, each distinct text once (a copied form repeats its records verbatim). */
export function distinctRecords(texts: Iterable<string>): string[] {
  return [...new Set(texts)];
}
