import {
  assessTask,
  calendarFrom,
  expectedProgress,
  formatDate,
  inDateRange,
  inputError,
  lagDays,
  parseDate,
  parseDateTime,
  parseIssue,
  parseLanguage,
  parseSlaWindows,
  parseTask,
  parseTolerance,
  parseWeekend,
  requireDate,
  SLA_LABELS,
  slaState,
  smartAdvice,
  STATUS_LABELS,
  toFiniteNumber,
  unfinishedPredecessors,
  type Language,
  type WorkCalendar,
} from "../core";
import { toExcelError } from "./excel-error";

// The build appends CustomFunctions.associate(...) calls to this module. Office.js defines CustomFunctions when it
// loads, so it is missing only where Office.js did not load (a browser preview without network) or on a client that
// opens the Excel page elsewhere: registering nowhere then beats an uncaught ReferenceError.
if (typeof CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
}

// Every function runs its body through one of these two guards, so nothing but CustomFunctions.Error leaves it.
// Messages are in the function's language argument; functions without one answer in both languages.

function inLanguage<T>(language: unknown, body: (language: Language) => T): T {
  let messages: Language | "both" = "both";
  try {
    const chosen = parseLanguage(language);
    messages = chosen;
    return body(chosen);
  } catch (error) {
    throw toExcelError(error, messages);
  }
}

function bilingual<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error, "both");
  }
}

function workCalendar(calendar: unknown, weekend: unknown): WorkCalendar {
  return calendarFrom(parseWeekend(weekend), calendar);
}

/**
 * Status of a task: Completed, Blocked, Lagging, In progress or Not started (已完成/阻塞/滞后/进行中/未开始). Empty row: "".
 * @customfunction STATUS
 * @param start Start date (a date or yyyy-mm-dd text); may be blank.
 * @param due Due date.
 * @param finish Actual finish date; blank while the task is open.
 * @param progress Percent complete, 0%–100%.
 * @param blocker Blocker text; any text makes the task Blocked.
 * @param statusDate The date to judge on (the sheet's status-date cell).
 * @param [language] en-US or zh-CN; blank = en-US.
 * @param [tolerance] How far behind the expected progress a task may be before it is Lagging; blank = 10%.
 * @param [calendar] Holidays: one column of dates, or two columns (date, holiday/休 or workday/班).
 * @param [weekend] Weekend days: 7 digits of 0/1 from Monday (default "0000011") or a code 1–7, 11–17.
 * @param [waitingOn] Unfinished predecessor ids, as CONCORD.WAITINGON gives them: Blocked from the start date on (at once with no start).
 * @returns The status text.
 */
export function status(
  start: any,
  due: any,
  finish: any,
  progress: any,
  blocker: any,
  statusDate: any,
  language?: any,
  tolerance?: any,
  calendar?: any[][],
  weekend?: any,
  waitingOn?: any,
): string {
  return inLanguage(language, (lang) => {
    const task = parseTask({ start, due, finish, progress, blocker, waitingOn });
    const tol = parseTolerance(tolerance);
    const cal = workCalendar(calendar, weekend);
    if (task === null) return "";
    const { status: result } = assessTask(task, requireDate(statusDate, "statusDate"), cal, tol);
    return STATUS_LABELS[lang][result];
  });
}

/**
 * Working days a task is late: working days after the due date up to the finish date, or up to the status date while open.
 * @customfunction LAG
 * @param due Due date; blank gives "".
 * @param finish Actual finish date; blank while the task is open.
 * @param statusDate The date to judge on (the sheet's status-date cell).
 * @param [calendar] Holidays: one column of dates, or two columns (date, holiday/休 or workday/班).
 * @param [weekend] Weekend days: 7 digits of 0/1 from Monday (default "0000011") or a code 1–7, 11–17.
 * @returns Working days late (0 when on time).
 */
export function lag(due: any, finish: any, statusDate: any, calendar?: any[][], weekend?: any): number | string {
  return bilingual(() => {
    const dueDate = parseDate(due, "due");
    const finishDate = parseDate(finish, "finish");
    const cal = workCalendar(calendar, weekend);
    const day = parseDate(statusDate, "statusDate");
    if (dueDate === null) return "";
    // A finished task's lag is fixed by its finish date, so it needs no status date.
    return lagDays(dueDate, finishDate, finishDate ?? day ?? requireDate(statusDate, "statusDate"), cal);
  });
}

/**
 * Expected progress (0–1) at the status date: the share of the task's working days that have passed.
 * @customfunction EXPECTED
 * @param start Start date; blank gives "".
 * @param due Due date; blank gives "".
 * @param statusDate The date to judge on (the sheet's status-date cell).
 * @param [calendar] Holidays: one column of dates, or two columns (date, holiday/休 or workday/班).
 * @param [weekend] Weekend days: 7 digits of 0/1 from Monday (default "0000011") or a code 1–7, 11–17.
 * @returns Expected progress between 0 and 1.
 */
