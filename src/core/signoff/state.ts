import { bi, type Bilingual } from "../templates";
import type { CanonicalForm } from "./canonical";
import { diffFields, type FieldChange } from "./diff";
import { contentFingerprint, type SignoffCrypto } from "./fingerprint";
import type { Ledger, LedgerEntry } from "./ledger";
import type { Finding } from "./messages";
import { sameName } from "./identity";
import { departmentsAdded, type RequiredSigner, requiredSigners, signsFor } from "./signers";
import type { VerifyReport } from "./verify";

/**
 * approved / rejected: the signer's latest decision, on the current content; stale: the content changed since;
 * superseded: signed before an approved change request (T2 only); missing: never signed.
 */
export type SignerStatus = "approved" | "rejected" | "stale" | "superseded" | "missing";

export interface SignerState {
  signer: RequiredSigner;
  status: SignerStatus;
  /** The signer's latest trusted entry for the form. */
  entry: LedgerEntry | null;
  /** Stale: what changed since the signature (empty when the signed content was not kept). */
  changes: FieldChange[];
  /** Warnings on the entry that a person should confirm (new key, key of another signer, no key any more). */
  toConfirm: Finding[];
}

export type FormStatus = "signed" | "needsSignatures" | "stale" | "rejected" | "needsFullResign" | "notSigned";

/** An approved change request and where its approval sits in the ledger. */
export interface ApprovedChange {
  instance: string;
  changeId: string;
  /** Index in the ledger of the lead's approval. */
  position: number;
}

export interface FormSignoffState {
  status: FormStatus;
  signers: SignerState[];
  /** Required signers with a current approval, and how many are required. */
  approved: number;
  required: number;
  /** Who should sign next: the lowest step not yet approved. */
  next: RequiredSigner[];
  /** T2: the latest approved change request, which calls for a full re-sign-off. */
  change: ApprovedChange | null;
  message: Bilingual;
}

export interface StateOptions {
  /** T1 (for T7's requesting side) and T2 (for T8's departments). */
  kickoff?: CanonicalForm;
  consensus?: CanonicalForm;
  /** The ledger's verification: entries with errors do not count and warnings are passed on. Without it, all count. */
  report?: VerifyReport;
}

function entryTrust(
  ledger: Ledger,
  report: VerifyReport | undefined,
): (i: number) => { trusted: boolean; warnings: Finding[] } {
  return (i) => {
    const found = report?.entries[i];
    if (!report) return { trusted: true, warnings: [] };
    if (!found || found.entry.fp !== ledger.entries[i].fp) return { trusted: false, warnings: [] };
    return { trusted: found.trusted, warnings: found.findings.filter((f) => f.severity === "warning") };
  };
}

/** The signed content of an entry when its kept copy is intact, else null. */
async function signedContent(ledger: Ledger, entry: LedgerEntry, crypto: SignoffCrypto): Promise<CanonicalForm | null> {
  const fields = ledger.snapshots[entry.content];
  if (fields === undefined) return null;
  const form = { ...entry.form, fields };
  return (await contentFingerprint(crypto, form)) === entry.content ? form : null;
}

/**
 * Change requests (T5) of the same project whose lead's latest trusted decision is an approval, in ledger order. The
 * approval keeps its effect when the request is edited later; the added departments come from the approved content.
 */
async function approvedChanges(
  ledger: Ledger,
  consensus: CanonicalForm,
  trusted: (i: number) => boolean,
  crypto: SignoffCrypto,
): Promise<Array<ApprovedChange & { added: string[] }>> {
  const latest = new Map<string, number>();
  ledger.entries.forEach((e, i) => {
    if (e.form.template === "T5" && e.role === "lead" && trusted(i)) latest.set(e.form.instance, i);
  });
  const approved: Array<ApprovedChange & { added: string[] }> = [];
  for (const position of [...latest.values()].sort((a, b) => a - b)) {
    const entry = ledger.entries[position];
    if (entry.decision !== "approve") continue;
    const request = await signedContent(ledger, entry, crypto);
    const project = request?.fields.projectName;
    if (project && consensus.fields.projectName && !sameName(project, consensus.fields.projectName)) continue;
    approved.push({
      instance: entry.form.instance,
      changeId: request?.fields.changeId ?? entry.form.instance,
      position,
      added: request ? departmentsAdded(request) : [],
    });
  }
  return approved;
}

async function signerState(
  signer: RequiredSigner,
  found: { entry: LedgerEntry; index: number } | undefined,
  context: { ledger: Ledger; form: CanonicalForm; now: string; changeAt: number; crypto: SignoffCrypto },
  warnings: Finding[],
): Promise<SignerState> {
  const base = { signer, entry: found?.entry ?? null, changes: [], toConfirm: warnings };
  if (!found) return { ...base, status: "missing" };
  if (found.index < context.changeAt) return { ...base, status: "superseded" };
  const { entry } = found;
  if (entry.content !== context.now) {
    const signed = await signedContent(context.ledger, entry, context.crypto);
    const changes = signed ? diffFields(context.form.template, signed.fields, context.form.fields) : [];
    return { ...base, status: "stale", changes };
  }
  return { ...base, status: entry.decision === "approve" ? "approved" : "rejected" };
}

