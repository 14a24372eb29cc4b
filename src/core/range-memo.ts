const ROW_END = Symbol("row end");

/** The rows of a range argument: a matrix as is, a flat list as one row per item, a single value as a 1×1 range. */
function rowsOfRange(range: unknown): readonly unknown[] {
  return Array.isArray(range) ? range : [[range]];
}

/** FNV-1a over the cells and row ends (numbers by integer and fractional parts, text by length and tail); null for objects. */
function hashRange(range: unknown): number | null {
  let h = 0x811c9dc5;
  const mix = (n: number) => {
    h = Math.imul(h ^ n, 0x01000193);
  };
  for (const row of rowsOfRange(range)) {
    for (const cell of Array.isArray(row) ? row : [row]) {
      if (typeof cell === "number") {
        mix(1);
        mix(cell | 0);
        mix(((cell % 1) * 0x40000000) | 0);
      } else if (typeof cell === "string") {
        // Length and the last characters (where ids like WBS-001 differ) are enough for a hash: matches() decides.
        mix(2 + cell.length);
        for (let i = Math.max(0, cell.length - 4); i < cell.length; i++) mix(cell.charCodeAt(i));
      } else if (cell !== null && cell !== undefined && typeof cell === "object") {
        return null;
      } else {
        mix(cell === true ? 4 : cell === false ? 5 : 6);
      }
    }
    mix(3);
  }
  return h;
}

/** The cells in row order with a marker after each row: what a remembered range is compared against. */
function flatten(range: unknown): unknown[] {
  const cells: unknown[] = [];
  for (const row of rowsOfRange(range)) {
    for (const cell of Array.isArray(row) ? row : [row]) cells.push(cell);
    cells.push(ROW_END);
  }
  return cells;
}

function matches(cells: readonly unknown[], range: unknown): boolean {
  let i = 0;
  for (const row of rowsOfRange(range)) {
    for (const cell of Array.isArray(row) ? row : [row]) if (!Object.is(cells[i++], cell)) return false;
    if (cells[i++] !== ROW_END) return false;
  }
  return i === cells.length;
}

/**
 * Remembers what was built from the most recent ranges, by content. Excel hands every call of a custom function
 * its own copy of a range argument, so when a whole column of formulas passes the same calendar, only the content
 * can tell that the parsed result may be reused. Failed builds are not remembered: a bad range fails every call.
 */
export class RangeMemo<T> {
  private readonly entries: Array<{ hash: number; tag: string; cells: unknown[]; value: T }> = [];

  constructor(private readonly limit = 16) {}

  get(tag: string, range: unknown, build: () => T): T {
    const hash = hashRange(range);
    if (hash === null) return build();
    for (const entry of this.entries) {
      if (entry.hash === hash && entry.tag === tag && matches(entry.cells, range)) return entry.value;
    }
    const value = build();
    this.entries.unshift({ hash, tag, cells: flatten(range), value });
    if (this.entries.length > this.limit) this.entries.pop();
    return value;
  }
}
