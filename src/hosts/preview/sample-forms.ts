/**
 * The sample project's forms, in the sample's language: what each one holds (slot values and table rows), dated in
 * the sample company's working days (sample-calendar.ts) from the status date, as its WBS is. sample-project.ts puts
 * them in the file and signs them.
 */
import { bi, formatDate, weekdayOf, type Bilingual, type Language, type Serial } from "../../core";
import type { FieldValues } from "../types";
import type { Row } from "./memory-form";
import { SAMPLE_CALENDAR } from "./sample-calendar";
import { DEPARTMENTS, PEOPLE } from "./sample-tasks";

/** What a form is filled with: slot values, and the first rows of its tables. */
export interface FormFill {
  values: FieldValues;
  tables?: Record<string, Row[]>;
}

export const PROJECT = bi("Faster complaint response", "客户投诉响应提速");

/** The sample's text in its language, and its dates counted in the company's working days from the status date. */
export function writer(language: Language, statusDate: Serial) {
  const say = (text: Bilingual) => text[language];
  const day = (offset: number) => SAMPLE_CALENDAR.addWorkdays(statusDate, offset);
  const time = (offset: number, hours: number) => new Date((day(offset) - 25569 + hours / 24) * 86_400_000);
  /** The project's end, which goals and standards name. */
  const end = formatDate(day(35));
  return { say, day, time, end, statusDate, en: (en: string, zh: string) => (language === "zh-CN" ? zh : en) };
}

export type Writer = ReturnType<typeof writer>;

export function kickoffApplication(w: Writer): FormFill {
  const { end } = w;
  const values: FieldValues = {
    projectName: w.say(PROJECT),
    number: `XT-${formatDate(w.day(-45)).slice(0, 4)}-007`,
    initiatingDepartment: w.say(DEPARTMENTS[0]),
    initiationDate: w.day(-45),
    scenario: w.en("Process optimization", "流程优化型"),
    backgroundAndGoal: w.en(
      `Complaints wait 48 h on average for a first response, and customers escalate. Goal: cut the average complaint response time from 48 h to 24 h by ${end}.`,
      `投诉平均等待48小时才得到首次响应，客户不断升级投诉。目标：${end}前将平均投诉响应时间从48小时缩短至24小时。`,
    ),
    expectedResults: w.en(
      "A complaint triage queue, a self-service answer library and a weekly response-time report.",
      "投诉分诊队列、自助答复库和每周响应时效报告。",
    ),
    involvedDepartments: DEPARTMENTS.map(w.say).join(w.en(", ", "、")),
  };
  const milestones = [
    { milestone: w.en("Kickoff meeting", "召开启动会"), date: w.day(-35) },
    { milestone: w.en("Consensus form signed", "共识表签署"), date: w.day(-30) },
    { milestone: w.en("Triage queue live", "分诊队列上线"), date: w.day(12) },
    { milestone: w.en("Acceptance", "成果验收"), date: w.day(30) },
  ];
  return { values, tables: { milestones } };
}

/** The lead's approval of the kickoff application (not signed content: it goes in after the initiating head signs). */
export function kickoffApproval(w: Writer): FieldValues {
  return {
    approvalDecision: w.en("Approve", "同意"),
    approvalOpinion: w.en("Approved. Report progress at the weekly meeting.", "同意。请在周会上汇报进展。"),
  };
}

export function consensusForm(w: Writer): FormFill {
  const { end } = w;
  const values: FieldValues = {
    projectName: w.say(PROJECT),
    date: w.day(-32),
    finalGoal: w.en(
      `Cut the average complaint response time from 48 h to 24 h by ${end}`,
      `${end}前将平均投诉响应时间从48小时缩短至24小时`,
    ),
    "standards.1": w.en(
      `By ${end}, 95% of complaints get a first response within 24 h`,
      `${end}前，95%的投诉在24小时内得到首次响应`,
    ),
    "standards.2": w.en(
      `Self-service answers cover 60% of complaint types by ${end}`,
      `${end}前自助答复覆盖60%的投诉类型`,
    ),
    "standards.3": w.en(`Escalated complaints down 30% on last quarter by ${end}`, `${end}前升级投诉较上季度减少30%`),
    dailyChannel: w.en("Project chat group", "项目企业群"),
    meetingDay: w.en("Monday", "每周一"),
    meetingTime: 10.5 / 24,
    meetingParticipants: w.en("Department heads and liaisons", "各部门负责人及联络人"),
  };
  return { values, tables: { responsibilities: responsibilities(w) } };
}

