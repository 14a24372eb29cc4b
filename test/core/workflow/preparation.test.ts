import { LOOP, projectState } from "../../../src/core/workflow";
import { consensusForm, kickoff, minutes, options, person, Project, states, stepOf, type Person } from "./fixtures";

describe("phase 1: preparation and kickoff", () => {
  let liNa: Person;
  let lead: Person;
  let wang: Person;
  let chen: Person;
  let zhao: Person;

  beforeAll(async () => {
    liNa = await person("Li Na", "Customer service");
    lead = await person("Sun Hao", "PMO");
    wang = await person("Wang Fang", "Product");
    chen = await person("Chen Jie", "Engineering");
    zhao = await person("Zhao Lei", "Legal");
  });

  test("the loop is the guide's: 3 phases, 11 steps numbered in order, titled in both languages", () => {
    const steps = LOOP.flatMap((p) => p.steps);
    expect(LOOP.map((p) => p.steps.length)).toEqual([4, 4, 3]);
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(LOOP.map((p) => p.title["zh-CN"])).toEqual(["筹备与启动", "执行与监控", "收尾与复盘"]);
    expect(steps.find((s) => s.id === "consensus")?.title).toEqual({
      "en-US": "Consensus",
      "zh-CN": "输出协作共识文件",
    });
  });

  test("an empty file: step 1 is current and asks to insert the kickoff application, every later step is todo", async () => {
    const state = await projectState(new Project().input(), options);
    expect(state.current).toBe("initiate");
    expect(state.ledgerProblem).toBeNull();
    expect(Object.values(states(state))).toEqual(["current", ...Array(10).fill("todo")]);
    const initiate = stepOf(state, "initiate");
    expect(initiate.summary).toEqual({
      "en-US": "No kickoff application in this file yet",
      "zh-CN": "文件中还没有启动申请表",
    });
    expect(initiate.next).toEqual({
      action: "insert",
      template: "T1",
      label: { "en-US": "Insert the kickoff application", "zh-CN": "插入启动申请表" },
    });
    expect(stepOf(state, "plan").next?.template).toBe("T3");
    // Nothing to change before there is a consensus.
    expect(stepOf(state, "change").next).toBeNull();
  });

  test("a kickoff application with blanks asks to fill them, naming them", async () => {
    const form = kickoff();
    const values = { ...form.values, number: "", initiationDate: null };
    const state = await projectState(new Project().add("T1", "kick01", { ...form, values }).input(), options);
    const initiate = stepOf(state, "initiate");
    expect(initiate.state).toBe("current");
    expect(initiate.instances).toEqual(["kick01"]);
    expect(initiate.summary["en-US"]).toBe("Kickoff application: 2 required fields are empty: Number, Initiation date");
    expect(initiate.summary["zh-CN"]).toBe("启动申请表：2 个必填项未填写：编号、发起日期");
    expect(initiate.next).toMatchObject({ action: "fill", template: "T1", instance: "kick01" });
  });

  test("T1 only: the initiating head signs, then the lead approves; a rejection blocks the step", async () => {
    const project = new Project().add("T1", "kick01", kickoff());
    let step = stepOf(await projectState(project.input(), options), "initiate");
    expect(step.summary["en-US"]).toBe("Kickoff application: 0 of 2 signatures");
    expect(step.next?.label["en-US"]).toBe("Ask Initiating department head (Customer service) to sign");

    await project.sign("kick01", liNa, "initiatingHead");
    step = stepOf(await projectState(project.input(), options), "initiate");
    expect(step).toMatchObject({ state: "current", next: { action: "sign", instance: "kick01" } });
    expect(step.summary["zh-CN"]).toBe("启动申请表：需 2 个签字，已签 1 个");
    expect(step.next?.label).toEqual({ "en-US": "Ask Collaboration lead to sign", "zh-CN": "请协作牵头人签字" });

    const rejected = Object.assign(new Project(), project);
    rejected.ledger = project.ledger;
    await rejected.sign("kick01", lead, "lead", "reject", "Goal has no budget");
    step = stepOf(await projectState(rejected.input(), options), "initiate");
    expect(step.state).toBe("blocked");
    expect(step.summary["en-US"]).toBe("Kickoff application: rejected by Collaboration lead (Goal has no budget)");
    expect(step.next).toMatchObject({ action: "fill", template: "T1" });

    await project.sign("kick01", lead, "lead");
    const state = await projectState(project.input(), options);
    expect(stepOf(state, "initiate")).toMatchObject({ state: "done", next: null });
    expect(stepOf(state, "initiate").summary["en-US"]).toBe("Kickoff application: signed (2 of 2)");
    expect(state.current).toBe("departments");
  });

  test("departments: each typed with a liaison, and every department of the kickoff application listed", async () => {
    const form = consensusForm();
    const rows = form.tables.responsibilities.slice(0, 3).map((r, i) => (i === 1 ? { ...r, liaison: "" } : r));
    const project = new Project()
      .add("T1", "kick01", kickoff())
      .add("T2", "cons01", { ...form, tables: { responsibilities: rows } });
    const step = stepOf(await projectState(project.input(), options), "departments");
    expect(step.state).toBe("todo");
    expect(step.summary["en-US"]).toBe(
      "3 departments (2 execution, 1 support); missing type or liaison: Product (liaison); " +
        "named in the kickoff application but not listed: Legal",
    );
    expect(step.summary["zh-CN"]).toBe(
      "3 个部门（执行 2 个、支持 1 个）；缺少类型或联络人：Product（联络人）；启动申请表中涉及但未列出：Legal",
    );
    expect(step.next).toMatchObject({ action: "fill", template: "T2", instance: "cons01" });

    const full = new Project().add("T1", "kick01", kickoff()).add("T2", "cons01", consensusForm());
    const done = stepOf(await projectState(full.input(), options), "departments");
    expect(done.state).toBe("done");
    expect(done.summary["zh-CN"]).toBe("4 个部门（执行 2 个、支持 1 个、监督 1 个），均已指定联络人");
  });

  test("departments from the WBS Departments table count when there is no consensus form yet", async () => {
    const project = new Project().add("T3", "wbs001", {
      statusDate: null,
      tasks: [],
      departments: [
        { department: "Customer service", type: "执行", liaison: "Li Na" },
        { department: "Product", type: "Support", liaison: "Wang Fang" },
      ],
    });
    const step = stepOf(await projectState(project.input(), options), "departments");
    expect(step.summary["en-US"]).toBe("2 departments (1 execution, 1 support), each with a liaison");
    expect(step.state).toBe("done");
  });

  test("kickoff: minutes of type kickoff, the consensus form's mechanism filled, a vague goal flagged", async () => {
    const none = new Project().add("T4", "meet01", minutes("weekly", "2026-11-16"));
    expect(stepOf(await projectState(none.input(), options), "kickoff").next).toMatchObject({
      action: "insert",
      template: "T4",
    });

    const form = consensusForm();
    const vague = {
      ...form.values,
      finalGoal: "Improve customer satisfaction",
      "standards.2": "Better SOP",
      meetingDay: "",
    };
    const project = new Project().add("T4", "meet01", minutes("kickoff", "2026-10-19")).add("T2", "cons01", {
      ...form,
      values: vague,
    });
    const step = stepOf(await projectState(project.input(), options), "kickoff");
    expect(step.state).toBe("attention");
    expect(step.instances).toEqual(["meet01", "cons01"]);
    expect(step.summary["en-US"]).toBe(
      "Kickoff minutes recorded; Consensus form: missing Meeting day; " +
        "not measurable or without a deadline: final goal, standard 2",
    );
    expect(step.summary["zh-CN"]).toBe(
      "启动会纪要已记录；共识表：缺少例会时间（星期）；不可衡量或缺少截止时间：最终目标、交付标准 2",
    );
    expect(step.next).toMatchObject({ action: "fill", template: "T2" });

    const good = new Project().add("T4", "meet01", minutes("kickoff", "2026-10-19")).add("T2", "cons01", form);
    expect(stepOf(await projectState(good.input(), options), "kickoff")).toMatchObject({ state: "done", next: null });
  });

  test("consensus: 2 of 4 departments signed and 1 signature stale, in both languages", async () => {
    const project = new Project().add("T1", "kick01", kickoff()).add("T2", "cons01", consensusForm());
    await project.sign("cons01", liNa, "lead");
    await project.sign("cons01", wang, "department");
    // The meeting time changes: both signatures go stale; the lead department signs again, Engineering signs.
    const form = project.forms.cons01;
    project.forms.cons01 = { ...form, values: { ...form.values, meetingTime: "14:00" } };
    await project.sign("cons01", liNa, "lead");
    await project.sign("cons01", chen, "department");
    const state = await projectState(project.input(), options);
    const step = stepOf(state, "consensus");
    expect(step.state).toBe("attention");
    expect(step.summary).toEqual({
      "en-US": "Consensus form: 2 of 4 departments signed, 1 signature stale",
      "zh-CN": "共识表：4 个部门中 2 个已签字，1 个签字已失效",
    });
    expect(step.next).toEqual({
      action: "sign",
      template: "T2",
      instance: "cons01",
      label: { "en-US": "Ask Head of Product to sign again", "zh-CN": "请Product负责人重新签字" },
    });

    await project.sign("cons01", wang, "department");
    await project.sign("cons01", zhao, "department");
    const signed = stepOf(await projectState(project.input(), options), "consensus");
    expect(signed.state).toBe("done");
    expect(signed.summary["zh-CN"]).toBe("共识表：4 个部门均已签字");
  });

  test("a consensus form whose sign-off record was edited asks to verify it", async () => {
    const project = new Project().add("T2", "cons01", consensusForm());
    await project.sign("cons01", liNa, "lead");
    const input = project.input();
    const forged = input.ledger.map((r) => r.replace('"signer":"Li Na"', '"signer":"Li Ming"'));
    const step = stepOf(await projectState({ ...input, ledger: forged }, options), "consensus");
    expect(step.state).toBe("attention");
    expect(step.summary["en-US"]).toBe(
      "Consensus form: 0 of 4 departments signed; 1 entry of its sign-off record does not verify",
    );
    expect(step.next).toMatchObject({ action: "verify", template: "T2", instance: "cons01" });
  });
});
