/**
 * The native formulas of the standalone files (src/core/templates/native-formulas.ts) in a formula engine: the WBS and
 * issue-log sheets planned with `dialect: "native"` and A1 references, filled with rows, evaluated by HyperFormula and
 * compared with the add-in's functions (src/functions over src/core). Also what the native formulas document they do
 * differently, and that the stored file form stays within Excel's formula length and needs no `_xlfn.` function.
 * (test/e2e/native-formulas.e2e.test.ts runs the real files through LibreOffice.)
 */
import { DetailedCellError, type RawCellContent } from "hyperformula";
import {
  CALENDAR_KINDS,
  type FormulaDialect,
  getTemplate,
  type Language,
  LANGUAGES,
  MAX_PREDECESSORS,
  nativeWorkdays,
  NO_SLA_LABEL,
  parseCalendarEntries,
  parseIssue,
  parseOptionalSlaWindows,
  parseSlaWindows,
  severityOf,
  SEVERITY_LABELS,
  SLA_LABELS,
  slaStateBySeverity,
  SATURDAY_SUNDAY,
  STATUS_LABELS,
  type TemplateDef,
  WorkCalendar,
} from "../../src/core";
import { toFileFormula } from "../../src/files/formula";
import * as functions from "../../src/functions/functions";
import { a1References, planSheet, positionsOf, type SheetPlan } from "../../src/render/sheet";
import { buildFromSheets } from "../support/hyperformula-concord";
import { d } from "../support/dates";
import { mulberry32 } from "../support/random";

const ID = "nat001";
type Value = string | number | null;
type Row = Partial<Record<string, Value>>;
type Result = string | number | boolean | { error: string };

function columnIds(template: TemplateDef, tableId: string): string[] {
  for (const block of template.blocks) {
    if (block.type === "table" && block.table.id === tableId) return block.table.columns.map((c) => c.id);
  }
  throw new Error(`no table ${tableId}`);
}

/** An engine value as a comparable result: errors as `{ error }`. */
function result(value: unknown): Result {
  if (value instanceof DetailedCellError) return { error: value.value };
  return value as Result;
}

function reference(call: () => string | number): Result {
  try {
    return call();
  } catch (error) {
    return { error: String((error as { code?: unknown }).code) };
  }
}

interface Filled {
  /** Data rows by table id. */
  tables: Record<string, Row[]>;
  /** Single-value fields by id. */
  fields: Record<string, Value>;
}

/**
 * A template's sheet with native formulas and A1 references, filled and evaluated: `value(tableId, columnId, i)`.
 * Table formulas are written into every data row, as Excel's calculated columns are.
 */
function evaluate(template: TemplateDef, language: Language, filled: Filled, dialect: FormulaDialect = "native") {
  const plan: SheetPlan = planSheet(template, language, ID, { references: "a1", dialect });
  const positions = positionsOf(template, plan, ID);
  const grid: RawCellContent[][] = [];
  const set = (row: number, col: number, value: RawCellContent) => {
    while (grid.length <= row) grid.push([]);
    grid[row][col] = value;
  };
  for (const cell of plan.cells) {
    if (cell.content.kind === "text") set(cell.row, cell.col, cell.content.text);
    if (cell.content.kind === "number") set(cell.row, cell.col, cell.content.value);
    if (cell.content.kind === "formula") set(cell.row, cell.col, cell.content.formula);
  }
  for (const [id, value] of Object.entries(filled.fields)) {
    set(positions.fields[id].row, positions.fields[id].col, value);
  }
  const cellAt = (tableId: string, columnId: string, i: number) => {
    const table = plan.tables.find((t) => t.tableId === tableId)!;
    return { row: table.row + 1 + i, col: table.col + columnIds(template, tableId).indexOf(columnId) };
  };
  for (const block of template.blocks) {
    if (block.type !== "table") continue;
    const { table } = block;
    const planned = plan.tables.find((t) => t.tableId === table.id)!;
    for (let i = 0; i < planned.rows; i++) {
      const row = filled.tables[table.id]?.[i] ?? {};
      for (const column of table.columns) {
        const at = cellAt(table.id, column.id, i);
        if (column.formula) {
          const refs = a1References(positions, language, { table: table.id, row: at.row, dialect });
          set(at.row, at.col, column.formula(refs));
        } else if (column.id === columnIds(template, table.id)[0] && planned.ids?.[i] !== undefined) {
          set(at.row, at.col, row[column.id] ?? planned.ids[i]);
        } else {
          set(at.row, at.col, row[column.id] ?? null);
        }
      }
    }
  }
  // Excel and LibreOffice evaluate SUMPRODUCT's arguments as arrays; HyperFormula with this option.
  const hf = buildFromSheets({ [plan.sheetName]: grid }, { useArrayArithmetic: true });
  const sheet = hf.getSheetId(plan.sheetName)!;
  return {
    plan,
    ids: (tableId: string) => plan.tables.find((t) => t.tableId === tableId)!.ids!,
    value: (tableId: string, columnId: string, i: number) =>
      result(hf.getCellValue({ sheet, ...cellAt(tableId, columnId, i) })),
    /** A formula evaluated in a spare cell of a sheet row (e.g. a conditional format's, moved to that row). */
    valueOf: (row: number, formula: string) => {
      hf.setCellContents({ sheet, row, col: 100 }, [[formula]]);
      return result(hf.getCellValue({ sheet, row, col: 100 }));
    },
  };
}

