/**
 * Worksheet plans of the templates: `planSheet` for every template T1–T8, and the WBS's companion sheets
 * `planDashboard` and `planTimeline`. Pure data (SheetPlan), applied by the Excel host through Office.js and by the
 * file writer.
 */
export * from "./sheet-plan";
export * from "./page-model";
export { planSheet, type PlanOptions } from "./plan-sheet";
export { EXCEL_LIMITS, planWorkbook, withinExcelLimits } from "./plan-workbook";
export { planDashboard, DASHBOARD_DEPARTMENTS, DASHBOARD_NAME, DASHBOARD_OVERDUE } from "./plan-dashboard";
export { planTimeline, TIMELINE_NAME, TIMELINE_WEEKS } from "./plan-timeline";
export type { CompanionOptions } from "./companion";
/** For other sheets built from data rather than a template (the progress brief, src/render/brief). */
export { PlanBuilder, sheetNameFor } from "./plan-builder";
export { heightFor } from "./text-metrics";
export { fieldNumberFormat, numberFormatFor } from "../number-formats";
export { missingReasonFormat, slaFormats, statusFormats } from "./status-formats";
export {
  a1References,
  cellRef,
  escapeStructuredName,
  stringLiteral,
  positionsOf,
  structuredReferences,
  type A1Positions,
  type ReferenceStyle,
  type SheetReferences,
} from "./references";
