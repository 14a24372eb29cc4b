/**
 * The generated WBS evaluated in a real formula engine (HyperFormula with the CONCORD functions): the sheet planned by
 * `planSheet(T3, …, { references: "a1" })` — the same template formulas with A1 addresses, since HyperFormula has no
 * Excel tables — is filled with sample rows (blank rows, finished tasks, a blocker, overdue and behind-schedule tasks,
 * predecessor dependencies, a typo in a predecessor, a holiday and a make-up workday in the calendar). Its Status,
 * Lag and Waiting-on columns must equal what the core rules give (`assessTask`, `lagDays`, `unfinishedPredecessors`).
 * The dashboard's counts and the timeline's rows, weeks and Gantt-bar conditions are evaluated on the same workbook.
 * Both formula dialects: "concord" (what the add-in inserts) and "native" (built-in functions, for standalone files).
 */
import { DetailedCellError, ErrorType, type HyperFormula, type RawCellContent } from "hyperformula";
import {
  assessTask,
  getTemplate,
  lagDays,
  LANGUAGES,
  parseCalendarEntries,
  parseTask,
  SATURDAY_SUNDAY,
  STATUS_LABELS,
  unfinishedPredecessors,
  WorkCalendar,
  type FormulaDialect,
  type Language,
  type TaskStatus,
} from "../../../src/core";
import {
  a1References,
  DASHBOARD_DEPARTMENTS,
  planDashboard,
  planSheet,
  planTimeline,
  positionsOf,
  type SheetPlan,
  TIMELINE_WEEKS,
} from "../../../src/render/sheet";
import { buildFromSheets } from "../../support/hyperformula-concord";
import { d } from "../../support/dates";

const WBS = getTemplate("T3");
const ID = "wbs001";
const TASKS = WBS.blocks.flatMap((b) => (b.type === "table" && b.table.id === "tasks" ? [b.table] : []))[0];

type Cell = string | number | null;
type Row = Partial<Record<string, Cell>>;

/** Sample rows by column id (Task ID comes from the plan). Text in both languages where it is shown. */
function sampleRows(language: Language): Row[] {
  const zh = language === "zh-CN";
  const dept = { rd: zh ? "研发部" : "R&D", mkt: zh ? "市场部" : "Marketing", legal: zh ? "法务部" : "Legal" };
  return [
    {
      taskName: "Confirm features",
      department: dept.rd,
      start: d("2026-11-02"),
      due: d("2026-11-06"),
      finish: d("2026-11-05"),
      progress: 1,
    },
    { taskName: "Design", department: dept.rd, start: d("2026-11-02"), due: d("2026-11-13"), progress: 0.5 },
    {
      taskName: "Marketing material",
      department: dept.mkt,
      predecessors: "WBS-002",
      start: d("2026-11-09"),
      due: d("2026-11-20"),
      progress: 0,
    },
    {
      taskName: "Legal review",
      department: dept.legal,
      start: d("2026-11-10"),
      due: d("2026-11-24"),
      progress: 0.2,
      blocker: zh ? "设计资源不足" : "Design resources short",
    },
    { taskName: "Build", department: dept.rd, start: d("2026-11-16"), due: d("2026-11-30") },
    {
      taskName: "Launch prep",
      department: dept.mkt,
      predecessors: "WBS-001",
      start: d("2026-11-20"),
      due: d("2026-11-27"),
    },
    {},
    { taskName: "Training", department: dept.mkt, start: d("2026-11-02"), due: d("2026-11-27"), progress: 0.1 },
    {
      taskName: "Go-live",
      department: dept.rd,
      predecessors: "WBS-005, wbs-001",
      start: d("2026-11-25"),
      due: d("2026-12-04"),
    },
    {
      taskName: "Data migration",
      department: dept.rd,
      start: d("2026-10-26"),
      due: d("2026-11-06"),
      finish: d("2026-11-12"),
      progress: 0.9,
    },
    {
      taskName: "Customer survey",
      department: dept.mkt,
      start: d("2026-10-19"),
      due: d("2026-10-30"),
      progress: 0.6,
      lagReason: zh ? "需求变更未确认" : "Change not confirmed",
    },
    {
      taskName: "Typo in predecessors",
      department: dept.legal,
      predecessors: "WBS-099",
      start: d("2026-11-02"),
      due: d("2026-11-20"),
    },
    { taskName: "Only a due date", due: d("2026-11-13") },
    { taskName: "Only a name" },
    { taskName: "No department", start: d("2026-11-09"), due: d("2026-11-18"), progress: 0.3 },
  ];
}

