import { bi, type Bilingual, isTemplateId } from "../templates";
import { stableJson } from "./canonical";
import { fromBase64Url } from "./encoding";
import type { PublicKeyJwk } from "./keys";
import { type Ledger, type LedgerEntry, SIGNER_ROLES, SignoffError } from "./ledger";

/** The format of the stored ledger; a file written by a newer Concord is refused rather than misread. */
export const LEDGER_FORMAT = 1;

/** The ledger as stored in the document: compact JSON, keys sorted, so the same ledger is always the same text. */
export function serializeLedger(ledger: Ledger): string {
  return stableJson({ concordLedger: LEDGER_FORMAT, entries: ledger.entries, snapshots: ledger.snapshots });
}

/** A stored ledger that cannot be read: the message names the entry and member. */
export class LedgerFormatError extends SignoffError {
  constructor(messages: Bilingual) {
    super(messages);
    this.name = "LedgerFormatError";
  }
}

type Json = Record<string, unknown>;

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ENTRY_KEYS = [
  ...["v", "n", "form", "role", "department", "signer", "identity", "decision", "comment", "at"],
  ...["content", "prev", "key", "fp", "sig"],
];

function fail(where: Bilingual, problem: Bilingual): never {
  throw new LedgerFormatError(
    bi(`Sign-off record: ${where["en-US"]} ${problem["en-US"]}`, `签字记录：${where["zh-CN"]}${problem["zh-CN"]}`),
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function exactMembers(value: unknown, keys: readonly string[], where: Bilingual): Json {
  if (!isObject(value)) fail(where, bi("is not an object.", "不是对象。"));
  for (const key of keys) if (!(key in value)) fail(where, bi(`has no "${key}".`, `缺少 "${key}"。`));
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) fail(where, bi(`has an unknown member "${key}".`, `含有未知成员 "${key}"。`));
  }
  return value;
}

function check(ok: boolean, where: Bilingual, member: string, expected: Bilingual): void {
  if (!ok) fail(where, bi(`"${member}" must be ${expected["en-US"]}.`, `"${member}" 必须是${expected["zh-CN"]}。`));
}

const HEX = bi("64 lowercase hex digits", " 64 位小写十六进制数");
const TEXT = bi("text", "文本");
const INSTANCE = bi("an instance id (6 lowercase letters or digits)", "实例编号（6 位小写字母或数字）");

function parseKey(value: unknown, where: Bilingual): PublicKeyJwk | null {
  if (value === null) return null;
  const key = exactMembers(value, ["kty", "crv", "x", "y"], bi(`${where["en-US"]} "key"`, `${where["zh-CN"]}的 "key"`));
  const coordinate = (c: unknown) => typeof c === "string" && fromBase64Url(c)?.length === 32;
  check(key.kty === "EC" && key.crv === "P-256", where, "key", bi("an EC P-256 key", " EC P-256 密钥"));
  check(coordinate(key.x) && coordinate(key.y), where, "key", bi("32-byte base64url x and y", " 32 字节的 x、y"));
  return key as unknown as PublicKeyJwk;
}

function parseEntry(value: unknown, index: number): LedgerEntry {
  const where = bi(`entry ${index + 1}`, `第 ${index + 1} 条记录`);
  const e = exactMembers(value, ENTRY_KEYS, where);
  check(e.v === 1, where, "v", bi("1 (a newer Concord wrote this entry)", " 1（此记录由更新版本的 Concord 写入）"));
  check(Number.isInteger(e.n) && (e.n as number) > 0, where, "n", bi("a whole number from 1", "从 1 起的整数"));
  const form = exactMembers(
    e.form,
    ["template", "instance", "version"],
    bi(`${where["en-US"]} "form"`, `${where["zh-CN"]}的 "form"`),
  );
  check(isTemplateId(form.template), where, "form.template", bi("T1…T8", " T1…T8"));
  check(
    typeof form.instance === "string" && /^[a-z][a-z0-9]{5}$/.test(form.instance),
    where,
    "form.instance",
    INSTANCE,
  );
  check(Number.isInteger(form.version) && (form.version as number) > 0, where, "form.version", bi("a number", "数字"));
  check(SIGNER_ROLES.includes(e.role as never), where, "role", bi(SIGNER_ROLES.join(" / "), SIGNER_ROLES.join(" / ")));
  for (const member of ["department", "signer", "comment"]) check(typeof e[member] === "string", where, member, TEXT);
  check(e.identity === "self" || e.identity === "host", where, "identity", bi("self or host", " self 或 host"));
  check(
    e.decision === "approve" || e.decision === "reject",
    where,
    "decision",
    bi("approve or reject", " approve 或 reject"),
  );
  check(typeof e.at === "string" && ISO_UTC.test(e.at), where, "at", bi("a UTC time", " UTC 时间"));
  for (const member of ["content", "prev", "fp"])
    check(typeof e[member] === "string" && HEX64.test(e[member] as string), where, member, HEX);
  const key = parseKey(e.key, where);
  const sig = e.sig;
  check(
    key === null ? sig === null : typeof sig === "string" && fromBase64Url(sig) !== null,
    where,
    "sig",
    bi("a base64url signature with a key, null without", "有密钥时为 base64url 签名，无密钥时为 null"),
  );
  return { ...(e as unknown as LedgerEntry), key };
}

function parseSnapshots(value: unknown): Ledger["snapshots"] {
  const where = bi('"snapshots"', '"snapshots"');
  if (!isObject(value)) fail(where, bi("is not an object.", "不是对象。"));
  for (const [hash, fields] of Object.entries(value)) {
    check(HEX64.test(hash), where, hash, HEX);
    check(isObject(fields) && Object.values(fields).every((f) => typeof f === "string"), where, hash, TEXT);
  }
  return value as Ledger["snapshots"];
}

/** The ledger from its stored text; throws `LedgerFormatError` for anything that is not a well-formed ledger. */
export function parseLedger(text: string): Ledger {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new LedgerFormatError(bi("The sign-off record is not valid JSON.", "签字记录不是有效的 JSON。"));
  }
  if (isObject(data) && typeof data.concordLedger === "number" && data.concordLedger > LEDGER_FORMAT) {
    throw new LedgerFormatError(
      bi(
        "The sign-off record was written by a newer version of Concord: update the add-in to read it.",
        "签字记录由更新版本的 Concord 写入：请更新加载项后再读取。",
      ),
    );
  }
  const top = exactMembers(data, ["concordLedger", "entries", "snapshots"], bi("the record", "记录"));
  check(top.concordLedger === LEDGER_FORMAT, bi("the record", "记录"), "concordLedger", bi("1", " 1"));
  if (!Array.isArray(top.entries)) fail(bi('"entries"', '"entries"'), bi("is not a list.", "不是列表。"));
  return { entries: top.entries.map(parseEntry), snapshots: parseSnapshots(top.snapshots) };
}
