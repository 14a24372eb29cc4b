/** The progress brief's words in both languages; `{name}` placeholders are filled by `say`. */
import type { Language } from "../language";
import { bi, type Bilingual } from "../templates";

export const BRIEF_TEXT = {
  title: bi("Progress brief", "进度简报"),
  statusDate: bi("Status date", "状态日期"),
  project: bi("Project", "项目"),
  progressTitle: bi("Overall progress", "总体进度"),
  completedOfTotal: bi("Tasks completed", "已完成任务"),
  completedValue: bi("{completed} of {total}", "{completed} / {total}"),
  meanProgress: bi(
    "Mean % complete (each task counts once, completed = 100%)",
    "平均完成率（每项任务权重相同，已完成按 100%）",
  ),
  wbsUpdated: bi("WBS updated", "任务分解表更新日期"),
  updatedValue: bi("{date} ({days} days before the status date)", "{date}（状态日期前 {days} 天）"),
  notUpdated: bi("not filled in", "未填写"),
  status: bi("Status", "状态"),
  tasks: bi("Tasks", "任务数"),
  share: bi("Share", "占比"),
  byDepartment: bi("Tasks by department", "各部门任务"),
  department: bi("Department", "部门"),
  noDepartment: bi("No department", "未填写部门"),
  total: bi("Total", "合计"),
  finished: bi("Finished this week ({from} – {to})", "本周完成（{from} 至 {to}）"),
  lagging: bi("Lagging tasks", "滞后任务"),
  blocked: bi("Blocked tasks", "阻塞任务"),
  issues: bi("Open issues", "未解决问题"),
  decisions: bi("Decisions needed", "待决策事项"),
  none: bi("None.", "无。"),
  taskId: bi("Task ID", "任务编号"),
  taskName: bi("Task", "任务"),
  owner: bi("Owner", "负责人"),
  due: bi("Due", "截止日期"),
  finishedOn: bi("Finished", "实际完成"),
  lag: bi("Lag (working days)", "滞后（工作日）"),
  progress: bi("% complete", "完成率"),
  lagReason: bi("Lag reason", "滞后原因"),
  measures: bi("Response measures", "应对措施"),
  measuresDue: bi("Measures due", "措施期限"),
  blockedBy: bi("Blocked by", "阻塞原因"),
  issueId: bi("Issue ID", "问题编号"),
  severity: bi("Severity", "严重程度"),
  raisedAt: bi("Raised", "提出时间"),
  sla: bi("SLA", "时效状态"),
  noSla: bi("No SLA", "无时效要求"),
  description: bi("Description", "问题描述"),
  item: bi("Task / issue", "任务/问题"),
  decision: bi("What needs deciding", "待决策内容"),
  // Decisions, one line each.
  blockedByBlocker: bi("{name} is blocked: {blocker}", "{name} 阻塞：{blocker}"),
  measuresMissing: bi(
    "{name} has been lagging for more than 24 hours without response measures",
    "{name} 滞后超过 24 小时，尚无应对措施",
  ),
  measuresOverdue: bi(
    "{name} is still lagging; its response measures were due {date}",
    "{name} 仍滞后；应对措施期限 {date} 已过",
  ),
  issueLate: bi(
    "{id} ({severity}) is past its {window} window by {hours} h; {who}",
    "{id}（{severity}）超出{window}时限 {hours} 小时；{who}",
  ),
  responseWindow: bi("response", "响应"),
  solutionWindow: bi("solution", "解决"),
  ownerActs: bi("owner to act: {actor}", "由负责人 {actor} 处理"),
  raiserActs: bi("no owner, so the person who raised it acts: {actor}", "无负责人，由提出人 {actor} 处理"),
  nobody: bi("no owner or raiser: assign one", "无负责人和提出人：请指定"),
  issueTimes: bi("{id}: the issue's times contradict each other: {problem}", "{id}：问题的时间相互矛盾：{problem}"),
  staleWbs: bi(
    "The WBS was last updated {days} days ago ({date}): refresh it",
    "任务分解表已 {days} 天未更新（{date}）：请更新",
  ),
  blankUpdate: bi("The WBS has no update date: refresh it and fill it in", "任务分解表未填写更新日期：请更新并填写"),
  cycle: bi("{ids} wait on each other (dependency cycle)", "{ids} 相互等待（循环依赖）"),
  selfCycle: bi("{id} lists itself as a predecessor", "{id} 的前置任务包含自身"),
  unknownId: bi("{task} lists predecessor {id}, which is not a task ID", "{task} 的前置任务 {id} 不是任务编号"),
  duplicateId: bi("Task ID {id} is used by {count} rows", "任务编号 {id} 被 {count} 行使用"),
} as const satisfies Record<string, Bilingual>;

/** The text in one language with its `{name}` placeholders filled. */
export function say(text: Bilingual, language: Language, params: Record<string, string | number> = {}): string {
  return text[language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
