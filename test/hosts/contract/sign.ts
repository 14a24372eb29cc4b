/**
 * Signing through a host as the task pane does: read the project, take the form's canonical content, chain a new
 * ledger entry onto the file's ledger (with a fresh key: a browser the file has not seen), append its record and show
 * it in the form's signature block.
 */
import { webcrypto } from "node:crypto";
import {
  appendEntry,
  canonicalForm,
  createSigningKeys,
  entryRecord,
  ledgerFromRecords,
  shortCode,
  type CanonicalForm,
  type InstanceRecord,
  type SignerRole,
  type SignoffCrypto,
} from "../../../src/core";
import type { FormContent, SignoffHost } from "../../../src/hosts/types";

export const subtle = webcrypto.subtle as unknown as SignoffCrypto;

export function canonicalOf(record: InstanceRecord, content: FormContent): CanonicalForm {
  return canonicalForm({
    template: record.template,
    instance: record.id,
    version: record.version,
    values: content.values,
    tables: content.tables,
  });
}

export interface Signature {
  role: SignerRole;
  department: string;
  signer: string;
  /** The signature block's slot prefix, e.g. `leadDepartment.1`. */
  block: string;
  at?: Date;
}

/** Signs `record` (approve) and returns the record text appended to the file's ledger. */
export async function signThroughHost(
  host: SignoffHost,
  record: InstanceRecord,
  signature: Signature,
): Promise<string> {
  const project = await host.readProject();
  const form = canonicalOf(record, project.forms[record.id]);
  const { role, department, signer, block } = signature;
  const at = signature.at ?? new Date(Date.UTC(2026, 10, 20, 9));
  const keys = await createSigningKeys(subtle);
  const request = { form, role, department, signer, decision: "approve" as const, at, keys };
  const ledger = await appendEntry(ledgerFromRecords(project.ledger), request, subtle);
  const entry = ledger.entries[ledger.entries.length - 1];
  const text = entryRecord(ledger, entry);
  const view = { block, signer: entry.signer, department: entry.department, decision: entry.decision, comment: "" };
  await host.appendSignature(record, text, { ...view, at: entry.at, code: shortCode(entry.fp) });
  return text;
}
