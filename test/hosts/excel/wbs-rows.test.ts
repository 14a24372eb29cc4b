import { getTemplate, serialFromDate, tablesOf } from "../../../src/core";
import { columnPositions, taskFromRow } from "../../../src/hosts/excel/wbs";

const columns = tablesOf(getTemplate("T3")).find((t) => t.id === "tasks")!.columns;
const headers = columns.map((c) => c.label["en-US"]);
const positions = columnPositions(headers, "en-US");
const row = (values: Record<string, unknown>) => columns.map((c) => values[c.id] ?? "");

describe("taskFromRow", () => {
  it("reads dates and progress however they were typed: serials, yyyy-mm-dd text, 0.5 or 50%", () => {
    const task = taskFromRow(
      3,
      row({ taskId: "WBS-003", start: "2026-11-02", due: serialFromDate(2026, 11, 13) + 0.5, progress: "50%" }),
      positions,
    );
    expect(task).toMatchObject({
      row: 3,
      taskId: "WBS-003",
      start: serialFromDate(2026, 11, 2),
      due: serialFromDate(2026, 11, 13),
      finish: null,
      progress: 0.5,
    });
  });

  it("gives null, not a wrong value, for cells that are not dates or percentages", () => {
    const task = taskFromRow(1, row({ start: "next week", progress: 150 }), positions);
    expect([task.start, task.progress]).toEqual([null, null]);
  });
});
