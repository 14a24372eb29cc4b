/**
 * Where the Excel host keeps the sign-off ledger, and why.
 *
 * The ledger is a table, `Concord_Ledger`, on a visible sheet "Concord sign-off record" / "Concord 签字记录" (in the
 * language of the first form signed; found again by the table's name, so renaming the sheet is harmless). One row per
 * entry: No., form, department, role, signer, decision, comment, time (UTC) and the short code, readable by anyone
 * without the add-in, and the Record column with the entry itself (`entryRecord`: compact JSON with the content it
 * signed). Only the Record column is evidence; the other columns are a courtesy for people, rebuilt from it.
 *
 * - Cells, not settings or custom XML: Excel co-authoring merges workbook content (cells, tables) between authors,
 *   while document settings are one bag per add-in instance that co-authors overwrite, and custom XML parts have no
 *   co-authoring statement and break Undo (see docs/en-US/sign-off-storage.md for the sources).
 * - Appended, never rewritten: a signature writes `Range.values` into the row just below the table, and Excel's table
 *   auto-expansion takes the row in. Microsoft's co-authoring guidance says `TableRowCollection.add` causes merge
 *   conflicts between co-authors and recommends exactly this (no data validation below the table; the row must hold
 *   data). Earlier rows are never touched, so two people signing only ever add rows.
 * - Visible, not hidden: a hidden sheet gives no protection (anyone can unhide it) and hides the evidence from the
 *   people it concerns. The sheet is not protected either: worksheet protection would make every append an
 *   unprotect/protect pair, a password the add-in ships is no secret, and tampering is detected anyway (the hash chain
 *   and the signers' ECDSA signatures, `verifyLedger`).
 * - User text is inert: every text column is formatted as Text ("@") before the row's values are written.
 * - A cell holds at most 32,767 characters. A record longer than that is stored without the snapshot of the content it
 *   signed (the entry keeps the content's fingerprint, so verification is unchanged; only the field-by-field diff of a
 *   later change is unavailable for that entry).
 */
import {
  bi,
  getTemplate,
  LocalizedError,
  stableJson,
  type Bilingual,
  type Language,
  type SignerRole,
  type TemplateId,
} from "../../core";
import type { SignatureView } from "../types";
import { TEXT_FORMAT } from "./user-text";

export const LEDGER_TABLE = "Concord_Ledger";

export const LEDGER_SHEET: Readonly<Record<Language, string>> = {
  "en-US": "Concord sign-off record",
  "zh-CN": "Concord 签字记录",
};

/** Excel's limit on the text in one cell. */
export const MAX_CELL_TEXT = 32767;

const COLUMNS = {
  n: bi("No.", "序号"),
  form: bi("Form", "表单"),
  department: bi("Department", "部门"),
  role: bi("Role", "角色"),
  signer: bi("Signer", "签字人"),
  decision: bi("Decision", "意见"),
  comment: bi("Comment", "说明"),
  at: bi("Time (UTC)", "时间（UTC）"),
  code: bi("Code", "指纹码"),
  record: bi("Record (do not edit)", "记录（请勿修改）"),
} as const satisfies Record<string, Bilingual>;

export type LedgerColumn = keyof typeof COLUMNS;
export const LEDGER_COLUMNS = Object.keys(COLUMNS) as LedgerColumn[];

/** Column widths in points, in column order. */
export const LEDGER_WIDTHS: Readonly<Record<LedgerColumn, number>> = {
  n: 36,
  form: 150,
  department: 110,
  role: 130,
  signer: 100,
  decision: 60,
  comment: 180,
  at: 120,
  code: 80,
  record: 240,
};

const ROLES: Readonly<Record<SignerRole, Bilingual>> = {
  initiatingHead: bi("Initiating department head", "发起部门负责人"),
  lead: bi("Collaboration lead", "协作牵头人"),
  department: bi("Department head", "部门负责人"),
  requester: bi("Requesting side", "需求方"),
};

const DECISIONS = { approve: bi("Approve", "同意"), reject: bi("Reject", "不同意") } as const;

/** The text above the table: a title and what the sheet is. */
export const LEDGER_INTRO: Readonly<Record<Language, [string, string]>> = {
  "en-US": [
    "Concord sign-off record",
    "One row per signature, written by the Concord add-in when someone signs. Do not edit or delete rows (sorting is harmless): " +
      "Concord's Verify reports any change. The last column holds the signed entry itself.",
  ],
  "zh-CN": [
    "Concord 签字记录",
    "每行是一次签字，由 Concord 加载项在签字时写入。请勿修改或删除行（排序无妨）：Concord 的“校验”会报告任何改动。最后一列是签字记录本身。",
  ],
};

/** Row (0-based) of the table's header on a new ledger sheet: under the title, the note and a spacer. */
export const LEDGER_HEADER_ROW = 3;

