import { APPROVAL, bi, choice, COMMON, PROJECT_NAME, YES_NO } from "./text";
import type { TemplateDef } from "./types";

export const CHANGE_REQUEST: TemplateDef = {
  id: "T5",
  version: 1,
  name: bi("Change request", "变更申请"),
  purpose: bi(
    "A change to goals, plan, responsibilities or departments; once approved, the consensus form must be signed again.",
    "对目标、计划、职责或参与部门的变更；批准后须重新签署共识表。",
  ),
  hosts: ["word", "excel"],
  landscape: false,
  blocks: [
    {
      type: "fields",
      id: "request",
      fields: [
        PROJECT_NAME,
        {
          id: "changeId",
          label: bi("Change ID", "变更编号"),
          kind: "text",
          required: true,
          hint: bi("e.g. CR-001", "如 CR-001"),
        },
        { id: "raisedBy", label: bi("Raised by (department)", "申请部门"), kind: "text", required: true },
        { id: "date", label: COMMON.date, kind: "date", required: true },
        {
          id: "changes",
          label: bi("What changes", "变更内容"),
          kind: "multiChoice",
          required: true,
          choices: [
            choice("goal", "Goal", "目标"),
            choice("plan", "Plan", "计划"),
            choice("responsibilities", "Responsibilities", "职责"),
            choice("departments", "Departments", "参与部门"),
          ],
        },
        { id: "description", label: bi("Description of the change", "变更说明"), kind: "longText", required: true },
        { id: "reason", label: bi("Reason", "变更原因"), kind: "longText", required: true },
      ],
    },
    {
      type: "fields",
      id: "impact",
      title: bi("Impact", "影响评估"),
      fields: [
        { id: "impactScope", label: bi("Scope", "范围"), kind: "longText" },
        { id: "impactSchedule", label: bi("Schedule", "进度"), kind: "longText" },
        { id: "impactResources", label: bi("Resources", "资源"), kind: "longText" },
        { id: "affectedDepartments", label: bi("Affected departments", "受影响部门"), kind: "text" },
      ],
    },
    {
      type: "fields",
      id: "evaluation",
      title: bi("Lead's evaluation", "牵头人评估"),
      fields: [
        { id: "leadEvaluation", label: bi("Evaluation", "评估意见"), kind: "longText" },
        { id: "decision", label: bi("Decision", "审批结果"), kind: "choice", choices: APPROVAL },
        {
          id: "reSignOff",
          label: bi("Consensus form must be signed again", "需重新签署共识表"),
          kind: "choice",
          choices: YES_NO,
          initial: bi("Yes", "是"),
        },
        { id: "dateClosed", label: bi("Date closed", "关闭日期"), kind: "date" },
      ],
    },
    {
      type: "signatures",
      id: "signoff",
      title: bi("Sign-off", "签字确认"),
      signatures: [
        { id: "initiatingHead", role: bi("Initiating department head", "发起部门负责人"), count: 1 },
        { id: "lead", role: bi("Collaboration lead", "协作牵头人"), count: 1 },
      ],
    },
  ],
};
