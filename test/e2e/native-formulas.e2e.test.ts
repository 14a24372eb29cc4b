/**
 * The standalone .xlsx files compute without the add-in: the blank WBS (T3) and issue log (T6), as `npm run templates`
 * writes them (buildTemplateXlsx, native formulas), are filled with varied rows in both languages — holidays and
 * make-up workdays in the calendar; predecessors finished, unfinished, at 100 %, unknown, in a chain, with every kind
 * of separator; blockers, early and late finishes, 100 % shown, overdue, behind schedule, not started, empty rows, bad
 * input; major issues met, open, responded late, solved late, exactly on time, normal ones on their own windows or with
 * no SLA, one without a severity — then recalculated by LibreOffice and saved
 * as .xlsx. Every Status, Lag, Waiting-on and SLA cell read back must equal what the add-in's functions give for the
 * same row (src/functions over src/core), errors included (#VALUE!, #N/A), and the dashboard's counts must count them.
 *
 * The rows stay inside what native formulas compute exactly (native-formulas.ts lists the rest: cycles, repeated ids,
 * more than four predecessors, text dates; test/files/native-formulas.test.ts covers those).
 * Files before and after: test-results/native-formulas/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import path from "path";
import {
  getTemplate,
  type Language,
  LANGUAGES,
  NO_SLA_LABEL,
  parseOptionalSlaWindows,
  SEVERITY_LABELS,
  severityOf,
  STATUS_LABELS,
  type TemplateDef,
} from "../../src/core";
import { FILE_INSTANCE_ID } from "../../src/files";
import { buildTemplateXlsx } from "../../src/files/xlsx";
import * as functions from "../../src/functions/functions";
import {
  a1,
  DASHBOARD_DEPARTMENTS,
  planDashboard,
  planSheet,
  positionsOf,
  type SheetPlan,
} from "../../src/render/sheet";
import { d } from "../support/dates";
import { recalculateToXlsx } from "./support/office-suite";

const OUT = path.resolve(__dirname, "../..", "test-results", "native-formulas");
const WBS = getTemplate("T3");
const ISSUES = getTemplate("T6");

type Value = string | number | boolean | null;
/** A cell value as read back, or as the add-in's function gives it: errors as `{ error: "#N/A" }`. */
type Result = string | number | boolean | { error: string } | null;
type Row = Partial<Record<string, Value>>;

/** What the add-in's function gives for the same inputs (the reference), with its error code when it throws. */
function reference(call: () => string | number): Result {
  try {
    return call();
  } catch (error) {
    return { error: String((error as { code?: unknown }).code) };
  }
}

const hour = (iso: string, hh: number, mm = 0) => d(iso) + (hh * 60 + mm) / 1440;

function departments(language: Language): [string, string, string] {
  return language === "zh-CN" ? ["研发部", "市场部", "法务部"] : ["R&D", "Marketing", "Legal"];
}

