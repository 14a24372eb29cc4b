import { STATUS_LABELS, type Language, type SlaWindow, type TaskStatus } from "../../../core";
import type { WindowsSource } from "./weekly-data";

/** The list of tasks a "select these rows" button acts on. */
export type RowList = "withoutReason" | "withoutMeasures" | "blocked";

export interface WeeklyStrings {
  heading: string;
  statusDate: string;
  statusDateHint: string;
  today: string;
  refresh: string;
  analysing: string;
  reading: string;
  badDate: string;
  readFailed: (reason: string) => string;
  retry: string;
  problem: string;
  summaryHeading: string;
  statusChart: (parts: string) => string;
  departmentsHeading: string;
  departmentChart: (department: string, total: number, parts: string) => string;
  noDepartment: string;
  tasks: (n: number) => string;
  noTasks: string;
  stale: (date: string, days: number) => string;
  staleBlank: string;
  attentionHeading: string;
  lists: Record<RowList | "dependencies" | "issues", string>;
  none: string;
  more: (n: number) => string;
  lateDays: (n: number) => string;
  noReason: string;
  noMeasures: string;
  measuresPassed: (date: string) => string;
  cycle: (ids: string) => string;
  unknownId: (task: string, id: string) => string;
  duplicateId: (id: string, count: number) => string;
  windowMissed: Record<SlaWindow, string>;
  hoursLate: (hours: number) => string;
  actor: Record<"owner" | "raiser", (name: string) => string> & { none: string };
  noIssueLog: string;
  windowsFrom: Record<WindowsSource, string>;
  select: (n: number) => string;
  selectName: (n: number, list: string) => string;
  selecting: string;
  selectedAll: (n: number) => string;
  selectedFirst: (n: number) => string;
  selectedNone: string;
  previewSelection: string;
  selectFailed: (reason: string) => string;
  briefHeading: string;
  copyBrief: string;
  copyText: string;
  copiedHtml: string;
  copiedText: string;
  copyManual: string;
  copyBox: string;
  briefPreview: string;
  writeSheet: string;
  writing: string;
  wrote: (sheet: string) => string;
  writeFailed: (reason: string) => string;
}

const list = (parts: string[], language: Language) => parts.join(language === "zh-CN" ? "，" : ", ");

const EN: WeeklyStrings = {
  heading: "Weekly review",
  statusDate: "Status date",
  statusDateHint: "The day the statuses are computed for: today, or a chosen day.",
  today: "Use today as the status date",
  refresh: "Refresh the review",
  analysing: "Analysing the task breakdown…",
  reading: "Reading the task breakdown and the issue log…",
  badDate: "Pick a status date first.",
  readFailed: (reason) => `The file could not be read: ${reason}`,
  retry: "Try reading the file again",
  problem: "Part of the review could not be done",
  summaryHeading: "Tasks by status",
  statusChart: (parts) => `Tasks by status: ${parts}`,
  departmentsHeading: "By department",
  departmentChart: (department, total, parts) => `${department}: ${total} tasks, ${parts}`,
  noDepartment: "(no department)",
  tasks: (n) => (n === 1 ? "1 task" : `${n} tasks`),
  noTasks: "The task breakdown has no tasks yet.",
  stale: (date, days) =>
    `The task breakdown was last updated on ${date}, ${days} days before the status date: update it every week.`,
  staleBlank: "The task breakdown has no update date: fill it in when you update the tasks.",
  attentionHeading: "Needs attention",
  lists: {
    withoutReason: "Lagging without a lag reason",
    withoutMeasures: "Lagging over 24 hours without response measures",
    blocked: "Blocked",
    dependencies: "Dependency problems",
    issues: "Issues past their SLA window",
  },
  none: "None.",
  more: (n) => `…and ${n} more.`,
  lateDays: (n) => (n === 1 ? "1 working day late" : `${n} working days late`),
  noReason: "no lag reason",
  noMeasures: "no measures",
  measuresPassed: (date) => `measures due ${date} passed`,
  cycle: (ids) => `Circular predecessors: ${ids}`,
  unknownId: (task, id) => `${task} lists ${id} as a predecessor, which is not in the task list`,
  duplicateId: (id, count) => `${id} is used by ${count} tasks`,
  windowMissed: { response: "response window missed", solution: "solution window missed" },
  hoursLate: (hours) => `${hours} h late`,
  actor: {
    owner: (name) => `${name} (owner) must act`,
    raiser: (name) => `${name} (raised it; no owner) must act`,
    none: "no owner or raiser named",
  },
  noIssueLog: "The file has no issue log (T6): no issue response times to check.",
  windowsFrom: {
    consensus: "Major-issue windows from the consensus form (T2).",
    issueLog: "Major-issue windows from the issue log's header (T6).",
    default: "Major-issue windows: the guide's 2 h response, 24 h solution.",
  },
  select: (n) => (n === 1 ? "Select this row in the sheet" : `Select these ${n} rows in the sheet`),
  selectName: (n, what) => `${EN.select(n)}: ${what}`,
  selecting: "Selecting the rows…",
  selectedAll: (n) => (n === 1 ? "Selected 1 row." : `Selected ${n} rows.`),
  selectedFirst: (n) =>
    `Selected the first ${n === 1 ? "row" : `${n} rows`}: this Excel selects one block at a time. Select again after dealing with them.`,
  selectedNone: "None of these rows is in the task table any more: refresh the review.",
  previewSelection: "In Excel, the selection is shown in the sheet; the preview keeps it in memory.",
  selectFailed: (reason) => `The rows could not be selected: ${reason}`,
  briefHeading: "Weekly progress brief",
  copyBrief: "Copy the brief",
  copyText: "Copy the brief as text",
  copiedHtml: "Copied the brief with its formatting: paste it into Word, Outlook or Teams.",
  copiedText: "Copied the brief as text.",
  copyManual: "This window does not allow copying. The brief is selected below: press Ctrl+C (⌘C on a Mac) to copy it.",
  copyBox: "The brief as text, to copy",
  briefPreview: "Preview of the brief",
  writeSheet: "Write the brief as a new sheet",
  writing: "Writing the brief sheet…",
  wrote: (sheet) => `Added the sheet "${sheet}" with the brief.`,
  writeFailed: (reason) => `The brief sheet could not be written: ${reason}`,
};

