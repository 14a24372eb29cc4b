/**
 * The Weekly review's data: the project snapshot (one `readProject`) turned into the WBS and issue analyses of
 * src/core for a chosen status date, and the progress brief. Pure: no React, no host calls, so every rule is tested
 * alone (test/taskpane/screens/weekly/weekly-data.test.ts).
 */
import {
  analyseIssues,
  analyseWbs,
  ConcordInputError,
  describeInputError,
  isBlank,
  parseCalendarEntries,
  parseDateTime,
  projectSlaWindows,
  serialFromDate,
  weeklyBrief,
  type Bilingual,
  type CalendarEntry,
  type InstanceRecord,
  type IssueRow,
  type IssuesAnalysis,
  type Language,
  type Serial,
  type SeverityWindows,
  type SlaWindows,
  type SlaWindowsSource,
  type WbsAnalysis,
  type WeeklyBrief,
} from "../../../core";
import type { FieldValues, ProjectSnapshot, WbsData } from "../../../hosts/types";

/** Today's date as a serial, in the pane's local time zone (the day the user sees on their calendar). */
export function todaySerial(now: Date): Serial {
  return serialFromDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** `now` as a date-time serial in local time, to the minute. */
export function nowSerial(now: Date): Serial {
  return todaySerial(now) + (now.getHours() * 60 + now.getMinutes()) / 1440;
}

/**
 * The clock of open issues: now when the status date is today; else the end of the chosen day (23:59), so a past
 * day counts everything that happened on it and a future day shows what will be late by then.
 */
export function statusTimeFor(statusDate: Serial, now: Date): Serial {
  return statusDate === todaySerial(now) ? nowSerial(now) : statusDate + 1439 / 1440;
}

/** Where the major windows came from, for the screen to say. */
export type WindowsSource = SlaWindowsSource;

export interface IssueWindows {
  windows: SeverityWindows;
  /** Where the major windows came from. */
  majorSource: WindowsSource;
}

/**
 * The windows by severity (`projectSlaWindows`: major from T2, else T6, else 2 h / 24 h; normal from T6 or none) in
 * the analysis's shape. Bad hours throw `ConcordInputError` naming the field.
 */
export function issueWindows(consensus: FieldValues | undefined, issueLog: FieldValues | undefined): IssueWindows {
  const { windows, majorSource } = projectSlaWindows(consensus, issueLog);
  const shape = (w: SlaWindows) => ({ response: w.responseHours, solution: w.solutionHours });
  return {
    windows: { major: shape(windows.major), ...(windows.normal ? { normal: shape(windows.normal) } : {}) },
    majorSource,
  };
}

type Cell = string | number | null | undefined;
const text = (value: Cell) => (value === null || value === undefined ? "" : String(value));

/** A time cell as a serial; text that is not a date-time reads as blank (the sheet's SLA cell shows the error). */
function time(value: Cell): Serial | null {
  try {
    return parseDateTime(value, "time");
  } catch (error) {
    if (error instanceof ConcordInputError) return null;
    throw error;
  }
}

/** The issue log's rows as `analyseIssues` takes them; `row` is 1-based within the Issues table. */
export function issueRows(rows: ReadonlyArray<Record<string, Cell>>): IssueRow[] {
  return rows.map((r, i) => ({
    row: i + 1,
    issueId: text(r.issueId),
    raisedAt: time(r.raisedAt),
    respondedAt: time(r.respondedAt),
    resolvedAt: time(r.resolvedAt),
    severity: text(r.severity),
    owner: text(r.owner),
    raisedBy: text(r.raisedBy),
    description: text(r.description),
    measures: text(r.measures),
  }));
}

/** The first instance of a template in file order. */
function first(snapshot: ProjectSnapshot, template: string): InstanceRecord | undefined {
  return snapshot.instances.find((i) => i.record.template === template)?.record;
}

/** The status date the screen starts with: the WBS's status-date cell, or today when it is blank. */
export function initialStatusDate(wbs: WbsData | undefined, now: Date): Serial {
  return wbs?.statusDate === null || wbs?.statusDate === undefined ? todaySerial(now) : Math.floor(wbs.statusDate);
}

/** The project's name as the forms give it (T3's header is not in the snapshot): the first non-blank one. */
export function projectNameOf(snapshot: ProjectSnapshot): string {
  for (const { record } of snapshot.instances) {
    const name = snapshot.forms[record.id]?.values.projectName;
    if (!isBlank(name)) return String(name).trim();
  }
  return "";
}

/** A problem that stops part of the analysis, in both languages. */
export type WeeklyProblem = { part: "calendar" | "windows"; message: Bilingual };

export interface WeeklyAnalysis {
  wbs: WbsAnalysis;
  /** Null when the file has no issue log (T6), or its windows cannot be read (see `problems`). */
  issues: IssuesAnalysis | null;
  /** The issue log analysed, if any. */
  issueLog: InstanceRecord | null;
  majorSource: WindowsSource | null;
  problems: WeeklyProblem[];
  statusDate: Serial;
  statusTime: Serial;
  projectName: string;
  /** The WBS's language: its task names, departments and reasons are written in it. */
  language: Language;
}

const bilingualError = (error: ConcordInputError): Bilingual => ({
  "en-US": describeInputError(error, "en-US"),
  "zh-CN": describeInputError(error, "zh-CN"),
});

/** Runs `compute`; an input error becomes a problem of `part` and the result null. */
function attempt<T>(part: WeeklyProblem["part"], problems: WeeklyProblem[], compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof ConcordInputError)) throw error;
    problems.push({ part, message: bilingualError(error) });
    return null;
  }
}