const WBS = getTemplate("T3");
const ISSUES = getTemplate("T6");

/** The WBS evaluated with native formulas, and what the add-in gives for each row. */
function wbs(language: Language, statusDate: number, tasks: Row[], calendar: Array<[Value, Value]> = []) {
  const book = evaluate(WBS, language, {
    tables: { tasks, calendar: calendar.map(([date, kind]) => ({ date, kind })) },
    fields: { statusDate },
  });
  const ids = book.ids("tasks").map((id, i) => (tasks[i]?.taskId as string | undefined) ?? id);
  const column = (id: string) => ids.map((_, i) => [tasks[i]?.[id] ?? null]);
  const want = (i: number) => {
    const row = tasks[i] ?? {};
    const cell = (id: string) => row[id] ?? null;
    const cal = calendar.length > 0 ? calendar : undefined;
    const waitingOn = reference(() =>
      functions.waitingOn(
        cell("predecessors"),
        ids.map((id) => [id]),
        column("finish"),
        column("progress"),
      ),
    );
    const status =
      typeof waitingOn === "object"
        ? waitingOn
        : reference(() =>
            functions.status(
              cell("start"),
              cell("due"),
              cell("finish"),
              cell("progress"),
              cell("blocker"),
              statusDate,
              language,
              null,
              cal,
              null,
              waitingOn,
            ),
          );
    return { waitingOn, status, lag: reference(() => functions.lag(cell("due"), cell("finish"), statusDate, cal)) };
  };
  const got = (i: number) => ({
    waitingOn: book.value("tasks", "waitingOn", i),
    status: book.value("tasks", "status", i),
    lag: book.value("tasks", "lagDays", i),
  });
  return { want, got, count: ids.length };
}

describe("native working days (NETWORKDAYS + make-up workdays)", () => {
  it("counts what the core calendar counts, for random spans and calendars", () => {
    const random = mulberry32(20261130);
    const kinds = Object.keys(CALENDAR_KINDS);
    const base = d("2026-09-01");
    for (let round = 0; round < 30; round++) {
      const entries: Array<[number, string]> = Array.from({ length: 1 + Math.floor(random() * 8) }, () => [
        base + Math.floor(random() * 90),
        kinds[Math.floor(random() * kinds.length)],
      ]);
      // A date listed with both kinds is bad input (core: #VALUE!); keep the first kind of each date.
      const calendar = entries.filter(([date], i) => entries.findIndex(([other]) => other === date) === i);
      const spans = Array.from({ length: 10 }, () => {
        const from = base + Math.floor(random() * 90);
        return [from, from + Math.floor(random() * 40)];
      });
      const grid: RawCellContent[][] = calendar.map(([date, kind]) => [date, kind]);
      const dates = `$A$1:$A$10`;
      const kindsRange = `$B$1:$B$10`;
      spans.forEach(([from, to], i) => {
        while (grid.length <= i) grid.push([]);
        grid[i][3] = `=${nativeWorkdays(String(from), String(to), { dates, kinds: kindsRange })}`;
      });
      const hf = buildFromSheets({ S: grid }, { useArrayArithmetic: true });
      const core = new WorkCalendar(SATURDAY_SUNDAY, parseCalendarEntries(calendar));
      spans.forEach(([from, to], i) => {
        expect([round, from, to, hf.getCellValue({ sheet: 0, row: i, col: 3 })]).toEqual([
          round,
          from,
          to,
          core.countWorkdays(from, to),
        ]);
      });
    }
  });
});

