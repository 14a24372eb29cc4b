import type { CanonicalForm } from "./canonical";
import { diffFields } from "./diff";
import { contentFingerprint, GENESIS, shortCode, type SignoffCrypto } from "./fingerprint";
import { nameKey, personKey } from "./identity";
import { keyFingerprint, type PublicKeyJwk, sameKey, verifyFingerprint } from "./keys";
import { entryFingerprint, type Ledger, type LedgerEntry } from "./ledger";
import { finding, type Finding, type FindingParams, VERIFY_LIMITS, who } from "./messages";
import type { Bilingual } from "../templates";

export interface EntryReport {
  entry: LedgerEntry;
  /** Short code of the entry's public key; null for an entry signed without a key. */
  keyCode: string | null;
  findings: Finding[];
  /** No error: the entry counts as a signature. */
  trusted: boolean;
}

export interface VerifyReport {
  entries: EntryReport[];
  /** Every entry trusted. */
  intact: boolean;
  /** Entry count and short code of the last fingerprint, to compare with a copy kept elsewhere. */
  count: number;
  lastCode: string | null;
  limits: readonly Bilingual[];
}

/**
 * Entries that sit between two chained entries without any entry pointing at them: added to the file afterwards.
 * A moved entry is not among them, because the entry that followed it still points at it.
 */
function insertedEntries(entries: readonly LedgerEntry[]): Set<number> {
  const followed = new Set(entries.map((e) => e.prev));
  const index = new Map(entries.map((e, i) => [e.fp, i] as const).reverse());
  const inserted = new Set<number>();
  entries.forEach((entry, i) => {
    const j = entry.prev === GENESIS ? -1 : index.get(entry.prev);
    if (j === undefined || j >= i - 1) return;
    const between = entries.slice(j + 1, i);
    if (between.every((e) => !followed.has(e.fp))) for (let k = j + 1; k < i; k++) inserted.add(k);
  });
  return inserted;
}

/** Chain findings: edited entries, inserted entries, missing entries, reordering. */
async function chainFindings(
  entries: readonly LedgerEntry[],
  crypto: SignoffCrypto,
  params: (e: LedgerEntry) => FindingParams,
): Promise<Finding[][]> {
  const inserted = insertedEntries(entries);
  const known = new Set(entries.map((e) => e.fp));
  const findings: Finding[][] = entries.map(() => []);
  let previous: LedgerEntry | null = null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if ((await entryFingerprint(crypto, entry)) !== entry.fp) findings[i].push(finding("edited", params(entry)));
    if (inserted.has(i)) {
      findings[i].push(finding("notChained", params(entry)));
      continue;
    }
    if (entry.prev !== (previous ? previous.fp : GENESIS)) {
      const expectedN = previous ? previous.n + 1 : 1;
      if (known.has(entry.prev) || entry.prev === GENESIS) findings[i].push(finding("reordered", params(entry)));
      else if (entry.n > expectedN) findings[i].push(finding("missingBefore", params(entry)));
      else findings[i].push(finding("notChained", params(entry)));
    }
    previous = entry;
  }
  return findings;
}

const isError = (f: Finding) => f.severity === "error";

/** Key findings, in chain order: bad signatures, new keys for known signers, a key used by two people, no key. */
async function keyFindings(
  entries: readonly LedgerEntry[],
  chain: Finding[][],
  crypto: SignoffCrypto,
  params: (e: LedgerEntry) => FindingParams,
): Promise<{ findings: Finding[][]; codes: Array<string | null> }> {
  const keysOf = new Map<string, PublicKeyJwk[]>();
  const ownerOf = new Map<string, LedgerEntry>();
  const findings: Finding[][] = entries.map(() => []);
  const codes: Array<string | null> = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const person = personKey(entry.signer, entry.department);
    const seen = keysOf.get(person) ?? [];
    if (!entry.key || !entry.sig) {
      codes.push(null);
      findings[i].push(finding(seen.length ? "noKeyKnownSigner" : "noKey", params(entry)));
      continue;
    }
    const code = shortCode(await keyFingerprint(crypto, entry.key));
    codes.push(code);
    const p = { ...params(entry), key: code };
    if (!(await verifyFingerprint(crypto, entry.key, entry.fp, entry.sig))) {
      findings[i].push(finding("badSignature", p));
      continue;
    }
    if (seen.length && !seen.some((k) => sameKey(k, entry.key as PublicKeyJwk))) findings[i].push(finding("newKey", p));
    const owner = ownerOf.get(`${entry.key.x}.${entry.key.y}`);
    if (owner && personKey(owner.signer, owner.department) !== person) {
      findings[i].push(finding("keyOfAnotherSigner", { ...p, other: who(owner.signer, owner.department) }));
    }
    // Only keys of sound entries become "known", so a forged entry cannot vouch for a later one.
    if (chain[i].some(isError)) continue;
    keysOf.set(person, [...seen, entry.key]);
    if (!owner) ownerOf.set(`${entry.key.x}.${entry.key.y}`, entry);
  }
  return { findings, codes };
}

