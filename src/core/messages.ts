import type { ConcordInputError } from "./errors";
import type { Language } from "./language";
import { showValue } from "./values";

export type MessageParams = { value?: unknown; row?: number; other?: string; limit?: string };

type Catalog = Record<string, (p: MessageParams) => string>;

const v = (p: MessageParams) => showValue(p.value);
/** A fraction as the percentage a user typed (1.2 → 120%, 1.0000001 → 100.00001%); text as it was typed. */
const pct = (p: MessageParams) =>
  typeof p.value === "number" ? `${Number((p.value * 100).toPrecision(15))}%` : showValue(p.value);

const en = {
  required: () => "is required",
  notDate: (p) => `${v(p)} is not a date: use a date or yyyy-mm-dd text`,
  notDateTime: (p) => `${v(p)} is not a date-time: use a date-time or yyyy-mm-dd hh:mm text`,
  dateRange: (p) => `${v(p)} is outside Excel's dates (1900-03-01 to 9999-12-31)`,
  notPercent: (p) => `${v(p)} is not a percentage: use 0%–100% or 0–1`,
  percentRange: (p) => `${pct(p)} is outside 0%–100%`,
  notNumber: (p) => `${v(p)} is not a number`,
  notFinite: (p) => `${v(p)} is too large: use a number Excel can hold`,
  hoursPositive: (p) => `${v(p)} must be a number of hours greater than 0`,
  solutionBeforeResponse: (p) => `${v(p)} h is shorter than the response window (${p.other} h)`,
  badLanguage: (p) => `${v(p)} is not a supported language: use en-US or zh-CN`,
  badWeekend: (p) =>
    `${v(p)} is not a weekend pattern: use 7 digits of 0/1 from Monday (1 = day off, e.g. "0000011") or a code 1–7, 11–17`,
  weekendAllDays: () => `"1111111" leaves no working day in the week`,
  calendarShape: (p) => `has ${v(p)} columns: use one column of dates, or two columns (date, kind)`,
  calendarDate: (p) => `row ${p.row}: ${v(p)} is not a date`,
  calendarKind: (p) => `row ${p.row}: ${v(p)} is not a kind: use holiday/休 or workday/班`,
  calendarNoDate: (p) => `row ${p.row}: kind ${v(p)} has no date`,
  calendarConflict: (p) => `${v(p)} is listed both as a holiday and as a workday`,
  dueBeforeStart: (p) => `${v(p)} is before the start date ${p.other}`,
  beforeRaised: (p) => `${v(p)} is before the time the issue was raised (${p.other})`,
  resolvedBeforeResponse: (p) => `${v(p)} is before the response time (${p.other})`,
  sizeMismatch: (p) => `has ${v(p)} cells but ids has ${p.other}: use ranges of the same size`,
  shapeMismatch: (p) =>
    `is ${p.other} cells but another argument is ${p.limit}: give one cell or ranges of the same size`,
  unknownPredecessor: (p) => `${v(p)} is not a task id in ids`,
  duplicateId: (p) => `${v(p)} appears ${p.other} times in ids`,
  cycle: (p) => `${p.other} is a cycle`,
  resultOutOfRange: () => "the result falls outside Excel's dates (1900-03-01 to 9999-12-31)",
  internal: (p) => `unexpected problem: ${p.other}`,
} satisfies Catalog;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, (p: MessageParams) => string> = {
  required: () => "不能为空",
  notDate: (p) => `${v(p)} 不是日期：请填写日期或 yyyy-mm-dd 文本`,
  notDateTime: (p) => `${v(p)} 不是日期时间：请填写日期时间或 yyyy-mm-dd hh:mm 文本`,
  dateRange: (p) => `${v(p)} 超出 Excel 日期范围（1900-03-01 至 9999-12-31）`,
  notPercent: (p) => `${v(p)} 不是百分比：请填写 0%–100% 或 0–1`,
  percentRange: (p) => `${pct(p)} 超出 0%–100%`,
  notNumber: (p) => `${v(p)} 不是数字`,
  notFinite: (p) => `${v(p)} 太大：请填写 Excel 能表示的数字`,
  hoursPositive: (p) => `${v(p)} 必须是大于 0 的小时数`,
  solutionBeforeResponse: (p) => `${v(p)} 小时短于响应时限（${p.other} 小时）`,
  badLanguage: (p) => `${v(p)} 不是支持的语言：请使用 en-US 或 zh-CN`,
  badWeekend: (p) => `${v(p)} 不是周末模式：请用从周一起的 7 位 0/1（1 = 休息，如 "0000011"）或代码 1–7、11–17`,
  weekendAllDays: () => `"1111111" 使一周没有工作日`,
  calendarShape: (p) => `有 ${v(p)} 列：请用一列日期，或两列（日期、类型）`,
  calendarDate: (p) => `第 ${p.row} 行：${v(p)} 不是日期`,
  calendarKind: (p) => `第 ${p.row} 行：${v(p)} 不是有效类型：请用 休/holiday 或 班/workday`,
  calendarNoDate: (p) => `第 ${p.row} 行：类型 ${v(p)} 缺少日期`,
  calendarConflict: (p) => `${v(p)} 同时被列为休息日和工作日`,
  dueBeforeStart: (p) => `${v(p)} 早于开始日期 ${p.other}`,
  beforeRaised: (p) => `${v(p)} 早于问题提出时间（${p.other}）`,
  resolvedBeforeResponse: (p) => `${v(p)} 早于响应时间（${p.other}）`,
  sizeMismatch: (p) => `有 ${v(p)} 个单元格，而 ids 有 ${p.other} 个：请使用大小相同的区域`,
  shapeMismatch: (p) => `为 ${p.other} 个单元格，而另一参数为 ${p.limit}：请给一个单元格或大小相同的区域`,
  unknownPredecessor: (p) => `${v(p)} 不在任务编号（ids）中`,
  duplicateId: (p) => `${v(p)} 在任务编号（ids）中出现了 ${p.other} 次`,
  cycle: (p) => `${p.other} 构成循环依赖`,
  resultOutOfRange: () => "结果超出 Excel 日期范围（1900-03-01 至 9999-12-31）",
  internal: (p) => `意外问题：${p.other}`,
};

