import {
  actionItemsToWbs,
  analyseWbs,
  type ClosingForm,
  meetingWeekday,
  minutesFromBrief,
  nextWeekday,
  weekdayOf,
  weeklyBrief,
} from "../../../src/core";
import { largeWbs, MONDAY, wbsRow } from "../analysis/fixtures";
import { bestCpuMs } from "../analysis/timing";
import { scenarioBrief } from "../analysis/scenario";
import { d } from "../../support/dates";
import type { FieldValues, WbsTask, WbsUpdate } from "../../../src/hosts/types";

/** T2 of the scenario: three departments, meetings on Wednesdays at 10:30, R&D's head signed. */
const consensus = (meetingDay = "Wednesday"): ClosingForm => ({
  values: {
    projectName: "Launch 2027",
    meetingDay,
    meetingTime: "10:30",
    "leadDepartment.1.department": "r&d",
    "leadDepartment.1.signer": "Zhang Wei",
    "cooperatingDepartment.1.department": "Marketing",
    "cooperatingDepartment.1.signer": "Wu",
  },
  tables: {
    responsibilities: [
      { department: "R&D", liaison: "Li Na" },
      { department: "", liaison: "" },
      { department: "Design", liaison: "Chen Jie" },
      { department: "Marketing", liaison: "Wu" },
    ],
  },
});

describe("meetingWeekday / nextWeekday", () => {
  it("reads the weekday in either language (Monday = 0)", () => {
    expect(["Monday", "every Tue", "WEDNESDAY 10:00", "Fri."].map(meetingWeekday)).toEqual([0, 1, 2, 4]);
    expect(["每周一", "星期三", "周日", "礼拜天", "周五上午"].map(meetingWeekday)).toEqual([0, 2, 6, 6, 4]);
    expect(["", "as needed", "每两周"].map(meetingWeekday)).toEqual([null, null, null]);
  });

  it("finds the first such day on or after a date", () => {
    expect(weekdayOf(MONDAY)).toBe(0);
    expect(nextWeekday(MONDAY, 0)).toBe(MONDAY);
    expect(nextWeekday(MONDAY, 2)).toBe(d("2026-11-18"));
    expect(nextWeekday(d("2026-11-19"), 0)).toBe(d("2026-11-23"));
  });
});

describe("minutesFromBrief in English", () => {
  const draft = minutesFromBrief(scenarioBrief("en-US"), consensus());

  it("is a weekly meeting on T2's next meeting day at T2's time", () => {
    expect(draft.values).toMatchObject({
      projectName: "Launch 2027",
      meetingType: "Weekly",
      date: d("2026-11-18"),
      time: (10 * 60 + 30) / 1440,
    });
  });

  it("takes the agenda from the brief: progress, lagging, blocked, issues past their SLA, decisions", () => {
    expect(draft.agenda).toEqual([
      "1. Progress: 2 of 6 tasks completed, mean 55% complete",
      "2. Lagging tasks (1): WBS-002 Design",
      "3. Blocked tasks (2): WBS-003 Build, WBS-004 Materials",
      "4. Issues past their SLA (1): ISS-001",
      "5. Decisions needed (4):",
      "   - WBS-004 Materials is blocked: Budget not approved",
      "   - WBS-002 Design has been lagging for more than 24 hours without response measures",
      "   - ISS-001 (Major) is past its response window by 1 h; owner to act: Wang",
      "   - The WBS was last updated 10 days ago (2026-11-06): refresh it",
    ]);
    expect(draft.values.agenda).toBe(draft.agenda.join("\n"));
  });

  it("lists one attendee row per T2 department: its liaison and the head who signed T2", () => {
    expect(draft.attendees).toBe(3);
    expect(draft.values).toMatchObject({
      "attendees.1.department": "R&D",
      "attendees.1.attendees": "Li Na, Zhang Wei",
      "attendees.2.department": "Design",
      "attendees.2.attendees": "Chen Jie",
      "attendees.3.department": "Marketing",
      "attendees.3.attendees": "Wu",
    });
    expect(draft.values["attendees.4.department"]).toBeUndefined();
  });

  it("writes one progress row per department with its counts, its lagging and blocked tasks as needs", () => {
    expect(draft.progress).toBe(3);
    expect(draft.values).toMatchObject({
      "progress.1.department": "R&D",
      "progress.1.progress": "4 tasks: Completed 2, In progress 1, Blocked 1",
      "progress.1.needs": "Blocked: WBS-003 Build — waiting on WBS-002",
      "progress.2.department": "Design",
      "progress.2.progress": "1 task: Lagging 1",
      "progress.2.needs": "Lagging: WBS-002 Design — 设计资源不足",
      "progress.3.progress": "1 task: Blocked 1",
      "progress.3.needs": "Blocked: WBS-004 Materials — Budget not approved",
    });
  });

  it("lists the open issues under issues raised, text kept as typed", () => {
    expect(draft.values.issuesRaised).toBe(
      "ISS-001 (Major, Response overdue): Supplier <late>\nISS-002 (Normal, No SLA): Issue ISS-002",
    );
  });
});

