import { nativeLag, nativeStatus, nativeWaitingOn, type TaskCells } from "./native-formulas";
import { bi, choice, COMMON, DEPARTMENT_TYPES, PROJECT_NAME } from "./text";
import type { FormulaContext, TemplateDef } from "./types";

/** This row's cells and the sheet-wide inputs, for the native formulas. */
function taskCells(f: FormulaContext): TaskCells {
  return {
    start: f.cell("start"),
    due: f.cell("due"),
    finish: f.cell("finish"),
    progress: f.cell("progress"),
    blocker: f.cell("blocker"),
    waitingOn: f.cell("waitingOn"),
    statusDate: f.field("statusDate"),
    calendar: { dates: f.column("calendar", "date"), kinds: f.column("calendar", "kind") },
  };
}

/**
 * Waiting on. A per-row CONCORD.WAITINGON needs the id, finish and progress columns, so a recalculation would hand
 * every row the whole table (O(tasks²) cells). The add-in's column instead reads its row of one CONCORD.WAITINGONALL
 * beside the table, called once per recalculation; the native formula stays per row (built-in functions only).
 */
function waitingOnFormula(f: FormulaContext): string {
  if (f.dialect === "native") {
    const ids = f.column("tasks", "taskId");
    const finishes = f.column("tasks", "finish");
    const progresses = f.column("tasks", "progress");
    return nativeWaitingOn({ predecessors: f.cell("predecessors"), ids, finishes, progresses });
  }
  return `=${f.spilledRow("waitingOn")}`;
}

/** The whole Waiting-on column, cycles reported (#VALUE! naming the cycle) since it gets the predecessors column. */
function waitingOnSpill(f: FormulaContext): string {
  const column = (id: string) => f.column("tasks", id);
  return `=CONCORD.WAITINGONALL(${column("taskId")},${column("predecessors")},${column("finish")},${column("progress")})`;
}

/** Status: a task waiting on a predecessor once its start date is reached is Blocked (SPEC §4), hence `waitingOn`. */
function statusFormula(f: FormulaContext): string {
  const t = taskCells(f);
  if (f.dialect === "native") return nativeStatus(t, f.language);
  return `=CONCORD.STATUS(${t.start},${t.due},${t.finish},${t.progress},${t.blocker},${t.statusDate},"${f.language}",,${f.table("calendar")},,${t.waitingOn})`;
}

function lagFormula(f: FormulaContext): string {
  const t = taskCells(f);
  if (f.dialect === "native") return nativeLag(t);
  return `=CONCORD.LAG(${t.due},${t.finish},${t.statusDate},${f.table("calendar")})`;
}

export const WBS: TemplateDef = {
  id: "T3",
  version: 2,
  name: bi("Task breakdown (WBS)", "跨部门协作任务分解表"),
  purpose: bi(
    "Every department's tasks with owners, dates and dependencies; status and lag are calculated for the status date.",
    "汇总各部门任务、负责人、时间节点与依赖关系；按状态日期自动计算状态与滞后天数。",
  ),
  hosts: ["excel"],
  landscape: true,
  blocks: [
    {
      type: "fields",
      id: "header",
      fields: [
        PROJECT_NAME,
        { id: "updateDate", label: bi("Update date", "更新日期"), kind: "date" },
        {
          id: "statusDate",
          label: bi("Status date", "状态日期"),
          kind: "date",
          required: true,
          formula: () => "=TODAY()",
          hint: bi(
            "Today by default; type a fixed date for a weekly report.",
            "默认为今天；编写周报时可改为固定日期。",
          ),
        },
      ],
    },
    {
      type: "table",
      table: {
        id: "tasks",
        title: bi("Tasks", "任务"),
        rows: 20,
        idPrefix: "WBS",
        columns: [
          { id: "taskId", label: bi("Task ID", "任务编号"), kind: "text", width: 10, required: true },
          { id: "taskName", label: bi("Task name", "任务名称"), kind: "text", width: 24, required: true },
          {
            id: "department",
            label: bi("Responsible department", "负责部门"),
            kind: "text",
            width: 16,
            required: true,
            listFrom: { table: "departments", column: "department" },
          },
          { id: "owner", label: COMMON.owner, kind: "text", width: 12, required: true },
          { id: "predecessors", label: bi("Predecessors", "前置任务"), kind: "text", width: 14 },
          { id: "start", label: bi("Start date", "开始日期"), kind: "date", width: 12 },
          { id: "due", label: COMMON.due, kind: "date", width: 12, required: true },
          { id: "finish", label: bi("Actual finish", "实际完成日期"), kind: "date", width: 12 },
          { id: "progress", label: bi("% complete", "完成百分比"), kind: "percent", width: 10 },
          { id: "resources", label: bi("Resources needed", "所需资源"), kind: "text", width: 14 },
          { id: "blocker", label: bi("Blocker", "阻塞原因"), kind: "text", width: 14 },
          {
            id: "waitingOn",
            label: bi("Waiting on", "等待前置任务"),
            kind: "formula",
            width: 14,
            formula: waitingOnFormula,
            spill: waitingOnSpill,
          },
          {
            id: "status",
            label: bi("Status", "状态"),
            kind: "formula",
            width: 12,
            formula: statusFormula,
          },
          {
            id: "lagDays",
            label: bi("Lag (days)", "滞后天数"),
            kind: "formula",
            width: 10,
            formula: lagFormula,
          },
          {
            id: "lagReason",
            label: bi("Lag reason", "滞后原因"),
            kind: "text",
            width: 18,
            hint: bi("e.g. design resources short", "如“设计资源不足”“需求变更未确认”"),
          },
          // A lagging task needs response measures within 24 hours (SPEC §2 step 6). The register colours both cells
          // of a row Lagging since the day before the status date without measures, or with measures past due
          // (native-formulas.ts nativeNeedsMeasures gives the exact rule).
          {
            id: "measures",
            label: bi("Response measures", "应对措施"),
            kind: "longText",
            width: 18,
            hint: bi(
              "set within 24 hours of a task lagging; red while missing or past their due date",
              "任务滞后后24小时内制定；缺失或逾期未完成时标红",
            ),
          },
          { id: "measuresDue", label: bi("Measures due", "措施完成时限"), kind: "date", width: 12 },
          { id: "notes", label: COMMON.notes, kind: "text", width: 14 },
        ],
      },
    },
    {
      type: "table",
      table: {
        id: "departments",
        title: bi("Departments", "参与部门"),
        rows: 6,
        columns: [
          { id: "department", label: COMMON.department, kind: "text", width: 16, required: true },
          { id: "type", label: bi("Type", "类型"), kind: "choice", choices: DEPARTMENT_TYPES, width: 10 },
          { id: "liaison", label: bi("Liaison", "联络人"), kind: "text", width: 12 },
        ],
      },
    },
    {
      type: "table",
      table: {
        id: "calendar",
        title: bi("Calendar (holidays and make-up workdays)", "日历（节假日与调休上班日）"),
        rows: 10,
        columns: [
          { id: "date", label: COMMON.date, kind: "date", width: 12 },
          {
            id: "kind",
            label: bi("Kind", "类型"),
            kind: "choice",
            width: 10,
            choices: [choice("holiday", "holiday", "休"), choice("workday", "workday", "班")],
          },
        ],
      },
    },
  ],
};