/** WBS rows by column id, in task-id order (WBS-001 …). */
function wbsRows(language: Language): Row[] {
  const zh = language === "zh-CN";
  const [rd, mkt, legal] = departments(language);
  return [
    {
      taskName: "Kickoff",
      department: rd,
      start: d("2026-10-19"),
      due: d("2026-10-23"),
      finish: d("2026-10-22"),
      progress: 1,
    },
    { taskName: "Design", department: rd, start: d("2026-11-02"), due: d("2026-11-13"), progress: 0.5 },
    {
      taskName: "Material",
      department: mkt,
      predecessors: "WBS-002",
      start: d("2026-11-09"),
      due: d("2026-11-20"),
      progress: 0,
    },
    {
      taskName: "Legal review",
      department: legal,
      predecessors: "WBS-001",
      start: d("2026-11-10"),
      due: d("2026-11-24"),
      progress: 0.2,
      blocker: zh ? "设计资源不足" : "Design resources short",
    },
    { taskName: "Build", department: rd, start: d("2026-11-16"), due: d("2026-11-30") },
    {
      taskName: "Launch prep",
      department: mkt,
      predecessors: zh ? "WBS-001、wbs-002" : "WBS-001; wbs-002",
      start: d("2026-11-20"),
      due: d("2026-11-27"),
    },
    {},
    // Response measures already past their due date: still flagged.
    {
      taskName: "Training",
      department: mkt,
      start: d("2026-11-02"),
      due: d("2026-11-27"),
      progress: 0.1,
      measures: zh ? "增派讲师" : "Another trainer",
      measuresDue: d("2026-11-10"),
    },
    {
      taskName: "Go-live",
      department: rd,
      predecessors: zh ? "WBS-005，WBS-001" : "WBS-005  WBS-001",
      due: d("2026-12-04"),
    },
    {
      taskName: "Migration",
      department: rd,
      start: d("2026-10-26"),
      due: d("2026-11-06"),
      finish: d("2026-11-12"),
      progress: 0.9,
    },
    {
      taskName: "Survey",
      department: mkt,
      start: d("2026-10-19"),
      due: d("2026-10-30"),
      progress: 0.6,
      lagReason: "x",
      measures: zh ? "外包问卷发放" : "Outsource the survey",
      measuresDue: d("2026-11-20"),
    },
    { taskName: "Typo", department: legal, predecessors: "WBS-099", start: d("2026-11-02"), due: d("2026-11-20") },
    { taskName: "Only a due date", due: d("2026-11-13") },
    { taskName: "Only a name" },
    { taskName: "No department", start: d("2026-11-09"), due: d("2026-11-18"), progress: 0.3 },
    { taskName: "Chain", department: legal, predecessors: "WBS-003", start: d("2026-11-23"), due: d("2026-12-04") },
    {
      taskName: "After finished ones",
      department: rd,
      predecessors: zh ? "WBS-010；WBS-020" : "WBS-010,WBS-020",
      start: d("2026-11-12"),
      due: d("2026-11-19"),
      progress: 0.4,
    },
    {
      taskName: "Early finish",
      department: mkt,
      start: d("2026-11-20"),
      due: d("2026-11-27"),
      finish: d("2026-11-10"),
    },
    { taskName: "Due before start", department: legal, start: d("2026-11-10"), due: d("2026-11-05"), progress: 0.1 },
    // 0.7 + 0.2 + 0.1 = 0.9999999999999999, shown as 100 %: Completed, and no longer waited on.
    {
      taskName: "Full",
      department: rd,
      predecessors: "WBS-002",
      start: d("2026-11-02"),
      due: d("2026-11-30"),
      progress: 0.7 + 0.2 + 0.1,
    },
  ];
}

/** The calendar (date, kind): national-day holidays, a make-up Saturday, a mid-November holiday and make-up Saturday. */
function calendarRows(language: Language): Array<[Value, Value]> {
  const [off, on] = language === "zh-CN" ? ["休", "班"] : ["holiday", "workday"];
  return [
    [d("2026-10-01"), off],
    [d("2026-10-02"), off],
    [d("2026-10-05"), off],
    [d("2026-10-10"), on],
    [null, null],
    [d("2026-11-11"), off],
    [d("2026-11-14"), on],
    [d("2026-11-24"), language === "zh-CN" ? "" : "Holiday"], // blank kind = holiday; kinds ignore case
  ];
}

/**
 * Issue rows by column id (ISS-001 …): major issues on the major clock; normal ones on the normal windows, or without
 * an SLA while those are blank; one without a severity (no SLA).
 */
