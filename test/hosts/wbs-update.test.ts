import { rowsAdded } from "../../src/hosts/wbs-update";

describe("rowsAdded: the rows an update adds below a Tasks table", () => {
  test("none inside the table; the rows past it, each counted once, when they follow it without a gap", () => {
    expect(rowsAdded([1, 5, 20], 20)).toBe(0);
    expect(rowsAdded([3, 21, 22, 21, 23], 20)).toBe(3);
    expect(rowsAdded([], 20)).toBe(0);
  });

  test("a gap is a RangeError naming the first missing row", () => {
    expect(() => rowsAdded([21, 24], 20)).toThrow(RangeError);
    expect(() => rowsAdded([21, 24], 20)).toThrow(/WBS row 22 is missing.*to row 24/);
    expect(() => rowsAdded([22], 20)).toThrow(/WBS row 21 is missing/);
  });
});
