/**
 * Array lifting (src/functions/lift.ts) and CONCORD.WAITINGONALL: whole columns in, a column out, single cells still
 * a single value, a single value broadcast, mismatched shapes #VALUE! naming the argument, errors cell by cell.
 */
import { lift } from "../../src/functions/lift";
import * as concord from "../../src/functions/functions";
import { asExcel, installFakeRuntime, removeFakeRuntime, thrownBy } from "../support/custom-functions-runtime";
import { d } from "../support/dates";

const status = asExcel(concord.status);
const lag = asExcel(concord.lag);
const sla = asExcel(concord.sla);
const smart = asExcel(concord.smart);
const waitingOn = asExcel(concord.waitingOn);
const waitingOnAll = asExcel(concord.waitingOnAll);

beforeAll(installFakeRuntime);
afterAll(removeFakeRuntime);

const column = (...values: unknown[]) => values.map((v) => [v]);
/** A grid's cells as values, an error cell as "code message". */
const shown = (grid: unknown) =>
  (grid as unknown[][]).map((row) =>
    row.map((cell) => (typeof cell === "object" && cell !== null ? `${(cell as { code: string }).code}` : cell)),
  );

describe("lift", () => {
  const add = (cells: { a: unknown; b: unknown }) => Number(cells.a) + Number(cells.b);
  const asError = (e: unknown) => ({ code: "ERR", message: String(e) });

  it("calls once with single values, also 1×1 ranges, and returns the value", () => {
    expect(lift({ a: 1, b: 2 }, add, asError)).toBe(3);
    expect(lift({ a: [[1]], b: 2 }, add, asError)).toBe(3);
  });

  it("lifts over ranges of one shape, broadcasting single values", () => {
    expect(lift({ a: column(1, 2, 3), b: 10 }, add, asError)).toEqual([[11], [12], [13]]);
    expect(lift({ a: [[1, 2]], b: [[10, 20]] }, add, asError)).toEqual([[11, 22]]);
  });

  it("rejects ranges of different shapes, naming the argument, in both languages", () => {
    const error = thrownBy(() => concord.lag(column(1, 2, 3), column(1, 2), 46000));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("finish: is 2×1 cells but another argument is 3×1");
    expect(error.message).toContain("finish（实际完成日期）：为 2×1 个单元格，而另一参数为 3×1");
  });

  it("puts a failing cell's error in its own cell", () => {
    const failing = (cells: { a: unknown }) => {
      if (cells.a === 2) throw new Error("two");
      return cells.a;
    };
    expect(lift({ a: column(1, 2, 3) }, failing, asError)).toEqual([
      [1],
      [{ code: "ERR", message: "Error: two" }],
      [3],
    ]);
  });
});