function issueRows(language: Language): Row[] {
  const major = { severity: SEVERITY_LABELS.major[language] };
  const normal = { severity: SEVERITY_LABELS.normal[language] };
  return [
    { raisedAt: hour("2026-11-20", 9), respondedAt: hour("2026-11-20", 10, 30), resolvedAt: hour("2026-11-21", 8) },
    { raisedAt: hour("2026-11-19", 9), respondedAt: hour("2026-11-19", 11, 30), resolvedAt: hour("2026-11-19", 20) },
    { raisedAt: hour("2026-11-18", 9), respondedAt: hour("2026-11-18", 9, 30), resolvedAt: hour("2026-11-19", 12) },
    { raisedAt: hour("2026-11-20", 8), resolvedAt: hour("2026-11-20", 9, 30) },
    { raisedAt: hour("2026-11-20", 6), resolvedAt: hour("2026-11-20", 10) },
    { raisedAt: hour("2026-11-20", 11), ...normal },
    { raisedAt: hour("2026-11-20", 9), respondedAt: hour("2026-11-20", 10) },
    { raisedAt: hour("2026-11-20", 8) },
    { raisedAt: hour("2026-11-19", 8), ...normal },
    // Exactly at both deadlines (2 h, 24 h): met.
    { raisedAt: hour("2026-11-20", 9), respondedAt: hour("2026-11-20", 11), resolvedAt: hour("2026-11-21", 9) },
    {},
    { respondedAt: hour("2026-11-20", 10) },
    { raisedAt: hour("2026-11-20", 10), respondedAt: hour("2026-11-20", 9) },
    {
      raisedAt: hour("2026-11-20", 10),
      respondedAt: hour("2026-11-20", 11, 59),
      resolvedAt: hour("2026-11-20", 18),
      ...normal,
    },
    { raisedAt: hour("2026-11-20", 7), severity: null },
  ].map((row) => ({ ...major, ...row }));
}

interface Case {
  template: TemplateDef;
  language: Language;
  /** The status date (T3) or status time (T6). */
  at: number;
  /** T6: the major response and solution windows typed into the header (null = left blank: 2 h and 24 h). */
  hours?: [Value, Value];
  /** T6: the normal windows (null, null: normal issues have no SLA). */
  normalHours?: [Value, Value];
  base: string;
}

const CASES: Case[] = LANGUAGES.flatMap((language, l) => [
  ...[d("2026-11-16"), d("2026-11-12")].map((at, i) => ({ template: WBS, language, at, base: `T3-${language}-${i}` })),
  ...[hour("2026-11-20", 12), hour("2026-11-21", 10)].map((at, i) => ({
    template: ISSUES,
    language,
    at,
    hours: (l === 0 ? [null, null] : [4, 48]) as [Value, Value],
    normalHours: (l === 0 ? [null, null] : [1, 8]) as [Value, Value],
    base: `T6-${language}-${i}`,
  })),
]);

function mainPlan(c: Case): SheetPlan {
  return planSheet(c.template, c.language, FILE_INSTANCE_ID, { thisRow: "explicit", dialect: "native" });
}

function columnIds(template: TemplateDef, tableId: string): string[] {
  for (const block of template.blocks) {
    if (block.type === "table" && block.table.id === tableId) return block.table.columns.map((c) => c.id);
  }
  throw new Error(`no table ${tableId}`);
}

