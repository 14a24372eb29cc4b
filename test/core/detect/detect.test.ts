/** Column detection on real-world header rows in both languages, with hand-worked expectations. */
import { detectColumns, normalizeHeader, withColumn, type ColumnRole } from "../../../src/core";

const roleOf = (header: string, sample: unknown[][] = []): ColumnRole | undefined => {
  const mapping = detectColumns([header], sample, { kind: "tasks" });
  return Object.values(mapping.columns)[0]?.role;
};

describe("normalizeHeader", () => {
  test.each([
    ["  Start   Date ", "start date"],
    ["StartDate", "start date"],
    ["start_date", "start date"],
    ["％ｃｏｍｐｌｅｔｅ", "% complete"],
    ["截止日期（计划）", "截止日期 计划"],
    ["Due-Date:", "due date"],
  ])("%j → %j", (raw, normalized) => expect(normalizeHeader(raw)).toBe(normalized));
});

describe("one header, its role (tasks)", () => {
  test.each<[string, ColumnRole]>([
    ["开始", "start"],
    ["开始日期", "start"],
    ["开始时间", "start"],
    ["Start", "start"],
    ["Start date", "start"],
    ["Begin", "start"],
    ["PlannedStart", "start"],
    ["截止", "due"],
    ["截止日期", "due"],
    ["计划完成", "due"],
    ["到期", "due"],
    ["Due", "due"],
    ["Due date", "due"],
    ["Deadline", "due"],
    ["End", "due"],
    ["Finish by", "due"],
    ["截止日期(计划)", "due"],
    ["计划完成日期", "due"],
    ["实际完成", "finish"],
    ["完成日期", "finish"],
    ["Finished", "finish"],
    ["Actual finish", "finish"],
    ["Done on", "finish"],
    ["完成率", "progress"],
    ["进度", "progress"],
    ["完成百分比", "progress"],
    ["% complete", "progress"],
    ["%Complete", "progress"],
    ["Progress", "progress"],
    ["Percent done", "progress"],
    ["进度（%）", "progress"],
    ["阻塞", "blocker"],
    ["阻塞原因", "blocker"],
    ["Blocker", "blocker"],
    ["Blocked by", "blocker"],
    ["前置", "predecessors"],
    ["前置任务", "predecessors"],
    ["依赖", "predecessors"],
    ["Predecessors", "predecessors"],
    ["Depends on", "predecessors"],
    ["负责人", "owner"],
    ["Owner", "owner"],
    ["Assignee", "owner"],
    ["部门", "department"],
    ["负责部门", "department"],
    ["Department", "department"],
    ["Team", "department"],
    ["任务编号", "taskId"],
    ["WBS", "taskId"],
    ["任务名称", "taskName"],
    ["Task name", "taskName"],
    ["滞后原因", "lagReason"],
    ["Reason for delay", "lagReason"],
    ["应对措施", "measures"],
    ["Response measures", "measures"],
    ["  DUE   DATE  ", "due"],
    ["ＤＵＥ　ＤＡＴＥ", "due"],
  ])("%j is %s", (header, role) => expect(roleOf(header)).toBe(role));

  test.each(["Weekend", "Notes", "Attended", "备注", ""])("%j has no role", (header) => {
    expect(roleOf(header)).toBeUndefined();
  });
});