const CALENDAR: Record<Language, Array<[Cell, Cell]>> = {
  "en-US": [
    [d("2026-11-11"), "holiday"],
    [null, null],
    [d("2026-11-14"), "workday"],
  ],
  "zh-CN": [
    [d("2026-11-11"), "休"],
    [null, null],
    [d("2026-11-14"), "班"],
  ],
};

/** Shifts the relative parts of A1 references (outside string literals) by rows and columns. */
function shift(formula: string, rows: number, cols: number): string {
  const letters = (n: number) => {
    let s = "";
    for (let c = n + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  };
  const index = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![A-Za-z_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (_, fc, col, fr, row) => {
            const c = fc ? col : letters(index(col) + cols);
            const r = fr ? row : String(Number(row) + rows);
            return `${fc}${c}${fr}${r}`;
          }),
    )
    .join('"');
}

/** A plan's cells as HyperFormula input (text, numbers, formulas; merged areas are their top-left cell). */
function grid(plan: SheetPlan): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  const set = (r: number, c: number, v: RawCellContent) => {
    while (rows.length <= r) rows.push([]);
    rows[r][c] = v;
  };
  for (const cell of plan.cells) {
    const { content } = cell;
    if (content.kind === "text") set(cell.row, cell.col, content.text);
    else if (content.kind === "number") set(cell.row, cell.col, content.value);
    else if (content.kind === "formula") set(cell.row, cell.col, content.formula);
  }
  for (const table of plan.tables) table.columns.forEach((c, j) => set(table.row, table.col + j, c.header));
  return Object.assign(rows, { set });
}

interface Workbook {
  hf: HyperFormula;
  wbs: SheetPlan;
  language: Language;
  statusDate: number;
  rows: Row[];
  ids: string[];
  /** Value of a tasks-table column in data row i (0-based). */
  value(columnId: string, i: number): unknown;
  dashboard: SheetPlan;
  timeline: SheetPlan;
  sheetValue(plan: SheetPlan, row: number, col: number): unknown;
}

function buildWorkbook(language: Language, statusDate: number, dialect: FormulaDialect): Workbook {
  const wbs = planSheet(WBS, language, ID, { references: "a1", dialect });
  const positions = positionsOf(WBS, wbs, ID);
  const data = grid(wbs) as RawCellContent[][] & { set(r: number, c: number, v: RawCellContent): void };
  const tasks = wbs.tables.find((t) => t.tableId === "tasks")!;
  const col = (id: string) => tasks.col + TASKS.columns.findIndex((c) => c.id === id);
  const rows = sampleRows(language);
  // The coordinator types a fixed status date over =TODAY() for the weekly report.
  data.set(positions.fields.statusDate.row, positions.fields.statusDate.col, statusDate);
  for (let i = 0; i < tasks.rows; i++) {
    const r = tasks.row + 1 + i;
    data.set(r, col("taskId"), tasks.ids![i]);
    for (const [id, v] of Object.entries(rows[i] ?? {})) data.set(r, col(id), v ?? null);
    TASKS.columns.forEach((column) => {
      if (!column.formula) return;
      const formula = column.formula(a1References(positions, language, { table: "tasks", row: r, dialect }));
      if (i === 0) expect(formula).toBe(tasks.columns[TASKS.columns.indexOf(column)].formula);
      data.set(r, col(column.id), formula);
    });
  }
  const departments = wbs.tables.find((t) => t.tableId === "departments")!;
  [...new Set(rows.map((r) => r.department).filter((x): x is string => typeof x === "string"))].forEach((name, i) =>
    data.set(departments.row + 1 + i, departments.col, name),
  );
  const calendar = wbs.tables.find((t) => t.tableId === "calendar")!;
  CALENDAR[language].forEach(([date, kind], i) => {
    data.set(calendar.row + 1 + i, calendar.col, date);
    data.set(calendar.row + 1 + i, calendar.col + 1, kind);
  });

  const dashboard = planDashboard(WBS, language, ID, { references: "a1" });
  const timeline = planTimeline(WBS, language, ID, { references: "a1" });
  const timelineData = grid(timeline) as RawCellContent[][] & { set(r: number, c: number, v: RawCellContent): void };
  // Evaluate the Gantt conditions in the grid cells they colour (conditional formats cannot be evaluated directly):
  // each cell shows "T"/"F" for the rules completed, lagging or blocked, open, status-date week (descending priority).
  const bars = timeline.conditionalFormats.filter((f) => f.col === 5 && f.cols === TIMELINE_WEEKS && f.rows > 1);
  expect(bars.map((f) => f.priority)).toEqual([40, 30, 20, 10]);
  for (let r = 0; r < bars[0].rows; r++) {
    for (let c = 0; c < TIMELINE_WEEKS; c++) {
      const parts = bars.map((f) => `IF(${shift(f.formula, r, c).slice(1)},"T","F")`);
      timelineData.set(bars[0].row + r, bars[0].col + c, `=${parts.join('&","&')}`);
    }
  }
  // Array arithmetic: Excel and LibreOffice evaluate SUMPRODUCT's arguments as arrays (COUNTIFS over a list of
  // criteria in the native formulas); HyperFormula does so only with this option.
  const hf = buildFromSheets(
    { [wbs.sheetName]: data, [dashboard.sheetName]: grid(dashboard), [timeline.sheetName]: timelineData },
    { useArrayArithmetic: true },
  );
  const sheetValue = (plan: SheetPlan, row: number, col: number) =>
    hf.getCellValue({ sheet: hf.getSheetId(plan.sheetName)!, row, col });
  return {
    hf,
    wbs,
    language,
    statusDate,
    rows,
    ids: tasks.ids!,
    value: (id, i) => sheetValue(wbs, tasks.row + 1 + i, col(id)),
    dashboard,
    timeline,
    sheetValue,
  };
}

