/** updateWbs growing the Tasks table: rows past it appended below, nothing overwritten, at most 3 syncs. */
import { excelName, LocalizedError, serialFromDate, type InstanceRecord, type Language } from "../../../src/core";
import {
  checkBelow,
  grownPrintArea,
  guidanceLines,
  parseArea,
  WbsTotalRowError,
} from "../../../src/hosts/excel/wbs-append";
import type { WbsUpdate } from "../../../src/hosts/types";
import type { TableModel } from "../../support/fake-excel";
import { setUp, syncsOf, type Harness } from "./harness";

let h: Harness;
afterEach(() => h?.restore());

const d = (day: number) => serialFromDate(2026, 3, day);
const FORMULA_COLUMNS = [11, 12, 13];

async function insertWbs(language: Language = "en-US"): Promise<{ record: InstanceRecord; table: TableModel }> {
  const { record } = await h.host.insertTemplate("T3", language);
  return { record, table: h.fake.workbook.table(excelName("T3", record.id, "tasks"))! };
}

/** Sheet cell of a data row (from 1) and table column (from 0). */
const cellOf = (table: TableModel, row: number, col: number) => table.sheet.peek(table.row + row, table.col + col);
/** The sheet's cells as text, to prove nothing changed. */
const snapshot = (table: TableModel) => JSON.stringify([...table.sheet.cells]);

/** New tasks for rows from..to (1-based), every third named like a formula. */
const newTasks = (from: number, to: number): WbsUpdate =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    row: from + i,
    taskId: `WBS-${String(from + i).padStart(3, "0")}`,
    taskName: i % 3 === 0 ? `=HYPERLINK("x") ${i}` : `Task ${i}`,
    owner: "Li Lei",
    due: d(20),
  }));

test.each(["en-US", "zh-CN"] as const)(
  "grows by one row below a fresh WBS, guidance moved under it (%s)",
  async (lang) => {
    h = setUp();
    const { record, table } = await insertWbs(lang);
    const lastFormulas = FORMULA_COLUMNS.map((c) => cellOf(table, 20, c)!.formula);
    const update: WbsUpdate = [
      { row: 20, taskName: "Inside" },
      { row: 21, taskId: "WBS-021", taskName: "=SUM(A1:A9)", owner: "+86 555", due: d(20), progress: 0.25 },
    ];

    const { syncs } = await syncsOf(h.fake, () => h.host.updateWbs(record, update));
    expect(syncs).toBe(3);
    expect(table.rows).toBe(21);
    expect(cellOf(table, 21, 0)).toMatchObject({ value: "WBS-021", numberFormat: "@" });
    expect(cellOf(table, 21, 0)!.style.italic).toBeUndefined();
    expect(cellOf(table, 21, 1)).toMatchObject({ value: "=SUM(A1:A9)", formula: null, numberFormat: "@" });
    expect(cellOf(table, 21, 3)).toMatchObject({ value: "+86 555", formula: null, numberFormat: "@" });
    expect(cellOf(table, 21, 6)).toMatchObject({ value: d(20), numberFormat: "yyyy-mm-dd" });
    expect(cellOf(table, 21, 5)).toMatchObject({ value: "", numberFormat: "yyyy-mm-dd" });
    expect(cellOf(table, 21, 8)).toMatchObject({ value: 0.25, numberFormat: "0%" });
    expect(FORMULA_COLUMNS.map((c) => cellOf(table, 21, c)!.formula)).toEqual(lastFormulas);
    // The template's guidance is under the grown table, styled as before.
    const lines = guidanceLines(lang);
    lines.forEach((line, i) =>
      expect(cellOf(table, 22 + i, 0)).toMatchObject({ value: line, style: { italic: true } }),
    );

    // The new row is as tall as the others, and the print area still ends under the guidance.
    expect(table.sheet.rowHeights.get(table.row + 21)).toBe(table.sheet.rowHeights.get(table.row + 20));
    expect(table.sheet.pageLayout.printArea).toMatchObject({ row: 0, rows: table.row + 22 + lines.length });

    const data = await h.host.readWbs(record);
    expect(data.tasks).toHaveLength(21);
    expect(data.tasks[19].taskName).toBe("Inside");
    expect(data.tasks[20]).toMatchObject({ row: 21, taskId: "WBS-021", taskName: "=SUM(A1:A9)", due: d(20) });
    expect(data.tasks[20].status).toBe(data.tasks[0].status);
  },
);

test("grows by 30 rows in one update, every new row with the formula columns", async () => {
  h = setUp();
  const { record, table } = await insertWbs();
  const { syncs } = await syncsOf(h.fake, () => h.host.updateWbs(record, newTasks(18, 50)));
  expect(syncs).toBe(3);
  expect(table.rows).toBe(50);
  for (let row = 21; row <= 50; row++) {
    for (const col of FORMULA_COLUMNS) expect(cellOf(table, row, col)!.formula).toBe(cellOf(table, 1, col)!.formula);
    expect(cellOf(table, row, 1)).toMatchObject({ formula: null, numberFormat: "@" });
  }
  expect(cellOf(table, 21, 1)!.value).toBe('=HYPERLINK("x") 3');
  guidanceLines("en-US").forEach((line, i) => expect(cellOf(table, 51 + i, 0)!.value).toBe(line));
  const tasks = (await h.host.readWbs(record)).tasks;
  expect(tasks.map((t) => t.taskId).slice(-2)).toEqual(["WBS-049", "WBS-050"]);
});

