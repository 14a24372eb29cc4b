import type { FindingSeverity, Language, SignerStatus } from "../../../core";
import type { KeyStatus } from "../../keys";

export interface SignoffStrings {
  heading: (form: string) => string;
  loading: string;
  reload: (form: string) => string;
  showForm: (form: string) => string;
  editForm: (form: string) => string;
  signers: string;
  status: Record<SignerStatus, string>;
  /** A rejection of content that has changed since: no longer blocking, but shown as what it was. */
  staleRejected: string;
  signedBy: (signer: string, at: string, code: string) => string;
  comment: (text: string) => string;
  typedName: string;
  changed: string;
  toConfirm: string;
  addedBy: (change: string) => string;
  signHeading: string;
  signAs: string;
  name: string;
  nameFromOffice: string;
  selfDeclared: string;
  department: string;
  departmentHint: string;
  decision: string;
  approve: string;
  reject: string;
  commentLabel: string;
  commentRequired: string;
  nameRequired: string;
  departmentRequired: string;
  sign: (form: string) => string;
  signing: string;
  signed: (signer: string, decision: string, code: string) => string;
  locked: string;
  keyStatus: Record<KeyStatus, string>;
  noCrypto: string;
  verify: string;
  verifying: string;
  verifyHeading: string;
  intact: (count: number, code: string) => string;
  notIntact: (bad: number, count: number) => string;
  empty: string;
  severity: Record<FindingSeverity, string>;
  entry: (n: number, form: string) => string;
  limits: string;
  ledgerProblem: (reason: string) => string;
  dismiss: string;
  notSigned: string;
  /** T7 not accepted: the warning's first line, before each blocking deliverable's reason. */
  notAccepted: string;
  rejectStillOpen: string;
  /** The button to the Forms screen on this checklist. */
  changeResults: string;
  /** The same, said when the screen cannot navigate. */
  changeResultsHint: string;
  /** A signing refused because the checklist is (now) not accepted; the verdict's message follows. */
  notApprovable: string;
}

