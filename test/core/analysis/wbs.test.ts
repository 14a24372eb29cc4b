import { analyseWbs, parseWeekend, type WbsAnalysisInput, type WbsRow } from "../../../src/core";
import { d } from "../../support/dates";
import { MONDAY, wbsRow } from "./fixtures";

const analyse = (rows: WbsRow[], rest: Partial<WbsAnalysisInput> = {}) =>
  analyseWbs({ rows, statusDate: MONDAY, updateDate: MONDAY, ...rest });
const ids = (tasks: ReadonlyArray<{ taskId: string }>) => tasks.map((t) => t.taskId);

describe("analyseWbs: each task on Monday 2026-11-16", () => {
  const rows = [
    wbsRow(7, "WBS-001", { start: d("2026-11-02"), due: d("2026-11-13"), finish: d("2026-11-12") }),
    wbsRow(8, "WBS-002", { start: d("2026-11-02"), due: d("2026-11-13"), progress: 0.8 }),
    wbsRow(9, "WBS-003", {
      start: d("2026-11-09"),
      due: d("2026-11-30"),
      progress: 0.2,
      predecessors: "WBS-001, wbs-002",
    }),
    wbsRow(10, "WBS-004", { due: d("2026-11-30"), blocker: " Design not confirmed " }),
    wbsRow(11, "WBS-005", { start: d("2026-11-20"), due: d("2026-11-30"), predecessors: "WBS-003" }),
    // 6 of 16 working days gone (expected 37.5 %), 50 % done.
    wbsRow(12, "WBS-006", { start: d("2026-11-09"), due: d("2026-11-30"), progress: 0.5 }),
    // A pre-filled id on an otherwise blank row is not a task.
    wbsRow(13, "WBS-007", { taskName: "", department: "", owner: "" }),
  ];
  const a = analyse(rows);

  it("gives every typed row its status, rule, lag and waiting-on, with the caller's row number", () => {
    expect(a.tasks.map((t) => [t.row, t.taskId, t.status, t.rule, t.lag, t.waitingOn])).toEqual([
      [7, "WBS-001", "completed", "finished", 0, []],
      [8, "WBS-002", "lagging", "overdue", 1, []],
      [9, "WBS-003", "blocked", "waiting", 0, ["WBS-002"]],
      [10, "WBS-004", "blocked", "blocker", 0, []],
      [11, "WBS-005", "notStarted", "notStarted", 0, ["WBS-003"]],
      [12, "WBS-006", "inProgress", "progressed", 0, []],
    ]);
    expect(a.tasks[3].blocker).toBe("Design not confirmed");
  });

  it("counts by status and lists the lagging, blocked and waiting tasks", () => {
    expect(a.counts).toEqual({ completed: 1, inProgress: 1, lagging: 1, blocked: 2, notStarted: 1 });
    expect(ids(a.lagging)).toEqual(["WBS-002"]);
    expect(ids(a.blocked)).toEqual(["WBS-003", "WBS-004"]);
    // Not started yet, but waiting all the same: the coordinator sees it before it blocks.
    expect(ids(a.waiting)).toEqual(["WBS-003", "WBS-005"]);
    expect(a.links).toBe(3);
  });

  it("has no lag without a due date", () => {
    expect(analyse([wbsRow(7, "A", { progress: 0.5 })]).tasks[0].lag).toBeNull();
  });
});

describe("analyseWbs: calendar, weekend and tolerance", () => {
  const overdue = [wbsRow(7, "A", { due: d("2026-11-13"), progress: 0.5 })];
  const lag = (rest: Partial<WbsAnalysisInput>) => analyse(overdue, rest).tasks[0].lag;

  it("counts lag in working days of the calendar and weekend given", () => {
    expect(lag({})).toBe(1);
    expect(lag({ calendar: [{ date: MONDAY, kind: "holiday" }] })).toBe(0);
    expect(lag({ calendar: [{ date: d("2026-11-14"), kind: "workday" }] })).toBe(2);
    expect(lag({ weekend: parseWeekend("0000001") })).toBe(2);
  });

  it("judges 'behind schedule' against the tolerance (45 % done, 55 % expected)", () => {
    const behind = [wbsRow(7, "A", { start: d("2026-11-02"), due: d("2026-11-27"), progress: 0.45 })];
    expect(analyse(behind).tasks[0].status).toBe("inProgress");
    expect(analyse(behind, { tolerance: 0.05 }).tasks[0]).toMatchObject({ status: "lagging", rule: "behindSchedule" });
  });

  it("reads a progress of 100 % as Excel shows it (0.7 + 0.2 + 0.1) as completed, also for its successors", () => {
    const a = analyse([
      wbsRow(7, "A", { due: d("2026-11-13"), progress: 0.7 + 0.2 + 0.1 }),
      wbsRow(8, "B", { due: d("2026-11-30"), predecessors: "A" }),
    ]);
    expect(a.tasks.map((t) => [t.status, t.waitingOn])).toEqual([
      ["completed", []],
      ["notStarted", []],
    ]);
  });
});

