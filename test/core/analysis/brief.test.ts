import { analyseIssues, analyseWbs, type BriefSectionId, weeklyBrief, type WeeklyBrief } from "../../../src/core";
import { d } from "../../support/dates";
import { dt, issueRow, MONDAY, wbsRow } from "./fixtures";
import { scenarioBrief } from "./scenario";

const section = (brief: WeeklyBrief, id: BriefSectionId) => brief.sections.find((s) => s.id === id)!;
const firstCells = (brief: WeeklyBrief, id: BriefSectionId) => section(brief, id).rows.map((r) => r.cells[0]);

describe("weeklyBrief: the scenario in English", () => {
  const brief = scenarioBrief("en-US");

  it("sums up progress: 2 of 6 completed, mean (1 + 0.6 + 0.2 + 0 + 1 + 0.5) / 6 = 55 %", () => {
    expect(brief).toMatchObject({ title: "Progress brief", projectName: "Launch 2027", total: 6, completed: 2 });
    expect(brief.meanProgress).toBeCloseTo(0.55, 12);
    expect(brief.facts).toEqual([
      { label: "Project", value: "Launch 2027" },
      { label: "Status date", value: "2026-11-16" },
      { label: "Tasks completed", value: "2 of 6" },
      { label: "Mean % complete (each task counts once, completed = 100%)", value: "55%" },
      { label: "WBS updated", value: "2026-11-06 (10 days before the status date)" },
    ]);
    expect(section(brief, "status").rows.map((r) => r.cells)).toEqual([
      ["Completed", 2, 2 / 6],
      ["In progress", 1, 1 / 6],
      ["Lagging", 1, 1 / 6],
      ["Blocked", 2, 2 / 6],
      ["Not started", 0, 0],
    ]);
  });

  it("counts tasks by department", () => {
    expect(section(brief, "departments").rows.map((r) => r.cells)).toEqual([
      ["R&D", 2, 1, 0, 1, 0, 4],
      ["Design", 0, 0, 1, 0, 0, 1],
      ["Marketing", 0, 0, 0, 1, 0, 1],
    ]);
  });

  it("lists the tasks finished in the 7 days ending on the status date", () => {
    const finished = section(brief, "finished");
    expect(finished.title).toBe("Finished this week (2026-11-10 – 2026-11-16)");
    expect(finished.rows).toEqual([
      {
        ref: { kind: "task", id: "WBS-001", row: 7 },
        cells: ["WBS-001", "Spec", "R&D", "Li", d("2026-11-12"), d("2026-11-13")],
      },
    ]);
  });

  it("lists lagging tasks with reason and measures, blocked tasks with what they wait on", () => {
    expect(section(brief, "lagging").rows.map((r) => r.cells)).toEqual([
      ["WBS-002", "Design", "Design", "Chen", d("2026-11-13"), 1, 0.6, "设计资源不足", "", null],
    ]);
    expect(section(brief, "blocked").rows.map((r) => [r.ref!.row, ...r.cells.slice(0, 1), r.cells[4]])).toEqual([
      [9, "WBS-003", "waiting on WBS-002"],
      [10, "WBS-004", "Budget not approved"],
    ]);
  });

  it("lists open issues with their SLA; a severity without windows shows none", () => {
    expect(section(brief, "issues").rows.map((r) => [r.ref!.row, ...r.cells])).toEqual([
      [5, "ISS-001", "Major", "Wang", expect.any(Number), "Response overdue", "Supplier <late>", ""],
      [6, "ISS-002", "Normal", "Wang", expect.any(Number), "No SLA", "Issue ISS-002", "call daily"],
    ]);
  });

  it("lists the decisions needed, each with its task or issue and row", () => {
    expect(section(brief, "decisions").rows).toEqual([
      {
        ref: { kind: "task", id: "WBS-004", row: 10 },
        cells: ["WBS-004", "WBS-004 Materials is blocked: Budget not approved"],
      },
      {
        ref: { kind: "task", id: "WBS-002", row: 8 },
        cells: ["WBS-002", "WBS-002 Design has been lagging for more than 24 hours without response measures"],
      },
      {
        ref: { kind: "issue", id: "ISS-001", row: 5 },
        cells: ["ISS-001", "ISS-001 (Major) is past its response window by 1 h; owner to act: Wang"],
      },
      { ref: null, cells: ["", "The WBS was last updated 10 days ago (2026-11-06): refresh it"] },
    ]);
  });
});

