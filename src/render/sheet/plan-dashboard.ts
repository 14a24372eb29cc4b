/**
 * The WBS dashboard, a companion sheet inserted with T3: counts by status (with a column chart) and by department,
 * total and average progress, and the lagging and blocked tasks — all native formulas over the WBS table.
 *
 *   WBS dashboard · purpose
 *   Project / task name │ =project          Status date │ =status date
 *   ▀▀ Tasks by status ▀▀▀▀▀▀▀▀▀            ┌──────── chart ────────┐
 *   Status      │ Tasks │ Share             │  ▇                     │
 *   Completed   │ =COUNTIF(…)│ 40%          │  ▇   ▇                 │
 *   … 5 statuses, total, average progress   └────────────────────────┘
 *   ▀▀ Tasks by department ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀
 *   Department │ Completed │ In progress │ Lagging │ Blocked │ Not started │ Total
 *   =INDEX(Departments…) │ =COUNTIFS(…) …                       (10 rows + "No department")
 *   ▀▀ Lagging and blocked tasks ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀
 *   Task ID │ Status │ Due date │ Lag │ % │ Department │ Owner │ Task name │ Lag reason   (10 rows)
 *
 * It prints on one landscape page, fit to one page wide and tall. At the fit-to-width scale (94 %) a page holds about
 * 536 pt of rows (page-model.ts), less than the sheet without its overdue list takes (about 545–560 pt, 15 pt a
 * row): fewer overdue rows alone cannot keep it on one page. So the list has 10 rows (15 before) and the page prints at
 * 71–72 % instead of running on to a second page.
 *
 * The overdue list uses INDEX over AGGREGATE(15,6,…) (the k-th smallest matching row, errors skipped): Excel 2010 or
 * later (also Excel for the web and for Mac 2011+, LibreOffice 4.4+), no dynamic arrays (FILTER needs Excel 2021/365)
 * and no array entry. In .xlsx files AGGREGATE is stored as `_xlfn.AGGREGATE`.
 */
import { bi, type Bilingual, excelName, type Language, STATUS_LABELS, type TemplateDef } from "../../core";
import { wbsReferences, type CompanionOptions } from "./companion";
import { message } from "./field-rules";
import { PlanBuilder, sheetNameFor } from "./plan-builder";
import { heightFor } from "./text-metrics";
import { cellRef, columnLabel, fieldLabel, stringLiteral } from "./references";
import { statusFormats, STATUS_ORDER } from "./status-formats";
import { a1, type CellContent, type CellRange, type SheetPlan, type StyleName } from "./sheet-plan";

export const DASHBOARD_NAME = bi("WBS dashboard", "任务看板");
/** Department rows (taken from the Departments table in order) and overdue rows shown. */
export const DASHBOARD_DEPARTMENTS = 10;
export const DASHBOARD_OVERDUE = 10;

const TEXT = {
  purpose: bi(
    "Counts by status and by department, progress and the lagging and blocked tasks, calculated from the task breakdown.",
    "根据任务分解表自动统计各状态、各部门的任务数与进度，并列出滞后与阻塞任务。",
  ),
  byStatus: bi("Tasks by status", "各状态任务数"),
  tasks: bi("Tasks", "任务数"),
  share: bi("Share", "占比"),
  total: bi("Total tasks", "任务总数"),
  progress: bi("Average progress (completed = 100%)", "平均进度（已完成按 100%）"),
  byDepartment: bi("Tasks by department", "各部门任务数"),
  totalColumn: bi("Total", "合计"),
  noDepartment: bi("No department", "未填写部门"),
  departmentsNote: bi(
    "Departments in the order of the task breakdown's Departments table (the first {0}).",
    "部门按任务分解表中“参与部门”表的顺序列出（前 {0} 个）。",
  ),
  overdue: bi("Lagging and blocked tasks", "滞后与阻塞任务"),
  none: bi("No lagging or blocked tasks", "没有滞后或阻塞的任务"),
  overdueNote: bi(
    "The first {0} lagging or blocked tasks in task-breakdown order; the counts above include every task.",
    "按任务分解表顺序列出前 {0} 个滞后或阻塞任务；上方统计包含全部任务。",
  ),
} as const satisfies Record<string, Bilingual>;

const WIDTHS = [18, 12, 12, 12, 12, 16, 12, 28, 26];
/** The overdue list's columns: WBS column ids, in the order shown. */
const OVERDUE_COLUMNS = [
  "taskId",
  "status",
  "due",
  "lagDays",
  "progress",
  "department",
  "owner",
  "taskName",
  "lagReason",
] as const;

