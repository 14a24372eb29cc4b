/**
 * "Add status and lag to this table" on the sync-counting fake Excel: the selected list is read in 3 syncs and the
 * columns are added in 2, at 10, 1,000 and 10,000 rows; the user's cells are never changed, the only formulas written
 * are Concord's columns and the status-date cell, and a non-empty target cell is refused before anything is written.
 */
import { detectColumns, type ListSelection } from "../../../src/core";
import { ListAugmentError } from "../../../src/hosts/excel/augment";
import { UnsupportedHostError } from "../../../src/hosts/errors";
import { MAX_ROWS, type SheetModel } from "../../support/fake-excel";
import { setUp, syncsOf, type Harness } from "./harness";
import { d } from "../../support/dates";

const SIZES = [10, 1000, 10000];
const counts = new Map<number, { read: number; add: number }>();

afterAll(() => {
  const lines = [
    "| list rows | readSelectedList | augmentList |",
    "|---:|---:|---:|",
    ...SIZES.filter((n) => counts.has(n)).map(
      (n) => `| ${n.toLocaleString("en-US")} | ${counts.get(n)!.read} | ${counts.get(n)!.add} |`,
    ),
    "| budget | ≤ 3 | ≤ 3 |",
  ];
  console.log(`context.sync() calls, "Add status and lag" (fake Excel)\n${lines.join("\n")}`);
});

const ZH_HEADER = [
  "任务编号",
  "任务名称",
  "开始日期",
  "截止日期",
  "实际完成",
  "完成率",
  "阻塞原因",
  "前置任务",
  "滞后原因",
];

/** A Chinese task list at B3 (header) with `rows` tasks; some names look like formulas (they stay text). */
function typeZhList(sheet: SheetModel, rows: number): void {
  ZH_HEADER.forEach((h, c) => sheet.input(2, 1 + c, h));
  for (let i = 0; i < rows; i++) {
    const r = 3 + i;
    const values = [
      `WBS-${i + 1}`,
      i % 7 === 0 ? `=任务 ${i}` : `任务 ${i}`,
      d("2026-11-02") + (i % 20),
      d("2026-11-13") + (i % 20),
      i % 3 === 0 ? d("2026-11-10") : "",
      (i % 11) / 10,
      i % 13 === 0 ? "设计资源不足" : "",
      i > 0 ? `WBS-${i}` : "",
      "",
    ];
    values.forEach((v, c) => {
      if (v === "") return;
      if (typeof v === "string" && v.startsWith("=")) {
        const cell = sheet.cell(r, 1 + c);
        cell.numberFormat = "@";
        cell.value = v; // typed into a Text cell: text, not a formula
      } else sheet.input(r, 1 + c, v);
    });
  }
}

/** Every cell as (address → formula or value), to compare before and after. */
function snapshot(sheet: SheetModel): Map<string, unknown> {
  return new Map([...sheet.cells].map(([key, cell]) => [key, cell.formula ?? cell.value]));
}

function formulaCells(sheet: SheetModel): string[] {
  return [...sheet.cells].filter(([, cell]) => cell.formula !== null).map(([key]) => key);
}

let h: Harness;
afterEach(() => h.restore());

