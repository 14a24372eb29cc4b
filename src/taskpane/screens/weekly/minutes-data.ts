/**
 * The Weekly review's meeting-minutes part as pure steps over the file's snapshot: which T4 the screen acts on, the
 * T4 draft from the brief (in the forms' language, not the pane's), and the action items still to add to the WBS.
 */
import {
  actionItemsToWbs,
  minutesFromBrief,
  type ActionsToWbs,
  type InstanceRecord,
  type MinutesDraft,
} from "../../../core";
import type { ProjectSnapshot, TemplateInstance } from "../../../hosts/types";
import { briefOf, type WeeklyAnalysis } from "./weekly-data";

/** The minutes the screen offers to carry into the WBS: the file's last T4 (the newest meeting), or null. */
export function latestMinutes(snapshot: ProjectSnapshot): TemplateInstance | null {
  const all = snapshot.instances.filter((i) => i.record.template === "T4");
  return all.length ? all[all.length - 1] : null;
}

/**
 * The draft of a new T4 for the analysed week: the brief written in the WBS's language (the forms' language, so the
 * minutes read like the sheets they come from), attendees from the first consensus form (T2) or else the WBS's
 * Departments table.
 */
export function minutesDraftFor(
  snapshot: ProjectSnapshot,
  analysis: WeeklyAnalysis,
  wbs: InstanceRecord,
): MinutesDraft {
  const consensus = snapshot.instances.find((i) => i.record.template === "T2");
  const departments = snapshot.wbs[wbs.id]?.departments;
  return minutesFromBrief(
    briefOf(analysis, analysis.language),
    consensus ? (snapshot.forms[consensus.record.id] ?? null) : null,
    departments ? { departments } : {},
  );
}

export interface MinutesActions extends ActionsToWbs {
  /** How many of `rows` fall past the Tasks table's last row: the rows the host adds to the table (it grows). */
  grows: number;
}

/** The WBS rows the minutes' action items become, notes on those left out (`actionItemsToWbs`), and the growth. */
export function actionsFor(snapshot: ProjectSnapshot, minutes: InstanceRecord, wbs: InstanceRecord): MinutesActions {
  const data = snapshot.wbs[wbs.id];
  const tasks = data?.tasks ?? [];
  const actions = snapshot.forms[minutes.id]?.tables.actions ?? [];
  const result = actionItemsToWbs(actions, tasks, data?.departments ? { departments: data.departments } : {});
  const tableRows = tasks.reduce((max, t) => Math.max(max, t.row), 0);
  return { ...result, grows: result.rows.filter((r) => r.row > tableRows).length };
}
