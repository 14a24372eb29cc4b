import { analyseWbs, type TaskResult, type WbsAnalysis, type WbsRow } from "../analysis";
import { type CalendarEntry, parseCalendarEntries } from "../calendar";
import { ConcordInputError } from "../errors";
import type { TaskStatus } from "../status";
import { getTemplate, tablesOf } from "../templates";
import type { ProjectWbs } from "./types";

/**
 * What the loop needs to know about a WBS. Statuses, counts, reasons and links come from `analyseWbs`, the analysis
 * the weekly review shows, for the WBS's status date (today when blank) and its own calendar: Home and the weekly
 * review apply one rule.
 */
export interface WbsFacts {
  /** Rows with anything typed in them (a pre-filled task id alone does not count). */
  tasks: number;
  counts: Record<TaskStatus, number>;
  /** Distinct departments named (a task without one adds none). */
  departments: number;
  /** Predecessor references, known or not. */
  dependencies: number;
  /** Task ids (or #row) of rows missing a required column: name, department, owner or due date. */
  incomplete: string[];
  unknownPredecessors: string[];
  /** Each cycle's task ids in row order, cycles ordered by their first row. */
  cycles: string[][];
  /** Lagging tasks without a lag reason (a Blocked task always shows its reason: its blocker or what it waits on). */
  withoutReason: string[];
  /** Every task is completed. */
  finished: boolean;
  /** Days from the update date to today; null when it is blank, undefined when the host did not read it. */
  updateAge: number | null | undefined;
  /** The analysis these facts are read from. */
  analysis: WbsAnalysis;
}

/** The columns a task must have, from the template (its required typed columns). */
const REQUIRED = tablesOf(getTemplate("T3"))
  .find((t) => t.id === "tasks")!
  .columns.filter((c) => c.required && c.kind !== "formula" && c.id !== "taskId")
  .map((c) => c.id as keyof TaskResult);

const blank = (value: unknown) => value === null || value === undefined || String(value).trim() === "";

/** The WBS's holidays and make-up workdays; none when it has no calendar or one that cannot be read (as the weekly review does). */
function calendarOf(wbs: ProjectWbs): CalendarEntry[] {
  try {
    return parseCalendarEntries(wbs.calendar ?? []);
  } catch (error) {
    if (error instanceof ConcordInputError) return [];
    throw error;
  }
}

export function wbsFacts(wbs: ProjectWbs, today: number): WbsFacts {
  // The sheet's status column is not read: its formulas give what analyseWbs gives for the same date and calendar.
  // A host's rows carry their table row and response measures; rows without them are numbered in order.
  const rows: WbsRow[] = wbs.tasks.map((task, i) => ({ row: i + 1, ...task }));
  const analysis = analyseWbs({
    rows,
    statusDate: wbs.statusDate ?? today,
    calendar: calendarOf(wbs),
    updateDate: wbs.updateDate ?? null,
  });
  const name = (task: { row: number; taskId: string }) => task.taskId || `#${task.row}`;
  const { tasks, counts } = analysis;
  const updateAge =
    wbs.updateDate === undefined ? undefined : wbs.updateDate === null ? null : today - Math.floor(wbs.updateDate);
  return {
    tasks: tasks.length,
    counts,
    departments: analysis.byDepartment.filter((d) => d.department !== "").length,
    dependencies: analysis.links + analysis.unknownPredecessors.length,
    incomplete: tasks.filter((t) => REQUIRED.some((column) => blank(t[column]))).map(name),
    unknownPredecessors: analysis.unknownPredecessors.map((u) => u.id),
    cycles: analysis.cycles.map((c) => c.ids),
    withoutReason: analysis.withoutReason.map(name),
    finished: tasks.length > 0 && counts.completed === tasks.length,
    updateAge,
    analysis,
  };
}
