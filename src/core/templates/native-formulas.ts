/**
 * The WBS and issue-log rules (SPEC §4) as formulas of built-in spreadsheet functions: the "native" dialect of the
 * calculated columns, for standalone files opened without the add-in. They compute what src/core computes (status.ts,
 * calendar.ts, dependencies.ts, sla.ts) with functions that Excel 2010+ and LibreOffice 7.4 both read without a
 * `_xlfn.` prefix and evaluate without array entry: IF, AND, OR, NOT, CHOOSE, ISERROR, ISTEXT, ISNUMBER, MIN, ROUND,
 * TRIM, MID, SUBSTITUTE, REPT, CHAR, COUNT, COUNTA, COUNTIF(S) and NETWORKDAYS, with SUMPRODUCT where a range is
 * compared cell by cell or counted against a list of criteria. No XLOOKUP, FILTER, LET, TEXTSPLIT (LibreOffice 7.4
 * lacks them) and no NETWORKDAYS.INTL (stored as `_xlfn.NETWORKDAYS.INTL`, which LibreOffice 7.4 does not read; the
 * templates use NETWORKDAYS's Saturday–Sunday weekend).
 *
 * Where a formula cannot follow core exactly it gives an error instead of a different answer (#VALUE! for bad input
 * as CONCORD's functions do, #N/A for an unknown predecessor), except for the cases marked "Differs":
 * - Error messages: CONCORD's functions explain an error (hover text); a plain #VALUE! cannot.
 * - Dates, times, progress and hours must be numbers (what typing into the formatted cells gives): text in those
 *   cells is #VALUE!, also ISO text such as "2026-11-02" that CONCORD accepts, and a cell holding only spaces (blank
 *   for CONCORD). Calendar dates likewise.
 * - Differs: dates before 1900-03-01 (serials 1–60) are not rejected.
 * - Differs: a calendar date listed as both holiday and workday (CONCORD: #VALUE!) counts as a workday, and a make-up
 *   workday listed twice counts twice. Kind text with surrounding spaces is #VALUE! (CONCORD trims it).
 * - Waiting on: at most `MAX_PREDECESSORS` ids (more: #VALUE!) in a text of at most 255 characters. Unknown id: #N/A;
 *   an id listed twice in the task list: #VALUE!. Cost: each listed id is looked up by two SUMPRODUCTs over the task
 *   list, so a full recalculation is about 2 × tasks × listed ids comparisons, O(tasks²), all inside Excel's own
 *   (multi-threaded) calculation with nothing marshalled; the add-in's sheet instead spills one CONCORD.WAITINGONALL.
 * - Differs: an id repeated in one cell is listed twice (CONCORD lists it once; the status is the same). A predecessor
 *   whose finish or progress is text counts as finished (CONCORD: #VALUE!; that predecessor's own status is #VALUE! in
 *   both), and its progress is compared with 100 % as stored, not as shown.
 * - Differs: cycles. CONCORD.WAITINGON, given the predecessors column, makes a predecessor in a cycle #VALUE!; the
 *   native formula cannot follow chains, so it lists the unfinished ids of the cycle as usual (those tasks show
 *   Blocked once they may start, which they are: each waits on the other).
 */
import { CALENDAR_KINDS } from "../calendar";
import {
  DEFAULT_RESPONSE_HOURS,
  DEFAULT_SOLUTION_HOURS,
  NO_SLA_LABEL,
  SEVERITY_LABELS,
  type Severity,
  SLA_LABELS,
} from "../sla";
import { DEFAULT_TOLERANCE, STATUS_LABELS } from "../status";
import type { Language } from "../language";

