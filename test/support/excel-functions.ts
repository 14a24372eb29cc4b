import * as concord from "../../src/functions/functions";
import { asExcel } from "./custom-functions-runtime";

/** The custom functions as Excel calls them: any argument may be anything, omitted optional ones are null. */
export const excelFunctions = {
  status: asExcel(concord.status),
  lag: asExcel(concord.lag),
  expected: asExcel(concord.expected),
  workdays: asExcel(concord.workdays),
  workday: asExcel(concord.workday),
  waitingOn: asExcel(concord.waitingOn),
  sla: asExcel(concord.sla),
  smart: asExcel(concord.smart),
};