/** Where a table column's data row i is (0-based sheet row and column). */
function tableCell(plan: SheetPlan, template: TemplateDef, tableId: string, columnId: string, i: number) {
  const table = plan.tables.find((t) => t.tableId === tableId)!;
  return { row: table.row + 1 + i, col: table.col + columnIds(template, tableId).indexOf(columnId) };
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The package path of each worksheet, by sheet name. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const read = (name: string) => zip.file(name)!.async("string");
  const rels = new Map(
    [
      ...(await read("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g),
    ].map((m) => [m[1], `xl/${m[2].replace(/^\/?xl\//, "")}`]),
  );
  return new Map(
    [...(await read("xl/workbook.xml")).matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)].map((m) => [
      unescapeXml(m[1]),
      rels.get(m[2])!,
    ]),
  );
}

/** A cell element with this value, keeping the cell's style. */
function cellXml(ref: string, style: string, value: Value): string {
  if (value === null || value === "") return `<c r="${ref}"${style}/>`;
  if (typeof value === "number") return `<c r="${ref}"${style}><v>${value}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`;
}

/**
 * The blank file as downloaded, with values typed in the way a person types them (numbers for dates and times, text
 * for text). The values go straight into the sheet XML in place of the (styled, empty) cells, so that the file is
 * otherwise the one `npm run templates` writes; the status date's =TODAY() / status time's =NOW() is overtyped.
 */
async function filledFile(c: Case): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildTemplateXlsx(c.template, c.language));
  const plan = mainPlan(c);
  const values = new Map<string, Value>();
  const put = (at: { row: number; col: number }, value: Value) => values.set(a1(at.row, at.col), value);
  const fields = positionsOf(c.template, plan, FILE_INSTANCE_ID).fields;
  if (c.template.id === "T3") {
    put(fields.statusDate, c.at);
    wbsRows(c.language).forEach((row, i) => {
      for (const [id, value] of Object.entries(row)) put(tableCell(plan, WBS, "tasks", id, i), value ?? null);
    });
    departments(c.language).forEach((name, i) => put(tableCell(plan, WBS, "departments", "department", i), name));
    calendarRows(c.language).forEach(([date, kind], i) => {
      put(tableCell(plan, WBS, "calendar", "date", i), date);
      put(tableCell(plan, WBS, "calendar", "kind", i), kind);
    });
  } else {
    put(fields.statusTime, c.at);
    // Blank windows mean the defaults: the template's initial 2 and 24 are cleared then.
    put(fields.responseHours, c.hours![0]);
    put(fields.solutionHours, c.hours![1]);
    put(fields.normalResponseHours, c.normalHours![0]);
    put(fields.normalSolutionHours, c.normalHours![1]);
    issueRows(c.language).forEach((row, i) => {
      for (const [id, value] of Object.entries(row)) put(tableCell(plan, ISSUES, "issues", id, i), value ?? null);
    });
  }
  const sheetPath = (await sheetPaths(zip)).get(plan.sheetName)!;
  let xml = await zip.file(sheetPath)!.async("string");
  for (const [ref, value] of values) {
    const pattern = new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
    const match = pattern.exec(xml);
    if (!match) throw new Error(`${plan.sheetName}!${ref} is not in the sheet XML`);
    xml = xml.replace(pattern, cellXml(ref, match[1] ?? "", value));
  }
  if (c.template.id === "T3") xml = withFlagCells(xml, plan);
  zip.file(sheetPath, xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A spare column, right of every table, where the measures flag is computed as a cell formula. */
const FLAG_COL = 60;

/**
 * The 24-hour measures flag (the red conditional format on Response measures / Measures due), as the file stores it:
 * the formula of the sheet's conditionalFormatting over those two columns, written for the table's first row.
 */
function measuresFlagFormula(xml: string, plan: SheetPlan): { first: number; formula: string } {
  const tasks = plan.tables.find((t) => t.tableId === "tasks")!;
  const col = tasks.col + columnIds(WBS, "tasks").indexOf("measures");
  const first = tasks.row + 1;
  const sqref = `${a1(first, col)}:${a1(first + tasks.rows - 1, col + 1)}`;
  const block = new RegExp(`<conditionalFormatting sqref="${sqref}">([\\s\\S]*?)</conditionalFormatting>`).exec(xml);
  if (!block) throw new Error(`no conditional format over ${sqref}`);
  return { first, formula: unescapeXml(/<formula>([\s\S]*?)<\/formula>/.exec(block[1])![1]) };
}

/**
 * Each task row gets, in FLAG_COL, the flag's formula moved to that row (relative rows shift, as Excel applies a
 * conditional format to each cell of its range), so LibreOffice's result can be read back like any other cell.
 */
function withFlagCells(xml: string, plan: SheetPlan): string {
  const { first, formula } = measuresFlagFormula(xml, plan);
  const rows = plan.tables.find((t) => t.tableId === "tasks")!.rows;
  for (let i = 0; i < rows; i++) {
    const moved = formula.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)/g, (_, col: string, fixed: string, row: string) =>
      fixed ? `${col}$${row}` : `${col}${Number(row) + i}`,
    );
    const cell = `<c r="${a1(first + i, FLAG_COL)}"><f>${escapeXml(moved)}</f></c>`;
    // A replacer function: the formula's `$` must not be read as a replacement pattern.
    xml = xml.replace(
      new RegExp(`(<row r="${first + i + 1}"[^>]*>[\\s\\S]*?)</row>`),
      (_, row: string) => `${row}${cell}</row>`,
    );
  }
  return xml;
}

