import type { Language } from "../../../core";

/** The words of the Forms screen's acceptance (T7) and retrospective (T8) actions. */
export interface ClosingStrings {
  acceptanceHeading: string;
  prefillAcceptance: string;
  prefillRetrospective: string;
  retrospectiveHeading: string;
  retrospectiveNote: string;
  prefilling: string;
  noConsensus: string;
  noStandards: string;
  placed: (count: number) => string;
  listed: (standards: string[]) => string;
  noRoom: (standards: string[]) => string;
  retrospectiveWritten: (fields: number, goals: number) => string;
  kept: (count: number) => string;
  nothingBlank: string;
  verdictHeading: string;
  notReady: string;
  readyToSign: string;
}

const quoted = (items: string[], open: string, close: string, separator: string) =>
  items.map((s) => `${open}${s}${close}`).join(separator);

export const CLOSING_STRINGS: Record<Language, ClosingStrings> = {
  "en-US": {
    acceptanceHeading: "Acceptance against the delivery standards",
    prefillAcceptance: "Pre-fill from the consensus form",
    prefillRetrospective: "Pre-fill from the project",
    retrospectiveHeading: "Review against the consensus and the WBS",
    retrospectiveNote:
      "Writes each delivery standard's target and the acceptance result, and figures from the WBS, change requests " +
      "and issue log, into blank fields only: what you typed stays.",
    prefilling: "Pre-filling…",
    noConsensus: "The file has no consensus form (T2): there are no delivery standards to pre-fill from.",
    noStandards: "The consensus form lists no delivery standards yet: nothing was written.",
    placed: (count) => `Listed ${count} delivery ${count === 1 ? "standard" : "standards"} from the consensus form.`,
    listed: (standards) => `Already on the checklist: ${quoted(standards, '"', '"', ", ")}.`,
    noRoom: (standards) =>
      `No free row left for ${standards.length === 1 ? "this standard" : "these standards"}: ` +
      `${quoted(standards, '"', '"', ", ")}. Add rows to the checklist or merge standards.`,
    retrospectiveWritten: (fields, goals) =>
      `Pre-filled ${fields} ${fields === 1 ? "field" : "fields"}, ${goals} ${goals === 1 ? "goal" : "goals"} from the delivery standards.`,
    kept: (count) => `${count} ${count === 1 ? "field" : "fields"} you had typed ${count === 1 ? "was" : "were"} kept.`,
    nothingBlank: "Every field the pre-fill would write already holds text: nothing was changed.",
    verdictHeading: "Verdict",
    notReady: "Not ready for acceptance sign-off:",
    readyToSign: "Ready for acceptance sign-off.",
  },
  "zh-CN": {
    acceptanceHeading: "对照交付标准验收",
    prefillAcceptance: "从共识确认单预填",
    prefillRetrospective: "从项目数据预填",
    retrospectiveHeading: "对照共识与任务分解表复盘",
    retrospectiveNote:
      "写入每项交付标准的目标与验收结果，以及任务分解表、变更申请和问题记录中的数据；只填空白字段，已填写的内容保留不变。",
    prefilling: "正在预填…",
    noConsensus: "文件中没有共识确认单（T2）：没有可预填的交付标准。",
    noStandards: "共识确认单尚未列出交付标准：未写入任何内容。",
    placed: (count) => `已从共识确认单列入 ${count} 项交付标准。`,
    listed: (standards) => `已在验收清单中：${quoted(standards, "“", "”", "、")}。`,
    noRoom: (standards) => `没有空行可填入：${quoted(standards, "“", "”", "、")}。请在验收清单中增加行或合并交付标准。`,
    retrospectiveWritten: (fields, goals) => `已预填 ${fields} 个字段，其中 ${goals} 项目标来自交付标准。`,
    kept: (count) => `已保留您填写的 ${count} 个字段。`,
    nothingBlank: "预填要写入的字段均已有内容：未做任何改动。",
    verdictHeading: "验收结论",
    notReady: "尚不能进行验收签字：",
    readyToSign: "可以进行验收签字。",
  },
};
