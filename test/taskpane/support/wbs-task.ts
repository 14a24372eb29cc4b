import type { WbsTask } from "../../../src/hosts/types";

/** A WBS row as a host reads it: blank but for its row, id and name (`WBS-00n`, `Task n`); the test sets the rest. */
export function wbsTask(row: number, fields: Partial<WbsTask> = {}): WbsTask {
  return {
    row,
    taskId: `WBS-00${row}`,
    taskName: `Task ${row}`,
    department: "",
    owner: "",
    predecessors: "",
    start: null,
    due: null,
    finish: null,
    progress: null,
    blocker: "",
    lagReason: "",
    status: "",
    resources: "",
    notes: "",
    measures: "",
    measuresDue: null,
    lagDays: "",
    waitingOn: "",
    ...fields,
  };
}
