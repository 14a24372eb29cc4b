import type { FormSignoffState } from "../signoff";
import { bi, type Bilingual, type InstanceRecord, type TemplateId } from "../templates";
import { type ProjectContext, primary } from "./context";
import { missingRequired } from "./forms";
import { type Outcome, outcome } from "./outcome";
import { bareName, count, joinParts, listOf, lowerName, SHORT_NAMES, titled as titledAs } from "./text";
import type { NextAction } from "./types";

/** How a form's signatures are counted in its summary: T2 and T8 are signed by departments (and T8 by the lead). */
export type SignerNoun = "departments" | "signatures";

function counted(noun: SignerNoun, approved: number, required: number): Bilingual {
  if (noun === "departments") {
    return approved === required
      ? bi(`all ${required} departments signed`, `${required} 个部门均已签字`)
      : bi(`${approved} of ${required} departments signed`, `${required} 个部门中 ${approved} 个已签字`);
  }
  return approved === required
    ? bi(`signed (${approved} of ${required})`, `已全部签字（${approved}/${required}）`)
    : bi(`${approved} of ${required} signatures`, `需 ${required} 个签字，已签 ${approved} 个`);
}

const signerNames = (state: FormSignoffState, which: (s: FormSignoffState["signers"][number]) => boolean) =>
  listOf(state.signers.filter(which).map((s) => s.signer.label));

export const insertAction = (template: TemplateId, label?: Bilingual): NextAction => ({
  action: "insert",
  template,
  label: label ?? bi(`Insert ${lowerName(template)["en-US"]}`, `插入${SHORT_NAMES[template]["zh-CN"]}`),
});

export const fillAction = (record: InstanceRecord, label?: Bilingual): NextAction => ({
  action: "fill",
  template: record.template,
  instance: record.id,
  label: label ?? bi(`Fill in ${lowerName(record.template)["en-US"]}`, `填写${SHORT_NAMES[record.template]["zh-CN"]}`),
});

export const openAction = (record: InstanceRecord, label: Bilingual): NextAction => ({
  action: "open",
  template: record.template,
  instance: record.id,
  label,
});

/** "3 required fields are empty: A, B, C" — the form's blanks, or null when it is filled. */
export function blanks(form: Parameters<typeof missingRequired>[0]): Bilingual | null {
  const missing = missingRequired(form);
  if (missing.length === 0) return null;
  const list = listOf(missing);
  return missing.length === 1
    ? bi(`1 required field is empty: ${list["en-US"]}`, `1 个必填项未填写：${list["zh-CN"]}`)
    : bi(
        `${missing.length} required fields are empty: ${list["en-US"]}`,
        `${missing.length} 个必填项未填写：${list["zh-CN"]}`,
      );
}