describe.each(LANGUAGES)("the 24-hour response-measures flag of the WBS (%s)", (language) => {
  // Status date Monday 2026-11-16; the day before is Sunday 11-15. 20 working days from 11-02 to 11-27.
  const D = d("2026-11-16");
  const overdue = { start: d("2026-11-02"), due: d("2026-11-13"), progress: 0.5 };
  const long = { start: d("2026-11-02"), due: d("2026-11-27") };
  const measures = language === "zh-CN" ? "增派设计人员" : "Add a designer";
  const rows: Array<[string, Row, boolean]> = [
    ["overdue since Friday, no measures", overdue, true],
    ["overdue since Friday, measures due Friday 11-20", { ...overdue, measures, measuresDue: d("2026-11-20") }, false],
    ["overdue since Friday, measures without a due date", { ...overdue, measures }, false],
    [
      "overdue since Friday, measures due 11-13, before D",
      { ...overdue, measures, measuresDue: d("2026-11-13") },
      true,
    ],
    ["overdue since Friday, measures due on D", { ...overdue, measures, measuresDue: D }, false],
    ["overdue since Friday, only spaces as measures", { ...overdue, measures: "   " }, true],
    // Due Sunday: overdue on D only, not on D − 1; 90 % is not behind the 100 % expected then (by 10 points).
    ["due on D − 1, 90 %", { start: d("2026-11-02"), due: d("2026-11-15"), progress: 0.9 }, false],
    // Expected on D − 1: 10/20 = 50 %, on D: 11/20 = 55 %; lagging means more than 10 points behind.
    ["behind on D − 1 already (0 %)", { ...long, progress: 0 }, true],
    ["behind only since D (42 %: 45 % − 42 %, but 40 % on D − 1)", { ...long, progress: 0.42 }, false],
    ["in progress, no measures", { ...long, progress: 0.6 }, false],
    ["overdue but blocked", { ...overdue, blocker: "x" }, false],
    ["overdue but finished", { ...overdue, finish: d("2026-11-13") }, false],
    ["empty row", {}, false],
  ];

  function flags(calendar: Array<[Value, Value]>, tasks: Row[] = rows.map(([, row]) => row)) {
    const book = evaluate(WBS, language, {
      tables: { tasks, calendar: calendar.map(([date, kind]) => ({ date, kind })) },
      fields: { statusDate: D },
    });
    const tasksTable = book.plan.tables.find((t) => t.tableId === "tasks")!;
    const measuresCol = tasksTable.col + columnIds(WBS, "tasks").indexOf("measures");
    const format = book.plan.conditionalFormats.find((f) => f.col === measuresCol)!;
    // The format's formula is written for its first row: relative rows move down with each row, as Excel does.
    const onRow = (i: number) =>
      format.formula.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)/g, (_, col: string, fixed: string, row: string) =>
        fixed ? `${col}$${row}` : `${col}${Number(row) + i}`,
      );
    return { format, flags: tasks.map((_, i) => book.valueOf(format.row + i, onRow(i))) };
  }

  it("colours the measures and measures-due cells of every row (red)", () => {
    const { format } = flags([]);
    const tasksTable = evaluate(WBS, language, { tables: {}, fields: {} }).plan.tables.find(
      (t) => t.tableId === "tasks",
    )!;
    expect(format).toMatchObject({ rows: tasksTable.rows, cols: 2, row: tasksTable.row + 1 });
  });

  it("flags a task Lagging on D and on D − 1 without measures, or with measures due before D", () => {
    const got = flags([]).flags;
    expect(rows.map(([name], i) => [name, got[i]])).toEqual(rows.map(([name, , want]) => [name, want]));
  });

  it("is Lagging on D and D − 1 by the add-in's own status, with the calendar (a holiday on 11-11)", () => {
    const calendar: Array<[Value, Value]> = [[d("2026-11-11"), "holiday"]];
    // 38 %: without the holiday 40 % was expected on D − 1 (flag); with it 9/19 = 47 % − 10 points = 37 % (no flag).
    const tasks = [...rows.map(([, row]) => row), { ...long, progress: 0.38 }];
    for (const cal of [[], calendar]) {
      const got = flags(cal, tasks).flags;
      const want = tasks.map((row) => {
        const cell = (id: string) => row[id] ?? null;
        const on = (date: number) =>
          functions.status(
            cell("start"),
            cell("due"),
            cell("finish"),
            cell("progress"),
            cell("blocker"),
            date,
            language,
            null,
            cal.length > 0 ? cal : undefined,
          );
        const noMeasures =
          String(cell("measures") ?? "").trim() === "" || (typeof row.measuresDue === "number" && row.measuresDue < D);
        const lagging = STATUS_LABELS[language].lagging;
        return on(D) === lagging && on(D - 1) === lagging && noMeasures;
      });
      expect(got).toEqual(want);
      expect(got[tasks.length - 1]).toBe(cal.length === 0);
    }
  });
});

