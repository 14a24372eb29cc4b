/**
 * The major-issue windows an own issue list's SLA column uses: the project's (`projectSlaWindows`: the first consensus
 * form's (T2) hours, else the first issue log's (T6) header, else the guide's 2 h / 24 h), read from one snapshot.
 */
import {
  bi,
  ConcordInputError,
  getTemplate,
  projectSlaWindows,
  slotsOf,
  type Bilingual,
  type SlaWindows,
  type SlaWindowsSource,
  type TemplateId,
} from "../../../../core";
import type { FieldValues, ProjectSnapshot } from "../../../../hosts/types";

export type ListSlaWindows =
  | { ok: true; windows: SlaWindows; source: SlaWindowsSource }
  /** Bad hours in the form the windows come from: which form, the field's label, and the input error. */
  | { ok: false; source: Exclude<SlaWindowsSource, "default">; field: Bilingual; error: ConcordInputError };

const TEMPLATE_OF: Record<Exclude<SlaWindowsSource, "default">, TemplateId> = { consensus: "T2", issueLog: "T6" };

function firstFields(snapshot: ProjectSnapshot, template: TemplateId): FieldValues | undefined {
  const record = snapshot.instances.find((i) => i.record.template === template)?.record;
  return record ? snapshot.forms[record.id]?.values : undefined;
}

export function listSlaWindows(snapshot: ProjectSnapshot): ListSlaWindows {
  const consensus = firstFields(snapshot, "T2");
  const log = firstFields(snapshot, "T6");
  // Only the major windows: an own list has no normal issues, so T6's normal hours must not refuse its column.
  const logMajor = log && { responseHours: log.responseHours, solutionHours: log.solutionHours };
  try {
    const { windows, majorSource } = projectSlaWindows(consensus, logMajor);
    return { ok: true, windows: windows.major, source: majorSource };
  } catch (error) {
    if (!(error instanceof ConcordInputError)) throw error;
    // T2 decides when it sets hours: if T2 alone is readable, the bad hours are T6's.
    const source = readable(consensus) ? "issueLog" : "consensus";
    const slot = slotsOf(getTemplate(TEMPLATE_OF[source])).find((s) => s.key === error.argument);
    return { ok: false, source, field: slot?.label ?? bi(error.argument, error.argument), error };
  }
}

function readable(consensus: FieldValues | undefined): boolean {
  try {
    projectSlaWindows(consensus, undefined);
    return true;
  } catch {
    return false;
  }
}
