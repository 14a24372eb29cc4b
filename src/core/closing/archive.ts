/**
 * The case archive (案例归档, SPEC §2 step 11): one model of the whole case — every instance with its content and its
 * sign-off state, every signature with its decision, time and code, and the ledger's verification report in words —
 * readable without Concord, exported as versioned JSON (`archiveJson`) and as a .docx (src/files/archive).
 *
 * JSON shape, format "concord-archive" version 1 (object keys sorted, two-space indent, dates yyyy-mm-dd, times of
 * signatures ISO UTC, every text people read as `{ "en-US": …, "zh-CN": … }`):
 * `{ format, version, generatedAt, projectName, instances: [{ template, instance, version, language, location, name,
 * state: { status, message }, fields: [{ key, label, value }], tables: [{ id, title, columns: [{ id, label }],
 * rows: [[text…]] }], signatures: [{ n, role, roleLabel, department, signer, identity, decision, decisionLabel,
 * comment, at, code, trusted }] }], verification: { intact, count, lastCode, summary, problem, limits,
 * entries: [{ n, template, instance, signer, department, code, trusted, findings: [{ kind, severity, message,
 * meaning }] }] } }`. A later version may add members; it changes `version` when a member changes meaning.
 */
import type { Serial } from "../dates";
import type { Language } from "../language";
import {
  canonicalNumber,
  canonicalValue,
  type FindingKind,
  type FindingSeverity,
  type FormStatus,
  type IdentitySource,
  shortCode,
  type SignerRole,
  type SignoffCrypto,
  type SignoffDecision,
  type VerifyReport,
} from "../signoff";
import {
  APPROVAL,
  bi,
  type Bilingual,
  type FieldDef,
  getTemplate,
  type InstanceRecord,
  slotsOf,
  tablesOf,
  type TemplateId,
} from "../templates";
import type { ProjectTask } from "../workflow";
import { fileSignoff } from "./file-signoff";
import type { ClosingForm } from "./form-data";

export const ARCHIVE_FORMAT = "concord-archive";
export const ARCHIVE_VERSION = 1;

/** What the archive is made of: the hosts' `ProjectSnapshot` is one. */
export interface ArchiveInput {
  instances: ReadonlyArray<{ record: InstanceRecord; location?: string }>;
  /** Content of every instance but the WBS, by instance id. */
  forms: Readonly<Record<string, ClosingForm>>;
  /** The ledger's records (`entryRecord`), in file order. */
  ledger: readonly string[];
  /** WBS rows by instance id. */
  wbs?: Readonly<
    Record<string, { statusDate: Serial | null; updateDate?: Serial | null; tasks: readonly ProjectTask[] }>
  >;
}

export interface ArchiveOptions {
  crypto: SignoffCrypto;
  /** When the archive was made. */
  generatedAt: Date;
}

export interface ArchiveField {
  key: string;
  label: Bilingual;
  /** As people read it: dates yyyy-mm-dd, percentages with %, choices by their label in the instance's language. */
  value: string;
}

export interface ArchiveTable {
  id: string;
  title: Bilingual;
  columns: Array<{ id: string; label: Bilingual }>;
  /** Non-blank rows, one text per column. */
  rows: string[][];
}

export interface ArchiveSignature {
  /** The ledger entry's number. */
  n: number;
  role: SignerRole;
  /** The signer's place on this form ("Head of Product"), as the sign-off names it. */
  roleLabel: Bilingual;
  department: string;
  signer: string;
  identity: IdentitySource;
  decision: SignoffDecision;
  decisionLabel: Bilingual;
  comment: string;
  /** ISO UTC. */
  at: string;
  /** The entry's short fingerprint code, as the form's signature block shows it. */
  code: string;
  /** The entry verifies (no error): it counts as a signature. */
  trusted: boolean;
}