describe("analyseWbs: departments and missing reasons", () => {
  it("counts department × status, departments compared trimmed and case-insensitively, in order of appearance", () => {
    const a = analyse([
      wbsRow(7, "A", { department: "R&D", finish: d("2026-11-10") }),
      wbsRow(8, "B", { department: "", due: d("2026-11-13") }),
      wbsRow(9, "C", { department: " r&d ", due: d("2026-11-13"), lagReason: "late spec" }),
      wbsRow(10, "D", { department: "Marketing", blocker: "budget" }),
    ]);
    expect(a.byDepartment).toEqual([
      { department: "R&D", counts: { completed: 1, inProgress: 0, lagging: 1, blocked: 0, notStarted: 0 }, total: 2 },
      { department: "", counts: { completed: 0, inProgress: 0, lagging: 1, blocked: 0, notStarted: 0 }, total: 1 },
      {
        department: "Marketing",
        counts: { completed: 0, inProgress: 0, lagging: 0, blocked: 1, notStarted: 0 },
        total: 1,
      },
    ]);
    // B lags without a reason; C gives one; D is Blocked and shows its blocker as its reason.
    expect(ids(a.withoutReason)).toEqual(["B"]);
  });
});

describe("analyseWbs: lagging more than 24 hours without response measures", () => {
  const overdue = { start: d("2026-11-02"), due: d("2026-11-13"), progress: 0.5 };
  const a = analyse([
    // Overdue since Saturday: lagging on Sunday already.
    wbsRow(7, "M1", overdue),
    // Due Sunday: lagging from Monday only (on Sunday 90 % of 100 % expected is within the tolerance).
    wbsRow(8, "M2", { start: d("2026-11-02"), due: d("2026-11-15"), progress: 0.9 }),
    wbsRow(9, "M3", { ...overdue, measures: "add a designer", measuresDue: d("2026-11-15") }),
    wbsRow(10, "M4", { ...overdue, measures: "add a designer", measuresDue: MONDAY }),
    wbsRow(11, "M5", { ...overdue, measures: "add a designer" }),
    // Behind schedule on Sunday (50 % expected) and Monday (55 %), nothing done.
    wbsRow(12, "M6", { start: d("2026-11-02"), due: d("2026-11-27"), progress: 0 }),
    // Starts Monday, nothing done: 20 % expected today, not started yesterday.
    wbsRow(13, "M7", { start: MONDAY, due: d("2026-11-20"), progress: 0 }),
    wbsRow(14, "M8", { ...overdue, measures: "   " }),
  ]);

  it("every one of them is lagging on the status date", () => {
    expect(a.lagging).toHaveLength(8);
  });

  it("flags those lagging since the day before with no measures, or measures due before the status date", () => {
    expect(a.withoutMeasures.map((m) => [m.task.taskId, m.task.row, m.problem])).toEqual([
      ["M1", 7, "missing"],
      ["M3", 9, "overdue"],
      ["M6", 12, "missing"],
      ["M8", 14, "missing"],
    ]);
  });
});

