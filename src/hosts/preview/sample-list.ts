/**
 * The preview workbook's own lists for "Add status and lag to this table": a team's task list and an issue list as
 * people keep them, plain sheets that are not Concord templates. Their headers are the variants detection must read
 * ("Deadline", "% complete", "Blocked by", "Depends on"; 截止日期(计划), 进度, 前置任务…), a title sits above the
 * header row, and some cells are blank. Task dates are working days from the status date and issue times hours from
 * its status time (10:00), so every status and SLA state comes out whatever the status date. Working days here are
 * Monday to Friday, not the company calendar of the sample's WBS (sample-calendar.ts): the Status and Lag columns
 * "Add status and lag" adds to a list pass no calendar, so they count those days.
 */
import { bi, DEFAULT_CALENDAR, type Bilingual, type Language, type Serial } from "../../core";

export type SampleListId = "tasks" | "issues";

/** A plain sheet: values by row and column from A1 (null where blank), each cell's number format alike. */
export interface ListSheetData {
  id: SampleListId;
  name: string;
  /** 0-based row of the list's header (a title is above it). */
  headerRow: number;
  values: unknown[][];
  formats: string[][];
}

const DATE = "yyyy-mm-dd";
const TIME = "yyyy-mm-dd hh:mm";
const PERCENT = "0%";
const GENERAL = "General";

interface Column {
  header: Bilingual;
  format: string;
}

const TASK_COLUMNS: Column[] = [
  { header: bi("#", "序号"), format: GENERAL },
  { header: bi("Task", "任务"), format: GENERAL },
  { header: bi("Owner", "负责人"), format: GENERAL },
  { header: bi("Start", "开始日期"), format: DATE },
  { header: bi("Deadline", "截止日期(计划)"), format: DATE },
  { header: bi("Finished", "实际完成"), format: DATE },
  { header: bi("% complete", "进度"), format: PERCENT },
  { header: bi("Blocked by", "阻塞原因"), format: GENERAL },
  { header: bi("Depends on", "前置任务"), format: GENERAL },
  { header: bi("Notes", "备注"), format: GENERAL },
];

/** name, owner, start, due, finish (working days from the status date, or null), progress, blocker, predecessors. */
type TaskRow = [
  Bilingual,
  Bilingual | null,
  number | null,
  number | null,
  number | null,
  number | null,
  Bilingual | null,
  string | number | null,
];

const TASKS: TaskRow[] = [
  [bi("Collect requirements", "收集需求"), bi("Li Na", "李娜"), -10, -5, -6, 1, null, null],
  [bi("Draft the design", "编写设计稿"), bi("Wang Wei", "王伟"), -5, -1, null, 0.8, null, 1],
  [
    bi("Legal review of the design", "法务审核设计"),
    bi("Zhang Min", "张敏"),
    -2,
    4,
    null,
    0.2,
    bi("Waiting for the legal template", "等待法务模板"),
    2,
  ],
  [bi("Build the prototype", "搭建原型"), bi("Chen Jie", "陈杰"), 1, 9, null, null, null, 2],
  [bi("Prepare test data", "准备测试数据"), bi("Liu Yang", "刘洋"), -5, 4, null, 0.1, null, null],
  [bi("Write the user guide", "编写用户手册"), null, 0, 9, null, 0, null, 4],
  [bi("Sign the vendor contract", "签订供应商合同"), bi("Zhou Qi", "周琪"), -15, -8, -6, 1, null, null],
  [bi("Kickoff meeting", "启动会"), bi("Li Na", "李娜"), -10, -10, -10, 1, null, null],
  [bi("Security review", "安全评审"), bi("Zhang Min", "张敏"), 5, 10, null, null, null, "3, 5"],
  [bi("Training plan", "培训计划"), null, null, 14, null, null, null, null],
  [bi("Pilot launch", "试点上线"), bi("Wang Wei", "王伟"), 10, 18, null, null, null, "4, 9"],
];