test("an Excel without ExcelApi 1.9 grows the table and leaves the print area", async () => {
  h = setUp();
  const { record, table } = await insertWbs();
  const printArea = { ...table.sheet.pageLayout.printArea };
  h.fake.apiVersion = "1.8";
  await h.host.updateWbs(record, newTasks(21, 25));
  expect(table.rows).toBe(25);
  expect(table.sheet.pageLayout.printArea).toEqual(printArea);
  expect(h.fake.requirementChecks).toContain("ExcelApi 1.9");
});

test("the guidance a fresh WBS has under its table is what the host moves", async () => {
  h = setUp();
  const { table } = await insertWbs("zh-CN");
  const under = guidanceLines("zh-CN").map((_, i) => cellOf(table, 21 + i, 0)?.value);
  expect(under).toEqual(guidanceLines("zh-CN"));
  expect(under.length).toBeGreaterThan(0);
});

describe("refusals: nothing is written", () => {
  test("a non-empty cell where the new rows or the moved guidance go is named, in both languages", async () => {
    h = setUp();
    const { record, table } = await insertWbs();
    // Two new rows need sheet rows 29–30 (under the table: the guidance) and 31–32 (where the guidance moves to).
    table.sheet.input(table.row + 23, 4, "someone's note");
    const before = snapshot(table);
    const error = await h.host.updateWbs(record, newTasks(21, 22)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalizedError);
    const { messages } = error as LocalizedError;
    expect(messages["en-US"]).toContain('cell E31 on the sheet "Task breakdown (WBS)"');
    expect(messages["zh-CN"]).toContain("工作表“Task breakdown (WBS)”的单元格 E31");
    expect(snapshot(table)).toBe(before);
    expect(table.rows).toBe(20);
  });

  test("edited guidance is a cell like any other", async () => {
    h = setUp();
    const { record, table } = await insertWbs();
    table.sheet.input(table.row + 21, 0, "Lag reason: ask the PMO");
    const before = snapshot(table);
    await expect(h.host.updateWbs(record, newTasks(21, 21))).rejects.toThrow(/cell A29 /);
    expect(snapshot(table)).toBe(before);
  });

  test("a table with a Total Row is not grown (Excel would not take the rows in)", async () => {
    h = setUp();
    const { record, table } = await insertWbs();
    table.showTotals = true;
    const before = snapshot(table);
    const error = await h.host.updateWbs(record, newTasks(20, 21)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WbsTotalRowError);
    expect((error as LocalizedError).messages["zh-CN"]).toContain("汇总行");
    expect(snapshot(table)).toBe(before);
    expect(table.rows).toBe(20);
  });

  test("a gap after the table is a RangeError naming the missing row", async () => {
    h = setUp();
    const { record, table } = await insertWbs();
    const before = snapshot(table);
    const update = [...newTasks(21, 21), ...newTasks(23, 24)];
    await expect(h.host.updateWbs(record, update)).rejects.toThrow(RangeError);
    await expect(h.host.updateWbs(record, update)).rejects.toThrow(/WBS row 22 is missing/);
    expect(snapshot(table)).toBe(before);
  });
});

describe("helpers", () => {
  test("range starts", () => {
    expect(parseArea("'Task breakdown (WBS)'!A29:R32")).toEqual({
      sheet: "Task breakdown (WBS)",
      row: 28,
      col: 0,
      rows: 4,
      cols: 18,
    });
    expect(parseArea("'It''s'!$AB$12")).toEqual({ sheet: "It's", row: 11, col: 27, rows: 1, cols: 1 });
    expect(parseArea("Sheet1!C3:D4")).toMatchObject({ sheet: "Sheet1", row: 2, col: 2, rows: 2, cols: 2 });
    expect(() => parseArea("Sheet1!A1:B2,Sheet1!D1")).toThrow(RangeError);
  });

  test("the print area grows when it reaches the table's last row", () => {
    // The table's last row is sheet row 28 (0-based 27): the rows below start at 0-based 28.
    expect(grownPrintArea("'WBS'!A1:R30", 28, 5)).toBe("A1:R35");
    expect(grownPrintArea("WBS!$B$3:$R$28", 28, 1)).toBe("B3:R29");
    expect(grownPrintArea("WBS!A1:R27", 28, 5)).toBeNull();
    expect(grownPrintArea("WBS!A40:R50", 28, 5)).toBeNull();
    expect(grownPrintArea("WBS!A1:R30, WBS!T1:U9", 28, 5)).toBeNull();
    expect(grownPrintArea(null, 28, 5)).toBeNull();
  });

  test("checkBelow: guidance right under the table moves; anything else in the rows needed blocks", () => {
    const [first, second] = guidanceLines("en-US");
    const row = (...cells: unknown[]) => [...cells, "", ""];
    expect(checkBelow([row(first), row(second), row(""), row("")], 2, "en-US")).toEqual({ guidance: [first, second] });
    expect(checkBelow([row(""), row(""), row("")], 2, "en-US")).toEqual({ guidance: [] });
    // Past the rows needed, a cell is no concern.
    expect(checkBelow([row(first), row(second), row(""), row("", "x")], 1, "en-US")).toEqual({
      guidance: [first, second],
    });
    expect(checkBelow([row(first), row(second), row("", "x")], 1, "en-US")).toEqual({ blocked: { row: 2, col: 1 } });
    // Guidance with something beside it, or not right under the table, is not moved.
    expect(checkBelow([row(first, "x"), row(second)], 1, "en-US")).toEqual({ blocked: { row: 0, col: 0 } });
    expect(checkBelow([row(""), row(first)], 2, "en-US")).toEqual({ blocked: { row: 1, col: 0 } });
    // A formula that shows "" is not empty.
    expect(checkBelow([row("", '=""')], 1, "en-US")).toEqual({ blocked: { row: 0, col: 1 } });
  });
});
