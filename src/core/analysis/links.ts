/**
 * The WBS's dependency links, checked in one pass: ids by key, duplicate ids, predecessor ids that are not task ids,
 * and the cycles (the iterative Tarjan search of dependencies.ts). Linear in tasks + links.
 */
import { findCycles, normalizeId, splitPredecessors } from "../dependencies";

/** What the link check needs of a row: its position in the input, its id and its predecessors text. */
export interface LinkRow {
  /** The sheet row the caller gave (reported back so the pane can select it). */
  row: number;
  taskId: string;
  predecessors: string;
}

export interface UnknownPredecessor {
  row: number;
  taskId: string;
  /** The predecessor id as written, not found among the task ids. */
  id: string;
}

export interface DuplicateId {
  /** The id as first written. */
  id: string;
  /** Every row carrying it, in input order. */
  rows: number[];
}

export interface DependencyCycle {
  /** The tasks of one cycle (a group of tasks that wait on each other, a self-reference included), in input order. */
  ids: string[];
  rows: number[];
}

export interface Links {
  /** Input index of each task key (normalized id; the first row when an id is repeated). */
  indexOf: ReadonlyMap<string, number>;
  /** Per input row: input indexes of its known predecessors, repeats and unknown ids left out. */
  predecessors: ReadonlyArray<readonly number[]>;
  unknown: UnknownPredecessor[];
  duplicates: DuplicateId[];
  /** Each cycle once, ordered by its first row in the input. */
  cycles: DependencyCycle[];
  /** Number of links (known predecessor references). */
  links: number;
}

export function analyseLinks(rows: readonly LinkRow[]): Links {
  const indexOf = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const key = normalizeId(r.taskId);
    if (key === "") return;
    const first = indexOf.get(key);
    if (first === undefined) indexOf.set(key, i);
    else {
      const list = repeated.get(key);
      if (list) list.push(r.row);
      else repeated.set(key, [rows[first].row, r.row]);
    }
  });
  const unknown: UnknownPredecessor[] = [];
  let links = 0;
  const predecessors = rows.map((r) => {
    const known: number[] = [];
    for (const id of splitPredecessors(r.predecessors)) {
      const index = indexOf.get(normalizeId(id));
      if (index === undefined) unknown.push({ row: r.row, taskId: r.taskId.trim(), id });
      else known.push(index);
    }
    links += known.length;
    return known;
  });
  const duplicates = [...repeated].map(([key, list]) => ({ id: rows[indexOf.get(key)!].taskId.trim(), rows: list }));
  return { indexOf, predecessors, unknown, duplicates, cycles: cyclesOf(rows, indexOf, predecessors), links };
}

/**
 * findCycles over the tasks that can be in a cycle, each cycle's ids put back in input order. Tasks that wait on
 * nothing, then those that only wait on such tasks, and so on (Kahn's order), are in none: they are peeled off first
 * with integer arrays, so a WBS without cycles (the usual one) costs one linear pass and no string work.
 */
function cyclesOf(
  rows: readonly LinkRow[],
  indexOf: ReadonlyMap<string, number>,
  predecessors: ReadonlyArray<readonly number[]>,
): DependencyCycle[] {
  const n = rows.length;
  const pending = new Int32Array(n);
  const successorCount = new Int32Array(n + 1);
  predecessors.forEach((list, i) => {
    pending[i] = list.length;
    for (const p of list) successorCount[p + 1]++;
  });
  // Successors in one flat array (compressed rows): successorsAt[p] … successorsAt[p + 1] - 1.
  const successorsAt = successorCount;
  for (let i = 0; i < n; i++) successorsAt[i + 1] += successorsAt[i];
  const successors = new Int32Array(successorsAt[n]);
  const filled = successorsAt.slice(0, n);
  predecessors.forEach((list, i) => list.forEach((p) => (successors[filled[p]++] = i)));
  const free: number[] = [];
  for (let i = 0; i < n; i++) if (pending[i] === 0) free.push(i);
  for (let head = 0; head < free.length; head++) {
    const task = free[head];
    for (let k = successorsAt[task]; k < successorsAt[task + 1]; k++)
      if (--pending[successors[k]] === 0) free.push(successors[k]);
  }
  const nodes: Array<{ id: string; predecessors: string[] }> = [];
  for (const i of indexOf.values()) {
    if (pending[i] === 0) continue;
    nodes.push({
      id: normalizeId(rows[i].taskId),
      predecessors: predecessors[i].map((p) => normalizeId(rows[p].taskId)),
    });
  }
  return findCycles(nodes)
    .map((cycle) => cycle.map((key) => indexOf.get(key)!).sort((a, b) => a - b))
    .sort((a, b) => a[0] - b[0])
    .map((indexes) => ({ ids: indexes.map((i) => rows[i].taskId.trim()), rows: indexes.map((i) => rows[i].row) }));
}
