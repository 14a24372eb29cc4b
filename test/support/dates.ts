import { ConcordInputError, serialFromDate } from "../../src/core";

/** Serial of an ISO date, for readable tests. */
export function d(iso: string): number {
  const [y, m, day] = iso.split("-").map(Number);
  return serialFromDate(y, m, day);
}

/** The ConcordInputError a call throws (fails when it throws nothing or something else). */
export function inputErrorOf(fn: () => unknown): ConcordInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConcordInputError) return e;
    throw e;
  }
  throw new Error("expected the call to throw a ConcordInputError");
}
