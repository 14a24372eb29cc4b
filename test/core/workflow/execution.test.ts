import { projectState } from "../../../src/core/workflow";
import {
  changeRequest,
  consensusForm,
  kickoff,
  minutes,
  NOW,
  options,
  person,
  Project,
  stepOf,
  task,
  TODAY,
  wbs,
  type Person,
} from "./fixtures";

const T6 = (issues: Array<Record<string, unknown>>) => ({
  values: { projectName: "Complaint response" },
  tables: { issues },
});

describe("phase 2: execution and monitoring", () => {
  test("plan: tasks need name, department, owner and due date; unknown predecessors and cycles are named", async () => {
    const empty = new Project().add(
      "T3",
      "wbs001",
      wbs([task(1, { taskName: "", department: "", owner: "", due: null, start: null, progress: null, status: "" })]),
    );
    const none = stepOf(await projectState(empty.input(), options), "plan");
    // A row holding only its pre-filled id is no task.
    expect(none.summary["en-US"]).toBe("The WBS has no tasks yet");
    expect(none.next).toMatchObject({ action: "open", template: "T3", instance: "wbs001" });

    const tasks = [
      task(1, { predecessors: "WBS-003" }),
      task(2, { owner: "", predecessors: "WBS-001, WBS-009" }),
      task(3, { predecessors: "WBS-002", department: "Product" }),
    ];
    const step = stepOf(await projectState(new Project().add("T3", "wbs001", wbs(tasks)).input(), options), "plan");
    expect(step.state).toBe("blocked");
    expect(step.summary["en-US"]).toBe(
      "3 tasks in 2 departments, 4 dependencies; 1 task without name, department, owner or due date: WBS-002; " +
        "predecessors that are not task ids: WBS-009; tasks waiting on each other in a cycle: WBS-001, WBS-002, WBS-003",
    );
    expect(step.summary["zh-CN"]).toBe(
      "3 项任务，涉及 2 个部门，4 个依赖关系；1 项任务缺少名称、负责部门、负责人或截止日期：WBS-002；" +
        "前置任务编号不存在：WBS-009；任务之间循环依赖：WBS-001、WBS-002、WBS-003",
    );
    expect(step.next?.label["en-US"]).toBe("Break the dependency cycle in the WBS");

    const good = [task(1), task(2, { predecessors: "WBS-001" })];
    const done = stepOf(await projectState(new Project().add("T3", "wbs001", wbs(good)).input(), options), "plan");
    expect(done).toMatchObject({ state: "done", next: null });
    expect(done.summary["en-US"]).toBe("2 tasks in 1 department, 1 dependency");
  });

  test("track weekly: lagging tasks without a reason need attention; with reasons the step is done", async () => {
    const tasks = [
      task(1, { finish: TODAY - 3, progress: 1, status: "Completed" }),
      task(2, { due: TODAY - 2, status: "Lagging" }),
      task(3, { progress: 0.1, status: "滞后" }),
      task(4, { blocker: "Waiting for the vendor", status: "Blocked" }),
      task(5, { due: TODAY - 1, status: "Lagging", lagReason: "设计资源不足" }),
    ];
    const project = new Project().add("T3", "wbs001", wbs(tasks));
    const step = stepOf(await projectState(project.input(), options), "track");
    expect(step.state).toBe("attention");
    expect(step.summary["en-US"]).toBe(
      "5 tasks: 1 completed, 3 lagging, 1 blocked; updated 2 days ago; 2 lagging tasks without a reason: WBS-002, WBS-003",
    );
    expect(step.summary["zh-CN"]).toBe(
      "5 项任务：已完成 1、滞后 3、阻塞 1；2 天前更新；2 项滞后任务未注明原因：WBS-002、WBS-003",
    );
    // The weekly review lists the tasks without a reason and selects their rows.
    expect(step.next).toEqual({
      action: "review",
      template: "T3",
      instance: "wbs001",
      label: { "en-US": "Give the reason for WBS-002, WBS-003", "zh-CN": "填写 WBS-002、WBS-003 的滞后原因" },
    });

    const explained = tasks.map((t) => (t.status.match(/Lagging|滞后/) ? { ...t, lagReason: "需求变更未确认" } : t));
    const done = stepOf(
      await projectState(new Project().add("T3", "wbs001", wbs(explained)).input(), options),
      "track",
    );
    expect(done).toMatchObject({ state: "done", next: null });
  });

  test("track weekly: a status the sheet did not compute is derived by the rules of SPEC §4", async () => {
    const tasks = [
      task(1, { status: "", due: TODAY - 1 }),
      task(2, { status: "#VALUE!", predecessors: "WBS-001" }),
      task(3, { status: "", start: TODAY + 1, progress: null }),
    ];
    const step = stepOf(await projectState(new Project().add("T3", "wbs001", wbs(tasks)).input(), options), "track");
    // WBS-001 overdue: Lagging without a reason; WBS-002 waits on it: Blocked, the wait is its reason.
    expect(step.summary["en-US"]).toBe(
      "3 tasks: 1 lagging, 1 blocked, 1 not started; updated 2 days ago; 1 lagging task without a reason: WBS-001",
    );
  });

  test("track weekly: an update date older than 7 days asks for the weekly review, unless every task is completed", async () => {
    const stale = new Project().add("T3", "wbs001", wbs([task(1)], TODAY - 10));
    const step = stepOf(await projectState(stale.input(), options), "track");
    expect(step.state).toBe("attention");
    expect(step.summary["zh-CN"]).toBe("1 项任务：进行中 1；10 天前更新");
    expect(step.next).toEqual({
      action: "review",
      template: "T3",
      instance: "wbs001",
      label: {
        "en-US": "Run the weekly review: refresh the WBS status and its update date",
        "zh-CN": "周例会：更新任务分解表的进度与更新日期",
      },
    });

    const blank = stepOf(
      await projectState(new Project().add("T3", "wbs001", wbs([task(1)], null)).input(), options),
      "track",
    );
    expect(blank.summary["en-US"]).toBe("1 task: 1 in progress; no update date");
    expect(blank.next?.action).toBe("review");

    const finished = new Project().add(
      "T3",
      "wbs001",
      wbs([task(1, { finish: TODAY - 20, status: "Completed" })], TODAY - 10),
    );
    expect(stepOf(await projectState(finished.input(), options), "track").state).toBe("done");

    // A host that does not read the update date: no freshness check at all.
    const unread = { statusDate: TODAY, tasks: [task(1)] };
    expect(stepOf(await projectState(new Project().add("T3", "wbs001", unread).input(), options), "track").state).toBe(
      "done",
    );
  });

  test("communicate: regular minutes kept up with the meeting period, major issues get measures in time", async () => {
    const project = new Project()
      .add("T2", "cons01", consensusForm())
      .add("T3", "wbs001", wbs([task(1)]))
      .add("T4", "meet01", minutes("weekly", "2026-11-09"))
      .add(
        "T6",
        "log001",
        T6([
          {
            issueId: "ISS-001",
            raisedAt: "2026-11-18 09:00",
            raisedBy: "Li",
            description: "Outage",
            severity: "Major",
            owner: "Chen",
          },
          {
            issueId: "ISS-002",
            raisedAt: "2026-11-20 08:00",
            raisedBy: "Li",
            description: "Slow",
            severity: "重大",
            owner: "Chen",
          },
          {
            issueId: "ISS-003",
            raisedAt: "2026-11-01 08:00",
            raisedBy: "Li",
            description: "Typo",
            severity: "Normal",
            owner: "Chen",
          },
        ]),
      );
    const step = stepOf(await projectState(project.input(), options), "communicate");
    expect(step.state).toBe("attention");
    expect(step.instances).toEqual(["meet01", "log001"]);
    expect(step.summary["en-US"]).toBe(
      "1 set of regular minutes, latest 2026-11-09; no minutes for 11 days; major issues without measures in time: ISS-001",
    );
    expect(step.summary["zh-CN"]).toBe(
      "例会纪要 1 份，最近一次 2026-11-09；已 11 天没有会议纪要；重大问题未按时明确应对措施：ISS-001",
    );
    expect(step.next).toMatchObject({ action: "open", template: "T6", instance: "log001" });

    const [first, ...rest] = project.forms.log001.tables.issues;
    project.forms.log001 = T6([{ ...first, measures: "Fail over to the backup" }, ...rest]);
    project.add("T4", "meet02", minutes("weekly", "2026-11-16"));
    const done = stepOf(await projectState(project.input(), options), "communicate");
    expect(done).toMatchObject({ state: "done", next: null });
    expect(done.summary["en-US"]).toBe("2 sets of regular minutes, latest 2026-11-16; 2 major issues, none overdue");
  });

  test("communicate: a major issue's solution window is T2's, read as the issue log's SLA reads it", async () => {
    // Raised 14 h before NOW: inside the default 24 h, past a 12 h window.
    const issue = { issueId: "ISS-010", raisedAt: "2026-11-19 20:00", severity: "Major", owner: "Chen" };
    const withHours = (hours: Record<string, unknown>) => {
      const consensus = consensusForm();
      return new Project()
        .add("T2", "cons01", { ...consensus, values: { ...consensus.values, ...hours } })
        .add("T6", "log001", T6([issue]));
    };
    const overdue = async (hours: Record<string, unknown>) =>
      stepOf(await projectState(withHours(hours).input(), options), "communicate").summary["en-US"];
    const late = "major issues without measures in time: ISS-010";
    expect(await overdue({})).not.toContain(late);
    expect(await overdue({ solutionHours: 12 })).toContain(late);
    expect(await overdue({ responseHours: "1", solutionHours: "12" })).toContain(late);
    // Hours the SLA rejects (a solution window shorter than the response window, 0 or less, text) keep the 24 h default.
    expect(await overdue({ responseHours: 13, solutionHours: 12 })).not.toContain(late);
    expect(await overdue({ solutionHours: 0 })).not.toContain(late);
    expect(await overdue({ solutionHours: -5 })).not.toContain(late);
    expect(await overdue({ solutionHours: "soon" })).not.toContain(late);
    expect(await overdue({ solutionHours: 15 })).not.toContain(late);
  });

  test("communicate: without hours in T2, the issue log's own major window counts, as in the weekly review", async () => {
    const issue = { issueId: "ISS-011", raisedAt: "2026-11-19 20:00", severity: "Major", owner: "Chen" };
    const log = (values: Record<string, unknown>) => {
      const form = T6([issue]);
      return { ...form, values: { ...form.values, ...values } };
    };
    const summary = async (t2: Record<string, unknown>, t6: Record<string, unknown>) => {
      const consensus = consensusForm();
      const project = new Project()
        .add("T2", "cons01", { ...consensus, values: { ...consensus.values, ...t2 } })
        .add("T6", "log001", log(t6));
      return stepOf(await projectState(project.input(), options), "communicate").summary["en-US"];
    };
    const late = "major issues without measures in time: ISS-011";
    expect(await summary({ responseHours: null, solutionHours: null }, { solutionHours: 12 })).toContain(late);
    expect(await summary({ responseHours: null, solutionHours: null }, {})).not.toContain(late);
    // T2's hours come first.
    expect(await summary({ solutionHours: 20 }, { solutionHours: 12 })).not.toContain(late);
  });

  test("in Word, the WBS and the issue log are not offered for insertion: the steps say they are kept in Excel", async () => {
    const word = await projectState(new Project().input(), { ...options, host: "word" });
    const plan = stepOf(word, "plan");
    expect(plan.next).toBeNull();
    expect(plan.summary).toEqual({
      "en-US": "No task breakdown (WBS) in this file yet; the task breakdown (WBS) is kept in an Excel workbook",
      "zh-CN": "文件中还没有任务分解表；任务分解表在 Excel 工作簿中维护",
    });
    // Word can insert the minutes, and the case file offers what Word can insert first.
    expect(stepOf(word, "communicate").next).toMatchObject({ action: "insert", template: "T4" });
    const forms = new Project().add("T1", "kick01", kickoff()).add("T2", "cons01", consensusForm()).input();
    const archive = await projectState(forms, { ...options, host: "word" });
    expect(stepOf(archive, "archive").next).toMatchObject({ action: "insert", template: "T4" });
    const excel = await projectState(new Project().input(), { ...options, host: "excel" });
    expect(stepOf(excel, "plan").next).toMatchObject({ action: "insert", template: "T3" });
  });

  test("communicate: no minutes asks for the regular meeting's", async () => {
    const step = stepOf(await projectState(new Project().input(), options), "communicate");
    expect(step.next).toMatchObject({ action: "insert", template: "T4" });
    expect(step.summary["zh-CN"]).toBe("尚无例会会议纪要");
  });

  describe("change requests", () => {
    let people: Record<string, Person>;
    beforeAll(async () => {
      people = {
        liNa: await person("Li Na", "Customer service"),
        wang: await person("Wang Fang", "Product"),
        chen: await person("Chen Jie", "Engineering"),
        zhao: await person("Zhao Lei", "Legal"),
        lead: await person("Sun Hao", "PMO"),
      };
    });

    async function signedConsensus(): Promise<Project> {
      const project = new Project().add("T2", "cons01", consensusForm());
      await project.sign("cons01", people.liNa, "lead");
      for (const who of [people.wang, people.chen, people.zhao]) await project.sign("cons01", who, "department");
      return project;
    }

    test("no change request: done once the consensus form is signed, offering to raise one", async () => {
      const step = stepOf(await projectState((await signedConsensus()).input(), options), "change");
      expect(step).toMatchObject({ state: "done", next: { action: "raiseChange", template: "T5" } });
    });

    test("a change request waits for the lead; approved, the consensus form needs a full re-sign", async () => {
      const project = await signedConsensus();
      project.add("T5", "chg001", changeRequest());
      let state = await projectState(project.input(), options);
      expect(stepOf(state, "consensus").state).toBe("done");
      let change = stepOf(state, "change");
      expect(change.state).toBe("attention");
      expect(change.summary["en-US"]).toBe("1 change request: 0 approved, 0 rejected, 1 awaiting the lead's decision");
      expect(change.next).toEqual({
        action: "approveChange",
        template: "T5",
        instance: "chg001",
        label: { "en-US": "Decide on change request CR-001", "zh-CN": "审批变更申请 CR-001" },
      });

      await project.sign("chg001", people.lead, "lead");
      state = await projectState(project.input(), options);
      const consensus = stepOf(state, "consensus");
      expect(consensus.state).toBe("attention");
      expect(consensus.summary).toEqual({
        "en-US":
          "Consensus form: change request CR-001 approved: every signature must be collected again (0 of 4 done)",
        "zh-CN": "共识表：变更申请 CR-001 已批准，须重新收集全部签字（已签 0/4）",
      });
      change = stepOf(state, "change");
      expect(change.state).toBe("attention");
      expect(change.summary["zh-CN"]).toBe("变更申请 1 份：已批准 1，已驳回 0，待牵头人审批 0；共识表已重新签字 0/4");
      expect(change.next).toMatchObject({ action: "sign", template: "T2", instance: "cons01" });
      expect(change.next?.label["en-US"]).toMatch(
        /^Ask Lead department: Customer service, .* to sign the consensus form again$/,
      );

      await project.sign("cons01", people.liNa, "lead");
      for (const who of [people.wang, people.chen, people.zhao]) await project.sign("cons01", who, "department");
      state = await projectState(project.input(), options);
      expect(stepOf(state, "consensus").state).toBe("done");
      expect(stepOf(state, "change")).toMatchObject({ state: "done", next: null });
    });

    test("an approved change that adds a department adds its signer to the consensus form", async () => {
      const project = await signedConsensus();
      project.add("T5", "chg001", changeRequest({ changes: "Departments", affectedDepartments: "Finance" }));
      await project.sign("chg001", people.lead, "lead");
      const step = stepOf(await projectState(project.input(), options), "consensus");
      expect(step.summary["en-US"]).toBe(
        "Consensus form: change request CR-001 approved: every signature must be collected again (0 of 5 done)",
      );
      expect(step.next?.label["en-US"]).toBe(
        "Ask Lead department: Customer service, Head of Product, Head of Engineering and 2 more to sign again",
      );
    });

    test("a rejected change request is decided; one edited after the decision is decided again", async () => {
      const project = await signedConsensus();
      project.add("T5", "chg001", changeRequest());
      await project.sign("chg001", people.lead, "lead", "reject", "Not worth the delay");
      let state = await projectState(project.input(), options);
      expect(stepOf(state, "change").state).toBe("done");
      expect(stepOf(state, "consensus").state).toBe("done");

      project.forms.chg001 = changeRequest({ reason: "Supplier delay of three weeks" });
      state = await projectState(project.input(), options);
      const step = stepOf(state, "change");
      expect(step.state).toBe("attention");
      expect(step.summary["en-US"]).toBe(
        "1 change request: 0 approved, 0 rejected, 1 awaiting the lead's decision; changed after the decision: CR-001",
      );
      expect(step.next?.label["zh-CN"]).toBe("重新审批变更申请 CR-001");
    });
  });

  test("now is a date-time: an issue raised 2 h ago is not overdue yet", async () => {
    expect(NOW - TODAY).toBeCloseTo(10 / 24);
    const project = new Project().add(
      "T6",
      "log001",
      T6([
        {
          issueId: "ISS-001",
          raisedAt: "2026-11-20 08:00",
          raisedBy: "Li",
          description: "Slow",
          severity: "Major",
          owner: "Chen",
        },
      ]),
    );
    const step = stepOf(await projectState(project.input(), options), "communicate");
    expect(step.summary["en-US"]).toBe("No regular meeting minutes yet; 1 major issue, none overdue");
  });
});
