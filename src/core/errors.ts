import type { Language } from "./language";
import type { MessageKey, MessageParams } from "./messages";

/** Which Excel error a bad input maps to: `#VALUE!` for malformed input, `#N/A` for a reference that does not exist. */
export type InputErrorKind = "value" | "notAvailable";

/**
 * The one error the core throws for bad input. It carries the argument's name and a message key, not text,
 * so that the caller renders it in the user's language (see `describeInputError`).
 */
export class ConcordInputError extends Error {
  constructor(
    readonly argument: string,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly kind: InputErrorKind = "value",
  ) {
    super(`${argument}: ${key}`);
    this.name = "ConcordInputError";
  }
}

export function inputError(argument: string, key: MessageKey, params: MessageParams = {}): ConcordInputError {
  return new ConcordInputError(argument, key, params, "value");
}

/** An error whose message the user reads, in both UI languages (the task pane shows the one it speaks). */
export class LocalizedError extends Error {
  constructor(readonly messages: Readonly<Record<Language, string>>) {
    super(messages["en-US"]);
    this.name = "LocalizedError";
  }
}
