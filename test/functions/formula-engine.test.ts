/**
 * The CONCORD custom functions evaluated as worksheet formulas (HyperFormula stands in for Excel's calc engine):
 * a 200-row WBS with a two-column holiday/make-up-workday calendar, an issue log, SMART goals and working-day sums.
 * Every formula cell must equal a direct call of the function in src/functions/functions.ts with the arguments Excel
 * would pass (null for blank cells, 2-D arrays for ranges).
 */
import {
  DetailedCellError,
  ErrorType,
  type HyperFormula,
  type RawCellContent,
  type SimpleCellAddress,
} from "hyperformula";
import { formatDate, serialFromDate } from "../../src/core";
import * as functions from "../../src/functions/functions";
import {
  buildFromSheets,
  CONCORD_FUNCTIONS,
  CONCORD_PARAMETERS,
  type ConcordFunctionName,
} from "../support/hyperformula-concord";
import { installFakeRuntime, removeFakeRuntime } from "../support/custom-functions-runtime";
import { mulberry32 } from "../support/random";

type ExcelScalar = number | string | boolean | null;
type ExcelArgument = ExcelScalar | ExcelScalar[][];

// ---------------------------------------------------------------------------------------------------------------
// A workbook model: what is typed into each cell (HF raw content) and what Excel would pass for it to a function.

