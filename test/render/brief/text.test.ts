import { briefText } from "../../../src/render/brief";
import { scenarioBrief } from "../../core/analysis/scenario";
import { FORMULA, hostileBrief, SCRIPT } from "./hostile";

const sectionOf = (text: string, heading: string) => {
  const start = text.indexOf(`## ${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf("\n\n", start);
  return text
    .slice(start, end < 0 ? undefined : end)
    .trimEnd()
    .split("\n");
};

describe("briefText", () => {
  it("opens with the title and the facts, in English", () => {
    expect(briefText(scenarioBrief("en-US")).split("\n").slice(0, 7)).toEqual([
      "# Progress brief · Launch 2027",
      "",
      "Project: Launch 2027",
      "Status date: 2026-11-16",
      "Tasks completed: 2 of 6",
      "Mean % complete (each task counts once, completed = 100%): 55%",
      "WBS updated: 2026-11-06 (10 days before the status date)",
    ]);
  });

  it("writes one bullet per row, the first cell naming it and the other cells labelled, blanks left out", () => {
    const text = briefText(scenarioBrief("en-US"));
    expect(sectionOf(text, "Lagging tasks")).toEqual([
      "## Lagging tasks",
      "- WBS-002: Task: Design; Department: Design; Owner: Chen; Due: 2026-11-13; Lag (working days): 1; " +
        "% complete: 60%; Lag reason: 设计资源不足",
    ]);
    expect(sectionOf(text, "Overall progress")[1]).toBe("- Completed: Tasks: 2; Share: 33%");
    expect(sectionOf(text, "Decisions needed")).toEqual([
      "## Decisions needed",
      "- WBS-004 Materials is blocked: Budget not approved",
      "- WBS-002 Design has been lagging for more than 24 hours without response measures",
      "- ISS-001 (Major) is past its response window by 1 h; owner to act: Wang",
      "- The WBS was last updated 10 days ago (2026-11-06): refresh it",
    ]);
  });

  it("uses Chinese words and punctuation for a Chinese brief", () => {
    const text = briefText(scenarioBrief("zh-CN"));
    expect(
      text.startsWith("# 进度简报 · Launch 2027\n\n项目：Launch 2027\n状态日期：2026-11-16\n已完成任务：2 / 6\n"),
    ).toBe(true);
    expect(sectionOf(text, "阻塞任务")).toEqual([
      "## 阻塞任务",
      "- WBS-003：任务：Build；部门：R&D；负责人：Li；阻塞原因：等待前置任务 WBS-002",
      "- WBS-004：任务：Materials；部门：Marketing；负责人：Wu；阻塞原因：Budget not approved",
    ]);
    expect(sectionOf(text, "未解决问题")[1]).toBe(
      "- ISS-001：严重程度：重大；负责人：Wang；提出时间：2026-11-16 09:00；时效状态：响应超时；问题描述：Supplier <late>",
    );
  });

  it("keeps user text on its line: a line break cannot start a heading or a bullet", () => {
    const text = briefText(hostileBrief("en-US"));
    const lines = text.split("\n");
    expect(lines.filter((l) => l.startsWith("#"))).toEqual([
      `# Progress brief · Q&A "launch" <b>`,
      "## Overall progress",
      "## Tasks by department",
      "## Finished this week (2026-11-10 – 2026-11-16)",
      "## Lagging tasks",
      "## Blocked tasks",
      "## Open issues",
      "## Decisions needed",
    ]);
    expect(lines).toContain(`- WBS-001 ${SCRIPT} is blocked: ${FORMULA}`);
    expect(sectionOf(text, "Lagging tasks")[1]).toContain(
      "Lag reason: line one # not a heading; Response measures: +SUM(A1)",
    );
    expect(sectionOf(text, "Finished this week (2026-11-10 – 2026-11-16)")).toEqual([
      "## Finished this week (2026-11-10 – 2026-11-16)",
      "None.",
    ]);
  });
});