/** Predecessor ids a native Waiting-on cell reads (each one costs about 1,300 characters of Excel's 8,192). */
export const MAX_PREDECESSORS = 4;
/** Longest predecessor text the fixed-width split handles (every separator becomes this many spaces). */
const SPLIT_WIDTH = 255;
/** status.ts compares fractions with this margin (0.3 − 0.1 ≠ 0.2 in binary). */
const FRACTION_EPSILON = "0.000000001";
/** sla.ts: half a second, in days, so that times typed to the minute compare equal. */
const TIME_EPSILON = "0.5/86400";
/**
 * dependencies.ts splitPredecessors: , ， ; ； 、 and white space (the ideographic space; tab, line feed and carriage
 * return as CHAR(), which stay readable in the formula bar and survive XML's line-end normalization).
 */
const SEPARATORS = ['","', '"，"', '";"', '"；"', '"、"', '"\u3000"', "CHAR(9)", "CHAR(10)", "CHAR(13)"];

const VALUE_ERROR = "#VALUE!";
const NA_ERROR = "#N/A";

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const or = (...terms: string[]) => `OR(${terms.join(",")})`;
const and = (...terms: string[]) => `AND(${terms.join(",")})`;
const arrayOf = (texts: readonly string[]) => `{${texts.map(quote).join(",")}}`;

/** A two-column calendar table (date, kind) by its column ranges. */
export interface CalendarColumns {
  dates: string;
  kinds: string;
}

const WORKDAY_KINDS = Object.keys(CALENDAR_KINDS).filter((kind) => CALENDAR_KINDS[kind] === "workday");

/**
 * Working days in [from, to] by calendar.ts: NETWORKDAYS over every calendar date (holidays on weekdays drop out;
 * make-up workdays, on weekends, are no-ops there) plus the make-up workdays in range. A make-up workday on a weekday
 * is dropped by NETWORKDAYS and added back by the count, so it changes nothing, as in core.
 */
export function nativeWorkdays(from: string, to: string, calendar: CalendarColumns): string {
  const { dates, kinds } = calendar;
  const madeUp = `SUMPRODUCT(COUNTIFS(${dates},">="&(${from}),${dates},"<="&(${to}),${kinds},${arrayOf(WORKDAY_KINDS)}))`;
  return `(NETWORKDAYS(${from},${to},${dates})+${madeUp})`;
}

/** TRUE when the calendar has something core rejects: a non-date, a kind without a date, an unknown kind. */
function calendarInvalid({ dates, kinds }: CalendarColumns): string {
  return or(
    `COUNT(${dates})<COUNTA(${dates})`,
    `COUNTIFS(${dates},"",${kinds},"<>")>0`,
    `COUNTA(${kinds})>SUMPRODUCT(COUNTIF(${kinds},${arrayOf(Object.keys(CALENDAR_KINDS))}))`,
  );
}

/** One WBS row's cells, by reference, and the sheet-wide inputs. */
export interface TaskCells {
  start: string;
  due: string;
  finish: string;
  progress: string;
  blocker: string;
  /** The row's Waiting-on cell (itself `nativeWaitingOn`). */
  waitingOn: string;
  statusDate: string;
  calendar: CalendarColumns;
}

/** Progress as Excel shows it (values.ts atDisplayPrecision: 15 decimal places of 0–1). */
const shown = (progress: string) => `ROUND(${progress},15)`;

/** status.ts parseTask's checks: dates and progress are numbers, progress in 0–1, due not before start. */
function taskInvalid(t: TaskCells): string {
  return or(
    `ISTEXT(${t.start})`,
    `ISTEXT(${t.due})`,
    `ISTEXT(${t.finish})`,
    `ISTEXT(${t.progress})`,
    `${shown(t.progress)}<0`,
    `${shown(t.progress)}>1`,
    and(`ISNUMBER(${t.start})`, `ISNUMBER(${t.due})`, `${t.due}<${t.start}`),
  );
}

/** Progress more than the tolerance behind the expected progress on `date` (status.ts), for a started task. */
function behindOn(t: Pick<TaskCells, "start" | "due" | "progress" | "calendar">, date: string): string {
  const { start: s, due: d } = t;
  const span = nativeWorkdays(s, d, t.calendar);
  // expectedProgress: elapsed working days over the span's, capped at 1; a span without working days is due at once.
  const expected = `IF(${span}=0,IF(${date}>=${d},1,0),MIN(1,${nativeWorkdays(s, date, t.calendar)}/${span}))`;
  return `${shown(t.progress)}<${expected}-${DEFAULT_TOLERANCE}-${FRACTION_EPSILON}`;
}

