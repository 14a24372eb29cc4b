/**
 * Worksheet plans of the templates: `planSheet` for every template T1–T8, and the WBS's companion sheets
 * `planDashboard` and `planTimeline`. Pure data (SheetPlan), applied by the Excel host through Office.js and by the
 * file writer.
 */
export { planSheet, type PlanOptions } from "./plan-template";
export { planDashboard } from "./plan-dashboard";
export { planTimeline } from "./plan-timeline";
export type { CompanionOptions } from "./companion";
export {
  a1References,
  escapeStructuredName,
  positionsOf,
  structuredReferences,
  type A1Positions,
  type ReferenceStyle,
  type SheetReferences,
} from "./references";