export interface ArchiveInstance {
  template: TemplateId;
  instance: string;
  version: number;
  language: Language;
  location: string | null;
  name: Bilingual;
  state: { status: FormStatus; message: Bilingual };
  fields: ArchiveField[];
  tables: ArchiveTable[];
  /** Every ledger entry for this instance, in ledger order (superseded and stale ones too: the history). */
  signatures: ArchiveSignature[];
}

export interface ArchiveFinding {
  kind: FindingKind;
  severity: FindingSeverity;
  message: Bilingual;
  meaning: Bilingual;
}

export interface ArchiveVerification {
  intact: boolean;
  count: number;
  lastCode: string | null;
  summary: Bilingual;
  /** Records that could not be read (they are left out), else null. */
  problem: Bilingual | null;
  entries: Array<{
    n: number;
    template: TemplateId;
    instance: string;
    signer: string;
    department: string;
    code: string;
    trusted: boolean;
    findings: ArchiveFinding[];
  }>;
  /** What the verification cannot prove. */
  limits: Bilingual[];
}

export interface CaseArchive {
  format: typeof ARCHIVE_FORMAT;
  version: typeof ARCHIVE_VERSION;
  /** ISO UTC. */
  generatedAt: string;
  projectName: string;
  instances: ArchiveInstance[];
  verification: ArchiveVerification;
}

const ROLE_LABELS: Readonly<Record<SignerRole, Bilingual>> = {
  initiatingHead: bi("Initiating department head", "发起部门负责人"),
  lead: bi("Collaboration lead", "协作牵头人"),
  department: bi("Department head", "部门负责人"),
  requester: bi("Requesting side", "需求方"),
};

/** A canonical value as people read it. */
export function displayValue(field: FieldDef, canonical: string, language: Language): string {
  const label = (id: string) => field.choices?.find((c) => c.id === id)?.label[language] ?? id;
  switch (field.kind) {
    case "percent": {
      const fraction = Number(canonical);
      return Number.isFinite(fraction) ? `${canonicalNumber(fraction * 100)}%` : canonical;
    }
    case "choice":
      return label(canonical);
    case "multiChoice":
      return canonical
        .split(", ")
        .map(label)
        .join(language === "zh-CN" ? "、" : ", ");
    default:
      return canonical;
  }
}

function formContent(
  record: InstanceRecord,
  form: ClosingForm | undefined,
): Pick<ArchiveInstance, "fields" | "tables"> {
  const template = getTemplate(record.template);
  const signatureBlocks = new Set(template.blocks.filter((b) => b.type === "signatures").map((b) => b.id));
  const fields: ArchiveField[] = [];
  for (const slot of slotsOf(template)) {
    if (signatureBlocks.has(slot.blockId)) continue;
    const text = canonicalValue(slot.field, form?.values[slot.key]);
    if (text !== null)
      fields.push({ key: slot.key, label: slot.label, value: displayValue(slot.field, text, record.language) });
  }
  const tables = tablesOf(template).map((table): ArchiveTable => {
    const rows: string[][] = [];
    for (const cells of form?.tables?.[table.id] ?? []) {
      const texts = table.columns.map((c) => {
        const text = canonicalValue(c.kind === "formula" ? { ...c, kind: "text" } : c, cells[c.id]);
        return text === null ? "" : displayValue(c, text, record.language);
      });
      if (texts.some((t) => t !== "")) rows.push(texts);
    }
    return {
      id: table.id,
      title: table.title,
      columns: table.columns.map((c) => ({ id: c.id, label: c.label })),
      rows,
    };
  });
  return { fields, tables };
}

/** The WBS as a form: its header fields and its task rows (formula columns as the sheet showed them). */
function wbsContent(record: InstanceRecord, wbs: NonNullable<ArchiveInput["wbs"]>[string] | undefined) {
  const values: Record<string, unknown> = { statusDate: wbs?.statusDate ?? null, updateDate: wbs?.updateDate ?? null };
  // The host's rows (`WbsTask`) carry T3's columns by id.
  const tasks = (wbs?.tasks ?? []).map((task): Readonly<Record<string, unknown>> => ({ ...task }));
  return formContent(record, { values, tables: { tasks } });
}