export function expected(start: any, due: any, statusDate: any, calendar?: any[][], weekend?: any): number | string {
  return bilingual(() => {
    const task = parseTask({ start, due, finish: null, progress: null, blocker: null });
    const cal = workCalendar(calendar, weekend);
    if (task === null || task.start === null || task.due === null) return "";
    return expectedProgress(task.start, task.due, requireDate(statusDate, "statusDate"), cal);
  });
}

/**
 * Working days from start to end, both included, like NETWORKDAYS.INTL but also honouring make-up workdays (班).
 * @customfunction WORKDAYS
 * @param start First date.
 * @param end Last date; before start gives a negative count.
 * @param [calendar] Holidays: one column of dates, or two columns (date, holiday/休 or workday/班).
 * @param [weekend] Weekend days: 7 digits of 0/1 from Monday (default "0000011") or a code 1–7, 11–17.
 * @returns The number of working days.
 */
export function workdays(start: any, end: any, calendar?: any[][], weekend?: any): number {
  return bilingual(() => {
    const from = requireDate(start, "start");
    const to = requireDate(end, "end");
    return workCalendar(calendar, weekend).networkdays(from, to);
  });
}

/**
 * The date a number of working days after (or before, if negative) a start date, like WORKDAY.INTL with make-up workdays (班).
 * @customfunction WORKDAY
 * @param start Start date.
 * @param days Working days to add; negative counts backwards.
 * @param [calendar] Holidays: one column of dates, or two columns (date, holiday/休 or workday/班).
 * @param [weekend] Weekend days: 7 digits of 0/1 from Monday (default "0000011") or a code 1–7, 11–17.
 * @returns The date as a serial number (format the cell as a date).
 */
export function workday(start: any, days: any, calendar?: any[][], weekend?: any): number {
  return bilingual(() => {
    const from = requireDate(start, "start");
    const count = toFiniteNumber(days, "days");
    if (count === undefined) throw inputError("days", "notNumber", { value: days });
    const cal = workCalendar(calendar, weekend);
    if (Math.abs(count) > 3_000_000) throw inputError("days", "resultOutOfRange");
    const result = cal.addWorkdays(from, count);
    if (!inDateRange(result)) throw inputError("days", "resultOutOfRange", { value: formatDate(from) });
    return result;
  });
}

/**
 * The predecessors a task is still waiting on: the listed ids whose task has no finish date and is below 100%.
 * @customfunction WAITINGON
 * @param predecessors Predecessor ids, separated by , ， ; or spaces (e.g. "WBS-001, WBS-003").
 * @param ids The task-id column.
 * @param finishes The actual-finish column, the same size as ids.
 * @param progresses The percent-complete column, the same size as ids.
 * @param [allPredecessors] The whole predecessors column, the same size as ids: a predecessor in a cycle is then #VALUE!.
 * @returns The unfinished predecessor ids joined by ", "; "" when none.
 */
export function waitingOn(
  predecessors: any,
  ids: any[][],
  finishes: any[][],
  progresses: any[][],
  allPredecessors?: any[][],
): string {
  return bilingual(() => unfinishedPredecessors(predecessors, ids, finishes, progresses, allPredecessors).join(", "));
}

/**
 * Issue SLA state: Met, Response overdue, Solution overdue or Open (达标/响应超时/解决超时/处理中).
 * @customfunction SLA
 * @param raisedAt When the issue was raised (date-time).
 * @param respondedAt When the first response measure came; blank if none yet.
 * @param resolvedAt When it was resolved; blank while open.
 * @param statusTime The time to judge an open issue on (e.g. a cell holding =NOW()).
 * @param [language] en-US or zh-CN; blank = en-US.
 * @param [responseHours] Response window in hours; blank = 2.
 * @param [solutionHours] Solution window in hours; blank = 24.
 * @returns The SLA state text; "" for an empty row.
 */
export function sla(
  raisedAt: any,
  respondedAt: any,
  resolvedAt: any,
  statusTime: any,
  language?: any,
  responseHours?: any,
  solutionHours?: any,
): string {
  return inLanguage(language, (lang) => {
    const issue = parseIssue(raisedAt, respondedAt, resolvedAt);
    const windows = parseSlaWindows(responseHours, solutionHours);
    const now = parseDateTime(statusTime, "statusTime");
    if (issue === null) return "";
    return SLA_LABELS[lang][slaState(issue, windows, now)];
  });
}

/**
 * Checks a goal or delivery standard against SMART: "" when it names a measurable target and a deadline, else what is missing.
 * @customfunction SMART
 * @param text The goal or delivery-standard text.
 * @param [language] en-US or zh-CN; blank = en-US.
 * @returns "" or advice on what is missing.
 */
export function smart(text: any, language?: any): string {
  return inLanguage(language, (lang) => smartAdvice(text, lang));
}