const sameForm = (e: LedgerEntry, f: CanonicalForm) => e.form.template === f.template && e.form.instance === f.instance;

/** The latest trusted entry of each signer slot (form, role, department) whose content is not the form's now. */
async function staleFindings(
  ledger: Ledger,
  trusted: readonly boolean[],
  current: readonly CanonicalForm[],
  crypto: SignoffCrypto,
  params: (e: LedgerEntry) => FindingParams,
): Promise<Map<number, Finding[]>> {
  const latest = new Map<string, number>();
  ledger.entries.forEach((e, i) => {
    if (trusted[i]) latest.set(`${e.form.template}:${e.form.instance}:${e.role}:${nameKey(e.department)}`, i);
  });
  const result = new Map<number, Finding[]>();
  for (const form of current) {
    const now = await contentFingerprint(crypto, form);
    for (const i of latest.values()) {
      const entry = ledger.entries[i];
      if (!sameForm(entry, form)) continue;
      const list: Finding[] = [];
      const snapshot = ledger.snapshots[entry.content];
      const snapshotOk =
        snapshot !== undefined &&
        (await contentFingerprint(crypto, { ...entry.form, fields: snapshot })) === entry.content;
      if (snapshot !== undefined && !snapshotOk) list.push(finding("snapshotAltered", params(entry)));
      if (entry.content !== now) {
        const changes = snapshotOk ? diffFields(form.template, snapshot, form.fields) : undefined;
        list.push(finding("stale", { ...params(entry), changes }));
      }
      if (list.length) result.set(i, list);
    }
  }
  return result;
}

/**
 * Checks a ledger: the hash chain, each entry's signature and key history, and, for the forms given in `current`, whether
 * the latest signatures still match their content. Every finding says what it proves in both languages.
 */
export async function verifyLedger(
  ledger: Ledger,
  current: readonly CanonicalForm[],
  crypto: SignoffCrypto,
): Promise<VerifyReport> {
  const { entries } = ledger;
  const params = (e: LedgerEntry): FindingParams => ({
    who: who(e.signer, e.department),
    n: e.n,
    hostIdentity: e.identity === "host",
  });
  const chain = await chainFindings(entries, crypto, params);
  const keys = await keyFindings(entries, chain, crypto, params);
  const integrity = entries.map((_, i) => [...chain[i], ...keys.findings[i]]);
  const trusted = integrity.map((list) => !list.some(isError));
  const stale = await staleFindings(ledger, trusted, current, crypto, params);
  const reports = entries.map((entry, i): EntryReport => {
    const findings = [...integrity[i], ...(stale.get(i) ?? [])];
    const sound = findings.length === 0 || findings.every((f) => f.kind === "stale");
    if (sound) findings.unshift(finding("ok", { ...params(entry), key: keys.codes[i] ?? "" }));
    return { entry, keyCode: keys.codes[i], findings, trusted: trusted[i] };
  });
  const last = entries[entries.length - 1];
  return {
    entries: reports,
    intact: trusted.every(Boolean),
    count: entries.length,
    lastCode: last ? shortCode(last.fp) : null,
    limits: VERIFY_LIMITS,
  };
}