describe("a whole header row", () => {
  // A typical Chinese task list, with a merged-looking blank header and a second 截止日期 holding notes.
  const header = [
    "序号",
    "任务名称",
    "负责部门",
    "负责人",
    "开始日期",
    "截止日期",
    "",
    "截止日期",
    "完成率",
    "阻塞原因",
  ];
  const sample = [
    [1, "需求评审", "研发部", "张三", 46327, 46338, "", "需确认", 0.5, ""],
    [2, "物料设计", "市场部", "李四", 46330, 46345, "", "", 0.2, "设计资源不足"],
    [3, "上线", "研发部", "王五", 46340, 46350, "", "待定", 0, ""],
  ];
  const mapping = detectColumns(header, sample);

  test("is a task list with every column found where a hand reading puts it", () => {
    expect(mapping.kind).toBe("tasks");
    const at = Object.fromEntries(Object.entries(mapping.columns).map(([role, c]) => [role, c!.column]));
    expect(at).toEqual({
      taskId: 0,
      taskName: 1,
      department: 2,
      owner: 3,
      start: 4,
      due: 5,
      progress: 8,
      blocker: 9,
    });
  });

  test("the dated 截止日期 wins over the one holding notes; the blank header is reported as blank", () => {
    // Column 5: exact name, 3 of 3 dates → 1 × (0.5 + 0.5) = 1. Column 7: exact name, 0 of 2 dates → 0.5.
    expect(mapping.columns.due).toMatchObject({ column: 5, confidence: 1, dataFit: 1 });
    expect(mapping.unused).toEqual([
      { column: 6, header: "", reason: "blank" },
      { column: 7, header: "截止日期", reason: "duplicate", sameAs: "due" },
    ]);
  });

  test("missing roles are listed and the minimum for Status is met (due + progress)", () => {
    expect(mapping.missing).toEqual(["finish", "predecessors", "lagReason", "measures"]);
    expect(mapping.ready).toBe(true);
    expect(mapping.progressScale).toBe("fraction");
  });

  test("the leftmost of two equal duplicates wins", () => {
    const twice = detectColumns(["Due", "Due", "Progress"], [[46000, 46010, 0.5]]);
    expect(twice.columns.due?.column).toBe(0);
    expect(twice.unused).toEqual([{ column: 1, header: "Due", reason: "duplicate", sameAs: "due" }]);
  });
});

describe("values break ties and read the progress scale", () => {
  test("a date-formatted column is dates even outside 2000–2099 serials; General numbers are not dates", () => {
    const header = ["Start", "Due"];
    const sample = [[20, 46000]];
    const formats = [["yyyy-mm-dd", "General"]];
    const mapping = detectColumns(header, sample, { formats });
    expect(mapping.columns.start?.dataFit).toBe(1);
    // "Due" holds a General number: not a date, so 1 × 0.5.
    expect(mapping.columns.due).toMatchObject({ dataFit: 0, confidence: 0.5 });
  });

  test.each<[string, number]>([
    ["yyyy-mm-dd", 1],
    ["m/d/yyyy", 1],
    ["mmm-yy", 1],
    ["yyyy-mm-dd hh:mm", 1],
    ["hh:mm", 0],
    ["0%", 0],
    ["[$-409]General", 0],
  ])("a number formatted %j is a date: %i", (format, fit) => {
    const mapping = detectColumns(["Start", "Due"], [[0.5, 46000]], { formats: [[format, "yyyy-mm-dd"]] });
    expect(mapping.columns.start?.dataFit).toBe(fit);
  });

  test.each<[unknown[], "fraction" | "points"]>([
    [[0, 0.25, 1], "fraction"],
    [["50%", "100%"], "fraction"],
    [[0, 50, 100], "points"],
    [[0.5, 80], "points"],
  ])("progress %j is %s", (values, scale) => {
    const mapping = detectColumns(
      ["Due", "进度"],
      values.map((v) => [46000, v]),
    );
    expect(mapping.progressScale).toBe(scale);
  });

  test("a 'Finish' column of yes/no still maps to due but with half the confidence", () => {
    const mapping = detectColumns(
      ["Finish", "Progress"],
      [
        ["yes", 0.5],
        ["no", 1],
      ],
    );
    expect(mapping.columns.due).toMatchObject({ column: 0, confidence: 0.5, dataFit: 0 });
  });

  test("a contained name scores 0.6 + 0.35 × its share of the header", () => {
    // "截止日期 计划" (bare 6 characters) contains the alias 截止日期 (4): 0.6 + 0.35 × 4/6.
    const mapping = detectColumns(["截止日期(计划)"], []);
    expect(mapping.columns.due?.confidence).toBeCloseTo(0.6 + (0.35 * 4) / 6, 12);
  });
});

