import { getTemplate, LANGUAGES, TEMPLATES } from "../../../src/core";
import { EXCEL_LIMITS, planWorkbook, withinExcelLimits, type SheetPlan } from "../../../src/render/sheet";

const plan = (over: Partial<SheetPlan>): SheetPlan => ({
  sheetName: "S",
  columnWidths: [],
  rowHeights: [],
  cells: [],
  merges: [],
  names: [],
  tables: [],
  validations: [],
  conditionalFormats: [],
  charts: [],
  print: { orientation: "portrait", fitToWidth: true, area: { row: 0, col: 0, rows: 1, cols: 1 } },
  pageBreaks: [],
  ...over,
});
const at = { row: 0, col: 0, rows: 1, cols: 1 };

describe("planWorkbook", () => {
  it("gives the WBS its dashboard and timeline, every other template one sheet", () => {
    for (const template of TEMPLATES) {
      const sheets = planWorkbook(template, "en-US", "abc123").map((p) => p.sheetName);
      expect(sheets).toEqual(
        template.id === "T3" ? ["Task breakdown (WBS)", "WBS dashboard", "WBS timeline"] : [sheets[0]],
      );
    }
    expect(planWorkbook(getTemplate("T3"), "zh-CN", "abc123").map((p) => p.sheetName)).toEqual([
      "跨部门协作任务分解表",
      "任务看板",
      "任务时间轴",
    ]);
  });

  it("every template's plans are within Excel's limits in both languages", () => {
    for (const template of TEMPLATES) {
      for (const language of LANGUAGES) {
        for (const p of planWorkbook(template, language, "abc123")) {
          expect(p.sheetName.length).toBeLessThanOrEqual(EXCEL_LIMITS.sheetName);
          for (const v of p.validations) {
            expect(v.error.length).toBeLessThanOrEqual(EXCEL_LIMITS.error);
            expect((v.prompt ?? "").length).toBeLessThanOrEqual(EXCEL_LIMITS.prompt);
          }
          for (const n of p.names) expect(n.comment.length).toBeLessThanOrEqual(EXCEL_LIMITS.nameComment);
        }
      }
    }
  });
});

describe("withinExcelLimits", () => {
  it("clips prompts, errors and description comments, marking the cut", () => {
    const long = "x".repeat(400);
    const clipped = withinExcelLimits(
      plan({
        validations: [{ ...at, rule: { type: "date" }, prompt: long, error: long }],
        names: [{ ...at, name: "N", comment: long }],
      }),
    );
    expect(clipped.validations[0].prompt).toHaveLength(EXCEL_LIMITS.prompt);
    expect(clipped.validations[0].error).toHaveLength(EXCEL_LIMITS.error);
    expect(clipped.validations[0].error.endsWith("…")).toBe(true);
    expect(clipped.names[0].comment).toHaveLength(EXCEL_LIMITS.nameComment);
  });

  it("refuses what cannot be clipped: list values with commas, long lists, long instance records", () => {
    const list = (values: string[]) => plan({ validations: [{ ...at, error: "e", rule: { type: "list", values } }] });
    expect(() => withinExcelLimits(list(["a,b"]))).toThrow(/comma/);
    expect(() => withinExcelLimits(list(["x".repeat(300)]))).toThrow(/255/);
    expect(() => withinExcelLimits(list(["a", "b"]))).not.toThrow();
    const record = plan({ names: [{ ...at, name: "N", comment: `{${"x".repeat(300)}}` }] });
    expect(() => withinExcelLimits(record)).toThrow(/instance record/);
  });
});