export function planDashboard(
  wbs: TemplateDef,
  language: Language,
  instanceId: string,
  options: CompanionOptions = {},
): SheetPlan {
  const sheetName = sheetNameFor(DASHBOARD_NAME[language]);
  const W = wbsReferences(wbs, language, instanceId, sheetName, options);
  const label = (columnId: string) => columnLabel(wbs, "tasks", columnId, language);
  const col = (columnId: string) => W.column("tasks", columnId);
  const labels = STATUS_LABELS[language];
  const b = new PlanBuilder(WIDTHS);
  const cols = WIDTHS.length;
  const range = (row: number, c: number, n = 1): CellRange => ({ row, col: c, rows: 1, cols: n });
  const text = (t: string): CellContent => ({ kind: "text", text: t });
  const formula = (row: number, c: number, f: string, format?: string, style: StyleName = "calculated", n = 1) =>
    b.area(range(row, c, n), { kind: "formula", formula: f }, style, format);
  const section = (row: number, title: string, n: number) => {
    b.area(range(row, 0, n), text(title), "section");
    b.height(row, 22);
  };

  b.area(range(0, 0, cols), text(DASHBOARD_NAME[language]), "title");
  b.height(0, 32);
  b.area(range(1, 0, cols), text(TEXT.purpose[language]), "subtitle");
  const fullWidth = WIDTHS.reduce((sum, w) => sum + w, 0);
  b.height(1, heightFor(TEXT.purpose[language], fullWidth, 18));
  const project = fieldLabel(wbs, "projectName", language);
  b.text(2, 0, project, "label");
  b.height(2, heightFor(project, WIDTHS[0], 18, true));
  formula(2, 1, `=${W.field("projectName")}&""`, undefined, "calculated", 3);
  b.text(2, 4, fieldLabel(wbs, "statusDate", language), "label");
  formula(2, 5, `=IF(${W.field("statusDate")}="","",${W.field("statusDate")})`, "yyyy-mm-dd", "calculated", 2);
  b.height(3, 8);

  // Tasks by status, total and progress; the chart shows the first two columns.
  section(4, TEXT.byStatus[language], 3);
  b.text(5, 0, label("status"), "header");
  b.text(5, 1, TEXT.tasks[language], "header");
  b.text(5, 2, TEXT.share[language], "header");
  const first = 6;
  const totalRow = first + STATUS_ORDER.length;
  const total = a1(totalRow, 1, true);
  STATUS_ORDER.forEach((status, i) => {
    const row = first + i;
    b.text(row, 0, labels[status], "label");
    formula(row, 1, `=COUNTIF(${col("status")},${cellRef(row, 0, "col")})`, "0");
    formula(row, 2, `=IF(${total}=0,"",${a1(row, 1)}/${total})`, "0%");
  });
  b.text(totalRow, 0, TEXT.total[language], "label");
  formula(totalRow, 1, `=SUM(${a1(first, 1)}:${a1(totalRow - 1, 1)})`, "0");
  const progressRow = totalRow + 1;
  b.text(progressRow, 0, TEXT.progress[language], "label");
  b.height(progressRow, 34);
  const completed = a1(first + STATUS_ORDER.indexOf("completed"), 1);
  const notCompleted = stringLiteral(`<>${labels.completed}`);
  formula(
    progressRow,
    1,
    `=IF(${total}=0,"",(SUMIFS(${col("progress")},${col("status")},${notCompleted},${col("status")},"?*")+${completed})/${total})`,
    "0%",
  );
  const statusCells = { row: first, col: 0, rows: STATUS_ORDER.length, cols: 1 };
  b.conditionalFormats.push(...statusFormats(statusCells, cellRef(first, 0, "col"), language));
  b.charts.push({
    type: "columnClustered",
    title: TEXT.byStatus[language],
    source: { row: first - 1, col: 0, rows: STATUS_ORDER.length + 1, cols: 2 },
    anchor: { row: 4, col: 4, rows: progressRow - 4 + 1, cols: cols - 4 },
  });

  // Tasks by department: department names from the Departments table, counts per status.
  const deptSection = progressRow + 2;
  b.height(progressRow + 1, 8);
  section(deptSection, TEXT.byDepartment[language], 7);
  const deptHeader = deptSection + 1;
  b.text(deptHeader, 0, columnLabel(wbs, "departments", "department", language), "header");
  STATUS_ORDER.forEach((status, i) => b.text(deptHeader, 1 + i, labels[status], "header"));
  b.text(deptHeader, 6, TEXT.totalColumn[language], "header");
  b.height(deptHeader, 20);
  const departments = W.column("departments", "department");
  for (let n = 1; n <= DASHBOARD_DEPARTMENTS + 1; n++) {
    const row = deptHeader + n;
    const name = cellRef(row, 0, "col");
    const noDepartment = n > DASHBOARD_DEPARTMENTS;
    if (noDepartment) b.text(row, 0, TEXT.noDepartment[language], "label");
    else formula(row, 0, `=IFERROR(INDEX(${departments},${n})&"","")`, undefined, "label");
    STATUS_ORDER.forEach((_, i) => {
      const status = cellRef(deptHeader, 1 + i, "row");
      const count = noDepartment
        ? `=COUNTIFS(${col("department")},"",${col("status")},${status})`
        : `=IF(${name}="","",COUNTIFS(${col("department")},${name},${col("status")},${status}))`;
      formula(row, 1 + i, count, "0");
    });
    const sum = `SUM(${a1(row, 1)}:${a1(row, 5)})`;
    formula(row, 6, noDepartment ? `=${sum}` : `=IF(${name}="","",${sum})`, "0");
  }
  const deptNote = deptHeader + DASHBOARD_DEPARTMENTS + 2;
  b.area(range(deptNote, 0, 7), text(message(TEXT.departmentsNote, language, String(DASHBOARD_DEPARTMENTS))), "hint");

  // Lagging and blocked tasks: the k-th matching row of the WBS table, k = 1 … DASHBOARD_OVERDUE.
  const overdueSection = deptNote + 2;
  b.height(deptNote + 1, 8);
  section(overdueSection, TEXT.overdue[language], cols);
  const overdueHeader = overdueSection + 1;
  OVERDUE_COLUMNS.forEach((id, c) => b.text(overdueHeader, c, label(id), "header"));
  b.height(overdueHeader, 30);
  const statusColumn = col("status");
  // 1 for a lagging or blocked row, 0 otherwise: dividing by it turns every other row into an error AGGREGATE skips.
  const matches = `(${statusColumn}=${stringLiteral(labels.lagging)})+(${statusColumn}=${stringLiteral(labels.blocked)})`;
  const position = (k: number) =>
    `AGGREGATE(15,6,(ROW(${statusColumn})-ROW(${W.header("tasks", "status")}))/(${matches}),${k})`;
  for (let k = 1; k <= DASHBOARD_OVERDUE; k++) {
    const row = overdueHeader + k;
    const at = position(k);
    const textOf = (id: string, fallback = '""') => `=IFERROR(INDEX(${col(id)},${at})&"",${fallback})`;
    const blankable = (id: string) => `=IFERROR(IF(INDEX(${col(id)},${at})="","",INDEX(${col(id)},${at})),"")`;
    OVERDUE_COLUMNS.forEach((id, c) => {
      switch (id) {
        case "due":
          return formula(row, c, `=IFERROR(1/(1/INDEX(${col(id)},${at})),"")`, "yyyy-mm-dd");
        case "lagDays":
          return formula(row, c, blankable(id), "0");
        case "progress":
          return formula(row, c, blankable(id), "0%");
        case "taskName":
          return formula(row, c, textOf(id, k === 1 ? stringLiteral(TEXT.none[language]) : '""'));
        default:
          return formula(row, c, textOf(id));
      }
    });
  }
  const overdueStatus = { row: overdueHeader + 1, col: 1, rows: DASHBOARD_OVERDUE, cols: 1 };
  b.conditionalFormats.push(...statusFormats(overdueStatus, cellRef(overdueHeader + 1, 1, "col"), language));
  const last = overdueHeader + DASHBOARD_OVERDUE + 1;
  b.area(range(last, 0, cols), text(message(TEXT.overdueNote, language, String(DASHBOARD_OVERDUE))), "hint");

  const area = { row: 0, col: 0, rows: last + 1, cols };
  b.names.push({ name: excelName(wbs.id, instanceId, "dashboard"), comment: DASHBOARD_NAME[language], ...area });
  return b.build(sheetName, { orientation: "landscape", fitToWidth: true, fitToHeight: true, area }, () => W);
}
