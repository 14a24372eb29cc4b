import type { IssueRow, WbsRow } from "../../../src/core";
import { d } from "../../support/dates";

/** A WBS row with nothing but its sheet row and id; the test fills in what it is about. */
export function wbsRow(row: number, taskId: string, rest: Partial<WbsRow> = {}): WbsRow {
  return {
    row,
    taskId,
    taskName: `Task ${taskId}`,
    department: "R&D",
    owner: "Li",
    predecessors: "",
    start: null,
    due: null,
    finish: null,
    progress: null,
    blocker: "",
    lagReason: "",
    ...rest,
  };
}

export function issueRow(row: number, issueId: string, rest: Partial<IssueRow> = {}): IssueRow {
  return {
    row,
    issueId,
    raisedAt: null,
    respondedAt: null,
    resolvedAt: null,
    severity: "major",
    owner: "Wang",
    raisedBy: "Zhao",
    description: `Issue ${issueId}`,
    measures: "",
    ...rest,
  };
}

/** A date-time serial: "2026-11-16 09:30". */
export function dt(text: string): number {
  const [date, time] = text.split(" ");
  const [h, m] = time.split(":").map(Number);
  return d(date) + (h * 60 + m) / 1440;
}

/** Monday 2026-11-16, the status date of most cases. */
export const MONDAY = d("2026-11-16");

/**
 * A WBS of `n` tasks with 3 links each (but the first few): every fourth task is finished and the others wait on the
 * three finished tasks before them, every seventh also on the task just before it (then it waits: Blocked or not yet
 * started). Statuses of every kind, lagging tasks with and without measures, 8 departments.
 */
export function largeWbs(n: number): WbsRow[] {
  const id = (i: number) => `WBS-${String(i + 1).padStart(5, "0")}`;
  return Array.from({ length: n }, (_, i) => {
    const finished = i - (i % 4 || 4);
    const predecessors = [finished, finished - 4, finished - 8, ...(i % 7 === 0 ? [i - 1] : [])].filter((p) => p >= 0);
    return wbsRow(i + 7, id(i), {
      department: `Dept ${i % 8}`,
      predecessors: predecessors.map(id).join(", "),
      start: MONDAY - 30 + (i % 20),
      due: MONDAY - 5 + (i % 30),
      finish: i % 4 === 0 ? MONDAY - (i % 9) : null,
      progress: (i % 10) / 10,
      blocker: i % 50 === 1 ? "waiting for the vendor" : "",
      lagReason: i % 3 === 0 ? "design resources short" : "",
      measures: i % 5 === 0 ? "" : "extra reviewer",
      measuresDue: MONDAY - 1 + (i % 3),
    });
  });
}
