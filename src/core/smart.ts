import type { Language } from "./language";
import { isBlank } from "./values";

/** The SMART aspects the check can see in text: a measurable target and a deadline. */
export type SmartAspect = "measurable" | "timeBound";

const EN_MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const ZH_DIGIT = "0-9０-９零〇一二两三四五六七八九十百";
/**
 * A run of Chinese or Arabic numerals, matched only from the run's first character. Without the look-behind a failed
 * match is retried from every later character of the run, each retry scanning to its end: quadratic, and a cell of
 * 32,767 "一" took over a minute. A match can only end where the run ends, so starting mid-run never finds more.
 */
const ZH_NUM = `(?<![${ZH_DIGIT}])[${ZH_DIGIT}]+`;
const ZH_SPAN = "(?:天|日|周|星期|个月|个工作日|工作日|年|小时|个小时|季度)";

/** Phrases that set a deadline or a date. They are removed before looking for a target, so "by 2026-12-31" is no target. */
const DEADLINE_PATTERNS: RegExp[] = [
  /\d{4}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?/g,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
  new RegExp(`\\b${EN_MONTH}\\b\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?`, "gi"),
  /\b(?:in|by|before|until|till|end of)\s+may\b|\bmay\s+\d{1,4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+may\b/gi,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi,
  /\b(?:Q[1-4]|H[12]|FY\s?\d{2,4})\b(?:\s*\d{4})?/gi,
  /\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\b/gi,
  /\b(?:end|middle|start|beginning)\s+of\s+(?:the\s+)?(?:this\s+|next\s+)?(?:year|month|quarter|week|sprint|fiscal year)\b/gi,
  /\b(?:year|month|quarter|week)[- ]end\b/gi,
  /\b(?:within|in|after|for)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?|quarters?|years?|hours?|sprints?)\b/gi,
  /\b(?:by|before|until|till|through|due|no later than)\s+(?:the\s+)?(?:next\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|week|month|quarter|year|\d{4})\b/gi,
  /\b(?:this|next)\s+(?:week|month|quarter|year)\b/gi,
  /\b(?:deadline|due date)\b/gi,
  new RegExp(`${ZH_NUM}\\s*年(?:\\s*${ZH_NUM}\\s*月(?:\\s*${ZH_NUM}\\s*[日号])?)?`, "g"),
  new RegExp(`${ZH_NUM}\\s*月(?:份)?(?:\\s*${ZH_NUM}\\s*[日号]|底|末|初|中旬|上旬|下旬)?`, "g"),
  new RegExp(`${ZH_NUM}\\s*${ZH_SPAN}\\s*(?:内|以内|之内)`, "g"),
  /第?[一二三四1-4]季度|[上下]半年|(?:本|下|这个|下个)(?:周|星期|月|季度)|(?:今|明|本)年(?:底|末|内)?|年[底末内中初]|月[底末内初]|周内/g,
  /截止|截至|期限|前完成|之前完成|春节前|国庆前|元旦前/g,
];

/** What is left once deadlines are removed counts as a target when it holds a number, a percentage or a counted amount. */
const TARGET_PATTERNS: RegExp[] = [
  /[0-9０-９]/,
  /[%％‰]|百分之|百分点/,
  /(?<![零〇一二两三四五六七八九十百千万亿])[零〇一二两三四五六七八九十百千万亿]+\s*(?:个|项|分|倍|成|次|人|名|家|件|元|天|小时|周|篇|条|份|台|套|级|星)/,
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half|double|twice|triple|percent|zero)\b/i,
];

function withoutDeadlines(text: string): { rest: string; hasDeadline: boolean } {
  let rest = text;
  let hasDeadline = false;
  for (const pattern of DEADLINE_PATTERNS) {
    rest = rest.replace(pattern, () => {
      hasDeadline = true;
      return " ";
    });
  }
  return { rest, hasDeadline };
}

/** The SMART aspects missing from a goal or delivery-standard text; [] when it names a measurable target and a deadline. */
export function missingSmartAspects(text: string): SmartAspect[] {
  const { rest, hasDeadline } = withoutDeadlines(text);
  const missing: SmartAspect[] = [];
  if (!TARGET_PATTERNS.some((p) => p.test(rest))) missing.push("measurable");
  if (!hasDeadline) missing.push("timeBound");
  return missing;
}

const ADVICE: Record<Language, { measurable: string; timeBound: string; join: string; lead: string }> = {
  "en-US": {
    lead: "Missing ",
    measurable: 'a measurable target (a number, e.g. "raise the satisfaction score from 85 to 90")',
    timeBound: 'a deadline (a date, e.g. "by 2026-12-31")',
    join: " and ",
  },
  "zh-CN": {
    lead: "缺少",
    measurable: "可衡量的目标（数字，如“满意度评分从85分提升至90分”）",
    timeBound: "截止时间（日期，如“2026年12月31日前”）",
    join: "和",
  },
};

/** Advice for the SMART check in a language: "" when nothing is missing (and for blank text: rows still being typed). */
export function smartAdvice(text: unknown, language: Language): string {
  if (isBlank(text)) return "";
  const missing = missingSmartAspects(String(text));
  if (missing.length === 0) return "";
  const words = ADVICE[language];
  return words.lead + missing.map((aspect) => words[aspect]).join(words.join);
}