/** What the core rules say for data row i: status label, lag days and waiting-on text, or the error. */
function expected(book: Workbook, i: number) {
  const { rows, ids, language, statusDate } = book;
  const calendar = new WorkCalendar(SATURDAY_SUNDAY, parseCalendarEntries(CALENDAR[language]));
  const row = rows[i] ?? {};
  const column = (id: string) => ids.map((_, j) => [rows[j]?.[id] ?? null]);
  let waiting: string[];
  try {
    waiting = unfinishedPredecessors(
      row.predecessors ?? null,
      ids.map((x) => [x]),
      column("finish"),
      column("progress"),
      column("predecessors"),
    );
  } catch {
    return { error: true as const };
  }
  const task = parseTask({
    start: row.start ?? null,
    due: row.due ?? null,
    finish: row.finish ?? null,
    progress: row.progress ?? null,
    blocker: row.blocker ?? null,
  });
  const status: TaskStatus | null = task
    ? assessTask({ ...task, waitingOn: waiting }, statusDate, calendar).status
    : null;
  const due = typeof row.due === "number" ? row.due : null;
  const finish = typeof row.finish === "number" ? row.finish : null;
  return {
    status: status ? STATUS_LABELS[language][status] : "",
    lag: due === null ? "" : lagDays(due, finish, statusDate, calendar),
    waiting: waiting.join(", "),
    statusKey: status,
  };
}

const STATUS_DATES = ["2026-11-16", "2026-11-12"];
const DIALECTS: FormulaDialect[] = ["concord", "native"];
const cases = LANGUAGES.flatMap((language) =>
  STATUS_DATES.flatMap((date) => DIALECTS.map((dialect) => [language, date, dialect] as const)),
);

