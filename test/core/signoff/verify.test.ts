import {
  appendEntry,
  canonicalForm,
  EMPTY_LEDGER,
  entryFingerprint,
  GENESIS,
  shortCode,
  signFingerprint,
  verifyLedger,
  type CanonicalForm,
  type FindingKind,
  type Ledger,
  type LedgerEntry,
  type VerifyReport,
} from "../../../src/core/signoff";
import { getTemplate, slotsOf } from "../../../src/core/templates";
import { finding } from "../../../src/core/signoff/messages";
import { consensus, consensusInput, noEcdsa, person, sign, signAll, subtle, type Person } from "./fixtures";

const kinds = (report: VerifyReport) => report.entries.map((e) => e.findings.map((f) => f.kind));
const copy = (ledger: Ledger): LedgerEntry[] => structuredClone([...ledger.entries]);
const withEntries = (ledger: Ledger, entries: LedgerEntry[]): Ledger => ({ ...ledger, entries });

/** What a forger with the file and the published algorithm can do: renumber and rehash every entry from `from` on. */
async function recomputeChain(entries: LedgerEntry[], from = 0): Promise<LedgerEntry[]> {
  const out = structuredClone(entries);
  for (let i = from; i < out.length; i++) {
    out[i].n = i + 1;
    out[i].prev = i === 0 ? GENESIS : out[i - 1].fp;
    out[i].fp = await entryFingerprint(subtle, out[i]);
  }
  return out;
}

