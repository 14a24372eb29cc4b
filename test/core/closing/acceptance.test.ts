import {
  ACCEPTANCE_ROWS,
  acceptanceFromConsensus,
  acceptanceVerdict,
  type ClosingForm,
  consensusStandards,
} from "../../../src/core";
import { d } from "../../support/dates";

const consensus: ClosingForm = {
  values: {
    projectName: "Complaint response",
    "standards.1": "Complaint response time ≤ 24 h",
    "standards.2": "  Resolution rate at least 90%  ",
    "standards.3": "",
  },
};
const consensusZh: ClosingForm = {
  values: { projectName: "客服投诉", "standards.1": "客服投诉响应时间≤24小时", "standards.3": "满意度提升至90分" },
};

describe("acceptanceFromConsensus", () => {
  it("has one row per T2 standard, blank ones left out, in the checklist's first rows", () => {
    expect(ACCEPTANCE_ROWS).toBe(8);
    expect(consensusStandards(consensus)).toEqual(["Complaint response time ≤ 24 h", "Resolution rate at least 90%"]);
    const draft = acceptanceFromConsensus(consensus, { date: d("2026-12-20") + 0.5 });
    expect(draft.values).toEqual({
      projectName: "Complaint response",
      date: d("2026-12-20"),
      "checks.1.standard": "Complaint response time ≤ 24 h",
      "checks.2.standard": "Resolution rate at least 90%",
    });
    expect(draft).toMatchObject({ placed: 2, listed: [], noRoom: [] });
  });

  it("in Chinese: the standards as written, list item 3 in row 2", () => {
    const draft = acceptanceFromConsensus(consensusZh);
    expect(draft.values).toEqual({
      projectName: "客服投诉",
      "checks.1.standard": "客服投诉响应时间≤24小时",
      "checks.2.standard": "满意度提升至90分",
    });
  });

  it("never writes a row that holds something, nor a standard already listed, nor the project name again", () => {
    const acceptance: ClosingForm = {
      values: { projectName: "Mine" },
      tables: {
        checks: [
          { deliverable: "Report", standard: "resolution rate  AT LEAST 90%" },
          { deliverable: "", standard: "" },
          { deliverable: "SOP" },
        ],
      },
    };
    const draft = acceptanceFromConsensus(consensus, { acceptance });
    expect(draft.values).toEqual({ "checks.2.standard": "Complaint response time ≤ 24 h" });
    expect(draft).toMatchObject({ placed: 1, listed: ["Resolution rate at least 90%"], noRoom: [] });
  });

  it("reports the standards that find no free row among the eight", () => {
    const full: ClosingForm = {
      values: {},
      tables: { checks: Array.from({ length: 8 }, (_, i) => ({ deliverable: `D${i + 1}` })) },
    };
    const draft = acceptanceFromConsensus(consensus, { acceptance: full });
    expect(draft.values).toEqual({ projectName: "Complaint response" });
    expect(draft.noRoom).toEqual(["Complaint response time ≤ 24 h", "Resolution rate at least 90%"]);
  });

  it("without a consensus form: nothing to write", () => {
    expect(acceptanceFromConsensus(null)).toEqual({ values: {}, placed: 0, listed: [], noRoom: [] });
  });
});

const row = (deliverable: string, result: string, evidence = "", standard = "") => ({
  deliverable,
  standard,
  evidence,
  result,
  checkedBy: "Li",
});

describe("acceptanceVerdict", () => {
  it("accepts when every deliverable passed", () => {
    const verdict = acceptanceVerdict([row("SOP", "Pass"), row("Report", "pass")]);
    expect(verdict).toMatchObject({ accepted: true, blocking: [], conditional: 0 });
    expect(verdict.message).toEqual({
      "en-US": "Accepted: all 2 deliverables passed.",
      "zh-CN": "验收通过：2 项交付成果全部通过。",
    });
  });

  it("accepts a conditional pass whose conditions are written in its evidence (labels in Chinese read too)", () => {
    const verdict = acceptanceVerdict([row("SOP", "通过"), row("培训", "有条件通过", "12 月 15 日前补齐")]);
    expect(verdict.accepted).toBe(true);
    expect(verdict.conditional).toBe(1);
    expect(verdict.deliverables.map((v) => v.result)).toEqual(["pass", "conditional"]);
    expect(verdict.message["zh-CN"]).toBe("验收通过：2 项交付成果，其中 1 项有条件通过（条件见验收依据）。");
    expect(verdict.message["en-US"]).toBe("Accepted: 2 deliverables, 1 on the conditions written in their evidence.");
  });

  it("names every row that blocks and why: failed, conditional without a note, no result, an unknown result", () => {
    const verdict = acceptanceVerdict([
      row("SOP", "pass"),
      row("Report", "Fail", "numbers missing"),
      { deliverable: "", standard: "", evidence: "", result: "", checkedBy: "" },
      row("Training", "conditional"),
      row("", "", "", "Response ≤ 24 h"),
      row("", "maybe"),
    ]);
    expect(verdict.accepted).toBe(false);
    expect(verdict.blocking.map((b) => [b.row, b.blocks!["en-US"]])).toEqual([
      [2, '"Report" failed acceptance.'],
      [4, '"Training" passed on conditions that are not written in its evidence.'],
      [5, '"Response ≤ 24 h" has no result yet.'],
      [6, '"row 6": the result "maybe" is not Pass, Fail or Conditional.'],
    ]);
    expect(verdict.blocking.map((b) => b.reason)).toEqual(["failed", "unexplained", "blank", "unknown"]);
    expect(verdict.deliverables[0].reason).toBeNull();
    expect(verdict.blocking.map((b) => b.blocks!["zh-CN"])).toEqual([
      "“Report”未通过验收。",
      "“Training”有条件通过，但验收依据中未写明条件。",
      "“Response ≤ 24 h”尚无验收结果。",
      "“第 6 行”：验收结果“maybe”不是通过、不通过或有条件通过。",
    ]);
    expect(verdict.message["en-US"]).toBe(
      'Not accepted: 4 of 5 deliverables block. "Report" failed acceptance. "Training" passed on conditions that ' +
        'are not written in its evidence. "Response ≤ 24 h" has no result yet. "row 6": the result "maybe" is not ' +
        "Pass, Fail or Conditional.",
    );
    expect(
      verdict.message["zh-CN"].startsWith("未通过验收：5 项交付成果中有 4 项未满足条件。“Report”未通过验收。"),
    ).toBe(true);
  });

  it("an empty checklist is not accepted", () => {
    const verdict = acceptanceVerdict([{ deliverable: " ", result: null }]);
    expect(verdict).toMatchObject({ accepted: false, deliverables: [], blocking: [] });
    expect(verdict.message).toEqual({
      "en-US": "Not accepted: no deliverable is listed.",
      "zh-CN": "未通过验收：尚未列出交付成果。",
    });
  });

  it("keeps hostile names as text in its messages", () => {
    const verdict = acceptanceVerdict([row("<script>alert(1)</script>", "fail"), row("=1+1", "")]);
    expect(verdict.blocking.map((b) => b.name["en-US"])).toEqual(["<script>alert(1)</script>", "=1+1"]);
  });
});
