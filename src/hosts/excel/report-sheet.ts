/**
 * A report as a sheet of its own (the weekly brief): 2 round trips — the workbook's sheet names, then the new sheet
 * written from its plan and activated (a 3rd only when that write fails: it removes the sheet). Never overwrites: the
 * sheet gets a free name ("Progress brief 2026-11-16 (2)"). Loaded with the sheet writer, on first use.
 */
import { uniqueSheetName } from "../../core";
import type { SheetPlan } from "../../render/sheet";
import { applyPlan } from "./apply-plan";

export async function addReportSheetBatch(context: Excel.RequestContext, plan: SheetPlan): Promise<{ sheet: string }> {
  if (plan.names.length > 0 || plan.tables.length > 0) {
    throw new Error("a report sheet has no names or tables (they would clash with the next report's)");
  }
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(
    plan.sheetName,
    sheets.items.map((s) => s.name),
  );
  const sheet = context.workbook.worksheets.add(name);
  applyPlan(sheet, plan);
  sheet.activate();
  try {
    await context.sync();
  } catch (error) {
    sheet.delete();
    await context.sync().catch(() => undefined);
    throw error;
  }
  return { sheet: name };
}