export const SIGNOFF_STRINGS: Record<Language, SignoffStrings> = {
  "en-US": {
    heading: (form) => `Sign-off: ${form}`,
    loading: "Reading the form and its signatures…",
    reload: (form) => `Reload the sign-off of ${form}`,
    showForm: (form) => `Show ${form} in the file`,
    editForm: (form) => `Edit the fields of ${form}`,
    signers: "Required signers",
    status: {
      approved: "Approved",
      rejected: "Rejected",
      stale: "Needs re-signing: the form changed",
      superseded: "Sign again: a change request was approved",
      missing: "Not signed yet",
    },
    staleRejected: "Rejected, then the form changed: decide again",
    signedBy: (signer, at, code) => `${signer}, ${at}, code ${code}`,
    comment: (text) => `Comment: ${text}`,
    typedName: "name self-declared",
    changed: "Changed since this signature (old → new)",
    toConfirm: "To confirm",
    addedBy: (change) => `Added by change request ${change}`,
    signHeading: "Sign this form",
    signAs: "Sign as",
    name: "Your name",
    nameFromOffice: "Name from Office (a co-authoring name, not a verified identity).",
    selfDeclared: "Self-declared: the name is typed, Office does not confirm it.",
    department: "Department",
    departmentHint: "The collaboration lead may sign for any department: type yours.",
    decision: "Decision",
    approve: "Approve",
    reject: "Reject",
    commentLabel: "Comment",
    commentRequired: "A rejection needs a comment: say what must change.",
    nameRequired: "Type your name.",
    departmentRequired: "Type your department.",
    sign: (form) => `Sign ${form}`,
    signing: "Signing…",
    signed: (signer, decision, code) =>
      `${signer} signed: ${decision}. Code ${code} is shown in the form's signature block.`,
    locked:
      "Every required signer approved: the form is now locked against editing until a change request is approved.",
    keyStatus: {
      stored: "Signed with this browser's key.",
      created: "This browser has a new signing key (kept in this browser only).",
      noEcdsa:
        "Signed without a key: protected by the chain only. This browser cannot make signing keys (ECDSA), so a copy of the ledger could be recomputed by someone with the code.",
      noStorage:
        "Signed without a key: protected by the chain only. This browser cannot keep a signing key (no IndexedDB or storage blocked).",
    },
    noCrypto: "Signing needs the browser's Web Crypto: open the pane over https (or from localhost).",
    verify: "Verify the whole ledger",
    verifying: "Checking every entry…",
    verifyHeading: "Ledger check",
    intact: (count, code) =>
      `All ${count} entries verify. Last entry code ${code}: compare it with a copy kept elsewhere.`,
    notIntact: (bad, count) => `${bad} of ${count} entries do not count as signatures. See why below.`,
    empty: "Nobody has signed anything in this file yet.",
    severity: { ok: "Verified", notice: "Note", warning: "To confirm", error: "Does not count" },
    entry: (n, form) => `Entry ${n} · ${form}`,
    limits: "What this check proves, and what it does not",
    ledgerProblem: (reason) => `Some ledger records could not be read and do not count: ${reason}`,
    dismiss: "Dismiss",
    notSigned: "This form is not signed off.",
    notAccepted: "Not accepted, so it cannot be approved:",
    rejectStillOpen: "You can still reject it: say in the comment what must change.",
    changeResults: "Change the results on the Forms screen",
    changeResultsHint: "Change the results on the Forms screen, then sign.",
    notApprovable: "An acceptance checklist that is not accepted cannot be approved.",
  },
  "zh-CN": {
    heading: (form) => `签字确认：${form}`,
    loading: "正在读取表单及签字…",
    reload: (form) => `重新读取${form}的签字`,
    showForm: (form) => `在文件中显示${form}`,
    editForm: (form) => `编辑${form}的字段`,
    signers: "须签字人",
    status: {
      approved: "已同意",
      rejected: "不同意",
      stale: "需重新签字：表单已修改",
      superseded: "需重新签字：变更申请已批准",
      missing: "尚未签字",
    },
    staleRejected: "曾不同意，表单已修改：请重新表态",
    signedBy: (signer, at, code) => `${signer}，${at}，校验码 ${code}`,
    comment: (text) => `意见：${text}`,
    typedName: "姓名为自行声明",
    changed: "签字后的改动（原 → 新）",
    toConfirm: "需确认",
    addedBy: (change) => `由变更申请 ${change} 增加`,
    signHeading: "签署此表单",
    signAs: "签字身份",
    name: "您的姓名",
    nameFromOffice: "姓名来自 Office（协作者名称，并非经过验证的身份）。",
    selfDeclared: "自行声明：姓名为手动填写，Office 未确认。",
    department: "部门",
    departmentHint: "协作牵头人可代表任一部门签字：请填写您的部门。",
    decision: "审批结果",
    approve: "同意",
    reject: "不同意",
    commentLabel: "意见",
    commentRequired: "不同意时须填写意见：说明需要修改什么。",
    nameRequired: "请填写您的姓名。",
    departmentRequired: "请填写您的部门。",
    sign: (form) => `签署${form}`,
    signing: "正在签字…",
    signed: (signer, decision, code) => `${signer} 已签字：${decision}。校验码 ${code} 已显示在表单的签字栏中。`,
    locked: "所有须签字人均已同意：表单已锁定，变更申请获批前不能编辑。",
    keyStatus: {
      stored: "已使用本浏览器的密钥签字。",
      created: "本浏览器已生成新的签字密钥（仅保存在本浏览器中）。",
      noEcdsa: "无密钥签字：仅受哈希链保护。本浏览器不能生成签字密钥（ECDSA），掌握代码的人可以重新计算账本副本。",
      noStorage: "无密钥签字：仅受哈希链保护。本浏览器无法保存签字密钥（没有 IndexedDB 或存储被阻止）。",
    },
    noCrypto: "签字需要浏览器的 Web Crypto：请通过 https（或 localhost）打开任务窗格。",
    verify: "校验整个签字账本",
    verifying: "正在逐条校验…",
    verifyHeading: "账本校验结果",
    intact: (count, code) => `全部 ${count} 条记录校验通过。最后一条的校验码为 ${code}：可与另存的副本核对。`,
    notIntact: (bad, count) => `${count} 条记录中有 ${bad} 条不计为有效签字，原因见下。`,
    empty: "此文件中尚无任何签字。",
    severity: { ok: "已验证", notice: "说明", warning: "需确认", error: "无效" },
    entry: (n, form) => `第 ${n} 条 · ${form}`,
    limits: "此校验能证明什么、不能证明什么",
    ledgerProblem: (reason) => `部分账本记录无法读取，不计入：${reason}`,
    dismiss: "关闭",
    notSigned: "此表单无需签字确认。",
    notAccepted: "未通过验收，不能同意：",
    rejectStillOpen: "仍可选择不同意：请在意见中说明需要修改什么。",
    changeResults: "在“表单”页面修改验收结果",
    changeResultsHint: "请在“表单”页面修改验收结果后再签字。",
    notApprovable: "成果验收单未通过验收，不能同意。",
  },
};
