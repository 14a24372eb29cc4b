import type { ProjectSnapshot } from "../../../src/hosts/types";
import { projectState, serialAt } from "../../../src/core/workflow";
import {
  acceptance,
  changeRequest,
  consensusForm,
  kickoff,
  minutes,
  options,
  person,
  Project,
  record,
  retrospective,
  states,
  stepOf,
  task,
  TODAY,
  wbs,
  type Person,
} from "./fixtures";

describe("phase 3: closing and review, and a whole project", () => {
  let people: Record<"liNa" | "wang" | "chen" | "zhao" | "lead", Person>;

  beforeAll(async () => {
    people = {
      liNa: await person("Li Na", "Customer service"),
      wang: await person("Wang Fang", "Product"),
      chen: await person("Chen Jie", "Engineering"),
      zhao: await person("Zhao Lei", "Legal"),
      lead: await person("Sun Hao", "PMO"),
    };
  });

  async function signByDepartments(project: Project, id: string, leadRole: "lead" | "department") {
    await project.sign(id, people.liNa, leadRole);
    for (const who of [people.wang, people.chen, people.zhao]) await project.sign(id, who, "department");
  }

  /** Every form filled and signed, an approved change re-signed, every task completed. */
  async function completeProject(): Promise<Project> {
    const done = { finish: TODAY - 30, progress: 1, status: "已完成" };
    const project = new Project()
      .add("T1", "kick01", kickoff())
      .add("T4", "meet01", minutes("kickoff", "2026-10-19"))
      .add("T2", "cons01", consensusForm())
      .add("T3", "wbs001", wbs([task(1, done), task(2, { ...done, predecessors: "WBS-001" })], TODAY - 20))
      .add("T4", "meet02", minutes("weekly", "2026-10-26"))
      .add("T5", "chg001", changeRequest())
      .add("T7", "acc001", acceptance("Conditional", "Signed off with one open typo"))
      .add("T8", "retro1", retrospective());
    await project.sign("kick01", people.liNa, "initiatingHead");
    await project.sign("kick01", people.lead, "lead");
    await signByDepartments(project, "cons01", "lead");
    await project.sign("chg001", people.lead, "lead");
    await signByDepartments(project, "cons01", "lead");
    await project.sign("acc001", people.lead, "lead");
    await project.sign("acc001", people.liNa, "requester");
    await project.sign("retro1", people.lead, "lead");
    await signByDepartments(project, "retro1", "department");
    return project;
  }

  test("a complete project: every step done, nothing current, the case file complete", async () => {
    const state = await projectState((await completeProject()).input(), options);
    expect(Object.values(states(state))).toEqual(Array(11).fill("done"));
    expect(state.current).toBeNull();
    expect(stepOf(state, "archive").summary).toEqual({
      "en-US": "Case file complete: 7 kinds of documents, all signed",
      "zh-CN": "案例资料齐全：7 类文件，均已签字",
    });
    expect(stepOf(state, "archive").instances).toEqual([
      "kick01",
      "cons01",
      "wbs001",
      "meet01",
      "meet02",
      "chg001",
      "acc001",
      "retro1",
    ]);
    expect(stepOf(state, "acceptance").summary["en-US"]).toBe(
      "Acceptance checklist: 1 of 1 deliverable accepted; signed (2 of 2)",
    );
    expect(stepOf(state, "retrospective").summary["zh-CN"]).toBe("复盘报告：已全部签字（5/5）");
    expect(stepOf(state, "change").summary["en-US"]).toBe(
      "1 change request: 1 approved, 0 rejected, 0 awaiting the lead's decision",
    );
  });

  test("the hosts' ProjectSnapshot is a ProjectInput", async () => {
    const project = await completeProject();
    const input = project.input();
    const snapshot: ProjectSnapshot = {
      instances: input.instances.map(({ record: r }) => ({ record: r, location: r.template })),
      forms: project.forms as ProjectSnapshot["forms"],
      ledger: [...input.ledger],
      wbs: {
        wbs001: {
          instance: record("T3", "wbs001"),
          statusDate: TODAY,
          updateDate: TODAY,
          tasks: project.wbs.wbs001.tasks.map((t, i) => ({
            ...t,
            row: i + 1,
            resources: "",
            notes: "",
            measures: "",
            measuresDue: null,
            lagDays: 0,
            waitingOn: "",
          })),
        },
      },
    };
    expect((await projectState(snapshot, options)).current).toBeNull();
  });

  test("acceptance: a failed deliverable blocks, a conditional pass needs its conditions, then the checklist is signed", async () => {
    const failed = new Project().add("T7", "acc001", acceptance("Fail"));
    let step = stepOf(await projectState(failed.input(), options), "acceptance");
    expect(step.state).toBe("blocked");
    expect(step.summary["en-US"]).toBe("Acceptance checklist: 0 of 1 deliverable accepted; failed: Complaint SOP");
    expect(step.summary["zh-CN"]).toBe("成果验收单：1 项交付成果中 0 项通过验收；未通过：Complaint SOP");
    expect(step.next).toMatchObject({ action: "fill", template: "T7", instance: "acc001" });
    expect(step.next?.label["en-US"]).toBe("Rework and check Complaint SOP again");

    const conditional = new Project().add("T7", "acc001", acceptance("有条件通过", ""));
    step = stepOf(await projectState(conditional.input(), options), "acceptance");
    expect(step.state).toBe("attention");
    expect(step.summary["en-US"]).toBe(
      "Acceptance checklist: 0 of 1 deliverable accepted; conditional without a note: Complaint SOP",
    );
    expect(step.summary["zh-CN"]).toBe(
      "成果验收单：1 项交付成果中 0 项通过验收；有条件通过但未说明条件：Complaint SOP",
    );
    expect(step.next?.label["zh-CN"]).toBe("填写 Complaint SOP 的通过条件");

    const unchecked = new Project().add("T7", "acc001", acceptance(""));
    step = stepOf(await projectState(unchecked.input(), options), "acceptance");
    expect(step.summary["en-US"]).toBe("Acceptance checklist: 1 required field is empty: Deliverables, row 1: Result");

    const passed = new Project().add("T1", "kick01", kickoff()).add("T7", "acc001", acceptance());
    step = stepOf(await projectState(passed.input(), options), "acceptance");
    expect(step.next).toMatchObject({ action: "sign", template: "T7" });
    expect(step.next?.label["en-US"]).toBe("Ask Collaboration lead, Requesting side (Customer service) to sign");
  });

  /** A T7 with a passed deliverable and a second row as given, signed by the lead and the requesting side. */
  async function signedChecklist(second: Record<string, unknown>): Promise<Project> {
    const checklist = acceptance();
    const rows = [...checklist.tables.checks, { ...checklist.tables.checks[0], deliverable: "Training", ...second }];
    const project = new Project()
      .add("T1", "kick01", kickoff())
      .add("T7", "acc001", { ...checklist, tables: { checks: rows } });
    await project.sign("acc001", people.lead, "lead");
    await project.sign("acc001", people.liNa, "requester");
    return project;
  }

  test("acceptance: a signed checklist with an unknown result text is not done; the row is named", async () => {
    const project = await signedChecklist({ result: "Maybe" });
    const step = stepOf(await projectState(project.input(), options), "acceptance");
    expect(step.state).toBe("attention");
    expect(step.summary).toEqual({
      "en-US": "Acceptance checklist: 1 of 2 deliverables accepted; result not Pass, Fail or Conditional: Training",
      "zh-CN": "成果验收单：2 项交付成果中 1 项通过验收；验收结果不是通过、不通过或有条件通过：Training",
    });
    expect(step.next).toEqual({
      action: "fill",
      template: "T7",
      instance: "acc001",
      label: {
        "en-US": "Choose Pass, Fail or Conditional for Training",
        "zh-CN": "为 Training 选择通过、不通过或有条件通过",
      },
    });
    // The same checklist with a result the verdict knows is signed and done.
    const fixed = await signedChecklist({ result: "Pass" });
    expect(stepOf(await projectState(fixed.input(), options), "acceptance").state).toBe("done");
  });

  test("acceptance: a signed checklist with a row that has no result is not done", async () => {
    const project = await signedChecklist({ result: "" });
    const step = stepOf(await projectState(project.input(), options), "acceptance");
    expect(step.state).not.toBe("done");
    expect(step.summary["en-US"]).toBe("Acceptance checklist: 1 required field is empty: Deliverables, row 2: Result");
    expect(step.next).toMatchObject({ action: "fill", template: "T7", instance: "acc001" });
  });

  test("archive: names what is missing and what is not signed, and offers the first", async () => {
    const project = new Project().add("T1", "kick01", kickoff()).add("T2", "cons01", consensusForm());
    await project.sign("kick01", people.liNa, "initiatingHead");
    await project.sign("kick01", people.lead, "lead");
    const step = stepOf(await projectState(project.input(), options), "archive");
    expect(step.summary["en-US"]).toBe(
      "Missing: Task breakdown (WBS), Meeting minutes, Acceptance checklist and 1 more; not signed yet: Consensus form",
    );
    expect(step.summary["zh-CN"]).toBe("缺少：任务分解表、会议纪要、成果验收单 等 4 项；尚未签字：共识表");
    expect(step.next).toMatchObject({ action: "insert", template: "T3" });
  });

  test("a ledger record that cannot be read is reported; the readable ones still count", async () => {
    const project = new Project().add("T1", "kick01", kickoff());
    await project.sign("kick01", people.liNa, "initiatingHead");
    const input = project.input();
    const state = await projectState({ ...input, ledger: [...input.ledger, "{not json"] }, options);
    expect(state.ledgerProblem?.["en-US"]).toMatch(/^Sign-off record: entry 2/);
    expect(stepOf(state, "initiate").summary["en-US"]).toBe("Kickoff application: 1 of 2 signatures");
  });

  test("serialAt reads a moment in the local time zone", () => {
    const moment = new Date(2026, 10, 20, 18, 0, 0);
    expect(serialAt(moment)).toBeCloseTo(TODAY + 0.75, 9);
  });
});
