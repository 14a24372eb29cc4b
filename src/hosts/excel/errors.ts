import type { Language } from "../../core";
import { LocalizedError } from "../types";

/**
 * A bound part of an instance (a named cell, the Tasks table) is no longer in the workbook — deleted or renamed by
 * a user. Raised before anything is written; `missing` lists the Excel names that were not found.
 */
export class BindingNotFoundError extends LocalizedError {
  constructor(
    readonly missing: readonly string[],
    messages: Readonly<Record<Language, string>> = {
      "en-US": `Concord cannot find ${missing.join(", ")} in this workbook: it was deleted or renamed. Nothing was changed.`,
      "zh-CN": `Concord 在本工作簿中找不到 ${missing.join("、")}：它已被删除或重命名。未做任何修改。`,
    },
  ) {
    super(messages);
    this.name = "BindingNotFoundError";
  }
}