describe("functions given columns", () => {
  const D = d("2026-11-16");

  it("STATUS: a column of tasks gives their statuses, row by row as single calls do", () => {
    const starts = column(d("2026-11-02"), d("2026-11-02"), d("2026-11-20"), null);
    const dues = column(d("2026-11-13"), d("2026-11-30"), d("2026-11-30"), null);
    const progress = column(0.8, 0.5, null, null);
    const result = status(starts, dues, null, progress, null, D, "en-US", null, null, null, null);
    expect(result).toEqual([["Lagging"], ["In progress"], ["Not started"], [""]]);
    // The same rows one by one.
    for (let i = 0; i < 4; i++) {
      const single = status(starts[i][0], dues[i][0], null, progress[i][0], null, D, "en-US", null, null, null, null);
      expect(single).toBe((result as string[][])[i][0]);
    }
  });

  it("STATUS: a bad row is #VALUE! in its cell with its message, the others still computed", () => {
    const result = status(
      column(d("2026-11-02"), "next week"),
      column(d("2026-11-30"), d("2026-11-30")),
      null,
      column(0.5, 0.5),
      null,
      D,
      "zh-CN",
      null,
      null,
      null,
      null,
    ) as unknown[][];
    expect(result[0][0]).toBe("进行中");
    expect(result[1][0]).toMatchObject({ code: "#VALUE!" });
    expect((result[1][0] as { message: string }).message).toContain("start（开始日期）");
  });

  it("LAG: due Friday 2026-11-13, one column of status dates (Sunday 0, Monday 1, Wednesday 3)", () => {
    expect(lag(d("2026-11-13"), null, column(d("2026-11-15"), d("2026-11-16"), d("2026-11-18")), null, null)).toEqual([
      [0],
      [1],
      [3],
    ]);
  });

  it("SLA and SMART lift too", () => {
    const raised = column("2026-11-20 09:00", "2026-11-20 09:00");
    const responded = column("2026-11-20 10:30", null);
    expect(sla(raised, responded, null, "2026-11-20 12:00", "en-US", null, null)).toEqual([
      ["Open"],
      ["Response overdue"],
    ]);
    expect(shown(smart(column("满意度评分从85分提升至90分，2026年12月31日前", ""), "zh-CN"))).toEqual([[""], [""]]);
  });

  it("WAITINGON: a predecessors column gives every row's waiting-on, a typo #N/A in its row", () => {
    const ids = column("WBS-001", "WBS-002", "WBS-003");
    const result = waitingOn(column("", "WBS-001", "WBS-009"), ids, column(null, null, null), column(1, 0.4, 0), null);
    expect(shown(result)).toEqual([[""], [""], ["#N/A"]]);
  });
});

describe("CONCORD.WAITINGONALL", () => {
  it("gives each row's unfinished predecessors for the whole table", () => {
    // WBS-001 finished; WBS-002 at 40 %; WBS-003 waits on both; WBS-004 on WBS-003 (open); WBS-005 lists nothing.
    const ids = column("WBS-001", "WBS-002", "WBS-003", "WBS-004", "WBS-005");
    const predecessors = column(null, "WBS-001", "WBS-001，WBS-002", "WBS-003", null);
    const finishes = column(d("2026-11-10"), null, null, null, null);
    const progresses = column(1, 0.4, 0, 0, null);
    expect(waitingOnAll(ids, predecessors, finishes, progresses)).toEqual([[""], [""], ["WBS-002"], ["WBS-003"], [""]]);
  });

  it("reports a cycle in every row that is in it or waits on it, an unknown id as #N/A, row by row", () => {
    const ids = column("A", "B", "C", "D");
    const predecessors = column("B", "A", "A", "X");
    const result = waitingOnAll(ids, predecessors, column(null, null, null, null), column(0, 0, 0, 0)) as unknown[][];
    expect(shown(result)).toEqual([["#VALUE!"], ["#VALUE!"], ["#VALUE!"], ["#N/A"]]);
    expect((result[0][0] as { message: string }).message).toContain("B → A → B");
    expect((result[2][0] as { message: string }).message).toContain("A → B → A");
  });

  it("is always a column, also for a one-task table, and agrees with WAITINGON given the predecessors column", () => {
    expect(waitingOnAll([["A"]], [[null]], [[null]], [[0]])).toEqual([[""]]);
    const ids = column("A", "B", "C");
    const predecessors = column("", "A", "A, B");
    const finishes = column(null, d("2026-11-02"), null);
    const progresses = column(0.5, 1, 0);
    const all = waitingOnAll(ids, predecessors, finishes, progresses) as unknown[][];
    predecessors.forEach(([text], i) =>
      expect(all[i][0]).toBe(waitingOn(text, ids, finishes, progresses, predecessors)),
    );
  });

  it("rejects columns of different sizes as one #VALUE!, even when no row lists a predecessor", () => {
    const error = thrownBy(() =>
      concord.waitingOnAll(column("A", "B"), column(null, null), column(null), column(0, 0)),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("finishes: has 1 cells but ids has 2");
  });
});
