/**
 * `npm run bench`: the STATUS and LAG custom functions (and WORKDAYS / WORKDAY) over 100,000 synthetic WBS rows with a
 * 30-entry two-column calendar (holidays and make-up workdays), compared with a straightforward day-by-day
 * implementation of the same SPEC §4 rules in the same process. Both must give identical results for every row
 * (exit 1 otherwise). Prints one line per benchmark: `<name>: <rows per second> rows/s (<ratio>x vs day-by-day)`.
 * Then WAITINGON over a 10,000-row WBS, as Excel calls it (each row its own copy of the columns), without and with the
 * whole predecessors column (cycle check): `WAITINGON …: <ms> ms per row`.
 * Then a full recalculation of the T3 template's formula columns at 100 and 10,000 tasks, as Excel calls them: the
 * spilled CONCORD.WAITINGONALL once (its own copies of the four columns), then per row CONCORD.STATUS and CONCORD.LAG
 * (each call its own copy of the calendar); the Waiting-on cells are Excel's INDEX of the spill, no custom function.
 * `WBS recalculation: <a> µs/task at 100 tasks, <b> µs/task at 10,000 tasks (<b/a>x)`; exit 1 above 2x (not linear).
 *
 * Each call receives the calendar as the 2-D array Excel passes (rows of [date, kind]); both sides reuse a parsed
 * calendar by content (RangeMemo: Excel hands every call its own copy of the range) and parse every other argument
 * with the same core parsers, so the ratio measures the counting and the rules, not different input handling.
 */
import {
  formatDate,
  getTemplate,
  tablesOf,
  parseCalendarEntries,
  parseDate,
  parseLanguage,
  parseTask,
  parseTolerance,
  parseWeekend,
  RangeMemo,
  requireDate,
  serialFromDate,
  STATUS_LABELS,
  toNumber,
  type Serial,
  type TaskStatus,
} from "../src/core";
import { toExcelError } from "../src/functions/excel-error";
import { lag, status, waitingOn, waitingOnAll, workday, workdays } from "../src/functions/functions";
import { DayByDayCalendar } from "../test/support/reference-calendar";
import { benchWeekly } from "./weekly";
import { mulberry32 } from "../test/support/random";

type Cell = number | string | null;

const ROWS = 100_000;
const RUNS = 3;
const d = (y: number, m: number, day: number) => serialFromDate(y, m, day);

// China 2026 (illustrative): 22 holidays (休/holiday) and 8 make-up workdays (班/workday) on weekends.
// prettier-ignore
const HOLIDAYS = [
  "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-23",
  "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-02",
  "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2025-10-01", "2025-10-02",
];
// prettier-ignore
const MAKE_UP_DAYS = [
  "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10", "2025-09-28", "2025-10-11",
];
const serialOf = (iso: string) => {
  const [y, m, day] = iso.split("-").map(Number);
  return d(y, m, day);
};
const CALENDAR: Cell[][] = [
  ...HOLIDAYS.map((iso, i): Cell[] => [serialOf(iso), i % 3 === 0 ? "holiday" : "休"]),
  ...MAKE_UP_DAYS.map((iso, i): Cell[] => [serialOf(iso), i % 2 === 0 ? "班" : "workday"]),
].sort((a, b) => (a[0] as number) - (b[0] as number));

interface Row {
  start: Cell;
  due: Cell;
  finish: Cell;
  progress: Cell;
  blocker: Cell;
  statusDate: Cell;
  language: string;
  /** What CONCORD.WAITINGON gave, for STATUS's waitingOn. */
  waitingOn: string | null;
  /** Working days to add, for WORKDAY. */
  days: number;
}