describe("verifyLedger", () => {
  let form: CanonicalForm;
  let liNa: Person;
  let wang: Person;
  let chen: Person;
  let ledger: Ledger;

  beforeAll(async () => {
    form = consensus();
    liNa = await person("Li Na", "Customer service");
    wang = await person("Wang Fang", "Product");
    chen = await person("Chen Jie", "Engineering");
    ledger = await signAll(form, [
      [liNa, "lead"],
      [wang, "department", "reject", "Standard 1 is not measurable"],
      [wang, "department"],
      [chen, "department"],
    ]);
  });

  test("an untouched ledger verifies: every entry ok, with what it proves", async () => {
    const report = await verifyLedger(ledger, [form], subtle);
    expect(kinds(report)).toEqual([["ok"], ["ok"], ["ok"], ["ok"]]);
    expect(report.intact).toBe(true);
    expect(report.count).toBe(4);
    expect(report.lastCode).toBe(shortCode(ledger.entries[3].fp));
    const ok = report.entries[0].findings[0];
    expect(ok.message["en-US"]).toContain(`Li Na (Customer service) with key ${report.entries[0].keyCode}`);
    expect(ok.meaning["en-US"]).toContain("does not prove who typed the name");
    expect(ok.meaning["zh-CN"]).toContain("不能证明");
    expect(report.limits.map((l) => l["en-US"]).join(" ")).toContain("Removing the latest entries");
  });

  test("a name supplied by Office is said to be so, not called verified", async () => {
    const withHost = await appendEntry(
      ledger,
      {
        form,
        role: "department",
        department: "Legal",
        signer: "Zhao Lei",
        identity: "host",
        decision: "approve",
        at: new Date(),
        keys: (await person("Zhao Lei", "Legal")).keys,
      },
      subtle,
    );
    const report = await verifyLedger(withHost, [form], subtle);
    expect(report.entries[4].findings[0].meaning["en-US"]).toContain("The name came from Office");
    expect(report.entries[0].findings[0].meaning["en-US"]).not.toContain("Office");
  });

  test("edited field: the latest signatures are stale, with the field-by-field change", async () => {
    const input = consensusInput();
    const edited = canonicalForm({ ...input, values: { ...input.values, "standards.1": "Response time ≤ 12 h" } });
    const report = await verifyLedger(ledger, [edited], subtle);
    expect(report.intact).toBe(true);
    // Wang's first (rejecting) entry is superseded by his later one, so only the latest per signer is stale.
    expect(kinds(report)).toEqual([["ok", "stale"], ["ok"], ["ok", "stale"], ["ok", "stale"]]);
    const stale = report.entries[3].findings[1];
    const standard1 = slotsOf(getTemplate("T2")).find((slot) => slot.key === "standards.1")!.label;
    expect(stale.changes).toEqual([
      {
        key: "standards.1",
        label: standard1,
        before: "Complaint response time ≤ 24 h",
        after: "Response time ≤ 12 h",
      },
    ]);
    expect(stale.message["en-US"]).toContain(
      `${standard1["en-US"]}: "Complaint response time ≤ 24 h" → "Response time ≤ 12 h"`,
    );
    expect(stale.message["zh-CN"]).toContain(`${standard1["zh-CN"]}：`);
  });

  test("edited entry: a rejection turned into an approval is caught by its fingerprint", async () => {
    const entries = copy(ledger);
    entries[1].decision = "approve";
    const report = await verifyLedger(withEntries(ledger, entries), [form], subtle);
    expect(kinds(report)[1]).toEqual(["edited"]);
    expect(report.entries[1].trusted).toBe(false);
    expect(kinds(report).filter((_, i) => i !== 1)).toEqual([["ok"], ["ok"], ["ok"]]);
    expect(report.intact).toBe(false);
  });

  test("deleted entry: the next one reports entries missing before it", async () => {
    const middle = copy(ledger).filter((_, i) => i !== 1);
    expect(kinds(await verifyLedger(withEntries(ledger, middle), [form], subtle))).toEqual([
      ["ok"],
      ["missingBefore"],
      ["ok"],
    ]);
    const first = copy(ledger).slice(1);
    const report = await verifyLedger(withEntries(ledger, first), [form], subtle);
    expect(kinds(report)[0]).toEqual(["missingBefore"]);
    expect(report.entries[0].findings[0].message["en-US"]).toContain("entry 1, which is missing");
  });

  test("reordered entries are reported as out of order", async () => {
    const entries = copy(ledger);
    [entries[1], entries[2]] = [entries[2], entries[1]];
    const report = await verifyLedger(withEntries(ledger, entries), [form], subtle);
    expect(kinds(report)[0]).toEqual(["ok"]);
    for (const i of [1, 2, 3]) expect(kinds(report)[i]).toContain("reordered");
    expect(kinds(report).flat()).not.toContain("notChained");
  });

  test("forged entry without the chain: inserted or appended, it is not part of the chain", async () => {
    const forged = structuredClone(ledger.entries[2]);
    forged.signer = "Zhao Lei";
    forged.department = "Legal";
    forged.fp = await entryFingerprint(subtle, forged);
    const inserted = copy(ledger);
    inserted.splice(2, 0, forged);
    const report = await verifyLedger(withEntries(ledger, inserted), [form], subtle);
    expect(kinds(report)[2]).toContain("notChained");
    expect(report.entries[2].trusted).toBe(false);
    expect([0, 1, 3, 4].map((i) => kinds(report)[i])).toEqual([["ok"], ["ok"], ["ok"], ["ok"]]);

    const appended = { ...forged, n: 5, prev: "f".repeat(64) };
    appended.fp = await entryFingerprint(subtle, appended);
    const tail = await verifyLedger(withEntries(ledger, [...copy(ledger), appended]), [form], subtle);
    expect(kinds(tail)[4]).toContain("notChained");
  });

  test("recomputed chain with a copied public key: the signatures do not verify", async () => {
    const entries = copy(ledger);
    entries[1].decision = "approve";
    entries[1].comment = "";
    const rebuilt = await recomputeChain(entries, 1);
    const report = await verifyLedger(withEntries(ledger, rebuilt), [form], subtle);
    expect(kinds(report)).toEqual([["ok"], ["badSignature"], ["badSignature"], ["badSignature"]]);
    expect(report.entries[1].findings[0].meaning["en-US"]).toContain("copying the signer's public key");

    // A new entry in Chen's name, correctly chained, carrying Chen's public key but signed with another key.
    const mallory = await person("Mallory", "Engineering");
    const fake = await appendEntry(
      ledger,
      {
        form,
        role: "department",
        department: "Engineering",
        signer: "Chen Jie",
        decision: "reject",
        comment: "no",
        at: new Date(),
        keys: mallory.keys,
      },
      subtle,
    );
    const last = fake.entries[4];
    last.key = ledger.entries[3].key;
    last.fp = await entryFingerprint(subtle, last);
    last.sig = await signFingerprint(subtle, mallory.keys!.privateKey, last.fp);
    expect(kinds(await verifyLedger(fake, [form], subtle))[4]).toEqual(["badSignature"]);
  });

  test("recomputed chain signed with a fresh key in a known signer's name: reported as a new key", async () => {
    const impostor = await person("Chen Jie", "Engineering");
    const forged = await sign(ledger, impostor, form, "department", "reject", "Forged rejection");
    const report = await verifyLedger(forged, [form], subtle);
    expect(kinds(report)[4]).toEqual(["newKey"]);
    expect(report.entries[4].trusted).toBe(true);
    expect(report.entries[4].findings[0].message["en-US"]).toContain("new device or browser?");
    expect(report.entries[4].findings[0].severity).toBe("warning");

    // The first key a signer uses is simply ok: there is nothing to compare with yet.
    const zhao = await person("Zhao Lei", "Legal");
    expect(kinds(await verifyLedger(await sign(ledger, zhao, form, "department"), [form], subtle))[4]).toEqual(["ok"]);
  });

  test("a key first seen on a broken entry does not vouch for a later entry", async () => {
    const impostor = await person("Chen Jie", "Engineering");
    const first = await sign(ledger, impostor, form, "department", "reject", "Forged");
    const entries = copy(first);
    entries[4].comment = "Edited after signing";
    const second = await sign(withEntries(first, entries), impostor, form, "department", "reject", "Forged again");
    const report = await verifyLedger(second, [form], subtle);
    expect(kinds(report)[4]).toEqual(["edited", "newKey"]);
    expect(kinds(report)[5]).toEqual(["newKey"]);
  });

  test("a key already used by another signer is reported", async () => {
    const onBehalf = await sign(ledger, { ...liNa, name: "Zhao Lei", department: "Legal" }, form, "department");
    const report = await verifyLedger(onBehalf, [form], subtle);
    expect(kinds(report)[4]).toEqual(["keyOfAnotherSigner"]);
    expect(report.entries[4].findings[0].message["en-US"]).toContain("Li Na (Customer service)");
  });

  test("no ECDSA: entries verify as chain-only with an honest message, and a key-less entry by a known key holder is a warning", async () => {
    const sun = await person("Sun Li", "Legal", noEcdsa);
    let keyless = await sign(EMPTY_LEDGER, sun, form, "department", "approve", "", noEcdsa);
    keyless = await sign(keyless, sun, form, "department", "approve", "", noEcdsa);
    const report = await verifyLedger(keyless, [form], subtle);
    expect(kinds(report)).toEqual([["noKey"], ["noKey"]]);
    expect(report.intact).toBe(true);
    expect(report.entries[0].keyCode).toBeNull();
    expect(report.entries[0].findings[0].meaning["en-US"]).toContain("Protected by the chain only");
    expect(report.entries[0].findings[0].meaning["zh-CN"]).toContain("仅受记录链保护");

    const edited = copy(keyless);
    edited[0].decision = "reject";
    expect(kinds(await verifyLedger(withEntries(keyless, edited), [form], subtle))[0]).toContain("edited");

    const downgrade = await sign(ledger, { ...wang, keys: null }, form, "department", "approve", "", noEcdsa);
    expect(kinds(await verifyLedger(downgrade, [form], subtle))[4]).toEqual(["noKeyKnownSigner"]);
  });

  test("an altered copy of the signed content is reported; staleness still follows the fingerprint", async () => {
    const content = ledger.entries[0].content;
    const altered = { ...ledger, snapshots: { [content]: { ...ledger.snapshots[content], projectName: "Other" } } };
    const input = consensusInput();
    const edited = canonicalForm({ ...input, values: { ...input.values, projectName: "Renamed" } });
    const report = await verifyLedger(altered, [edited], subtle);
    expect(kinds(report)[0]).toEqual(["snapshotAltered", "stale"]);
    expect(report.entries[0].findings[1].changes).toBeUndefined();
  });

  test("known limit: dropping the latest entries leaves a valid chain, so count and last code are reported", async () => {
    const truncated = withEntries(ledger, copy(ledger).slice(0, 3));
    const report = await verifyLedger(truncated, [form], subtle);
    expect(report.intact).toBe(true);
    expect(report.count).toBe(3);
    expect(report.lastCode).not.toBe((await verifyLedger(ledger, [form], subtle)).lastCode);
  });
});

test("every finding kind has a message and a meaning in both languages", () => {
  const each: FindingKind[] = [
    ...["ok", "noKey", "noKeyKnownSigner", "edited", "missingBefore", "reordered", "notChained"],
    ...["badSignature", "newKey", "keyOfAnotherSigner", "snapshotAltered", "stale"],
  ] as FindingKind[];
  for (const kind of each) {
    const f = finding(kind, { who: "Li Na (CS)", n: 2, key: "AAAA-BBBB", other: "Wang" });
    expect(f.kind).toBe(kind);
    for (const text of [f.message, f.meaning]) {
      expect(text["en-US"]).toMatch(/[A-Za-z]/);
      expect(text["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    }
  }
});
