import { APPROVAL, bi, choice, COMMON, PROJECT_NAME } from "./text";
import type { TemplateDef } from "./types";

export const KICKOFF: TemplateDef = {
  id: "T1",
  version: 1,
  name: bi("Kickoff application", "跨部门协作启动申请表"),
  purpose: bi(
    "The initiating department applies for a cross-department collaboration; its head signs and the lead approves.",
    "发起部门申请开展跨部门协作，由发起部门负责人签字、牵头人审批。",
  ),
  hosts: ["word", "excel"],
  landscape: false,
  blocks: [
    {
      type: "fields",
      id: "basics",
      fields: [
        PROJECT_NAME,
        {
          id: "number",
          label: bi("Number", "编号"),
          kind: "text",
          required: true,
          hint: bi("e.g. XT-2026-001", "如 XT-2026-001"),
        },
        { id: "initiatingDepartment", label: bi("Initiating department", "发起部门"), kind: "text", required: true },
        { id: "initiationDate", label: bi("Initiation date", "发起日期"), kind: "date", required: true },
        {
          id: "scenario",
          label: bi("Scenario type", "协作类型"),
          kind: "choice",
          required: true,
          choices: [
            choice("project", "Project", "项目型"),
            choice("processOptimization", "Process optimization", "流程优化型"),
            choice("problemSolving", "Problem solving", "问题解决型"),
            choice("resourceCoordination", "Resource coordination", "资源协调型"),
          ],
        },
      ],
    },
    {
      type: "fields",
      id: "goal",
      title: bi("Background and goal", "协作背景与目标"),
      fields: [
        {
          id: "backgroundAndGoal",
          label: bi("Background and goal (SMART)", "协作背景与目标（SMART）"),
          kind: "longText",
          required: true,
          smart: true,
          hint: bi(
            "Why, the core problem and the goal, e.g. cut the average complaint response time from 48 h to 24 h by 2026-12-31.",
            "简要说明协作原因、要解决的核心问题及目标，如“2026年12月31日前将平均投诉响应时间从48小时缩短至24小时”。",
          ),
        },
        { id: "expectedResults", label: bi("Expected results", "预期成果"), kind: "longText", required: true },
        {
          id: "involvedDepartments",
          label: bi("Involved departments", "涉及部门"),
          kind: "longText",
          required: true,
          hint: bi("e.g. Customer service, Product, Engineering, Legal", "如“客服部、产品部、技术部、法务部”"),
        },
      ],
    },
    {
      type: "table",
      table: {
        id: "milestones",
        title: bi("Preliminary timeline", "初步时间规划"),
        rows: 4,
        columns: [
          { id: "milestone", label: bi("Milestone", "关键节点"), kind: "text", width: 40, required: true },
          { id: "date", label: COMMON.date, kind: "date", width: 14, required: true },
        ],
      },
    },
    {
      type: "signatures",
      id: "initiatorSignoff",
      title: bi("Initiating department head", "发起部门负责人"),
      signatures: [{ id: "initiatingHead", role: bi("Initiating department head", "发起部门负责人"), count: 1 }],
    },
    {
      type: "fields",
      id: "approval",
      title: bi("Lead's approval", "牵头人审批"),
      fields: [
        { id: "approvalDecision", label: bi("Approval", "审批结果"), kind: "choice", choices: APPROVAL },
        { id: "approvalOpinion", label: bi("Approval opinion", "审批意见"), kind: "longText" },
      ],
    },
    {
      type: "signatures",
      id: "leadSignoff",
      title: bi("Collaboration lead", "协作牵头人"),
      signatures: [{ id: "lead", role: bi("Collaboration lead", "协作牵头人"), count: 1 }],
    },
  ],
};
