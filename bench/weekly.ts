/**
 * The weekly refresh's analysis at scale (issue 8): a 10,000-task WBS with 30,000 dependency links and 1,000 issues —
 * `analyseWbs`, `analyseIssues`, `weeklyBrief` and its text and HTML renderings, best of a few runs. Prints
 * `Weekly analysis (…): <rows/s> rows/s; brief <ms> ms (text <ms> ms, HTML <ms> ms)`.
 */
import { analyseIssues, analyseWbs, serialFromDate, weeklyBrief, type IssueRow, type WbsRow } from "../src/core";
import { briefHtml, briefText } from "../src/render/brief";
import { mulberry32 } from "../test/support/random";

const TASKS = 10_000;
const LINKS_PER_TASK = 3;
const ISSUES = 1_000;
const RUNS = 3;
const STATUS_DATE = serialFromDate(2026, 11, 16);

const id = (i: number) => `WBS-${String(i + 1).padStart(5, "0")}`;

function wbsRows(rand: () => number): WbsRow[] {
  return Array.from({ length: TASKS }, (_, i): WbsRow => {
    // Three distinct earlier tasks (none for the first three): no cycle, 30,000 links less the first rows'.
    const before = new Set<number>();
    while (i >= LINKS_PER_TASK && before.size < LINKS_PER_TASK) before.add(Math.floor(rand() * i));
    const start = STATUS_DATE - 40 + Math.floor(rand() * 60);
    const finished = rand() < 0.3;
    return {
      row: i + 1,
      taskId: id(i),
      taskName: `Task ${i + 1}`,
      department: ["Customer service", "Product", "Engineering", "Legal"][i % 4],
      owner: `Owner ${i % 50}`,
      predecessors: [...before].map(id).join(", "),
      start,
      due: start + 5 + Math.floor(rand() * 20),
      finish: finished ? start + Math.floor(rand() * 25) : null,
      progress: finished ? 1 : Math.round(rand() * 20) / 20,
      blocker: rand() < 0.03 ? "Waiting for a decision" : "",
      lagReason: rand() < 0.5 ? "Resources short" : "",
      measures: rand() < 0.3 ? "Second reviewer" : "",
      measuresDue: null,
    };
  });
}

function issueRows(rand: () => number): IssueRow[] {
  return Array.from({ length: ISSUES }, (_, i): IssueRow => {
    const raisedAt = STATUS_DATE - rand() * 5;
    return {
      row: i + 1,
      issueId: `ISS-${i + 1}`,
      raisedAt,
      respondedAt: rand() < 0.7 ? raisedAt + rand() / 6 : null,
      resolvedAt: rand() < 0.5 ? raisedAt + rand() * 2 : null,
      severity: rand() < 0.3 ? "major" : "normal",
      owner: rand() < 0.9 ? `Owner ${i % 50}` : "",
      raisedBy: "Li Na",
      description: `Issue ${i + 1}`,
      measures: "",
    };
  });
}

function fastest<T>(work: () => T): { ms: number; result: T } {
  let ms = Infinity;
  let result = work();
  for (let run = 0; run < RUNS; run++) {
    const t0 = process.hrtime.bigint();
    result = work();
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms, result };
}

/** Prints the line; returns false when the analysis does not see the links it was given. */
export function benchWeekly(): boolean {
  const rand = mulberry32(20261116);
  const rows = wbsRows(rand);
  const issues = issueRows(rand);
  const windows = { major: { response: 2, solution: 24 }, normal: { response: 8, solution: 72 } };
  const analysis = fastest(() => {
    const wbs = analyseWbs({ rows, statusDate: STATUS_DATE, updateDate: STATUS_DATE - 3 });
    const log = analyseIssues({ rows: issues, statusTime: STATUS_DATE + 0.5, windows });
    return { wbs, log };
  });
  const { wbs, log } = analysis.result;
  const brief = fastest(() =>
    weeklyBrief(wbs, log, { statusDate: STATUS_DATE, projectName: "Bench", language: "en-US" }),
  );
  const text = fastest(() => briefText(brief.result));
  const html = fastest(() => briefHtml(brief.result));
  const rate = Math.round((TASKS + ISSUES) / (analysis.ms / 1000) / 1000) * 1000;
  const n = (x: number) => x.toLocaleString("en-US");
  console.log(
    `Weekly analysis (${n(TASKS)} tasks, ${n(wbs.links)} links, ${n(ISSUES)} issues): ${n(rate)} rows/s; ` +
      `brief ${brief.ms.toFixed(1)} ms (text ${text.ms.toFixed(1)} ms, HTML ${html.ms.toFixed(1)} ms)`,
  );
  if (wbs.links < TASKS * LINKS_PER_TASK - 10 || wbs.cycles.length > 0) {
    console.error(
      `Weekly analysis: expected about ${n(TASKS * LINKS_PER_TASK)} links and no cycle, got ${n(wbs.links)}`,
    );
    return false;
  }
  return true;
}
