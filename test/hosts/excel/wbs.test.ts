/** readWbs / updateWbs against the fake: typed rows by table name, text kept as text, nothing half-written. */
import { excelName, serialFromDate, type InstanceRecord } from "../../../src/core";
import { BindingNotFoundError } from "../../../src/hosts/excel";
import { columnPositions } from "../../../src/hosts/excel/wbs";
import type { WbsUpdate } from "../../../src/hosts/types";
import { setUp, syncsOf, TODAY, type Harness } from "./harness";

let h: Harness;
afterEach(() => h?.restore());

const d = (day: number) => serialFromDate(2026, 3, day);

const UPDATE: WbsUpdate = [
  {
    row: 1,
    taskName: "Collect complaints",
    department: "Customer service",
    owner: "Li Lei",
    start: d(2),
    due: d(13),
    progress: 0.5,
  },
  {
    row: 2,
    taskName: "=SUM(A1:A9)",
    owner: "@ops",
    predecessors: "WBS-001",
    due: d(20),
    blocker: "-waiting for legal",
  },
  { row: 3, taskName: "Ship", finish: d(18), progress: 1, notes: "+1 from QA", lagReason: "00123" },
];

async function insertWbs(language: InstanceRecord["language"] = "en-US"): Promise<InstanceRecord> {
  const { record } = await h.host.insertTemplate("T3", language);
  return record;
}

test.each(["en-US", "zh-CN"] as const)("update then read typed rows (%s)", async (language) => {
  h = setUp();
  const record = await insertWbs(language);
  const update = await syncsOf(h.fake, () => h.host.updateWbs(record, UPDATE));
  expect(update.syncs).toBeLessThanOrEqual(2);
  const { result: data, syncs } = await syncsOf(h.fake, () => h.host.readWbs(record));
  expect(syncs).toBeLessThanOrEqual(2);

  expect(data.instance).toEqual(record);
  expect(data.statusDate).toBe(TODAY);
  expect(data.tasks).toHaveLength(20);
  expect(data.tasks[0]).toEqual({
    row: 1,
    taskId: "WBS-001",
    taskName: "Collect complaints",
    department: "Customer service",
    owner: "Li Lei",
    predecessors: "",
    start: d(2),
    due: d(13),
    finish: null,
    progress: 0.5,
    resources: "",
    blocker: "",
    lagReason: "",
    notes: "",
    measures: "",
    measuresDue: null,
    status: language === "zh-CN" ? "未开始" : "Not started",
    lagDays: 0,
    waitingOn: "",
  });
  expect(data.tasks[1]).toMatchObject({
    taskName: "=SUM(A1:A9)",
    owner: "@ops",
    predecessors: "WBS-001",
    blocker: "-waiting for legal",
  });
  expect(data.tasks[2]).toMatchObject({
    taskName: "Ship",
    finish: d(18),
    progress: 1,
    notes: "+1 from QA",
    lagReason: "00123",
  });
  expect(data.tasks[19]).toMatchObject({ row: 20, taskId: "WBS-020", taskName: "", start: null });

  // In the sheet: user text is text, dates keep their format, formulas of the calculated columns are untouched.
  const table = h.fake.workbook.table(excelName("T3", record.id, "tasks"))!;
  const sheet = table.sheet;
  const row2 = (col: number) => sheet.peek(table.row + 2, table.col + col)!;
  expect(row2(1)).toMatchObject({ value: "=SUM(A1:A9)", formula: null, numberFormat: "@" });
  expect(row2(3)).toMatchObject({ value: "@ops", formula: null, numberFormat: "@" });
  expect(row2(6)).toMatchObject({ value: d(20), numberFormat: "yyyy-mm-dd" });
  expect(row2(12).formula).toMatch(/^=CONCORD\.STATUS\(/);
});

test("a fixed status date written over =TODAY() is what readWbs reports", async () => {
  h = setUp();
  const record = await insertWbs();
  await h.host.writeFields(record, { statusDate: d(27) });
  expect((await h.host.readWbs(record)).statusDate).toBe(d(27));
});

test("a gap past the table, formula columns and bad values are refused; nothing is written", async () => {
  h = setUp();
  const record = await insertWbs();
  const table = h.fake.workbook.table(excelName("T3", record.id, "tasks"))!;
  const snapshot = () => JSON.stringify([...table.sheet.cells]);
  const before = snapshot();

  await expect(
    h.host.updateWbs(record, [
      { row: 1, taskName: "ok" },
      { row: 22, taskName: "past" },
    ]),
  ).rejects.toThrow(/row 21 is missing: rows past the table's 20 rows/);
  h.fake.resetCounts();
  const wrong = [
    [{ row: 1, status: "Completed" }],
    [{ row: 0, taskName: "x" }],
    [{ row: 1, due: "tomorrow" }],
    [{ row: 1.5, owner: "x" }],
  ] as unknown as WbsUpdate[];
  for (const update of wrong) await expect(h.host.updateWbs(record, update)).rejects.toThrow();
  expect(h.fake.runCount).toBe(0);
  expect(snapshot()).toBe(before);
});

test("a deleted Tasks table is reported as a missing binding", async () => {
  h = setUp();
  const record = await insertWbs();
  const wb = h.fake.workbook;
  wb.tables.splice(wb.tables.indexOf(wb.table(excelName("T3", record.id, "tasks"))!), 1);
  await expect(h.host.readWbs(record)).rejects.toBeInstanceOf(BindingNotFoundError);
  await expect(h.host.updateWbs(record, [{ row: 1, owner: "x" }])).rejects.toBeInstanceOf(BindingNotFoundError);
});

test("only a WBS instance has a WBS", async () => {
  h = setUp();
  const { record } = await h.host.insertTemplate("T6", "en-US");
  await expect(h.host.readWbs(record)).rejects.toThrow(/not a task breakdown/);
});

test("columns are found by their header in the instance's language, even when moved", () => {
  const headers = ["Task name", "Task ID", "Owner"];
  const positions = columnPositions(headers, "en-US");
  expect(positions.get("taskName")).toBe(0);
  expect(positions.get("taskId")).toBe(1);
  expect(positions.get("owner")).toBe(2);
  expect(positions.get("due")).toBe(-1);
  expect(columnPositions(["任务编号", "任务名称"], "zh-CN").get("taskName")).toBe(1);
});