describe.each(SIZES)("a %i-row list", (rows) => {
  test("plain range: read in 3 syncs, added in 2, the user's cells untouched", async () => {
    h = setUp();
    const sheet = h.fake.workbook.addSheet("任务");
    typeZhList(sheet, rows);
    // Whole columns B:J selected: the list is cut to the used range.
    h.fake.workbook.selection = { sheet, rect: { row: 0, col: 1, rows: MAX_ROWS, cols: 9 } };
    const before = snapshot(sheet);

    const read = await syncsOf(h.fake, () => h.host.readSelectedList());
    const list: ListSelection = read.result;
    expect(list.geometry).toEqual({
      sheet: "任务",
      headerRow: 2,
      lastDataRow: 2 + rows,
      firstColumn: 1,
      columnCount: 9,
      table: null,
    });
    expect(list.sample).toHaveLength(Math.min(20, rows));
    expect(list.mapping.kind).toBe("tasks");
    expect(list.mapping.ready).toBe(true);
    expect(list.mapping.columns.predecessors?.column).toBe(7);

    const added = await syncsOf(h.fake, () => h.host.augmentList(list.geometry, list.mapping, "zh-CN"));
    counts.set(rows, { read: read.syncs, add: added.syncs });
    expect(read.syncs).toBeLessThanOrEqual(3);
    expect(added.syncs).toBeLessThanOrEqual(2);
    expect(added.result).toEqual({
      columns: [
        { id: "waitingOn", header: "等待前置任务", address: `'任务'!K3:K${3 + rows}` },
        { id: "status", header: "状态", address: `'任务'!L3:L${3 + rows}` },
        { id: "lag", header: "滞后天数", address: `'任务'!M3:M${3 + rows}` },
      ],
      statusDate: "'任务'!P3",
    });

    // The user's cells are exactly as they were (formula-looking task names still text).
    const after = snapshot(sheet);
    const changed = [...before].filter(([key, value]) => after.get(key) !== value);
    expect(changed).toEqual([]);
    expect(sheet.peek(3, 2)?.formula).toBeNull();
    // The only formulas are Concord's: one spilled Waiting on, Status and Lag per row, the status date.
    expect(formulaCells(sheet).length).toBe(1 + 2 * rows + 1);
    const last = 3 + rows; // Excel row of the last task
    expect(sheet.formulaAt(2 + rows, 11)).toBe(
      `=CONCORD.STATUS(D${last},E${last},F${last},G${last},H${last},$P$3,"zh-CN",,,,K${last})`,
    );
    expect(sheet.formulaAt(3, 10)).toBe(
      `=CONCORD.WAITINGONALL($B$4:$B$${last},$I$4:$I$${last},$F$4:$F$${last},$G$4:$G$${last})`,
    );
    expect(sheet.formulaAt(2 + rows, 10)).toBe(""); // left to the spill
    expect(sheet.peek(2 + rows, 12)?.numberFormat).toBe("0");
    expect([sheet.valueAt(2, 14), sheet.formulaAt(2, 15), sheet.peek(2, 15)?.numberFormat]).toEqual([
      "状态日期",
      "=TODAY()",
      "yyyy-mm-dd",
    ]);
    expect(sheet.valueAt(2, 13)).toBe(""); // the gap column stays empty
    // T3's five status colours on L4:L…, and the missing-reason orange on the lag-reason column J.
    expect(sheet.conditionalFormats.map((f) => [f.range.col, f.range.row, f.range.rows])).toEqual([
      [9, 3, rows],
      ...Array(5).fill([11, 3, rows]),
    ]);
  });

  test("Excel table: a cell inside it selects it; columns join the table with structured references", async () => {
    h = setUp();
    const sheet = h.fake.workbook.addSheet("Plan");
    const header = ["ID", "Task", "Start", "Due", "Finished", "% complete", "Depends on"];
    header.forEach((text, c) => sheet.input(0, c, text));
    for (let i = 0; i < rows; i++) {
      [`T-${i}`, `Task ${i}`, 46327 + (i % 9), 46338 + (i % 9), "", 0.5, i ? `T-${i - 1}` : ""].forEach((v, c) => {
        if (v !== "") sheet.input(1 + i, c, v);
      });
    }
    h.fake.workbook.tables.push({ name: "Tasks", sheet, row: 0, col: 0, rows, cols: 7, style: "", showTotals: false });
    h.fake.workbook.selection = { sheet, rect: { row: Math.floor(rows / 2), col: 3, rows: 1, cols: 1 } };

    const read = await syncsOf(h.fake, () => h.host.readSelectedList());
    expect(read.syncs).toBeLessThanOrEqual(3);
    expect(read.result.geometry).toMatchObject({ headerRow: 0, lastDataRow: rows, columnCount: 7, table: "Tasks" });
    const added = await syncsOf(h.fake, () => h.host.augmentList(read.result.geometry, read.result.mapping, "en-US"));
    expect(added.syncs).toBeLessThanOrEqual(2);

    const table = h.fake.workbook.table("Tasks")!;
    expect(table.cols).toBe(10);
    expect([7, 8, 9].map((c) => sheet.valueAt(0, c))).toEqual(["Waiting on", "Status", "Lag (days)"]);
    expect(sheet.formulaAt(rows, 8)).toBe(
      '=CONCORD.STATUS([@[Start]],[@[Due]],[@[Finished]],[@[% complete]],,$M$1,"en-US",,,,[@[Waiting on]])',
    );
    expect([sheet.valueAt(0, 11), sheet.formulaAt(0, 12)]).toEqual(["Status date", "=TODAY()"]);
    // The table's Waiting on reads its row of one CONCORD.WAITINGONALL spilled from O2, under its header O1.
    expect(sheet.formulaAt(rows, 7)).toBe("=INDEX($O$2#,ROW()-ROW(Tasks[[#Headers],[ID]]))");
    expect([sheet.valueAt(0, 14), sheet.formulaAt(1, 14)]).toEqual([
      "Waiting on",
      "=CONCORD.WAITINGONALL(Tasks[[ID]],Tasks[[Depends on]],Tasks[[Finished]],Tasks[[% complete]])",
    ]);
    expect(formulaCells(sheet).length).toBe(3 * rows + 2);
  });
});

