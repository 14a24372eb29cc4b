/**
 * Checks of a form being filled in the pane, per slot: values that cannot be written (block saving), required fields
 * left empty, dates that look mistyped (far from today, or before the date they follow), and SMART advice on goals
 * and delivery standards (SPEC §6: it advises, it never blocks).
 */
import { formatDate, type Language, type Slot, smartAdvice, type TemplateId } from "../../../core";
import { writtenValue } from "./field-text";
import { FORMS_STRINGS } from "./strings";

/** error: cannot be saved; missing: required and empty; warning: probably mistyped; advice: SMART. */
export type ProblemKind = "error" | "missing" | "warning" | "advice";

export interface Problem {
  kind: ProblemKind;
  text: string;
}

/** Dates that follow another date of the same form: [earlier, later]. */
const DATE_ORDER: Partial<Record<TemplateId, ReadonlyArray<readonly [string, string]>>> = {
  T5: [["date", "dateClosed"]],
};

/** Two years, in days: further from today than this, a date is probably a typo in the year. */
const FAR = 730;

/** The slots a list block requires: at least one of its items (the first shows the message). */
function requiredKeys(slots: readonly Slot[]): Set<string> {
  const keys = new Set<string>();
  const lists = new Set<string>();
  for (const slot of slots) {
    if (!slot.field.required) continue;
    if (/\.\d+$/.test(slot.key)) {
      if (!lists.has(slot.blockId)) keys.add(slot.key);
      lists.add(slot.blockId);
    } else keys.add(slot.key);
  }
  return keys;
}

const listFilled = (slots: readonly Slot[], blockId: string, draft: Readonly<Record<string, string>>) =>
  slots.some((s) => s.blockId === blockId && (draft[s.key] ?? "").trim() !== "");

export function formProblems(
  template: TemplateId,
  slots: readonly Slot[],
  draft: Readonly<Record<string, string>>,
  options: { language: Language; formLanguage: Language; today: number },
): Map<string, Problem[]> {
  const t = FORMS_STRINGS[options.language];
  const required = requiredKeys(slots);
  const problems = new Map<string, Problem[]>();
  const add = (key: string, problem: Problem) => problems.set(key, [...(problems.get(key) ?? []), problem]);
  const serials = new Map<string, number>();
  for (const slot of slots) {
    const text = draft[slot.key] ?? "";
    const label = slot.label[options.language];
    if (text.trim() === "") {
      const isList = /\.\d+$/.test(slot.key);
      if (required.has(slot.key) && !(isList && listFilled(slots, slot.blockId, draft))) {
        add(slot.key, { kind: "missing", text: t.required(label) });
      }
      continue;
    }
    const written = writtenValue(slot.field, text, options.formLanguage);
    if ("error" in written) {
      add(slot.key, { kind: "error", text: t.invalid[written.error] });
      continue;
    }
    if (slot.field.kind === "date" && typeof written.value === "number") {
      serials.set(slot.key, written.value);
      const days = written.value - options.today;
      if (days < -FAR) add(slot.key, { kind: "warning", text: t.farPast(formatDate(written.value)) });
      if (days > FAR) add(slot.key, { kind: "warning", text: t.farFuture(formatDate(written.value)) });
    }
    if (slot.field.smart) {
      const advice = smartAdvice(text, options.language);
      if (advice) add(slot.key, { kind: "advice", text: t.smartLead + advice });
    }
  }
  for (const [earlier, later] of DATE_ORDER[template] ?? []) {
    const [a, b] = [serials.get(earlier), serials.get(later)];
    if (a === undefined || b === undefined || b >= a) continue;
    const label = (key: string) => slots.find((s) => s.key === key)?.label[options.language] ?? key;
    add(later, { kind: "warning", text: t.before(label(later), label(earlier)) });
  }
  return problems;
}