const ZH: WeeklyStrings = {
  heading: "周例会",
  statusDate: "状态日期",
  statusDateHint: "按哪一天计算状态：今天，或选定的日期。",
  today: "以今天为状态日期",
  refresh: "刷新周例会数据",
  analysing: "正在分析任务分解表…",
  reading: "正在读取任务分解表和问题跟踪表…",
  badDate: "请先选择状态日期。",
  readFailed: (reason) => `无法读取文件：${reason}`,
  retry: "重新读取文件",
  problem: "部分分析未能完成",
  summaryHeading: "各状态任务数",
  statusChart: (parts) => `各状态任务数：${parts}`,
  departmentsHeading: "按部门",
  departmentChart: (department, total, parts) => `${department}：共 ${total} 项，${parts}`,
  noDepartment: "（未填部门）",
  tasks: (n) => `${n} 项任务`,
  noTasks: "任务分解表中还没有任务。",
  stale: (date, days) => `任务分解表最后更新于 ${date}，比状态日期早 ${days} 天：请每周更新。`,
  staleBlank: "任务分解表未填写更新日期：更新任务时请一并填写。",
  attentionHeading: "需要关注",
  lists: {
    withoutReason: "滞后但未填写滞后原因",
    withoutMeasures: "滞后超过 24 小时但无应对措施",
    blocked: "阻塞",
    dependencies: "依赖关系问题",
    issues: "超出时限的问题",
  },
  none: "无。",
  more: (n) => `……另有 ${n} 项。`,
  lateDays: (n) => `滞后 ${n} 个工作日`,
  noReason: "未填写滞后原因",
  noMeasures: "无应对措施",
  measuresPassed: (date) => `应对措施期限 ${date} 已过`,
  cycle: (ids) => `前置任务循环：${ids}`,
  unknownId: (task, id) => `${task} 的前置任务 ${id} 不在任务列表中`,
  duplicateId: (id, count) => `${id} 被 ${count} 项任务重复使用`,
  windowMissed: { response: "超出响应时限", solution: "超出解决时限" },
  hoursLate: (hours) => `超时 ${hours} 小时`,
  actor: {
    owner: (name) => `需由负责人 ${name} 处理`,
    raiser: (name) => `需由提出人 ${name} 处理（未指定负责人）`,
    none: "未填写负责人或提出人",
  },
  noIssueLog: "文件中没有问题与风险跟踪表（T6）：无需检查问题时效。",
  windowsFrom: {
    consensus: "重大问题时限取自共识表（T2）。",
    issueLog: "重大问题时限取自问题跟踪表（T6）表头。",
    default: "重大问题时限：按指南 2 小时响应、24 小时解决。",
  },
  select: (n) => `在表格中选中这 ${n} 行`,
  selectName: (n, what) => `${ZH.select(n)}：${what}`,
  selecting: "正在选中这些行…",
  selectedAll: (n) => `已选中 ${n} 行。`,
  selectedFirst: (n) => `已选中前 ${n} 行：此版本的 Excel 一次只能选中一个连续区域。处理完后可再次选择。`,
  selectedNone: "这些行已不在任务表中：请刷新。",
  previewSelection: "在 Excel 中，选中的行会在工作表中显示；预览仅在内存中记录。",
  selectFailed: (reason) => `无法选中这些行：${reason}`,
  briefHeading: "周进度简报",
  copyBrief: "复制简报",
  copyText: "以纯文本复制简报",
  copiedHtml: "已复制带格式的简报：可粘贴到 Word、Outlook 或 Teams。",
  copiedText: "已以纯文本复制简报。",
  copyManual: "此窗口不允许复制。下方已选中简报文本：请按 Ctrl+C（Mac 上为 ⌘C）复制。",
  copyBox: "简报文本（供复制）",
  briefPreview: "简报预览",
  writeSheet: "将简报写入新工作表",
  writing: "正在写入简报工作表…",
  wrote: (sheet) => `已添加工作表“${sheet}”，内含简报。`,
  writeFailed: (reason) => `无法写入简报工作表：${reason}`,
};

export const WEEKLY_STRINGS: Record<Language, WeeklyStrings> = { "en-US": EN, "zh-CN": ZH };

/** "Completed 10, In progress 9, …" in the language's list punctuation. */
export function countsText(
  counts: Readonly<Record<TaskStatus, number>>,
  order: readonly TaskStatus[],
  language: Language,
): string {
  return list(
    order.map((s) => `${STATUS_LABELS[language][s]} ${counts[s]}`),
    language,
  );
}
