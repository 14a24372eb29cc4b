/**
 * The acceptance checklist (T7, SPEC §2 step 9): pre-filled with the consensus form's delivery standards, and its
 * verdict — accepted only when every deliverable passed or passed on conditions written in its evidence.
 */
import type { Serial } from "../dates";
import type { Language } from "../language";
import { normalizeText } from "../signoff";
import { bi, type Bilingual, getTemplate, slotsOf, tablesOf } from "../templates";
import { type ClosingValues, type ClosingForm, putRow, readRows, slotText } from "./form-data";

/** T2's delivery standards (its `standards` list), blank items left out, in order. */
export function consensusStandards(consensus: ClosingForm | null): string[] {
  return slotsOf(getTemplate("T2"))
    .filter((slot) => slot.blockId === "standards")
    .map((slot) => slotText("T2", consensus, slot.key))
    .filter((text) => text !== "");
}

/** The rows T7's checklist starts with. */
export const ACCEPTANCE_ROWS = tablesOf(getTemplate("T7")).find((t) => t.id === "checks")!.rows;

export interface AcceptanceDraft {
  /** For `host.writeFields` on the T7 instance: `checks.<row>.standard` of free rows, project name and date. */
  values: ClosingValues;
  /** Standards written, one row each. */
  placed: number;
  /** Standards already on the checklist (same text), not written again. */
  listed: string[];
  /** Standards for which no free row was left among the checklist's rows. */
  noRoom: string[];
}

/**
 * The T7 checklist pre-filled from T2: one row per delivery standard in the first rows that hold nothing yet (of the
 * template's 6), standards the checklist already lists skipped, the project name when T7 has none, and the
 * acceptance date when given. The deliverable, department, evidence and result are the checkers' to fill.
 */
export function acceptanceFromConsensus(
  consensus: ClosingForm | null,
  options: { acceptance?: ClosingForm | null; date?: Serial } = {},
): AcceptanceDraft {
  const values: ClosingValues = {};
  const project = slotText("T2", consensus, "projectName");
  if (project && !slotText("T7", options.acceptance, "projectName")) values.projectName = project;
  if (options.date !== undefined) values.date = Math.floor(options.date);
  const rows = readRows("T7", options.acceptance, "checks");
  const taken = new Set(rows.map((r) => r.row));
  const onList = new Set(rows.map((r) => normalizeText(r.cells.standard ?? "").toLowerCase()));
  const free = Array.from({ length: ACCEPTANCE_ROWS }, (_, i) => i + 1).filter((row) => !taken.has(row));
  const draft: AcceptanceDraft = { values, placed: 0, listed: [], noRoom: [] };
  for (const standard of consensusStandards(consensus)) {
    if (onList.has(standard.toLowerCase())) draft.listed.push(standard);
    else if (draft.placed >= free.length) draft.noRoom.push(standard);
    else putRow(values, "checks", free[draft.placed++], { standard });
  }
  return draft;
}

export type AcceptanceResult = "pass" | "fail" | "conditional";

/** Why a row blocks: failed, conditional without a note, no result, a result that is not one of the three. */
export type BlockReason = "failed" | "unexplained" | "blank" | "unknown";

export interface DeliverableVerdict {
  /** The row in the host's rows (from 1). */
  row: number;
  /** The deliverable as named on the row: its name, else its standard, else "row n". */
  name: Bilingual;
  /** Null when blank or not one of pass / fail / conditional (in either language). */
  result: AcceptanceResult | null;
  /** Why the row keeps the checklist from being accepted; null when it does not. */
  blocks: Bilingual | null;
  reason: BlockReason | null;
}

export interface AcceptanceVerdict {
  accepted: boolean;
  deliverables: DeliverableVerdict[];
  /** The rows that block, in order. */
  blocking: DeliverableVerdict[];
  /** Deliverables accepted on conditions. */
  conditional: number;
  message: Bilingual;
}

const REASONS: Readonly<Record<BlockReason, (n: Bilingual, text: string) => Bilingual>> = {
  failed: (n: Bilingual) => bi(`"${n["en-US"]}" failed acceptance.`, `“${n["zh-CN"]}”未通过验收。`),
  unexplained: (n: Bilingual) =>
    bi(
      `"${n["en-US"]}" passed on conditions that are not written in its evidence.`,
      `“${n["zh-CN"]}”有条件通过，但验收依据中未写明条件。`,
    ),
  blank: (n: Bilingual) => bi(`"${n["en-US"]}" has no result yet.`, `“${n["zh-CN"]}”尚无验收结果。`),
  unknown: (n: Bilingual, text: string) =>
    bi(
      `"${n["en-US"]}": the result "${text}" is not Pass, Fail or Conditional.`,
      `“${n["zh-CN"]}”：验收结果“${text}”不是通过、不通过或有条件通过。`,
    ),
};

function verdictOf(row: number, cells: Readonly<Record<string, string>>): DeliverableVerdict {
  const label = cells.deliverable || cells.standard;
  const name = label ? bi(label, label) : bi(`row ${row}`, `第 ${row} 行`);
  const text = cells.result ?? "";
  const result = text === "pass" || text === "fail" || text === "conditional" ? text : null;
  let reason: BlockReason | null = null;
  if (result === "fail") reason = "failed";
  else if (result === "conditional" && !cells.evidence) reason = "unexplained";
  else if (result === null) reason = text ? "unknown" : "blank";
  return { row, name, result, blocks: reason && REASONS[reason](name, text), reason };
}

/**
 * The checklist's verdict from its rows (T7 `checks` as the host reads them; blank rows ignored): accepted when there
 * is at least one deliverable and every one passed, or passed on conditions with a note in its evidence. Otherwise
 * each blocking row says why, naming its deliverable: failed, conditional without a note, no result, a result that
 * is not one of the three.
 */
export function acceptanceVerdict(rows: ReadonlyArray<Readonly<Record<string, unknown>>>): AcceptanceVerdict {
  const deliverables = readRows("T7", { values: {}, tables: { checks: rows } }, "checks").map((r) =>
    verdictOf(r.row, r.cells),
  );
  const blocking = deliverables.filter((d) => d.blocks !== null);
  const conditional = deliverables.filter((d) => d.result === "conditional" && d.blocks === null).length;
  const total = deliverables.length;
  const accepted = total > 0 && blocking.length === 0;
  let message: Bilingual;
  if (total === 0) message = bi("Not accepted: no deliverable is listed.", "未通过验收：尚未列出交付成果。");
  else if (accepted) {
    message =
      conditional === 0
        ? bi(`Accepted: all ${total} deliverables passed.`, `验收通过：${total} 项交付成果全部通过。`)
        : bi(
            `Accepted: ${total} deliverables, ${conditional} on the conditions written in their evidence.`,
            `验收通过：${total} 项交付成果，其中 ${conditional} 项有条件通过（条件见验收依据）。`,
          );
  } else {
    const reasons = (l: Language) => blocking.map((d) => d.blocks![l]).join(l === "zh-CN" ? "" : " ");
    message = bi(
      `Not accepted: ${blocking.length} of ${total} deliverables block. ${reasons("en-US")}`,
      `未通过验收：${total} 项交付成果中有 ${blocking.length} 项未满足条件。${reasons("zh-CN")}`,
    );
  }
  return { accepted, deliverables, blocking, conditional, message };
}
