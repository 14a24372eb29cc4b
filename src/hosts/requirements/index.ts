/**
 * Which Office API requirement set each operation needs, checked before anything runs: the shared check and the
 * Office versions that have each set (check.ts), and one operation table per host (excel.ts, word.ts). The task pane
 * asks the same tables in advance to disable what would fail.
 */
export * from "./check";
export * as excelRequirements from "./excel";
export * as wordRequirements from "./word";
export { MULTI_AREA_SELECT, PRINT_AREA, requireExcelApi, type ExcelOperation } from "./excel";
export {
  CURSOR_SET,
  HIDDEN_TEXT_SET,
  requireWordApi,
  supportsIdentity,
  supportsWordApi,
  TRACKING_SET,
  type WordOperation,
} from "./word";
