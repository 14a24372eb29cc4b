/** The brief of a 10,000-task WBS renders in under a second in each form (processor time, best of three runs). */
import { analyseWbs, weeklyBrief } from "../../../src/core";
import { briefHtml, briefText, planBriefSheet } from "../../../src/render/brief";
import { largeWbs, MONDAY } from "../../core/analysis/fixtures";
import { bestCpuMs } from "../../core/analysis/timing";

describe("the brief of 10,000 tasks", () => {
  const wbs = analyseWbs({ rows: largeWbs(10_000), statusDate: MONDAY, updateDate: MONDAY });
  const brief = weeklyBrief(wbs, null, { statusDate: MONDAY, projectName: "P", language: "en-US" });
  const listed = brief.sections.reduce((sum, s) => sum + s.rows.length, 0);

  it("lists thousands of rows", () => {
    expect(listed).toBeGreaterThan(5_000);
  });

  it.each([
    ["HTML", () => briefHtml(brief)],
    ["plain text", () => briefText(brief)],
    ["a sheet plan", () => planBriefSheet(brief)],
  ])("renders as %s in under a second", (_, render) => {
    expect(bestCpuMs(3, render)).toBeLessThan(1000);
  });
});