const d = (iso: string): number => {
  const [y, m, day] = iso.split("-").map(Number);
  return serialFromDate(y, m, day);
};

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad address ${a1}`);
  return { col: colIndex(m[1]), row: Number(m[2]) - 1 };
}

interface Arg {
  text: string;
  value: () => ExcelArgument;
}

interface FormulaCheck {
  sheet: string;
  a1: string;
  name: ConcordFunctionName;
  args: Arg[];
}

class Workbook {
  readonly sheets: Record<string, RawCellContent[][]> = {};
  private readonly values = new Map<string, ExcelScalar>();
  readonly checks: FormulaCheck[] = [];

  sheet(name: string): this {
    this.sheets[name] ??= [];
    return this;
  }

  /** Types `content` into a cell; `value` is what Excel passes to a function for it (defaults to the content). */
  set(sheet: string, a1: string, content: RawCellContent, value: ExcelScalar = content as ExcelScalar): void {
    const { row, col } = parseA1(a1);
    const rows = this.sheet(sheet).sheets[sheet];
    while (rows.length <= row) rows.push([]);
    rows[row][col] = content;
    this.values.set(`${sheet}!${colLetters(col)}${row + 1}`, content === null || content === undefined ? null : value);
  }

  value(sheet: string, a1: string): ExcelScalar {
    const { row, col } = parseA1(a1);
    return this.values.get(`${sheet}!${colLetters(col)}${row + 1}`) ?? null;
  }

  /** A reference argument: a cell gives its value, a range (A1:B2) a 2-D array of rows. */
  ref(sheet: string, ref: string, from: string): Arg {
    const text = sheet === from ? ref : `${sheet}!${ref}`;
    const [a, b] = ref.split(":");
    if (b === undefined) return { text, value: () => this.value(sheet, a) };
    return {
      text,
      value: () => {
        const start = parseA1(a);
        const end = parseA1(b);
        const rows: ExcelScalar[][] = [];
        for (let r = start.row; r <= end.row; r++) {
          const row: ExcelScalar[] = [];
          for (let c = start.col; c <= end.col; c++) row.push(this.value(sheet, `${colLetters(c)}${r + 1}`));
          rows.push(row);
        }
        return rows;
      },
    };
  }

  /** Enters `=NAME(args)` and records the direct call it must equal. Missing trailing optional arguments are null. */
  formula(sheet: string, a1: string, name: ConcordFunctionName, args: Arg[]): string {
    const text = `=${name}(${args.map((a) => a.text).join(",")})`;
    this.set(sheet, a1, text, null);
    this.checks.push({ sheet, a1, name, args });
    return text;
  }
}

const lit = (text: string, value: ExcelArgument): Arg => ({ text, value: () => value });
const str = (s: string): Arg => lit(`"${s}"`, s);
const BLANK: Arg = lit("", null);

// ---------------------------------------------------------------------------------------------------------------
// Direct calls and HF results.

type Outcome = { ok: ExcelScalar } | { error: "VALUE" | "NA"; message: string };

function direct(name: ConcordFunctionName, args: ExcelArgument[]): Outcome {
  const padded = [...args];
  while (padded.length < CONCORD_PARAMETERS[name].length) padded.push(null); // Excel passes omitted optionals as null
  try {
    const fn = CONCORD_FUNCTIONS[name] as (...a: ExcelArgument[]) => ExcelScalar;
    return { ok: fn(...padded) };
  } catch (e) {
    const { code, message } = e as { code: string; message: string };
    if (code === "#VALUE!") return { error: "VALUE", message };
    if (code === "#N/A") return { error: "NA", message };
    throw new Error(`${name} threw something other than a CustomFunctions.Error: ${String(e)}`);
  }
}

function outcomeOf(value: unknown): Outcome | { other: unknown } {
  if (value instanceof DetailedCellError) {
    if (value.type === ErrorType.VALUE || value.type === ErrorType.NA) {
      return { error: value.type === ErrorType.VALUE ? "VALUE" : "NA", message: value.message };
    }
    return { other: `${value.value} ${value.message}` };
  }
  if (value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return { ok: value };
  return { other: value };
}

function sameOutcome(a: Outcome | { other: unknown }, b: Outcome): boolean {
  if ("ok" in a && "ok" in b) {
    if (typeof a.ok === "number" && typeof b.ok === "number")
      return Math.abs(a.ok - b.ok) <= 1e-12 * Math.max(1, Math.abs(b.ok));
    return a.ok === b.ok;
  }
  if ("error" in a && "error" in b) return a.error === b.error && a.message === b.message;
  return false;
}

function address(hf: HyperFormula, sheet: string, a1: string): SimpleCellAddress {
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`no sheet ${sheet}`);
  return { sheet: id, ...parseA1(a1) };
}

function cell(hf: HyperFormula, sheet: string, a1: string) {
  return hf.getCellValue(address(hf, sheet, a1));
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic data.

const STATUS_DATE = d("2026-03-16"); // a Monday, right after the Spring Festival holidays
const ROWS = 200;
const FIRST = 2;
const LAST = FIRST + ROWS - 1;
const CAL = "Calendar!$A$2:$B$32";
const CAL_DATES_ONLY = "Calendar!$A$2:$A$32";

/** China 2026 (illustrative): holidays 休/holiday, make-up workdays 班/workday, a blank kind (= holiday) and blank rows. */
const CALENDAR_ROWS: Array<[RawCellContent, RawCellContent, ExcelScalar?]> = [
  [d("2026-01-01"), "休"],
  [d("2026-01-02"), "holiday"],
  [null, null],
  [d("2026-01-04"), "班"], // Sunday worked
  [d("2026-02-14"), "workday"], // Saturday worked
  [d("2026-02-16"), "休"],
  [d("2026-02-17"), "休"],
  ["'2026-02-18", "holiday", "2026-02-18"], // ISO date typed as text
  [d("2026-02-19"), "休"],
  [d("2026-02-20"), "休"],
  [d("2026-02-23"), null], // blank kind = holiday
  [null, null],
  [d("2026-02-28"), "班"], // Saturday worked
  [d("2026-04-06"), "休"],
  [d("2026-05-01"), "休"],
  [d("2026-05-04"), "holiday"],
  [d("2026-05-05"), "休"],
  [d("2026-05-09"), "班"],
  [null, null],
  [d("2026-06-19"), "休"],
  [d("2026-09-20"), "班"],
  [d("2026-09-25"), "休"],
  [d("2026-10-01"), "休"],
  [d("2026-10-02"), "休"],
  [d("2026-10-05"), "休"],
  [d("2026-10-06"), "休"],
  [d("2026-10-07"), "休"],
  [d("2026-10-10"), "班"],
  [null, null],
  [null, null],
  [null, null],
];

const DEPARTMENTS = ["研发部", "市场部", "销售部", "财务部", "法务部", "Operations", "IT"];
const OWNERS = ["张伟", "李娜", "王芳", "Chen Jie", "Alex Kim", "刘洋", "赵敏"];
const TASKS = [
  "需求确认",
  "原型设计",
  "接口开发",
  "测试用例",
  "宣传物料",
  "渠道培训",
  "合同审核",
  "Launch plan",
  "Budget review",
];
const BLOCKERS = ["设计资源不足", "需求变更未确认", "Waiting for vendor quote", "法务审核中"];
const SEPARATORS = [", ", "，", ";", " ", "、"];

interface RowFacts {
  row: number;
  language: "zh-CN" | "en-US";
  empty: boolean;
}

/** Which rows get deliberately bad input (the rest is random but valid). */
const BAD = {
  progressOver100: 37, // "150%"
  startNotDate: 61, // "next week"
  dueBeforeStart: 88,
  unknownPredecessor: 120, // WBS-999
  impossibleDate: 150, // "2026-02-30"
};

function buildWbs(book: Workbook, seed: number): RowFacts[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const S = "WBS";
  const ref = (a1: string) => book.ref(S, a1, S);
  const facts: RowFacts[] = [];
  const ids: string[] = [];

  book.set(S, "A1", "状态日期 Status date");
  book.set(S, "B1", STATUS_DATE);
  book.set("Calendar", "A1", "日期 Date");
  book.set("Calendar", "B1", "类型 Kind");
  CALENDAR_ROWS.forEach(([date, kind, value], i) => {
    book.set("Calendar", `A${i + 2}`, date, value ?? (date as ExcelScalar));
    book.set("Calendar", `B${i + 2}`, kind);
  });

  /** A date cell: usually a serial, sometimes ISO text (typed with ' so it stays text, as in Excel). */
  const dateCell = (a1: string, serial: number, textShare = 0.12) => {
    if (rand() < textShare) book.set(S, a1, `'${formatDate(serial)}`, formatDate(serial));
    else book.set(S, a1, serial);
  };

  for (let i = 0; i < ROWS; i++) {
    const r = FIRST + i;
    const empty = i > 0 && rand() < 0.06;
    const variant = i % 5;
    const language = variant === 0 || variant === 4 ? "zh-CN" : "en-US";
    facts.push({ row: r, language, empty });
    if (!empty) {
      const id = `WBS-${String(i + 1).padStart(3, "0")}`;
      book.set(S, `A${r}`, id);
      book.set(S, `B${r}`, `${pick(TASKS)} ${i + 1}`);
      book.set(S, `C${r}`, pick(DEPARTMENTS));
      book.set(S, `D${r}`, pick(OWNERS));
      if (ids.length > 0 && rand() < 0.3) {
        const preds = new Set<string>();
        for (let k = int(1, 2); k > 0; k--) preds.add(ids[Math.max(0, ids.length - int(1, 12))]);
        book.set(S, `E${r}`, [...preds].join(pick(SEPARATORS)));
      }
      const hasStart = rand() < 0.85;
      const start = d("2026-01-05") + int(0, 130);
      if (hasStart) dateCell(`F${r}`, start);
      const hasDue = rand() < 0.9;
      const due = hasStart ? start + int(0, 60) : d("2026-01-12") + int(0, 150);
      if (hasDue) dateCell(`G${r}`, due);
      const finishShare = start + 20 < STATUS_DATE ? 0.35 : 0.08;
      if (rand() < finishShare) {
        const lo = hasStart ? start : (hasDue ? due : STATUS_DATE) - 30;
        dateCell(`H${r}`, Math.min(lo + int(0, 45), STATUS_DATE + 5), 0.1);
      }
      const p = rand();
      if (p < 0.3) book.set(S, `I${r}`, Math.round(rand() * 20) / 20);
      else if (p < 0.5) {
        const pct = int(0, 20) * 5;
        book.set(S, `I${r}`, `${pct}%`, pct / 100); // typed percentage: Excel (and HF) store the fraction
      } else if (p < 0.58) {
        const pct = int(1, 19) * 5;
        book.set(S, `I${r}`, `'${pct}%`, `${pct}%`); // percentage as text
      } else if (p < 0.63) book.set(S, `I${r}`, 1);
      book.set(S, `J${r}`, rand() < 0.5 ? `${int(1, 4)} 人` : null);
      if (rand() < 0.1) book.set(S, `K${r}`, pick(BLOCKERS));
      ids.push(id);
    }
    if (i === BAD.progressOver100) book.set(S, `I${r}`, "150%", 1.5);
    if (i === BAD.startNotDate) book.set(S, `F${r}`, "next week");
    if (i === BAD.dueBeforeStart) {
      book.set(S, `F${r}`, d("2026-03-10"));
      book.set(S, `G${r}`, d("2026-03-02"));
    }
    if (i === BAD.unknownPredecessor) book.set(S, `E${r}`, "WBS-001, WBS-999");
    if (i === BAD.impossibleDate) book.set(S, `H${r}`, "'2026-02-30", "2026-02-30");

    const task = ["F", "G", "H", "I", "K"].map((c) => ref(`${c}${r}`));
    const statusDate = ref("$B$1");
    const calendar = book.ref("Calendar", CAL.split("!")[1], S);
    const statusArgs: Arg[][] = [
      [...task, statusDate, str("zh-CN"), BLANK, calendar],
      [...task, statusDate, str("en-US"), lit("0.2", 0.2), calendar, str("0000011")],
      [...task, statusDate],
      [...task, statusDate, BLANK, BLANK, calendar],
      [...task, statusDate, str("zh"), lit("15%", 0.15), calendar, BLANK],
    ];
    book.formula(S, `L${r}`, "CONCORD.STATUS", statusArgs[variant]);
    book.formula(S, `M${r}`, "CONCORD.LAG", [
      ref(`G${r}`),
      ref(`H${r}`),
      statusDate,
      ...(i % 7 === 3 ? [] : [calendar]),
    ]);
    book.formula(S, `N${r}`, "CONCORD.WAITINGON", [
      ref(`E${r}`),
      ref(`$A$${FIRST}:$A$${LAST}`),
      ref(`$H$${FIRST}:$H$${LAST}`),
      ref(`$I$${FIRST}:$I$${LAST}`),
    ]);
    book.formula(S, `O${r}`, "CONCORD.EXPECTED", [ref(`F${r}`), ref(`G${r}`), statusDate, calendar]);
  }
  return facts;
}

