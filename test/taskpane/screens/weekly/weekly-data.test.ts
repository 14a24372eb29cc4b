import { ConcordInputError, type InstanceRecord } from "../../../../src/core";
import type { ProjectSnapshot, WbsTask } from "../../../../src/hosts/types";
import {
  analyseWeekly,
  briefOf,
  initialStatusDate,
  issueRows,
  issueWindows,
  projectNameOf,
  selectionOutcome,
  statusTimeFor,
  todaySerial,
} from "../../../../src/taskpane/screens/weekly";
import { wbsTask } from "../../support/wbs-task";

// Monday 2026-11-16 is serial 46342 (2025-12-09 = 46000, SPEC §4, plus 342 days); Friday 11-13 is 46339.
const MONDAY = 46342;
const FRIDAY = 46339;
const NINE_THIRTY = new Date(2026, 10, 16, 9, 30);

const t3: InstanceRecord = { template: "T3", id: "w1", language: "en-US", version: 2 };
const t6: InstanceRecord = { template: "T6", id: "i1", language: "en-US", version: 2 };
const t2: InstanceRecord = { template: "T2", id: "c1", language: "en-US", version: 1 };

const task = (row: number, fields: Partial<WbsTask>): WbsTask => wbsTask(row, { department: "Eng", ...fields });

function snapshot(options: { calendar?: Array<[string, string]>; consensus?: boolean; log?: boolean } = {}) {
  const { calendar = [], consensus = true, log = true } = options;
  const s: ProjectSnapshot = {
    instances: [
      ...(consensus ? [{ record: t2, location: "T2" }] : []),
      { record: t3, location: "WBS" },
      ...(log ? [{ record: t6, location: "Issues" }] : []),
    ],
    forms: {},
    ledger: [],
    wbs: {
      w1: {
        instance: t3,
        statusDate: MONDAY,
        updateDate: MONDAY - 9,
        calendar,
        tasks: [
          task(1, { due: FRIDAY, progress: 0.5 }),
          task(2, { predecessors: "WBS-001", start: MONDAY, due: MONDAY + 8 }),
          task(3, { predecessors: "WBS-009", start: MONDAY + 1, due: MONDAY + 3 }),
        ],
      },
    },
  };
  if (consensus) s.forms.c1 = { values: { projectName: "Complaints", responseHours: 1, solutionHours: 4 }, tables: {} };
  if (log) {
    s.forms.i1 = {
      values: { projectName: "Other name", responseHours: 2, solutionHours: 24 },
      tables: {
        issues: [
          { issueId: "ISS-001", raisedAt: "2026-11-16 08:00", severity: "Major", owner: "Li", raisedBy: "Wu" },
          { issueId: "ISS-002", raisedAt: MONDAY, severity: "normal", owner: "Li" },
          { issueId: "ISS-003", raisedAt: null, severity: null, owner: null },
        ],
      },
    };
  }
  return s;
}

describe("weekly data: clock", () => {
  it("today is the local calendar day; the status time is now for today, else 23:59 of the chosen day", () => {
    expect(todaySerial(NINE_THIRTY)).toBe(MONDAY);
    expect(statusTimeFor(MONDAY, NINE_THIRTY)).toBeCloseTo(MONDAY + 570 / 1440, 9);
    expect(statusTimeFor(FRIDAY, NINE_THIRTY)).toBeCloseTo(FRIDAY + 1439 / 1440, 9);
    expect(statusTimeFor(MONDAY + 7, NINE_THIRTY)).toBeCloseTo(MONDAY + 7 + 1439 / 1440, 9);
  });

  it("starts from the WBS's status-date cell (whole day), or today when it is blank", () => {
    const wbs = snapshot().wbs.w1;
    expect(initialStatusDate({ ...wbs, statusDate: FRIDAY + 0.75 }, NINE_THIRTY)).toBe(FRIDAY);
    expect(initialStatusDate({ ...wbs, statusDate: null }, NINE_THIRTY)).toBe(MONDAY);
    expect(initialStatusDate(undefined, NINE_THIRTY)).toBe(MONDAY);
  });
});

