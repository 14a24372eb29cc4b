import { DEFAULT_CALENDAR } from "../calendar";
import { findCycles, normalizeId, splitPredecessors } from "../dependencies";
import { assessTask, STATUS_LABELS, type TaskStatus } from "../status";
import { getTemplate, tablesOf } from "../templates";
import type { ProjectTask, ProjectWbs } from "./types";

/** What the loop needs to know about a WBS, found in one pass over its rows (plus a linear cycle search). */
export interface WbsFacts {
  /** Rows with anything typed in them (a pre-filled task id alone does not count). */
  tasks: number;
  counts: Record<TaskStatus, number>;
  departments: number;
  dependencies: number;
  /** Task ids (or row numbers) of rows missing a required column: name, department, owner or due date. */
  incomplete: string[];
  unknownPredecessors: string[];
  cycles: string[][];
  /** Lagging or blocked tasks with no reason: no lag reason, and for Blocked no blocker nor predecessor either. */
  withoutReason: string[];
  /** Every task is completed. */
  finished: boolean;
  /** Days since the update date; null when it is blank, undefined when the host did not read it. */
  updateAge: number | null | undefined;
}

const STATUS_BY_TEXT = new Map<string, TaskStatus>(
  Object.values(STATUS_LABELS).flatMap((labels) =>
    Object.entries(labels).map(([status, label]) => [label.toLowerCase(), status as TaskStatus] as const),
  ),
);

/** The columns a task must have, from the template (its required typed columns). */
const REQUIRED = tablesOf(getTemplate("T3"))
  .find((t) => t.id === "tasks")!
  .columns.filter((c) => c.required && c.kind !== "formula" && c.id !== "taskId")
  .map((c) => c.id as keyof ProjectTask);

const blank = (value: unknown) => value === null || value === undefined || String(value).trim() === "";

function isTyped(task: ProjectTask): boolean {
  return ![
    task.taskName,
    task.department,
    task.owner,
    task.predecessors,
    task.start,
    task.due,
    task.finish,
    task.progress,
    task.blocker,
    task.lagReason,
  ].every(blank);
}

/**
 * A task's status: the sheet's own result when it is a status label in either language, else the rules of SPEC §4
 * for the status date on a Monday–Friday calendar (the preview, or a sheet whose formulas have not run).
 */
function statusOf(task: ProjectTask, waitingOn: readonly string[], statusDate: number): TaskStatus {
  const shown = STATUS_BY_TEXT.get(task.status.trim().toLowerCase());
  if (shown) return shown;
  const { start, due, finish, progress, blocker } = task;
  return assessTask({ start, due, finish, progress, blocker: blocker.trim(), waitingOn }, statusDate, DEFAULT_CALENDAR)
    .status;
}

/** Each cycle's tasks in row order: a cycle is a group of tasks that wait on each other, not always one path. */
function inRowOrder(cycles: string[][], nodes: ReadonlyArray<{ id: string }>): string[][] {
  const row = new Map(nodes.map((n, i) => [n.id, i] as const));
  return cycles.map((cycle) => [...cycle].sort((a, b) => (row.get(a) ?? 0) - (row.get(b) ?? 0)));
}

export function wbsFacts(wbs: ProjectWbs, today: number): WbsFacts {
  const rows = wbs.tasks.filter(isTyped);
  const byId = new Map<string, ProjectTask>();
  for (const task of rows) if (!blank(task.taskId)) byId.set(normalizeId(task.taskId), task);
  const open = (id: string) => {
    const task = byId.get(normalizeId(id));
    return task !== undefined && task.finish === null && (task.progress === null || task.progress < 1);
  };
  const counts: Record<TaskStatus, number> = { completed: 0, inProgress: 0, lagging: 0, blocked: 0, notStarted: 0 };
  const departments = new Set<string>();
  const facts = { incomplete: [] as string[], unknownPredecessors: [] as string[], withoutReason: [] as string[] };
  const nodes: Array<{ id: string; predecessors: string[] }> = [];
  let dependencies = 0;
  rows.forEach((task, i) => {
    const name = blank(task.taskId) ? `#${i + 1}` : task.taskId.trim();
    const predecessors = splitPredecessors(task.predecessors);
    dependencies += predecessors.length;
    for (const p of predecessors) if (!byId.has(normalizeId(p))) facts.unknownPredecessors.push(p);
    nodes.push({ id: name, predecessors });
    if (REQUIRED.some((column) => blank(task[column]))) facts.incomplete.push(name);
    if (!blank(task.department)) departments.add(task.department.trim().toLowerCase());
    const status = statusOf(task, predecessors.filter(open), wbs.statusDate ?? today);
    counts[status]++;
    const reason = !blank(task.lagReason) || (status === "blocked" && (!blank(task.blocker) || predecessors.length));
    if ((status === "lagging" || status === "blocked") && !reason) facts.withoutReason.push(name);
  });
  const updateAge =
    wbs.updateDate === undefined ? undefined : wbs.updateDate === null ? null : today - Math.floor(wbs.updateDate);
  return {
    tasks: rows.length,
    counts,
    departments: departments.size,
    dependencies,
    ...facts,
    cycles: inRowOrder(findCycles(nodes), nodes),
    finished: rows.length > 0 && counts.completed === rows.length,
    updateAge,
  };
}
