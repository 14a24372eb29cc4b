import type { Language } from "../../core";
import { LocalizedError } from "../types";

/**
 * A bound part of a form (the form itself, or a field's content control) is no longer in the document — deleted by
 * a user. Raised before anything is written; `missing` lists the content-control tags that were not found.
 */
export class WordBindingError extends LocalizedError {
  constructor(
    readonly missing: readonly string[],
    messages: Readonly<Record<Language, string>> = {
      "en-US": `Concord cannot find ${missing.join(", ")} in this document: it was deleted. Nothing was changed.`,
      "zh-CN": `Concord 在本文档中找不到 ${missing.join("、")}：它已被删除。未做任何修改。`,
    },
  ) {
    super(messages);
    this.name = "WordBindingError";
  }
}
