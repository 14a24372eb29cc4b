/** selectTaskRows against the fake: blocks of rows, several areas at once where Excel has RangeAreas.select, 2 syncs. */
import { excelName, type InstanceRecord } from "../../../src/core";
import { BindingNotFoundError, UnsupportedHostError } from "../../../src/hosts/errors";
import { MAX_SELECTED_AREAS, rowBlocks } from "../../../src/hosts/excel/select-rows";
import { bigWbsPlanner, setUp, syncsOf, type Harness } from "./harness";

let h: Harness;
afterEach(() => h?.restore());

describe("rowBlocks", () => {
  test("sorts, drops duplicates and rows outside the table, and joins consecutive rows", () => {
    expect(rowBlocks([9, 3, 4, 4, 5, 12, 0, -1, 21, 2.5, 20], 20)).toEqual([
      { first: 3, count: 3 },
      { first: 9, count: 1 },
      { first: 12, count: 1 },
      { first: 20, count: 1 },
    ]);
    expect(rowBlocks([], 20)).toEqual([]);
  });
});

/** A WBS inserted; its Tasks table's first data row and first column (0-based) and width. */
async function wbs(h: Harness): Promise<{ record: InstanceRecord; top: number; left: number; width: number }> {
  const { record } = await h.host.insertTemplate("T3", "en-US");
  const table = h.fake.workbook.tables.find((t) => t.name === excelName("T3", record.id, "tasks"))!;
  return { record, top: table.row + 1, left: table.col, width: table.cols };
}

describe("selectTaskRows", () => {
  test("Excel with RangeAreas.select (1.18): every block selected at once, in 2 syncs", async () => {
    h = setUp({ apiVersion: "1.18" });
    const { record, top, left, width } = await wbs(h);
    const { result, syncs } = await syncsOf(h.fake, () => h.host.selectTaskRows(record, [7, 2, 3]));
    expect(syncs).toBe(2);
    expect(result).toEqual({ selected: 3 });
    expect(h.fake.workbook.selectedAreas).toEqual([
      { row: top + 1, col: left, rows: 2, cols: width },
      { row: top + 6, col: left, rows: 1, cols: width },
    ]);
    expect(h.fake.workbook.activeSheet?.name).toBe(h.fake.workbook.selection?.sheet.name);
  });

  test("older Excel: the first block only, and says how many rows it selected", async () => {
    h = setUp({ apiVersion: "1.17" });
    const { record, top } = await wbs(h);
    const { result, syncs } = await syncsOf(h.fake, () => h.host.selectTaskRows(record, [5, 6, 10]));
    expect(syncs).toBe(2);
    expect(result).toEqual({ selected: 2 });
    expect(h.fake.workbook.selectedAreas).toHaveLength(1);
    expect(h.fake.workbook.selectedAreas[0]).toMatchObject({ row: top + 4, rows: 2 });
  });

  test(`10,000 rows, every other one: still 2 syncs, at most ${MAX_SELECTED_AREAS} areas`, async () => {
    h = setUp({ apiVersion: "1.18", planner: bigWbsPlanner(10_000) });
    const { record } = await wbs(h);
    const rows = Array.from({ length: 5_000 }, (_, i) => 2 * i + 1);
    const { result, syncs } = await syncsOf(h.fake, () => h.host.selectTaskRows(record, rows));
    expect(syncs).toBe(2);
    expect(result.selected).toBe(MAX_SELECTED_AREAS);
    expect(h.fake.workbook.selectedAreas).toHaveLength(MAX_SELECTED_AREAS);
  });

  test("no rows: nothing selected, 1 sync; a WBS that is gone, a form that is not a WBS, an Excel too old", async () => {
    h = setUp({ apiVersion: "1.18" });
    const { record } = await wbs(h);
    const { result, syncs } = await syncsOf(h.fake, () => h.host.selectTaskRows(record, [0, 999]));
    expect({ result, syncs }).toEqual({ result: { selected: 0 }, syncs: 1 });
    await expect(h.host.selectTaskRows({ ...record, id: "gone00" }, [1])).rejects.toBeInstanceOf(BindingNotFoundError);
    await expect(h.host.selectTaskRows({ ...record, template: "T2" }, [1])).rejects.toThrow(RangeError);
    h.restore();
    h = setUp({ apiVersion: "1.6" });
    await expect(h.host.selectTaskRows(record, [1])).rejects.toBeInstanceOf(UnsupportedHostError);
  });
});
