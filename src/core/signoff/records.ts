/**
 * The ledger as a file stores it: one record per entry, appended and never rewritten, so two people signing the same
 * file only ever add (Excel co-authoring merges appended rows; Word keeps one content control per entry). A record is
 * the entry plus the content it signed, as compact JSON; the ledger is rebuilt from the records in entry order.
 */
import { stableJson } from "./canonical";
import { LocalizedError } from "../errors";
import { bi, type Bilingual } from "../templates";
import { EMPTY_LEDGER, type Ledger, type LedgerEntry } from "./ledger";
import { LEDGER_FORMAT, parseLedger } from "./serialize";

/** The stored text of `entry`, with the signed content it points at (when the ledger kept it). */
export function entryRecord(ledger: Ledger, entry: LedgerEntry): string {
  const snapshot = ledger.snapshots[entry.content];
  return stableJson({ entry, snapshot: snapshot ?? null });
}

/** The ledger from its records, in any order (sorted by entry number); throws `LedgerFormatError` on a bad one. */
export function ledgerFromRecords(records: readonly string[]): Ledger {
  const entries: unknown[] = [];
  const snapshots: Record<string, unknown> = {};
  for (const text of records) {
    const record = parseRecord(text);
    // A record that is not JSON at all is kept as is, so parseLedger reports it as a malformed entry.
    const entry = record?.entry ?? text;
    entries.push(entry);
    if (record?.snapshot && typeof record.entry?.content === "string")
      snapshots[record.entry.content] = record.snapshot;
  }
  const ordered = [...entries].sort((a, b) => numberOf(a) - numberOf(b));
  return parseLedger(stableJson({ concordLedger: LEDGER_FORMAT, entries: ordered, snapshots }));
}

interface StoredRecord {
  entry?: { content?: unknown };
  snapshot?: unknown;
}

function parseRecord(text: string): StoredRecord | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as StoredRecord) : null;
  } catch {
    return null;
  }
}

function numberOf(entry: unknown): number {
  const n = (entry as { n?: unknown } | null)?.n;
  return typeof n === "number" ? n : Number.MAX_SAFE_INTEGER;
}

/**
 * The ledger from records of which some may be unreadable (damaged by hand, written by a newer Concord): those are
 * left out and the first problem is reported; the others still count.
 */
export function readableLedger(records: readonly string[]): { ledger: Ledger; problem: Bilingual | null } {
  try {
    return { ledger: ledgerFromRecords(records), problem: null };
  } catch (error) {
    const readable = records.filter((record) => {
      try {
        ledgerFromRecords([record]);
        return true;
      } catch {
        return false;
      }
    });
    let ledger = EMPTY_LEDGER;
    try {
      ledger = ledgerFromRecords(readable);
    } catch {
      // Each record reads alone but not together (e.g. two with the same number): none counts.
    }
    return { ledger, problem: error instanceof LocalizedError ? error.messages : bi(String(error), String(error)) };
  }
}