describe("refusals leave the workbook as it was", () => {
  test("a note in a target cell is named and nothing is written (1 sync)", async () => {
    h = setUp();
    const sheet = h.fake.workbook.addSheet("任务");
    typeZhList(sheet, 5);
    sheet.input(4, 11, "see email"); // L5, where Status would go
    h.fake.workbook.selection = { sheet, rect: { row: 2, col: 1, rows: 6, cols: 9 } };
    const list = await h.host.readSelectedList();
    const before = snapshot(sheet);
    const attempt = await syncsOf(h.fake, () =>
      h.host.augmentList(list.geometry, list.mapping, "en-US").catch((e: unknown) => e),
    );
    expect(attempt.result).toBeInstanceOf(ListAugmentError);
    expect((attempt.result as ListAugmentError).messages["en-US"]).toMatch(/^'任务'!L5 is not empty/);
    expect(attempt.syncs).toBe(1);
    expect(snapshot(sheet)).toEqual(before);
    expect(sheet.conditionalFormats).toEqual([]);
  });

  test("a table that grew since it was read is refused", async () => {
    h = setUp();
    const sheet = h.fake.workbook.addSheet("S");
    ["Due", "Progress"].forEach((t, c) => sheet.input(0, c, t));
    sheet.input(1, 0, 46000);
    h.fake.workbook.tables.push({ name: "T", sheet, row: 0, col: 0, rows: 1, cols: 2, style: "", showTotals: false });
    h.fake.workbook.selection = { sheet, rect: { row: 1, col: 0, rows: 1, cols: 1 } };
    const list = await h.host.readSelectedList();
    h.fake.workbook.table("T")!.rows = 2;
    await expect(h.host.augmentList(list.geometry, list.mapping, "en-US")).rejects.toThrow(/changed since/);
    expect(h.fake.workbook.table("T")!.cols).toBe(2);
  });

  test("a mapping without a due column is refused before Excel is touched", async () => {
    h = setUp();
    h.fake.workbook.addSheet("S");
    const mapping = detectColumns(["Task", "Owner"], []);
    const geometry = { sheet: "S", headerRow: 0, lastDataRow: 3, firstColumn: 0, columnCount: 2, table: null };
    const runs = h.fake.runCount;
    await expect(h.host.augmentList(geometry, mapping, "zh-CN")).rejects.toBeInstanceOf(ListAugmentError);
    expect(h.fake.runCount).toBe(runs);
  });

  test("one cell outside any table is not a list", async () => {
    h = setUp();
    const sheet = h.fake.workbook.addSheet("S");
    typeZhList(sheet, 3);
    h.fake.workbook.selection = { sheet, rect: { row: 2, col: 1, rows: 1, cols: 1 } };
    await expect(h.host.readSelectedList()).rejects.toThrow(/Select the whole list/);
  });

  test("an Excel without ExcelApi 1.7 is told so before anything runs", async () => {
    h = setUp({ apiVersion: "1.6" });
    await expect(h.host.readSelectedList()).rejects.toBeInstanceOf(UnsupportedHostError);
    expect(h.fake.runCount).toBe(0);
  });
});
