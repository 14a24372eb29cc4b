import type { Language } from "../../core";

/**
 * A bound part of a form (the form itself, or a field's content control) is no longer in the document — deleted by
 * a user. Raised before anything is written; `missing` lists the content-control tags that were not found.
 */
export class WordBindingError extends Error {
  constructor(
    readonly missing: readonly string[],
    readonly messages: Readonly<Record<Language, string>> = {
      "en-US": `Concord cannot find ${missing.join(", ")} in this document: it was deleted. Nothing was changed.`,
      "zh-CN": `Concord 在本文档中找不到 ${missing.join("、")}：它已被删除。未做任何修改。`,
    },
  ) {
    super(messages["en-US"]);
    this.name = "WordBindingError";
  }
}