/**
 * STATUS (status.ts assessTask), first rule that applies: Completed (finish date, or 100 % as shown) → Blocked
 * (blocker text, or waiting on a predecessor once the start date is reached or without one) → Lagging (overdue, or progress more than the tolerance
 * behind the expected progress) → In progress (progress > 0, or started) → Not started; "" for an empty row.
 * An error in the Waiting-on cell (unknown predecessor) is the status too, as CONCORD.STATUS passes it through.
 */
export function nativeStatus(t: TaskCells, language: Language): string {
  const labels = STATUS_LABELS[language];
  const { start: s, due: d, finish: f, statusDate: today } = t;
  const p = shown(t.progress);
  const label = (key: keyof typeof labels) => quote(labels[key]);
  const started = and(`${s}<>""`, `${today}>=${s}`);
  // Waiting blocks once the task may start: from its start date on, or at once without one.
  const mayStart = or(`${s}=""`, `${today}>=${s}`);
  const behind = behindOn(t, today);
  const rules =
    `IF(OR(${f}<>"",${p}>=1),${label("completed")},` +
    `IF(OR(TRIM(${t.blocker})<>"",AND(${mayStart},${t.waitingOn}<>"")),${label("blocked")},` +
    `IF(AND(${d}<>"",${today}>${d}),${label("lagging")},` +
    `IF(AND(${started},${d}<>"",${t.progress}<>""),IF(${behind},${label("lagging")},${label("inProgress")}),` +
    `IF(OR(${p}>0,${started}),${label("inProgress")},${label("notStarted")})))))`;
  return (
    `=IF(ISERROR(${t.waitingOn}),${t.waitingOn},` +
    `IF(${calendarInvalid(t.calendar)},${VALUE_ERROR},` +
    `IF(TRIM(${s}&${d}&${f}&${t.progress}&${t.blocker})="","",` +
    `IF(OR(${taskInvalid(t)},NOT(ISNUMBER(${today}))),${VALUE_ERROR},${rules}))))`
  );
}

/** LAG (status.ts lagDays): working days d with due < d ≤ finish, or ≤ the status date while open; "" without a due date. */
export function nativeLag(t: Pick<TaskCells, "due" | "finish" | "statusDate" | "calendar">): string {
  const { due: d, finish: f, statusDate: today } = t;
  const until = `IF(${f}<>"",${f},${today})`;
  return (
    `=IF(OR(${calendarInvalid(t.calendar)},ISTEXT(${d}),ISTEXT(${f}),ISTEXT(${today})),${VALUE_ERROR},` +
    `IF(${d}="","",IF(AND(${f}="",${today}=""),${VALUE_ERROR},` +
    `IF(${until}>${d},${nativeWorkdays(`${d}+1`, until, t.calendar)},0))))`
  );
}

/** The cells the 24-hour measures flag reads: this row's (the status cell as its formula gives it) and the sheet's. */
export interface MeasuresFlagCells extends Pick<TaskCells, "start" | "due" | "progress" | "statusDate" | "calendar"> {
  status: string;
  measures: string;
  measuresDue: string;
}

/**
 * Lagging for more than 24 hours without response measures (SPEC §2 step 6; the pane's analysis uses the same
 * definition): the task is Lagging on the status date D, was already Lagging on D − 1 (the calendar day before), and
 * has no measures text, or measures due before D. With the status cell saying Lagging on D (so not completed, not
 * blocked, valid input), Lagging on D − 1 is exactly: overdue on D − 1 (due < D − 1), or started by D − 1 and more than
 * the tolerance behind the progress expected on D − 1 — judged on the progress typed now, as the sheet keeps no
 * history. A formula of built-in functions (a TRUE/FALSE condition), for the conditional format of both dialects.
 */
