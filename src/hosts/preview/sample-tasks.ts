/**
 * The preview's task breakdown (T3): 40 tasks of four departments, dated in the sample company's working days
 * (sample-calendar.ts) from the status date, so that every status of SPEC §4 comes out the same whatever the status
 * date: Completed (one late, one early, one at 100 % without a finish date), In progress (one started without
 * progress), Lagging (overdue or behind schedule, with and without a lag reason; with response measures, without, and
 * with measures whose due date has passed), Blocked (a blocker, or waiting on unfinished predecessors) and Not started
 * (some waiting on predecessors that are not done).
 */
import { bi, type Bilingual, type Language, type Serial } from "../../core";
import type { Row } from "./memory-form";
import { SAMPLE_CALENDAR } from "./sample-calendar";

/** The departments, in the order of the consensus form's responsibilities table (the first leads). */
export const DEPARTMENTS = [
  bi("Customer Service", "客服部"),
  bi("Product", "产品部"),
  bi("Engineering", "技术部"),
  bi("Legal", "法务部"),
] as const;

/** People by department; the first of each is its head. */
export const PEOPLE: ReadonlyArray<readonly Bilingual[]> = [
  [bi("Wang Fang", "王芳"), bi("Sun Li", "孙丽"), bi("Zhou Min", "周敏")],
  [bi("Zhao Lei", "赵磊"), bi("Wu Qian", "吴倩")],
  [bi("Liu Yang", "刘洋"), bi("Huang Tao", "黄涛"), bi("Xu Jie", "徐杰")],
  [bi("Chen Jing", "陈静"), bi("Ma Lin", "马琳")],
];

const REASONS = {
  design: bi("Design resources short", "设计资源不足"),
  unconfirmed: bi("Requirement change not confirmed", "需求变更未确认"),
  cleanup: bi("Old records need manual cleanup", "历史数据需人工清洗"),
  leave: bi("Reviewer on leave", "审核人员休假"),
};

const MEASURES = {
  engineer: bi("Second data engineer assigned to the cleanup", "增派一名数据工程师清洗数据"),
  reviewer: bi("Backup reviewer from the legal team", "法务部指定后备审核人"),
  confirm: bi("Product confirms the change on Wednesday", "产品部周三前确认变更"),
};

/**
 * One task: name, department (index into DEPARTMENTS), owner (index into its PEOPLE), predecessor numbers, start and
 * due (working days from the status date), finish (same, or null), progress, blocker and lag reason.
 */
interface SampleTask {
  name: Bilingual;
  dept: number;
  owner: number;
  after?: readonly number[];
  start: number | null;
  due: number;
  finish?: number;
  progress?: number;
  blocker?: Bilingual;
  lagReason?: Bilingual;
  resources?: Bilingual;
  /** Response measures for a lagging task, and when they take effect (working days from the status date). */
  measures?: Bilingual;
  measuresDue?: number;
}

const t = (
  name: Bilingual,
  dept: number,
  owner: number,
  start: number | null,
  due: number,
  rest: Partial<SampleTask> = {},
): SampleTask => ({
  name,
  dept,
  owner,
  start,
  due,
  ...rest,
});

