import { acceptanceVerdict, type BlockReason } from "../closing";
import { bi, type Bilingual, type TemplateId } from "../templates";
import { insertable, type ProjectContext, instancesOf, primary } from "./context";
import { type Outcome, outcome } from "./outcome";
import { fillAction, filledOutcome, insertAction, signedFormStep, signoffOutcome } from "./signed-form";
import { count, joinParts, listOf, SHORT_NAMES, titled } from "./text";
import type { NextAction } from "./types";

/** How the step names the rows of each kind that keep the checklist from being accepted, and what it asks. */
const BLOCKING: ReadonlyArray<{
  reason: BlockReason;
  found: (list: Bilingual) => Bilingual;
  ask: (list: Bilingual) => Bilingual;
}> = [
  {
    reason: "failed",
    found: (l) => bi(`failed: ${l["en-US"]}`, `未通过：${l["zh-CN"]}`),
    ask: (l) => bi(`Rework and check ${l["en-US"]} again`, `整改后重新验收：${l["zh-CN"]}`),
  },
  {
    reason: "unexplained",
    found: (l) => bi(`conditional without a note: ${l["en-US"]}`, `有条件通过但未说明条件：${l["zh-CN"]}`),
    ask: (l) => bi(`Write down the conditions for ${l["en-US"]}`, `填写 ${l["zh-CN"]} 的通过条件`),
  },
  {
    reason: "blank",
    found: (l) => bi(`no result: ${l["en-US"]}`, `尚无验收结果：${l["zh-CN"]}`),
    ask: (l) => bi(`Record the result for ${l["en-US"]}`, `填写 ${l["zh-CN"]} 的验收结果`),
  },
  {
    reason: "unknown",
    found: (l) =>
      bi(`result not Pass, Fail or Conditional: ${l["en-US"]}`, `验收结果不是通过、不通过或有条件通过：${l["zh-CN"]}`),
    ask: (l) =>
      bi(`Choose Pass, Fail or Conditional for ${l["en-US"]}`, `为 ${l["zh-CN"]} 选择通过、不通过或有条件通过`),
  },
];

/**
 * Step 9: the acceptance checklist (T7) accepted by the verdict the Forms screen shows (`acceptanceVerdict`), then
 * signed by the lead and the requesting side. A failed deliverable blocks it; any other row that keeps it from being
 * accepted (conditional without a note, no result, a result that is not one of the three) needs attention.
 */
function acceptanceStep(context: ProjectContext): Outcome {
  const record = primary(context, "T7");
  if (!record) return signedFormStep(context, "T7", "signatures");
  const filled = filledOutcome(context, record);
  if (filled) return filled;
  const verdict = acceptanceVerdict(context.input.forms[record.id]?.tables?.checks ?? []);
  const total = verdict.deliverables.length;
  const accepted = total - verdict.blocking.length;
  const head = bi(
    `${accepted} of ${count(total, "deliverable")} accepted`,
    `${total} 项交付成果中 ${accepted} 项通过验收`,
  );
  if (verdict.accepted) return signoffOutcome(context, record, "signatures", head);
  const groups = BLOCKING.flatMap((kind) => {
    const names = verdict.blocking.filter((d) => d.reason === kind.reason).map((d) => d.name);
    return names.length ? [{ kind, list: listOf(names) }] : [];
  });
  const first = groups[0];
  // No deliverable listed: the filled check already asks for one; kept as a guard.
  if (!first) return outcome(false, titled("T7", head), fillAction(record), [record.id]);
  return outcome(
    false,
    titled("T7", joinParts([head, ...groups.map((g) => g.kind.found(g.list))])),
    fillAction(record, first.kind.ask(first.list)),
    [record.id],
    first.kind.reason === "failed" ? "blocked" : "attention",
  );
}

interface CaseDocument {
  template: TemplateId;
  present: boolean;
  /** Signed (a change request: decided), or not signed at all (the WBS, the minutes). */
  signed: boolean;
  instances: string[];
  /** The instance to act on next. */
  instance?: string;
}

/** The case file (SPEC §2 step 11): which documents it needs and whether each is complete. */
function caseFile(context: ProjectContext): CaseDocument[] {
  const signed = (id: string, decided = false) => {
    const status = context.signoff.get(id)?.status;
    return status === "signed" || (decided && status === "rejected");
  };
  const ids = (template: TemplateId) => instancesOf(context, template).map((r) => r.id);
  const one = (template: TemplateId): CaseDocument => {
    const record = primary(context, template);
    const present = record !== null;
    return { template, present, signed: present && signed(record.id), instances: ids(template), instance: record?.id };
  };
  const changes = ids("T5");
  const pendingChange = changes.find((id) => !signed(id, true));
  const wbs = primary(context, "T3");
  return [
    one("T1"),
    one("T2"),
    { template: "T3", present: (context.wbs?.tasks ?? 0) > 0, signed: true, instances: ids("T3"), instance: wbs?.id },
    { template: "T4", present: ids("T4").length > 0, signed: true, instances: ids("T4") },
    ...(changes.length
      ? [
          {
            template: "T5" as const,
            present: true,
            signed: !pendingChange,
            instances: changes,
            instance: pendingChange,
          },
        ]
      : []),
    one("T7"),
    one("T8"),
  ];
}

/** Step 11: T1, T2, T3, the minutes, every change request (if any), T7 and T8 present, the signed ones signed. */
function archiveStep(context: ProjectContext): Outcome {
  const file = caseFile(context);
  const missing = file.filter((f) => !f.present);
  const unsigned = file.filter((f) => f.present && !f.signed);
  const ids = file.flatMap((f) => f.instances);
  if (missing.length === 0 && unsigned.length === 0) {
    return outcome(
      true,
      bi(
        `Case file complete: ${file.length} kinds of documents, all signed`,
        `案例资料齐全：${file.length} 类文件，均已签字`,
      ),
      null,
      ids,
    );
  }
  const names = (list: typeof file) => listOf(list.map((f) => SHORT_NAMES[f.template]));
  const parts: Bilingual[] = [];
  if (missing.length) parts.push(bi(`missing: ${names(missing)["en-US"]}`, `缺少：${names(missing)["zh-CN"]}`));
  if (unsigned.length)
    parts.push(bi(`not signed yet: ${names(unsigned)["en-US"]}`, `尚未签字：${names(unsigned)["zh-CN"]}`));
  // What this host can insert first (Word cannot insert the WBS, which lives in a workbook).
  const first = missing.find((f) => f.instance || insertable(context, f.template)) ?? missing[0];
  const next: NextAction = first
    ? first.instance
      ? {
          action: "open",
          template: first.template,
          instance: first.instance,
          label: bi("Complete the task breakdown (WBS)", "完善任务分解表"),
        }
      : insertAction(first.template)
    : {
        action: unsigned[0].template === "T5" ? "approveChange" : "sign",
        template: unsigned[0].template,
        instance: unsigned[0].instance,
        label: bi(
          `Collect the signatures of the ${SHORT_NAMES[unsigned[0].template]["en-US"].toLowerCase()}`,
          `收集${SHORT_NAMES[unsigned[0].template]["zh-CN"]}的签字`,
        ),
      };
  return outcome(false, joinParts(parts), next, ids);
}

export const closingSteps = {
  acceptance: acceptanceStep,
  retrospective: (context: ProjectContext) => signedFormStep(context, "T8", "departments"),
  archive: archiveStep,
};
