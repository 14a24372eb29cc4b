import type { Language } from "../../../core";
import type { Written } from "./field-text";

type ValueError = Extract<Written, { error: unknown }>["error"];

export interface FormsStrings {
  heading: (form: string) => string;
  loading: string;
  required: (label: string) => string;
  invalid: Record<ValueError, string>;
  farPast: (date: string) => string;
  farFuture: (date: string) => string;
  before: (label: string, other: string) => string;
  smartLead: string;
  save: (form: string) => string;
  saving: string;
  saved: (count: number, form: string) => string;
  nothingChanged: string;
  stillMissing: (count: number) => string;
  fixFirst: (count: number) => string;
  signoff: (form: string) => string;
  tableNote: string;
  tableRow: (table: string, n: number) => string;
  choose: string;
  percentSuffix: string;
}

export const FORMS_STRINGS: Record<Language, FormsStrings> = {
  "en-US": {
    heading: (form) => `Fill in: ${form}`,
    loading: "Reading the form…",
    required: (label) => `${label} is required.`,
    invalid: {
      date: "Not a date: use yyyy-mm-dd, e.g. 2026-12-31.",
      dateTime: "Not a date and time: use yyyy-mm-dd hh:mm.",
      time: "Not a time: use hh:mm, e.g. 10:30.",
      number: "Not a number.",
      hours: "Hours must be a number of 0 or more.",
      percent: "A percentage from 0 to 100.",
    },
    farPast: (date) => `${date} is more than two years ago: check the year.`,
    farFuture: (date) => `${date} is more than two years ahead: check the year.`,
    before: (label, other) => `${label} is before ${other}.`,
    smartLead: "Advice (does not stop saving): ",
    save: (form) => `Save the fields of ${form} to the file`,
    saving: "Saving…",
    saved: (count, form) => `Saved ${count} ${count === 1 ? "field" : "fields"} to ${form}.`,
    nothingChanged: "Nothing changed: there is nothing to save.",
    stillMissing: (count) => `${count} required ${count === 1 ? "field is" : "fields are"} still empty.`,
    fixFirst: (count) =>
      `${count} ${count === 1 ? "value is" : "values are"} not valid: fix ${count === 1 ? "it" : "them"} to save.`,
    signoff: (form) => `Go to the sign-off of ${form}`,
    tableNote: "One group per row; filling a row opens the next. Rows left empty are not part of the form.",
    tableRow: (table, n) => `${table}, row ${n}`,
    choose: "Choose…",
    percentSuffix: "%",
  },
  "zh-CN": {
    heading: (form) => `填写：${form}`,
    loading: "正在读取表单…",
    required: (label) => `“${label}”为必填项。`,
    invalid: {
      date: "不是日期：请按 yyyy-mm-dd 填写，如 2026-12-31。",
      dateTime: "不是日期时间：请按 yyyy-mm-dd hh:mm 填写。",
      time: "不是时间：请按 hh:mm 填写，如 10:30。",
      number: "不是数字。",
      hours: "小时数须为 0 或更大的数字。",
      percent: "请填写 0 到 100 之间的百分比。",
    },
    farPast: (date) => `${date} 已是两年多以前：请检查年份。`,
    farFuture: (date) => `${date} 在两年多以后：请检查年份。`,
    before: (label, other) => `“${label}”早于“${other}”。`,
    smartLead: "建议（不影响保存）：",
    save: (form) => `将${form}的字段保存到文件`,
    saving: "正在保存…",
    saved: (count, form) => `已保存${form}的 ${count} 个字段。`,
    nothingChanged: "没有改动，无需保存。",
    stillMissing: (count) => `仍有 ${count} 个必填项未填写。`,
    fixFirst: (count) => `有 ${count} 个值无效：请修改后再保存。`,
    signoff: (form) => `前往${form}的签字确认`,
    tableNote: "每行一组；填写一行后会出现下一行。留空的行不计入表单。",
    tableRow: (table, n) => `${table} 第 ${n} 行`,
    choose: "请选择…",
    percentSuffix: "%",
  },
};
