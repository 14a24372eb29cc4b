import { analyseIssues, analyseWbs, type Language, weeklyBrief } from "../../../src/core";
import { d } from "../../support/dates";
import { dt, issueRow, MONDAY, wbsRow } from "./fixtures";

/** A small project on Monday 2026-11-16, its WBS last updated ten days before. */
export const SCENARIO_WBS = analyseWbs({
  statusDate: MONDAY,
  updateDate: d("2026-11-06"),
  rows: [
    wbsRow(7, "WBS-001", { taskName: "Spec", start: d("2026-11-02"), due: d("2026-11-13"), finish: d("2026-11-12") }),
    wbsRow(8, "WBS-002", {
      taskName: "Design",
      department: "Design",
      owner: "Chen",
      start: d("2026-11-02"),
      due: d("2026-11-13"),
      progress: 0.6,
      lagReason: "设计资源不足",
    }),
    wbsRow(9, "WBS-003", {
      taskName: "Build",
      start: d("2026-11-09"),
      due: d("2026-11-30"),
      progress: 0.2,
      predecessors: "WBS-002",
    }),
    wbsRow(10, "WBS-004", {
      taskName: "Materials",
      department: "Marketing",
      owner: "Wu",
      due: d("2026-11-30"),
      blocker: "Budget not approved",
    }),
    wbsRow(11, "WBS-005", { taskName: "Kickoff", finish: d("2026-11-09") }),
    wbsRow(12, "WBS-006", { taskName: "Docs", start: d("2026-11-09"), due: d("2026-11-30"), progress: 0.5 }),
  ],
});

export const SCENARIO_ISSUES = analyseIssues({
  statusTime: dt("2026-11-16 12:00"),
  windows: { major: { response: 2, solution: 24 } },
  rows: [
    issueRow(5, "ISS-001", { raisedAt: dt("2026-11-16 09:00"), description: "Supplier <late>" }),
    issueRow(6, "ISS-002", { severity: "normal", raisedAt: dt("2026-11-16 10:00"), measures: "call daily" }),
    issueRow(7, "ISS-003", { raisedAt: dt("2026-11-12 09:00"), resolvedAt: dt("2026-11-12 11:00") }),
  ],
});

export const scenarioBrief = (language: Language) =>
  weeklyBrief(SCENARIO_WBS, SCENARIO_ISSUES, { statusDate: MONDAY, projectName: " Launch 2027 ", language });
