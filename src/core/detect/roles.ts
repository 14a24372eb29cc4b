/**
 * The columns detection looks for in a task list or an issue list, with the header names people give them in both
 * languages (compared after `normalizeHeader`) and the kind of value each holds (used to break ties).
 */
import { bi, type Bilingual } from "../templates";
import { normalizeHeader } from "./headers";

export type ListKind = "tasks" | "issues";

export type TaskRole =
  | "taskId"
  | "taskName"
  | "department"
  | "owner"
  | "start"
  | "due"
  | "finish"
  | "progress"
  | "blocker"
  | "predecessors"
  | "lagReason"
  | "measures";

export type IssueRole = "issueId" | "raisedAt" | "respondedAt" | "resolvedAt" | "severity" | "owner" | "measures";

export type ColumnRole = TaskRole | IssueRole;

/** What a column's cells hold: dates (also with a time), a percentage, free text, or ids. */
export type ValueKind = "date" | "percent" | "text" | "id";

export interface RoleDef {
  label: Bilingual;
  kind: ValueKind;
  aliases: readonly string[];
}

const ID_ALIASES = ["id", "no", "#", "number", "编号", "序号", "代码"];
const OWNER: RoleDef = {
  label: bi("Owner", "负责人"),
  kind: "text",
  aliases: [
    "owner",
    "assignee",
    "assigned to",
    "responsible",
    "person in charge",
    "pic",
    "负责人",
    "责任人",
    "执行人",
    "经办人",
    "处理人",
  ],
};
const MEASURES: RoleDef = {
  label: bi("Response measures", "应对措施"),
  kind: "text",
  aliases: [
    "measures",
    "response measures",
    "actions",
    "action plan",
    "countermeasures",
    "mitigation",
    "next steps",
    "应对措施",
    "措施",
    "改进措施",
    "解决措施",
    "处理措施",
    "整改措施",
    "应对方案",
  ],
};

export const TASK_ROLES: Readonly<Record<TaskRole, RoleDef>> = {
  taskId: {
    label: bi("Task ID", "任务编号"),
    kind: "id",
    aliases: [
      ...ID_ALIASES,
      "task id",
      "wbs",
      "wbs id",
      "wbs code",
      "wbs no",
      "task no",
      "task number",
      "task #",
      "任务编号",
      "任务id",
      "wbs编号",
      "工作包编号",
    ],
  },
  taskName: {
    label: bi("Task name", "任务名称"),
    kind: "text",
    aliases: [
      "task",
      "task name",
      "name",
      "title",
      "task title",
      "summary",
      "work item",
      "item",
      "任务",
      "任务名称",
      "任务名",
      "工作内容",
      "事项",
      "名称",
      "工作任务",
      "任务内容",
      "任务描述",
    ],
  },
  department: {
    label: bi("Department", "部门"),
    kind: "text",
    aliases: [
      "department",
      "dept",
      "team",
      "group",
      "responsible department",
      "owning team",
      "部门",
      "负责部门",
      "责任部门",
      "所属部门",
      "团队",
      "牵头部门",
      "小组",
    ],
  },
  owner: OWNER,
  start: {
    label: bi("Start", "开始日期"),
    kind: "date",
    aliases: [
      "start",
      "start date",
      "begin",
      "begin date",
      "planned start",
      "plan start",
      "start on",
      "starts",
      "开始",
      "开始日期",
      "开始时间",
      "计划开始",
      "计划开始日期",
      "计划开始时间",
      "起始日期",
    ],
  },
  due: {
    label: bi("Due", "截止日期"),
    kind: "date",
    aliases: [
      "due",
      "due date",
      "deadline",
      "end",
      "end date",
      "finish by",
      "finish",
      "planned finish",
      "plan finish",
      "target date",
      "due on",
      "截止",
      "截止日期",
      "截止时间",
      "截至日期",
      "计划完成",
      "计划完成日期",
      "计划完成时间",
      "到期",
      "到期日",
      "到期日期",
      "计划结束",
      "结束日期",
      "结束时间",
      "完成期限",
    ],
  },
  finish: {
    label: bi("Actual finish", "实际完成日期"),
    kind: "date",
    aliases: [
      "actual finish",
      "finished",
      "finished on",
      "done on",
      "completed on",
      "completion date",
      "date completed",
      "actual end",
      "actual completion",
      "实际完成",
      "实际完成日期",
      "实际完成时间",
      "完成日期",
      "完成时间",
      "实际结束",
      "实际结束日期",
      "完成于",
    ],
  },
  progress: {
    label: bi("% complete", "完成百分比"),
    kind: "percent",
    aliases: [
      "%",
      "% complete",
      "percent complete",
      "percent done",
      "% done",
      "pct complete",
      "progress",
      "completion",
      "完成率",
      "进度",
      "完成百分比",
      "完成比例",
      "完成进度",
      "百分比",
      "完成度",
    ],
  },
  blocker: {
    label: bi("Blocker", "阻塞原因"),
    kind: "text",
    aliases: [
      "blocker",
      "blockers",
      "blocked by",
      "blocking issue",
      "impediment",
      "impediments",
      "blocked",
      "阻塞",
      "阻塞原因",
      "阻碍",
      "障碍",
      "卡点",
      "受阻原因",
      "阻塞问题",
    ],
  },
  predecessors: {
    label: bi("Predecessors", "前置任务"),
    kind: "id",
    aliases: [
      "predecessors",
      "predecessor",
      "depends on",
      "dependencies",
      "dependency",
      "prerequisites",
      "前置",
      "前置任务",
      "依赖",
      "依赖任务",
      "紧前任务",
      "前序任务",
    ],
  },
  lagReason: {
    label: bi("Lag reason", "滞后原因"),
    kind: "text",
    aliases: ["lag reason", "reason for delay", "delay reason", "reason", "滞后原因", "延期原因", "延误原因", "原因"],
  },
  measures: MEASURES,
};

