import type { Language } from "../../../core";

export interface ChangesStrings {
  heading: string;
  loading: string;
  intro: string;
  none: string;
  raiseHeading: string;
  raise: string;
  raising: string;
  raised: (id: string) => string;
  missing: (count: number) => string;
  request: (id: string, raisedBy: string) => string;
  decideHeading: (id: string) => string;
  approved: (id: string) => string;
  rejected: (id: string) => string;
  resign: (form: string) => string;
  unlocked: (form: string) => string;
  goToSignoff: (form: string) => string;
  showRequest: (id: string) => string;
}

export const CHANGES_STRINGS: Record<Language, ChangesStrings> = {
  "en-US": {
    heading: "Change requests",
    loading: "Reading the change requests…",
    intro:
      "A change to goals, plan, responsibilities or departments is raised here and decided by the collaboration lead. Once approved, the consensus form must be signed again by everyone; a department the change adds signs too.",
    none: "No change request in this file yet.",
    raiseHeading: "Raise a change request",
    raise: "Raise the change request (inserts T5 into the file)",
    raising: "Inserting the change request…",
    raised: (id) => `Change request ${id} was added to the file. The collaboration lead decides it below.`,
    missing: (count) =>
      `${count} required ${count === 1 ? "field is" : "fields are"} empty: fill ${count === 1 ? "it" : "them"} first.`,
    request: (id, raisedBy) => `${id}${raisedBy ? ` · ${raisedBy}` : ""}`,
    decideHeading: (id) => `Lead's decision on ${id}`,
    approved: (id) => `Change request ${id} is approved.`,
    rejected: (id) => `Change request ${id} is rejected.`,
    resign: (form) => `${form} needs a full re-sign-off: every signature must be collected again.`,
    unlocked: (form) => `${form} is unlocked so the change can be made.`,
    goToSignoff: (form) => `Go to the sign-off of ${form}`,
    showRequest: (id) => `Show change request ${id} in the file`,
  },
  "zh-CN": {
    heading: "变更申请",
    loading: "正在读取变更申请…",
    intro:
      "对目标、计划、职责或参与部门的变更在此提出，由协作牵头人审批。批准后，共识表须由所有人重新签署；变更新增的部门也须签字。",
    none: "此文件中尚无变更申请。",
    raiseHeading: "提出变更申请",
    raise: "提交变更申请（在文件中插入 T5）",
    raising: "正在插入变更申请…",
    raised: (id) => `变更申请 ${id} 已加入文件，请协作牵头人在下方审批。`,
    missing: (count) => `有 ${count} 个必填项未填写：请先填写。`,
    request: (id, raisedBy) => `${id}${raisedBy ? ` · ${raisedBy}` : ""}`,
    decideHeading: (id) => `牵头人审批 ${id}`,
    approved: (id) => `变更申请 ${id} 已批准。`,
    rejected: (id) => `变更申请 ${id} 未获批准。`,
    resign: (form) => `${form}须全部重新签署：所有签字须重新收集。`,
    unlocked: (form) => `${form}已解锁，可进行变更。`,
    goToSignoff: (form) => `前往${form}的签字确认`,
    showRequest: (id) => `在文件中显示变更申请 ${id}`,
  },
};