describe("weeklyBrief: the scenario in Chinese", () => {
  const brief = scenarioBrief("zh-CN");

  it("has the same content in Chinese words", () => {
    expect(brief.title).toBe("进度简报");
    expect(brief.facts.map((f) => `${f.label}：${f.value}`)).toEqual([
      "项目：Launch 2027",
      "状态日期：2026-11-16",
      "已完成任务：2 / 6",
      "平均完成率（每项任务权重相同，已完成按 100%）：55%",
      "任务分解表更新日期：2026-11-06（状态日期前 10 天）",
    ]);
    expect(brief.sections.map((s) => s.title)).toEqual([
      "总体进度",
      "各部门任务",
      "本周完成（2026-11-10 至 2026-11-16）",
      "滞后任务",
      "阻塞任务",
      "未解决问题",
      "待决策事项",
    ]);
    expect(firstCells(brief, "status")).toEqual(["已完成", "进行中", "滞后", "阻塞", "未开始"]);
    expect(section(brief, "blocked").rows[0].cells[4]).toBe("等待前置任务 WBS-002");
    expect(section(brief, "issues").rows.map((r) => [r.cells[1], r.cells[4]])).toEqual([
      ["重大", "响应超时"],
      ["一般", "无时效要求"],
    ]);
    expect(section(brief, "decisions").rows.map((r) => r.cells[1])).toEqual([
      "WBS-004 Materials 阻塞：Budget not approved",
      "WBS-002 Design 滞后超过 24 小时，尚无应对措施",
      "ISS-001（重大）超出响应时限 1 小时；由负责人 Wang 处理",
      "任务分解表已 10 天未更新（2026-11-06）：请更新",
    ]);
  });
});

describe("weeklyBrief: edge cases", () => {
  it("an empty WBS without an issue log or update date: zero progress, one decision (fill in the update date)", () => {
    const empty = analyseWbs({ rows: [], statusDate: MONDAY, updateDate: null });
    for (const [language, decision, completed] of [
      ["en-US", "The WBS has no update date: refresh it and fill it in", "0 of 0"],
      ["zh-CN", "任务分解表未填写更新日期：请更新并填写", "0 / 0"],
    ] as const) {
      const brief = weeklyBrief(empty, null, { statusDate: MONDAY, projectName: "", language });
      expect(brief.meanProgress).toBe(0);
      expect(brief.facts[2].value).toBe(completed);
      expect(section(brief, "status").rows.map((r) => r.cells[2])).toEqual([null, null, null, null, null]);
      expect(brief.sections.filter((s) => s.id !== "status" && s.rows.length > 0).map((s) => s.id)).toEqual([
        "decisions",
      ]);
      expect(section(brief, "decisions").rows.map((r) => r.cells[1])).toEqual([decision]);
    }
  });

  it("names the tasks without a department", () => {
    const wbs = analyseWbs({ rows: [wbsRow(7, "A", { department: " " })], statusDate: MONDAY, updateDate: MONDAY });
    const departments = (language: "en-US" | "zh-CN") =>
      section(weeklyBrief(wbs, null, { statusDate: MONDAY, projectName: "P", language }), "departments").rows[0].cells;
    expect(departments("en-US")).toEqual(["No department", 0, 0, 0, 0, 1, 1]);
    expect(departments("zh-CN")[0]).toBe("未填写部门");
  });

  it("finished this week: the status date and six days before it, not the seventh, not later", () => {
    const rows = ["2026-11-09", "2026-11-10", "2026-11-16", "2026-11-17"].map((finish, i) =>
      wbsRow(7 + i, `F${i}`, { finish: d(finish) }),
    );
    const wbs = analyseWbs({ rows, statusDate: MONDAY, updateDate: MONDAY });
    const brief = weeklyBrief(wbs, null, { statusDate: MONDAY, projectName: "P", language: "en-US" });
    expect(firstCells(brief, "finished")).toEqual(["F1", "F2"]);
    expect(brief.meanProgress).toBe(1);
  });

  it("names dependency problems: cycles of three and of one, unknown and repeated ids, in both languages", () => {
    const wbs = analyseWbs({
      statusDate: MONDAY,
      updateDate: MONDAY,
      rows: [
        wbsRow(7, "A", { taskName: "", predecessors: "C" }),
        wbsRow(8, "B", { predecessors: "A" }),
        wbsRow(9, "C", { predecessors: "B" }),
        wbsRow(10, "S", { predecessors: "S, Q9" }),
        wbsRow(11, "a", { due: d("2026-11-30") }),
      ],
    });
    const lines = (language: "en-US" | "zh-CN") =>
      section(weeklyBrief(wbs, null, { statusDate: MONDAY, projectName: "P", language }), "decisions").rows.map((r) => [
        r.ref?.row,
        r.cells[1],
      ]);
    expect(lines("en-US")).toEqual([
      [7, "A, B, C wait on each other (dependency cycle)"],
      [10, "S lists itself as a predecessor"],
      [10, "S lists predecessor Q9, which is not a task ID"],
      [7, "Task ID A is used by 2 rows"],
    ]);
    expect(lines("zh-CN")).toEqual([
      [7, "A、B、C 相互等待（循环依赖）"],
      [10, "S 的前置任务包含自身"],
      [10, "S 的前置任务 Q9 不是任务编号"],
      [7, "任务编号 A 被 2 行使用"],
    ]);
  });

  it("keeps user text as it is: no placeholder in it is filled", () => {
    const wbs = analyseWbs({
      statusDate: MONDAY,
      updateDate: MONDAY,
      rows: [wbsRow(7, "X", { taskName: "{blocker}", blocker: "{name} =cmd|' /C calc'!A0" })],
    });
    const brief = weeklyBrief(wbs, null, { statusDate: MONDAY, projectName: "P", language: "en-US" });
    expect(section(brief, "decisions").rows[0].cells[1]).toBe("X {blocker} is blocked: {name} =cmd|' /C calc'!A0");
  });
});

