import type { Language } from "../core";

/** Strings of the templates panel, in both UI languages. */
export interface TemplateStrings {
  insertHeading: string;
  templateLabel: string;
  formLanguageLabel: string;
  english: string;
  chinese: string;
  insert: string;
  inserting: string;
  inserted(name: string, id: string, location: string): string;
  insertFailed(message: string): string;
  inFileHeading: string;
  refresh: string;
  loading: string;
  none: string;
  findFailed(message: string): string;
  downloadsHeading: string;
  downloadsHint: string;
  download(kind: string): string;
  preparing: string;
  downloadFailed(message: string): string;
}

const EN: TemplateStrings = {
  insertHeading: "Insert a template",
  templateLabel: "Template",
  formLanguageLabel: "Form language",
  english: "English",
  chinese: "中文 (Chinese)",
  insert: "Insert",
  inserting: "Inserting…",
  inserted: (name, id, location) => `Inserted ${name} (${id}) in “${location}”. Nothing you had was changed.`,
  insertFailed: (message) => `Could not insert the template: ${message}`,
  inFileHeading: "Templates in this file",
  refresh: "Refresh",
  loading: "Looking for templates…",
  none: "No Concord templates in this file yet.",
  findFailed: (message) => `Could not list the templates: ${message}`,
  downloadsHeading: "Blank forms to download",
  downloadsHint: "For people who receive a form without the add-in.",
  download: (kind) => `Download .${kind}`,
  preparing: "Preparing…",
  downloadFailed: (message) => `Could not prepare the file: ${message}`,
};

const ZH: TemplateStrings = {
  insertHeading: "插入模板",
  templateLabel: "模板",
  formLanguageLabel: "表单语言",
  english: "English（英文）",
  chinese: "中文",
  insert: "插入",
  inserting: "正在插入…",
  inserted: (name, id, location) => `已插入${name}（${id}），位置：“${location}”。原有内容均未改动。`,
  insertFailed: (message) => `无法插入模板：${message}`,
  inFileHeading: "本文件中的模板",
  refresh: "刷新",
  loading: "正在查找模板…",
  none: "本文件中还没有 Concord 模板。",
  findFailed: (message) => `无法列出模板：${message}`,
  downloadsHeading: "下载空白表单",
  downloadsHint: "供未安装本加载项的同事填写。",
  download: (kind) => `下载 .${kind}`,
  preparing: "正在生成…",
  downloadFailed: (message) => `无法生成文件：${message}`,
};

export const TEMPLATE_STRINGS: Record<Language, TemplateStrings> = { "en-US": EN, "zh-CN": ZH };
