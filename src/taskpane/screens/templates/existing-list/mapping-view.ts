/** The mapping as the section shows it: one row per role of the list's kind, with its column and how sure it is. */
import { ROLES_OF, type ColumnMapping, type ColumnRole, type Language } from "../../../../core";

export type Confidence = "chosen" | "sure" | "likely" | "unsure" | "missing";

/** Detection's name score is 1 for an exact header and 0.6–0.95 for a header containing an alias. */
const SURE = 0.9;
const LIKELY = 0.6;

export interface RoleRow {
  role: ColumnRole;
  label: string;
  /** 0-based column within the list, or null for none. */
  column: number | null;
  confidence: Confidence;
}

export function confidenceOf(mapping: ColumnMapping, role: ColumnRole, chosen: ReadonlySet<ColumnRole>): Confidence {
  const found = mapping.columns[role];
  if (!found) return "missing";
  if (chosen.has(role)) return "chosen";
  return found.confidence >= SURE ? "sure" : found.confidence >= LIKELY ? "likely" : "unsure";
}

/** Every role of the mapping's kind, in the kind's order, labelled in the UI language. */
export function roleRows(mapping: ColumnMapping, language: Language, chosen: ReadonlySet<ColumnRole>): RoleRow[] {
  return (Object.entries(ROLES_OF[mapping.kind]) as Array<[ColumnRole, { label: Record<Language, string> }]>).map(
    ([role, def]) => ({
      role,
      label: def.label[language],
      column: mapping.columns[role]?.column ?? null,
      confidence: confidenceOf(mapping, role, chosen),
    }),
  );
}