/** The edit made to the consensus form after Engineering signed it: its signature goes stale. */
export function consensusEdit(w: Writer): FieldValues {
  return {
    "standards.2": w.en(
      `Self-service answers cover 70% of complaint types by ${w.end}`,
      `${w.end}前自助答复覆盖70%的投诉类型`,
    ),
  };
}

export function responsibilities(w: Writer): Row[] {
  const lead = w.en("Lead", "牵头");
  const cooperating = w.en("Cooperating", "配合");
  const rows: Array<[string, string, Bilingual]> = [
    [lead, w.en("Execution", "执行"), bi("Run the triage; own the response-time report", "负责投诉分诊与响应时效报告")],
    [
      cooperating,
      w.en("Support", "支持"),
      bi("Design the triage flow and the answer library", "设计分诊流程与自助答复库"),
    ],
    [cooperating, w.en("Execution", "执行"), bi("Build the triage queue and the dashboard", "开发分诊队列与看板")],
    [
      cooperating,
      w.en("Supervision", "监督"),
      bi("Review answer texts and customer data handling", "审核答复文本与客户数据处理"),
    ],
  ];
  return rows.map(([role, type, responsibility], i) => ({
    department: w.say(DEPARTMENTS[i]),
    role,
    type,
    responsibility: w.say(responsibility),
    liaison: w.say(PEOPLE[i][1]),
  }));
}

export function changeRequest(w: Writer): FormFill {
  const values: FieldValues = {
    projectName: w.say(PROJECT),
    changeId: "CR-001",
    raisedBy: w.say(DEPARTMENTS[0]),
    date: w.day(-2),
    changes: w.en("Plan", "计划"),
    description: w.en(
      `Move the triage queue go-live from ${formatDate(w.day(12))} to ${formatDate(w.day(17))}.`,
      `分诊队列上线日期由${formatDate(w.day(12))}调整为${formatDate(w.day(17))}。`,
    ),
    reason: w.en(
      "Legal needs five more working days to review the answer texts.",
      "法务部需要额外5个工作日审核答复文本。",
    ),
    impactScope: w.en("None", "无"),
    impactSchedule: w.en(
      "Go-live 5 working days later; the acceptance date stays.",
      "上线推迟5个工作日；验收日期不变。",
    ),
    impactResources: w.en("None", "无"),
    affectedDepartments: [DEPARTMENTS[2], DEPARTMENTS[3]].map(w.say).join(w.en(", ", "、")),
  };
  return { values };
}

/** The issue log: raised, responded and resolved times in hours from the status time. */
export function issueLog(w: Writer, statusTime: Serial): FormFill {
  return {
    // Normal issues get their own, longer windows; the 2 h / 24 h clock is for major issues only.
    values: { projectName: w.say(PROJECT), statusTime, normalResponseHours: 8, normalSolutionHours: 72 },
    tables: { issues: issueRows(w, statusTime) },
  };
}

function issueRows(w: Writer, statusTime: Serial): Row[] {
  const at = (hours: number | null) => (hours === null ? null : statusTime + hours / 24);
  const major = w.en("Major", "重大");
  const normal = w.en("Normal", "一般");
  const issue = (
    n: number,
    raised: number,
    responded: number | null,
    resolved: number | null,
    severity: string,
    who: [number, number],
    text: { description: Bilingual; tasks?: string; measures?: Bilingual },
  ): Row => ({
    issueId: `ISS-${String(n).padStart(3, "0")}`,
    raisedAt: at(raised),
    raisedBy: w.say(PEOPLE[who[0]][who[1]]),
    description: w.say(text.description),
    severity,
    affectedTasks: text.tasks ?? null,
    owner: w.say(PEOPLE[who[0]][0]),
    respondedAt: at(responded),
    resolvedAt: at(resolved),
    measures: text.measures ? w.say(text.measures) : null,
  });
  return [
    issue(1, -72, -71, -52, major, [0, 1], {
      description: bi("Complaint export fails for records with attachments", "带附件的投诉记录导出失败"),
      tasks: "WBS-012",
      measures: bi("Export patched; a test added", "已修复导出并补充测试"),
    }),
    issue(2, -50, -49, -40, normal, [2, 2], {
      description: bi("Duplicate customer records in the test data", "测试数据中存在重复客户记录"),
      measures: bi("Test data cleaned", "已清洗测试数据"),
    }),
    issue(3, -30, -27, null, major, [3, 1], {
      description: bi("Legal review backlog delays the answer library", "法务审核积压，拖慢答复库进度"),
      tasks: "WBS-021, WBS-032",
      measures: bi("A second reviewer requested", "已申请增派一名审核人员"),
    }),
    issue(4, -6, -5.5, null, normal, [1, 1], {
      description: bi("Dashboard colours unreadable when printed", "看板打印后颜色难以辨认"),
      tasks: "WBS-013",
    }),
    issue(5, -4, null, null, major, [0, 2], {
      description: bi(
        "The triage queue loses a complaint's priority when it is reassigned",
        "投诉转派后分诊队列丢失优先级",
      ),
      tasks: "WBS-011",
    }),
  ];
}

