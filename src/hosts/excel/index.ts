export { ExcelHost, type ExcelHostOptions, type ExcelRun } from "./excel-host";
export { BindingNotFoundError, TableRowError, UnknownFieldError } from "../errors";
export type { Planner } from "./planner";
export { LedgerBlockedError, SheetProtectedError } from "./signoff";
