import { LocalizedError, type Host, type Language } from "../core";

export { LocalizedError } from "../core";

const WHERE = {
  excel: { "en-US": "this workbook", "zh-CN": "本工作簿" },
  word: { "en-US": "this document", "zh-CN": "本文档" },
} as const;

/**
 * A bound part of an instance (a named cell or the Tasks table in Excel, a form or a field's content control in
 * Word) is no longer in the file: deleted or renamed by a user. Raised before anything is written; `missing` lists
 * the Excel names or content-control tags that were not found.
 */
export class BindingNotFoundError extends LocalizedError {
  constructor(
    readonly host: Host,
    readonly missing: readonly string[],
  ) {
    super({
      "en-US": `Concord cannot find ${missing.join(", ")} in ${WHERE[host]["en-US"]}: it was deleted or renamed. Nothing was changed.`,
      "zh-CN": `Concord 在${WHERE[host]["zh-CN"]}中找不到 ${missing.join("、")}：它已被删除或重命名。未做任何修改。`,
    });
    this.name = "BindingNotFoundError";
  }
}

/**
 * A signed form is locked against editing (Word: its content controls are cannotEdit) until an approved change
 * request unlocks it. Raised before anything is written.
 */
export class FormLockedError extends LocalizedError {
  constructor(
    readonly host: Host,
    readonly form: string,
  ) {
    super({
      "en-US": `${form} is signed and locked: it can be edited again once a change request is approved. Nothing was changed.`,
      "zh-CN": `${form} 已签署并锁定：变更申请获批后才能再次修改。未做任何修改。`,
    });
    this.name = "FormLockedError";
  }
}

/** A field key the template does not have: a caller's mistake, reported before anything is written. */
export class UnknownFieldError extends LocalizedError {
  constructor(
    readonly template: string,
    readonly keys: readonly string[],
  ) {
    super({
      "en-US": `${template} has no field ${keys.join(", ")}. Nothing was changed.`,
      "zh-CN": `${template} 没有字段 ${keys.join("、")}。未做任何修改。`,
    });
    this.name = "UnknownFieldError";
  }
}

/**
 * A table-cell key (`<tableId>.<row>.<columnId>`) names a row the form's table does not have: reported before anything
 * is written. `rows` is how many rows the table has.
 */
export class TableRowError extends LocalizedError {
  constructor(
    readonly key: string,
    readonly table: { "en-US": string; "zh-CN": string },
    readonly rows: number,
  ) {
    super({
      "en-US": `${key}: the table ${table["en-US"]} has ${rows} rows; add rows in the file first. Nothing was changed.`,
      "zh-CN": `${key}：表格“${table["zh-CN"]}”只有 ${rows} 行，请先在文件中添加行。未做任何修改。`,
    });
    this.name = "TableRowError";
  }
}

/** Raised when the host lacks an API the operation needs: the task pane shows the message, nothing is changed. */
export class UnsupportedHostError extends LocalizedError {
  constructor(
    readonly requirement: string,
    messages: Readonly<Record<Language, string>>,
  ) {
    super(messages);
    this.name = "UnsupportedHostError";
  }
}