describe("minimum for Status", () => {
  test("due without finish or progress is not ready, naming what is missing in both languages", () => {
    const mapping = detectColumns(["Task", "Start", "Due", "Owner"], []);
    expect(mapping.ready).toBe(false);
    expect(mapping.minimum["en-US"]).toContain("not found: Actual finish or % complete.");
    expect(mapping.minimum["zh-CN"]).toContain("未找到：实际完成日期或完成百分比。");
  });

  test("no due column: both groups are named", () => {
    const mapping = detectColumns(["Task", "Owner"], []);
    expect(mapping.minimum["en-US"]).toContain("not found: Due, Actual finish or % complete.");
  });

  test("finish alone with due is ready", () => {
    expect(detectColumns(["Due", "Finished"], []).ready).toBe(true);
  });
});

describe("issue lists", () => {
  const header = ["编号", "问题描述", "提出时间", "严重程度", "负责人", "响应时间", "解决时间", "应对措施"];
  const sample = [
    ["ISS-001", "接口超时", 46346.375, "重大", "张三", 46346.4, "", ""],
    ["ISS-002", "文案错误", 46346.5, "一般", "李四", "", 46347.2, "已修改"],
    ["ISS-003", "服务宕机", 46347.1, "严重", "王五", "", "", ""],
  ];
  const mapping = detectColumns(header, sample);

  test("are recognised by their key columns and mapped", () => {
    expect(mapping.kind).toBe("issues");
    const at = Object.fromEntries(Object.entries(mapping.columns).map(([role, c]) => [role, c!.column]));
    expect(at).toEqual({ issueId: 0, raisedAt: 2, severity: 3, owner: 4, respondedAt: 5, resolvedAt: 6, measures: 7 });
    expect(mapping.ready).toBe(true);
    expect(mapping.unused).toEqual([{ column: 1, header: "问题描述", reason: "unknown" }]);
  });

  test("the severities meaning major are read from the sample", () => {
    expect(mapping.majorSeverities).toEqual(["重大", "严重"]);
  });

  test("English headers", () => {
    const en = detectColumns(["Issue ID", "Reported at", "Priority", "First response", "Closed at"], []);
    expect(en.kind).toBe("issues");
    expect(en.columns.respondedAt?.column).toBe(3);
    expect(en.columns.resolvedAt?.column).toBe(4);
  });

  test("kind can be forced", () => {
    expect(detectColumns(header, sample, { kind: "tasks" }).kind).toBe("tasks");
  });
});

describe("withColumn (the user's correction)", () => {
  const base = detectColumns(["Name", "Due", "Finish", "Notes"], [["a", 46000, 46010, "x"]]);

  test("moves a role to another column, which leaves its old role", () => {
    // "Finish" names the planned finish (MS Project's export), so both columns score 1 for due and the leftmost wins;
    // "Finish" is left as a duplicate. The user says it is the actual finish.
    expect(base.columns.due?.column).toBe(1);
    expect(base.unused[0]).toEqual({ column: 2, header: "Finish", reason: "duplicate", sameAs: "due" });
    const fixed = withColumn(base, "finish", 2);
    expect(fixed.columns.finish).toMatchObject({ column: 2, confidence: 1 });
    expect(fixed.columns.due?.column).toBe(1);
    expect(fixed.ready).toBe(true);
  });

  test("removing the due column makes it not ready", () => {
    const fixed = withColumn(base, "due", null);
    expect(fixed.columns.due).toBeUndefined();
    expect(fixed.missing).toContain("due");
    expect(fixed.ready).toBe(false);
  });

  test("refuses roles of the other kind and columns outside the header", () => {
    expect(() => withColumn(base, "raisedAt", 0)).toThrow(RangeError);
    expect(() => withColumn(base, "due", 4)).toThrow(RangeError);
  });
});
