import {
  analyseIssues,
  analyseWbs,
  type ClosingForm,
  retrospectiveFromProject,
  standardTarget,
} from "../../../src/core";
import { dt, issueRow, wbsRow } from "../analysis/fixtures";
import { d } from "../../support/dates";

describe("standardTarget", () => {
  it("takes the first comparison with its number and unit, in either language", () => {
    expect(standardTarget("Complaint response time ≤ 24 h")).toBe("≤ 24 h");
    expect(standardTarget("客服投诉响应时间≤24小时")).toBe("≤24小时");
    expect(standardTarget("Resolution rate at least 90% by December")).toBe("at least 90%");
    expect(standardTarget("满意度评分从85分提升至90分")).toBe("提升至90分");
    expect(standardTarget("Respond within 2 working days")).toBe("within 2 working days");
    expect(standardTarget("审批时长不超过 3 个工作日")).toBe("不超过 3 个工作日");
  });

  it("is the whole standard when it has no comparison (a bare number is not a target)", () => {
    expect(standardTarget("Deliver 3  training sessions")).toBe("Deliver 3 training sessions");
    expect(standardTarget("SOP 发布")).toBe("SOP 发布");
  });
});

const consensus: ClosingForm = {
  values: {
    projectName: "Complaint response",
    "standards.1": "Complaint response time ≤ 24 h",
    "standards.2": "Resolution rate at least 90%",
    "standards.3": "Training for every agent",
  },
};
const acceptance: ClosingForm = {
  values: {},
  tables: {
    checks: [
      { deliverable: "Training", standard: "training for every agent", result: "Fail" },
      { deliverable: "Dashboard", standard: "Complaint response time ≤ 24 h", evidence: "mean 20 h", result: "pass" },
      {
        deliverable: "Report",
        standard: "Resolution rate at least 90%",
        evidence: "88%, rest by 12-15",
        result: "有条件通过",
      },
    ],
  },
};

/** Status date Monday 2026-11-30. A: due Fri 11-13, finished Tue 11-17 (2 working days late); B: due Fri 11-13,
 * finished Sun 11-15 (late by date, 0 working days); C: on time; D: blocked; E: finished without a due date. */
const wbs = analyseWbs({
  statusDate: d("2026-11-30"),
  updateDate: d("2026-11-30"),
  rows: [
    wbsRow(1, "WBS-001", { due: d("2026-11-13"), finish: d("2026-11-17") }),
    wbsRow(2, "WBS-002", { due: d("2026-11-13"), finish: d("2026-11-15") }),
    wbsRow(3, "WBS-003", { due: d("2026-11-20"), finish: d("2026-11-19") }),
    wbsRow(4, "WBS-004", { due: d("2026-12-31"), blocker: "vendor" }),
    wbsRow(5, "WBS-005", { finish: d("2026-11-10") }),
  ],
});

const issues = analyseIssues({
  statusTime: dt("2026-11-30 12:00"),
  windows: { major: { response: 2, solution: 24 } },
  rows: [
    issueRow(1, "ISS-1", {
      raisedAt: dt("2026-11-16 09:00"),
      respondedAt: dt("2026-11-16 09:30"),
      resolvedAt: dt("2026-11-16 10:00"),
    }),
    issueRow(2, "ISS-2", {
      raisedAt: dt("2026-11-16 09:00"),
      respondedAt: dt("2026-11-16 12:00"),
      resolvedAt: dt("2026-11-16 13:00"),
    }),
    issueRow(3, "ISS-3", { severity: "normal", raisedAt: dt("2026-11-16 09:00") }),
  ],
});

const changeRequests = [
  { form: { values: { changeId: "CR-001", decision: "Approve" } } },
  { form: { values: { changeId: "CR-002", decision: "approve" } }, approved: false },
  { form: { values: { changeId: "CR-003", decision: "同意" } } },
  { form: { values: { changeId: "", description: "" } } },
];

