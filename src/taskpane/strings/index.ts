/** The pane's strings: one module per language, both typed by `PaneStrings`. */
import { languageForDisplay, type Language } from "../../core";
import { EN_US } from "./en-US";
import type { PaneStrings } from "./types";
import { ZH_CN } from "./zh-CN";

export type { PaneStrings, Language };

export const STRINGS: Readonly<Record<Language, PaneStrings>> = { "en-US": EN_US, "zh-CN": ZH_CN };

/** zh-* → zh-CN, anything else (or nothing) → en-US. */
export function uiLanguage(displayLanguage: string | null | undefined): Language {
  return languageForDisplay(displayLanguage);
}

export function stringsFor(language: Language): PaneStrings {
  return STRINGS[language];
}

/** The other UI language (for `lang` on text shown in it). */
export function otherLanguage(language: Language): Language {
  return language === "en-US" ? "zh-CN" : "en-US";
}