function makeRows(count: number, seed: number): Row[] {
  const rand = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const asCell = (serial: Serial): Cell => (rand() < 0.03 ? formatDate(serial) : serial); // some ISO text dates
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const start = d(2025, 7, 1) + int(0, 365);
    const workingDays = int(1, 120);
    const due = start + Math.floor(((workingDays - 1) * 7) / 5) + int(0, 2); // 1–120 working days, roughly
    const statusDate = d(2026, 1, 1) + int(-60, 365); // spread over a year and more
    const finished = rand() < 0.25;
    const p = rand();
    rows.push({
      start: rand() < 0.05 ? null : asCell(start),
      due: asCell(due),
      finish: finished ? asCell(start + int(0, due - start + 25)) : null,
      progress: p < 0.2 ? null : p < 0.25 ? 1 : Math.round(rand() * 20) / 20,
      blocker: rand() < 0.04 ? "需求变更未确认" : null,
      statusDate,
      language: i % 2 === 0 ? "zh-CN" : "en-US",
      waitingOn: i % 10 === 3 ? "WBS-001, WBS-002" : null, // not drawn: the other columns stay as they were
      days: int(-20, 120),
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// The day-by-day counterpart: the same argument parsing, then SPEC §4 with a calendar that walks day by day.

// Remembered by content like the closed-form side (calendarFrom), so the ratio compares counting, not parsing.
const recentDayByDay = new RangeMemo<DayByDayCalendar>();

function dayByDayCalendar(calendar: unknown, weekend: unknown): DayByDayCalendar {
  const mask = parseWeekend(weekend);
  return recentDayByDay.get(mask.join(), calendar, () => new DayByDayCalendar(mask, parseCalendarEntries(calendar)));
}

const EPSILON = 1e-9;

/** Working days in [S, D] / working days in [S, E], capped at 1 (a span with no working day is due at once). */
function expectedDayByDay(start: Serial, due: Serial, statusDate: Serial, cal: DayByDayCalendar): number {
  if (statusDate < start) return 0;
  const total = cal.countWorkdays(start, due);
  if (total === 0) return statusDate >= due ? 1 : 0;
  return Math.min(1, cal.countWorkdays(start, statusDate) / total);
}

function statusDayByDay(
  start: Cell,
  due: Cell,
  finish: Cell,
  progress: Cell,
  blocker: Cell,
  statusDate: Cell,
  language: Cell,
  tolerance: Cell,
  calendar: Cell[][] | null,
  weekend: Cell,
  waitingOn: Cell,
): string {
  let messages: "en-US" | "zh-CN" | "both" = "both";
  try {
    const lang = parseLanguage(language);
    messages = lang;
    const task = parseTask({ start, due, finish, progress, blocker, waitingOn });
    const tol = parseTolerance(tolerance);
    const cal = dayByDayCalendar(calendar, weekend);
    if (task === null) return "";
    const D = requireDate(statusDate, "statusDate");
    const { start: S, due: E, finish: F, progress: P } = task;
    // Like assessTask, the expected progress is worked out whenever start and due are known (the task pane shows it).
    const expected = S !== null && E !== null ? expectedDayByDay(S, E, D, cal) : null;
    let result: TaskStatus;
    if (F !== null || (P !== null && P >= 1)) result = "completed";
    else if (task.blocker !== "") result = "blocked";
    else if (task.waitingOn!.length > 0 && (S === null || D >= S)) result = "blocked";
    else if (E !== null && D > E) result = "lagging";
    else if (S !== null && expected !== null && P !== null && D >= S && P < expected - tol - EPSILON) {
      result = "lagging";
    } else if ((P !== null && P > 0) || (S !== null && D >= S)) result = "inProgress";
    else result = "notStarted";
    return STATUS_LABELS[lang][result];
  } catch (error) {
    throw toExcelError(error, messages);
  }
}

function lagDayByDay(
  due: Cell,
  finish: Cell,
  statusDate: Cell,
  calendar: Cell[][] | null,
  weekend: Cell,
): number | string {
  try {
    const E = parseDate(due, "due");
    const F = parseDate(finish, "finish");
    const cal = dayByDayCalendar(calendar, weekend);
    const D = parseDate(statusDate, "statusDate");
    if (E === null) return "";
    const X = F ?? D ?? requireDate(statusDate, "statusDate");
    let count = 0;
    for (let day = E + 1; day <= X; day++) if (cal.isWorkingDay(day)) count++;
    return count;
  } catch (error) {
    throw toExcelError(error, "both");
  }
}

function workdaysDayByDay(start: Cell, end: Cell, calendar: Cell[][] | null, weekend: Cell): number {
  try {
    const from = requireDate(start, "start");
    const to = requireDate(end, "end");
    const cal = dayByDayCalendar(calendar, weekend);
    return to >= from ? cal.countWorkdays(from, to) : -cal.countWorkdays(to, from);
  } catch (error) {
    throw toExcelError(error, "both");
  }
}

function workdayDayByDay(start: Cell, days: Cell, calendar: Cell[][] | null, weekend: Cell): number {
  try {
    const from = requireDate(start, "start");
    const count = toNumber(days);
    if (count === undefined) throw new Error("days is not a number");
    return dayByDayCalendar(calendar, weekend).addWorkdays(from, Math.trunc(count));
  } catch (error) {
    throw toExcelError(error, "both");
  }
}

// ---------------------------------------------------------------------------------------------------------------

type Result = string | number;
type Impl = (row: Row) => Result;

interface Benchmark {
  name: string;
  fast: Impl;
  dayByDay: Impl;
}

/** Runs an implementation over every row; a thrown CustomFunctions error becomes a comparable result. */
function runAll(impl: Impl, rows: readonly Row[], out: Result[]): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rows.length; i++) {
    try {
      out[i] = impl(rows[i]);
    } catch (error) {
      const e = error as { code?: string; message?: string };
      out[i] = `${e.code ?? "?"} ${e.message ?? String(error)}`;
    }
  }
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function best(impl: Impl, rows: readonly Row[], out: Result[]): number {
  runAll(impl, rows.slice(0, 20_000), []); // warm-up: let the JIT settle
  let fastest = Infinity;
  for (let run = 0; run < RUNS; run++) fastest = Math.min(fastest, runAll(impl, rows, out));
  return fastest;
}

const BENCHMARKS: Benchmark[] = [
  {
    name: "STATUS",
    fast: (r) =>
      status(
        r.start,
        r.due,
        r.finish,
        r.progress,
        r.blocker,
        r.statusDate,
        r.language,
        null,
        CALENDAR,
        null,
        r.waitingOn,
      ),
    dayByDay: (r) =>
      statusDayByDay(
        r.start,
        r.due,
        r.finish,
        r.progress,
        r.blocker,
        r.statusDate,
        r.language,
        null,
        CALENDAR,
        null,
        r.waitingOn,
      ),
  },
  {
    name: "LAG",
    fast: (r) => lag(r.due, r.finish, r.statusDate, CALENDAR, null),
    dayByDay: (r) => lagDayByDay(r.due, r.finish, r.statusDate, CALENDAR, null),
  },
  {
    name: "WORKDAYS",
    fast: (r) => workdays(r.start ?? r.statusDate, r.due, CALENDAR, null),
    dayByDay: (r) => workdaysDayByDay(r.start ?? r.statusDate, r.due, CALENDAR, null),
  },
  {
    name: "WORKDAY",
    fast: (r) => workday(r.start ?? r.statusDate, r.days, CALENDAR, null),
    dayByDay: (r) => workdayDayByDay(r.start ?? r.statusDate, r.days, CALENDAR, null),
  },
];

const WBS_ROWS = 10_000;

/** A WBS's id, predecessors, finish and progress columns as Excel passes them (rows of one cell). */
function makeWbs(count: number, seed: number) {
  const rand = mulberry32(seed);
  const id = (i: number) => `WBS-${String(i + 1).padStart(5, "0")}`;
  const ids: Cell[][] = [];
  const predecessors: Cell[][] = [];
  const finishes: Cell[][] = [];
  const progresses: Cell[][] = [];
  for (let i = 0; i < count; i++) {
    ids.push([id(i)]);
    const listed = i > 0 && rand() < 0.3 ? [id(Math.floor(rand() * i)), id(Math.floor(rand() * i))] : [];
    predecessors.push([listed.length > 0 ? [...new Set(listed)].join(", ") : null]);
    finishes.push([rand() < 0.3 ? d(2026, 3, 2) + Math.floor(rand() * 60) : null]);
    progresses.push([rand() < 0.8 ? Math.round(rand() * 20) / 20 : null]);
  }
  return { ids, predecessors, finishes, progresses };
}

/** Milliseconds per row of WAITINGON over the whole table, each call given one of a few copies of the columns. */
function waitingOnPerRow(withCycles: boolean, out: string[]): number {
  const wbs = makeWbs(WBS_ROWS, 7);
  const copy = (column: Cell[][]) => column.map((row) => [...row]);
  const copies = Array.from({ length: 4 }, () => ({
    ids: copy(wbs.ids),
    finishes: copy(wbs.finishes),
    progresses: copy(wbs.progresses),
    predecessors: copy(wbs.predecessors),
  }));
  let fastest = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < WBS_ROWS; i++) {
      const c = copies[i % copies.length];
      const all = withCycles ? c.predecessors : undefined; // Excel passes null; undefined suits the TypeScript type
      out[i] = waitingOn(wbs.predecessors[i][0], c.ids, c.finishes, c.progresses, all);
    }
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return fastest / WBS_ROWS;
}

const RECALC_SIZES = [100, 10_000] as const;
/** The T3 formula columns `recalculationPerTask` calls, so that a new one cannot go unmeasured. */
const MEASURED_COLUMNS = ["waitingOn", "status", "lagDays"];
const MAX_GROWTH = 2;

/** A T3 task table's columns as Excel passes them (rows of one cell), with dates, progress and a status date. */
function makeTaskTable(count: number, seed: number) {
  const wbs = makeWbs(count, seed);
  const rows = makeRows(count, seed + 1);
  return { ...wbs, rows };
}

/** Microseconds per task of one full recalculation of the template's formula columns, best of RUNS. */
function recalculationPerTask(count: number): number {
  const table = makeTaskTable(count, 11);
  const copy = (column: Cell[][]) => column.map((row) => [...row]);
  const recalculate = () => {
    const spill = waitingOnAll(
      copy(table.ids),
      copy(table.predecessors),
      copy(table.finishes),
      copy(table.progresses),
    ) as unknown[][];
    for (let i = 0; i < count; i++) {
      const r = table.rows[i];
      const finish = table.finishes[i][0];
      const progress = table.progresses[i][0];
      const waiting = spill[i][0];
      if (typeof waiting !== "string") throw new Error(`WBS recalculation: row ${i} waits on an error`);
      status(
        r.start,
        r.due,
        finish,
        progress,
        r.blocker,
        r.statusDate,
        r.language,
        null,
        copy(CALENDAR),
        null,
        waiting,
      );
      lag(r.due, finish, r.statusDate, copy(CALENDAR), null);
    }
  };
  // Equal work at both sizes (10,000 tasks a batch), so that garbage collection is paid alike; best of RUNS batches.
  const perBatch = Math.ceil(RECALC_SIZES[1] / count);
  const batch = () => {
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < perBatch; k++) recalculate();
    return Number(process.hrtime.bigint() - t0) / 1e3 / perBatch;
  };
  batch(); // warm-up: let the JIT settle
  let fastest = Infinity;
  for (let run = 0; run < RUNS + 2; run++) fastest = Math.min(fastest, batch());
  return fastest / count;
}

