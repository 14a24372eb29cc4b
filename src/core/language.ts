import { isBlank } from "./values";
import { inputError } from "./errors";

export type Language = "en-US" | "zh-CN";
export const LANGUAGES: readonly Language[] = ["en-US", "zh-CN"];

const ALIASES: Record<string, Language> = {
  en: "en-US",
  "en-us": "en-US",
  zh: "zh-CN",
  "zh-cn": "zh-CN",
  "zh-hans": "zh-CN",
  "zh-hans-cn": "zh-CN",
};

/** `en-US` / `zh-CN` (also `en`, `zh`, any case, `_` for `-`); blank means en-US. */
export function parseLanguage(value: unknown, argument = "language"): Language {
  if (isBlank(value)) return "en-US";
  if (typeof value === "string") {
    const found = ALIASES[value.trim().toLowerCase().replace(/_/g, "-")];
    if (found) return found;
  }
  throw inputError(argument, "badLanguage", { value });
}

/** The UI language for an Office display language such as `zh-TW` or `en-GB`. */
export function languageForDisplay(displayLanguage: string | null | undefined): Language {
  return displayLanguage && /^zh\b/i.test(displayLanguage) ? "zh-CN" : "en-US";
}
