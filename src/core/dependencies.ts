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
 * An id that is not in the column is `#N/A`; an id that appears more than once is `#VALUE!`.
 */
export function unfinishedPredecessors(
  predecessors: unknown,
  ids: unknown,
  finishes: unknown,
  progresses: unknown,
): string[] {
  const wanted = splitPredecessors(predecessors);
  if (wanted.length === 0) return [];
  const size = cellCount(ids);
  for (const [range, argument] of [
    [finishes, "finishes"],
    [progresses, "progresses"],
  ] as const) {
    const count = cellCount(range);
    if (count !== size) throw inputError(argument, "sizeMismatch", { value: count, other: String(size) });
  }
  const index = idIndex(ids);
  return wanted.filter((id) => {
    const rows = index.get(normalizeId(id)) ?? [];
    if (rows.length === 0)
      throw new ConcordInputError("predecessors", "unknownPredecessor", { value: id }, "notAvailable");
    if (rows.length > 1) throw inputError("ids", "duplicateId", { value: id, other: String(rows.length) });
    const finish = parseDate(cellAt(finishes, rows[0]), "finishes");
    const progress = parseFraction(cellAt(progresses, rows[0]), "progresses");
    return finish === null && (progress === null || progress < 1);
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