function main(): number {
  const rows = makeRows(ROWS, 20260316);
  let failed = false;
  for (const bench of BENCHMARKS) {
    const fastOut: Result[] = new Array(rows.length);
    const slowOut: Result[] = new Array(rows.length);
    const fastTime = best(bench.fast, rows, fastOut);
    const slowTime = best(bench.dayByDay, rows, slowOut);
    const mismatches: number[] = [];
    for (let i = 0; i < rows.length; i++) if (fastOut[i] !== slowOut[i]) mismatches.push(i);
    if (mismatches.length > 0) {
      failed = true;
      console.error(`${bench.name}: ${mismatches.length} rows differ from the day-by-day implementation, e.g.`);
      for (const i of mismatches.slice(0, 5)) {
        console.error(
          `  row ${i} ${JSON.stringify(rows[i])}: ${JSON.stringify(fastOut[i])} vs ${JSON.stringify(slowOut[i])}`,
        );
      }
    }
    const errors = fastOut.filter((r) => typeof r === "string" && r.startsWith("#")).length;
    if (errors > 0) {
      failed = true;
      console.error(`${bench.name}: ${errors} rows gave an error, but every synthetic row is valid`);
    }
    if (bench.name === "STATUS") {
      const labels = new Set(fastOut);
      const all = [...Object.values(STATUS_LABELS["en-US"]), ...Object.values(STATUS_LABELS["zh-CN"])];
      const missing = all.filter((label) => !labels.has(label));
      if (missing.length > 0) {
        failed = true;
        console.error(`STATUS: the synthetic rows never gave ${missing.join(", ")}`);
      }
    }
    const rate = Math.round(rows.length / fastTime / 1000) * 1000;
    const ratio = slowTime / fastTime;
    console.log(`${bench.name}: ${rate.toLocaleString("en-US")} rows/s (${ratio.toFixed(1)}x vs day-by-day)`);
  }
  const plain: string[] = [];
  const checked: string[] = [];
  const perRow = waitingOnPerRow(false, plain);
  const perRowChecked = waitingOnPerRow(true, checked);
  if (plain.some((text, i) => text !== checked[i])) {
    failed = true;
    console.error("WAITINGON: the cycle check changed a result, but the synthetic WBS has no cycle");
  }
  const table = `${WBS_ROWS.toLocaleString("en-US")}-row WBS`;
  console.log(`WAITINGON (${table}): ${perRow.toFixed(3)} ms per row`);
  console.log(`WAITINGON (${table}, with allPredecessors): ${perRowChecked.toFixed(3)} ms per row`);
  const formulaColumns = tablesOf(getTemplate("T3"))
    .flatMap((table) => table.columns)
    .filter((column) => column.formula)
    .map((column) => column.id);
  if (formulaColumns.join() !== MEASURED_COLUMNS.join()) {
    failed = true;
    console.error(
      `WBS recalculation: T3's formula columns are ${formulaColumns.join(", ")}; the bench measures ${MEASURED_COLUMNS.join(", ")}`,
    );
  }
  const [small, large] = RECALC_SIZES.map(recalculationPerTask);
  const growth = large / small;
  const tasks = (n: number) => n.toLocaleString("en-US");
  console.log(
    `WBS recalculation: ${small.toFixed(2)} µs/task at ${tasks(RECALC_SIZES[0])} tasks, ` +
      `${large.toFixed(2)} µs/task at ${tasks(RECALC_SIZES[1])} tasks (${growth.toFixed(2)}x)`,
  );
  if (growth > MAX_GROWTH) {
    failed = true;
    console.error(`WBS recalculation: the cost per task grows ${growth.toFixed(2)}x (more than ${MAX_GROWTH}x)`);
  }
  if (!benchWeekly()) failed = true;
  return failed ? 1 : 0;
}

process.exitCode = main();