export const SAMPLE_TASKS: readonly SampleTask[] = [
  // Completed
  t(bi("Kickoff meeting", "召开启动会"), 0, 0, -36, -35, { finish: -35, progress: 1 }),
  t(bi("Collect last quarter's complaints", "汇总上季度投诉数据"), 0, 1, -35, -30, { finish: -31, progress: 1 }),
  t(bi("Map the current complaint flow", "梳理现有投诉处理流程"), 1, 1, -30, -25, { after: [2], finish: -25 }),
  t(bi("Define complaint categories", "定义投诉分类"), 1, 0, -25, -20, { after: [3], finish: -21, progress: 1 }),
  t(bi("Customer data requirements", "客户数据合规要求"), 3, 0, -30, -22, { finish: -22, progress: 1 }),
  t(bi("Design the triage flow", "设计分诊流程"), 1, 0, -20, -12, { after: [4], finish: -11, progress: 1 }),
  t(bi("Set up the test environment", "搭建测试环境"), 2, 2, -20, -15, { finish: -16, progress: 1 }),
  t(bi("Response-time baseline report", "响应时效基线报告"), 0, 2, -28, -22, { after: [2], finish: -22 }),
  t(bi("Answer library outline", "自助答复库大纲"), 1, 1, -18, -12, { after: [4], progress: 1 }),
  t(bi("Training plan draft", "培训计划初稿"), 0, 1, 3, 8, { finish: -2, progress: 1 }),
  // In progress
  t(bi("Build the triage queue", "开发分诊队列"), 2, 0, -10, 10, { after: [6, 7], progress: 0.55 }),
  t(bi("Fix the complaint export", "修复投诉导出"), 2, 1, -5, 5, { progress: 0.6 }),
  t(bi("Response-time dashboard", "响应时效看板"), 2, 2, -8, 12, { after: [8], progress: 0.45 }),
  t(bi("Write answer texts, batch 1", "编写答复文本（第一批）"), 1, 1, -10, 5, { after: [9], progress: 0.7 }),
  t(bi("Agent training sessions", "客服培训"), 0, 1, -3, 12, {
    progress: 0.2,
    resources: bi("Training room", "培训室"),
  }),
  t(bi("Update the privacy notice", "更新隐私声明"), 3, 1, -6, 6, { progress: 0.5 }),
  t(bi("Weekly response-time report", "每周响应时效报告"), 0, 2, -15, 25, { progress: 0.4 }),
  t(bi("Escalation rules", "升级规则"), 1, 0, -2, 8, { progress: 0.3 }),
  t(bi("Check data retention periods", "核查数据保留期限"), 3, 1, 0, 10),
  // Lagging: overdue, with and without a reason
  t(bi("Migrate old complaint records", "迁移历史投诉记录"), 2, 1, -15, -3, {
    progress: 0.8,
    lagReason: REASONS.cleanup,
    measures: MEASURES.engineer,
    measuresDue: 2,
    resources: bi("1 data engineer", "1名数据工程师"),
  }),
  t(bi("Legal review of answer texts, batch 1", "答复文本法务审核（第一批）"), 3, 0, -10, -2, {
    progress: 0.5,
    lagReason: REASONS.leave,
    measures: MEASURES.reviewer,
    measuresDue: -1,
  }),
  t(bi("Import the answer library", "导入答复库"), 2, 2, -8, -1, {
    progress: 0.6,
    lagReason: REASONS.unconfirmed,
    measures: MEASURES.confirm,
    measuresDue: 1,
  }),
  t(bi("Update call scripts", "更新客服话术"), 0, 2, -6, -1, { progress: 0.7, lagReason: REASONS.design }),
  t(bi("Set up the customer survey", "配置客户回访问卷"), 0, 1, -9, -2, { progress: 0.5 }),
  t(bi("Vendor contract addendum", "供应商合同补充条款"), 3, 1, -12, -4, { progress: 0.3 }),
  // Lagging: behind the expected progress
  t(bi("Mobile complaint form", "移动端投诉表单"), 2, 0, -10, 5, { progress: 0.2, lagReason: REASONS.design }),
  t(bi("Write answer texts, batch 2", "编写答复文本（第二批）"), 1, 1, -5, 5, {
    progress: 0.1,
    lagReason: REASONS.unconfirmed,
  }),
  t(bi("Response-time alerts", "时效预警"), 2, 1, -10, 10, { progress: 0.1 }),
  // Blocked: a blocker
  t(bi("Single sign-on for agents", "客服单点登录"), 2, 2, -5, 10, {
    progress: 0.3,
    blocker: bi("Waiting for IT security approval", "等待信息安全审批"),
  }),
  t(bi("Call recording consent text", "录音告知文本"), 3, 0, -4, 4, {
    progress: 0.2,
    blocker: bi("Regulator guidance pending", "等待监管指引"),
  }),
  t(bi("Connect the chat channel", "对接在线客服渠道"), 2, 0, -2, 12, {
    progress: 0.1,
    blocker: bi("Vendor API key not issued", "供应商接口密钥未发放"),
  }),
  // Blocked: waiting on unfinished predecessors since the start date
  t(bi("Legal sign-off of answer texts, batch 2", "答复文本法务确认（第二批）"), 3, 1, -1, 6, { after: [27] }),
  t(bi("Roll out single sign-on", "单点登录上线"), 0, 0, 0, 8, { after: [29] }),
  t(bi("Load-test the triage queue", "分诊队列压力测试"), 2, 2, -2, 6, { after: [11, 12], progress: 0.1 }),
  // Not started: waiting, but not yet due to start
  t(bi("Triage queue go-live", "分诊队列上线"), 2, 0, 11, 12, { after: [11, 34] }),
  t(bi("Acceptance check", "成果验收"), 0, 0, 25, 30, { after: [35, 13] }),
  // Not started
  t(bi("Prepare the retrospective", "复盘准备"), 0, 0, 28, 32),
  t(bi("Tune knowledge-base search", "优化知识库搜索"), 1, 1, 5, 15),
  t(bi("Archive the case file", "案例归档"), 0, 2, 31, 33),
  t(bi("Quarterly compliance audit", "季度合规审计"), 3, 1, 15, 25),
];

const taskId = (n: number) => `WBS-${String(n).padStart(3, "0")}`;

/** The tasks as rows of the Tasks table, dated from `statusDate`. */
export function sampleTaskRows(language: Language, statusDate: Serial): Row[] {
  const day = (offset: number) => SAMPLE_CALENDAR.addWorkdays(statusDate, offset);
  const say = (text: Bilingual | undefined) => (text ? text[language] : null);
  return SAMPLE_TASKS.map((task, i) => ({
    taskId: taskId(i + 1),
    taskName: task.name[language],
    department: DEPARTMENTS[task.dept][language],
    owner: PEOPLE[task.dept][task.owner][language],
    predecessors: task.after ? task.after.map(taskId).join(", ") : null,
    start: task.start === null ? null : day(task.start),
    due: day(task.due),
    finish: task.finish === undefined ? null : day(task.finish),
    progress: task.progress ?? null,
    resources: say(task.resources),
    blocker: say(task.blocker),
    lagReason: say(task.lagReason),
    notes: null,
    measures: say(task.measures),
    measuresDue: task.measuresDue === undefined ? null : day(task.measuresDue),
  }));
}