describe("weekly data: issue windows by severity", () => {
  it("takes the major windows from the consensus form first, then the issue log, then 2 h / 24 h", () => {
    const log = { responseHours: 3, solutionHours: 30 };
    expect(issueWindows({ responseHours: 1, solutionHours: 4 }, log)).toEqual({
      windows: { major: { response: 1, solution: 4 } },
      majorSource: "consensus",
    });
    expect(issueWindows({ responseHours: null, solutionHours: "" }, log)).toEqual({
      windows: { major: { response: 3, solution: 30 } },
      majorSource: "issueLog",
    });
    expect(issueWindows(undefined, {})).toEqual({
      windows: { major: { response: 2, solution: 24 } },
      majorSource: "default",
    });
  });

  it("one consensus window set: the other is the guide's default for that window", () => {
    expect(issueWindows({ responseHours: 4 }, undefined).windows.major).toEqual({ response: 4, solution: 24 });
  });

  it("gives normal issues the log's normal windows, or none when both are blank", () => {
    expect(issueWindows(undefined, { normalResponseHours: 8, normalSolutionHours: 72 }).windows.normal).toEqual({
      response: 8,
      solution: 72,
    });
    expect("normal" in issueWindows(undefined, { normalResponseHours: "", normalSolutionHours: null }).windows).toBe(
      false,
    );
  });

  it("refuses bad hours naming the field: one normal window blank, a solution before the response", () => {
    expect(() => issueWindows(undefined, { normalResponseHours: 8 })).toThrow(ConcordInputError);
    expect(() => issueWindows({ responseHours: 6, solutionHours: 2 }, undefined)).toThrow(/solutionHours/);
  });

  it("reads the issue log's rows with 1-based rows, times from serials or text, unreadable times as blank", () => {
    const rows = issueRows([
      { issueId: "ISS-001", raisedAt: "2026-11-16 08:00", respondedAt: "soon", severity: "Major" },
      { issueId: null, raisedAt: MONDAY },
    ]);
    expect(rows[0]).toMatchObject({ row: 1, issueId: "ISS-001", respondedAt: null, severity: "Major", owner: "" });
    expect(rows[0].raisedAt).toBeCloseTo(MONDAY + 8 / 24, 9);
    expect(rows[1]).toMatchObject({ row: 2, issueId: "", raisedAt: MONDAY });
  });
});

