/** Signing through the Excel host as the task pane will: read the form, append a real ledger entry, show it. */
import { webcrypto } from "crypto";
import {
  appendEntry,
  canonicalForm,
  entryRecord,
  ledgerFromRecords,
  shortCode,
  type InstanceRecord,
  type SignerRole,
  type SignoffCrypto,
} from "../../../src/core";
import type { ExcelHost } from "../../../src/hosts/excel";
import type { SignatureView } from "../../../src/hosts/types";

export const crypto = webcrypto.subtle as unknown as SignoffCrypto;

export interface Signature {
  block: string;
  signer: string;
  department: string;
  role?: SignerRole;
  decision?: "approve" | "reject";
  comment?: string;
  keys?: CryptoKeyPair | null;
  at?: Date;
}

/** The record and view of one more signature on `instance`, chained to the ledger the workbook holds now. */
export async function prepareSignature(
  host: ExcelHost,
  instance: InstanceRecord,
  signature: Signature,
): Promise<{ record: string; view: SignatureView }> {
  const [content, project] = [await host.readForm(instance), await host.readProject()];
  const form = canonicalForm({
    template: instance.template,
    instance: instance.id,
    version: instance.version,
    values: content.values,
    tables: content.tables,
  });
  const decision = signature.decision ?? "approve";
  const ledger = await appendEntry(
    ledgerFromRecords(project.ledger),
    {
      form,
      role: signature.role ?? "department",
      department: signature.department,
      signer: signature.signer,
      decision,
      comment: signature.comment,
      at: signature.at ?? new Date("2026-11-20T09:30:00Z"),
      keys: signature.keys ?? null,
    },
    crypto,
  );
  const entry = ledger.entries[ledger.entries.length - 1];
  const view: SignatureView = {
    block: signature.block,
    signer: entry.signer,
    department: entry.department,
    decision,
    comment: entry.comment,
    at: entry.at,
    code: shortCode(entry.fp),
  };
  return { record: entryRecord(ledger, entry), view };
}

export async function sign(host: ExcelHost, instance: InstanceRecord, signature: Signature): Promise<string> {
  const { record, view } = await prepareSignature(host, instance, signature);
  await host.appendSignature(instance, record, view);
  return record;
}
