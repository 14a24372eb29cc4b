import type { Theme } from "@fluentui/react-components";
import type { Language } from "../../core";

/** Chinese UI fonts ahead of Fluent's default stack, so Chinese text is not set in a fallback font. */
export const CHINESE_FONTS = '"Microsoft YaHei", "PingFang SC"';

/** Office's theme with, for a Chinese UI, the Chinese fonts first. */
export function themeFor(base: Theme, language: Language): Theme {
  return language === "zh-CN" ? { ...base, fontFamilyBase: `${CHINESE_FONTS}, ${base.fontFamilyBase}` } : base;
}
