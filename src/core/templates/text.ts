import type { Bilingual, Choice, FieldDef, SignatureDef } from "./types";

/** A bilingual text: English first, Chinese second. */
export function bi(en: string, zh: string): Bilingual {
  return { "en-US": en, "zh-CN": zh };
}

export function choice(id: string, en: string, zh: string): Choice {
  return { id, label: bi(en, zh) };
}

/** Labels shared by several templates. */
export const COMMON = {
  projectName: bi("Project / task name", "项目/任务名称"),
  date: bi("Date", "日期"),
  department: bi("Department", "部门"),
  owner: bi("Owner", "负责人"),
  due: bi("Due date", "截止日期"),
  notes: bi("Notes", "备注"),
  signer: bi("Signature", "签字"),
  decision: bi("Decision", "意见"),
  comment: bi("Comment", "说明"),
} as const;

/** The project name field every template starts with. */
export const PROJECT_NAME: FieldDef = { id: "projectName", label: COMMON.projectName, kind: "text", required: true };

export const DEPARTMENT_TYPES: readonly Choice[] = [
  choice("execution", "Execution", "执行"),
  choice("support", "Support", "支持"),
  choice("supervision", "Supervision", "监督"),
];

export const DEPARTMENT_ROLES: readonly Choice[] = [
  choice("lead", "Lead", "牵头"),
  choice("cooperating", "Cooperating", "配合"),
];

export const APPROVAL: readonly Choice[] = [choice("approve", "Approve", "同意"), choice("reject", "Reject", "不同意")];

/**
 * Who signs for the departments (the consensus form and the retrospective): the lead department and the cooperating
 * departments, one block each, as in the guide's templates.
 */
export const DEPARTMENT_SIGNERS: readonly SignatureDef[] = [
  { id: "leadDepartment", role: bi("Lead department", "牵头部门"), count: 1 },
  { id: "cooperatingDepartment", role: bi("Cooperating department", "配合部门"), count: 3 },
];

export const YES_NO: readonly Choice[] = [choice("yes", "Yes", "是"), choice("no", "No", "否")];