function buildIssues(book: Workbook, seed: number): void {
  const rand = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const S = "Issues";
  const ref = (a1: string) => book.ref(S, a1, S);
  const now = d("2026-03-16") + 10.5 / 24;
  book.set(S, "A1", "状态时间 Status time");
  book.set(S, "B1", now);
  for (let r = 2; r <= 31; r++) {
    if (r !== 2 && rand() < 0.1) {
      book.formula(S, `G${r}`, "CONCORD.SLA", [ref(`A${r}`), ref(`B${r}`), ref(`C${r}`), ref("$B$1"), ref(`D${r}`)]);
      continue; // an issue row not filled in yet
    }
    const raised = now - int(1, 96) / 24 - int(0, 3) / 60;
    book.set(S, `A${r}`, raised);
    if (rand() < 0.6) book.set(S, `B${r}`, raised + int(0, 6) / 24);
    if (rand() < 0.5) {
      const responded = (book.value(S, `B${r}`) as number | null) ?? raised;
      book.set(S, `C${r}`, Math.min(responded + int(0, 40) / 24, now));
    }
    if (r === 17) book.set(S, `C${r}`, raised - 1 / 24); // resolved before it was raised: #VALUE!
    if (r === 23)
      book.set(S, `B${r}`, `'${formatDate(Math.floor(raised))} 23:59`, `${formatDate(Math.floor(raised))} 23:59`);
    book.set(S, `D${r}`, r % 2 === 0 ? "zh-CN" : r % 3 === 0 ? null : "en-US");
    if (r % 4 === 1) book.set(S, `E${r}`, int(1, 4));
    if (r % 5 === 2) book.set(S, `F${r}`, int(12, 48));
    book.formula(S, `G${r}`, "CONCORD.SLA", [
      ref(`A${r}`),
      ref(`B${r}`),
      ref(`C${r}`),
      ref("$B$1"),
      ref(`D${r}`),
      ref(`E${r}`),
      ref(`F${r}`),
    ]);
  }
  const goals: Array<[string | null, string | null]> = [
    ["满意度评分从85分提升至90分，2026年12月31日前完成", "zh-CN"],
    ["提升客户满意度", "zh-CN"],
    ["Raise the NPS from 30 to 45 by 2026-09-30", "en-US"],
    ["Improve collaboration", null],
    ["Ship the onboarding guide by end of Q3", "en-US"],
    ["交付周期缩短20%", "zh"],
    [null, "zh-CN"],
    ["本季度内完成渠道培训", "zh-CN"],
  ];
  goals.forEach(([text, language], i) => {
    const r = 2 + i;
    book.set(S, `I${r}`, text);
    book.set(S, `J${r}`, language);
    book.formula(S, `K${r}`, "CONCORD.SMART", i % 3 === 2 ? [ref(`I${r}`)] : [ref(`I${r}`), ref(`J${r}`)]);
  });
}