describe.each(LANGUAGES)("native WBS formulas (%s)", (language) => {
  const labels = STATUS_LABELS[language];

  it("split predecessors on every separator, keep them as written and in order, and find unknown and duplicate ids", () => {
    const tasks: Row[] = [
      { start: d("2026-11-02"), due: d("2026-11-20") },
      { start: d("2026-11-02"), due: d("2026-11-20"), progress: 0.5 },
      { start: d("2026-11-02"), due: d("2026-11-20"), finish: d("2026-11-10") },
      { start: d("2026-11-02"), due: d("2026-11-20"), progress: 1 },
      { predecessors: "wbs-002，WBS-001", start: d("2026-11-09"), due: d("2026-11-20") },
      { predecessors: "WBS-002;WBS-003；WBS-001、WBS-004", start: d("2026-11-09"), due: d("2026-11-20") },
      { predecessors: "WBS-001\tWBS-002\nWBS-003\r\nWBS-004", start: d("2026-11-09"), due: d("2026-11-20") },
      { predecessors: "  WBS-002\u3000 WBS-001 ", start: d("2026-11-09"), due: d("2026-11-20") },
      { predecessors: "WBS-001, WBS-077", start: d("2026-11-09"), due: d("2026-11-20") },
      { predecessors: "WBS-003", start: d("2026-11-09"), due: d("2026-11-20") },
      { taskId: "WBS-011" },
      { taskId: "WBS-011", predecessors: "WBS-011" },
      { predecessors: "WBS-011", start: d("2026-11-30"), due: d("2026-12-04") },
      { predecessors: "WBS-002", due: d("2026-12-04") }, // no start date: may start now, so Blocked
      { taskId: "R*1", start: d("2026-11-02"), due: d("2026-11-20") },
      { predecessors: " r*1 ", start: d("2026-11-09"), due: d("2026-11-20") },
      { predecessors: "R?1", start: d("2026-11-09"), due: d("2026-11-20") }, // not a wildcard: #N/A
    ];
    const sheet = wbs(language, d("2026-11-16"), tasks);
    for (let i = 0; i < sheet.count; i++) expect([i, sheet.got(i)]).toEqual([i, sheet.want(i)]);
    expect(sheet.got(4).waitingOn).toBe("wbs-002, WBS-001");
    expect(sheet.got(5).waitingOn).toBe("WBS-002, WBS-001");
    expect(sheet.got(8).waitingOn).toEqual({ error: "#N/A" });
    expect(sheet.got(12).status).toEqual({ error: "#VALUE!" }); // WBS-011 is two tasks
    expect(sheet.got(13).status).toBe(labels.blocked);
    expect(sheet.got(15).waitingOn).toBe("r*1");
    expect(sheet.got(16).waitingOn).toEqual({ error: "#N/A" });
  });

  it("decide every status, with holidays and make-up workdays, and reject bad input with #VALUE!", () => {
    const calendar: Array<[Value, Value]> = [
      [d("2026-11-11"), language === "zh-CN" ? "休" : "holiday"],
      [d("2026-11-14"), language === "zh-CN" ? "班" : "WORKDAY"],
      [d("2026-11-18"), "补班"], // a make-up "workday" on a Wednesday changes nothing
    ];
    const tasks: Row[] = [
      { start: d("2026-11-02"), due: d("2026-11-13"), finish: d("2026-11-16") },
      { start: d("2026-11-02"), due: d("2026-11-27"), progress: 0.7 + 0.2 + 0.1 },
      { start: d("2026-11-02"), due: d("2026-11-27"), blocker: "  legal  " },
      { start: d("2026-11-02"), due: d("2026-11-27"), blocker: "   " },
      { start: d("2026-11-02"), due: d("2026-11-13"), progress: 0.9 },
      { start: d("2026-11-02"), due: d("2026-11-27"), progress: 0.1 },
      { start: d("2026-11-02"), due: d("2026-11-27"), progress: 0.5 },
      { start: d("2026-11-02"), due: d("2026-11-27"), progress: 0.45 }, // expected 11/20: exactly 10 points behind
      { start: d("2026-11-02"), due: d("2026-11-27"), progress: 0.44 },
      { start: d("2026-11-14"), due: d("2026-11-14"), progress: 0 },
      { start: d("2026-11-15"), due: d("2026-11-15") },
      { start: d("2026-11-23"), due: d("2026-11-27") },
      { due: d("2026-11-20") },
      { start: d("2026-11-02"), due: d("2026-11-20"), progress: 1.2 },
      { start: d("2026-11-20"), due: d("2026-11-02") },
      { start: d("2026-11-20"), due: d("2026-11-27"), finish: d("2026-11-10") },
      {},
    ];
    const sheet = wbs(language, d("2026-11-16"), tasks, calendar);
    for (let i = 0; i < sheet.count; i++) expect([i, sheet.got(i)]).toEqual([i, sheet.want(i)]);
    const statuses = tasks.map((_, i) => sheet.got(i).status);
    for (const label of Object.values(labels)) expect(statuses).toContain(label);
    expect(statuses).toContainEqual({ error: "#VALUE!" });
  });

  it("make every row #VALUE! when the calendar is bad (unknown kind, kind without a date, text date)", () => {
    const task: Row = { start: d("2026-11-02"), due: d("2026-11-20"), progress: 0.5 };
    for (const calendar of [[[d("2026-11-11"), "vacation"]], [[null, "休"]], [["2026-11-11", "holiday"]]] as Array<
      Array<[Value, Value]>
    >) {
      const sheet = wbs(language, d("2026-11-16"), [task], calendar);
      expect(sheet.got(0).status).toEqual({ error: "#VALUE!" });
      expect(sheet.got(0).lag).toEqual({ error: "#VALUE!" });
      expect(sheet.got(1).status).toEqual({ error: "#VALUE!" }); // an empty row too, as CONCORD.STATUS does
    }
  });

  it("differ only where documented: repeated ids, cycles; more ids than it reads and text dates are #VALUE!", () => {
    const many = Array.from({ length: MAX_PREDECESSORS + 1 }, (_, k) => `WBS-00${k + 1}`).join(", ");
    const tasks: Row[] = [
      {},
      {},
      {},
      {},
      {},
      { predecessors: "WBS-001, WBS-001", start: d("2026-11-09"), due: d("2026-11-20") },
      { predecessors: many, start: d("2026-11-09"), due: d("2026-11-20") },
      { start: "2026-11-02", due: d("2026-11-20") },
      { predecessors: "WBS-010", start: d("2026-11-09"), due: d("2026-11-20") },
      { predecessors: "WBS-009", start: d("2026-11-09"), due: d("2026-11-20") },
    ];
    const sheet = wbs(language, d("2026-11-16"), tasks);
    // WBS-009 and WBS-010 wait on each other: CONCORD.WAITINGON given the predecessors column reports the cycle.
    const column = (id: string) => Array.from({ length: sheet.count }, (_, i) => [tasks[i]?.[id] ?? null]);
    const ids = Array.from({ length: sheet.count }, (_, i) => [`WBS-${String(i + 1).padStart(3, "0")}`]);
    const cycle = reference(() =>
      functions.waitingOn("WBS-010", ids, column("finish"), column("progress"), column("predecessors")),
    );
    expect(cycle).toEqual({ error: "#VALUE!" });
    expect([sheet.got(8).waitingOn, sheet.got(8).status]).toEqual(["WBS-010", labels.blocked]);
    expect(sheet.want(5).waitingOn).toBe("WBS-001");
    expect(sheet.got(5).waitingOn).toBe("WBS-001, WBS-001");
    expect(sheet.got(5).status).toBe(sheet.want(5).status); // the status is the same
    expect(sheet.want(6).waitingOn).toBe(many);
    expect(sheet.got(6).waitingOn).toEqual({ error: "#VALUE!" });
    expect(sheet.want(7).status).toBe(labels.inProgress);
    expect(sheet.got(7).status).toEqual({ error: "#VALUE!" });
  });
});

