/**
 * The preview's sample project, "Faster complaint response" (客户投诉响应提速), in one language:
 * - T1 kickoff application: filled, signed by the initiating head and approved by the lead (signed);
 * - T2 consensus form, four departments: the lead department and Product approved, Engineering's signature stale (a
 *   delivery standard changed after it signed), Legal not signed yet (the form needs re-signing);
 * - T3 task breakdown: 40 tasks in every status (sample-tasks.ts);
 * - T5 change request: raised, not decided;
 * - T6 issue log: five issues, one major past its solution time and one past its response time.
 * Every date is counted from the status date, so the states hold on any day. The signatures are real ledger entries
 * (canonicalForm + appendEntry, one ECDSA key per signer from Web Crypto), so verifyLedger and formSignoffState give
 * these states; only the keys (and so the fingerprints) differ from one build to the next.
 */
import {
  appendEntry,
  bi,
  canonicalForm,
  createSigningKeys,
  DEFAULT_CALENDAR,
  EMPTY_LEDGER,
  entryRecord,
  formatDate,
  getTemplate,
  serialFromDate,
  shortCode,
  slotsOf,
  type Bilingual,
  type Host,
  type InstanceRecord,
  type Language,
  type Ledger,
  type Serial,
  type SignerRole,
  type SignoffCrypto,
  type TemplateId,
} from "../../core";
import type { FieldValues } from "../types";
import { blankForm, clockAt, signatureValues, type MemoryForm, type Row } from "./memory-form";
import { DEPARTMENTS, PEOPLE, sampleTaskRows } from "./sample-tasks";

/** Monday 2026-11-16, the status date of the README's examples. */
export const SAMPLE_STATUS_DATE: Serial = serialFromDate(2026, 11, 16);

/** Instance ids of the sample's forms. */
export const SAMPLE_IDS: Readonly<Partial<Record<TemplateId, string>>> = {
  T1: "pkick1",
  T2: "pcons1",
  T3: "pwbs01",
  T5: "pchg01",
  T6: "piss01",
};

/** The collaboration lead, who approves the kickoff application and decides change requests. */
export const SAMPLE_LEAD = { name: bi("Zhang Wei", "张伟"), department: bi("Project Office", "项目管理办公室") };

/** The department head who has not signed the consensus form yet: the preview's Word user. */
export const SAMPLE_PENDING_SIGNER = { name: PEOPLE[3][0], department: DEPARTMENTS[3] };

export interface SampleProject {
  forms: MemoryForm[];
  /** The ledger's records, in file order. */
  ledger: string[];
}

export interface SampleOptions {
  kind: Host;
  language: Language;
  statusDate: Serial;
  crypto: SignoffCrypto;
}

const PROJECT = bi("Faster complaint response", "客户投诉响应提速");

/** Sets slot values; a key the template does not have is a mistake in the sample. */
function fill(form: MemoryForm, values: FieldValues): void {
  const keys = new Set(slotsOf(getTemplate(form.record.template)).map((slot) => slot.key));
  for (const [key, value] of Object.entries(values)) {
    if (!keys.has(key)) throw new Error(`sample: ${form.record.template} has no field ${key}`);
    form.values[key] = value;
  }
}

/** Fills the first rows of a table; the rest stay blank. */
function fillRows(form: MemoryForm, table: string, rows: readonly Row[]): void {
  const current = form.tables[table];
  rows.forEach((row, i) => (current[i] = { ...current[i], ...row }));
}

/** The sample's text in its language, and its dates counted in working days from the status date. */
function writer(language: Language, statusDate: Serial) {
  const say = (text: Bilingual) => text[language];
  const day = (offset: number) => DEFAULT_CALENDAR.addWorkdays(statusDate, offset);
  const time = (offset: number, hours: number) => new Date((day(offset) - 25569 + hours / 24) * 86_400_000);
  return { say, day, time, en: (en: string, zh: string) => (language === "zh-CN" ? zh : en) };
}

interface Signer {
  role: SignerRole;
  name: Bilingual;
  department: Bilingual;
  /** The signature block's slot prefix. */
  block: string;
}

/** Signs like the task pane does: the form's canonical content now, a chained entry, its record, the visible block. */
class Signing {
  ledger: Ledger = EMPTY_LEDGER;
  readonly records: string[] = [];
  private readonly keys = new Map<string, Promise<CryptoKeyPair | null>>();

  constructor(
    private readonly crypto: SignoffCrypto,
    private readonly language: Language,
  ) {}

