import type { WorkCalendar } from "./calendar";
import { splitPredecessors } from "./dependencies";
import { formatDate, parseDate, type Serial } from "./dates";
import { inputError } from "./errors";
import type { Language } from "./language";
import { isBlank, parseFraction, textOf } from "./values";

export type TaskStatus = "completed" | "blocked" | "lagging" | "inProgress" | "notStarted";

export const STATUS_LABELS: Record<Language, Record<TaskStatus, string>> = {
  "en-US": {
    completed: "Completed",
    inProgress: "In progress",
    lagging: "Lagging",
    blocked: "Blocked",
    notStarted: "Not started",
  },
  "zh-CN": {
    completed: "已完成",
    inProgress: "进行中",
    lagging: "滞后",
    blocked: "阻塞",
    notStarted: "未开始",
  },
};

/** One WBS row as the rules see it. Dates are whole-day serials; progress is 0..1. */
export interface Task {
  start: Serial | null;
  due: Serial | null;
  finish: Serial | null;
  progress: number | null;
  blocker: string;
  /**
   * Predecessor ids that are not completed (see dependencies.ts). Waiting blocks the task once the status date reaches
   * its start; a task without a start date may begin at any time, so waiting blocks it at once.
   */
  waitingOn?: readonly string[];
}

/** Which rule of SPEC §4 decided the status: lets the task pane explain it. */
export type StatusRule =
  | "finished"
  | "fullProgress"
  | "blocker"
  | "waiting"
  | "overdue"
  | "behindSchedule"
  | "progressed"
  | "started"
  | "notStarted";

export interface Assessment {
  status: TaskStatus;
  rule: StatusRule;
  /** Expected progress at the status date, when start and due are known. */
  expected: number | null;
}

export const DEFAULT_TOLERANCE = 0.1;
/** Guards comparisons of fractions against binary rounding (0.3 − 0.1 ≠ 0.2). */
const EPSILON = 1e-9;

/** Parses and checks the raw cells of one task row; returns null for a row with no inputs at all. */
export function parseTask(raw: {
  start: unknown;
  due: unknown;
  finish: unknown;
  progress: unknown;
  blocker: unknown;
  /** Text of the unfinished predecessors (`parseWaitingOn`); not an input of its own: alone it is still a blank row. */
  waitingOn?: unknown;
}): Task | null {
  if ([raw.start, raw.due, raw.finish, raw.progress].every(isBlank) && textOf(raw.blocker) === "") return null;
  const start = parseDate(raw.start, "start");
  const due = parseDate(raw.due, "due");
  const finish = parseDate(raw.finish, "finish");
  const progress = parseFraction(raw.progress, "progress");
  if (start !== null && due !== null && due < start) {
    throw inputError("due", "dueBeforeStart", { value: formatDate(due), other: formatDate(start) });
  }
  // A finish before the planned start is an early finish (SPEC §4 rule 1), not bad input.
  return { start, due, finish, progress, blocker: textOf(raw.blocker), waitingOn: parseWaitingOn(raw.waitingOn) };
}

const NOT_WAITING: readonly string[] = Object.freeze([]);

/**
 * The predecessors a task is waiting on, from the text CONCORD.WAITINGON gives ("WBS-001, WBS-003"; blank = none).
 * A range or FALSE is read like the blocker (`textOf`).
 */
export function parseWaitingOn(value: unknown): readonly string[] {
  return isBlank(value) ? NOT_WAITING : splitPredecessors(textOf(value));
}

/** Tolerance in 0..1 (0.1 = 10 percentage points); blank → the default. */
export function parseTolerance(value: unknown, argument = "tolerance"): number {
  return parseFraction(value, argument) ?? DEFAULT_TOLERANCE;
}

/**
 * Expected progress at `statusDate`: working days in [start, statusDate] / working days in [start, due], in 0..1.
 * A span with no working day at all counts as due at once: 0 before its due date, 1 from it on.
 */
export function expectedProgress(start: Serial, due: Serial, statusDate: Serial, calendar: WorkCalendar): number {
  if (statusDate < start) return 0;
  const total = calendar.countWorkdays(start, due);
  if (total === 0) return statusDate >= due ? 1 : 0;
  return Math.min(1, calendar.countWorkdays(start, statusDate) / total);
}

/** Working days d with due < d ≤ X, X = finish for a finished task, else the status date; 0 when X ≤ due. */
export function lagDays(due: Serial, finish: Serial | null, statusDate: Serial, calendar: WorkCalendar): number {
  const until = finish ?? statusDate;
  return until > due ? calendar.countWorkdays(due + 1, until) : 0;
}

/** SPEC §4: the first rule that applies decides. */
export function assessTask(
  task: Task,
  statusDate: Serial,
  calendar: WorkCalendar,
  tolerance = DEFAULT_TOLERANCE,
): Assessment {
  const { start, due, finish, progress } = task;
  const expected = start !== null && due !== null ? expectedProgress(start, due, statusDate, calendar) : null;
  const decide = (status: TaskStatus, rule: StatusRule): Assessment => ({ status, rule, expected });
  const started = start !== null && statusDate >= start;
  const mayStart = start === null || statusDate >= start;

  if (finish !== null) return decide("completed", "finished");
  if (progress !== null && progress >= 1) return decide("completed", "fullProgress");
  if (task.blocker !== "") return decide("blocked", "blocker");
  if (mayStart && task.waitingOn && task.waitingOn.length > 0) return decide("blocked", "waiting");
  if (due !== null && statusDate > due) return decide("lagging", "overdue");
  if (expected !== null && progress !== null && started && progress < expected - tolerance - EPSILON) {
    return decide("lagging", "behindSchedule");
  }
  if (progress !== null && progress > 0) return decide("inProgress", "progressed");
  if (started) return decide("inProgress", "started");
  return decide("notStarted", "notStarted");
}

const WAITING_ON: Record<Language, string> = { "en-US": "waiting on ", "zh-CN": "等待前置任务 " };

/** Why a task is Blocked, to show next to its status: its blocker text or "waiting on WBS-001, …"; "" when not Blocked. */
export function blockedReason(task: Task, assessment: Assessment, language: Language): string {
  if (assessment.rule === "blocker") return task.blocker;
  if (assessment.rule === "waiting") return WAITING_ON[language] + (task.waitingOn ?? []).join(", ");
  return "";
}
