/**
 * A stand-in for the `CustomFunctions` global that Excel's runtime injects, with the same Error/ErrorCode shape,
 * so tests can check that the functions throw nothing but `CustomFunctions.Error`.
 */
export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

export const fakeRuntime = {
  Error: FakeCustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};

export function installFakeRuntime(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = fakeRuntime;
}

export function removeFakeRuntime(): void {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
}

/** Calls fn and returns what it threw (failing if it returned). */
export function thrownBy(fn: () => unknown): FakeCustomFunctionsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return error;
    throw new Error(`expected a CustomFunctions.Error, got ${String(error)}`);
  }
  throw new Error("expected the call to throw");
}

/** A custom function as Excel calls it: every argument may be anything, omitted optional ones arrive as null. */
export type AsExcelCalls<F> = F extends (...args: infer A) => infer R
  ? (...args: { [K in keyof A]-?: unknown }) => R
  : never;

export function asExcel<F>(fn: F): AsExcelCalls<F> {
  return fn as AsExcelCalls<F>;
}
