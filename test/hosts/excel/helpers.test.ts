/** The Excel host's pure parts: batching, bindings, user text, user text. */
import { encodeRecord } from "../../../src/core";
import { excelWouldConvert } from "../../../src/hosts/excel/apply-plan";
import { instancesFrom, sheetOfFormula } from "../../../src/hosts/excel/bindings";
import { coverRectangles, equalRuns, rowBands } from "../../../src/hosts/excel/blocks";
import { columnWidthPoints } from "../../../src/hosts/excel/styles";
import { cellWrite } from "../../../src/hosts/excel/user-text";

const field = (kind: string, extra: object = {}) =>
  ({ id: "f", label: { "en-US": "F", "zh-CN": "F" }, kind, ...extra }) as Parameters<typeof cellWrite>[1];

describe("batching", () => {
  test("rowBands: one rectangle per run of consecutive rows, null where nothing is written", () => {
    const blocks = rowBands([
      { row: 0, col: 1, value: "a" },
      { row: 1, col: 3, value: "b" },
      { row: 4, col: 0, value: "c" },
    ]);
    expect(blocks).toEqual([
      {
        row: 0,
        col: 1,
        rows: 2,
        cols: 3,
        grid: [
          ["a", null, null],
          [null, null, "b"],
        ],
      },
      { row: 4, col: 0, rows: 1, cols: 1, grid: [["c"]] },
    ]);
    expect(rowBands([])).toEqual([]);
  });

  test("coverRectangles merges adjacent cells into runs and stacks equal runs", () => {
    const cells = [0, 1, 2].flatMap((row) => [0, 1].map((col) => ({ row, col, rows: 1, cols: 1 })));
    expect(coverRectangles(cells)).toEqual([{ row: 0, col: 0, rows: 3, cols: 2 }]);
    expect(
      coverRectangles([
        { row: 0, col: 0, rows: 1, cols: 2 },
        { row: 1, col: 0, rows: 1, cols: 1 },
        { row: 5, col: 3, rows: 2, cols: 1 },
      ]),
    ).toEqual([
      { row: 0, col: 0, rows: 1, cols: 2 },
      { row: 1, col: 0, rows: 1, cols: 1 },
      { row: 5, col: 3, rows: 2, cols: 1 },
    ]);
  });

  test("equalRuns groups consecutive equal sizes", () => {
    expect(
      equalRuns([
        { index: 0, value: 10 },
        { index: 1, value: 10 },
        { index: 2, value: 12 },
        { index: 4, value: 12 },
      ]),
    ).toEqual([
      [0, 2, 10],
      [2, 1, 12],
      [4, 1, 12],
    ]);
  });

  test("column widths: characters to points", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
    expect(columnWidthPoints(20)).toBe(108.75);
  });
});

describe("bindings", () => {
  test("sheetOfFormula reads quoted and plain sheet names", () => {
    expect(sheetOfFormula("='Task breakdown (WBS) (2)'!$A$1:$W$29")).toBe("Task breakdown (WBS) (2)");
    expect(sheetOfFormula("='It''s mine'!$A$1")).toBe("It's mine");
    expect(sheetOfFormula("=Sheet1!$A$1")).toBe("Sheet1");
    expect(sheetOfFormula("=会议纪要!$A$1")).toBe("会议纪要");
    expect(sheetOfFormula("=#REF!")).toBeNull();
    expect(sheetOfFormula('="text"')).toBeNull();
  });

  test("instancesFrom keeps instance names whose comment is their own record", () => {
    const record = { template: "T4" as const, id: "abc123", language: "zh-CN" as const, version: 1 };
    const base = { type: "Range", formula: "='会议纪要'!$A$1:$F$40" };
    expect(
      instancesFrom([
        { ...base, name: "Concord_T4_abc123", comment: encodeRecord(record) },
        { ...base, name: "Concord_T4_abc123_meetingType", comment: "Meeting type" },
        { ...base, name: "Concord_T4_bcd234", comment: encodeRecord(record) },
        { ...base, name: "Other", comment: encodeRecord(record) },
        {
          name: "Concord_T4_cde345",
          comment: encodeRecord({ ...record, id: "cde345" }),
          type: "Error",
          formula: "=#REF!",
        },
      ]),
    ).toEqual([{ record, location: "会议纪要" }]);
  });
});

describe("user text", () => {
  test("text fields: every string as text with the Text format", () => {
    for (const text of ['=HYPERLINK("x")', "+1", "-x", "@me", "00123", "plain"]) {
      expect(cellWrite(text, field("text"))).toEqual({ value: text, numberFormat: "@" });
    }
    expect(cellWrite(12, field("longText"))).toEqual({ value: "12", numberFormat: "@" });
    expect(cellWrite(null, field("text"))).toEqual({ value: "", numberFormat: null });
  });

  test("number and date fields: numbers with the field's format, formula-looking text as text", () => {
    expect(cellWrite(46000, field("date"))).toEqual({ value: 46000, numberFormat: "yyyy-mm-dd" });
    expect(cellWrite(0.4, field("percent"))).toEqual({ value: 0.4, numberFormat: "0%" });
    expect(cellWrite(2, field("hours"))).toEqual({ value: 2, numberFormat: "General" });
    expect(cellWrite("=TODAY()", field("date"))).toEqual({ value: "=TODAY()", numberFormat: "@" });
    expect(cellWrite("2026-03-01", field("date"))).toEqual({ value: "2026-03-01", numberFormat: null });
    expect(() => cellWrite(Number.POSITIVE_INFINITY, field("number"))).toThrow(RangeError);
  });

  test("template text Excel would convert", () => {
    for (const text of ["=x", "-", "1. Goal", "2026", "TRUE", "#N/A", "March 2026", "(1)"])
      expect(excelWouldConvert(text)).toBe(true);
    for (const text of ["Goal", "项目名称", "Due date", "e.g. 2026-11-16"]) expect(excelWouldConvert(text)).toBe(false);
  });
});
