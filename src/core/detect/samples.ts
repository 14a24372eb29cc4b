/**
 * What the first data rows of a column hold, to tell a column of dates from one of text (two "Due" columns, "Finish"
 * holding yes/no) and to read how progress is written: 0–1 (Excel's 50 % is 0.5), 0–100, or "50%" text.
 */
import { isBlank } from "../values";
import type { ValueKind } from "./roles";

/** Dates from 2000-01-01 to 2099-12-31 as serials: a number there in a date-like column is a date. */
const DATE_SERIALS = { min: 36526, max: 73051 };
const DATE_TEXT = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const PERCENT_TEXT = /^[+-]?\d+(?:\.\d+)?\s*%$/;
/** An Excel number format that shows a date (y, d or m outside quotes and brackets, not only minutes after h). */
const DATE_FORMAT = /[yd]|(^|[^h:m])m/i;

export interface ColumnProfile {
  /** Non-blank cells looked at. */
  values: number;
  dates: number;
  /** Numbers in 0..1. */
  fractions: number;
  /** Numbers above 1 up to 100. */
  points: number;
  percentTexts: number;
  /** Text that is none of the above. */
  texts: number;
}

function isDate(value: unknown, format: string | undefined): boolean {
  if (typeof value === "number") {
    const formatted =
      format !== undefined && format !== "General" && DATE_FORMAT.test(format.replace(/"[^"]*"|\[[^\]]*]/g, ""));
    return formatted || (value >= DATE_SERIALS.min && value <= DATE_SERIALS.max && format === undefined);
  }
  return typeof value === "string" && DATE_TEXT.test(value.trim());
}

/** Counts what the cells of column `column` in `rows` hold; `formats` are their number formats when known. */
export function profileColumn(
  rows: readonly (readonly unknown[])[],
  column: number,
  formats?: readonly (readonly string[])[],
): ColumnProfile {
  const profile: ColumnProfile = { values: 0, dates: 0, fractions: 0, points: 0, percentTexts: 0, texts: 0 };
  rows.forEach((row, r) => {
    const value = row[column];
    if (isBlank(value) || (typeof value === "string" && value.trim() === "")) return;
    profile.values++;
    if (isDate(value, formats?.[r]?.[column])) profile.dates++;
    else if (typeof value === "number" && value >= 0 && value <= 1) profile.fractions++;
    else if (typeof value === "number" && value > 1 && value <= 100) profile.points++;
    else if (typeof value === "string" && PERCENT_TEXT.test(value.trim())) profile.percentTexts++;
    else if (typeof value === "string") profile.texts++;
  });
  return profile;
}

/** The share (0..1) of a column's values that fit a kind of value; null when the sample has no values. */
export function fitOf(kind: ValueKind, p: ColumnProfile): number | null {
  if (p.values === 0) return null;
  switch (kind) {
    case "date":
      return p.dates / p.values;
    case "percent":
      return (p.fractions + p.points + p.percentTexts) / p.values;
    case "text":
      return p.texts / p.values;
    case "id":
      return (p.values - p.dates) / p.values;
  }
}

/** Progress written as 0–100 when any number is above 1 (then 0.5 means 0.5 %), else as 0–1 or "50%". */
export function progressScale(p: ColumnProfile): "fraction" | "points" {
  return p.points > 0 ? "points" : "fraction";
}

/** Severity words that mean the guide's "major issue" (重大问题), whose 2 h / 24 h clock applies. */
const MAJOR = /^(major|critical|severe|high|urgent|blocker|showstopper|p[01]|s[01]|重大|严重|紧急|高|致命|重要)$/i;

/** The distinct severity values of the sample that mean major, as written (trimmed), in first-seen order. */
export function majorSeverities(rows: readonly (readonly unknown[])[], column: number): string[] {
  const found = new Set<string>();
  for (const row of rows) {
    const value = row[column];
    if (typeof value !== "string") continue;
    const text = value.normalize("NFKC").trim();
    if (MAJOR.test(text)) found.add(text);
  }
  return [...found];
}
