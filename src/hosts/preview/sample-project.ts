/**
 * The preview's sample project, "Faster complaint response" (客户投诉响应提速), in one language, in file order:
 * - T1 kickoff application: filled, signed by the initiating head and approved by the lead (signed);
 * - T4 minutes of the kickoff meeting;
 * - T2 consensus form, four departments: the lead department and Product approved, Engineering's signature stale (a
 *   delivery standard changed after it signed), Legal not signed yet (the form needs re-signing);
 * - T3 task breakdown: 40 tasks in every status (sample-tasks.ts), and the company's holidays and make-up workdays in
 *   its Calendar table (sample-calendar.ts);
 * - T4 minutes of last week's meeting;
 * - T5 change request: raised, not decided;
 * - T6 issue log: five issues, one major past its solution time and one past its response time.
 * A Word document holds only the forms Word can (T1, T4, T2, T4, T5). Every date is counted from the status date (in
 * that calendar's working days), so the states hold on any day. The signatures are real ledger entries
 * (canonicalForm + appendEntry, one ECDSA key per signer from Web Crypto), so verifyLedger and formSignoffState give
 * these states; only the keys (and so the fingerprints and short codes) differ from one build to the next.
 */
import {
  appendEntry,
  bi,
  canonicalForm,
  createSigningKeys,
  EMPTY_LEDGER,
  entryRecord,
  getTemplate,
  serialFromDate,
  shortCode,
  slotsOf,
  tablesOf,
  type Bilingual,
  type Host,
  type InstanceRecord,
  type Language,
  type Ledger,
  type Serial,
  type SignerRole,
  type SignoffCrypto,
  type TemplateId,
} from "../../core";
import { blankForm, clockAt, signatureValues, type MemoryForm } from "./memory-form";
import { sampleCalendarRows } from "./sample-calendar";
import {
  changeRequest,
  consensusEdit,
  consensusForm,
  issueLog,
  kickoffApplication,
  kickoffApproval,
  kickoffMinutes,
  PROJECT,
  responsibilities,
  weeklyMinutes,
  writer,
  type FormFill,
} from "./sample-forms";
import { DEPARTMENTS, PEOPLE, sampleTaskRows } from "./sample-tasks";

/** Monday 2026-11-16, the status date of the README's examples. */
export const SAMPLE_STATUS_DATE: Serial = serialFromDate(2026, 11, 16);

/** Instance ids of the sample's forms. */
export const SAMPLE_IDS = {
  kickoffApplication: "pkick1",
  kickoffMinutes: "pmin01",
  consensus: "pcons1",
  wbs: "pwbs01",
  weeklyMinutes: "pmin02",
  changeRequest: "pchg01",
  issueLog: "piss01",
} as const;

/** The collaboration lead, who approves the kickoff application and decides change requests. */
export const SAMPLE_LEAD = { name: bi("Zhang Wei", "张伟"), department: bi("Project Office", "项目管理办公室") };

/** The department head who has not signed the consensus form yet: the preview's Word user. */
export const SAMPLE_PENDING_SIGNER = { name: PEOPLE[3][0], department: DEPARTMENTS[3] };

export interface SampleProject {
  forms: MemoryForm[];
  /** The ledger's records, in file order. */
  ledger: string[];
}

export interface SampleOptions {
  kind: Host;
  language: Language;
  statusDate: Serial;
  crypto: SignoffCrypto;
}

/** Sets slot values and the first rows of tables; a field or column the template lacks is a mistake in the sample. */
function fill(form: MemoryForm, { values, tables = {} }: FormFill): void {
  const template = getTemplate(form.record.template);
  const keys = new Set(slotsOf(template).map((slot) => slot.key));
  const mistake = (what: string) => new Error(`sample: ${template.id} has no ${what}`);
  for (const [key, value] of Object.entries(values)) {
    if (!keys.has(key)) throw mistake(`field ${key}`);
    form.values[key] = value;
  }
  for (const [id, rows] of Object.entries(tables)) {
    const columns = tablesOf(template)
      .find((table) => table.id === id)
      ?.columns.map((column) => column.id);
    if (!columns) throw mistake(`table ${id}`);
    rows.forEach((row, i) => {
      const unknown = Object.keys(row).find((column) => !columns.includes(column));
      if (unknown) throw mistake(`column ${id}.${unknown}`);
      form.tables[id][i] = { ...form.tables[id][i], ...row };
    });
  }
}