/**
 * The weekly analysis of one WBS for a status date: statuses, lag, dependencies and freshness (`analyseWbs`, with the
 * WBS's calendar), and the SLA of the file's first issue log (`analyseIssues`). Throws when the snapshot has no such
 * WBS (the file changed since the screen opened).
 */
export function analyseWeekly(
  snapshot: ProjectSnapshot,
  instance: InstanceRecord,
  options: { statusDate: Serial; now: Date },
): WeeklyAnalysis {
  const data = snapshot.wbs[instance.id];
  if (!data) throw new RangeError(`The task breakdown ${instance.id} is not in the file any more`);
  const { statusDate } = options;
  const problems: WeeklyProblem[] = [];
  const calendar: CalendarEntry[] =
    attempt("calendar", problems, () => parseCalendarEntries(data.calendar ?? [])) ?? [];
  const wbs = analyseWbs({
    rows: data.tasks,
    statusDate,
    calendar,
    updateDate: data.updateDate ?? null,
  });
  const statusTime = statusTimeFor(statusDate, options.now);
  const log = first(snapshot, "T6");
  const consensus = first(snapshot, "T2");
  const logContent = log ? snapshot.forms[log.id] : undefined;
  const windows = log
    ? attempt("windows", problems, () =>
        issueWindows(consensus && snapshot.forms[consensus.id]?.values, logContent?.values),
      )
    : null;
  const issues =
    windows && logContent
      ? analyseIssues({ rows: issueRows(logContent.tables.issues ?? []), statusTime, windows: windows.windows })
      : null;
  return {
    wbs,
    issues,
    issueLog: log ?? null,
    majorSource: windows?.majorSource ?? null,
    problems,
    statusDate,
    statusTime,
    projectName: projectNameOf(snapshot),
    language: instance.language,
  };
}

/** The progress brief of an analysis, in the given language. */
export function briefOf(analysis: WeeklyAnalysis, language: Language): WeeklyBrief {
  return weeklyBrief(analysis.wbs, analysis.issues, {
    statusDate: analysis.statusDate,
    projectName: analysis.projectName,
    language,
  });
}

/** What a row selection did: all rows, only the first block (Excel before ExcelApi 1.18), or none. */
export type SelectionOutcome = { kind: "all" | "partial" | "none"; selected: number; asked: number };

export function selectionOutcome(asked: number, selected: number): SelectionOutcome {
  const kind = selected <= 0 ? "none" : selected >= asked ? "all" : "partial";
  return { kind, selected, asked };
}