/**
 * Every cell value of every sheet of an .xlsx, by sheet name and A1 address, read from the package XML (exceljs drops
 * cached results that are 0, FALSE or "").
 */
async function readValues(bytes: Buffer): Promise<Map<string, Map<string, Result>>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve("");
  const shared = [...(await read("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const sheets = new Map<string, Map<string, Result>>();
  for (const [name, sheetPath] of await sheetPaths(zip)) {
    const xml = await read(sheetPath);
    const cells = new Map<string, Result>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="(\w+)"/.exec(c[2])?.[1];
      const body = c[3] ?? "";
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const inline = /<is>[\s\S]*?<t[^>]*>([^<]*)<\/t>/.exec(body)?.[1];
      let value: Result = null;
      if (type === "s") value = shared[Number(v)];
      else if (type === "str") value = unescapeXml(v ?? "");
      else if (type === "inlineStr") value = unescapeXml(inline ?? "");
      else if (type === "e") value = { error: unescapeXml(v ?? "") };
      else if (type === "b") value = v === "1";
      else if (v !== undefined) value = Number(v);
      cells.set(c[1], value);
    }
    sheets.set(name, cells);
  }
  return sheets;
}

/** A column of the rows, as the add-in's functions receive a range (rows of one cell, blanks as null). */
const columnOf = (rows: Row[], id: string, size: number) =>
  Array.from({ length: size }, (_, i) => [rows[i]?.[id] ?? null]);

/** What the add-in gives for each WBS row: Waiting on, Status and Lag. */
function wbsReference(c: Case, ids: string[]) {
  const rows = wbsRows(c.language);
  const calendar = calendarRows(c.language).map(([date, kind]) => [date, kind === "" ? null : kind]);
  const size = ids.length;
  const idColumn = ids.map((id) => [id]);
  return ids.map((_, i) => {
    const row = rows[i] ?? {};
    const cell = (id: string) => row[id] ?? null;
    const waitingOn = reference(() =>
      functions.waitingOn(
        cell("predecessors"),
        idColumn,
        columnOf(rows, "finish", size),
        columnOf(rows, "progress", size),
        columnOf(rows, "predecessors", size),
      ),
    );
    // Excel hands a custom function no error argument: an error in Waiting on is the status.
    const status =
      typeof waitingOn === "object" && waitingOn !== null
        ? waitingOn
        : reference(() =>
            functions.status(
              cell("start"),
              cell("due"),
              cell("finish"),
              cell("progress"),
              cell("blocker"),
              c.at,
              c.language,
              null,
              calendar,
              null,
              waitingOn,
            ),
          );
    const lag = reference(() => functions.lag(cell("due"), cell("finish"), c.at, calendar));
    // Lagging more than 24 hours without measures: Lagging on the status date and the day before (the add-in's
    // status, same inputs), and no measures text or measures due before the status date.
    const lagging = STATUS_LABELS[c.language].lagging;
    const statusOn = (date: number) =>
      reference(() =>
        functions.status(
          cell("start"),
          cell("due"),
          cell("finish"),
          cell("progress"),
          cell("blocker"),
          date,
          c.language,
          null,
          calendar,
          null,
          typeof waitingOn === "string" ? waitingOn : null,
        ),
      );
    const measuresDue = cell("measuresDue");
    const noMeasures =
      String(cell("measures") ?? "").trim() === "" || (typeof measuresDue === "number" && measuresDue < c.at);
    const flag = status === lagging && statusOn(c.at - 1) === lagging && noMeasures;
    return { waitingOn, status, lag, flag };
  });
}

/** What the add-in gives: CONCORD.SLA with the windows of the row's severity (sla.ts), or no SLA. */
function slaReference(c: Case, i: number): Result {
  const row = issueRows(c.language)[i] ?? {};
  const cell = (id: string) => row[id] ?? null;
  const noSla =
    cell("raisedAt") === null && cell("respondedAt") === null && cell("resolvedAt") === null
      ? ""
      : NO_SLA_LABEL[c.language];
  const severity = severityOf(cell("severity"));
  let windows: [Value, Value];
  if (severity === "major") windows = c.hours!;
  else if (severity === "normal") {
    const normal = reference(() => (parseOptionalSlaWindows(...c.normalHours!) === null ? "" : "set"));
    if (normal !== "set") return normal === "" ? noSla : normal;
    windows = c.normalHours!;
  } else return noSla;
  return reference(() =>
    functions.sla(cell("raisedAt"), cell("respondedAt"), cell("resolvedAt"), c.at, c.language, ...windows),
  );
}

/** Numbers compared to 12 significant digits (LibreOffice writes 15); everything else exactly. */
function comparable(value: Result): Result {
  return typeof value === "number" ? Number(value.toPrecision(12)) : value;
}

let results: Map<string, Map<string, Map<string, Result>>>;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const inDir = path.join(OUT, "filled");
  const outDir = path.join(OUT, "recalculated");
  mkdirSync(inDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const paths: string[] = [];
  for (const c of CASES) {
    const file = path.join(inDir, `${c.base}.xlsx`);
    writeFileSync(file, await filledFile(c));
    paths.push(file);
  }
  recalculateToXlsx(paths, outDir);
  results = new Map();
  for (const c of CASES) results.set(c.base, await readValues(readFileSync(path.join(outDir, `${c.base}.xlsx`))));
}, 300_000);

