/**
 * A field's value as the pane's inputs hold it (text) and back as the host writes it: dates as serials, percentages
 * as fractions, times as fractions of a day, choices as their label in the form's language.
 */
import {
  canonicalNumber,
  type Choice,
  type FieldDef,
  formatDate,
  formatDateTime,
  type Language,
  parseDate,
  parseDateTime,
  toNumber,
} from "../../../core";

/** A choice's id from its id or its label in either language; null when none matches. */
export function choiceIdOf(choices: readonly Choice[], text: string): string | null {
  const folded = text.trim().toLowerCase();
  const found = choices.find(
    (c) => c.id.toLowerCase() === folded || Object.values(c.label).some((l) => l.toLowerCase() === folded),
  );
  return found ? found.id : null;
}

const MULTI_SEPARATOR = /\s*[,，;；、\n]\s*/;

/** The text an input shows for a value read from the document. */
export function fieldText(field: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return "";
  switch (field.kind) {
    case "date":
      return typeof value === "number" ? formatDate(value) : String(value);
    case "dateTime":
      return typeof value === "number" ? formatDateTime(value) : String(value);
    case "time": {
      if (typeof value !== "number" || value < 0 || value >= 1) return String(value);
      const minutes = Math.round(value * 1440);
      return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    }
    case "percent":
      return typeof value === "number" ? canonicalNumber(value * 100) : String(value).replace(/\s*%\s*$/, "");
    case "choice":
      return choiceIdOf(field.choices ?? [], String(value)) ?? String(value);
    case "multiChoice":
      return String(value)
        .split(MULTI_SEPARATOR)
        .filter((part) => part !== "")
        .map((part) => choiceIdOf(field.choices ?? [], part) ?? part)
        .join(",");
    default:
      return typeof value === "number" ? canonicalNumber(value) : String(value);
  }
}

export type Written =
  { value: string | number | null } | { error: "date" | "dateTime" | "time" | "number" | "percent" | "hours" };

function attempt(parse: () => number | null): number | null | undefined {
  try {
    return parse();
  } catch {
    return undefined;
  }
}

/** What to write for an input's text, or which kind of value it failed to be. */
export function writtenValue(field: FieldDef, text: string, language: Language): Written {
  const trimmed = text.trim();
  if (trimmed === "") return { value: null };
  switch (field.kind) {
    case "date": {
      const serial = attempt(() => parseDate(trimmed, field.id));
      return serial === undefined || serial === null ? { error: "date" } : { value: serial };
    }
    case "dateTime": {
      const serial = attempt(() => parseDateTime(trimmed, field.id));
      return serial === undefined || serial === null ? { error: "dateTime" } : { value: serial };
    }
    case "time": {
      const match = /^(\d{1,2}):(\d{2})$/.exec(trimmed);
      if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return { error: "time" };
      return { value: (Number(match[1]) * 60 + Number(match[2])) / 1440 };
    }
    case "number":
    case "hours": {
      const number = toNumber(trimmed);
      if (number === undefined || (field.kind === "hours" && number < 0)) return { error: field.kind };
      return { value: number };
    }
    case "percent": {
      const number = toNumber(trimmed.replace(/\s*%$/, ""));
      return number === undefined || number < 0 || number > 100 ? { error: "percent" } : { value: number / 100 };
    }
    case "choice": {
      const choice = field.choices?.find((c) => c.id === trimmed);
      return { value: choice ? choice.label[language] : trimmed };
    }
    case "multiChoice": {
      const labels = trimmed
        .split(",")
        .filter((id) => id !== "")
        .map((id) => field.choices?.find((c) => c.id === id)?.label[language] ?? id);
      return { value: labels.length ? labels.join(language === "zh-CN" ? "、" : ", ") : null };
    }
    default:
      return { value: text };
  }
}

/** A value as the pane shows it to read: choices by their label in the UI language. */
export function shownText(field: FieldDef, value: unknown, language: Language): string {
  const text = fieldText(field, value);
  if (field.kind !== "choice" && field.kind !== "multiChoice")
    return field.kind === "percent" && text ? `${text}%` : text;
  return text
    .split(",")
    .filter((id) => id !== "")
    .map((id) => field.choices?.find((c) => c.id === id)?.label[language] ?? id)
    .join(language === "zh-CN" ? "、" : ", ");
}

/** Today as a date serial, in the user's time zone. */
export function todaySerial(now = new Date()): number {
  return Math.floor((now.getTime() - now.getTimezoneOffset() * 60_000) / 86_400_000) + 25569;
}