describe("minutesFromBrief in Chinese", () => {
  const draft = minutesFromBrief(scenarioBrief("zh-CN"), consensus("每周三"));

  it("writes the choice label, the agenda and the rows in Chinese", () => {
    expect(draft.values).toMatchObject({ meetingType: "周会", date: d("2026-11-18") });
    expect(draft.agenda.slice(0, 5)).toEqual([
      "1. 总体进度：已完成 2/6 项任务，平均完成率 55%",
      "2. 滞后任务（1 项）：WBS-002 Design",
      "3. 阻塞任务（2 项）：WBS-003 Build、WBS-004 Materials",
      "4. 超出时效的问题（1 项）：ISS-001",
      "5. 待决策事项（4 项）：",
    ]);
    expect(draft.values).toMatchObject({
      "attendees.1.attendees": "Li Na、Zhang Wei",
      "progress.1.progress": "共 4 项：已完成 2，进行中 1，阻塞 1",
      "progress.1.needs": "阻塞：WBS-003 Build — 等待前置任务 WBS-002",
      issuesRaised: "ISS-001（重大，响应超时）：Supplier <late>\nISS-002（一般，无时效要求）：Issue ISS-002",
    });
  });
});

describe("minutesFromBrief: without T2, long lists, hostile text", () => {
  const blockedTasks = Array.from({ length: 12 }, (_, i) =>
    wbsRow(7 + i, `WBS-${String(i + 1).padStart(3, "0")}`, {
      taskName: i === 0 ? "=cmd|' /C calc'!A0" : `T${i + 1}`,
      department: i === 0 ? "<script>alert(1)</script>" : "Ops",
      due: d("2026-12-31"),
      blocker: "vendor",
    }),
  );
  const wbs = analyseWbs({ rows: blockedTasks, statusDate: MONDAY, updateDate: MONDAY });
  const brief = weeklyBrief(wbs, null, { statusDate: MONDAY, projectName: "P", language: "en-US" });

  it("names 5 tasks and counts the rest; lists 10 decisions and counts the rest", () => {
    const draft = minutesFromBrief(brief, null);
    expect(draft.agenda[1]).toBe(
      "2. Blocked tasks (12): WBS-001 =cmd|' /C calc'!A0, WBS-002 T2, WBS-003 T3, WBS-004 T4, WBS-005 T5 and 7 more",
    );
    expect(draft.agenda[2]).toBe("3. Decisions needed (12):");
    expect(draft.agenda).toHaveLength(3 + 10 + 1);
    expect(draft.agenda[draft.agenda.length - 1]).toBe("   - … and 2 more (see the progress brief)");
  });

  it("without T2 leaves date and time out unless given, and takes attendees from the WBS departments", () => {
    const draft = minutesFromBrief(brief, null, {
      departments: [
        { department: "Ops", liaison: "Gao" },
        { department: " ", liaison: "x" },
      ],
    });
    expect("date" in draft.values).toBe(false);
    expect("time" in draft.values).toBe(false);
    expect(draft.attendees).toBe(1);
    expect(draft.values["attendees.1.attendees"]).toBe("Gao");
    const dated = minutesFromBrief(brief, consensus(), { date: d("2026-11-20") + 0.4, time: 0.375 });
    expect(dated.values).toMatchObject({ date: d("2026-11-20"), time: 0.375 });
  });

  it("lists 10 tasks under a department's needs and counts the rest", () => {
    const needs = String(minutesFromBrief(brief, null).values["progress.2.needs"]).split("\n");
    expect(needs).toHaveLength(11);
    expect(needs[0]).toBe("Blocked: WBS-002 T2 — vendor");
    expect(needs[10]).toBe("… and 1 more (see the progress brief)");
  });

  it("keeps hostile text as the text it is (the hosts write it as text, never as a formula)", () => {
    const draft = minutesFromBrief(brief, null);
    expect(draft.values["progress.1.department"]).toBe("<script>alert(1)</script>");
    expect(draft.values["progress.1.needs"]).toBe("Blocked: WBS-001 =cmd|' /C calc'!A0 — vendor");
  });

  it("an empty brief: progress and 'nothing to decide'", () => {
    const empty = analyseWbs({ rows: [], statusDate: MONDAY, updateDate: MONDAY });
    for (const [language, line] of [
      ["en-US", "2. No lagging or blocked task, no issue past its SLA, no decision needed."],
      ["zh-CN", "2. 无滞后或阻塞任务，无超出时效的问题，无待决策事项。"],
    ] as const) {
      const draft = minutesFromBrief(weeklyBrief(empty, null, { statusDate: MONDAY, projectName: "", language }), null);
      expect(draft.agenda[1]).toBe(line);
      expect(draft.progress).toBe(0);
      expect("projectName" in draft.values).toBe(false);
    }
  });
});

