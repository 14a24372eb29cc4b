/**
 * What the sign-off screens read and do through the host: load a form's sign-off state from the file (its ledger
 * verified), sign it (a chained, key-signed entry appended to the file and shown in the form's signature block), and
 * find which block shows a signer.
 */
import {
  acceptanceVerdict,
  type AcceptanceVerdict,
  appendEntry,
  canonicalForm,
  type CanonicalForm,
  entryRecord,
  formSignoffState,
  type FormSignoffState,
  getTemplate,
  type InstanceRecord,
  type Language,
  type Ledger,
  readableLedger,
  LocalizedError,
  normalizeText,
  type RequiredSigner,
  shortCode,
  type SignoffCrypto,
  type SignoffDecision,
  slotsOf,
  type TemplateId,
  verifyLedger,
  type VerifyReport,
} from "../../../core";
import type { ConcordHost, FieldValues, ProjectSnapshot, SignoffHost } from "../../../hosts/types";
import type { BrowserKeys } from "../../keys";
import { SIGNOFF_STRINGS } from "./strings";

export type PaneHost = ConcordHost & SignoffHost;

/** Templates with sign-off (SPEC §5). */
export const SIGNED_TEMPLATES: readonly TemplateId[] = ["T1", "T2", "T5", "T7", "T8"];

export interface SignoffData {
  snapshot: ProjectSnapshot;
  form: CanonicalForm;
  ledger: Ledger;
  /** Records that could not be read (they are left out; the others still count). */
  ledgerProblem: LocalizedError | null;
  report: VerifyReport;
  state: FormSignoffState;
  /** T7 only: the checklist's verdict from the content just read (its `checks` rows); null for other forms. */
  acceptance: AcceptanceVerdict | null;
}

/** What went wrong, in the UI language when the error carries both. */
export function describeError(error: unknown, language: Language): string {
  if (error instanceof LocalizedError) return error.messages[language];
  return error instanceof Error ? error.message : String(error);
}

export function canonicalOf(record: InstanceRecord, snapshot: ProjectSnapshot): CanonicalForm {
  const content = snapshot.forms[record.id];
  return canonicalForm({
    template: record.template,
    instance: record.id,
    version: record.version,
    values: content?.values ?? {},
    tables: content?.tables ?? {},
  });
}

/** The first instance of a template in file order: the project's form. */
function first(snapshot: ProjectSnapshot, template: TemplateId): CanonicalForm | undefined {
  const found = snapshot.instances.find((i) => i.record.template === template);
  return found ? canonicalOf(found.record, snapshot) : undefined;
}

/** The state of every signed form in a snapshot, by instance id, from one verification of the ledger. */
export async function signoffStates(
  snapshot: ProjectSnapshot,
  crypto: SignoffCrypto,
): Promise<{
  ledger: Ledger;
  problem: LocalizedError | null;
  report: VerifyReport;
  states: Map<string, FormSignoffState>;
}> {
  const read = readableLedger(snapshot.ledger);
  const { ledger } = read;
  const problem = read.problem ? new LocalizedError(read.problem) : null;
  const forms = snapshot.instances
    .filter((i) => SIGNED_TEMPLATES.includes(i.record.template))
    .map((i) => canonicalOf(i.record, snapshot));
  const report = await verifyLedger(ledger, forms, crypto);
  const options = { kickoff: first(snapshot, "T1"), consensus: first(snapshot, "T2"), report };
  const states = new Map<string, FormSignoffState>();
  for (const form of forms) states.set(form.instance, await formSignoffState(ledger, form, crypto, options));
  return { ledger, problem, report, states };
}

/** Reads the file and says where the form's sign-off stands. */
export async function loadSignoff(host: PaneHost, record: InstanceRecord, crypto: SignoffCrypto): Promise<SignoffData> {
  const snapshot = await host.readProject();
  const { ledger, problem, report, states } = await signoffStates(snapshot, crypto);
  const form = canonicalOf(record, snapshot);
  const state = states.get(record.id) ?? (await formSignoffState(ledger, form, crypto, { report }));
  const acceptance =
    record.template === "T7" ? acceptanceVerdict(snapshot.forms[record.id]?.tables?.checks ?? []) : null;
  return { snapshot, form, ledger, ledgerProblem: problem, report, state, acceptance };
}

