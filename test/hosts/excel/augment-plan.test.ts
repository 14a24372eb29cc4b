/**
 * The pure "add status and lag" plan: formulas, places and colours worked out by hand for plain ranges and tables,
 * refusals, and the plan's A1 formulas evaluated in a real formula engine (HyperFormula with the CONCORD functions).
 */
import type { RawCellContent } from "hyperformula";
import { detectColumns, withColumn, type ListGeometry } from "../../../src/core";
import { occupiedTarget, planAugment, type AugmentPlan } from "../../../src/hosts/excel/augment-plan";
import { buildFromSheets } from "../../support/hyperformula-concord";
import { d } from "../../support/dates";

function planned(result: ReturnType<typeof planAugment>): AugmentPlan {
  if (!result.ok) throw new Error(result.message["en-US"]);
  return result.plan;
}

// A Chinese task list typed at B3 of sheet 任务 (header row 3, four tasks in rows 4–7), no table object.
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
const ZH_ROWS: RawCellContent[][] = [
  ["WBS-001", "需求评审", d("2026-11-02"), d("2026-11-13"), d("2026-11-12"), 1, null, null, null],
  ["WBS-002", "物料设计", d("2026-11-09"), d("2026-11-13"), null, 0.5, null, null, null],
  ["WBS-003", "物料印刷", d("2026-11-16"), d("2026-11-27"), null, 0, null, "WBS-002", null],
  ["WBS-004", "发布会", d("2026-11-20"), d("2026-11-30"), null, null, "设计资源不足", null, null],
];
const ZH_GEOMETRY: ListGeometry = {
  sheet: "任务",
  headerRow: 2,
  lastDataRow: 6,
  firstColumn: 1,
  columnCount: ZH_HEADER.length,
  table: null,
};

describe("a task list in a plain range (zh-CN)", () => {
  const mapping = detectColumns(ZH_HEADER, ZH_ROWS);
  const plan = planned(planAugment(mapping, ZH_GEOMETRY, "zh-CN"));

  test("adds Waiting on, Status and Lag right of the list (K, L, M) with A1 formulas row by row", () => {
    expect(plan.columns.map((c) => [c.id, c.header, c.column])).toEqual([
      ["waitingOn", "等待前置任务", 10],
      ["status", "状态", 11],
      ["lag", "滞后天数", 12],
    ]);
    const [waiting, status, lag] = plan.columns;
    // One CONCORD.WAITINGONALL (ids, predecessors, finishes, progresses) spills down K4:K7; the cells under it stay empty.
    expect(waiting.formulas).toEqual(["=CONCORD.WAITINGONALL($B$4:$B$7,$I$4:$I$7,$F$4:$F$7,$G$4:$G$7)", "", "", ""]);
    expect(plan.spill).toBeNull();
    expect(status.formulas[0]).toBe('=CONCORD.STATUS(D4,E4,F4,G4,H4,$P$3,"zh-CN",,,,K4)');
    expect(status.formulas[3]).toBe('=CONCORD.STATUS(D7,E7,F7,G7,H7,$P$3,"zh-CN",,,,K7)');
    expect(lag.formulas[0]).toBe("=CONCORD.LAG(E4,F4,$P$3)");
    expect(plan.columns.map((c) => c.formulas.length)).toEqual([4, 4, 4]);
    expect(plan.columns.map((c) => c.numberFormat)).toEqual(["General", "General", "0"]);
    expect(plan.skipped).toEqual([]);
  });

  test("the status date is labelled in the header row, one blank column further (O3 label, P3 =TODAY())", () => {
    expect(plan.statusDate).toEqual({
      label: "状态日期",
      labelCell: { row: 2, col: 14, rows: 1, cols: 1 },
      valueCell: { row: 2, col: 15, rows: 1, cols: 1 },
      formula: "=TODAY()",
      numberFormat: "yyyy-mm-dd",
    });
    expect(plan.targets).toEqual([
      { row: 2, col: 10, rows: 5, cols: 3 },
      { row: 2, col: 14, rows: 1, cols: 2 },
    ]);
  });

  test("T3's colours: one rule per status on L4:L7, and orange on empty lag reasons (J4:J7) of lagging or blocked rows", () => {
    const status = plan.colours.filter((c) => c.col === 11);
    expect(status.map((c) => c.formula)).toEqual([
      '=$L4="已完成"',
      '=$L4="进行中"',
      '=$L4="滞后"',
      '=$L4="阻塞"',
      '=$L4="未开始"',
    ]);
    expect(status.every((c) => c.row === 3 && c.rows === 4 && c.cols === 1)).toBe(true);
    const reason = plan.colours.filter((c) => c.col === 9);
    expect(reason).toHaveLength(1);
    expect(reason[0]).toMatchObject({ row: 3, rows: 4, formula: '=AND($L4="滞后",LEN(TRIM($J4))=0)' });
  });

  test("evaluated in a formula engine, the added columns give the statuses worked out by hand", () => {
    // Sheet grid: the list at B3, the plan's formulas, the status date fixed at Monday 2026-11-16.
    const grid: RawCellContent[][] = Array.from({ length: 7 }, () => Array<RawCellContent>(16).fill(null));
    ZH_HEADER.forEach((h, c) => (grid[2][1 + c] = h));
    ZH_ROWS.forEach((row, r) => row.forEach((v, c) => (grid[3 + r][1 + c] = v)));
    for (const column of plan.columns) {
      grid[2][column.column] = column.header;
      column.formulas.forEach((f, r) => (grid[3 + r][column.column] = f === "" ? null : f)); // "" clears a cell
    }
    grid[2][plan.statusDate.labelCell.col] = plan.statusDate.label;
    grid[2][plan.statusDate.valueCell.col] = d("2026-11-16");
    const hf = buildFromSheets({ 任务: grid });
    const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    // 001 finished 11-12 before its due 11-13: 已完成, lag 0. 002 due Fri 11-13, open on Mon 11-16: 滞后, 1 day.
    // 003 starts 11-16 and waits on the unfinished 002: 阻塞. 004 has a blocker: 阻塞.
    expect([3, 4, 5, 6].map((r) => at(r, 10))).toEqual(["", "", "WBS-002", ""]);
    expect([3, 4, 5, 6].map((r) => at(r, 11))).toEqual(["已完成", "滞后", "阻塞", "阻塞"]);
    expect([3, 4, 5, 6].map((r) => at(r, 12))).toEqual([0, 1, 0, 0]);
    hf.destroy();
  });

  test("occupiedTarget names the first non-empty written cell in both languages", () => {
    const empty = plan.targets.map((t) => Array.from({ length: t.rows }, () => Array<string>(t.cols).fill("")));
    expect(occupiedTarget(plan, empty)).toBeNull();
    empty[0][2][1] = "=1+1"; // L5
    const message = occupiedTarget(plan, empty);
    expect(message?.["en-US"]).toMatch(/^'任务'!L5 is not empty/);
    expect(message?.["zh-CN"]).toMatch(/^'任务'!L5 不是空单元格/);
    const dateTaken = plan.targets.map((t) => Array.from({ length: t.rows }, () => Array<string>(t.cols).fill("")));
    dateTaken[1][0][1] = "x"; // P3
    expect(occupiedTarget(plan, dateTaken)?.["en-US"]).toContain("'任务'!P3 is not empty");
  });
});

