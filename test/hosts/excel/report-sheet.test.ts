/** addReportSheet against the fake: the weekly brief as a sheet of its own, under a free name, in 2 syncs. */
import { analyseWbs, serialFromDate, weeklyBrief, type WbsRow } from "../../../src/core";
import { planBriefSheet } from "../../../src/render/brief";
import { setUp, syncsOf, type Harness } from "./harness";

let h: Harness;
afterEach(() => h?.restore());

const D = serialFromDate(2026, 11, 16);

function row(n: number, more: Partial<WbsRow> = {}): WbsRow {
  return {
    row: n,
    taskId: `WBS-00${n}`,
    taskName: `Task ${n}`,
    department: "Engineering",
    owner: "Li Na",
    predecessors: "",
    start: D - 10,
    due: D - 2,
    finish: null,
    progress: 0.5,
    blocker: "",
    lagReason: "",
    ...more,
  };
}

function brief() {
  const wbs = analyseWbs({
    rows: [row(1, { taskName: '=HYPERLINK("http://x")' }), row(2, { finish: D - 3, progress: 1 })],
    statusDate: D,
    updateDate: D,
  });
  return planBriefSheet(weeklyBrief(wbs, null, { statusDate: D, projectName: "Complaints", language: "en-US" }));
}

test("writes the brief's sheet under a free name, activates it, in 2 syncs; user text stays text", async () => {
  h = setUp();
  const plan = brief();
  const first = await syncsOf(h.fake, () => h.host.addReportSheet(plan));
  expect(first.syncs).toBe(2);
  expect(first.result.sheet).toBe(plan.sheetName);
  const second = await h.host.addReportSheet(plan);
  expect(second.sheet).toBe(`${plan.sheetName} (2)`);
  const sheet = h.fake.workbook.sheet(second.sheet)!;
  expect(h.fake.workbook.activeSheet).toBe(sheet);
  const cells = [...sheet.cells.values()];
  expect(cells.some((c) => c.value === "Complaints")).toBe(true);
  const hostile = cells.find((c) => String(c.value).startsWith("=HYPERLINK"));
  expect(hostile).toBeDefined();
  expect(hostile?.formula ?? null).toBeNull();
});

test("refuses a plan with names or tables, and an Excel without the sheet writer's set", async () => {
  h = setUp();
  const plan = brief();
  const named = { ...plan, names: [{ name: "Brief_total" }] } as unknown as typeof plan;
  await expect(h.host.addReportSheet(named)).rejects.toThrow(/no names or tables/);
  h.restore();
  h = setUp({ apiVersion: "1.8" });
  await expect(h.host.addReportSheet(plan)).rejects.toThrow();
  expect(h.fake.workbook.sheets).toHaveLength(0);
});
