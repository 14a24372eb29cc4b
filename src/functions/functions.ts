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
  rowsOf,
  SLA_LABELS,
  slaState,
  smartAdvice,
  STATUS_LABELS,
  toFiniteNumber,
  waitingOnLookup,
  type Language,
  type WorkCalendar,
} from "../core";
import { toExcelError } from "./excel-error";
import { lift } from "./lift";

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

// Per-row arguments may be whole columns (array lifting, lift.ts): the function then returns a column, each cell's
// error in its own cell. The sheet-wide ones (language, tolerance, calendar, weekend) stay single. The lifted
// functions return `any` (a value, or rows of values) so that the metadata's result stays the scalar it always was.

/**
 * Status of a task: Completed, Blocked, Lagging, In progress or Not started (已完成/阻塞/滞后/进行中/未开始). Empty row: "". Columns give a column.
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
): any {
  return inLanguage(language, (lang) =>
    lift(
      { start, due, finish, progress, blocker, statusDate, waitingOn },
      (row) => {
        const task = parseTask(row);
        const tol = parseTolerance(tolerance);
        const cal = workCalendar(calendar, weekend);
        if (task === null) return "";
        const { status: result } = assessTask(task, requireDate(row.statusDate, "statusDate"), cal, tol);
        return STATUS_LABELS[lang][result];
      },
      (error) => toExcelError(error, lang),
    ),
  );
}

/**
 * Working days a task is late: working days after the due date up to the finish date, or up to the status date while open. Columns give a column.
 * @customfunction LAG
 * @param due Due date; blank gives "".
 * @param finish Actual finish date; blank while the task is open.
 * @param statusDate The date to judge on (the sheet's status-date cell).
 * @param [calendar] Holidays: one column of dates, or two columns (date, holiday/休 or workday/班).
 * @param [weekend] Weekend days: 7 digits of 0/1 from Monday (default "0000011") or a code 1–7, 11–17.
 * @returns Working days late (0 when on time).
 */
export function lag(due: any, finish: any, statusDate: any, calendar?: any[][], weekend?: any): any {
  return bilingual(() =>
    lift(
      { due, finish, statusDate },
      (row): number | string => {
        const dueDate = parseDate(row.due, "due");
        const finishDate = parseDate(row.finish, "finish");
        const cal = workCalendar(calendar, weekend);
        const day = parseDate(row.statusDate, "statusDate");
        if (dueDate === null) return "";
        // A finished task's lag is fixed by its finish date, so it needs no status date.
        return lagDays(dueDate, finishDate, finishDate ?? day ?? requireDate(row.statusDate, "statusDate"), cal);
      },
      (error) => toExcelError(error, "both"),
    ),
  );
}

/**
 * Expected progress (0–1) at the status date: the share of the task's working days that have passed. Columns give a column.
 * @customfunction EXPECTED
 * @param start Start date; blank gives "".
 * @param due Due date; blank gives "".
 * @param statusDate The date to judge on (the sheet's status-date cell).
 * @param [calendar] Holidays: one column of dates, or two columns (date, holiday/休 or workday/班).
 * @param [weekend] Weekend days: 7 digits of 0/1 from Monday (default "0000011") or a code 1–7, 11–17.
 * @returns Expected progress between 0 and 1.
 */
export function expected(start: any, due: any, statusDate: any, calendar?: any[][], weekend?: any): any {
  return bilingual(() =>
    lift(
      { start, due, statusDate },
      (row): number | string => {
        const task = parseTask({ start: row.start, due: row.due, finish: null, progress: null, blocker: null });
        const cal = workCalendar(calendar, weekend);
        if (task === null || task.start === null || task.due === null) return "";
        return expectedProgress(task.start, task.due, requireDate(row.statusDate, "statusDate"), cal);
      },
      (error) => toExcelError(error, "both"),
    ),
  );
}

/**
 * Working days from start to end, both included, like NETWORKDAYS.INTL but also honouring make-up workdays (班). Columns give a column.
 * @customfunction WORKDAYS
 * @param start First date.
 * @param end Last date; before start gives a negative count.
 * @param [calendar] Holidays: one column of dates, or two columns (date, holiday/休 or workday/班).
 * @param [weekend] Weekend days: 7 digits of 0/1 from Monday (default "0000011") or a code 1–7, 11–17.
 * @returns The number of working days.
 */