describe("a task list that is an Excel table (en-US)", () => {
  const header = ["ID", "Task", "Start", "Due", "% complete", "Predecessors", "Status"];
  const sample = [["T-1", "Spec", 46327, 46338, 0.5, "", "fine"]];
  const geometry: ListGeometry = {
    sheet: "Plan",
    headerRow: 0,
    lastDataRow: 3,
    firstColumn: 0,
    columnCount: 7,
    table: "Tasks",
  };
  const mapping = detectColumns(header, sample);
  const plan = planned(planAugment(mapping, geometry, "en-US"));

  test("structured references; Waiting on skipped without an actual-finish column; a taken header is numbered", () => {
    expect(plan.skipped.map((s) => s.id)).toEqual(["waitingOn"]);
    expect(plan.skipped[0].reason["en-US"]).toContain("actual-finish");
    expect(plan.columns.map((c) => [c.header, c.column])).toEqual([
      ["Status (2)", 7],
      ["Lag (days)", 8],
    ]);
    expect(plan.columns[0].formulas).toEqual(
      Array(3).fill('=CONCORD.STATUS([@[Start]],[@[Due]],,[@[% complete]],,$L$1,"en-US")'),
    );
    expect(plan.columns[1].formulas[2]).toBe("=CONCORD.LAG([@[Due]],,$L$1)");
    expect(plan.statusDate.label).toBe("Status date");
  });

  test("with finish and progress, Waiting on reads its row of one spilled CONCORD.WAITINGONALL beside the table", () => {
    const full = ["ID", "Start", "Due", "Finished", "Progress", "Depends on"];
    const m = detectColumns(full, []);
    const g: ListGeometry = {
      sheet: "S",
      headerRow: 4,
      lastDataRow: 6,
      firstColumn: 2,
      columnCount: 6,
      table: "Plan1",
    };
    const p = planned(planAugment(m, g, "en-US"));
    // New columns I, J, K; status date label M5, value N5; one blank column; the spill's header P5, its anchor P6.
    expect(p.spill).toEqual({
      header: "Waiting on",
      headerCell: { row: 4, col: 15, rows: 1, cols: 1 },
      anchor: { row: 5, col: 15, rows: 1, cols: 1 },
      formula: "=CONCORD.WAITINGONALL(Plan1[[ID]],Plan1[[Depends on]],Plan1[[Finished]],Plan1[[Progress]])",
    });
    expect(p.columns[0].formulas).toEqual(Array(2).fill("=INDEX($P$6#,ROW()-ROW(Plan1[[#Headers],[ID]]))"));
    expect(p.targets[2]).toEqual({ row: 4, col: 15, rows: 3, cols: 1 });
    expect(p.columns[1].formulas[0]).toBe(
      '=CONCORD.STATUS([@[Start]],[@[Due]],[@[Finished]],[@[Progress]],,$N$5,"en-US",,,,[@[Waiting on]])',
    );
  });

  test("a header with surrounding spaces is referred to exactly as written", () => {
    const m = detectColumns([" Due ", "Progress"], [[46000, 0.2]]);
    expect(m.columns.due?.header).toBe(" Due ");
    const g: ListGeometry = { sheet: "S", headerRow: 0, lastDataRow: 1, firstColumn: 0, columnCount: 2, table: "T" };
    expect(planned(planAugment(m, g, "en-US")).columns[1].formulas[0]).toBe("=CONCORD.LAG([@[ Due ]],,$G$1)");
  });

  test("a header with brackets is escaped in structured references", () => {
    const m = detectColumns(["Due [plan]", "Progress"], [[46000, 0.2]]);
    const g: ListGeometry = { sheet: "S", headerRow: 0, lastDataRow: 1, firstColumn: 0, columnCount: 2, table: "T" };
    expect(planned(planAugment(m, g, "en-US")).columns[0].formulas[0]).toBe(
      "=CONCORD.STATUS(,[@[Due '[plan']]],,[@[Progress]],,$G$1,\"en-US\")",
    );
  });
});

