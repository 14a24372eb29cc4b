import { bi, choice, COMMON, DEPARTMENT_ROLES, DEPARTMENT_SIGNERS, DEPARTMENT_TYPES, PROJECT_NAME } from "./text";
import type { TemplateDef } from "./types";

export const CONSENSUS: TemplateDef = {
  id: "T2",
  version: 2,
  name: bi("Consensus form", "跨部门协作共识表"),
  purpose: bi(
    "The agreed goal, delivery standards, responsibilities and communication rules, signed by every department head.",
    "启动会确认的目标、交付标准、职责分工与沟通机制，由各部门负责人签字确认。",
  ),
  hosts: ["word", "excel"],
  landscape: false,
  blocks: [
    {
      type: "fields",
      id: "basics",
      fields: [
        PROJECT_NAME,
        { id: "date", label: COMMON.date, kind: "date", required: true },
        {
          id: "finalGoal",
          label: bi("Final goal", "最终目标"),
          kind: "longText",
          required: true,
          smart: true,
          hint: bi(
            "Specific and measurable, e.g. raise the satisfaction score from 85 to 90 by 2026-12-31.",
            "需具体、可量化，如“2026年12月31日前满意度评分从85分提升至90分”。",
          ),
        },
      ],
    },
    {
      type: "list",
      id: "standards",
      title: bi("Delivery standards", "交付标准"),
      items: 3,
      item: {
        id: "standard",
        label: bi("Delivery standard", "交付标准"),
        kind: "longText",
        required: true,
        smart: true,
        hint: bi("Measurable, e.g. complaint response time ≤ 24 h", "可衡量，如“客服投诉响应时间≤24小时”"),
      },
    },
    {
      type: "table",
      table: {
        id: "responsibilities",
        title: bi("Responsibilities", "各部门职责分工"),
        rows: 4,
        columns: [
          { id: "department", label: COMMON.department, kind: "text", width: 16, required: true },
          {
            id: "role",
            label: bi("Role", "角色"),
            kind: "choice",
            choices: DEPARTMENT_ROLES,
            width: 10,
            required: true,
          },
          {
            id: "type",
            label: bi("Type", "类型"),
            kind: "choice",
            choices: DEPARTMENT_TYPES,
            width: 10,
            required: true,
          },
          {
            id: "responsibility",
            label: bi("Responsibility", "职责描述"),
            kind: "longText",
            width: 44,
            required: true,
          },
          { id: "liaison", label: bi("Liaison", "联络人"), kind: "text", width: 14, required: true },
        ],
      },
    },
    {
      type: "fields",
      id: "communication",
      title: bi("Communication mechanism", "沟通机制"),
      fields: [
        {
          id: "dailyChannel",
          label: bi("Daily channel", "日常沟通方式"),
          kind: "text",
          required: true,
          hint: bi("e.g. the project chat group", "如“企业群同步进展”"),
        },
        {
          id: "meetingFrequency",
          label: bi("Regular meeting", "例会频率"),
          kind: "choice",
          required: true,
          choices: [
            choice("weekly", "Weekly", "周会"),
            choice("biweekly", "Biweekly", "双周会"),
            choice("monthly", "Monthly", "月会"),
          ],
          initial: bi("Weekly", "周会"),
        },
        {
          id: "meetingDay",
          label: bi("Meeting day", "例会时间（星期）"),
          kind: "text",
          required: true,
          hint: bi("e.g. Monday", "如“每周一”"),
        },
        { id: "meetingTime", label: bi("Meeting time", "例会时刻"), kind: "time", required: true },
        { id: "meetingMinutes", label: bi("Duration (minutes)", "时长（分钟）"), kind: "number", initial: 30 },
        {
          id: "meetingParticipants",
          label: bi("Participants", "参会人员"),
          kind: "text",
          required: true,
          hint: bi("e.g. department heads and liaisons", "如“各部门负责人及联络人”"),
        },
        {
          id: "meetingReport",
          label: bi("Report to submit", "需提交的材料"),
          kind: "text",
          initial: bi("Progress brief", "进度简报"),
        },
        {
          id: "responseHours",
          label: bi("Major issue: response within (h)", "重大问题响应时限（小时）"),
          kind: "hours",
          initial: 2,
        },
        {
          id: "solutionHours",
          label: bi("Major issue: solution within (h)", "重大问题解决时限（小时）"),
          kind: "hours",
          initial: 24,
        },
      ],
    },
    {
      type: "signatures",
      id: "departmentSignoff",
      title: bi("Sign-off by every department", "各部门签字确认"),
      signatures: DEPARTMENT_SIGNERS,
    },
  ],
};
