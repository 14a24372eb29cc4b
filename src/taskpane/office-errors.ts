/**
 * Any error a host or Office throws, as one sentence in the UI language saying what to do. Concord's own errors
 * (LocalizedError: unsupported API, a deleted binding, a locked form) carry both languages; Office's
 * (OfficeExtension.Error) carry a `code` — the ones people meet are mapped to advice, the rest quote Office's message.
 */
import { LocalizedError, type Language } from "../core";
import { stringsFor } from "./strings";

/** Office error codes (OfficeExtension.ErrorCodes, Excel.ErrorCodes, Word.ErrorCodes) with advice of their own. */
const ADVICE = {
  GeneralException: "general",
  InvalidOperationInCellEditMode: "cellEditMode",
  ItemNotFound: "itemNotFound",
  // A protected sheet or document, or a locked content control, refuses the write with one of these.
  InvalidOperation: "protectedDocument",
  AccessDenied: "accessDenied",
} as const;

type AdviceCode = keyof typeof ADVICE;

function officeCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

export function describeError(error: unknown, language: Language): string {
  if (error instanceof LocalizedError) return error.messages[language];
  const t = stringsFor(language).officeErrors;
  const code = officeCode(error);
  if (code !== null && code in ADVICE) return t[ADVICE[code as AdviceCode]];
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : String(error);
  return code !== null ? t.other(message) : message;
}