  async sign(form: MemoryForm, signer: Signer, at: Date): Promise<void> {
    const name = signer.name[this.language];
    if (!this.keys.has(name)) this.keys.set(name, createSigningKeys(this.crypto));
    const { record } = form;
    const content = canonicalForm({
      template: record.template,
      instance: record.id,
      version: record.version,
      values: form.values,
      tables: form.tables,
    });
    const department = signer.department[this.language];
    const request = { form: content, role: signer.role, department, signer: name, decision: "approve" as const, at };
    this.ledger = await appendEntry(this.ledger, { ...request, keys: await this.keys.get(name)! }, this.crypto);
    const entry = this.ledger.entries[this.ledger.entries.length - 1];
    this.records.push(entryRecord(this.ledger, entry));
    const view = { block: signer.block, signer: name, department, decision: entry.decision, comment: "", at: entry.at };
    fill(form, signatureValues({ ...view, code: shortCode(entry.fp) }, this.language));
  }
}

/** Builds the sample project: the forms the host kind can hold (Word: T1, T2, T5) and the ledger. */
export async function sampleProject(options: SampleOptions): Promise<SampleProject> {
  const { language, statusDate } = options;
  const w = writer(language, statusDate);
  const clock = clockAt(statusDate);
  const forms: MemoryForm[] = [];
  const add = (template: TemplateId): MemoryForm => {
    const definition = getTemplate(template);
    const record: InstanceRecord = { template, id: SAMPLE_IDS[template]!, language, version: definition.version };
    const form = blankForm(
      record,
      options.kind,
      forms.map((f) => f.location),
      clock,
    );
    if (definition.hosts.includes(options.kind)) forms.push(form);
    return form;
  };
  const signing = new Signing(options.crypto, language);
  const head = (dept: number) => ({ name: PEOPLE[dept][0], department: DEPARTMENTS[dept] });
  const end = formatDate(w.day(35));

  const kickoff = add("T1");
  fill(kickoff, kickoffValues(w, end));
  fillRows(kickoff, "milestones", [
    { milestone: w.en("Kickoff meeting", "召开启动会"), date: w.day(-35) },
    { milestone: w.en("Consensus form signed", "共识表签署"), date: w.day(-30) },
    { milestone: w.en("Triage queue live", "分诊队列上线"), date: w.day(12) },
    { milestone: w.en("Acceptance", "成果验收"), date: w.day(30) },
  ]);
  await signing.sign(kickoff, { role: "initiatingHead", ...head(0), block: "initiatingHead.1" }, w.time(-44, 9.5));
  fill(kickoff, {
    approvalDecision: w.en("Approve", "同意"),
    approvalOpinion: w.en("Approved. Report progress at the weekly meeting.", "同意。请在周会上汇报进展。"),
  });
  await signing.sign(kickoff, { role: "lead", ...SAMPLE_LEAD, block: "lead.1" }, w.time(-43, 10.25));

  const consensus = add("T2");
  fill(consensus, consensusValues(w, end));
  fillRows(consensus, "responsibilities", responsibilities(w));
  // Engineering signs first; a delivery standard changes afterwards, so its signature is stale.
  await signing.sign(consensus, { role: "department", ...head(2), block: "cooperatingDepartment.2" }, w.time(-31, 6));
  fill(consensus, {
    "standards.2": w.en(
      `Self-service answers cover 70% of complaint types by ${end}`,
      `${end}前自助答复覆盖70%的投诉类型`,
    ),
  });
  await signing.sign(consensus, { role: "lead", ...head(0), block: "leadDepartment.1" }, w.time(-29, 1));
  await signing.sign(consensus, { role: "department", ...head(1), block: "cooperatingDepartment.1" }, w.time(-29, 8));

  const wbs = add("T3");
  fill(wbs, { projectName: w.say(PROJECT), updateDate: statusDate, statusDate });
  fillRows(wbs, "tasks", sampleTaskRows(language, statusDate));
  fillRows(
    wbs,
    "departments",
    responsibilities(w).map(({ department, type, liaison }) => ({ department, type, liaison })),
  );

  fill(add("T5"), changeValues(w));

  const issues = add("T6");
  fill(issues, { projectName: w.say(PROJECT), statusTime: clock.statusTime });
  fillRows(issues, "issues", issueRows(w, clock.statusTime));

  return { forms, ledger: signing.records };
}

type Writer = ReturnType<typeof writer>;

function kickoffValues(w: Writer, end: string): FieldValues {
  return {
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
}

function consensusValues(w: Writer, end: string): FieldValues {
  return {
    projectName: w.say(PROJECT),
    date: w.day(-32),
    finalGoal: w.en(
      `Cut the average complaint response time from 48 h to 24 h by ${end}`,
      `${end}前将平均投诉响应时间从48小时缩短至24小时`,
    ),
    "standards.1": w.en(
      "First response to every complaint within 24 h, measured weekly",
      "每件投诉24小时内首次响应，每周统计",
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
}

function responsibilities(w: Writer): Row[] {
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

function changeValues(w: Writer): FieldValues {
  return {
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
}

/** Raised, responded and resolved times in hours relative to the status time. */
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
