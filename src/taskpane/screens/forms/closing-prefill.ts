/**
 * The pre-fill actions of the Forms screen on a T7 / T8: read the project once, compute what to write (closing-data)
 * and what to say. The screen writes `values` in one `writeFields` when there is something to write.
 */
import type { Language, InstanceRecord, SignoffCrypto } from "../../../core";
import type { FieldValues } from "../../../hosts/types";
import { type PaneHost, signoffStates, type ScreenNoticeMessage } from "../signoff";
import { acceptancePrefill, draftForm, retrospectivePrefill } from "./closing-data";
import { CLOSING_STRINGS } from "./closing-strings";
import { todaySerial } from "./field-text";

export interface PrefillPlan {
  /** Empty when there is nothing to write. */
  values: FieldValues;
  notice: NonNullable<ScreenNoticeMessage>;
}

export interface PrefillInput {
  host: PaneHost;
  instance: InstanceRecord;
  language: Language;
  draft: Readonly<Record<string, string>>;
  rowCounts: Readonly<Record<string, number>>;
  crypto: SignoffCrypto | null;
  now: Date;
}

/** What the T7's "Pre-fill from the consensus form" writes and says. */
export async function planAcceptancePrefill(input: PrefillInput): Promise<PrefillPlan> {
  const t = CLOSING_STRINGS[input.language];
  const snapshot = await input.host.readProject();
  const made = acceptancePrefill(snapshot, draftForm("T7", input.draft, input.rowCounts), todaySerial(input.now));
  if (!made) return { values: {}, notice: { intent: "warning", lines: [t.noConsensus] } };
  const standards = made.placed + made.listed.length + made.noRoom.length;
  if (standards === 0) return { values: {}, notice: { intent: "warning", lines: [t.noStandards] } };
  const lines = [t.placed(made.placed)];
  if (made.listed.length) lines.push(t.listed(made.listed));
  if (made.noRoom.length) lines.push(t.noRoom(made.noRoom));
  return { values: made.values, notice: { intent: made.noRoom.length ? "warning" : "success", lines } };
}

/** What the T8's "Pre-fill from the project" writes (blank fields only) and says. */
export async function planRetrospectivePrefill(input: PrefillInput): Promise<PrefillPlan> {
  const t = CLOSING_STRINGS[input.language];
  const snapshot = await input.host.readProject();
  const states = input.crypto ? (await signoffStates(snapshot, input.crypto)).states : null;
  const made = retrospectivePrefill(snapshot, input.instance, input.draft, {
    now: input.now,
    today: todaySerial(input.now),
    states,
  });
  const fields = Object.keys(made.values).length;
  const kept = made.kept ? [t.kept(made.kept)] : [];
  if (fields === 0) return { values: {}, notice: { intent: "warning", lines: [t.nothingBlank, ...kept] } };
  return {
    values: made.values,
    notice: { intent: "success", lines: [t.retrospectiveWritten(fields, made.draft.goals), ...kept] },
  };
}