describe("retrospectiveFromProject", () => {
  const input = { consensus, acceptance, wbs, issues, changeRequests, date: d("2026-12-01") };

  it("computes the figures by hand: 2 of 3 finished late (mean (2 + 0) / 2 = 1), 1 blocked, 3 changes, 2 approved", () => {
    const { figures } = retrospectiveFromProject({ ...input, language: "en-US" });
    expect(figures).toEqual({
      statusDate: d("2026-11-30"),
      tasks: 5,
      finished: 3,
      finishedLate: 2,
      averageLag: 1,
      blockedOnStatusDate: 1,
      changeRequests: 3,
      approvedChanges: 2,
      issues: 3,
      issuesPastSla: 1,
    });
  });

  it("writes the goals rows and the review texts in English", () => {
    const draft = retrospectiveFromProject({ ...input, language: "en-US" });
    expect(draft.goals).toBe(3);
    expect(draft.values).toEqual({
      projectName: "Complaint response",
      date: d("2026-12-01"),
      "goals.1.standard": "Complaint response time ≤ 24 h",
      "goals.1.target": "≤ 24 h",
      "goals.1.actual": "mean 20 h",
      "goals.1.achieved": "Yes",
      "goals.2.standard": "Resolution rate at least 90%",
      "goals.2.target": "at least 90%",
      "goals.2.actual": "88%, rest by 12-15",
      "goals.2.achieved": "Partly",
      "goals.3.standard": "Training for every agent",
      "goals.3.target": "Training for every agent",
      "goals.3.actual": "Fail",
      "goals.3.achieved": "No",
      highlights:
        "1 of 3 finished tasks were finished on or before their due date. 1 of 3 delivery standards achieved at acceptance.",
      problems:
        "From the WBS on 2026-11-30: 2 of 3 finished tasks were finished after their due date, on average 1 working " +
        "day late. 1 of 5 tasks blocked on the status date. Change requests: 3, 2 approved. Issues: 3, 1 past their SLA.",
    });
  });

  it("writes choice labels and texts in Chinese", () => {
    const draft = retrospectiveFromProject({ ...input, language: "zh-CN" });
    expect(draft.values).toMatchObject({
      "goals.1.achieved": "达成",
      "goals.2.achieved": "部分达成",
      "goals.3.actual": "不通过",
      "goals.3.achieved": "未达成",
      highlights: "已完成的 3 项任务中有 1 项按期完成。3 项交付标准中有 1 项在验收时达成。",
      problems:
        "据任务分解表（状态日期 2026-11-30）：已完成的 3 项任务中有 2 项晚于截止日期完成，平均滞后 1 个工作日。" +
        "状态日期时 5 项任务中有 1 项阻塞。变更申请 3 项，已批准 2 项。问题 3 项，其中 1 项超出时效。",
    });
    expect(draft.highlights["en-US"]).toBe(retrospectiveFromProject({ ...input, language: "en-US" }).values.highlights);
  });

  it("a standard acceptance did not check gets its target only; no WBS: no WBS sentence", () => {
    const draft = retrospectiveFromProject({ consensus, acceptance: null, wbs: null, language: "en-US" });
    expect(draft.values["goals.1.target"]).toBe("≤ 24 h");
    expect(Object.keys(draft.values).filter((k) => k.startsWith("goals.1."))).toEqual([
      "goals.1.standard",
      "goals.1.target",
    ]);
    expect(draft.figures).toMatchObject({ statusDate: null, finished: 0, averageLag: null, changeRequests: 0 });
    expect("highlights" in draft.values).toBe(false);
    expect(draft.values.problems).toBe("Change requests: 0, 0 approved. Issues: 0, 0 past their SLA.");
  });

  it("averages working days to one decimal: lags 1, 1 and 2 → 1.3", () => {
    const three = analyseWbs({
      statusDate: d("2026-11-30"),
      updateDate: null,
      rows: [
        wbsRow(1, "A", { due: d("2026-11-16"), finish: d("2026-11-17") }),
        wbsRow(2, "B", { due: d("2026-11-16"), finish: d("2026-11-17") }),
        wbsRow(3, "C", { due: d("2026-11-16"), finish: d("2026-11-18") }),
      ],
    });
    const draft = retrospectiveFromProject({ consensus: null, acceptance: null, wbs: three, language: "en-US" });
    expect(draft.figures.averageLag).toBe(1.3);
    expect(draft.problems["en-US"]).toContain(
      "3 of 3 finished tasks were finished after their due date, on average 1.3 working days late.",
    );
  });
});
