import type { Bilingual } from "../templates";
import type { NextAction } from "./types";

/**
 * What a step's rules found, before its position in the loop is known: whether its conditions hold (`complete`),
 * whether something needs a person (`problem`), what to show and what to do next.
 */
export interface Outcome {
  complete: boolean;
  problem: "attention" | "blocked" | null;
  summary: Bilingual;
  instances: string[];
  next: NextAction | null;
}

export const outcome = (
  complete: boolean,
  summary: Bilingual,
  next: NextAction | null,
  instances: string[] = [],
  problem: Outcome["problem"] = null,
): Outcome => ({ complete, problem, summary, instances, next });