describe("analyseWbs: dependency problems", () => {
  const a = analyse([
    wbsRow(7, "WBS-001", { due: d("2026-11-30") }),
    // A three-task cycle, listed out of id order: X2 ← X1 ← X3 ← X2.
    wbsRow(20, "X2", { due: d("2026-11-30"), predecessors: "X1" }),
    wbsRow(21, "X3", { due: d("2026-11-30"), predecessors: "X2" }),
    wbsRow(22, "X1", { due: d("2026-11-30"), predecessors: "X3" }),
    wbsRow(23, "Y", { due: d("2026-11-30"), predecessors: "X1" }),
    wbsRow(24, "SELF", { due: d("2026-11-30"), predecessors: "self" }),
    wbsRow(30, "WBS-099", { due: d("2026-11-30"), predecessors: "WBS-001, NOPE；WBS-098" }),
    wbsRow(31, "wbs-001 ", { due: d("2026-11-30") }),
  ]);

  it("lists each cycle once, its ids and rows in input order, a self-reference as a cycle of one", () => {
    expect(a.cycles).toEqual([
      { ids: ["X2", "X3", "X1"], rows: [20, 21, 22] },
      { ids: ["SELF"], rows: [24] },
    ]);
  });

  it("lists unknown predecessor ids with the row that names them", () => {
    expect(a.unknownPredecessors).toEqual([
      { row: 30, taskId: "WBS-099", id: "NOPE" },
      { row: 30, taskId: "WBS-099", id: "WBS-098" },
    ]);
  });

  it("lists repeated ids with every row; the first row is the one predecessors refer to", () => {
    expect(a.duplicateIds).toEqual([{ id: "WBS-001", rows: [7, 31] }]);
    expect(a.tasks.find((t) => t.row === 30)!.waitingOn).toEqual(["WBS-001"]);
  });

  it("a task in a cycle, or after one, waits (and is Blocked) rather than looping", () => {
    const byId = new Map(a.tasks.map((t) => [t.taskId, t]));
    expect(byId.get("X2")!.waitingOn).toEqual(["X1"]);
    expect(byId.get("Y")).toMatchObject({ status: "blocked", waitingOn: ["X1"] });
    expect(byId.get("SELF")).toMatchObject({ status: "blocked", waitingOn: ["SELF"] });
  });

  it("finds a 10,000-task cycle without overflowing the stack", () => {
    const n = 10_000;
    const rows = Array.from({ length: n }, (_, i) => wbsRow(i, `T${i}`, { predecessors: `T${(i + 1) % n}` }));
    const { cycles } = analyse(rows);
    expect(cycles).toHaveLength(1);
    expect(cycles[0].rows).toEqual(rows.map((r) => r.row));
  });
});

describe("analyseWbs: freshness and edge cases", () => {
  const one = [wbsRow(7, "A", { due: d("2026-11-30") })];

  it("calls the WBS stale when its update date is blank or more than 7 days before the status date", () => {
    const at = (updateDate: number | null) => {
      const { staleWbs, updateAge } = analyse(one, { updateDate });
      return { staleWbs, updateAge };
    };
    expect(at(null)).toEqual({ staleWbs: true, updateAge: null });
    expect(at(MONDAY - 7)).toEqual({ staleWbs: false, updateAge: 7 });
    expect(at(MONDAY - 8)).toEqual({ staleWbs: true, updateAge: 8 });
    expect(at(MONDAY + 1)).toEqual({ staleWbs: false, updateAge: -1 });
  });

  it("drops a status date's time of day: 15:00 on Monday is Monday", () => {
    const overdue = [wbsRow(7, "A", { due: d("2026-11-13") })];
    const at3pm = analyse(overdue, { statusDate: MONDAY + 0.625, updateDate: MONDAY - 7 });
    expect(at3pm).toMatchObject({ statusDate: MONDAY, updateAge: 7, staleWbs: false });
    expect(at3pm.tasks[0].lag).toBe(1);
  });

  it("an empty WBS has no tasks and no problems", () => {
    const a = analyse([]);
    expect(a.tasks).toEqual([]);
    expect(a.counts).toEqual({ completed: 0, inProgress: 0, lagging: 0, blocked: 0, notStarted: 0 });
    expect([a.byDepartment, a.lagging, a.blocked, a.cycles, a.unknownPredecessors, a.waiting]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it("a WBS where everything is completed waits on nothing", () => {
    const rows = ["A", "B", "C"].map((id, i) =>
      wbsRow(7 + i, id, { due: d("2026-11-13"), progress: 1, predecessors: i ? "A" : "" }),
    );
    const a = analyse(rows);
    expect(a.counts.completed).toBe(3);
    expect([a.lagging, a.blocked, a.waiting, a.withoutMeasures]).toEqual([[], [], [], []]);
  });
});