/** Approving refused: the checklist read just before signing is not accepted. Carries that read for the screen. */
export class NotAcceptedError extends LocalizedError {
  constructor(
    readonly data: SignoffData,
    message: Readonly<Record<Language, string>>,
  ) {
    super({
      "en-US": `${SIGNOFF_STRINGS["en-US"].notApprovable} ${message["en-US"]}`,
      "zh-CN": `${SIGNOFF_STRINGS["zh-CN"].notApprovable}${message["zh-CN"]}`,
    });
    this.name = "NotAcceptedError";
  }
}

/**
 * SPEC §2 step 9: an acceptance checklist that is not accepted cannot be approved (rejecting it can). Checked on the
 * content read just before signing, so results changed in the file since the screen read it are not approved.
 */
export function notApprovable(data: SignoffData, decision: SignoffDecision): NotAcceptedError | null {
  if (decision !== "approve" || !data.acceptance || data.acceptance.accepted) return null;
  return new NotAcceptedError(data, data.acceptance.message);
}

/** Signature definitions that show each role, in order of preference. */
const ROLE_BLOCKS: Record<RequiredSigner["role"], readonly string[]> = {
  initiatingHead: ["initiatingHead"],
  lead: ["lead", "leadDepartment"],
  department: ["cooperatingDepartment"],
  requester: ["requester", "cooperatingDepartment", "lead"],
};

const same = (a: unknown, b: string) => typeof a === "string" && normalizeText(a).toLowerCase() === b.toLowerCase();

/**
 * The signature block (slot prefix such as `cooperatingDepartment.2`) that shows a signer: the one already showing
 * the signer's department, else the first empty one of the role, else the role's first. T7 has no requester block
 * (a second one would push the checklist to a second printed page): the requester's signature is then shown in the
 * lead's, and the ledger keeps both.
 */
export function signatureBlock(template: TemplateId, signer: RequiredSigner, values: FieldValues): string {
  const prefixes = [
    ...new Set(
      slotsOf(getTemplate(template))
        .map((slot) => slot.key.split("."))
        .filter(([id, , part]) => part === "signer" && ROLE_BLOCKS[signer.role].includes(id))
        .sort(([a], [b]) => ROLE_BLOCKS[signer.role].indexOf(a) - ROLE_BLOCKS[signer.role].indexOf(b))
        .map(([id, n]) => `${id}.${n}`),
    ),
  ];
  const department = normalizeText(signer.department);
  const mine = department && prefixes.find((p) => same(values[`${p}.department`], department));
  const free = prefixes.find((p) => values[`${p}.signer`] === null || values[`${p}.signer`] === undefined);
  return mine || free || prefixes[0];
}

export interface SignInput {
  signer: RequiredSigner;
  name: string;
  /** The name as Office gave it (host) or as typed (self). */
  identity: "host" | "self";
  /** The department signed for: the signer's, or typed when any may sign (the collaboration lead). */
  department: string;
  decision: SignoffDecision;
  comment: string;
}

/**
 * Signs a form: the file's ledger and the form's content now, a new entry chained and signed with this browser's key,
 * appended to the file and shown in the form's block; a form that is now fully signed is locked where the host can.
 */
export async function signForm(
  host: PaneHost,
  record: InstanceRecord,
  input: SignInput,
  environment: { crypto: SignoffCrypto; keys: BrowserKeys; now: Date },
): Promise<SignoffData> {
  const { crypto } = environment;
  const before = await loadSignoff(host, record, crypto);
  const refused = notApprovable(before, input.decision);
  if (refused) throw refused;
  const request = {
    form: before.form,
    role: input.signer.role,
    department: input.department,
    signer: input.name,
    identity: input.identity,
    decision: input.decision,
    comment: input.comment,
    at: environment.now,
    keys: environment.keys.keys,
  };
  const ledger = await appendEntry(before.ledger, request, crypto);
  const entry = ledger.entries[ledger.entries.length - 1];
  const view = {
    block: signatureBlock(record.template, input.signer, before.snapshot.forms[record.id]?.values ?? {}),
    signer: entry.signer,
    department: entry.department,
    decision: entry.decision,
    comment: entry.comment,
    at: entry.at,
    code: shortCode(entry.fp),
  };
  await host.appendSignature(record, entryRecord(ledger, entry), view);
  const after = await loadSignoff(host, record, crypto);
  if (after.state.status === "signed" && host.capabilities.lockForms) await host.setFormLocked(record, true);
  return after;
}
