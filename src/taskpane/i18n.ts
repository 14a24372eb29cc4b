/** Task pane strings in both UI languages. */
import { languageForDisplay, type Language } from "../core";
import type { HostKind } from "./host";

export type { Language };

export interface Strings {
  title: string;
  tagline: string;
  /** The sentence saying where Concord runs; `host` is Office's host name (used for "other"). */
  hostStatus(kind: HostKind, host: string | null): string;
  /** A hint under the status line. */
  hostHint(kind: HostKind): string;
}

const EN: Strings = {
  title: "Concord",
  tagline: "Cross-department collaboration: templates, status functions and sign-off",
  hostStatus(kind, host) {
    switch (kind) {
      case "excel":
        return "Concord is running in Excel";
      case "word":
        return "Concord is running in Word";
      case "other":
        return `Concord does not support ${host ?? "this application"}`;
      case "none":
        return "Concord is not running inside Office";
    }
  },
  hostHint(kind) {
    switch (kind) {
      case "excel":
        return "Insert the standard templates from this pane and download blank forms; in the workbook, the CONCORD functions compute task status and lag.";
      case "word":
        return "Insert the standard forms into this document from this pane, and download blank forms.";
      case "other":
        return "Open Concord in Excel or Word.";
      case "none":
        return "This is a browser preview. Open Concord from Excel or Word to use it.";
    }
  },
};

const ZH: Strings = {
  title: "Concord",
  tagline: "跨部门协作：标准化模板、状态函数与签字确认",
  hostStatus(kind, host) {
    switch (kind) {
      case "excel":
        return "Concord 正在 Excel 中运行";
      case "word":
        return "Concord 正在 Word 中运行";
      case "other":
        return `Concord 不支持 ${host ?? "此应用"}`;
      case "none":
        return "Concord 未在 Office 中运行";
    }
  },
  hostHint(kind) {
    switch (kind) {
      case "excel":
        return "可在此窗格中插入标准模板并下载空白表单；工作簿中的 CONCORD 函数会计算任务状态与滞后天数。";
      case "word":
        return "可在此窗格中将标准表单插入本文档，并下载空白表单。";
      case "other":
        return "请在 Excel 或 Word 中打开 Concord。";
      case "none":
        return "当前为浏览器预览。请在 Excel 或 Word 中打开 Concord 使用。";
    }
  },
};

export const STRINGS: Record<Language, Strings> = { "en-US": EN, "zh-CN": ZH };

/** zh-* → zh-CN, anything else (or nothing) → en-US. */
export function uiLanguage(displayLanguage: string | null | undefined): Language {
  return languageForDisplay(displayLanguage);
}

export function stringsFor(language: Language): Strings {
  return STRINGS[language];
}
