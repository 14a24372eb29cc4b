import { webcrypto } from "crypto";
import {
  appendEntry,
  canonicalForm,
  EMPTY_LEDGER,
  entryRecord,
  ledgerFromRecords,
  LedgerFormatError,
  serializeLedger,
  type SignoffCrypto,
} from "../../../src/core";

const crypto = webcrypto.subtle as unknown as SignoffCrypto;

async function twoEntries() {
  const form = canonicalForm({ template: "T5", instance: "abc123", values: { changeId: "CR-1", reason: "Scope" } });
  const at = new Date("2026-11-20T09:00:00Z");
  let ledger = await appendEntry(
    EMPTY_LEDGER,
    { form, role: "lead", department: "PMO", signer: "Li Na", decision: "approve", at, keys: null },
    crypto,
  );
  ledger = await appendEntry(
    ledger,
    { form, role: "lead", department: "PMO", signer: "Li Na", decision: "reject", comment: "No", at, keys: null },
    crypto,
  );
  return ledger;
}

describe("ledger records", () => {
  it("round-trips a ledger through one record per entry, in any order", async () => {
    const ledger = await twoEntries();
    const records = ledger.entries.map((e) => entryRecord(ledger, e));
    expect(serializeLedger(ledgerFromRecords([...records].reverse()))).toBe(serializeLedger(ledger));
    expect(ledgerFromRecords([])).toEqual(EMPTY_LEDGER);
  });

  it("a record that is not an entry is refused with the ledger's own error", async () => {
    const ledger = await twoEntries();
    const records = ledger.entries.map((e) => entryRecord(ledger, e));
    expect(() => ledgerFromRecords([records[0], "not json"])).toThrow(LedgerFormatError);
    const edited = records[1].replace('"decision":"reject"', '"decision":"maybe"');
    expect(() => ledgerFromRecords([records[0], edited])).toThrow(/decision/);
  });
});