const caseName = (c: Case) => `${c.template.id} ${c.language} at ${c.at}`;

describe.each(CASES.filter((c) => c.template.id === "T3").map((c) => [caseName(c), c] as const))(
  "the standalone WBS recalculated by LibreOffice (%s)",
  (_name, c) => {
    const plan = mainPlan(c);
    const tasks = plan.tables.find((t) => t.tableId === "tasks")!;
    const ids = tasks.ids!;
    const cellOf = (id: string, i: number) => {
      const at = tableCell(plan, WBS, "tasks", id, i);
      return results.get(c.base)!.get(plan.sheetName)!.get(a1(at.row, at.col)) ?? null;
    };

    it("gives every Waiting on, Status and Lag cell the add-in's value", () => {
      const want = wbsReference(c, ids);
      const got = ids.map((_, i) => ({
        waitingOn: cellOf("waitingOn", i),
        status: cellOf("status", i),
        lag: cellOf("lagDays", i),
      }));
      // Blank cached text reads back as "" or as no value at all: both are an empty cell.
      const blankAsEmpty = (r: Result) => (r === null ? "" : comparable(r));
      expect(
        got.map((g, i) => [ids[i], blankAsEmpty(g.waitingOn), blankAsEmpty(g.status), blankAsEmpty(g.lag)]),
      ).toEqual(want.map((w, i) => [ids[i], comparable(w.waitingOn), comparable(w.status), comparable(w.lag)]));
    });

    it("flags the tasks lagging for more than 24 hours without measures as the add-in's statuses say", () => {
      const want = wbsReference(c, ids);
      const values = results.get(c.base)!.get(plan.sheetName)!;
      const got = ids.map((_, i) => values.get(a1(tableCell(plan, WBS, "tasks", "taskId", i).row, FLAG_COL)) ?? null);
      // Where the Status cell is an error the flag's formula is one too, which a conditional format reads as "not
      // applied": no colour, as for false. Anywhere else an error would be a fault.
      const applied = (g: Result, i: number) =>
        typeof g === "object" && g !== null && typeof want[i].status === "object" ? false : g;
      expect(got.map((g, i) => [ids[i], applied(g, i)])).toEqual(want.map((w, i) => [ids[i], w.flag]));
      // Flagged rows, and Lagging rows that are not (measures given, or lagging only since the status date).
      const lagging = STATUS_LABELS[c.language].lagging;
      expect(want.filter((w) => w.flag).length).toBeGreaterThanOrEqual(2);
      expect(want.filter((w) => w.status === lagging && !w.flag).length).toBeGreaterThanOrEqual(1);
    });

    it("covers every status, both errors, waiting and lag across the calendar", () => {
      const want = wbsReference(c, ids);
      const labels = STATUS_LABELS[c.language];
      const statuses = new Set(want.map((w) => (typeof w.status === "string" ? w.status : JSON.stringify(w.status))));
      for (const label of Object.values(labels)) expect(statuses).toContain(label);
      expect(statuses).toContain('{"error":"#N/A"}');
      expect(statuses).toContain('{"error":"#VALUE!"}');
      expect(want.filter((w) => typeof w.waitingOn === "string" && w.waitingOn !== "").length).toBeGreaterThanOrEqual(
        4,
      );
      expect(want.filter((w) => typeof w.lag === "number" && w.lag > 0).length).toBeGreaterThanOrEqual(3);
    });

    it("counts the statuses on the dashboard, in total and by department", () => {
      const dashboard = planDashboard(WBS, c.language, FILE_INSTANCE_ID);
      const values = results.get(c.base)!.get(dashboard.sheetName)!;
      const at = (row: number, col: number) => values.get(a1(row, col)) ?? null;
      const want = wbsReference(c, ids);
      const rows = wbsRows(c.language);
      const labels = STATUS_LABELS[c.language];
      const rowOf = (text: string) =>
        dashboard.cells.find((x) => x.col === 0 && x.content.kind === "text" && x.content.text === text)!.row;
      for (const label of Object.values(labels)) {
        expect([label, at(rowOf(label), 1)]).toEqual([label, want.filter((w) => w.status === label).length]);
      }
      const header = dashboard.cells.find((x) => x.col === 6 && x.style === "header")!.row;
      const names = departments(c.language);
      for (let n = 0; n <= DASHBOARD_DEPARTMENTS; n++) {
        const name = n < names.length ? names[n] : n === DASHBOARD_DEPARTMENTS ? undefined : null;
        if (name === null) continue;
        Object.values(labels).forEach((label, j) => {
          const count = want.filter((w, i) => w.status === label && rows[i]?.department === name).length;
          expect([name ?? "-", label, at(header + 1 + n, 1 + j)]).toEqual([name ?? "-", label, count]);
        });
      }
    });
  },
);

describe.each(CASES.filter((c) => c.template.id === "T6").map((c) => [caseName(c), c] as const))(
  "the standalone issue log recalculated by LibreOffice (%s)",
  (_name, c) => {
    it("gives every SLA cell the add-in's value", () => {
      const plan = mainPlan(c);
      const table = plan.tables.find((t) => t.tableId === "issues")!;
      const values = results.get(c.base)!.get(plan.sheetName)!;
      const got = table.ids!.map((id, i) => {
        const at = tableCell(plan, ISSUES, "issues", "sla", i);
        const value = values.get(a1(at.row, at.col)) ?? null;
        return [id, value === null ? "" : value];
      });
      expect(got).toEqual(table.ids!.map((id, i) => [id, slaReference(c, i)]));
      const states = new Set(got.map(([, v]) => JSON.stringify(v)));
      expect(states.size).toBeGreaterThanOrEqual(6); // several states, "", #VALUE! and No SLA
      expect(states).toContain(JSON.stringify(NO_SLA_LABEL[c.language]));
    });
  },
);
