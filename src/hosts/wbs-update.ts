/**
 * The rule every host's `updateWbs` follows for the rows of an update past the Tasks table (the table grows by them).
 *
 * How many rows an update adds below a Tasks table of `rowCount` rows. The rows past the table must follow it without
 * a gap (rowCount+1, rowCount+2, … all in the update), so the table can grow by taking them in; a gap is a RangeError
 * naming the missing row, thrown before anything is written.
 */
export function rowsAdded(rows: Iterable<number>, rowCount: number): number {
  const past = new Set([...rows].filter((row) => row > rowCount));
  const last = [...past].reduce((max, row) => Math.max(max, row), rowCount);
  for (let row = rowCount + 1; row <= last; row++) {
    if (!past.has(row)) {
      throw new RangeError(
        `WBS row ${row} is missing: rows past the table's ${rowCount} rows must follow it without a gap ` +
          `(the update goes to row ${last}); nothing was written`,
      );
    }
  }
  return past.size;
}
