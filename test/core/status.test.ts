import {
  assessTask,
  blockedReason,
  DEFAULT_CALENDAR,
  expectedProgress,
  lagDays,
  parseTask,
  parseTolerance,
  parseWaitingOn,
  WorkCalendar,
  parseWeekend,
  type Task,
} from "../../src/core";
import { d, inputErrorOf } from "../support/dates";

const task = (t: Partial<Task>): Task => ({ start: null, due: null, finish: null, progress: null, blocker: "", ...t });
const statusOf = (t: Partial<Task>, on: string, tolerance?: number) =>
  assessTask(task(t), d(on), DEFAULT_CALENDAR, tolerance).status;

describe("status rules (SPEC §4), first rule that applies", () => {
  it("1. Completed when a finish date is given, whatever else holds", () => {
    expect(
      statusOf(
        { finish: d("2026-11-20"), due: d("2026-11-13"), blocker: "waiting for design", progress: 0.2 },
        "2026-11-27",
      ),
    ).toBe("completed");
  });

  it("1. Completed when progress is 100 %", () => {
    expect(statusOf({ progress: 1, due: d("2026-11-13"), blocker: "x" }, "2026-11-27")).toBe("completed");
  });

  it("1. Completed when progress is 100 % as Excel displays it (15 digits), from arithmetic in the cell", () => {
    const row = (progress: unknown) =>
      parseTask({ start: null, due: d("2026-11-30"), finish: null, progress, blocker: null });
    for (const progress of [0.7 + 0.2 + 0.1, 1 + 2 ** -52, "99.99999999999999%"]) {
      expect(progress === 1).toBe(false);
      expect(assessTask(row(progress)!, d("2026-11-16"), DEFAULT_CALENDAR).status).toBe("completed");
    }
    expect(assessTask(row(0.9999999999999)!, d("2026-11-16"), DEFAULT_CALENDAR).status).toBe("inProgress");
  });

  it("1. Completed when the finish is before the planned start (an early finish), with no lag", () => {
    const early = parseTask({
      start: d("2026-11-16"),
      due: d("2026-11-20"),
      finish: d("2026-11-12"),
      progress: null,
      blocker: null,
    });
    expect(early).toMatchObject({ start: d("2026-11-16"), finish: d("2026-11-12") });
    expect(assessTask(early!, d("2026-11-13"), DEFAULT_CALENDAR).status).toBe("completed");
    expect(lagDays(early!.due!, early!.finish, d("2026-12-01"), DEFAULT_CALENDAR)).toBe(0);
  });

  it("2. Blocked when there is a blocker, even when overdue", () => {
    expect(statusOf({ blocker: "设计资源不足", due: d("2026-11-13") }, "2026-11-27")).toBe("blocked");
  });

  it("2. Blocked while waiting on a predecessor once the start date is reached", () => {
    const waiting = { start: d("2026-11-16"), due: d("2026-11-30"), waitingOn: ["WBS-001"] };
    expect(assessTask(task(waiting), d("2026-11-16"), DEFAULT_CALENDAR)).toMatchObject({
      status: "blocked",
      rule: "waiting",
    });
    expect(statusOf(waiting, "2026-11-13")).toBe("notStarted");
    expect(statusOf({ ...waiting, waitingOn: [] }, "2026-11-16")).toBe("inProgress");
  });

  it("2. Blocked at once while waiting when there is no start date: nothing but the predecessor holds the task", () => {
    expect(statusOf({ due: d("2026-11-30"), waitingOn: ["WBS-001"] }, "2026-11-02")).toBe("blocked");
    expect(statusOf({ due: d("2026-11-13"), progress: 0.2, waitingOn: ["WBS-001"] }, "2026-11-27")).toBe("blocked");
  });

  it("2. a finished task is Completed, and blocker text decides the rule, whatever it waits on", () => {
    const waiting = { start: d("2026-11-02"), due: d("2026-11-30"), waitingOn: ["WBS-001"] };
    expect(statusOf({ ...waiting, finish: d("2026-11-10") }, "2026-11-16")).toBe("completed");
    expect(statusOf({ ...waiting, progress: 1 }, "2026-11-16")).toBe("completed");
    expect(assessTask(task({ ...waiting, blocker: "法务审核中" }), d("2026-11-16"), DEFAULT_CALENDAR).rule).toBe(
      "blocker",
    );
  });

  it("3. Lagging when overdue (D > E), even on a weekend when lag is still 0", () => {
    expect(statusOf({ due: d("2026-11-13") }, "2026-11-15")).toBe("lagging");
    expect(lagDays(d("2026-11-13"), null, d("2026-11-15"), DEFAULT_CALENDAR)).toBe(0);
    expect(statusOf({ due: d("2026-11-13") }, "2026-11-13")).toBe("notStarted");
  });

  it("3. Lagging when progress trails the expected progress by more than the tolerance", () => {
    // Mon 11-02 … Fri 11-13: 10 working days; on Fri 11-06, 5 have passed → expected 50 %.
    const t = { start: d("2026-11-02"), due: d("2026-11-13") };
    expect(assessTask(task({ ...t, progress: 0.39 }), d("2026-11-06"), DEFAULT_CALENDAR)).toMatchObject({
      status: "lagging",
      rule: "behindSchedule",
      expected: 0.5,
    });
    expect(statusOf({ ...t, progress: 0.4 }, "2026-11-06")).toBe("inProgress"); // exactly at the tolerance
    expect(statusOf({ ...t, progress: 0.0 }, "2026-11-06")).toBe("lagging");
    expect(statusOf({ ...t, progress: 0.3 }, "2026-11-06", 0.25)).toBe("inProgress");
    expect(statusOf({ ...t, progress: 0.49 }, "2026-11-06", 0)).toBe("lagging");
  });

  it("3. needs start, due and progress for the schedule check", () => {
    expect(statusOf({ start: d("2026-11-02"), due: d("2026-11-13") }, "2026-11-12")).toBe("inProgress");
  });

  it("4. In progress when progress > 0 or the start date is reached", () => {
    expect(statusOf({ progress: 0.1 }, "2026-11-06")).toBe("inProgress");
    expect(statusOf({ start: d("2026-11-06") }, "2026-11-06")).toBe("inProgress");
  });

  it("5. Not started otherwise", () => {
    expect(statusOf({ start: d("2026-11-09"), due: d("2026-11-20") }, "2026-11-06")).toBe("notStarted");
    expect(statusOf({ due: d("2026-11-20"), progress: 0 }, "2026-11-06")).toBe("notStarted");
  });
});

