/**
 * The sheets one template instance is made of, decided once for the Excel host and the .xlsx writer: the template's
 * own sheet first, then its companions (the WBS, T3, also gets a dashboard and a timeline). Every plan leaves here
 * within Excel's limits, so writers apply it as it is.
 */
import type { Language, TemplateDef, TemplateId } from "../../core";
import type { CompanionOptions } from "./companion";
import { planDashboard } from "./plan-dashboard";
import { planSheet, type PlanOptions } from "./plan-sheet";
import { planTimeline } from "./plan-timeline";
import type { SheetPlan } from "./sheet-plan";

type Companion = (
  template: TemplateDef,
  language: Language,
  instanceId: string,
  options: CompanionOptions,
) => SheetPlan;

const COMPANIONS: Partial<Record<TemplateId, readonly Companion[]>> = { T3: [planDashboard, planTimeline] };

/** Excel's limits on what a plan carries (Data Validation dialog, list sources, defined names). */
export const EXCEL_LIMITS = {
  /** Characters in a validation's input prompt. */
  prompt: 255,
  /** Characters in a validation's error message. */
  error: 225,
  /** Characters in an explicit list source ("a,b,c"). */
  list: 255,
  /** Characters in a defined name's comment. */
  nameComment: 255,
  /** Characters in a sheet name. */
  sheetName: 31,
} as const;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A plan inside Excel's limits: prompts, errors and description comments clipped. What cannot be clipped without
 * changing meaning — a list value with a comma, a list source or an instance record that is too long — is a bug in
 * the template and throws before anything is written.
 */
export function withinExcelLimits(plan: SheetPlan): SheetPlan {
  if (plan.sheetName.length > EXCEL_LIMITS.sheetName) throw new Error(`sheet name too long: ${plan.sheetName}`);
  for (const v of plan.validations) {
    if (v.rule.type !== "list") continue;
    if (v.rule.values.some((value) => value.includes(","))) {
      throw new Error(`${plan.sheetName}: a list validation value contains a comma: ${v.rule.values.join(" | ")}`);
    }
    if (v.rule.values.join(",").length > EXCEL_LIMITS.list) {
      throw new Error(`${plan.sheetName}: a list validation is longer than ${EXCEL_LIMITS.list} characters`);
    }
  }
  for (const name of plan.names) {
    if (name.comment.startsWith("{") && name.comment.length > EXCEL_LIMITS.nameComment) {
      throw new Error(`${plan.sheetName}: the instance record of ${name.name} is too long for a name's comment`);
    }
  }
  return {
    ...plan,
    validations: plan.validations.map((v) => ({
      ...v,
      error: clip(v.error, EXCEL_LIMITS.error),
      ...(v.prompt === undefined ? {} : { prompt: clip(v.prompt, EXCEL_LIMITS.prompt) }),
    })),
    names: plan.names.map((n) => ({ ...n, comment: clip(n.comment, EXCEL_LIMITS.nameComment) })),
  };
}

/** Every sheet of one instance, in order, within Excel's limits. */
export function planWorkbook(
  template: TemplateDef,
  language: Language,
  instanceId: string,
  options: PlanOptions = {},
): SheetPlan[] {
  const companionOptions: CompanionOptions = { references: options.references };
  return [
    planSheet(template, language, instanceId, options),
    ...(COMPANIONS[template.id] ?? []).map((plan) => plan(template, language, instanceId, companionOptions)),
  ].map(withinExcelLimits);
}