describe("weekly data: analysis", () => {
  it("analyses the WBS for the status date: lagging without reason or measures, waiting, unknown ids, stale", () => {
    const a = analyseWeekly(snapshot(), t3, { statusDate: MONDAY, now: NINE_THIRTY });
    expect(a.wbs.counts).toEqual({ completed: 0, inProgress: 0, lagging: 1, blocked: 1, notStarted: 1 });
    expect(a.wbs.withoutReason.map((t) => [t.taskId, t.row, t.lag])).toEqual([["WBS-001", 1, 1]]);
    expect(a.wbs.withoutMeasures.map((m) => [m.task.taskId, m.problem])).toEqual([["WBS-001", "missing"]]);
    expect(a.wbs.blocked.map((t) => [t.taskId, t.waitingOn])).toEqual([["WBS-002", ["WBS-001"]]]);
    expect(a.wbs.unknownPredecessors).toEqual([{ row: 3, taskId: "WBS-003", id: "WBS-009" }]);
    expect([a.wbs.updateAge, a.wbs.staleWbs]).toEqual([9, true]);
    expect(a.problems).toEqual([]);
    expect(a.projectName).toBe("Complaints");
  });

  it("counts working days with the WBS's calendar: Monday a holiday, Friday's task is 0 days late", () => {
    const a = analyseWeekly(snapshot({ calendar: [["2026-11-16", "holiday"]] }), t3, {
      statusDate: MONDAY,
      now: NINE_THIRTY,
    });
    expect(a.wbs.withoutReason[0].lag).toBe(0);
  });

  it("reports an unreadable calendar as a problem in both languages and analyses without it", () => {
    const a = analyseWeekly(snapshot({ calendar: [["2026-11-16", "sometimes"]] }), t3, {
      statusDate: MONDAY,
      now: NINE_THIRTY,
    });
    expect(a.problems.map((p) => p.part)).toEqual(["calendar"]);
    expect(a.problems[0].message["en-US"]).toMatch(/calendar/);
    expect(a.problems[0].message["zh-CN"]).not.toBe(a.problems[0].message["en-US"]);
    expect(a.wbs.withoutReason[0].lag).toBe(1);
  });

  it("escalates a major issue under the consensus windows at 23:59 of a past status date, with who must act", () => {
    const a = analyseWeekly(snapshot(), t3, { statusDate: MONDAY, now: new Date(2026, 10, 20, 12, 0) });
    expect(a.majorSource).toBe("consensus");
    // Raised 08:00, solution within 4 h → 12:00; status time 23:59 → 11 h 59 min late.
    expect(a.issues!.escalations.map((e) => [e.issue.issueId, e.window, e.hoursLate, e.actor, e.actorRole])).toEqual([
      ["ISS-001", "solution", 719 / 60, "Li", "owner"],
    ]);
    // The normal issue has no windows: no SLA state, never the major clock.
    expect(a.issues!.issues.find((i) => i.issueId === "ISS-002")!.state).toBeNull();
  });

  it("uses now as the issues' clock when the status date is today", () => {
    const a = analyseWeekly(snapshot(), t3, { statusDate: MONDAY, now: NINE_THIRTY });
    // 09:30: past the 1 h response window (09:00) by 30 minutes, before the 4 h solution window.
    expect(a.issues!.escalations.map((e) => [e.window, e.hoursLate])).toEqual([["response", 0.5]]);
  });

  it("has no issue analysis without an issue log, and the log's windows without a consensus form", () => {
    expect(analyseWeekly(snapshot({ log: false }), t3, { statusDate: MONDAY, now: NINE_THIRTY }).issues).toBeNull();
    const a = analyseWeekly(snapshot({ consensus: false }), t3, { statusDate: MONDAY, now: NINE_THIRTY });
    expect(a.majorSource).toBe("issueLog");
    expect(a.projectName).toBe("Other name");
  });

  it("reports bad windows as a problem and leaves the issues out", () => {
    const s = snapshot();
    s.forms.c1.values.solutionHours = "half a day";
    const a = analyseWeekly(s, t3, { statusDate: MONDAY, now: NINE_THIRTY });
    expect(a.problems.map((p) => p.part)).toEqual(["windows"]);
    expect(a.issues).toBeNull();
  });

  it("throws when the WBS is not in the snapshot any more", () => {
    expect(() => analyseWeekly(snapshot(), { ...t3, id: "gone" }, { statusDate: MONDAY, now: NINE_THIRTY })).toThrow(
      RangeError,
    );
  });

  it("writes the brief in the asked language from the same analysis", () => {
    const a = analyseWeekly(snapshot(), t3, { statusDate: MONDAY, now: NINE_THIRTY });
    expect(briefOf(a, "zh-CN").language).toBe("zh-CN");
    expect(
      briefOf(a, "en-US")
        .sections.find((s) => s.id === "lagging")!
        .rows.map((r) => r.ref?.id),
    ).toEqual(["WBS-001"]);
  });

  it("names the project from the first form that has a name", () => {
    const s = snapshot();
    s.forms.c1.values.projectName = "  ";
    expect(projectNameOf(s)).toBe("Other name");
  });
});

describe("weekly data: selection outcome", () => {
  it("says whether every row, only the first block, or none was selected", () => {
    expect(selectionOutcome(3, 3).kind).toBe("all");
    expect(selectionOutcome(3, 2)).toEqual({ kind: "partial", selected: 2, asked: 3 });
    expect(selectionOutcome(3, 0).kind).toBe("none");
  });
});