export function workdays(start: any, end: any, calendar?: any[][], weekend?: any): any {
  return bilingual(() =>
    lift(
      { start, end },
      (row) => {
        const from = requireDate(row.start, "start");
        const to = requireDate(row.end, "end");
        return workCalendar(calendar, weekend).networkdays(from, to);
      },
      (error) => toExcelError(error, "both"),
    ),
  );
}

/**
 * The date a number of working days after (or before, if negative) a start date, like WORKDAY.INTL with make-up workdays (班). Columns give a column.
 * @customfunction WORKDAY
 * @param start Start date.
 * @param days Working days to add; negative counts backwards.
 * @param [calendar] Holidays: one column of dates, or two columns (date, holiday/休 or workday/班).
 * @param [weekend] Weekend days: 7 digits of 0/1 from Monday (default "0000011") or a code 1–7, 11–17.
 * @returns The date as a serial number (format the cell as a date).
 */
export function workday(start: any, days: any, calendar?: any[][], weekend?: any): any {
  return bilingual(() =>
    lift(
      { start, days },
      (row) => {
        const from = requireDate(row.start, "start");
        const count = toFiniteNumber(row.days, "days");
        if (count === undefined) throw inputError("days", "notNumber", { value: row.days });
        const cal = workCalendar(calendar, weekend);
        if (Math.abs(count) > 3_000_000) throw inputError("days", "resultOutOfRange");
        const result = cal.addWorkdays(from, count);
        if (!inDateRange(result)) throw inputError("days", "resultOutOfRange", { value: formatDate(from) });
        return result;
      },
      (error) => toExcelError(error, "both"),
    ),
  );
}

/**
 * The predecessors a task is still waiting on: the listed ids whose task has no finish date and is below 100%. Columns give a column.
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
): any {
  return bilingual(() => {
    const waiting = waitingOnLookup(ids, finishes, progresses, allPredecessors);
    return lift(
      { predecessors },
      (row) => waiting(row.predecessors).join(", "),
      (error) => toExcelError(error, "both"),
    );
  });
}

/**
 * The Waiting-on column of a whole task table in one call, spilled beside the table (a table cannot hold a spill):
 * each row's unfinished predecessors as CONCORD.WAITINGON gives them with the predecessors column, cycles included.
 * @customfunction WAITINGONALL
 * @param ids The task-id column.
 * @param predecessors The predecessors column, the same size as ids.
 * @param finishes The actual-finish column, the same size as ids.
 * @param progresses The percent-complete column, the same size as ids.
 * @returns One row per task: its unfinished predecessor ids joined by ", ", "", or the row's error.
 */
export function waitingOnAll(ids: any[][], predecessors: any[][], finishes: any[][], progresses: any[][]): any[][] {
  return bilingual(() => {
    const waiting = waitingOnLookup(ids, finishes, progresses, predecessors, { checkNow: true });
    return rowsOf(predecessors).map((row) =>
      row.map((text) => {
        try {
          return waiting(text).join(", ");
        } catch (error) {
          return toExcelError(error, "both");
        }
      }),
    );
  });
}

/**
 * Issue SLA state: Met, Response overdue, Solution overdue or Open (达标/响应超时/解决超时/处理中). Columns give a column.
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
): any {
  return inLanguage(language, (lang) =>
    lift(
      { raisedAt, respondedAt, resolvedAt, statusTime, responseHours, solutionHours },
      (row) => {
        const issue = parseIssue(row.raisedAt, row.respondedAt, row.resolvedAt);
        const windows = parseSlaWindows(row.responseHours, row.solutionHours);
        const now = parseDateTime(row.statusTime, "statusTime");
        if (issue === null) return "";
        return SLA_LABELS[lang][slaState(issue, windows, now)];
      },
      (error) => toExcelError(error, lang),
    ),
  );
}

/**
 * Checks a goal or delivery standard against SMART: "" when it names a measurable target and a deadline, else what is missing. Columns give a column.
 * @customfunction SMART
 * @param text The goal or delivery-standard text.
 * @param [language] en-US or zh-CN; blank = en-US.
 * @returns "" or advice on what is missing.
 */
export function smart(text: any, language?: any): any {
  return inLanguage(language, (lang) =>
    lift(
      { text },
      (row) => smartAdvice(row.text, lang),
      (error) => toExcelError(error, lang),
    ),
  );
}