const names = (signers: readonly SignerState[]) =>
  bi(signers.map((s) => s.signer.label["en-US"]).join(", "), signers.map((s) => s.signer.label["zh-CN"]).join("、"));

function statusMessage(status: FormStatus, signers: SignerState[], change: ApprovedChange | null): Bilingual {
  const approved = signers.filter((s) => s.status === "approved").length;
  const count = bi(`${approved} of ${signers.length} approved`, `已同意 ${approved}/${signers.length}`);
  const pending = names(signers.filter((s) => s.status !== "approved"));
  switch (status) {
    case "notSigned":
      return bi("This form is not signed off.", "此表单无需签字确认。");
    case "signed":
      return bi(
        `Signed: all ${signers.length} required signers approved.`,
        `已签署：${signers.length} 位签字人均已同意。`,
      );
    case "rejected": {
      const rejected = signers.filter((s) => s.status === "rejected");
      const reasons = rejected.map((s) => `${s.entry?.signer}: ${s.entry?.comment}`).join("; ");
      return bi(
        `Rejected by ${names(rejected)["en-US"]} (${reasons}). The form is blocked until they approve.`,
        `${names(rejected)["zh-CN"]} 不同意（${reasons}）。在其同意之前，表单不能生效。`,
      );
    }
    case "needsFullResign":
      return bi(
        `Change request ${change?.changeId} was approved: every signature must be collected again (${count["en-US"]}; waiting for ${pending["en-US"]}).`,
        `变更申请 ${change?.changeId} 已批准：所有签字须重新收集（${count["zh-CN"]}；待签：${pending["zh-CN"]}）。`,
      );
    case "stale": {
      const stale = bi(
        `Needs re-signing: the form changed after ${names(signers.filter((s) => s.status === "stale"))["en-US"]} signed.`,
        `需要重新签字：${names(signers.filter((s) => s.status === "stale"))["zh-CN"]} 签字后表单有改动。`,
      );
      // A rejection of content that changed since no longer blocks, but what was objected to stays in view.
      const rejected = signers.filter((s) => s.status === "stale" && s.entry?.decision === "reject");
      if (rejected.length === 0) return stale;
      const reasons = rejected.map((s) => `${s.entry?.signer}: ${s.entry?.comment}`).join("; ");
      return bi(
        `${stale["en-US"]} ${names(rejected)["en-US"]} had rejected it (${reasons}): they decide again on the changed form.`,
        `${stale["zh-CN"]}${names(rejected)["zh-CN"]} 曾不同意（${reasons}），须对修改后的表单重新表态。`,
      );
    }
    case "needsSignatures":
      return bi(
        `Needs signatures: ${count["en-US"]}; waiting for ${pending["en-US"]}.`,
        `待签字：${count["zh-CN"]}；待签：${pending["zh-CN"]}。`,
      );
  }
}

function overallStatus(signers: SignerState[], change: ApprovedChange | null): FormStatus {
  const any = (status: SignerStatus) => signers.some((s) => s.status === status);
  if (signers.length === 0) return "notSigned";
  if (any("rejected")) return "rejected";
  if (change && any("superseded")) return "needsFullResign";
  if (any("stale")) return "stale";
  if (any("missing")) return "needsSignatures";
  return "signed";
}

/**
 * The sign-off state of a form now: each required signer's latest trusted entry judged against the current content.
 * One current rejection blocks the form; it is signed only when every required signer has a current approval. For T2,
 * an approved change request of the same project (found in the ledger: the lead's latest decision on a T5 is an
 * approval) supersedes every signature made before that approval, and a change
 * that adds a department adds that department's signer.
 */
export async function formSignoffState(
  ledger: Ledger,
  form: CanonicalForm,
  crypto: SignoffCrypto,
  options: StateOptions = {},
): Promise<FormSignoffState> {
  const trust = entryTrust(ledger, options.report);
  const trusted = (i: number) => trust(i).trusted;
  const changes = form.template === "T2" ? await approvedChanges(ledger, form, trusted, crypto) : [];
  const change = changes[changes.length - 1] ?? null;
  const required = requiredSigners(form, {
    kickoff: options.kickoff,
    consensus: options.consensus,
    addedDepartments: changes.flatMap((c) => c.added.map((department) => ({ department, changeId: c.changeId }))),
  });
  const mine = ledger.entries
    .map((entry, index) => ({ entry, index }))
    .filter(
      ({ entry, index }) =>
        entry.form.template === form.template && entry.form.instance === form.instance && trust(index).trusted,
    );
  const context = {
    ledger,
    form,
    now: await contentFingerprint(crypto, form),
    changeAt: change?.position ?? -1,
    crypto,
  };
  const signers: SignerState[] = [];
  for (const signer of required) {
    const found = mine.filter(({ entry }) => signsFor(entry, signer)).pop();
    signers.push(await signerState(signer, found, context, found ? trust(found.index).warnings : []));
  }
  const status = overallStatus(signers, change);
  const open = signers.filter((s) => s.status !== "approved");
  const step = Math.min(...open.map((s) => s.signer.step));
  return {
    status,
    signers,
    approved: signers.length - open.length,
    required: signers.length,
    next: open.filter((s) => s.signer.step === step).map((s) => s.signer),
    change: change ? { instance: change.instance, changeId: change.changeId, position: change.position } : null,
    message: statusMessage(status, signers, change),
  };
}
