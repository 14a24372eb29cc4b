import type { Language } from "../../core";

/**
 * A bound part of an instance (a named cell, the Tasks table) is no longer in the workbook — deleted or renamed by
 * a user. Raised before anything is written; `missing` lists the Excel names that were not found.
 */
export class BindingNotFoundError extends Error {
  constructor(
    readonly missing: readonly string[],
    readonly messages: Readonly<Record<Language, string>> = {
      "en-US": `Concord cannot find ${missing.join(", ")} in this workbook: it was deleted or renamed. Nothing was changed.`,
      "zh-CN": `Concord 在本工作簿中找不到 ${missing.join("、")}：它已被删除或重命名。未做任何修改。`,
    },
  ) {
    super(messages["en-US"]);
    this.name = "BindingNotFoundError";
  }
}