describe.each(cases)(
  "the generated WBS in a formula engine (%s, status date %s, %s formulas)",
  (language, date, dialect) => {
    const book = buildWorkbook(language, d(date), dialect);
    const count = book.ids.length;

    it("evaluates Status, Lag and Waiting on as the core rules do, row by row", () => {
      for (let i = 0; i < count; i++) {
        const want = expected(book, i);
        if ("error" in want) {
          for (const id of ["waitingOn", "status"]) {
            const v = book.value(id, i);
            expect(v).toBeInstanceOf(DetailedCellError);
            expect((v as DetailedCellError).type).toBe(ErrorType.NA);
          }
          continue;
        }
        expect([book.ids[i], book.value("status", i)]).toEqual([book.ids[i], want.status]);
        expect([book.ids[i], book.value("lagDays", i)]).toEqual([book.ids[i], want.lag]);
        expect([book.ids[i], book.value("waitingOn", i)]).toEqual([book.ids[i], want.waiting]);
      }
    });

    it("covers every status and the interesting cases", () => {
      const statuses = new Set(
        book.ids.map((_, i) => expected(book, i)).flatMap((e) => ("statusKey" in e ? [e.statusKey] : [])),
      );
      if (date === "2026-11-16") {
        expect(statuses).toEqual(new Set(["completed", "blocked", "lagging", "inProgress", "notStarted", null]));
        const labels = STATUS_LABELS[language];
        expect(book.value("status", 2)).toBe(labels.blocked); // waiting on WBS-002 once started
        expect(book.value("status", 3)).toBe(labels.blocked); // typed blocker
        expect(book.value("status", 7)).toBe(labels.lagging); // behind schedule
        expect(book.value("waitingOn", 8)).toBe("WBS-005");
        expect(book.value("lagDays", 9)).toBe(3); // finished late; the holiday does not count
        expect(book.value("lagDays", 12)).toBe(2); // the make-up Saturday counts
        expect(book.value("status", 13)).toBe(""); // a name alone is not a task yet
      }
    });

    it("counts by status and by department on the dashboard", () => {
      const { dashboard } = book;
      const labels = STATUS_LABELS[language];
      const all = book.ids.map((_, i) => expected(book, i));
      const statusRow = (label: string) =>
        dashboard.cells.find((c) => c.col === 0 && c.content.kind === "text" && c.content.text === label)!.row;
      let total = 0;
      for (const [key, label] of Object.entries(labels)) {
        const n = all.filter((e) => "statusKey" in e && e.statusKey === key).length;
        total += n;
        expect([label, book.sheetValue(dashboard, statusRow(label), 1)]).toEqual([label, n]);
      }
      const totalRow = statusRow(labels.notStarted) + 1;
      expect(book.sheetValue(dashboard, totalRow, 1)).toBe(total);
      // Average progress: completed tasks count as 100 %, the others by their % complete.
      const progress = all.reduce<number>((sum, e, i) => {
        if (!("statusKey" in e) || e.statusKey === null) return sum;
        return sum + (e.statusKey === "completed" ? 1 : Number(book.rows[i]?.progress ?? 0));
      }, 0);
      expect(book.sheetValue(dashboard, totalRow + 1, 1)).toBeCloseTo(progress / total, 12);

      // By department: names from the Departments table in order, then "no department".
      const header = dashboard.cells.find((c) => c.col === 6 && c.style === "header")!.row;
      const names = [...new Set(book.rows.map((r) => r.department).filter((x): x is string => typeof x === "string"))];
      for (let n = 0; n <= DASHBOARD_DEPARTMENTS; n++) {
        const row = header + 1 + n;
        const name = n < names.length ? names[n] : n === DASHBOARD_DEPARTMENTS ? undefined : "";
        if (name !== undefined) expect(book.sheetValue(dashboard, row, 0)).toBe(name);
        Object.keys(labels).forEach((key, j) => {
          const want = all.filter(
            (e, i) =>
              "statusKey" in e &&
              e.statusKey === key &&
              (name === undefined ? book.rows[i]?.department === undefined : book.rows[i]?.department === name),
          ).length;
          const got = book.sheetValue(dashboard, row, 1 + j);
          if (name === "") expect(got).toBe("");
          else expect([name, key, got]).toEqual([name, key, want]);
        });
      }
    });

    it("pulls the tasks into the timeline and draws bars where a week overlaps [start, due]", () => {
      const { timeline } = book;
      const header = timeline.print.titleRows![0];
      const earliest = Math.min(...book.rows.flatMap((r) => (typeof r.start === "number" ? [r.start] : [])));
      const monday = earliest - ((((earliest - 2) % 7) + 7) % 7); // serial 2 = 1900-01-01 was a Monday
      const weeks = Array.from({ length: TIMELINE_WEEKS }, (_, w) => book.sheetValue(timeline, header, 5 + w));
      expect(weeks[0]).toBe(monday);
      expect(weeks[TIMELINE_WEEKS - 1]).toBe(monday + 7 * (TIMELINE_WEEKS - 1));
      const labels = STATUS_LABELS[language];
      for (let i = 0; i < book.ids.length; i++) {
        const row = header + 1 + i;
        const task = book.rows[i] ?? {};
        const named = typeof task.taskName === "string";
        expect(book.sheetValue(timeline, row, 0)).toBe(named ? book.ids[i] : "");
        expect(book.sheetValue(timeline, row, 2)).toBe(task.start ?? "");
        expect(book.sheetValue(timeline, row, 3)).toBe(task.due ?? "");
        const want = expected(book, i);
        const status = "status" in want ? want.status : null;
        if (status !== null) expect(book.sheetValue(timeline, row, 4)).toBe(status);
        for (let w = 0; w < TIMELINE_WEEKS; w++) {
          const cell = String(book.sheetValue(timeline, row, 5 + w));
          const [completed, late, open, marker] = cell.split(",").map((part) => part === "T");
          const due = typeof task.due === "number" ? task.due : null;
          const start = typeof task.start === "number" ? task.start : due;
          const from = monday + 7 * w;
          const bar = due !== null && start !== null && start <= from + 6 && due >= from;
          expect([book.ids[i], w, open]).toEqual([book.ids[i], w, bar]);
          expect(completed).toBe(bar && status === labels.completed);
          expect(late).toBe(bar && (status === labels.lagging || status === labels.blocked));
          expect(marker).toBe(book.statusDate >= from && book.statusDate < from + 7);
        }
      }
    });
  },
);