function buildDays(book: Workbook, seed: number): void {
  const rand = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const S = "Days";
  const ref = (a1: string) => book.ref(S, a1, S);
  // Typed 0000011 would become the number 11 (in Excel too): weekend patterns are typed as text.
  const weekends: Array<[RawCellContent, ExcelScalar]> = [
    [null, null],
    ["'0000011", "0000011"],
    [1, 1],
    [11, 11],
    ["'0000110", "0000110"],
    ["'1000001", "1000001"],
    [null, null],
  ];
  for (let r = 1; r <= 40; r++) {
    const start = d("2025-12-01") + int(0, 330);
    book.set(S, `A${r}`, start);
    book.set(S, `B${r}`, start + int(-20, 120));
    book.set(S, `C${r}`, int(-30, 90));
    const [weekendContent, weekendValue] = weekends[r % weekends.length];
    book.set(S, `D${r}`, weekendContent, weekendValue);
    const calendar = book.ref("Calendar", (r % 6 === 5 ? CAL_DATES_ONLY : CAL).split("!")[1], S);
    const withCalendar = r % 8 !== 7;
    book.formula(
      S,
      `E${r}`,
      "CONCORD.WORKDAYS",
      withCalendar ? [ref(`A${r}`), ref(`B${r}`), calendar, ref(`D${r}`)] : [ref(`A${r}`), ref(`B${r}`)],
    );
    book.formula(
      S,
      `F${r}`,
      "CONCORD.WORKDAY",
      withCalendar ? [ref(`A${r}`), ref(`C${r}`), calendar, ref(`D${r}`)] : [ref(`A${r}`), ref(`C${r}`)],
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------

describe("CONCORD functions as worksheet formulas (HyperFormula)", () => {
  let book: Workbook;
  let facts: RowFacts[];
  let hf: HyperFormula;

  beforeAll(() => {
    installFakeRuntime();
    book = new Workbook();
    book.sheet("WBS").sheet("Calendar").sheet("Issues").sheet("Days");
    facts = buildWbs(book, 20260316);
    buildIssues(book, 7);
    buildDays(book, 11);
    hf = buildFromSheets(book.sheets);
  });

  afterAll(() => {
    hf?.destroy();
    removeFakeRuntime();
  });

  it("the engine reads every typed input cell as the value Excel would pass", () => {
    const mismatches: string[] = [];
    for (const [sheet, rows] of Object.entries(book.sheets)) {
      rows.forEach((row, r) =>
        row.forEach((content, c) => {
          if (typeof content === "string" && content.startsWith("=")) return;
          const a1 = `${colLetters(c)}${r + 1}`;
          const seen = cell(hf, sheet, a1);
          if (seen !== book.value(sheet, a1))
            mismatches.push(`${sheet}!${a1}: ${String(seen)} vs ${String(book.value(sheet, a1))}`);
        }),
      );
    }
    expect(mismatches).toEqual([]);
  });

  it("every formula cell equals the direct call with the same (null-for-blank) arguments", () => {
    expect(book.checks.length).toBe(ROWS * 4 + 30 + 8 + 80);
    const mismatches: string[] = [];
    for (const check of book.checks) {
      const expected = direct(
        check.name,
        check.args.map((a) => a.value()),
      );
      const actual = outcomeOf(cell(hf, check.sheet, check.a1));
      if (!sameOutcome(actual, expected)) {
        const formula = hf.getCellFormula(address(hf, check.sheet, check.a1));
        mismatches.push(
          `${check.sheet}!${check.a1} ${formula}: engine ${JSON.stringify(actual)} vs direct ${JSON.stringify(expected)}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("the WBS results are not trivial: all statuses in both languages, lag, waiting-on, expected, errors", () => {
    const statuses = { "zh-CN": new Set<unknown>(), "en-US": new Set<unknown>() };
    const lags: unknown[] = [];
    const waiting: unknown[] = [];
    const expectedValues: unknown[] = [];
    for (const f of facts) {
      statuses[f.language].add(cell(hf, "WBS", `L${f.row}`));
      lags.push(cell(hf, "WBS", `M${f.row}`));
      waiting.push(cell(hf, "WBS", `N${f.row}`));
      expectedValues.push(cell(hf, "WBS", `O${f.row}`));
    }
    for (const label of ["已完成", "进行中", "滞后", "阻塞", "未开始"]) expect(statuses["zh-CN"]).toContain(label);
    for (const label of ["Completed", "In progress", "Lagging", "Blocked", "Not started"])
      expect(statuses["en-US"]).toContain(label);
    expect(statuses["en-US"]).toContain(""); // rows still being typed
    expect(facts.filter((f) => f.empty).length).toBeGreaterThan(3);

    const numericLags = lags.filter((v): v is number => typeof v === "number");
    expect(numericLags.filter((v) => v > 0).length).toBeGreaterThan(10);
    expect(numericLags).toContain(0);
    expect(lags).toContain("");

    expect(waiting.filter((v) => typeof v === "string" && v.startsWith("WBS-")).length).toBeGreaterThan(5);
    expect(waiting.filter((v) => v instanceof DetailedCellError && v.type === ErrorType.NA).length).toBeGreaterThan(0);
    const fractions = expectedValues.filter((v): v is number => typeof v === "number");
    expect(fractions.some((v) => v > 0 && v < 1)).toBe(true);
    expect(fractions).toContain(1);
    expect(fractions).toContain(0);

    // The deliberately bad rows are #VALUE! with a message naming the argument.
    const row = (i: number) => FIRST + i;
    const statusError = (i: number) => cell(hf, "WBS", `L${row(i)}`) as DetailedCellError;
    expect(statusError(BAD.progressOver100).type).toBe(ErrorType.VALUE);
    expect(statusError(BAD.progressOver100).message).toMatch(/progress/);
    expect(statusError(BAD.startNotDate).message).toMatch(/start.*"next week"/);
    expect(statusError(BAD.dueBeforeStart).message).toMatch(/due/);
    expect(statusError(BAD.impossibleDate).message).toMatch(/finish.*2026-02-30/);
    const unknown = cell(hf, "WBS", `N${row(BAD.unknownPredecessor)}`) as DetailedCellError;
    expect(unknown.type).toBe(ErrorType.NA);
    expect(unknown.message).toMatch(/predecessors.*WBS-999/);

    // Inputs of every kind took part: ISO text dates, typed and text percentages.
    const contents = book.sheets.WBS.flat().filter((c) => typeof c === "string");
    expect(contents.some((c) => /^'\d{4}-\d{2}-\d{2}$/.test(c as string))).toBe(true);
    expect(contents.some((c) => /^\d+%$/.test(c as string))).toBe(true);
    expect(contents.some((c) => /^'\d+%$/.test(c as string))).toBe(true);
  });

  it("the calendar changes results: holidays and make-up workdays reach the functions", () => {
    const calendar = book.ref("Calendar", CAL.split("!")[1], "WBS").value();
    let differs = 0;
    for (const f of facts) {
      const g = book.value("WBS", `G${f.row}`);
      const h = book.value("WBS", `H${f.row}`);
      const withCal = direct("CONCORD.LAG", [g, h, STATUS_DATE, calendar]);
      const without = direct("CONCORD.LAG", [g, h, STATUS_DATE]);
      if (!sameOutcome(withCal, without)) differs++;
    }
    expect(differs).toBeGreaterThan(3);
    // Spring Festival 2026: Feb 16–20 and 23 off, Sat Feb 14 and Sat Feb 28 worked.
    expect(direct("CONCORD.WORKDAYS", [d("2026-02-09"), d("2026-03-06"), calendar])).toEqual({ ok: 20 - 6 + 2 });
  });

  it("the other sheets are not trivial either: SLA states, SMART advice, working days", () => {
    const sla = new Set<unknown>();
    for (let r = 2; r <= 31; r++) sla.add(cell(hf, "Issues", `G${r}`));
    const states: Array<[string, string]> = [
      ["Met", "达标"],
      ["Response overdue", "响应超时"],
      ["Solution overdue", "解决超时"],
      ["Open", "处理中"],
    ];
    for (const [en, zh] of states) expect(sla.has(en) || sla.has(zh)).toBe(true);
    expect(states.some(([en]) => sla.has(en)) && states.some(([, zh]) => sla.has(zh))).toBe(true);
    expect(sla).toContain("");
    expect((cell(hf, "Issues", "G17") as DetailedCellError).message).toMatch(/resolvedAt/);

    expect(cell(hf, "Issues", "K2")).toBe("");
    expect(cell(hf, "Issues", "K3")).toMatch(/^缺少/);
    expect(cell(hf, "Issues", "K5")).toMatch(/^Missing/);
    expect(cell(hf, "Issues", "K8")).toBe("");

    const counts = Array.from({ length: 40 }, (_, i) => cell(hf, "Days", `E${i + 1}`));
    expect(counts.some((v) => typeof v === "number" && v < 0)).toBe(true);
    expect(counts.some((v) => typeof v === "number" && v > 50)).toBe(true);
  });
});

describe("blank cells reach the functions as blank, not as 0 (1899-12-30)", () => {
  let hf: HyperFormula;
  const S = "Probe";
  const formulas: Record<string, string> = {
    // Row 5: started, due later, finish H5 EMPTY, 60 %. A 0 finish would be a date (and out of range), not blank.
    L5: "=CONCORD.STATUS(F5,G5,H5,I5,K5,$B$1)",
    M5: "=CONCORD.STATUS(F5,G5,0,I5,K5,$B$1)",
    N5: "=CONCORD.STATUS(F5,G5,H5,I5,K5,$B$1,L1)", // language from an empty cell: the default, English
    O5: "=CONCORD.STATUS(F5,G5,,I5,,$B$1,,,,)", // empty arguments
    // Row 6: nothing typed yet.
    L6: "=CONCORD.STATUS(F6,G6,H6,I6,K6,$B$1)",
    // Row 7: due G7 EMPTY.
    L7: "=CONCORD.LAG(G7,H7,$B$1,Calendar!A2:B6)",
    M7: "=CONCORD.EXPECTED(F7,G7,$B$1)",
    // Row 8: progress I8 EMPTY vs 0: blank progress is just "started", 0 % is behind schedule.
    L8: "=CONCORD.STATUS(F8,G8,H8,I8,K8,$B$1)",
    M8: "=CONCORD.STATUS(F8,G8,H8,0,K8,$B$1)",
    // Row 9: a calendar that is one empty cell, and a range of empty cells.
    L9: "=CONCORD.LAG(G9,H9,$B$1,Z1)",
    M9: "=CONCORD.LAG(G9,H9,$B$1,Z1:AA5)",
    N9: "=CONCORD.LAG(G9,H9,$B$1,Calendar!A2:B6)",
    // Bad input cells.
    L10: "=CONCORD.STATUS(F10,G10,H10,I10,K10,$B$1)",
    L11: '=CONCORD.STATUS(F11,G11,H11,I11,K11,$B$1,"zh-CN")',
    L12: "=CONCORD.WAITINGON(E12,A5:A12,H5:H12,I5:I12)",
    M12: '=CONCORD.WAITINGON("T-5, t-7",A5:A12,H5:H12,I5:I12)',
    L13: "=CONCORD.LAG(G9,H9,$B$1,Calendar!D2:E3)",
    L14: "=CONCORD.LAG(1/0,H9,$B$1)",
  };

  beforeAll(() => {
    installFakeRuntime();
    const rows: RawCellContent[][] = Array.from({ length: 14 }, () => []);
    const put = (a1: string, v: RawCellContent) => {
      const { row, col } = parseA1(a1);
      rows[row][col] = v;
    };
    put("A1", "Status date");
    put("B1", d("2026-03-16"));
    Object.assign(rows[4], { 0: "T-5", 5: d("2026-03-02"), 6: d("2026-03-31"), 8: 0.6 });
    Object.assign(rows[6], { 0: "T-7", 5: d("2026-03-02") });
    Object.assign(rows[7], { 0: "T-8", 5: d("2026-03-02"), 6: d("2026-03-31") });
    Object.assign(rows[8], { 0: "T-9", 6: d("2026-02-13"), 7: d("2026-02-27") });
    Object.assign(rows[9], { 0: "T-10", 5: d("2026-03-02"), 6: d("2026-03-31"), 8: "150%" });
    Object.assign(rows[10], { 0: "T-11", 5: "下周一", 6: d("2026-03-31") });
    Object.assign(rows[11], { 0: "T-12", 4: "T-5，T-404" });
    for (const [a1, f] of Object.entries(formulas)) put(a1, f);
    hf = buildFromSheets({
      [S]: rows,
      Calendar: [
        ["Date", "Kind", null, "Date", "Kind"],
        [d("2026-02-16"), "休", null, d("2026-02-16"), "maybe"],
        [d("2026-02-17"), "休"],
        [null, null],
        [d("2026-02-14"), "班"],
        [d("2026-02-28"), "workday"],
      ],
    });
  });

  afterAll(() => {
    hf?.destroy();
    removeFakeRuntime();
  });

  const at = (a1: string) => cell(hf, S, a1);
  const err = (a1: string) => at(a1) as DetailedCellError;

  it("an empty finish cell is no finish: the task is not Completed", () => {
    expect(at("L5")).toBe("In progress");
    expect(at("L5")).toBe(functions.status(d("2026-03-02"), d("2026-03-31"), null, 0.6, null, d("2026-03-16")));
    expect(err("M5").type).toBe(ErrorType.VALUE); // a real 0 is 1899-12-30, outside Excel's dates
    expect(err("M5").message).toMatch(/^finish: 0 /);
    expect(at("N5")).toBe("In progress");
    expect(at("O5")).toBe("In progress");
  });

  it("a row with nothing typed gives an empty result, not an error or a status", () => {
    expect(at("L6")).toBe("");
  });

  it("an empty due date gives an empty lag and expected progress", () => {
    expect(at("L7")).toBe("");
    expect(at("M7")).toBe("");
  });

  it("an empty progress cell is unknown progress, not 0 %", () => {
    expect(at("L8")).toBe("In progress");
    expect(at("M8")).toBe("Lagging");
  });

  it("an empty calendar cell or range means no holidays; a real calendar counts holidays and make-up days", () => {
    // Due Fri 2026-02-13, finished Fri 2026-02-27: Feb 16–20 and 23–27 are 10 weekdays, plus Sat Feb 14 worked.
    expect(at("L9")).toBe(10);
    expect(at("M9")).toBe(10);
    expect(at("N9")).toBe(10 - 2 + 1);
  });

  it("a bad input cell gives #VALUE! whose message names the argument", () => {
    expect(err("L10").type).toBe(ErrorType.VALUE);
    expect(err("L10").message).toBe("progress: 150% is outside 0%–100%");
    expect(err("L11").type).toBe(ErrorType.VALUE);
    expect(err("L11").message).toMatch(/^start（开始日期）：".*" 不是日期/);
    expect(err("L13").type).toBe(ErrorType.VALUE);
    expect(err("L13").message).toMatch(/^calendar: row 1: "maybe" is not a kind/);
  });

  it("an unknown predecessor gives #N/A; known ones are looked up", () => {
    expect(err("L12").type).toBe(ErrorType.NA);
    expect(err("L12").message).toMatch(/T-404/);
    expect(at("M12")).toBe("T-5, t-7");
  });

  it("an error in an argument is passed through, as Excel does for custom functions", () => {
    expect(err("L14").type).toBe(ErrorType.DIV_BY_ZERO);
  });

  it("recalculates when a cell is filled in", () => {
    const h5 = address(hf, S, "H5");
    hf.setCellContents(h5, [[d("2026-03-13")]]);
    expect(at("L5")).toBe("Completed");
    hf.setCellContents(h5, [[null]]);
    expect(at("L5")).toBe("In progress");
  });

  it("without the CustomFunctions runtime the stand-in error converts the same way", () => {
    removeFakeRuntime();
    try {
      const other = buildFromSheets({
        S: [[d("2026-03-02"), "x", "=CONCORD.WORKDAYS(A1,B1)", "=CONCORD.WORKDAY(A1,5)"]],
      });
      const value = other.getCellValue({ sheet: 0, row: 0, col: 2 }) as DetailedCellError;
      expect(value.type).toBe(ErrorType.VALUE);
      expect(value.message).toMatch(/^end: "x" is not a date/);
      expect(other.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(d("2026-03-09"));
      other.destroy();
    } finally {
      installFakeRuntime();
    }
  });
});

describe("waiting on predecessors and cycles as worksheet formulas", () => {
  let hf: HyperFormula;
  const S = "Plan";
  // A id, E predecessors, F start, G due, H finish, I progress; N = WAITINGON with the whole predecessors column,
  // L = STATUS fed with N (11th argument). Status date B1 = Mon 2026-03-16.
  const tasks: Array<[string, string | null, number | null, number, number | null, number | string | null]> = [
    ["T-1", null, d("2026-03-02"), d("2026-03-20"), null, 0.7], // open
    ["T-2", "T-1", d("2026-03-09"), d("2026-03-31"), null, null], // waiting, started → Blocked
    ["T-3", "T-1", d("2026-03-23"), d("2026-03-31"), null, null], // waiting, not started yet
    ["T-4", "T-1", null, d("2026-03-31"), null, null], // waiting, no start → Blocked
    ["T-5", "T-6", d("2026-03-02"), d("2026-03-31"), null, null], // T-5 ⇄ T-6
    ["T-6", "T-5", d("2026-03-02"), d("2026-03-31"), null, null],
    ["T-7", "T-7", d("2026-03-02"), d("2026-03-31"), null, null], // waits on itself
    ["T-8", "T-1", d("2026-03-02"), d("2026-03-20"), null, "=0.7+0.2+0.1"], // 100 % by arithmetic: Completed
    ["T-9", null, d("2026-03-16"), d("2026-03-20"), d("2026-03-12"), null], // finished before the planned start
  ];
  const row = (i: number) => i + 3;

  beforeAll(() => {
    installFakeRuntime();
    const rows: RawCellContent[][] = [["Status date", d("2026-03-16")], []];
    tasks.forEach(([id, preds, start, due, finish, progress], i) => {
      const r = row(i);
      rows.push([
        id,
        null,
        null,
        null,
        preds,
        start,
        due,
        finish,
        progress,
        null,
        null,
        `=CONCORD.STATUS(F${r},G${r},H${r},I${r},K${r},$B$1,,,,,N${r})`,
        `=CONCORD.LAG(G${r},H${r},$B$1)`,
        `=CONCORD.WAITINGON(E${r},$A$3:$A$11,$H$3:$H$11,$I$3:$I$11,$E$3:$E$11)`,
        `=CONCORD.WAITINGON(E${r},$A$3:$A$11,$H$3:$H$11,$I$3:$I$11)`,
      ]);
    });
    rows.push([
      "forms",
      "=CONCORD.STATUS(F4,G4,H4,I4,K4,$B$1)",
      '=CONCORD.STATUS(F4,G4,H4,I4,K4,$B$1,"zh-CN")',
      '=CONCORD.STATUS(F4,G4,H4,I4,K4,$B$1,"en-US",0.1,Z1:Z2)',
      '=CONCORD.STATUS(F4,G4,H4,I4,K4,$B$1,"en-US",0.1,Z1:Z2,"0000011")',
      '=CONCORD.STATUS(F4,G4,H4,I4,K4,$B$1,"zh-CN",0.1,Z1:Z2,"0000011",N4)',
    ]);
    hf = buildFromSheets({ [S]: rows });
  });

  afterAll(() => {
    hf?.destroy();
    removeFakeRuntime();
  });

  const at = (a1: string) => cell(hf, S, a1);

  it("Blocked while waiting once the start date is reached, or at once without a start date", () => {
    expect([row(1), row(2), row(3)].map((r) => [at(`N${r}`), at(`L${r}`)])).toEqual([
      ["T-1", "Blocked"],
      ["T-1", "Not started"],
      ["T-1", "Blocked"],
    ]);
    expect(at(`L${row(0)}`)).toBe("In progress");
  });

  it("reports cycles, self-references included, with the whole predecessors column, and only with it", () => {
    for (const [i, cycle] of [
      [4, "T-6 → T-5 → T-6"],
      [5, "T-5 → T-6 → T-5"],
      [6, "T-7 → T-7"],
    ] as const) {
      const error = at(`N${row(i)}`) as DetailedCellError;
      expect(error).toBeInstanceOf(DetailedCellError);
      expect([error.type, error.message]).toEqual([
        ErrorType.VALUE,
        `predecessors: ${cycle} is a cycle / predecessors（前置任务）：${cycle} 构成循环依赖`,
      ]);
      expect((at(`L${row(i)}`) as DetailedCellError).type).toBe(ErrorType.VALUE); // passed on to STATUS
      expect(at(`O${row(i)}`)).toBe(i === 4 ? "T-6" : i === 5 ? "T-5" : "T-7"); // 4 arguments: no cycle check
    }
  });

  it("a progress of 0.7+0.2+0.1 is Completed; a finish before the planned start is Completed with no lag", () => {
    expect(at(`I${row(7)}`)).toBe(0.7 + 0.2 + 0.1);
    expect(at(`I${row(7)}`)).not.toBe(1);
    expect(at(`L${row(7)}`)).toBe("Completed");
    expect(at(`L${row(8)}`)).toBe("Completed");
    expect(at(`M${row(8)}`)).toBe(0);
  });

  it("STATUS keeps working with 6, 7, 9, 10 and 11 arguments", () => {
    expect(["B", "C", "D", "E", "F"].map((c) => at(`${c}12`))).toEqual([
      "In progress",
      "进行中",
      "In progress",
      "In progress",
      "阻塞",
    ]);
  });
});
