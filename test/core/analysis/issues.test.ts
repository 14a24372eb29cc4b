import { analyseIssues, ConcordInputError, type IssueRow, type SeverityWindows } from "../../../src/core";
import { dt, issueRow } from "./fixtures";

const WINDOWS: SeverityWindows = { major: { response: 2, solution: 24 }, normal: { response: 8, solution: 72 } };
const NOW = dt("2026-11-16 12:00");
const analyse = (rows: IssueRow[], windows = WINDOWS) => analyseIssues({ rows, statusTime: NOW, windows });

describe("analyseIssues: SLA by severity on Monday 2026-11-16 12:00", () => {
  const a = analyse([
    issueRow(5, "ISS-001", { raisedAt: dt("2026-11-16 09:00") }),
    issueRow(6, "ISS-002", { raisedAt: dt("2026-11-15 09:00"), respondedAt: dt("2026-11-15 10:00"), owner: "" }),
    issueRow(7, "ISS-003", { severity: "normal", raisedAt: dt("2026-11-16 09:00") }),
    issueRow(8, "ISS-004", { severity: " Minor ", raisedAt: dt("2026-11-10 09:00") }),
    issueRow(9, "ISS-005", { severity: "重大", raisedAt: dt("2026-11-16 11:30") }),
    issueRow(10, "ISS-006", { raisedAt: dt("2026-11-10 09:00"), resolvedAt: dt("2026-11-12 09:00") }),
    issueRow(11, "ISS-007", { raisedAt: dt("2026-11-16 09:00"), respondedAt: dt("2026-11-16 08:00") }),
    issueRow(12, "ISS-008", { raisedAt: dt("2026-11-16 09:00"), respondedAt: dt("2026-11-16 11:30") }),
    issueRow(13, "ISS-009", { raisedAt: dt("2026-11-15 09:00"), owner: "", raisedBy: "" }),
    issueRow(14, "ISS-010", { severity: "", owner: "", raisedBy: "", description: "" }),
  ]);

  it("gives each issue the state of its own severity's windows; none without windows", () => {
    expect(a.issues.map((i) => [i.row, i.issueId, i.severity, i.state, i.open])).toEqual([
      [5, "ISS-001", "major", "responseOverdue", true],
      [6, "ISS-002", "major", "solutionOverdue", true],
      [7, "ISS-003", "normal", "open", true],
      [8, "ISS-004", "Minor", null, true],
      [9, "ISS-005", "major", "open", true],
      [10, "ISS-006", "major", "solutionOverdue", false],
      [11, "ISS-007", "major", null, true],
      [12, "ISS-008", "major", "responseOverdue", true],
      [13, "ISS-009", "major", "solutionOverdue", true],
    ]);
    expect(a.issues[4].severityLabel).toEqual({ "en-US": "Major", "zh-CN": "重大" });
    expect(a.issues[3].severityLabel).toBeNull();
    expect(a.open.map((i) => i.issueId)).not.toContain("ISS-006");
  });

  it("lists open issues past a window: which window, hours late, who must act", () => {
    expect(a.escalations.map((e) => [e.issue.issueId, e.window, e.hoursLate, e.actorRole, e.actor])).toEqual([
      ["ISS-001", "response", 1, "owner", "Wang"],
      ["ISS-002", "solution", 3, "raiser", "Zhao"],
      ["ISS-008", "response", 0.5, "owner", "Wang"],
      ["ISS-009", "solution", 3, "none", ""],
    ]);
  });

  it("reports issues whose times contradict each other, with sla.ts's error", () => {
    expect(a.invalid.map((i) => i.issueId)).toEqual(["ISS-007"]);
    expect(a.invalid[0].error).toBeInstanceOf(ConcordInputError);
    expect(a.invalid[0].error).toMatchObject({ argument: "respondedAt", key: "beforeRaised" });
  });
});

describe("analyseIssues: windows", () => {
  const late = [issueRow(5, "ISS-001", { severity: "Normal", raisedAt: dt("2026-11-15 09:00") })];

  it("never applies the major clock to a severity without windows", () => {
    const a = analyse(late, { major: { response: 2, solution: 24 } });
    expect(a.issues[0]).toMatchObject({ severity: "normal", windows: null, state: null });
    expect(a.escalations).toEqual([]);
  });

  it("uses the windows given for the severity (27 h after raising: 8 h response missed, 72 h solution not)", () => {
    const a = analyse(late);
    expect(a.issues[0]).toMatchObject({ windows: { responseHours: 8, solutionHours: 72 }, state: "responseOverdue" });
    expect(a.escalations.map((e) => [e.window, e.hoursLate])).toEqual([["response", 19]]);
  });

  it("takes windows keyed by a severity's label too", () => {
    const a = analyse(late, { 一般: { response: 8, solution: 72 } });
    expect(a.issues[0]).toMatchObject({ severity: "normal", state: "responseOverdue" });
  });

  it("refuses windows whose solution comes before the response", () => {
    expect(() => analyse(late, { major: { response: 24, solution: 2 } })).toThrow(ConcordInputError);
  });

  it("an empty log has nothing to escalate", () => {
    expect(analyse([])).toEqual({ statusTime: NOW, issues: [], open: [], escalations: [], invalid: [] });
  });
});
