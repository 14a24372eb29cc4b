import { bi, choice, COMMON, DEPARTMENT_SIGNERS, PROJECT_NAME } from "./text";
import type { TemplateDef } from "./types";

export const RETROSPECTIVE: TemplateDef = {
  id: "T8",
  version: 2,
  name: bi("Retrospective report", "跨部门协作复盘报告"),
  purpose: bi(
    "What was achieved against each delivery standard, what went well, what did not and why (root causes, not blame).",
    "对照各项交付标准总结目标达成情况、亮点与问题，分析问题根源而非追责。",
  ),
  hosts: ["word", "excel"],
  landscape: false,
  blocks: [
    {
      type: "fields",
      id: "basics",
      fields: [PROJECT_NAME, { id: "date", label: COMMON.date, kind: "date", required: true }],
    },
    {
      type: "table",
      table: {
        id: "goals",
        title: bi("Goal achievement", "目标达成情况"),
        rows: 3,
        columns: [
          { id: "standard", label: bi("Delivery standard", "交付标准"), kind: "longText", width: 30, required: true },
          { id: "target", label: bi("Target", "目标值"), kind: "text", width: 14, required: true },
          { id: "actual", label: bi("Actual", "实际值"), kind: "text", width: 14, required: true },
          {
            id: "achieved",
            label: bi("Achieved", "是否达成"),
            kind: "choice",
            width: 10,
            required: true,
            choices: [
              choice("yes", "Yes", "达成"),
              choice("partly", "Partly", "部分达成"),
              choice("no", "No", "未达成"),
            ],
          },
        ],
      },
    },
    {
      type: "fields",
      id: "review",
      fields: [
        {
          id: "highlights",
          label: bi("Highlights", "协作亮点"),
          kind: "longText",
          hint: bi("e.g. issue response 30% faster", "如“跨部门信息同步及时，问题响应效率提升30%”"),
        },
        {
          id: "problems",
          label: bi("Problems", "存在的问题"),
          kind: "longText",
          hint: bi("e.g. unclear change process caused 2 design reworks", "如“需求变更流程不清晰，导致设计返工2次”"),
        },
        { id: "rootCauses", label: bi("Root-cause analysis", "问题根源分析"), kind: "longText" },
        { id: "lessons", label: bi("Lessons learned", "经验总结"), kind: "longText" },
      ],
    },
    {
      type: "table",
      table: {
        id: "improvements",
        title: bi("Improvement measures", "改进措施"),
        rows: 3,
        columns: [
          { id: "measure", label: bi("Measure", "改进措施"), kind: "longText", width: 40, required: true },
          { id: "owner", label: COMMON.owner, kind: "text", width: 12, required: true },
          { id: "due", label: COMMON.due, kind: "date", width: 12, required: true },
        ],
      },
    },
    {
      type: "signatures",
      id: "signoff",
      title: bi("Sign-off by every department", "各部门签字确认"),
      signatures: DEPARTMENT_SIGNERS,
    },
  ],
};