interface Signer {
  role: SignerRole;
  name: Bilingual;
  department: Bilingual;
  /** The signature block's slot prefix. */
  block: string;
}

/** Signs like the task pane does: the form's canonical content now, a chained entry, its record, the visible block. */
class Signing {
  ledger: Ledger = EMPTY_LEDGER;
  readonly records: string[] = [];
  private readonly keys = new Map<string, Promise<CryptoKeyPair | null>>();

  constructor(
    private readonly crypto: SignoffCrypto,
    private readonly language: Language,
  ) {}

  async sign(form: MemoryForm, signer: Signer, at: Date): Promise<void> {
    const name = signer.name[this.language];
    if (!this.keys.has(name)) this.keys.set(name, createSigningKeys(this.crypto));
    const { record } = form;
    const content = canonicalForm({
      template: record.template,
      instance: record.id,
      version: record.version,
      values: form.values,
      tables: form.tables,
    });
    const department = signer.department[this.language];
    const request = { form: content, role: signer.role, department, signer: name, decision: "approve" as const, at };
    this.ledger = await appendEntry(this.ledger, { ...request, keys: await this.keys.get(name)! }, this.crypto);
    const entry = this.ledger.entries[this.ledger.entries.length - 1];
    this.records.push(entryRecord(this.ledger, entry));
    const view = { block: signer.block, signer: name, department, decision: entry.decision, comment: "", at: entry.at };
    fill(form, { values: signatureValues({ ...view, code: shortCode(entry.fp) }, this.language) });
  }
}

/** Builds the sample project: the forms the host kind can hold, and the ledger. */
export async function sampleProject(options: SampleOptions): Promise<SampleProject> {
  const { language, statusDate } = options;
  const w = writer(language, statusDate);
  const clock = clockAt(statusDate);
  const forms: MemoryForm[] = [];
  const add = (template: TemplateId, id: string, content: FormFill): MemoryForm => {
    const definition = getTemplate(template);
    const record: InstanceRecord = { template, id, language, version: definition.version };
    const taken = forms.map((f) => f.location);
    const form = blankForm(record, options.kind, taken, clock);
    fill(form, content);
    if (definition.hosts.includes(options.kind)) forms.push(form);
    return form;
  };
  const signing = new Signing(options.crypto, language);
  const head = (dept: number) => ({ name: PEOPLE[dept][0], department: DEPARTMENTS[dept] });

  const kickoff = add("T1", SAMPLE_IDS.kickoffApplication, kickoffApplication(w));
  await signing.sign(kickoff, { role: "initiatingHead", ...head(0), block: "initiatingHead.1" }, w.time(-44, 9.5));
  fill(kickoff, { values: kickoffApproval(w) });
  await signing.sign(kickoff, { role: "lead", ...SAMPLE_LEAD, block: "lead.1" }, w.time(-43, 10.25));

  add("T4", SAMPLE_IDS.kickoffMinutes, kickoffMinutes(w));

  const consensus = add("T2", SAMPLE_IDS.consensus, consensusForm(w));
  // Engineering signs first; a delivery standard changes afterwards, so its signature is stale.
  await signing.sign(consensus, { role: "department", ...head(2), block: "cooperatingDepartment.2" }, w.time(-31, 6));
  fill(consensus, { values: consensusEdit(w) });
  await signing.sign(consensus, { role: "lead", ...head(0), block: "leadDepartment.1" }, w.time(-29, 1));
  await signing.sign(consensus, { role: "department", ...head(1), block: "cooperatingDepartment.1" }, w.time(-29, 8));

  add("T3", SAMPLE_IDS.wbs, {
    values: { projectName: w.say(PROJECT), updateDate: statusDate, statusDate },
    tables: {
      tasks: sampleTaskRows(language, statusDate),
      departments: responsibilities(w).map(({ department, type, liaison }) => ({ department, type, liaison })),
      calendar: sampleCalendarRows(language),
    },
  });
  add("T4", SAMPLE_IDS.weeklyMinutes, weeklyMinutes(w));
  add("T5", SAMPLE_IDS.changeRequest, changeRequest(w));
  add("T6", SAMPLE_IDS.issueLog, issueLog(w, clock.statusTime));

  return { forms, ledger: signing.records };
}
