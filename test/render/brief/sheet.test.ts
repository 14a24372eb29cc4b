import { buildXlsx } from "../../../src/files";
import { planBriefSheet } from "../../../src/render/brief";
import type { PlannedCell, SheetPlan } from "../../../src/render/sheet";
import { d } from "../../support/dates";
import { excelCell, loadWithExcelJs } from "../../files/xlsx-support";
import { scenarioBrief } from "../../core/analysis/scenario";
import { FORMULA, hostileBrief } from "./hostile";

const at = (plan: SheetPlan, row: number, col: number): PlannedCell | undefined =>
  plan.cells.find((c) => c.row === row && c.col === col);
const textAt = (plan: SheetPlan, row: number, col: number) => {
  const content = at(plan, row, col)?.content;
  return content?.kind === "text" ? content.text : content;
};
/** The row of a section's band, found by its title. */
const rowOf = (plan: SheetPlan, title: string) =>
  plan.cells.find((c) => c.content.kind === "text" && c.content.text === title && c.style === "section")!.row;

describe("planBriefSheet", () => {
  const plan = planBriefSheet(scenarioBrief("en-US"));

  it("names the sheet after the brief and its status date, and lays out title and facts in the house style", () => {
    expect(plan.sheetName).toBe("Progress brief 2026-11-16");
    expect(at(plan, 0, 0)).toMatchObject({ content: { kind: "text", text: "Progress brief" }, style: "title" });
    expect([1, 2, 3].map((row) => [textAt(plan, row, 0), textAt(plan, row, 2)])).toEqual([
      ["Project", "Launch 2027"],
      ["Status date", "2026-11-16"],
      ["Tasks completed", "2 of 6"],
    ]);
    expect(at(plan, 1, 0)!.style).toBe("label");
    expect(plan.merges).toContainEqual({ row: 1, col: 0, rows: 1, cols: 2 });
  });

  it("writes each list under its band and header, numbers and dates as numbers with formats", () => {
    const lagging = rowOf(plan, "Lagging tasks");
    expect(at(plan, lagging + 1, 0)).toMatchObject({ content: { kind: "text", text: "Task ID" }, style: "header" });
    const row = lagging + 2;
    expect([0, 1, 3].map((col) => textAt(plan, row, col))).toEqual(["WBS-002", "Design", "Chen"]);
    expect(at(plan, row, 4)).toMatchObject({
      content: { kind: "number", value: d("2026-11-13") },
      numberFormat: "yyyy-mm-dd",
    });
    expect(at(plan, row, 5)).toMatchObject({ content: { kind: "number", value: 1 }, numberFormat: "0" });
    expect(at(plan, row, 6)).toMatchObject({ content: { kind: "number", value: 0.6 }, numberFormat: "0%" });
    expect(at(plan, row, 7)).toMatchObject({ content: { kind: "text", text: "设计资源不足" }, style: "inputLong" });
    // A blank measures-due date is an empty text cell, not 0 (1899-12-30).
    expect(textAt(plan, row, 9)).toBe("");
  });

  it("colours status and SLA labels as the WBS and the issue log do", () => {
    const status = rowOf(plan, "Overall progress") + 2;
    const completed = plan.conditionalFormats.find((f) => f.formula === `=$A${status + 1}="Completed"`);
    expect(completed).toMatchObject({ row: status, col: 0, rows: 5, cols: 1, fill: "#C6EFCE" });
    const issues = rowOf(plan, "Open issues") + 2;
    const late = plan.conditionalFormats.find((f) => f.formula === `=$E${issues + 1}="Response overdue"`);
    expect(late).toMatchObject({ row: issues, col: 4, rows: 2, cols: 1 });
    expect(textAt(plan, issues, 4)).toBe("Response overdue");
  });

  it("lets a list's last long-text column run to the sheet's last column (decisions)", () => {
    const decisions = rowOf(plan, "Decisions needed");
    const cols = plan.columnWidths.length;
    expect(plan.merges).toContainEqual({ row: decisions + 2, col: 1, rows: 1, cols: cols - 1 });
    expect(textAt(plan, decisions + 2, 1)).toBe("WBS-004 Materials is blocked: Budget not approved");
  });

  it("prints landscape, fit to width, over everything it wrote", () => {
    const last = Math.max(...plan.cells.map((c) => c.row));
    expect(plan.print).toMatchObject({ orientation: "landscape", fitToWidth: true });
    expect(plan.print.area).toEqual({ row: 0, col: 0, rows: last + 1, cols: plan.columnWidths.length });
    expect(plan.tables).toEqual([]);
    expect(plan.cells.every((c) => c.content.kind !== "formula")).toBe(true);
  });

  it("writes a file whose formula-looking user text stays text, in Chinese too", async () => {
    const zh = planBriefSheet(hostileBrief("zh-CN"));
    expect(zh.sheetName).toBe("进度简报 2026-11-16");
    const workbook = await loadWithExcelJs(await buildXlsx([zh]));
    const sheet = workbook.worksheets[0];
    const blocked = rowOf(zh, "阻塞任务");
    const cell = excelCell(sheet, `E${blocked + 3}`);
    expect(cell.value).toBe(FORMULA);
    expect(cell.formula).toBeUndefined();
    expect(excelCell(sheet, "A1").value).toBe("进度简报");
  });
});
