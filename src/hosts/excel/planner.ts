import type { Language, TemplateDef } from "../../core";
import type { SheetPlan } from "../../render/sheet";

/**
 * The sheets of one instance; `planWorkbook` unless a test plans bigger ones. Formulas use structured references
 * (table and workbook names), which survive renamed sheets, so plans do not depend on the sheet names the host picks.
 */
export type Planner = (template: TemplateDef, language: Language, instanceId: string) => SheetPlan[];
