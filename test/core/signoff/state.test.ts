import {
  canonicalForm,
  EMPTY_LEDGER,
  formSignoffState,
  verifyLedger,
  type CanonicalForm,
  type FormSignoffState,
  type Ledger,
} from "../../../src/core/signoff";
import { getTemplate, slotsOf } from "../../../src/core/templates";
import { consensus, consensusInput, person, sign, signAll, subtle, type Person } from "./fixtures";

const statuses = (state: FormSignoffState) =>
  state.signers.map((s) => [s.signer.department || s.signer.role, s.status]);

function changeRequest(values: Record<string, unknown>, instance = "chg001"): CanonicalForm {
  return canonicalForm({
    template: "T5",
    instance,
    values: { projectName: "Complaint response", changeId: "CR-001", raisedBy: "Customer service", ...values },
  });
}

describe("formSignoffState", () => {
  let liNa: Person;
  let wang: Person;
  let chen: Person;
  let zhao: Person;

  beforeAll(async () => {
    liNa = await person("Li Na", "Customer service");
    wang = await person("Wang Fang", "Product");
    chen = await person("Chen Jie", "Engineering");
    zhao = await person("Zhao Lei", "Legal");
  });

  test("signed only when every required signer has a current approval", async () => {
    const form = consensus();
    const partial = await signAll(form, [
      [liNa, "lead"],
      [wang, "department"],
    ]);
    const waiting = await formSignoffState(partial, form, subtle);
    expect(waiting).toMatchObject({ status: "needsSignatures", approved: 2, required: 3 });
    expect(waiting.next.map((s) => s.department)).toEqual(["Engineering"]);
    expect(waiting.message["en-US"]).toBe("Needs signatures: 2 of 3 approved; waiting for Head of Engineering.");
    expect(waiting.message["zh-CN"]).toBe("待签字：已同意 2/3；待签：Engineering负责人。");

    const done = await formSignoffState(await sign(partial, chen, form, "department"), form, subtle);
    expect(done).toMatchObject({ status: "signed", approved: 3, required: 3, next: [] });
    expect(done.message["zh-CN"]).toContain("已签署");
  });

  test("a signature for another form or another department does not count", async () => {
    const form = consensus();
    const other = consensus({ instance: "zzz999" });
    const ledger = await signAll(other, [
      [liNa, "lead"],
      [wang, "department"],
      [chen, "department"],
    ]);
    const misplaced = await sign(ledger, { ...chen, department: "Finance" }, form, "department");
    expect((await formSignoffState(misplaced, form, subtle)).approved).toBe(0);
  });

  test("a field edited after signing makes every signature stale, with the change", async () => {
    const form = consensus();
    const ledger = await signAll(form, [
      [liNa, "lead"],
      [wang, "department"],
      [chen, "department"],
    ]);
    const input = consensusInput();
    const edited = canonicalForm({ ...input, values: { ...input.values, meetingDay: "Tuesday" } });
    const state = await formSignoffState(ledger, edited, subtle);
    expect(state.status).toBe("stale");
    expect(statuses(state).map(([, s]) => s)).toEqual(["stale", "stale", "stale"]);
    expect(state.signers[0].changes).toEqual([
      {
        key: "meetingDay",
        label: slotsOf(getTemplate("T2")).find((slot) => slot.key === "meetingDay")!.label,
        before: "Monday",
        after: "Tuesday",
      },
    ]);
    expect(state.message["en-US"]).toContain("the form changed after");

    const resigned = await signAll(edited, [[liNa, "lead"]], ledger);
    expect(statuses(await formSignoffState(resigned, edited, subtle))[0]).toEqual(["Customer service", "approved"]);
  });

  test("one rejection blocks the form until the same signer approves", async () => {
    const form = consensus();
    const ledger = await signAll(form, [
      [liNa, "lead"],
      [wang, "department", "reject", "Standard 1 has no deadline"],
      [chen, "department"],
    ]);
    const blocked = await formSignoffState(ledger, form, subtle);
    expect(blocked.status).toBe("rejected");
    expect(blocked.message["en-US"]).toContain("Rejected by Head of Product (Wang Fang: Standard 1 has no deadline)");
    expect(blocked.message["zh-CN"]).toContain("Product负责人 不同意");
    expect((await formSignoffState(await sign(ledger, wang, form, "department"), form, subtle)).status).toBe("signed");

    // A rejection of content that has changed since asks for a new decision rather than blocking.
    const input = consensusInput();
    const fixed = canonicalForm({ ...input, values: { ...input.values, "standards.1": "≤ 24 h by 2026-12-31" } });
    const changed = await formSignoffState(ledger, fixed, subtle);
    expect(statuses(changed)[1]).toEqual(["Product", "stale"]);
    expect(changed.status).toBe("stale");
    // The objection stays visible next to "needs re-signing".
    expect(changed.message["en-US"]).toContain(
      "Head of Product had rejected it (Wang Fang: Standard 1 has no deadline): they decide again on the changed form.",
    );
    expect(changed.message["zh-CN"]).toContain("Product负责人 曾不同意（Wang Fang: Standard 1 has no deadline）");
  });

  test("T1: the initiating head signs first, then the lead approves", async () => {
    const kickoff = canonicalForm({
      template: "T1",
      instance: "kick01",
      values: { projectName: "Complaint response", initiatingDepartment: "Customer service" },
    });
    const head = await person("Li Na", "Customer service");
    const lead = await person("Zhou Min", "PMO");
    expect((await formSignoffState(EMPTY_LEDGER, kickoff, subtle)).next.map((s) => s.role)).toEqual(["initiatingHead"]);
    const signed = await sign(EMPTY_LEDGER, head, kickoff, "initiatingHead");
    expect((await formSignoffState(signed, kickoff, subtle)).next.map((s) => s.role)).toEqual(["lead"]);
    const approved = await sign(signed, lead, kickoff, "lead", "approve", "Go ahead");
    expect((await formSignoffState(approved, kickoff, subtle)).status).toBe("signed");
  });

  describe("change requests and the consensus form", () => {
    const form = consensus();
    let signedT2: Ledger;
    let lead: Person;

    beforeAll(async () => {
      lead = await person("Zhou Min", "PMO");
      signedT2 = await signAll(form, [
        [liNa, "lead"],
        [wang, "department"],
        [chen, "department"],
      ]);
    });

    test("an approved change request calls for a full re-sign of T2, even with T2 unchanged", async () => {
      const request = changeRequest({ changes: "Plan", description: "Move the launch by two weeks" });
      expect(await formSignoffState(signedT2, form, subtle)).toMatchObject({ status: "signed", change: null });
      const rejected = await sign(signedT2, lead, request, "lead", "reject", "Not now");
      expect((await formSignoffState(rejected, form, subtle)).status).toBe("signed");
      const otherProject = changeRequest({ projectName: "Another project", changes: "Plan" }, "chg009");
      expect((await formSignoffState(await sign(signedT2, lead, otherProject, "lead"), form, subtle)).status).toBe(
        "signed",
      );

      const approved = await sign(signedT2, lead, request, "lead", "approve", "Agreed");
      const state = await formSignoffState(approved, form, subtle);
      expect(state.status).toBe("needsFullResign");
      expect(state.change).toMatchObject({ instance: "chg001", changeId: "CR-001", position: 3 });
      expect(statuses(state).map(([, s]) => s)).toEqual(["superseded", "superseded", "superseded"]);
      expect(state.message["en-US"]).toContain(
        "Change request CR-001 was approved: every signature must be collected again",
      );
      expect(state.message["zh-CN"]).toContain("变更申请 CR-001 已批准");

      const twoOfThree = await signAll(
        form,
        [
          [liNa, "lead"],
          [wang, "department"],
        ],
        approved,
      );
      expect(await formSignoffState(twoOfThree, form, subtle)).toMatchObject({
        status: "needsFullResign",
        approved: 2,
      });
      const all = await sign(twoOfThree, chen, form, "department");
      expect((await formSignoffState(all, form, subtle)).status).toBe("signed");
    });

    test("a change that adds a department adds its signer", async () => {
      const request = changeRequest({ changes: "Departments", affectedDepartments: "Legal" }, "chg002");
      const approved = await sign(signedT2, lead, request, "lead");
      const resigned = await signAll(
        form,
        [
          [liNa, "lead"],
          [wang, "department"],
          [chen, "department"],
        ],
        approved,
      );
      const state = await formSignoffState(resigned, form, subtle);
      expect(state).toMatchObject({ status: "needsSignatures", approved: 3, required: 4 });
      expect(state.signers[3]).toMatchObject({ status: "missing", signer: { department: "Legal", addedBy: "CR-001" } });
      const withLegal = await sign(resigned, zhao, form, "department");
      expect((await formSignoffState(withLegal, form, subtle)).status).toBe("signed");
    });
  });

  test("the approved content, kept in the ledger, names the added department; a later rejection withdraws the change", async () => {
    const form = consensus();
    const lead = await person("Zhou Min", "PMO");
    const request = changeRequest({ changes: "Departments", affectedDepartments: "Legal" });
    const signed = await signAll(form, [
      [liNa, "lead"],
      [wang, "department"],
      [chen, "department"],
    ]);
    const approved = await sign(signed, lead, request, "lead");
    const state = await formSignoffState(approved, form, subtle);
    expect(state.status).toBe("needsFullResign");
    expect(state.signers.map((s) => s.signer.department)).toContain("Legal");
    const withdrawn = await sign(approved, lead, request, "lead", "reject", "Withdrawn");
    expect((await formSignoffState(withdrawn, form, subtle)).status).toBe("signed");
  });

  test("with a verification report, broken entries do not count and warnings reach the signer", async () => {
    const form = consensus();
    const ledger = await signAll(form, [
      [liNa, "lead"],
      [wang, "department", "reject", "No"],
      [chen, "department"],
    ]);
    const entries = structuredClone([...ledger.entries]);
    entries[1].decision = "approve";
    const tampered = { ...ledger, entries };
    expect((await formSignoffState(tampered, form, subtle)).status).toBe("signed");
    const report = await verifyLedger(tampered, [form], subtle);
    const state = await formSignoffState(tampered, form, subtle, { report });
    expect(state.status).toBe("needsSignatures");
    expect(statuses(state)[1]).toEqual(["Product", "missing"]);

    const newDevice = await sign(ledger, await person("Wang Fang", "Product"), form, "department");
    const checked = await formSignoffState(newDevice, form, subtle, {
      report: await verifyLedger(newDevice, [form], subtle),
    });
    expect(checked.status).toBe("signed");
    expect(checked.signers[1].toConfirm.map((f) => f.kind)).toEqual(["newKey"]);
  });

  test("T7 and T8 take their signers from the kickoff application and the consensus form", async () => {
    const kickoff = canonicalForm({
      template: "T1",
      instance: "kick01",
      values: { initiatingDepartment: "Customer service" },
    });
    const acceptance = canonicalForm({ template: "T7", instance: "acc001", values: { projectName: "X" } });
    const t7 = await formSignoffState(EMPTY_LEDGER, acceptance, subtle, { kickoff });
    expect(t7.signers.map((s) => [s.signer.role, s.signer.department])).toEqual([
      ["lead", ""],
      ["requester", "Customer service"],
    ]);
    const retro = canonicalForm({ template: "T8", instance: "ret001", values: { projectName: "X" } });
    const t8 = await formSignoffState(EMPTY_LEDGER, retro, subtle, { consensus: consensus() });
    expect(t8).toMatchObject({ status: "needsSignatures", approved: 0, required: 4 });
  });

  test("registers are not signed off", async () => {
    const wbs = canonicalForm({ template: "T3", instance: "wbs001", values: {} });
    expect(await formSignoffState(EMPTY_LEDGER, wbs, subtle)).toMatchObject({
      status: "notSigned",
      required: 0,
      next: [],
    });
  });
});