const DIALECTS: FormulaDialect[] = ["native", "concord"];

describe.each(LANGUAGES.flatMap((language) => DIALECTS.map((dialect) => [language, dialect] as const)))(
  "the SLA column (%s, %s formulas)",
  (language, dialect) => {
    const at = (iso: string, hh: number, mm = 0) => d(iso) + (hh * 60 + mm) / 1440;
    const major = SEVERITY_LABELS.major[language];
    const normal = SEVERITY_LABELS.normal[language];
    const labels = SLA_LABELS[language];

    it.each([
      [null, null],
      [4, 48],
      [0, 24],
      [8, 4],
      ["2h", 24],
    ] as Array<[Value, Value]>)(
      "gives a major issue the add-in's CONCORD.SLA state (major windows %p h / %p h)",
      (response, solution) => {
        const issues: Row[] = [
          { raisedAt: at("2026-11-20", 9), respondedAt: at("2026-11-20", 10, 30), resolvedAt: at("2026-11-21", 8) },
          { raisedAt: at("2026-11-19", 9), respondedAt: at("2026-11-19", 13, 30), resolvedAt: at("2026-11-19", 20) },
          { raisedAt: at("2026-11-18", 9), resolvedAt: at("2026-11-21", 12) },
          { raisedAt: at("2026-11-20", 8), resolvedAt: at("2026-11-20", 9, 30) },
          // The id and the other language's label, any case, with spaces, are major too.
          { raisedAt: at("2026-11-20", 11, 30), severity: " MAJOR " },
          { raisedAt: at("2026-11-20", 9), respondedAt: at("2026-11-20", 10) },
          { raisedAt: at("2026-11-20", 4), severity: SEVERITY_LABELS.major[language === "en-US" ? "zh-CN" : "en-US"] },
          { raisedAt: at("2026-11-18", 8) },
          { raisedAt: at("2026-11-20", 9), respondedAt: at("2026-11-20", 11), resolvedAt: at("2026-11-21", 9) },
          { raisedAt: at("2026-11-20", 9), respondedAt: at("2026-11-20", 11, 1) },
          {},
          { resolvedAt: at("2026-11-20", 10) },
          { raisedAt: at("2026-11-20", 10), resolvedAt: at("2026-11-20", 9) },
          { raisedAt: at("2026-11-20", 8), respondedAt: at("2026-11-20", 10), resolvedAt: at("2026-11-20", 9) },
          { raisedAt: "yesterday" },
        ].map((row) => ({ severity: major, ...row }));
        const now = at("2026-11-20", 12);
        const book = evaluate(
          ISSUES,
          language,
          { tables: { issues }, fields: { statusTime: now, responseHours: response, solutionHours: solution } },
          dialect,
        );
        issues.forEach((row, i) => {
          const cell = (id: string) => row[id] ?? null;
          const want = reference(() =>
            functions.sla(cell("raisedAt"), cell("respondedAt"), cell("resolvedAt"), now, language, response, solution),
          );
          expect([i, book.value("issues", "sla", i)]).toEqual([i, want]);
        });
      },
    );

    // Raised 09:00, judged at 12:00 without a response: 3 h late under the major 2 h, on time under 4 h.
    const raised = { raisedAt: at("2026-11-20", 9) };
    const rows: Row[] = [
      { ...raised, severity: major },
      { ...raised, severity: normal },
      { ...raised, severity: null },
      { ...raised, severity: "Critical" },
      { severity: normal },
      {},
    ];
    const slaOf = (normalWindows: [Value, Value]) => {
      const book = evaluate(
        ISSUES,
        language,
        {
          tables: { issues: rows },
          fields: {
            statusTime: at("2026-11-20", 12),
            responseHours: 2,
            solutionHours: 24,
            normalResponseHours: normalWindows[0],
            normalSolutionHours: normalWindows[1],
          },
        },
        dialect,
      );
      return rows.map((_, i) => book.value("issues", "sla", i));
    };
    const none = NO_SLA_LABEL[language];

    it("gives normal issues no SLA while their windows are blank, never the major clock", () => {
      expect(slaOf([null, null])).toEqual([labels.responseOverdue, none, none, none, "", ""]);
    });
    it("judges normal issues by their own windows once both are set", () => {
      expect(slaOf([4, 48])).toEqual([labels.responseOverdue, labels.open, none, none, "", ""]);
      expect(slaOf([1, 48])).toEqual([labels.responseOverdue, labels.responseOverdue, none, none, "", ""]);
    });
    it("is #VALUE! for normal issues when only one normal window is set (a blank one is not the major default)", () => {
      const value = { error: "#VALUE!" };
      expect(slaOf([4, null])).toEqual([labels.responseOverdue, value, none, none, value, ""]);
      expect(slaOf([null, 48])).toEqual([labels.responseOverdue, value, none, none, value, ""]);
    });
    it("agrees with core's slaStateBySeverity on every row", () => {
      const windows = { major: parseSlaWindows(2, 24), normal: parseOptionalSlaWindows(4, 48) };
      const want = rows.map((row) => {
        const issue = parseIssue(row.raisedAt ?? null, null, null);
        if (issue === null) return "";
        const state = slaStateBySeverity(issue, severityOf(row.severity), windows, at("2026-11-20", 12));
        return state === null ? none : labels[state];
      });
      expect(slaOf([4, 48])).toEqual(want);
    });

    it('is #VALUE! for an open issue without a status time, and "" for an empty row', () => {
      const book = evaluate(
        ISSUES,
        language,
        {
          tables: { issues: [{ raisedAt: at("2026-11-20", 9), severity: major }, { severity: major }] },
          fields: { statusTime: null, responseHours: 2, solutionHours: 24 },
        },
        dialect,
      );
      expect(book.value("issues", "sla", 0)).toEqual({ error: "#VALUE!" });
      expect(book.value("issues", "sla", 1)).toBe("");
    });
  },
);

