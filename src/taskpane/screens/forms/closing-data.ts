/**
 * The Forms screen's closing actions on an acceptance checklist (T7) and a retrospective (T8): the values their
 * "Pre-fill" buttons write, from the project snapshot (one `readProject`) and the form as it is being edited. Pure:
 * the core's `acceptanceFromConsensus` / `retrospectiveFromProject` do the rules; this module only feeds them the
 * screen's draft and keeps what the user typed.
 */
import {
  acceptanceFromConsensus,
  acceptanceVerdict,
  type AcceptanceDraft,
  type AcceptanceVerdict,
  type ChangeRequestInput,
  type ClosingForm,
  type ClosingValues,
  type FormSignoffState,
  getTemplate,
  type InstanceRecord,
  type RetrospectiveDraft,
  retrospectiveFromProject,
  type Serial,
  tableCellKey,
  tablesOf,
  type TemplateId,
} from "../../../core";
import type { ProjectSnapshot } from "../../../hosts/types";
import { analyseWeekly } from "../weekly";

/** The screen's draft texts (slot keys and `<table>.<row>.<column>` keys) as the form content the core reads. */
export function draftForm(
  template: TemplateId,
  draft: Readonly<Record<string, string>>,
  rowCounts: Readonly<Record<string, number>>,
): ClosingForm {
  const tables: Record<string, Array<Record<string, string>>> = {};
  for (const table of tablesOf(getTemplate(template))) {
    const count = rowCounts[table.id] ?? 0;
    tables[table.id] = Array.from({ length: count }, (_, i) =>
      Object.fromEntries(table.columns.map((c) => [c.id, draft[tableCellKey(table.id, i + 1, c.id)] ?? ""])),
    );
  }
  const values = Object.fromEntries(Object.entries(draft).filter(([key]) => !/^\w+\.\d+\./.test(key)));
  return { values, tables };
}

/** The verdict of a T7 as it is being edited: its `checks` rows from the draft. */
export function draftVerdict(
  draft: Readonly<Record<string, string>>,
  rowCounts: Readonly<Record<string, number>>,
): AcceptanceVerdict {
  return acceptanceVerdict(draftForm("T7", draft, rowCounts).tables?.checks ?? []);
}

/** The first instance of a template in file order (the project's form), with its content. */
function firstForm(snapshot: ProjectSnapshot, template: TemplateId): ClosingForm | null {
  const found = snapshot.instances.find((i) => i.record.template === template);
  return found ? (snapshot.forms[found.record.id] ?? null) : null;
}

const isBlank = (text: string | undefined) => (text ?? "").trim() === "";

/** Only the values whose field is blank in the draft: text the user typed (saved or not) is never overwritten. */
export function blankOnly(
  values: ClosingValues,
  draft: Readonly<Record<string, string>>,
): { values: ClosingValues; kept: number } {
  const kept = Object.keys(values).filter((key) => !isBlank(draft[key]));
  const keep = new Set(kept);
  return { values: Object.fromEntries(Object.entries(values).filter(([key]) => !keep.has(key))), kept: kept.length };
}

/**
 * T7's pre-fill from the file's first consensus form (T2): its delivery standards in the checklist's free rows (rows
 * typed in the draft count as taken), the project name, and `today` as the date when the draft has none. Null when the
 * file has no T2.
 */
export function acceptancePrefill(
  snapshot: ProjectSnapshot,
  form: ClosingForm,
  today: Serial,
): (AcceptanceDraft & { values: ClosingValues }) | null {
  const consensus = firstForm(snapshot, "T2");
  if (!consensus) return null;
  const date = isBlank(form.values.date as string | undefined) ? today : undefined;
  return acceptanceFromConsensus(consensus, { acceptance: form, date });
}

/** A change request is approved when the ledger says its lead approved (the `lead` signer's status). */
export function changeRequestsOf(
  snapshot: ProjectSnapshot,
  states: ReadonlyMap<string, FormSignoffState> | null,
): ChangeRequestInput[] {
  return snapshot.instances
    .filter((i) => i.record.template === "T5" && snapshot.forms[i.record.id])
    .map((i) => {
      const state = states?.get(i.record.id);
      const lead = state?.signers.find((s) => s.signer.role === "lead");
      return { form: snapshot.forms[i.record.id], approved: state ? lead?.status === "approved" : undefined };
    });
}

export interface RetrospectivePrefill {
  draft: RetrospectiveDraft;
  /** What to write: the draft's values for blank fields only. */
  values: ClosingValues;
  /** Fields left alone because they hold text. */
  kept: number;
}

/**
 * T8's pre-fill: `retrospectiveFromProject` with the first T2 and T7, the first WBS and issue log analysed for `today`
 * as the Weekly review analyses them, and the change requests with the ledger's answer; only blank fields written.
 */
export function retrospectivePrefill(
  snapshot: ProjectSnapshot,
  record: InstanceRecord,
  draft: Readonly<Record<string, string>>,
  options: { now: Date; today: Serial; states: ReadonlyMap<string, FormSignoffState> | null },
): RetrospectivePrefill {
  const wbsInstance = snapshot.instances.find((i) => i.record.template === "T3" && snapshot.wbs[i.record.id]);
  const weekly = wbsInstance
    ? analyseWeekly(snapshot, wbsInstance.record, { statusDate: options.today, now: options.now })
    : null;
  const made = retrospectiveFromProject({
    consensus: firstForm(snapshot, "T2"),
    acceptance: firstForm(snapshot, "T7"),
    wbs: weekly?.wbs ?? null,
    issues: weekly?.issues ?? null,
    changeRequests: changeRequestsOf(snapshot, options.states),
    language: record.language,
    date: options.today,
  });
  return { draft: made, ...blankOnly(made.values, draft) };
}