describe("expected progress", () => {
  it("is working days elapsed over working days planned, capped at 1", () => {
    expect(expectedProgress(d("2026-11-02"), d("2026-11-13"), d("2026-11-01"), DEFAULT_CALENDAR)).toBe(0);
    expect(expectedProgress(d("2026-11-02"), d("2026-11-13"), d("2026-11-02"), DEFAULT_CALENDAR)).toBe(0.1);
    expect(expectedProgress(d("2026-11-02"), d("2026-11-13"), d("2026-11-08"), DEFAULT_CALENDAR)).toBe(0.5);
    expect(expectedProgress(d("2026-11-02"), d("2026-11-13"), d("2026-12-01"), DEFAULT_CALENDAR)).toBe(1);
  });

  it("honours holidays and make-up days", () => {
    const cal = new WorkCalendar(parseWeekend(null), [
      { date: d("2026-11-03"), kind: "holiday" },
      { date: d("2026-11-07"), kind: "workday" },
    ]);
    expect(expectedProgress(d("2026-11-02"), d("2026-11-13"), d("2026-11-07"), cal)).toBe(5 / 10);
  });

  it("treats a span without working days as due at once", () => {
    expect(expectedProgress(d("2026-11-14"), d("2026-11-15"), d("2026-11-14"), DEFAULT_CALENDAR)).toBe(0);
    expect(expectedProgress(d("2026-11-14"), d("2026-11-15"), d("2026-11-15"), DEFAULT_CALENDAR)).toBe(1);
  });
});

describe("lag days", () => {
  it("counts working days after the due date up to the status date (SPEC example)", () => {
    expect(lagDays(d("2026-11-13"), null, d("2026-11-16"), DEFAULT_CALENDAR)).toBe(1);
    expect(lagDays(d("2026-11-13"), null, d("2026-11-15"), DEFAULT_CALENDAR)).toBe(0);
    expect(lagDays(d("2026-11-13"), null, d("2026-11-13"), DEFAULT_CALENDAR)).toBe(0);
    expect(lagDays(d("2026-11-13"), null, d("2026-11-27"), DEFAULT_CALENDAR)).toBe(10);
  });

  it("uses the finish date for a finished task", () => {
    expect(lagDays(d("2026-11-13"), d("2026-11-18"), d("2026-12-31"), DEFAULT_CALENDAR)).toBe(3);
    expect(lagDays(d("2026-11-13"), d("2026-11-10"), d("2026-12-31"), DEFAULT_CALENDAR)).toBe(0);
  });
});

