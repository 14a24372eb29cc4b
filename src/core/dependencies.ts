import { ConcordInputError, inputError } from "./errors";
import { parseDate } from "./dates";
import { RangeMemo } from "./range-memo";
import { cellsOf, isBlank, parseFraction } from "./values";

/** Predecessor ids as listed in the text, split on , ， ; ； 、 and white space; repeats dropped (ids compare case-insensitively). */
export function splitPredecessors(text: unknown): string[] {
  if (isBlank(text)) return [];
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const id of String(text).split(/[\s,，;；、]+/)) {
    const key = normalizeId(id);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    ids.push(id);
  }
  return ids;
}

export function normalizeId(id: unknown): string {
  return isBlank(id) ? "" : String(id).trim().toUpperCase();
}

/** Number of cells in a range, a list or a single value, without copying it. */
function cellCount(range: unknown): number {
  if (!Array.isArray(range)) return 1;
  let count = 0;
  for (const row of range) count += Array.isArray(row) ? row.length : 1;
  return count;
}

/** The cell at a row-order index of a rectangular range (a column in practice), without copying the range. */
function cellAt(range: unknown, index: number): unknown {
  if (!Array.isArray(range)) return index === 0 ? range : undefined;
  const first = range[0];
  if (!Array.isArray(first)) return range[index];
  const width = first.length;
  const row = range[Math.floor(index / width)];
  return Array.isArray(row) ? row[index % width] : undefined;
}

/** Row indexes by normalized id, reused by content: every row's formula passes the same id column. */
const recentIdIndexes = new RangeMemo<Map<string, number[]>>(4);

function idIndex(ids: unknown): Map<string, number[]> {
  return recentIdIndexes.get("ids", ids, () => {
    const index = new Map<string, number[]>();
    cellsOf(ids).forEach((cell, i) => {
      const key = normalizeId(cell);
      if (key === "") return;
      const rows = index.get(key);
      if (rows) rows.push(i);
      else index.set(key, [i]);
    });
    return index;
  });
}

/**
 * The predecessors that are not finished (finish blank and progress < 100 %), looked up in an index of the id column.
 * An id that is not in the column is `#N/A`; an id that appears more than once is `#VALUE!`. With `allPredecessors`
 * (the whole predecessors column, beside `ids`), a listed predecessor that is part of a cycle is `#VALUE!` naming the
 * cycle: the row is then in that cycle (a self-reference included) or waits on it, and either way waits for ever.
 * Without it the row's own id is unknown here, so no cycle, not even a self-reference, can be seen.
 */
export function unfinishedPredecessors(
  predecessors: unknown,
  ids: unknown,
  finishes: unknown,
  progresses: unknown,
  allPredecessors?: unknown,
): string[] {
  return waitingOnLookup(ids, finishes, progresses, allPredecessors)(predecessors);
}

/**
 * `unfinishedPredecessors` for many rows of one task table: the returned lookup takes a row's predecessor text. The
 * columns are checked and indexed on the first row that lists a predecessor (a row without any never fails), or at
 * once with `checkNow` (a whole table: mismatched columns are an error even where no row lists an id), then
 * reused, so a whole column of rows costs one pass over the table plus each row's own ids. The index and the cycles
 * are also reused by content across calls (`RangeMemo`): every row's formula passes the same columns.
 */
export function waitingOnLookup(
  ids: unknown,
  finishes: unknown,
  progresses: unknown,
  allPredecessors?: unknown,
  options: { checkNow?: boolean } = {},
): (predecessors: unknown) => string[] {
  let table: TaskTable | null = options.checkNow ? taskTable(ids, finishes, progresses, allPredecessors) : null;
  return (predecessors) => {
    const wanted = splitPredecessors(predecessors);
    if (wanted.length === 0) return [];
    table ??= taskTable(ids, finishes, progresses, allPredecessors);
    return waitingIn(table, wanted);
  };
}

function taskTable(ids: unknown, finishes: unknown, progresses: unknown, allPredecessors: unknown): TaskTable {
  const withCycles = allPredecessors !== null && allPredecessors !== undefined;
  const size = cellCount(ids);
  const ranges: Array<[unknown, string]> = [
    [finishes, "finishes"],
    [progresses, "progresses"],
  ];
  if (withCycles) ranges.push([allPredecessors, "allPredecessors"]);
  for (const [range, argument] of ranges) {
    const count = cellCount(range);
    if (count !== size) throw inputError(argument, "sizeMismatch", { value: count, other: String(size) });
  }
  const index = idIndex(ids);
  const cycles = withCycles ? cycleIndex(index, ids, allPredecessors) : null;
  return { index, cycles, finishes, progresses };
}

/** What a lookup needs: the id index, the cycles (when the predecessors column was given) and the status columns. */
interface TaskTable {
  index: Map<string, number[]>;
  cycles: CycleIndex | null;
  finishes: unknown;
  progresses: unknown;
}

function waitingIn(table: TaskTable, wanted: readonly string[]): string[] {
  return wanted.filter((id) => {
    const key = normalizeId(id);
    const rows = table.index.get(key) ?? [];
    if (rows.length === 0)
      throw new ConcordInputError("predecessors", "unknownPredecessor", { value: id }, "notAvailable");
    if (rows.length > 1) throw inputError("ids", "duplicateId", { value: id, other: String(rows.length) });
    const cycle = table.cycles?.through(key);
    if (cycle) throw inputError("predecessors", "cycle", { other: cycle.join(" → ") });
    const finish = parseDate(cellAt(table.finishes, rows[0]), "finishes");
    const progress = parseFraction(cellAt(table.progresses, rows[0]), "progresses");
    return finish === null && (progress === null || progress < 1);
  });
}