function summaryOf(report: VerifyReport): Bilingual {
  if (report.count === 0) return bi("The ledger has no entries.", "签字账本中没有记录。");
  const code = report.lastCode ?? "";
  if (report.intact) {
    return bi(
      `The ledger is intact: all ${report.count} entries verify. Last code ${code}: compare it with a copy kept elsewhere.`,
      `签字账本完整：${report.count} 条记录全部通过校验。最后一条的校验码为 ${code}，可与另存的副本核对。`,
    );
  }
  const bad = report.entries.filter((e) => !e.trusted).length;
  return bi(
    `${bad} of ${report.count} entries do not count as signatures (see below). Last code ${code}.`,
    `${report.count} 条记录中有 ${bad} 条不计为有效签字（见下文）。最后一条的校验码为 ${code}。`,
  );
}

/**
 * The archive of a case: the ledger, each form's sign-off state and the verification read as the loop reads them
 * (`fileSignoff`), each instance's content as people read it and its signatures.
 */
export async function archiveOf(input: ArchiveInput, options: ArchiveOptions): Promise<CaseArchive> {
  const { forms, problem, report, stateOf } = await fileSignoff(input, options.crypto);
  const instances: ArchiveInstance[] = [];
  for (const { record, location } of input.instances) {
    const state = await stateOf(forms.get(record.id)!);
    const content =
      record.template === "T3"
        ? wbsContent(record, input.wbs?.[record.id])
        : formContent(record, input.forms[record.id]);
    const signatures = report.entries
      .filter((r) => r.entry.form.instance === record.id && r.entry.form.template === record.template)
      .map(({ entry, trusted }): ArchiveSignature => {
        const signer = state.signers.find((s) => s.entry?.fp === entry.fp)?.signer;
        return {
          n: entry.n,
          role: entry.role,
          roleLabel: signer?.label ?? ROLE_LABELS[entry.role],
          department: entry.department,
          signer: entry.signer,
          identity: entry.identity,
          decision: entry.decision,
          decisionLabel: APPROVAL.find((c) => c.id === entry.decision)!.label,
          comment: entry.comment,
          at: entry.at,
          code: shortCode(entry.fp),
          trusted,
        };
      });
    instances.push({
      template: record.template,
      instance: record.id,
      version: record.version,
      language: record.language,
      location: location ?? null,
      name: getTemplate(record.template).name,
      state: { status: state.status, message: state.message },
      ...content,
      signatures,
    });
  }
  // The consensus form's project name, else the kickoff's, else the first form's that has one.
  const first = (template: TemplateId) => [...forms.values()].find((f) => f.template === template);
  const named = [first("T2"), first("T1"), ...forms.values()].find((f) => f?.fields.projectName);
  const projectName = named?.fields.projectName ?? "";
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    generatedAt: options.generatedAt.toISOString(),
    projectName,
    instances,
    verification: {
      intact: report.intact,
      count: report.count,
      lastCode: report.lastCode,
      summary: summaryOf(report),
      problem,
      entries: report.entries.map(({ entry, trusted, findings }) => ({
        n: entry.n,
        template: entry.form.template,
        instance: entry.form.instance,
        signer: entry.signer,
        department: entry.department,
        code: shortCode(entry.fp),
        trusted,
        findings: findings.map(({ kind, severity, message, meaning }) => ({ kind, severity, message, meaning })),
      })),
      limits: [...report.limits],
    },
  };
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sorted(v)]));
}

/** The archive as JSON (see the shape above): keys sorted, two-space indent, a final newline; the same model always gives the same text. */
export function archiveJson(archive: CaseArchive): string {
  return `${JSON.stringify(sorted(archive), null, 2)}\n`;
}

/** `2026-11-20 09:01 UTC` for an ISO time (what the documents print). */
export function archiveTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}