const ISSUE_COLUMNS: Column[] = [
  { header: bi("Issue #", "问题编号"), format: GENERAL },
  { header: bi("Summary", "问题描述"), format: GENERAL },
  { header: bi("Reported", "提出时间"), format: TIME },
  { header: bi("First response", "首次响应"), format: TIME },
  { header: bi("Resolved", "解决时间"), format: TIME },
  { header: bi("Owner", "负责人"), format: GENERAL },
];

/** id, summary, raised, responded, resolved (hours from the status time, or null), owner. */
type IssueRow = [string, Bilingual, number | null, number | null, number | null, Bilingual | null];

const ISSUES: IssueRow[] = [
  ["IS-1", bi("Login fails for new accounts", "新账号无法登录"), -49, -48, -30, bi("Chen Jie", "陈杰")],
  ["IS-2", bi("Report export times out", "报表导出超时"), -20, -17, null, bi("Liu Yang", "刘洋")],
  ["IS-3", bi("Wrong totals in the invoice view", "发票视图合计错误"), -73, -72, null, bi("Wang Wei", "王伟")],
  ["IS-4", bi("Typo on the welcome page", "欢迎页错别字"), -1, null, null, null],
  ["IS-5", bi("Data sync delayed overnight", "夜间数据同步延迟"), -120, -119.5, -90, bi("Zhou Qi", "周琪")],
  ["IS-6", bi("Printer driver missing", "缺少打印机驱动"), -25, null, null, bi("Li Na", "李娜")],
  ["IS-7", bi("Ask legal about the new clause", "就新条款咨询法务"), null, null, null, null],
  ["IS-8", bi("Slow search on mobile", "移动端搜索缓慢"), -2, -1.5, null, bi("Chen Jie", "陈杰")],
];

const NAMES: Record<SampleListId, Bilingual> = {
  tasks: bi("Team tasks", "团队任务"),
  issues: bi("Issue list", "问题清单"),
};

const TITLES: Record<SampleListId, Bilingual> = {
  tasks: bi("Team tasks — Q4 launch", "团队任务 — 第四季度上线"),
  issues: bi("Open and closed issues", "问题清单（含已关闭）"),
};

function sheet(
  id: SampleListId,
  language: Language,
  columns: Column[],
  rows: Array<Array<string | number | null>>,
): ListSheetData {
  const width = columns.length;
  const title = [TITLES[id][language], ...Array<null>(width - 1).fill(null)];
  return {
    id,
    name: NAMES[id][language],
    headerRow: 1,
    values: [title, columns.map((c) => c.header[language]), ...rows],
    formats: [
      Array<string>(width).fill(GENERAL),
      Array<string>(width).fill(GENERAL),
      ...rows.map(() => columns.map((c) => c.format)),
    ],
  };
}

/** The two lists in the sample's language, dated from the status date (a working day) and its status time. */
export function sampleListSheets(language: Language, statusDate: Serial, statusTime: Serial): ListSheetData[] {
  const day = (offset: number | null) => (offset === null ? null : DEFAULT_CALENDAR.addWorkdays(statusDate, offset));
  const at = (hours: number | null) => (hours === null ? null : statusTime + hours / 24);
  const say = (text: Bilingual | null) => (text === null ? null : text[language]);
  const tasks = TASKS.map(([name, owner, start, due, finish, progress, blocker, after], i) => [
    i + 1,
    name[language],
    say(owner),
    day(start),
    day(due),
    day(finish),
    progress,
    say(blocker),
    after,
    null,
  ]);
  const issues = ISSUES.map(([id, summary, raised, responded, resolved, owner]) => [
    id,
    summary[language],
    at(raised),
    at(responded),
    at(resolved),
    say(owner),
  ]);
  return [sheet("tasks", language, TASK_COLUMNS, tasks), sheet("issues", language, ISSUE_COLUMNS, issues)];
}

/** The lists' sheet names in a language, for the preview's "selected list" choice. */
export const SAMPLE_LIST_NAMES = NAMES;
