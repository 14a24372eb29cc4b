import type { FieldValues, ProjectSnapshot } from "../../../../src/hosts/types";
import { listSlaWindows } from "../../../../src/taskpane/screens/templates/existing-list/sla-windows";

/** A file holding a T2 and a T6 (either may be left out) with these header fields, the T6 before the T2. */
function fileWith(forms: { T2?: FieldValues; T6?: FieldValues }): ProjectSnapshot {
  const snapshot: ProjectSnapshot = { instances: [], forms: {}, ledger: [], wbs: {} };
  for (const template of ["T6", "T2"] as const) {
    const values = forms[template];
    if (!values) continue;
    const id = `${template.toLowerCase()}aaaa`;
    snapshot.instances.push({ record: { template, id, language: "en-US", version: 2 }, location: template });
    snapshot.forms[id] = { values, tables: {} };
  }
  return snapshot;
}

describe("listSlaWindows: the major windows an own issue list's SLA column uses", () => {
  it("T2's hours first, then T6's header, then the guide's 2 h / 24 h", () => {
    const t6 = { responseHours: 3, solutionHours: 30 };
    expect(listSlaWindows(fileWith({ T2: { responseHours: 1, solutionHours: 4 }, T6: t6 }))).toEqual({
      ok: true,
      windows: { responseHours: 1, solutionHours: 4 },
      source: "consensus",
    });
    expect(listSlaWindows(fileWith({ T2: { responseHours: null, solutionHours: "" }, T6: t6 }))).toEqual({
      ok: true,
      windows: { responseHours: 3, solutionHours: 30 },
      source: "issueLog",
    });
    expect(listSlaWindows(fileWith({}))).toEqual({
      ok: true,
      windows: { responseHours: 2, solutionHours: 24 },
      source: "default",
    });
  });

  it("T6's normal-issue hours are not the list's: bad ones there do not refuse it", () => {
    const result = listSlaWindows(fileWith({ T6: { responseHours: 3, normalResponseHours: 5 } }));
    expect(result).toEqual({ ok: true, windows: { responseHours: 3, solutionHours: 24 }, source: "issueLog" });
  });

  it("bad hours name the form they are in and the field's label", () => {
    const inT2 = listSlaWindows(fileWith({ T2: { responseHours: "soon" }, T6: { responseHours: 3 } }));
    expect(inT2).toMatchObject({ ok: false, source: "consensus" });
    if (inT2.ok) return;
    expect(inT2.field["en-US"]).toBe("Major issue: response within (h)");
    expect(inT2.error.argument).toBe("responseHours");

    const inT6 = listSlaWindows(fileWith({ T2: {}, T6: { responseHours: 30, solutionHours: 3 } }));
    expect(inT6).toMatchObject({ ok: false, source: "issueLog" });
    if (inT6.ok) return;
    expect(inT6.field["zh-CN"]).toBe("重大问题解决时限（小时）");
    expect(inT6.error.key).toBe("solutionBeforeResponse");
  });
});
