import { inputError } from "./errors";
import { isBlank } from "./values";

/** Excel date serial: whole days since 1899-12-30 (1900 date system). A fraction is the time of day. */
export type Serial = number;

/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** 1900-03-01: Excel's serials before it count the fictitious 1900-02-29, so weekdays there are wrong. */
export const MIN_SERIAL = 61;
/** 9999-12-31, the last date Excel knows. */
export const MAX_SERIAL = 2958465;

// Days from civil date and back (proleptic Gregorian), after H. Hinnant's algorithms: no Date objects, no time zones.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return [month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day];
}

export function serialFromDate(year: number, month: number, day: number): Serial {
  return daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
}

export function dateFromSerial(serial: Serial): { year: number; month: number; day: number } {
  const [year, month, day] = civilFromDays(Math.floor(serial) - UNIX_EPOCH_SERIAL);
  return { year, month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `yyyy-mm-dd` of a serial. */
export function formatDate(serial: Serial): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `yyyy-mm-dd hh:mm` of a serial with a time of day. */
export function formatDateTime(serial: Serial): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 1440);
  const day = Math.floor(serial) + Math.floor(minutes / 1440);
  const rest = minutes % 1440;
  return `${formatDate(day)} ${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

/** Day of the week, Monday = 0 … Sunday = 6 (the order of WORKDAY.INTL weekend strings). */
export function weekdayOf(serial: Serial): number {
  return (((Math.floor(serial) + 5) % 7) + 7) % 7;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?$/;

function isoSerial(text: string, allowTime: boolean): Serial | undefined {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d, hh, mm, ss] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const serial = serialFromDate(year, month, day);
  if (dateFromSerial(serial).day !== day) return undefined; // 2026-02-30 and the like
  if (hh === undefined) return serial;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = ss === undefined ? 0 : Number(ss);
  if (!allowTime || hours > 23 || minutes > 59 || seconds >= 60) return undefined;
  return serial + (hours * 3600 + minutes * 60 + seconds) / 86400;
}

function parseSerial(value: unknown, argument: string, allowTime: boolean): Serial | null {
  if (isBlank(value)) return null;
  let serial: Serial | undefined;
  if (typeof value === "number" && Number.isFinite(value)) serial = value;
  else if (typeof value === "string") serial = isoSerial(value, allowTime);
  if (serial === undefined) throw inputError(argument, allowTime ? "notDateTime" : "notDate", { value });
  if (serial < MIN_SERIAL || serial >= MAX_SERIAL + 1) throw inputError(argument, "dateRange", { value });
  return allowTime ? serial : Math.floor(serial);
}

/** A whole-day serial from a date serial (its time of day dropped) or `yyyy-mm-dd` text; blank → null. */
export function parseDate(value: unknown, argument: string): Serial | null {
  return parseSerial(value, argument, false);
}

/** A serial with time of day from a serial or `yyyy-mm-dd[ hh:mm[:ss]]` text; blank → null. */
export function parseDateTime(value: unknown, argument: string): Serial | null {
  return parseSerial(value, argument, true);
}

/** Like `parseDate` but blank is an error too. */
export function requireDate(value: unknown, argument: string): Serial {
  const serial = parseDate(value, argument);
  if (serial === null) throw inputError(argument, "required");
  return serial;
}