export function ledgerHeaders(language: Language): string[] {
  return LEDGER_COLUMNS.map((c) => COLUMNS[c][language]);
}

/**
 * Where each ledger column is, by its header in either language (people may move columns); a column that is not
 * found is -1. A table with the ledger's column count whose headers were all renamed maps by position.
 */
export function ledgerPositions(headers: readonly unknown[]): Map<LedgerColumn, number> {
  const texts = headers.map((h) => String(h).trim().toLowerCase());
  const positions = new Map<LedgerColumn, number>();
  LEDGER_COLUMNS.forEach((column, i) => {
    const labels = Object.values(COLUMNS[column]).map((l) => l.toLowerCase());
    const at = texts.findIndex((t) => labels.includes(t));
    positions.set(column, at >= 0 ? at : texts.length === LEDGER_COLUMNS.length ? i : -1);
  });
  return positions;
}

/** The records in the table's rows, in sheet order; blank record cells are skipped. */
export function recordsFrom(headers: readonly unknown[], rows: readonly (readonly unknown[])[]): string[] {
  const at = ledgerPositions(headers).get("record") ?? -1;
  if (at < 0) return [];
  return rows.map((row) => row[at]).flatMap((v) => (v === null || v === undefined || v === "" ? [] : [String(v)]));
}

/** The parts of a stored record the visible columns show. */
interface StoredEntry {
  n: number;
  role: SignerRole;
  form: { template: TemplateId; instance: string };
}

function parseEntry(record: string): StoredEntry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(record);
  } catch {
    throw new TypeError("a ledger record is the JSON of entryRecord()");
  }
  const entry = (parsed as { entry?: Partial<StoredEntry> } | null)?.entry;
  if (!entry || typeof entry.n !== "number" || !entry.role || !(entry.role in ROLES) || !entry.form) {
    throw new TypeError("a ledger record is the JSON of entryRecord()");
  }
  return entry as StoredEntry;
}

/** The record as it fits into one cell (without its snapshot when too long); throws when even that does not fit. */
export function fitRecord(record: string): string {
  if (record.length <= MAX_CELL_TEXT) return record;
  const parsed = JSON.parse(record) as { entry: unknown };
  const slim = stableJson({ entry: parsed.entry, snapshot: null });
  if (slim.length <= MAX_CELL_TEXT) return slim;
  throw new LocalizedError({
    "en-US":
      "This signature is too long to store in one Excel cell (32,767 characters): shorten the comment or the signer's " +
      "name, then sign again. Nothing was written.",
    "zh-CN": "此签字内容超过 Excel 单元格的上限（32,767 个字符）：请缩短说明或签字人姓名后重新签字。未写入任何内容。",
  });
}

/** "2026-11-20T09:00:00.000Z" as "2026-11-20 09:00:00". */
function utcText(iso: string): string {
  return iso.replace("T", " ").replace(/\.\d+Z$|Z$/, "");
}

/** The ledger row of one signature, by column: what people read, and the record itself. */
export function ledgerRow(
  record: string,
  view: SignatureView,
  language: Language,
): Record<LedgerColumn, string | number> {
  const entry = parseEntry(record);
  const template = getTemplate(entry.form.template);
  return {
    n: entry.n,
    form: `${template.id} ${template.name[language]} (${entry.form.instance})`,
    department: view.department,
    role: ROLES[entry.role][language],
    signer: view.signer,
    decision: DECISIONS[view.decision][language],
    comment: view.comment,
    at: utcText(view.at),
    code: view.code,
    record,
  };
}

/** The instance a record belongs to. */
export function recordInstance(record: string): { template: TemplateId; instance: string } {
  return parseEntry(record).form;
}

/** The decision as the form's decision cell shows it (the template's choice label). */
export function decisionLabel(decision: SignatureView["decision"], language: Language): string {
  return DECISIONS[decision][language];
}

/**
 * The values and number formats of a ledger row laid out on `positions` over `width` columns: null leaves a cell
 * alone (a column people added); text columns get the Text format, the entry number stays a number.
 */
export function rowGrid(
  row: Record<LedgerColumn, string | number>,
  positions: Map<LedgerColumn, number>,
  width: number,
): { values: (string | number | null)[][]; formats: (string | null)[][] } {
  const values: (string | number | null)[] = Array.from({ length: width }, () => null);
  const formats: (string | null)[] = Array.from({ length: width }, () => null);
  for (const column of LEDGER_COLUMNS) {
    const at = positions.get(column) ?? -1;
    if (at < 0 || at >= width) continue;
    values[at] = row[column];
    if (typeof row[column] === "string") formats[at] = TEXT_FORMAT;
  }
  return { values: [values], formats: [formats] };
}

/** A1 letters of a 0-based column (the ledger has ten). */
export function columnLetter(col: number): string {
  return String.fromCharCode(65 + col);
}
