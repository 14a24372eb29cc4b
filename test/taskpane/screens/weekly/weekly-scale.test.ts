import type { InstanceRecord } from "../../../../src/core";
import type { ProjectSnapshot, WbsTask } from "../../../../src/hosts/types";
import { briefHtml, briefText } from "../../../../src/render/brief";
import { analyseWeekly, briefOf } from "../../../../src/taskpane/screens/weekly";

const MONDAY = 46342;
const t3: InstanceRecord = { template: "T3", id: "w", language: "en-US", version: 2 };
const t6: InstanceRecord = { template: "T6", id: "i", language: "en-US", version: 2 };

/** n tasks, each after the three before it (3n links), dated so that every status occurs; n / 10 issues. */
function project(n: number): ProjectSnapshot {
  const id = (i: number) => `WBS-${String(i + 1).padStart(5, "0")}`;
  const tasks: WbsTask[] = Array.from({ length: n }, (_, i) => ({
    row: i + 1,
    taskId: id(i),
    taskName: `Task ${i + 1}`,
    department: `Dept ${i % 7}`,
    owner: "Li",
    predecessors: [i - 1, i - 2, i - 3]
      .filter((p) => p >= 0)
      .map(id)
      .join(", "),
    start: MONDAY - 20 + (i % 40),
    due: MONDAY - 5 + (i % 30),
    finish: i % 5 === 0 ? MONDAY - 6 : null,
    progress: (i % 10) / 10,
    blocker: i % 11 === 0 ? "Waiting for approval" : "",
    lagReason: i % 3 === 0 ? "Short of people" : "",
    status: "",
    resources: "",
    notes: "",
    measures: i % 4 === 0 ? "Extra reviewer" : "",
    measuresDue: i % 8 === 0 ? MONDAY - 1 : null,
    lagDays: "",
    waitingOn: "",
  }));
  const issues = Array.from({ length: n / 10 }, (_, i) => ({
    issueId: `ISS-${i + 1}`,
    raisedAt: MONDAY - (i % 5),
    severity: i % 2 ? "major" : "normal",
    owner: "Wu",
  }));
  return {
    instances: [
      { record: t3, location: "WBS" },
      { record: t6, location: "Issues" },
    ],
    forms: {
      i: { values: { projectName: "Scale", normalResponseHours: 8, normalSolutionHours: 72 }, tables: { issues } },
    },
    ledger: [],
    wbs: { w: { instance: t3, statusDate: MONDAY, updateDate: MONDAY - 2, tasks, calendar: [] } },
  };
}

function fastest(times: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe("weekly review at scale", () => {
  it("analyses 10,000 tasks with 30,000 links in linear time, and writes the brief", () => {
    const now = new Date(2026, 10, 16, 10, 0);
    const timed = (n: number) => {
      const snapshot = project(n);
      return fastest(3, () => analyseWeekly(snapshot, t3, { statusDate: MONDAY, now }));
    };
    const small = timed(1_000);
    const large = timed(10_000);
    const analysis = analyseWeekly(project(10_000), t3, { statusDate: MONDAY, now });
    const brief = fastest(3, () => {
      const b = briefOf(analysis, "en-US");
      briefText(b);
      briefHtml(b);
    });
    const perTask = (ms: number, n: number) => (ms * 1000) / n;
    const growth = perTask(large, 10_000) / perTask(small, 1_000);
    console.log(
      `weekly review analysis: ${perTask(small, 1_000).toFixed(1)} µs/task at 1,000 tasks, ` +
        `${perTask(large, 10_000).toFixed(1)} µs/task at 10,000 tasks / ${analysis.wbs.links} links ` +
        `(${growth.toFixed(2)}x; ${Math.round(10_000 / (large / 1000)).toLocaleString("en-US")} rows/s); ` +
        `brief + text + HTML at 10,000 tasks ${brief.toFixed(0)} ms`,
    );
    expect(analysis.wbs.tasks).toHaveLength(10_000);
    expect(analysis.wbs.links).toBe(29_994);
    expect(analysis.wbs.lagging.length).toBeGreaterThan(0);
    expect(analysis.issues!.escalations.length).toBeGreaterThan(0);
    // Linear: ten times the tasks cost about ten times the time (a quadratic step would be 10x per task).
    expect(growth).toBeLessThan(3);
    // Whatever the machine's load, the pane never waits seconds (fastest of three runs).
    expect(large).toBeLessThan(3000);
    expect(brief).toBeLessThan(3000);
  });
});