/** Chinese names of the functions' arguments, shown next to the argument's own name. */
const ZH_ARGUMENTS: Record<string, string> = {
  start: "开始日期",
  due: "截止日期",
  finish: "实际完成日期",
  progress: "完成百分比",
  blocker: "阻塞原因",
  statusDate: "状态日期",
  language: "语言",
  tolerance: "容差",
  calendar: "日历",
  weekend: "周末",
  end: "结束日期",
  days: "天数",
  predecessors: "前置任务",
  ids: "任务编号",
  finishes: "实际完成日期列",
  progresses: "完成百分比列",
  raisedAt: "提出时间",
  respondedAt: "响应时间",
  resolvedAt: "解决时间",
  statusTime: "状态时间",
  responseHours: "响应时限",
  solutionHours: "解决时限",
  normalResponseHours: "一般问题响应时限",
  normalSolutionHours: "一般问题解决时限",
  text: "文本",
  waitingOn: "等待前置任务",
  allPredecessors: "前置任务列",
};

/** The message for a bad input, in one language (`argument: problem`), or in both when the language is unknown. */
export function describeInputError(error: ConcordInputError, language: Language | "both"): string {
  if (language === "both") return `${describeInputError(error, "en-US")} / ${describeInputError(error, "zh-CN")}`;
  if (language === "zh-CN") {
    const name = ZH_ARGUMENTS[error.argument];
    const label = name ? `${error.argument}（${name}）` : error.argument;
    return `${label}：${zh[error.key](error.params)}`;
  }
  return `${error.argument}: ${en[error.key](error.params)}`;
}
