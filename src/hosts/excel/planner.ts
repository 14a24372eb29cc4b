/**
 * The sheets of one instance (`planWorkbook`). Formulas use structured references (table and workbook names), which
 * survive renamed sheets, so the plans do not depend on the sheet names the host finally picks.
 */
import type { Language, TemplateDef } from "../../core";
import { planWorkbook, type SheetPlan } from "../../render/sheet";

export type Planner = (template: TemplateDef, language: Language, instanceId: string) => SheetPlan[];

export const planInstance: Planner = (template, language, instanceId) => planWorkbook(template, language, instanceId);
