import { inputError } from "./errors";
import { isBlank, toNumber } from "./values";

/** Seven flags, Monday first: true = non-working day of the week. */
export type WeekendMask = readonly boolean[];

export const SATURDAY_SUNDAY: WeekendMask = maskOf("0000011");

function maskOf(pattern: string): WeekendMask {
  return Array.from(pattern, (c) => c === "1");
}

/** WORKDAY.INTL weekend codes: 1–7 are two-day weekends, 11–17 single days (Sunday … Saturday). */
const CODES: Record<number, string> = {
  1: "0000011",
  2: "1000001",
  3: "1100000",
  4: "0110000",
  5: "0011000",
  6: "0001100",
  7: "0000110",
  11: "0000001",
  12: "1000000",
  13: "0100000",
  14: "0010000",
  15: "0001000",
  16: "0000100",
  17: "0000010",
};

/** Blank → Saturday + Sunday; a 7-character 0/1 string (Monday first, 1 = non-working) or a code 1–7 / 11–17. */
export function parseWeekend(value: unknown, argument = "weekend"): WeekendMask {
  if (isBlank(value)) return SATURDAY_SUNDAY;
  if (typeof value === "string" && /^\s*[01]{7}\s*$/.test(value)) {
    const pattern = value.trim();
    if (pattern === "1111111") throw inputError(argument, "weekendAllDays", { value });
    return maskOf(pattern);
  }
  // Codes as numbers, or as text only in their own spelling ("000001" is a mistyped pattern, not code 1).
  const code =
    typeof value === "string" ? (/^\s*\d{1,2}\s*$/.test(value) ? toNumber(value) : undefined) : toNumber(value);
  if (code !== undefined && CODES[code] && !/^\s*0/.test(String(value))) return maskOf(CODES[code]);
  throw inputError(argument, "badWeekend", { value });
}
