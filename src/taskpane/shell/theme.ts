import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Language } from "../../core";

/** Chinese UI fonts ahead of Fluent's default stack, so Chinese text is not set in a fallback font. */
export const CHINESE_FONTS = '"Microsoft YaHei", "PingFang SC"';

/** Office's theme (dark → webDarkTheme), with the Chinese fonts first for a Chinese UI. */
export function themeFor(dark: boolean, language: Language): Theme {
  const base = dark ? webDarkTheme : webLightTheme;
  return language === "zh-CN" ? { ...base, fontFamilyBase: `${CHINESE_FONTS}, ${base.fontFamilyBase}` } : base;
}