describe("actionItemsToWbs", () => {
  const existing = [
    { row: 1, taskId: "WBS-001", taskName: "Spec", department: "R&D", owner: "Li", due: d("2026-11-13") },
    { row: 2, taskId: "WBS-002", taskName: "Design", department: "Design", owner: "Chen" },
    { row: 3, taskId: "WBS-007", taskName: "Build", department: "R&D", owner: "li" },
    // Template rows: an id pre-filled, nothing else (WBS-008 sits in row 4, where the first new task goes).
    { row: 4, taskId: "WBS-008", taskName: "", department: "", owner: "" },
    { row: 5, taskId: "WBS-009", taskName: "", department: "", owner: "" },
  ];

  it("appends after the last used row with the next ids, skipping an id another row holds", () => {
    const result = actionItemsToWbs(
      [
        { action: "Fix login", owner: "Li", due: "2026-11-25", taskId: "WBS-002" },
        { action: "", owner: "", due: "", taskId: "" },
        { action: "Call vendor", owner: "Sun", due: d("2026-11-27"), taskId: "WBS-404" },
        { action: "Update docs", owner: "Gao", due: "next week" },
      ],
      existing,
      { departments: [{ department: "Support", liaison: "Gao" }] },
    );
    expect(result.rows).toEqual([
      {
        row: 4,
        taskId: "WBS-008",
        taskName: "Fix login",
        owner: "Li",
        due: d("2026-11-25"),
        department: "R&D",
        predecessors: "WBS-002",
      },
      { row: 5, taskId: "WBS-009", taskName: "Call vendor", owner: "Sun", due: d("2026-11-27") },
      { row: 6, taskId: "WBS-010", taskName: "Update docs", owner: "Gao", due: null, department: "Support" },
    ]);
    expect(result.notes.map((n) => [n.actionRow, n.message["en-US"]])).toEqual([
      [3, "Linked task WBS-404 is not in the WBS: added without a predecessor."],
      [4, 'Due date "next week" is not a date: added without a due date.'],
    ]);
    expect(result.notes[0].message["zh-CN"]).toBe("关联任务 WBS-404 不在任务分解表中：未设前置任务。");
  });

  it("skips an id that a blank row elsewhere holds", () => {
    const rows = [
      { row: 1, taskId: "WBS-001", taskName: "A", department: "", owner: "" },
      { row: 2, taskId: "WBS-002", taskName: "", department: "", owner: "" },
      { row: 3, taskId: "WBS-005", taskName: "", department: "", owner: "" },
    ];
    const result = actionItemsToWbs(
      [{ action: "x" }, { action: "y" }, { action: "z" }, { action: "w" }].map((a) => ({ ...a, owner: "o" })),
      rows,
    );
    expect(result.rows.map((r) => [r.row, r.taskId])).toEqual([
      [2, "WBS-002"],
      [3, "WBS-003"],
      [4, "WBS-004"],
      [5, "WBS-006"],
    ]);
  });

  it("does not add an action twice (already in the WBS or repeated in the minutes)", () => {
    const result = actionItemsToWbs(
      [
        { action: " spec ", owner: "LI" },
        { action: "New", owner: "Wu" },
        { action: "new", owner: "wu" },
      ],
      existing,
    );
    expect(result.rows.map((r) => r.taskId)).toEqual(["WBS-008"]);
    expect(result.notes.map((n) => n.message["en-US"])).toEqual([
      "Already in the WBS as WBS-001: not added again.",
      "Already in the WBS as WBS-008: not added again.",
    ]);
    expect(result.notes[0].message["zh-CN"]).toBe("任务分解表中已有（WBS-001）：未重复添加。");
  });

  it("takes the hosts' WBS rows and gives what updateWbs and writeFields take", () => {
    const hostRows: WbsTask[] = [];
    const update: WbsUpdate = actionItemsToWbs([{ action: "x", owner: "o" }], hostRows).rows;
    const values: FieldValues = minutesFromBrief(scenarioBrief("en-US"), null).values;
    expect(update).toHaveLength(1);
    expect(values.meetingType).toBe("Weekly");
  });

  it("starts at WBS-001 in row 1 on an empty WBS and keeps hostile text as text", () => {
    const result = actionItemsToWbs([{ action: '=HYPERLINK("http://x")', owner: "<b>me</b>", due: "" }], []);
    expect(result.rows).toEqual([
      { row: 1, taskId: "WBS-001", taskName: '=HYPERLINK("http://x")', owner: "<b>me</b>", due: null },
    ]);
  });
});

describe("closing documents at 10,000 tasks", () => {
  it("drafts the minutes of a 10,000-task brief and appends 1,000 actions in linear time (here ≈ 4 ms and ≈ 60 ms of processor time)", () => {
    const rows = largeWbs(10_000);
    const wbs = analyseWbs({ rows, statusDate: MONDAY, updateDate: MONDAY });
    const brief = weeklyBrief(wbs, null, { statusDate: MONDAY, projectName: "P", language: "zh-CN" });
    const existing = rows.map((r, i) => ({ ...r, row: i + 1 }));
    const actions = Array.from({ length: 1_000 }, (_, i) => ({ action: `A${i}`, owner: "Li", due: "2026-12-01" }));
    let draft = minutesFromBrief(brief, null);
    let appended = actionItemsToWbs(actions, existing);
    const ms = bestCpuMs(3, () => {
      draft = minutesFromBrief(brief, null);
      appended = actionItemsToWbs(actions, existing);
    });
    expect(draft.progress).toBe(8);
    expect(appended.rows[0]).toMatchObject({ row: 10_001, taskId: "WBS-10001" });
    expect(appended.rows).toHaveLength(1_000);
    expect(ms).toBeLessThan(250);
  });
});