/** Who attended, by department: the head and the liaison. */
function attendees(w: Writer): Row[] {
  return DEPARTMENTS.map((department, i) => ({
    department: w.say(department),
    attendees: PEOPLE[i].slice(0, 2).map(w.say).join(w.en(", ", "、")),
  }));
}

/** Minutes of the kickoff meeting (loop step 3). */
export function kickoffMinutes(w: Writer): FormFill {
  const department = (i: number) => w.say(DEPARTMENTS[i]);
  return {
    values: {
      projectName: w.say(PROJECT),
      meetingType: w.en("Kickoff", "启动会"),
      date: w.day(-35),
      time: 14 / 24,
      agenda: w.en(
        "Goal and delivery standards; who leads and who cooperates; communication rules",
        "目标与交付标准；牵头与配合分工；沟通机制",
      ),
      issuesRaised: w.en("Legal's capacity to review the answer texts in time.", "法务部能否按时审核答复文本。"),
      "decisions.1": w.en(
        "Customer Service leads; Product, Engineering and Legal cooperate.",
        "客服部牵头，产品部、技术部、法务部配合。",
      ),
      "decisions.2": w.en("Weekly meeting on Mondays at 10:30, 30 minutes.", "每周一10:30召开周会，时长30分钟。"),
      "decisions.3": w.en(
        "Major issues: response within 2 h, solution within 24 h.",
        "重大问题2小时内响应，24小时内解决。",
      ),
    },
    tables: {
      attendees: attendees(w),
      progress: [0, 1, 2, 3].map((i) => ({
        department: department(i),
        progress: w.en("Agreed its responsibilities.", "确认本部门职责。"),
        needs: null,
      })),
      actions: [
        {
          action: w.en("Compile the consensus form", "汇总编制共识表"),
          owner: w.say(PEOPLE[0][0]),
          due: w.day(-32),
          taskId: null,
        },
        {
          action: w.en("Send each department's tasks for the WBS", "提交各部门任务，汇总至任务分解表"),
          owner: w.say(PEOPLE[0][1]),
          due: w.day(-30),
          taskId: null,
        },
      ],
    },
  };
}

/** Minutes of the last weekly meeting (loop step 6): the Monday before the status date. */
export function weeklyMinutes(w: Writer): FormFill {
  const monday = w.statusDate - (weekdayOf(w.statusDate) || 7);
  const row = (i: number, progress: Bilingual, needs: Bilingual | null) => ({
    department: w.say(DEPARTMENTS[i]),
    progress: w.say(progress),
    needs: needs ? w.say(needs) : null,
  });
  return {
    values: {
      projectName: w.say(PROJECT),
      meetingType: w.en("Weekly", "周会"),
      date: monday,
      time: 10.5 / 24,
      agenda: w.en(
        "Progress by department; lagging and blocked tasks; the go-live date",
        "各部门进展；滞后与阻塞任务；上线日期",
      ),
      issuesRaised: w.en(
        "The legal review backlog (ISS-003) holds up the answer library.",
        "法务审核积压（ISS-003）拖慢答复库进度。",
      ),
      "decisions.1": w.en(
        "Customer Service raises a change request to move the go-live.",
        "客服部提交变更申请，调整上线日期。",
      ),
      "decisions.2": w.en(
        "Engineering asks IT security to speed up the single sign-on approval.",
        "技术部请信息安全部门加快单点登录审批。",
      ),
    },
    tables: {
      attendees: attendees(w),
      progress: [
        row(0, bi("Agent training started", "客服培训已启动"), bi("Survey setup is late", "回访问卷配置滞后")),
        row(1, bi("Answer texts, batch 1 at 70%", "第一批答复文本完成70%"), null),
        row(2, bi("Triage queue at 55%", "分诊队列完成55%"), bi("Single sign-on approval", "单点登录审批")),
        row(3, bi("Privacy notice half done", "隐私声明完成一半"), bi("A second reviewer", "增派审核人员")),
      ],
      actions: [
        {
          action: w.en("Raise the change request for the go-live", "提交上线日期变更申请"),
          owner: w.say(PEOPLE[0][0]),
          due: w.day(-2),
          taskId: "WBS-035",
        },
        {
          action: w.en("Follow up the IT security approval", "跟进信息安全审批"),
          owner: w.say(PEOPLE[2][0]),
          due: w.day(2),
          taskId: "WBS-029",
        },
      ],
    },
  };
}