test("progress written as 0–100 is divided by 100 when it is a number", () => {
  const m = detectColumns(
    ["截止", "进度"],
    [
      [46000, 50],
      [46001, 100],
    ],
  );
  expect(m.progressScale).toBe("points");
  const g: ListGeometry = { sheet: "S", headerRow: 0, lastDataRow: 2, firstColumn: 0, columnCount: 2, table: null };
  expect(planned(planAugment(m, g, "zh-CN")).columns[0].formulas[1]).toBe(
    '=CONCORD.STATUS(,A3,,IF(ISNUMBER(B3),B3/100,B3),,$G$1,"zh-CN")',
  );
});

describe("an issue list", () => {
  const header = ["编号", "提出时间", "严重程度", "负责人", "响应时间", "解决时间"];
  const rows: RawCellContent[][] = [
    ["ISS-001", d("2026-11-20") + 9 / 24, "重大", "张三", null, null],
    ["ISS-002", d("2026-11-20") + 9 / 24, "一般", "李四", null, null],
    ["ISS-003", d("2026-11-20") + 9 / 24, "严重", "王五", d("2026-11-20") + 10 / 24, null],
  ];
  const geometry: ListGeometry = {
    sheet: "问题",
    headerRow: 0,
    lastDataRow: 3,
    firstColumn: 0,
    columnCount: 6,
    table: null,
  };
  const mapping = detectColumns(header, rows);
  const plan = planned(planAugment(mapping, geometry, "zh-CN"));

  test("one SLA column timed only for the major severities found (and Major / 重大), status time =NOW()", () => {
    expect(plan.columns.map((c) => [c.id, c.header, c.column])).toEqual([["sla", "时效状态", 6]]);
    expect(plan.columns[0].formulas[0]).toBe(
      '=IF(OR(TRIM(C2)="重大",TRIM(C2)="严重",TRIM(C2)="Major"),CONCORD.SLA(B2,E2,F2,$J$1,"zh-CN"),"")',
    );
    expect(plan.statusDate).toMatchObject({ label: "状态时间", formula: "=NOW()", numberFormat: "yyyy-mm-dd hh:mm" });
    expect(plan.colours.map((c) => c.formula)).toEqual([
      '=$G2="达标"',
      '=$G2="处理中"',
      '=$G2="响应超时"',
      '=$G2="解决超时"',
    ]);
  });

  /** The SLA column of a plan, evaluated by HyperFormula with the CONCORD functions at 12:00 that day. */
  const evaluatedAtNoon = (p: AugmentPlan) => {
    const grid: RawCellContent[][] = [
      [...header, p.columns[0].header, null, p.statusDate.label, d("2026-11-20") + 0.5],
    ];
    rows.forEach((row, r) => grid.push([...row, p.columns[0].formulas[r], null, null, null]));
    const hf = buildFromSheets({ 问题: grid });
    const values = [1, 2, 3].map((row) => hf.getCellValue({ sheet: 0, row, col: 6 }));
    hf.destroy();
    return values;
  };

  test("evaluated at 12:00: the open major issue is Response overdue, the normal one has no SLA, the answered one is open", () => {
    expect(evaluatedAtNoon(plan)).toEqual(["响应超时", "", "处理中"]);
  });

  test("the project's major windows are CONCORD.SLA's 6th and 7th arguments, and decide the states", () => {
    const agreed = planned(
      planAugment(mapping, geometry, "zh-CN", { majorWindows: { responseHours: 4, solutionHours: 12 } }),
    );
    expect(agreed.columns[0].formulas[2]).toBe(
      '=IF(OR(TRIM(C4)="重大",TRIM(C4)="严重",TRIM(C4)="Major"),CONCORD.SLA(B4,E4,F4,$J$1,"zh-CN",4,12),"")',
    );
    // 3 h without a response: within 4 h. The answered one is open either way.
    expect(evaluatedAtNoon(agreed)).toEqual(["处理中", "", "处理中"]);
    const tight = planned(
      planAugment(mapping, geometry, "zh-CN", { majorWindows: { responseHours: 0.5, solutionHours: 2.5 } }),
    );
    expect(tight.columns[0].formulas[0]).toContain(',"zh-CN",0.5,2.5),"")');
    // Open 3 h: past a 2.5 h solution window; answered after 1 h: late for 0.5 h, but the solution is later still.
    expect(evaluatedAtNoon(tight)).toEqual(["解决超时", "", "解决超时"]);
  });

  test("windows CONCORD.SLA would reject are refused, naming the window", () => {
    for (const [majorWindows, en, zh] of [
      [{ responseHours: 0, solutionHours: 24 }, "responseHours: 0 must be", "响应时限"],
      [{ responseHours: Number.NaN, solutionHours: 24 }, "responseHours:", "响应时限"],
      [{ responseHours: 8, solutionHours: 4 }, "solutionHours: 4 h is shorter", "解决时限"],
    ] as const) {
      const result = planAugment(mapping, geometry, "zh-CN", { majorWindows });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message["en-US"]).toContain(en);
        expect(result.message["zh-CN"]).toContain(zh);
      }
    }
  });

  test("without a severity column the plan is refused unless every issue is confirmed major", () => {
    const m = detectColumns(["Issue ID", "Raised at", "Resolved at"], []);
    const g: ListGeometry = { sheet: "S", headerRow: 0, lastDataRow: 5, firstColumn: 0, columnCount: 3, table: null };
    const refused = planAugment(m, g, "en-US");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message["zh-CN"]).toContain("没有严重程度列");
    const confirmed = planned(planAugment(m, g, "en-US", { everyIssueIsMajor: true }));
    expect(confirmed.columns[0].formulas[0]).toBe('=CONCORD.SLA(B2,,C2,$G$1,"en-US")');
    // The refusal names the windows the column would use.
    const agreed = { majorWindows: { responseHours: 4, solutionHours: 12 } };
    const refusedAgreed = planAugment(m, g, "en-US", agreed);
    if (refusedAgreed.ok) throw new Error("refused without the confirmation");
    expect(refusedAgreed.message["en-US"]).toContain("the 4 h / 12 h clock is for major issues only");
    expect(refusedAgreed.message["zh-CN"]).toContain("4 小时 / 12 小时时效只适用于重大问题");
    const all = planned(planAugment(m, g, "en-US", { ...agreed, everyIssueIsMajor: true }));
    expect(all.columns[0].formulas[0]).toBe('=CONCORD.SLA(B2,,C2,$G$1,"en-US",4,12)');
  });
});

describe("refusals", () => {
  const g: ListGeometry = { sheet: "S", headerRow: 0, lastDataRow: 2, firstColumn: 0, columnCount: 3, table: null };

  test("a mapping without the minimum is refused with its own message", () => {
    const m = detectColumns(["Task", "Owner", "Due"], []);
    const result = planAugment(m, g, "en-US");
    expect(result).toEqual({ ok: false, message: m.minimum });
  });

  test("a mapping of another width than the list is refused", () => {
    const m = withColumn(detectColumns(["Task", "Due", "Done on", "x"], []), "finish", 2);
    const result = planAugment(m, g, "en-US");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message["en-US"]).toContain("4 columns but the list has 3");
  });
});
