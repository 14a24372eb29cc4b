/**
 * Inserting a template: the one operation that needs the sheet renderer, so it is its own chunk (the task pane's
 * first screen reads the workbook without it). Two round trips: what the workbook has (sheet, name and table
 * names), then every sheet of the instance (a 3rd only when that write fails: it removes what the insert added).
 */
import {
  excelInstanceName,
  newInstanceId,
  parseExcelName,
  uniqueSheetName,
  type InstanceRecord,
  type Language,
  type TemplateDef,
} from "../../core";
import type { TemplateInstance } from "../types";
import { addPlanNames, applyPlan } from "./apply-plan";
import type { Planner } from "./planner";

export { planWorkbook } from "../../render/sheet";

export async function insertInstance(
  context: Excel.RequestContext,
  template: TemplateDef,
  language: Language,
  random: () => number,
  planner: Planner,
): Promise<TemplateInstance> {
  const templateId = template.id;
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  const names = workbook.names.load("items/name");
  const tables = workbook.tables.load("items/name");
  await context.sync();

  // A fresh id: not used by any Concord name or table in the workbook.
  const existingNames = [...names.items.map((n) => n.name), ...tables.items.map((t) => t.name)];
  const takenIds = existingNames.map((n) => parseExcelName(n)?.instance).filter((id): id is string => !!id);
  const id = newInstanceId(takenIds, random);
  const record: InstanceRecord = { template: templateId, id, language, version: template.version };
  const plans = planner(template, language, id);
  if (plans.length === 0) throw new Error(`no sheet planned for ${templateId}`);
  const instanceName = excelInstanceName(templateId, id);
  if (!plans.some((p) => p.names.some((n) => n.name === instanceName))) {
    throw new Error(`the plan of ${templateId} has no instance name ${instanceName}`);
  }
  const taken = new Set(existingNames.map((n) => n.toLowerCase()));
  for (const planned of plans.flatMap((p) => [...p.names.map((n) => n.name), ...p.tables.map((t) => t.name)])) {
    if (taken.has(planned.toLowerCase())) throw new Error(`the name ${planned} is already in this workbook`);
  }

  // Never overwrite: every sheet gets a name that is free ("WBS (2)").
  const sheetNames: string[] = sheets.items.map((s) => s.name);
  const added = plans.map((plan) => {
    const name = uniqueSheetName(plan.sheetName, sheetNames);
    sheetNames.push(name);
    return { name, sheet: workbook.worksheets.add(name), plan };
  });
  for (const { sheet, plan } of added) applyPlan(sheet, plan);
  const addedNames = added.flatMap(({ sheet, plan }) => addPlanNames(workbook, sheet, plan));
  added[0].sheet.activate();
  try {
    await context.sync();
  } catch (error) {
    // Excel keeps what ran before the failing command: remove this insert's own sheets and names (sheets were
    // added first and names last, so whatever exists of them comes first in each list), then report the error.
    for (const { sheet } of added) sheet.delete();
    for (const name of addedNames) name.delete();
    await context.sync().catch(() => undefined);
    throw error;
  }
  return { record, location: added[0].name, sheets: added.map((a) => a.name) };
}