export function nativeNeedsMeasures(c: MeasuresFlagCells, language: Language): string {
  const { start: s, due: d, statusDate: today } = c;
  const yesterday = `(${today}-1)`;
  const laggingYesterday = or(
    and(`${d}<>""`, `${yesterday}>${d}`),
    and(`${s}<>""`, `${yesterday}>=${s}`, `${d}<>""`, `${c.progress}<>""`, behindOn(c, yesterday)),
  );
  const noMeasures = or(`TRIM(${c.measures})=""`, and(`ISNUMBER(${c.measuresDue})`, `${c.measuresDue}<${today}`));
  return `=${and(`${c.status}=${quote(STATUS_LABELS[language].lagging)}`, laggingYesterday, noMeasures)}`;
}

/** The cells WAITINGON reads: this row's predecessor text and the task list's id, finish and progress columns. */
export interface PredecessorCells {
  predecessors: string;
  ids: string;
  finishes: string;
  progresses: string;
}

/**
 * WAITINGON (dependencies.ts unfinishedPredecessors): the listed ids whose task has no finish date and is below
 * 100 %, as written and in the order written, joined by ", ". The text is split by turning every separator into a
 * space and every space into `SPLIT_WIDTH` spaces, so that the k-th id is the trimmed k-th slice of that width.
 */
export function nativeWaitingOn(c: PredecessorCells): string {
  const spaced = SEPARATORS.reduce((text, separator) => `SUBSTITUTE(${text},${separator}," ")`, c.predecessors);
  const padded = `SUBSTITUTE(TRIM(${spaced})," ",REPT(" ",${SPLIT_WIDTH}))`;
  const id = (k: number) => `TRIM(MID(${padded},${(k - 1) * SPLIT_WIDTH + 1},${SPLIT_WIDTH}))`;
  // Ids compare as trimmed text, case-insensitively, as in core (numbers too: TRIM(1) = "1"); no wildcards.
  const matches = (t: string) => `(TRIM(${c.ids})=${t})`;
  const unfinished = (t: string) => `SUMPRODUCT(${matches(t)}*(${c.finishes}="")*(${c.progresses}<1))`;
  // CHOOSE by how often the id occurs in the task list: never (#N/A), once, more than once (#VALUE!).
  const part = (k: number) => {
    const t = id(k);
    const count = `SUMPRODUCT(--${matches(t)})`;
    return `IF(${t}="","",CHOOSE(MIN(${count},2)+1,${NA_ERROR},IF(${unfinished(t)}>0,", "&${t},""),${VALUE_ERROR}))`;
  };
  const parts = Array.from({ length: MAX_PREDECESSORS }, (_, k) => part(k + 1)).join("&");
  return `=IF(${id(MAX_PREDECESSORS + 1)}<>"",${VALUE_ERROR},MID(${parts},3,${SPLIT_WIDTH}))`;
}

/** One issue row's cells and the log's inputs. */
export interface IssueCells {
  raisedAt: string;
  respondedAt: string;
  resolvedAt: string;
  statusTime: string;
  severity: string;
  /** The major-issue windows (blank: 2 h and 24 h). */
  responseHours: string;
  solutionHours: string;
  /** The normal-issue windows (both blank: normal issues have no SLA). */
  normalResponseHours: string;
  normalSolutionHours: string;
}

/** A severity's windows as cells, and what a blank one means (null: it cannot be blank). */
export interface WindowCells {
  response: string;
  solution: string;
  defaults: { response: number; solution: number } | null;
}

/**
 * The severity dispatch of the SLA column (sla.ts slaStateBySeverity), shared by both dialects: a major issue gets
 * `clock` with the major windows (blank = 2 h / 24 h); a normal issue gets it with the normal windows when both are
 * set, no SLA when both are blank, #VALUE! when only one is (a blank window never falls back to the major default);
 * any other severity (blank too) has no SLA. A row without an SLA shows `NO_SLA_LABEL`, an empty row "".
 * Severity matches either language's label in any case, as sla.ts severityOf does (the ids are the English labels).
 */