describe.each(LANGUAGES)("the stored file form of the native formulas (%s)", (language) => {
  const formulas = [WBS, ISSUES].flatMap((template) =>
    planSheet(template, language, "f1le00", { thisRow: "explicit", dialect: "native" }).tables.flatMap((table) =>
      table.columns.flatMap((c) => (c.formula ? [toFileFormula(c.formula, table.name)] : [])),
    ),
  );

  it("stays within Excel's 8,192 characters a formula", () => {
    expect(formulas).toHaveLength(4);
    for (const formula of formulas) expect(formula.length).toBeLessThanOrEqual(8192);
  });

  it("calls only functions that Excel 2010+ and LibreOffice 7.4 store without a prefix, and no add-in function", () => {
    const called = new Set(
      formulas.flatMap((f) => [...f.replace(/"[^"]*"/g, "").matchAll(/([A-Z_.]+)\(/g)].map((m) => m[1])),
    );
    const allowed = ["IF", "AND", "OR", "NOT", "ISERROR", "ISTEXT", "ISNUMBER", "TRIM", "MID", "SUBSTITUTE", "REPT"];
    allowed.push(
      "CHAR",
      "CHOOSE",
      "MIN",
      "COUNT",
      "COUNTA",
      "COUNTIF",
      "COUNTIFS",
      "SUMPRODUCT",
      "NETWORKDAYS",
      "ROUND",
    );
    expect([...called].filter((name) => !allowed.includes(name))).toEqual([]);
  });
});
