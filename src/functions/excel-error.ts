import { ConcordInputError, describeInputError, type InputErrorKind, type Language } from "../core";

const CODES: Record<InputErrorKind, string> = { value: "#VALUE!", notAvailable: "#N/A" };

/** What the functions throw outside Excel (tests in Node): the same shape as `CustomFunctions.Error`. */
export class ExcelErrorOutsideExcel extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

/** A `CustomFunctions.Error` when the runtime provides it (it exists only inside Excel), else its stand-in. */
export function excelError(kind: InputErrorKind, message: string): unknown {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (runtime?.Error) {
    const code = kind === "notAvailable" ? runtime.ErrorCode.notAvailable : runtime.ErrorCode.invalidValue;
    return new runtime.Error(code, message);
  }
  return new ExcelErrorOutsideExcel(CODES[kind], message);
}

/** Turns anything thrown into an Excel error: an input error with its message, anything else as an unexpected #VALUE!. */
export function toExcelError(error: unknown, language: Language | "both"): unknown {
  const input =
    error instanceof ConcordInputError
      ? error
      : new ConcordInputError("CONCORD", "internal", { other: error instanceof Error ? error.message : String(error) });
  return excelError(input.kind, describeInputError(input, language));
}
