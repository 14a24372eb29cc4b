/**
 * What the preview shows in the templates' formula columns, computed with the same core rules the sheet's CONCORD.*
 * functions call: the WBS's Waiting on, Status and Lag (T3), the issue log's SLA state (T6). An input error shows as
 * the cell would show it, `#VALUE!` or `#N/A`.
 */
import {
  cellText,
  parsedOrNull,
  assessTask,
  calendarFrom,
  ConcordInputError,
  lagDays,
  parseDate,
  parseFraction,
  NO_SLA_LABEL,
  parseIssue,
  parseSlaWindows,
  severityOf,
  slaStateBySeverity,
  slaWindowsFromIssueLog,
  parseTask,
  SATURDAY_SUNDAY,
  SLA_LABELS,
  slaState,
  STATUS_LABELS,
  unfinishedPredecessors,
  type Language,
  type Serial,
  type WorkCalendar,
} from "../../core";
import type { WbsTask } from "../types";
import type { MemoryForm, Row } from "./memory-form";

/** A formula's result, or the error the cell would show. */
export function cell<T>(compute: () => T): T | string {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ConcordInputError) return error.kind === "notAvailable" ? "#N/A" : "#VALUE!";
    throw error;
  }
}

function workCalendar(form: MemoryForm): WorkCalendar {
  const rows = (form.tables.calendar ?? []).map((row) => [row.date, row.kind]);
  return calendarFrom(SATURDAY_SUNDAY, rows);
}

/**
 * A task row's Status as CONCORD.STATUS shows it: the row's start, due, finish, progress (0–1) and blocker cells,
 * its Waiting-on cell, the status-date cell and the calendar (or the error that reading it gave).
 */
export function taskStatus(
  row: Row,
  waitingOn: string,
  statusDate: unknown,
  calendar: WorkCalendar | string,
  language: Language,
): string {
  return cell(() => {
    const { start, due, finish, progress, blocker } = row;
    const task = parseTask({
      start,
      due,
      finish,
      progress,
      blocker,
      waitingOn: waitingOn.startsWith("#") ? "" : waitingOn,
    });
    if (task === null) return "";
    if (typeof calendar === "string") return calendar;
    if (waitingOn.startsWith("#")) return waitingOn;
    const day = parseDate(statusDate, "statusDate");
    if (day === null) return "#VALUE!";
    return STATUS_LABELS[language][assessTask(task, day, calendar).status];
  });
}

/** A task row's Lag as CONCORD.LAG shows it: working days past due, to the finish or the status date. */
export function taskLag(row: Row, statusDate: unknown, calendar: WorkCalendar | string): number | string {
  return cell((): number | string => {
    const due = parseDate(row.due, "due");
    const finish = parseDate(row.finish, "finish");
    if (due === null) return "";
    if (typeof calendar === "string") return calendar;
    const day: Serial | null = finish ?? parseDate(statusDate, "statusDate");
    return day === null ? "#VALUE!" : lagDays(due, finish, day, calendar);
  });
}

/** An issue row's SLA state as CONCORD.SLA shows it, under the given windows (blank: 2 h / 24 h). */
export function issueSla(
  row: Row,
  windows: { responseHours: unknown; solutionHours: unknown },
  statusTime: Serial | null,
  language: Language,
): string {
  return cell(() => {
    const issue = parseIssue(row.raisedAt, row.respondedAt, row.resolvedAt);
    if (issue === null) return "";
    return SLA_LABELS[language][
      slaState(issue, parseSlaWindows(windows.responseHours, windows.solutionHours), statusTime)
    ];
  });
}

/** The WBS rows with their formula columns, as `readWbs` reports them. */
export function wbsTasks(form: MemoryForm): WbsTask[] {
  const language: Language = form.record.language;
  const rows = form.tables.tasks ?? [];
  const column = (id: string) => rows.map((row) => row[id] ?? null);
  const [ids, finishes, progresses, predecessors] = ["taskId", "finish", "progress", "predecessors"].map(column);
  const statusDate = form.values.statusDate;
  const calendar = cell(() => workCalendar(form));

  return rows.map((row, i): WbsTask => {
    const waitingOn = cell(() =>
      unfinishedPredecessors(row.predecessors, ids, finishes, progresses, predecessors).join(", "),
    );
    const status = taskStatus(row, waitingOn, statusDate, calendar, language);
    const lag = taskLag(row, statusDate, calendar);
    return {
      row: i + 1,
      taskId: cellText(row.taskId),
      taskName: cellText(row.taskName),
      department: cellText(row.department),
      owner: cellText(row.owner),
      predecessors: cellText(row.predecessors),
      start: parsedOrNull(parseDate, row.start),
      due: parsedOrNull(parseDate, row.due),
      finish: parsedOrNull(parseDate, row.finish),
      progress: parsedOrNull(parseFraction, row.progress),
      resources: cellText(row.resources),
      blocker: cellText(row.blocker),
      lagReason: cellText(row.lagReason),
      notes: cellText(row.notes),
      measures: cellText(row.measures),
      measuresDue: parsedOrNull(parseDate, row.measuresDue),
      status,
      lagDays: lag,
      waitingOn,
    };
  });
}

/** The issue rows with their SLA state, as the issue log's formula column shows it. */
export function issueRows(form: MemoryForm): Row[] {
  const language = form.record.language;
  const statusTime = typeof form.values.statusTime === "number" ? form.values.statusTime : null;
  // T6 version 2: the major clock for major issues only; other severities their own windows, or "No SLA".
  const windows = cell(() => slaWindowsFromIssueLog(form.values));
  return (form.tables.issues ?? []).map((row) => ({
    ...row,
    sla: cell(() => {
      if (typeof windows === "string") return windows;
      const issue = parseIssue(row.raisedAt, row.respondedAt, row.resolvedAt);
      if (issue === null) return "";
      const state = slaStateBySeverity(issue, severityOf(row.severity), windows, statusTime);
      return state === null ? NO_SLA_LABEL[language] : SLA_LABELS[language][state];
    }),
  }));
}

/** Every table of a form as a host reads it: formula columns filled in, rows copied. */
export function formTables(form: MemoryForm): Record<string, Row[]> {
  const tables: Record<string, Row[]> = {};
  for (const [id, rows] of Object.entries(form.tables)) tables[id] = rows.map((row) => ({ ...row }));
  if (form.record.template === "T3") {
    tables.tasks = wbsTasks(form).map((task, i) => ({
      ...tables.tasks[i],
      waitingOn: task.waitingOn,
      status: task.status,
      lagDays: task.lagDays,
    }));
  }
  if (form.record.template === "T6") tables.issues = issueRows(form);
  return tables;
}
