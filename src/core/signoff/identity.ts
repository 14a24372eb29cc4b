import { normalizeText } from "./canonical";

/** Names and departments compare without case, spacing or Unicode-form differences ("Zhang  Wei" = "zhang wei"). */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function nameKey(text: string): string {
  return normalizeText(text).toLowerCase();
}

/** One person as the ledger knows them: name and department. */
export function personKey(signer: string, department: string): string {
  return `${nameKey(signer)}\u0000${nameKey(department)}`;
}
