import { canonicalForm, departmentsAdded, requiredSigners, type RequiredSigner } from "../../../src/core/signoff";
import { consensus, consensusInput } from "./fixtures";

const summary = (signers: RequiredSigner[]) => signers.map((s) => [s.role, s.department, s.step]);

const kickoff = canonicalForm({
  template: "T1",
  instance: "kick01",
  values: { projectName: "Complaint response", initiatingDepartment: "Customer service" },
});

describe("requiredSigners", () => {
  test("T1: the initiating department's head first, then the lead's approval", () => {
    const signers = requiredSigners(kickoff);
    expect(summary(signers)).toEqual([
      ["initiatingHead", "Customer service", 1],
      ["lead", "", 2],
    ]);
    expect(signers[0].label["zh-CN"]).toBe("发起部门负责人（Customer service）");
  });

  test("T2: every department of the responsibilities table; the one marked lead signs as lead department", () => {
    const signers = requiredSigners(consensus());
    expect(summary(signers)).toEqual([
      ["lead", "Customer service", 1],
      ["department", "Product", 1],
      ["department", "Engineering", 1],
    ]);
    expect(signers[1].label).toEqual({ "en-US": "Head of Product", "zh-CN": "Product负责人" });
  });

  test("T2 without a lead department in the table: the collaboration lead signs too; duplicates sign once", () => {
    const input = consensusInput();
    const rows = input.tables!.responsibilities.map((r) => ({ ...r, role: "cooperating" }));
    const form = canonicalForm({
      ...input,
      tables: { responsibilities: [...rows, { ...rows[1], department: " product " }] },
    });
    expect(summary(requiredSigners(form))).toEqual([
      ["lead", "", 1],
      ["department", "Customer service", 1],
      ["department", "Product", 1],
      ["department", "Engineering", 1],
    ]);
  });

  test("T2: a lead department listed again as cooperating signs once, as lead department", () => {
    const input = consensusInput();
    const rows = input.tables!.responsibilities;
    const form = canonicalForm({
      ...input,
      tables: { responsibilities: [...rows, { ...rows[0], role: "cooperating" }] },
    });
    expect(summary(requiredSigners(form))).toEqual(summary(requiredSigners(consensus())));
  });

  test("T2 and T8: a department added by an approved change request signs", () => {
    const added = [{ department: "Legal", changeId: "CR-001" }];
    expect(requiredSigners(consensus(), { addedDepartments: added }).at(-1)).toMatchObject({
      role: "department",
      department: "Legal",
      addedBy: "CR-001",
    });
    const retro = canonicalForm({ template: "T8", instance: "retro1", values: { projectName: "X" } });
    expect(summary(requiredSigners(retro, { consensus: consensus(), addedDepartments: added }))).toEqual([
      ["lead", "", 1],
      ["department", "Customer service", 1],
      ["department", "Product", 1],
      ["department", "Engineering", 1],
      ["department", "Legal", 1],
    ]);
  });

  test("T5: the lead; T7: the lead and the requesting side from the kickoff application", () => {
    const change = canonicalForm({ template: "T5", instance: "chg001", values: {} });
    expect(summary(requiredSigners(change))).toEqual([["lead", "", 1]]);
    const acceptance = canonicalForm({ template: "T7", instance: "acc001", values: {} });
    expect(summary(requiredSigners(acceptance, { kickoff }))).toEqual([
      ["lead", "", 1],
      ["requester", "Customer service", 1],
    ]);
  });

  test("registers and minutes are not signed", () => {
    for (const template of ["T3", "T4", "T6"] as const) {
      expect(requiredSigners(canonicalForm({ template, instance: "reg001", values: {} }))).toEqual([]);
    }
  });
});

describe("departmentsAdded", () => {
  test("only a change of departments adds the listed departments", () => {
    const values = { changes: "Departments", affectedDepartments: "Legal、 Finance; " };
    expect(departmentsAdded(canonicalForm({ template: "T5", instance: "chg001", values }))).toEqual([
      "Legal",
      "Finance",
    ]);
    const plan = { ...values, changes: "Plan" };
    expect(departmentsAdded(canonicalForm({ template: "T5", instance: "chg001", values: plan }))).toEqual([]);
  });
});
