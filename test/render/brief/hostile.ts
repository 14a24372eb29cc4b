import { analyseIssues, analyseWbs, type Language, weeklyBrief } from "../../../src/core";
import { d } from "../../support/dates";
import { dt, issueRow, MONDAY, wbsRow } from "../../core/analysis/fixtures";

/** User text that must stay inert in every rendering. */
export const SCRIPT = `<script>alert("x")</script>`;
export const FORMULA = `=cmd|' /C calc'!A0`;
export const HOSTILE_PROJECT = `Q&A "launch" <b>`;

/** A brief whose task name, blocker, lag reason, issue description and project name are hostile text. */
export function hostileBrief(language: Language) {
  const wbs = analyseWbs({
    statusDate: MONDAY,
    updateDate: MONDAY,
    rows: [
      wbsRow(7, "WBS-001", { taskName: SCRIPT, due: d("2026-11-30"), blocker: FORMULA }),
      wbsRow(8, "WBS-002", {
        taskName: "Two\nlines",
        due: d("2026-11-13"),
        lagReason: `line one\n# not a heading`,
        measures: "+SUM(A1)",
      }),
    ],
  });
  const issues = analyseIssues({
    statusTime: dt("2026-11-16 12:00"),
    windows: { major: { response: 2, solution: 24 } },
    rows: [issueRow(5, "ISS-001", { raisedAt: dt("2026-11-16 11:00"), description: FORMULA, owner: SCRIPT })],
  });
  return weeklyBrief(wbs, issues, { statusDate: MONDAY, projectName: HOSTILE_PROJECT, language });
}