describe("parseTask", () => {
  it("returns null for a row with no inputs at all", () => {
    expect(parseTask({ start: null, due: "", finish: undefined, progress: " ", blocker: [[null, ""]] })).toBeNull();
  });

  it("parses a row", () => {
    expect(
      parseTask({ start: "2026-11-02", due: 46339, finish: null, progress: "40%", blocker: " late spec " }),
    ).toEqual({
      start: d("2026-11-02"),
      due: 46339,
      finish: null,
      progress: 0.4,
      blocker: "late spec",
      waitingOn: [],
    });
    expect(
      parseTask({ start: null, due: 46339, finish: null, progress: null, blocker: null, waitingOn: "WBS-001, WBS-002" })
        ?.waitingOn,
    ).toEqual(["WBS-001", "WBS-002"]);
  });

  it("takes a row with nothing but predecessors to wait on as still being typed", () => {
    expect(
      parseTask({ start: null, due: null, finish: null, progress: null, blocker: null, waitingOn: "WBS-001" }),
    ).toBeNull();
  });

  it("treats an unticked checkbox (FALSE) in the blocker as no blocker, and TRUE as one", () => {
    expect(parseTask({ start: null, due: null, finish: null, progress: null, blocker: false })).toBeNull();
    expect(parseTask({ start: null, due: null, finish: null, progress: null, blocker: true })?.blocker).toBe("true");
  });

  it("rejects a due date before the start", () => {
    expect(
      inputErrorOf(() =>
        parseTask({ start: d("2026-11-10"), due: d("2026-11-09"), finish: null, progress: null, blocker: null }),
      ),
    ).toMatchObject({
      argument: "due",
      key: "dueBeforeStart",
    });
  });

  it("rejects progress outside 0–100 %", () => {
    for (const progress of [1.01, -0.1, "120%", 50]) {
      expect(inputErrorOf(() => parseTask({ start: null, due: null, finish: null, progress, blocker: null })).key).toBe(
        "percentRange",
      );
    }
    expect(
      inputErrorOf(() => parseTask({ start: null, due: null, finish: null, progress: "half", blocker: null })).key,
    ).toBe("notPercent");
  });

  it("accepts progress that is 0 % or 100 % at 15 digits, and rejects what is outside even then", () => {
    const progressOf = (progress: unknown) =>
      parseTask({ start: null, due: null, finish: null, progress, blocker: null })?.progress;
    expect(progressOf(1 + 2 ** -52)).toBe(1);
    expect(progressOf(0.3 - 0.1 - 0.2)).toBe(0);
    expect(Object.is(progressOf(-1e-17), 0)).toBe(true);
    expect(inputErrorOf(() => progressOf(1.0000001))).toMatchObject({ key: "percentRange" });
    expect(inputErrorOf(() => progressOf(-1e-14))).toMatchObject({ key: "percentRange" });
  });

  it("rejects progress and tolerance that are not finite, naming the argument", () => {
    for (const progress of ["1e400", "-1e400", "1e400%", Infinity, NaN]) {
      expect(
        inputErrorOf(() => parseTask({ start: null, due: null, finish: null, progress, blocker: null })),
      ).toMatchObject({ argument: "progress", key: "notFinite" });
    }
    expect(inputErrorOf(() => parseTolerance("1e999"))).toMatchObject({ argument: "tolerance", key: "notFinite" });
  });

  it("tolerance defaults to 10 % and must lie in 0–1", () => {
    expect(parseTolerance(null)).toBe(0.1);
    expect(parseTolerance("5%")).toBe(0.05);
    expect(inputErrorOf(() => parseTolerance(2)).argument).toBe("tolerance");
  });
});

describe("waiting on predecessors", () => {
  it("reads CONCORD.WAITINGON's text, blank and FALSE as none", () => {
    expect(parseWaitingOn("WBS-001, WBS-003")).toEqual(["WBS-001", "WBS-003"]);
    expect(parseWaitingOn(" WBS-002 ")).toEqual(["WBS-002"]);
    for (const none of [null, "", "  ", false]) expect(parseWaitingOn(none)).toEqual([]);
  });

  it("gives the reason a task is Blocked, in the chosen language", () => {
    const waiting = task({ start: d("2026-11-02"), waitingOn: ["WBS-001", "WBS-003"] });
    const on = d("2026-11-16");
    expect(blockedReason(waiting, assessTask(waiting, on, DEFAULT_CALENDAR), "en-US")).toBe(
      "waiting on WBS-001, WBS-003",
    );
    expect(blockedReason(waiting, assessTask(waiting, on, DEFAULT_CALENDAR), "zh-CN")).toBe(
      "等待前置任务 WBS-001, WBS-003",
    );
    const typed = task({ ...waiting, blocker: "设计资源不足" });
    expect(blockedReason(typed, assessTask(typed, on, DEFAULT_CALENDAR), "en-US")).toBe("设计资源不足");
    const open = task({ start: d("2026-11-02") });
    expect(blockedReason(open, assessTask(open, on, DEFAULT_CALENDAR), "en-US")).toBe("");
  });
});