describe("weeklyBrief: who acts on a late issue", () => {
  const issues = analyseIssues({
    statusTime: dt("2026-11-16 12:00"),
    windows: { major: { response: 2, solution: 24 } },
    rows: [
      issueRow(5, "ISS-1", { raisedAt: dt("2026-11-15 09:00"), owner: "", raisedBy: "Zhao" }),
      issueRow(6, "ISS-2", { raisedAt: dt("2026-11-16 08:45"), owner: " ", raisedBy: "" }),
      issueRow(7, "ISS-3", { raisedAt: dt("2026-11-16 09:00"), resolvedAt: dt("2026-11-16 08:00") }),
    ],
  });
  const wbs = analyseWbs({ rows: [], statusDate: MONDAY, updateDate: MONDAY });
  const lines = (language: "en-US" | "zh-CN") =>
    weeklyBrief(wbs, issues, { statusDate: MONDAY, projectName: "P", language })
      .sections.find((s) => s.id === "decisions")!
      .rows.map((r) => [r.ref?.row, r.cells[1]]);

  it("names the owner, else the person who raised it, else asks for one (3 h and 1.25 h late)", () => {
    expect(lines("en-US")).toEqual([
      [5, "ISS-1 (Major) is past its solution window by 3 h; no owner, so the person who raised it acts: Zhao"],
      [6, "ISS-2 (Major) is past its response window by 1.3 h; no owner or raiser: assign one"],
      [
        7,
        'ISS-3: the issue\'s times contradict each other: resolvedAt: "2026-11-16 08:00" is before the time the issue was raised (2026-11-16 09:00)',
      ],
    ]);
    expect(lines("zh-CN")).toEqual([
      [5, "ISS-1（重大）超出解决时限 3 小时；无负责人，由提出人 Zhao 处理"],
      [6, "ISS-2（重大）超出响应时限 1.3 小时；无负责人和提出人：请指定"],
      [7, 'ISS-3：问题的时间相互矛盾：resolvedAt（解决时间）："2026-11-16 08:00" 早于问题提出时间（2026-11-16 09:00）'],
    ]);
  });
});
