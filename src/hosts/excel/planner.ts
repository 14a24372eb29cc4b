/**
 * The sheets one instance of a template is made of: the template's own sheet first, and for the WBS (T3) also its
 * dashboard and timeline. Formulas use structured references (table and workbook names), which survive renamed
 * sheets, so the plans do not depend on the sheet names the host finally picks.
 */
import type { Language, TemplateDef } from "../../core";
import { planDashboard, planSheet, planTimeline, type SheetPlan } from "../../render/sheet";

export type Planner = (template: TemplateDef, language: Language, instanceId: string) => SheetPlan[];

export const planInstance: Planner = (template, language, instanceId) => {
  const own = planSheet(template, language, instanceId);
  if (template.id !== "T3") return [own];
  return [own, planDashboard(template, language, instanceId), planTimeline(template, language, instanceId)];
};