/** How far the search for a shortest cycle through a task goes before it names a longer one in part. */
const SEARCH_LIMIT = 64;

/**
 * The cycles of one task table and, for a task in one, a cycle through it to name in a message. Each lookup costs at
 * most SEARCH_LIMIT steps, so a table that is one huge cycle stays linear: every row of it is asked about.
 */
class CycleIndex {
  private readonly component = new Map<string, number>();
  private readonly named = new Map<string, string[]>();
  /** Who waits on each task, inside its cycle; built on the first lookup. */
  private successors: Map<string, string[]> | null = null;

  constructor(
    /** Predecessor keys by task key (normalized ids). */
    private readonly waitsOn: Map<string, string[]>,
    /** Task ids as written, by key. */
    private readonly names: Map<string, string>,
    cycles: readonly string[][],
  ) {
    cycles.forEach((cycle, c) => cycle.forEach((id) => this.component.set(normalizeId(id), c)));
  }

  /**
   * A cycle through the task in the order the tasks must finish (A → B: A is a predecessor of B), null when it is in
   * none: the shortest one, or, when that is too long to find, "task → next → … → previous → task".
   */
  through(key: string): string[] | null {
    const c = this.component.get(key);
    if (c === undefined) return null;
    let cycle = this.named.get(key);
    if (!cycle) {
      const keys = this.shortestCycle(key, c) ?? [key, this.successorsOf(key, c)[0], "…", this.inCycle(key, c)[0], key];
      cycle = shorten(keys).map((k) => this.names.get(k) ?? k);
      this.named.set(key, cycle);
    }
    return cycle;
  }

  private inCycle(key: string, c: number): string[] {
    return (this.waitsOn.get(key) ?? []).filter((k) => this.component.get(k) === c);
  }

  private successorsOf(key: string, c: number): string[] {
    if (!this.successors) {
      this.successors = new Map();
      for (const [task, cycle] of this.component) {
        for (const predecessor of this.inCycle(task, cycle)) {
          const list = this.successors.get(predecessor);
          if (list) list.push(task);
          else this.successors.set(predecessor, [task]);
        }
      }
    }
    return (this.successors.get(key) ?? []).filter((k) => this.component.get(k) === c);
  }

  /** Breadth-first along "waits on" edges inside the cycle, back to the start, read backwards; null past the limit. */
  private shortestCycle(start: string, c: number): string[] | null {
    const cameFrom = new Map<string, string>([[start, start]]);
    const queue = [start];
    for (let head = 0; head < queue.length && head < SEARCH_LIMIT; head++) {
      const task = queue[head];
      for (const next of this.inCycle(task, c)) {
        if (next === start) {
          const chain = [start];
          for (let at = task; at !== start; at = cameFrom.get(at)!) chain.push(at);
          chain.push(start);
          return chain;
        }
        if (!cameFrom.has(next)) {
          cameFrom.set(next, task);
          queue.push(next);
        }
      }
    }
    return null;
  }
}

/** A long cycle as its first tasks, "…" and its last ones, so the message stays readable. */
function shorten(chain: string[]): string[] {
  return chain.length <= 8 ? chain : [...chain.slice(0, 4), "…", ...chain.slice(-2)];
}

/** Cycle indexes by predecessors column content, per id index (itself reused by content of the id column). */
const recentCycleIndexes = new WeakMap<Map<string, number[]>, RangeMemo<CycleIndex>>();

function cycleIndex(index: Map<string, number[]>, ids: unknown, allPredecessors: unknown): CycleIndex {
  let memo = recentCycleIndexes.get(index);
  if (!memo) recentCycleIndexes.set(index, (memo = new RangeMemo<CycleIndex>(4)));
  return memo.get("cycles", allPredecessors, () => {
    const nodes: DependencyNode[] = [];
    const waitsOn = new Map<string, string[]>();
    const names = new Map<string, string>();
    for (const [key, rows] of index) {
      const id = String(cellAt(ids, rows[0])).trim();
      const predecessors = splitPredecessors(cellAt(allPredecessors, rows[0]));
      nodes.push({ id, predecessors });
      waitsOn.set(key, predecessors.map(normalizeId));
      names.set(key, id);
    }
    return new CycleIndex(waitsOn, names, findCycles(nodes));
  });
}

export interface DependencyNode {
  id: string;
  predecessors: readonly string[];
}

/**
 * Cycles among tasks' predecessors (each as the list of ids in the cycle, a self-reference included),
 * found with an iterative Tarjan search so that no input can loop or overflow the stack.
 * Predecessors that are not task ids are ignored here.
 */
export function findCycles(nodes: readonly DependencyNode[]): string[][] {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(normalizeId(n.id), i));
  const edges = nodes.map((n) =>
    n.predecessors.map((p) => index.get(normalizeId(p))).filter((i): i is number => i !== undefined),
  );
  const order = new Array<number>(nodes.length).fill(-1);
  const low = new Array<number>(nodes.length).fill(0);
  const onStack = new Array<boolean>(nodes.length).fill(false);
  const stack: number[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  for (let root = 0; root < nodes.length; root++) {
    if (order[root] !== -1) continue;
    const work: Array<[node: number, edge: number]> = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [v, e] = frame;
      if (e < edges[v].length) {
        frame[1]++;
        const w = edges[v][e];
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], order[w]);
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] !== order[v]) continue;
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges[v].includes(v)) {
        cycles.push(component.reverse().map((i) => nodes[i].id));
      }
    }
  }
  return cycles;
}
