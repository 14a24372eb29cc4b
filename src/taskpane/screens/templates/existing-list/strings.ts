import type { Language, ListKind, SlaWindows, SlaWindowsSource } from "../../../../core";

export interface ExistingListStrings {
  heading: string;
  intro: string;
  previewChoice: string;
  detect: string;
  detecting: string;
  detectFailed: (reason: string) => string;
  found: (kind: ListKind, sheet: string, range: string, rows: number) => string;
  mappingHeading: string;
  none: string;
  blankHeader: (column: string) => string;
  confidence: { chosen: string; sure: string; likely: string; unsure: string; missing: string };
  missing: (roles: string[]) => string;
  columnsLanguage: string;
  everyIssueMajor: string;
  /** Which major-issue windows the SLA column will use, and where they come from. */
  windows: (source: SlaWindowsSource, windows: SlaWindows) => string;
  /** The form the windows come from has hours CONCORD.SLA rejects: its field and the problem; nothing is added. */
  badWindows: (source: Exclude<SlaWindowsSource, "default">, field: string, problem: string) => string;
  /** Reading the file for the windows failed: nothing was detected. */
  windowsUnread: (reason: string) => string;
  confirmMajorFirst: string;
  add: (kind: ListKind, sheet: string) => string;
  adding: string;
  added: (columns: Array<{ header: string; address: string }>, statusDate: string) => string;
  addFailed: (reason: string) => string;
  previewSheet: (sheet: string) => string;
}

const list = (items: string[], and: string, separator: string) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(separator)}${and}${items[items.length - 1]}`;

const EN_FORM = { consensus: "consensus form (T2)", issueLog: "issue log's header (T6)" } as const;
const ZH_FORM = { consensus: "共识表（T2）", issueLog: "问题跟踪表（T6）表头" } as const;

export const EXISTING_LIST_STRINGS: Record<Language, ExistingListStrings> = {
  "en-US": {
    heading: "Use your own task list",
    intro:
      "Click a cell in your own task list or issue list in the sheet, then detect its columns. Concord adds Status, Lag and Waiting-on columns (or the SLA of an issue list) beside it; your cells are not changed.",
    previewChoice: "Selected in the preview",
    detect: "Detect columns of the selected list",
    detecting: "Reading the selected list…",
    detectFailed: (reason) => `The columns could not be detected: ${reason}`,
    found: (kind, sheet, range, rows) =>
      `${kind === "tasks" ? "Task list" : "Issue list"} on sheet “${sheet}”, ${range}: ${rows} ${rows === 1 ? "row" : "rows"}.`,
    mappingHeading: "Columns found: check and correct them",
    none: "— none —",
    blankHeader: (column) => `(column ${column}, no header)`,
    confidence: {
      chosen: "Your choice",
      sure: "Found: the header matches",
      likely: "Probably: check it",
      unsure: "Unsure: check it",
      missing: "Not found",
    },
    missing: (roles) => `Not found: ${list(roles, " and ", ", ")}.`,
    columnsLanguage: "Language of the added columns",
    everyIssueMajor:
      "Every issue in this list is major (it has no severity column, and the SLA clock is for major issues)",
    windows: (source, w) =>
      source === "default"
        ? "Major issues: the guide's 2 h / 24 h (response / solution); no consensus form or issue log in the file sets other hours."
        : `Major issues: response ${w.responseHours} h, solution ${w.solutionHours} h, from the ${EN_FORM[source]}.`,
    badWindows: (source, field, problem) =>
      `The SLA column cannot use the hours in the ${EN_FORM[source]}: “${field}”: ${problem}. Correct the field in the form, then detect the columns again.`,
    windowsUnread: (reason) =>
      `The project's SLA windows (consensus form, issue log) could not be read, so no SLA column is offered: ${reason}`,
    confirmMajorFirst: "Confirm first that every issue is major.",
    add: (kind, sheet) => (kind === "tasks" ? `Add Status, Lag and Waiting on to “${sheet}”` : `Add SLA to “${sheet}”`),
    adding: "Adding the columns…",
    added: (columns, statusDate) =>
      `Added ${list(
        columns.map((c) => `${c.header} (${c.address})`),
        " and ",
        ", ",
      )}, and the status date in ${statusDate}. Your own cells were not changed.`,
    addFailed: (reason) => `Nothing was added: ${reason}`,
    previewSheet: (sheet) => `The added columns in the preview's sheet “${sheet}”`,
  },
  "zh-CN": {
    heading: "使用您自己的任务清单",
    intro:
      "在工作表中单击您自己的任务清单或问题清单中的任一单元格，然后识别其列。Concord 会在旁边添加状态、滞后和等待前置任务列（问题清单则添加时效状态列），不改动您的单元格。",
    previewChoice: "预览中选中的清单",
    detect: "识别所选清单的列",
    detecting: "正在读取所选清单…",
    detectFailed: (reason) => `无法识别列：${reason}`,
    found: (kind, sheet, range, rows) =>
      `工作表“${sheet}”中的${kind === "tasks" ? "任务清单" : "问题清单"}，${range}：共 ${rows} 行。`,
    mappingHeading: "识别出的列：请核对并更正",
    none: "— 无 —",
    blankHeader: (column) => `（${column} 列，无标题）`,
    confidence: {
      chosen: "您的选择",
      sure: "已找到：标题匹配",
      likely: "可能：请核对",
      unsure: "不确定：请核对",
      missing: "未找到",
    },
    missing: (roles) => `未找到：${roles.join("、")}。`,
    columnsLanguage: "新增列的语言",
    everyIssueMajor: "此清单中的每个问题都是重大问题（清单没有严重程度列，而时效只适用于重大问题）",
    windows: (source, w) =>
      source === "default"
        ? "重大问题：按指南 2 小时 / 24 小时（响应 / 解决）；文件中的共识表和问题跟踪表均未设定其他时限。"
        : `重大问题：响应 ${w.responseHours} 小时，解决 ${w.solutionHours} 小时，取自${ZH_FORM[source]}。`,
    badWindows: (source, field, problem) =>
      `时效状态列无法使用${ZH_FORM[source]}中的小时数：“${field}”：${problem}。请在表单中更正该字段，然后重新识别列。`,
    windowsUnread: (reason) => `无法读取项目的时效时限（共识表、问题跟踪表），因此不提供时效状态列：${reason}`,
    confirmMajorFirst: "请先确认每个问题都是重大问题。",
    add: (kind, sheet) =>
      kind === "tasks" ? `为“${sheet}”添加状态、滞后和等待前置任务列` : `为“${sheet}”添加时效状态列`,
    adding: "正在添加列…",
    added: (columns, statusDate) =>
      `已添加${columns.map((c) => `${c.header}（${c.address}）`).join("、")}，状态日期在 ${statusDate}。您自己的单元格未被改动。`,
    addFailed: (reason) => `未添加任何内容：${reason}`,
    previewSheet: (sheet) => `预览工作表“${sheet}”中新增的列`,
  },
};
