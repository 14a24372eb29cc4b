/** What the WBS's companion sheets (dashboard, timeline) share: how they point into the WBS instance. */
import type { Language, TemplateDef } from "../../core";
import { planSheet } from "./plan-sheet";
import {
  a1References,
  positionsOf,
  structuredReferences,
  type ReferenceStyle,
  type SheetReferences,
} from "./references";

export interface CompanionOptions {
  /** "structured" (default): the WBS's table and workbook names; "a1": addresses on the WBS sheet. */
  references?: ReferenceStyle;
  /** A1 only: the WBS sheet's name when the host changed it (default: the name its plan wants). */
  wbsSheet?: string;
}

/** References into the WBS instance from the companion sheet `sheetName`. */
export function wbsReferences(
  wbs: TemplateDef,
  language: Language,
  instanceId: string,
  sheetName: string,
  options: CompanionOptions,
): SheetReferences {
  if (options.references !== "a1") return structuredReferences(wbs, instanceId, language);
  const plan = planSheet(wbs, language, instanceId, { references: "a1" });
  const positions = positionsOf(wbs, plan, instanceId, options.wbsSheet ?? plan.sheetName);
  return a1References(positions, language, { sheet: sheetName });
}