export function slaBySeverity(c: IssueCells, language: Language, clock: (windows: WindowCells) => string): string {
  const is = (severity: Severity) =>
    or(...Object.values(SEVERITY_LABELS[severity]).map((label) => `TRIM(${c.severity})=${quote(label)}`));
  const none = `IF(${c.raisedAt}&${c.respondedAt}&${c.resolvedAt}="","",${quote(NO_SLA_LABEL[language])})`;
  const major = { response: c.responseHours, solution: c.solutionHours, defaults: MAJOR_DEFAULTS };
  const { normalResponseHours: response, normalSolutionHours: solution } = c;
  const normal =
    `IF(AND(${response}="",${solution}=""),${none},` +
    `IF(OR(${response}="",${solution}=""),${VALUE_ERROR},${clock({ response, solution, defaults: null })}))`;
  return `=IF(${is("major")},${clock(major)},IF(${is("normal")},${normal},${none}))`;
}

const MAJOR_DEFAULTS = { response: DEFAULT_RESPONSE_HOURS, solution: DEFAULT_SOLUTION_HOURS };

/**
 * SLA (sla.ts slaState) under one severity's windows: a resolved issue on its own times (a resolution without a
 * response counts as the response), an open one against the status time: Solution overdue → Response overdue →
 * Met / Open; "" for an empty row.
 */
function nativeSlaClock(c: IssueCells, language: Language, windows: WindowCells): string {
  const labels = SLA_LABELS[language];
  const label = (key: keyof typeof labels) => quote(labels[key]);
  const { raisedAt: raised, respondedAt: responded, resolvedAt: resolved, statusTime: now } = c;
  const hours = (cell: string, fallback: number | undefined) =>
    fallback === undefined ? cell : `IF(${cell}="",${fallback},${cell})`;
  const responseHours = hours(windows.response, windows.defaults?.response);
  const solutionHours = hours(windows.solution, windows.defaults?.solution);
  const late = (time: string, windowHours: string) => `${time}>${raised}+${windowHours}/24+${TIME_EPSILON}`;
  const before = (time: string, earliest: string) => and(`${time}<>""`, `${time}<${earliest}-${TIME_EPSILON}`);
  const inputsInvalid = or(
    `ISTEXT(${raised})`,
    `ISTEXT(${responded})`,
    `ISTEXT(${resolved})`,
    `ISTEXT(${now})`,
    `ISTEXT(${windows.response})`,
    `ISTEXT(${windows.solution})`,
    and(`${windows.response}<>""`, `${windows.response}<=0`),
    and(`${windows.solution}<>""`, `${windows.solution}<=0`),
    `${solutionHours}<${responseHours}`,
  );
  const issueInvalid = or(
    `${raised}=""`,
    before(responded, raised),
    before(resolved, raised),
    and(`${responded}<>""`, before(resolved, responded)),
  );
  const resolvedState =
    `IF(${late(resolved, solutionHours)},${label("solutionOverdue")},` +
    `IF(${late(`IF(${responded}<>"",${responded},${resolved})`, responseHours)},${label("responseOverdue")},${label("met")}))`;
  const openState =
    `IF(${now}="",${VALUE_ERROR},IF(${late(now, solutionHours)},${label("solutionOverdue")},` +
    `IF(${late(`IF(${responded}<>"",${responded},${now})`, responseHours)},${label("responseOverdue")},${label("open")})))`;
  return (
    `IF(${inputsInvalid},${VALUE_ERROR},IF(${raised}&${responded}&${resolved}="","",` +
    `IF(${issueInvalid},${VALUE_ERROR},IF(${resolved}<>"",${resolvedState},${openState}))))`
  );
}

/** The SLA column in built-in functions: the severity dispatch over the native clock. */
export function nativeSla(c: IssueCells, language: Language): string {
  return slaBySeverity(c, language, (windows) => nativeSlaClock(c, language, windows));
}