/** What the form's signatures say: summary, next action and problem (a stale or superseded signature, a rejection). */
export function signoffOutcome(
  context: ProjectContext,
  record: InstanceRecord,
  noun: SignerNoun,
  lead?: Bilingual,
): Outcome {
  const state = context.signoff.get(record.id);
  if (!state) throw new Error(`no sign-off state for ${record.template} ${record.id}`);
  const { template } = record;
  const name = lowerName(template);
  const ids = [record.id];
  // Counted as departments only when every signer signs for one (not when the lead signs as such).
  const byDepartment = noun === "departments" && state.signers.every((s) => s.signer.department !== "");
  const tally = counted(byDepartment ? "departments" : "signatures", state.approved, state.required);
  const sign = (label: Bilingual): NextAction => ({ action: "sign", template, instance: record.id, label });
  const waiting = listOf(state.next.map((s) => s.label));
  const titled = (text: Bilingual) => titledAs(template, lead ? joinParts([lead, text]) : text);
  let result: Outcome;
  switch (state.status) {
    case "signed":
    case "notSigned":
      result = outcome(true, titled(tally), null, ids);
      break;
    case "needsSignatures":
      result = outcome(
        false,
        titled(tally),
        sign(bi(`Ask ${waiting["en-US"]} to sign`, `请${waiting["zh-CN"]}签字`)),
        ids,
      );
      break;
    case "stale": {
      const stale = state.signers.filter((s) => s.status === "stale").length;
      const text = bi(
        `${tally["en-US"]}, ${stale} ${stale === 1 ? "signature" : "signatures"} stale`,
        `${tally["zh-CN"]}，${stale} 个签字已失效`,
      );
      const who = signerNames(state, (s) => s.status === "stale");
      result = outcome(
        false,
        titled(text),
        sign(bi(`Ask ${who["en-US"]} to sign again`, `请${who["zh-CN"]}重新签字`)),
        ids,
        "attention",
      );
      break;
    }
    case "needsFullResign": {
      const change = state.change?.changeId ?? "";
      const text = bi(
        `change request ${change} approved: every signature must be collected again (${state.approved} of ${state.required} done)`,
        `变更申请 ${change} 已批准，须重新收集全部签字（已签 ${state.approved}/${state.required}）`,
      );
      result = outcome(
        false,
        titled(text),
        sign(bi(`Ask ${waiting["en-US"]} to sign again`, `请${waiting["zh-CN"]}重新签字`)),
        ids,
        "attention",
      );
      break;
    }
    case "rejected": {
      const rejected = state.signers.filter((s) => s.status === "rejected");
      const who = listOf(rejected.map((s) => s.signer.label));
      const why = rejected.map((s) => s.entry?.comment ?? "").join(" / ");
      result = outcome(
        false,
        titled(bi(`rejected by ${who["en-US"]} (${why})`, `${who["zh-CN"]}不同意（${why}）`)),
        fillAction(
          record,
          bi(
            `Revise ${name["en-US"]}, then ask ${who["en-US"]} again`,
            `修改${name["zh-CN"]}后请${who["zh-CN"]}重新签字`,
          ),
        ),
        ids,
        "blocked",
      );
      break;
    }
  }
  return withLedgerFindings(context, record, state, result);
}

/** Entries of the form that do not verify, or signatures a person should confirm: attention, and Verify next. */
function withLedgerFindings(
  context: ProjectContext,
  record: InstanceRecord,
  state: FormSignoffState,
  result: Outcome,
): Outcome {
  const untrusted = context.report.entries.filter(
    (e) => !e.trusted && e.entry.form.template === record.template && e.entry.form.instance === record.id,
  ).length;
  const toConfirm = state.signers.filter((s) => s.toConfirm.length > 0).length;
  if (untrusted === 0 && toConfirm === 0) return result;
  const notes: Bilingual[] = [result.summary];
  if (untrusted > 0) {
    const en =
      untrusted === 1 ? "1 entry of its sign-off record does" : `${untrusted} entries of its sign-off record do`;
    notes.push(bi(`${en} not verify`, `签字记录中有 ${untrusted} 条未通过核验`));
  }
  if (toConfirm > 0) {
    notes.push(bi(`${count(toConfirm, "signature")} to confirm`, `${toConfirm} 个签字待确认`));
  }
  const name = lowerName(record.template);
  const verify: NextAction = {
    action: "verify",
    template: record.template,
    instance: record.id,
    label: bi(`Verify the signatures of ${name["en-US"]}`, `核验${name["zh-CN"]}的签字`),
  };
  const next = untrusted > 0 || result.next === null ? verify : result.next;
  return { ...result, summary: joinParts(notes), next, problem: result.problem ?? "attention" };
}

/** A step that is one signed form: inserted, filled, then signed by every required signer (steps 1, 4, 10). */
export function signedFormStep(context: ProjectContext, template: TemplateId, noun: SignerNoun): Outcome {
  const record = primary(context, template);
  if (!record) {
    const none = bi(
      `No ${bareName(template)["en-US"]} in this file yet`,
      `文件中还没有${SHORT_NAMES[template]["zh-CN"]}`,
    );
    return outcome(false, none, insertAction(template));
  }
  return filledOutcome(context, record) ?? signoffOutcome(context, record, noun);
}

/** The form's required blanks as an outcome (attention too when signatures went stale), or null when it is filled. */
export function filledOutcome(context: ProjectContext, record: InstanceRecord): Outcome | null {
  const blank = blanks(context.forms.get(record.id)!);
  if (!blank) return null;
  const stale = context.signoff.get(record.id)?.signers.some((s) => s.status === "stale");
  return outcome(false, titledAs(record.template, blank), fillAction(record), [record.id], stale ? "attention" : null);
}
