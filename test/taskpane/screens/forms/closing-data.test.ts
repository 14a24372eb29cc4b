import type { FormSignoffState } from "../../../../src/core";
import type { ProjectSnapshot } from "../../../../src/hosts/types";
import { blankOnly, changeRequestsOf, draftForm } from "../../../../src/taskpane/screens/forms/closing-data";

describe("closing data", () => {
  it("keeps only the values whose field is blank in the draft (spaces are blank)", () => {
    const made = blankOnly({ a: "1", b: 2, c: "3" }, { a: "typed", b: "  " });
    expect(made).toEqual({ values: { b: 2, c: "3" }, kept: 1 });
  });

  it("reads a draft's table cells as rows and its slots as values", () => {
    const form = draftForm(
      "T7",
      { projectName: "P", "checks.1.standard": "S1", "checks.2.result": "pass" },
      { checks: 2 },
    );
    expect(form.values).toEqual({ projectName: "P" });
    expect(form.tables!.checks[0]).toMatchObject({ standard: "S1", result: "" });
    expect(form.tables!.checks[1]).toMatchObject({ standard: "", result: "pass" });
  });

  it("a change request is approved when its lead signer approved, the form's own decision otherwise", () => {
    const instance = (id: string) => ({ record: { id, template: "T5" } }) as ProjectSnapshot["instances"][number];
    const snapshot = {
      instances: [instance("a"), instance("b"), instance("c")],
      forms: { a: { values: {}, tables: {} }, b: { values: {}, tables: {} }, c: { values: {}, tables: {} } },
      ledger: [],
      wbs: {},
    } as ProjectSnapshot;
    const state = (role: string, status: string) => ({ signers: [{ signer: { role }, status }] }) as FormSignoffState;
    const states = new Map([
      ["a", state("lead", "approved")],
      ["b", state("lead", "missing")],
    ]);
    expect(changeRequestsOf(snapshot, states).map((c) => c.approved)).toEqual([true, false, undefined]);
    expect(changeRequestsOf(snapshot, null).map((c) => c.approved)).toEqual([undefined, undefined, undefined]);
  });
});
