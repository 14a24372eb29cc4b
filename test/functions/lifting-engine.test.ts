/**
 * Whole-column (lifted) forms in a real formula engine: one formula over the columns spills the same values the
 * per-row formulas give beside it; CONCORD.WAITINGONALL spills the waiting-on column with cycle and typo errors.
 */
import { DetailedCellError, type RawCellContent } from "hyperformula";
import { buildFromSheets } from "../support/hyperformula-concord";
import { d } from "../support/dates";

type Row = RawCellContent[];

/** Columns A–E: start, due, finish, progress, blocker; F1 the status date. Rows 1–5. */
const TASKS: Row[] = [
  [d("2026-11-02"), d("2026-11-13"), null, 0.8, null],
  [d("2026-11-02"), d("2026-11-30"), null, 0.5, null],
  [d("2026-11-02"), d("2026-11-13"), d("2026-11-12"), 1, null],
  [d("2026-11-10"), d("2026-11-24"), null, 0.2, "设计资源不足"],
  [null, null, null, null, null],
];

function sheetWith(formulas: Record<string, string>): ReturnType<typeof buildFromSheets> {
  const rows: Row[] = TASKS.map((row, i) => [...row, i === 0 ? d("2026-11-16") : null]);
  const sheet = { Sheet1: rows };
  const hf = buildFromSheets(sheet);
  for (const [address, formula] of Object.entries(formulas)) {
    hf.setCellContents(hf.simpleCellAddressFromString(address, 0)!, formula);
  }
  return hf;
}

const value = (hf: ReturnType<typeof buildFromSheets>, address: string) =>
  hf.getCellValue(hf.simpleCellAddressFromString(address, 0)!);

describe("whole columns in HyperFormula", () => {
  it("STATUS over the columns spills what the per-row formulas give", () => {
    const perRow = Object.fromEntries(
      [1, 2, 3, 4, 5].map((r) => [`I${r}`, `=CONCORD.STATUS(A${r},B${r},C${r},D${r},E${r},$F$1,"zh-CN")`]),
    );
    const hf = sheetWith({ H1: '=CONCORD.STATUS(A1:A5,B1:B5,C1:C5,D1:D5,E1:E5,F1,"zh-CN")', ...perRow });
    const column = [1, 2, 3, 4, 5].map((r) => value(hf, `H${r}`));
    expect(column).toEqual(["滞后", "进行中", "已完成", "阻塞", ""]);
    expect(column).toEqual([1, 2, 3, 4, 5].map((r) => value(hf, `I${r}`)));
  });

  it("LAG over the due column, the status date broadcast: due Friday 11-13 is 1 working day late on Monday 11-16", () => {
    const hf = sheetWith({ H1: "=CONCORD.LAG(B1:B5,C1:C5,F1)" });
    expect([1, 2, 3, 4, 5].map((r) => value(hf, `H${r}`))).toEqual([1, 0, 0, 0, ""]);
  });

  it("columns of different sizes are one #VALUE! naming the argument", () => {
    const hf = sheetWith({ H1: "=CONCORD.LAG(B1:B5,C1:C4,F1)" });
    const error = value(hf, "H1") as DetailedCellError;
    expect(error).toBeInstanceOf(DetailedCellError);
    expect(error.message).toContain("finish: is 4×1 cells but another argument is 5×1");
  });

  it("WAITINGONALL spills one row per task, a cycle and a typo as errors in their rows", () => {
    const hf = buildFromSheets({
      Sheet1: [
        ["A", null, null, 1, "=CONCORD.WAITINGONALL(A1:A4,B1:B4,C1:C4,D1:D4)"],
        ["B", "A", null, 0.5],
        ["C", "A, B, D", null, 0],
        ["D", "C", null, 0],
      ],
    });
    const at = (row: number) => hf.getCellValue({ sheet: 0, row, col: 4 });
    expect([at(0), at(1)]).toEqual(["", ""]);
    expect((at(2) as DetailedCellError).message).toContain("D → C → D");
    expect((at(3) as DetailedCellError).message).toContain("C → D → C");
    const typo = buildFromSheets({ Sheet1: [["A", "X", null, 0, "=CONCORD.WAITINGONALL(A1:A1,B1:B1,C1:C1,D1:D1)"]] });
    expect((typo.getCellValue({ sheet: 0, row: 0, col: 4 }) as DetailedCellError).value).toBe("#N/A");
  });
});
