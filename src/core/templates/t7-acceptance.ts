import { bi, choice, COMMON, PROJECT_NAME } from "./text";
import type { TemplateDef } from "./types";

const LEAD = bi("Collaboration lead", "协作牵头人");

export const ACCEPTANCE: TemplateDef = {
  id: "T7",
  version: 1,
  name: bi("Acceptance checklist", "成果验收单"),
  purpose: bi(
    "Each deliverable checked against the delivery standards agreed in the consensus form.",
    "对照共识表中的交付标准逐项验收交付成果。",
  ),
  hosts: ["excel", "word"],
  landscape: true,
  blocks: [
    {
      type: "fields",
      id: "header",
      fields: [PROJECT_NAME, { id: "date", label: bi("Acceptance date", "验收日期"), kind: "date", required: true }],
    },
    {
      type: "table",
      table: {
        id: "checks",
        title: bi("Deliverables", "交付成果"),
        rows: 8,
        columns: [
          { id: "deliverable", label: bi("Deliverable", "交付成果"), kind: "text", width: 24, required: true },
          {
            id: "department",
            label: bi("Responsible department", "负责部门"),
            kind: "text",
            width: 14,
            required: true,
          },
          {
            id: "standard",
            label: bi("Delivery standard", "交付标准"),
            kind: "longText",
            width: 30,
            required: true,
            smart: true,
          },
          { id: "evidence", label: bi("Evidence", "验收依据"), kind: "longText", width: 24 },
          {
            id: "result",
            label: bi("Result", "验收结果"),
            kind: "choice",
            width: 12,
            required: true,
            choices: [
              choice("pass", "Pass", "通过"),
              choice("fail", "Fail", "不通过"),
              choice("conditional", "Conditional", "有条件通过"),
            ],
          },
          { id: "checkedBy", label: bi("Checked by", "验收人"), kind: "text", width: 12, required: true },
          { id: "date", label: COMMON.date, kind: "date", width: 12, required: true },
        ],
      },
    },
    {
      type: "signatures",
      id: "signoff",
      // The lead compiles the results and signs: the heading names the signer, so the block repeats no role.
      title: LEAD,
      signatures: [{ id: "lead", role: LEAD, count: 1 }],
    },
  ],
};