export const ISSUE_ROLES: Readonly<Record<IssueRole, RoleDef>> = {
  issueId: {
    label: bi("Issue ID", "问题编号"),
    kind: "id",
    aliases: [
      ...ID_ALIASES,
      "issue id",
      "issue no",
      "issue #",
      "issue number",
      "ticket",
      "ticket id",
      "risk id",
      "问题编号",
      "风险编号",
      "问题id",
    ],
  },
  raisedAt: {
    label: bi("Raised at", "提出时间"),
    kind: "date",
    aliases: [
      "raised at",
      "raised",
      "raised on",
      "reported at",
      "reported on",
      "reported",
      "created",
      "created at",
      "opened",
      "opened at",
      "date raised",
      "提出时间",
      "提出日期",
      "发现时间",
      "报告时间",
      "登记时间",
      "创建时间",
      "提出于",
    ],
  },
  respondedAt: {
    label: bi("Responded at", "响应时间"),
    kind: "date",
    aliases: [
      "responded at",
      "responded",
      "response time",
      "first response",
      "response at",
      "responded on",
      "响应时间",
      "首次响应时间",
      "回复时间",
      "响应于",
      "响应日期",
    ],
  },
  resolvedAt: {
    label: bi("Resolved at", "解决时间"),
    kind: "date",
    aliases: [
      "resolved at",
      "resolved",
      "resolved on",
      "closed at",
      "closed on",
      "resolution time",
      "date resolved",
      "解决时间",
      "解决日期",
      "关闭时间",
      "关闭日期",
      "解决于",
    ],
  },
  severity: {
    label: bi("Severity", "严重程度"),
    kind: "text",
    aliases: ["severity", "priority", "level", "impact", "严重程度", "级别", "等级", "优先级", "严重性", "问题级别"],
  },
  owner: OWNER,
  measures: MEASURES,
};

export const ROLES_OF: Readonly<Record<ListKind, Readonly<Partial<Record<ColumnRole, RoleDef>>>>> = {
  tasks: TASK_ROLES,
  issues: ISSUE_ROLES,
};

/** The roles whose presence tells one kind of list from the other. */
export const KEY_ROLES: Readonly<Record<ListKind, readonly ColumnRole[]>> = {
  tasks: ["start", "due", "finish", "progress", "predecessors", "blocker"],
  issues: ["raisedAt", "respondedAt", "resolvedAt", "severity"],
};

/** The aliases of every role, normalized once. */
export const NORMALIZED_ALIASES: ReadonlyMap<RoleDef, readonly string[]> = new Map(
  [...Object.values(TASK_ROLES), ...Object.values(ISSUE_ROLES)].map((def) => [def, def.aliases.map(normalizeHeader)]),
);
