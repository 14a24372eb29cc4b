import { formatDate, MAX_SERIAL, MIN_SERIAL, parseDate, weekdayOf, type Serial } from "./dates";
import { inputError } from "./errors";
import { RangeMemo } from "./range-memo";
import { isBlank, rowsOf } from "./values";
import { SATURDAY_SUNDAY, type WeekendMask } from "./weekend";

/** Kinds of calendar entry: a holiday (non-working) or a make-up workday (调休/补班: a weekend day that is worked). */
export type CalendarKind = "holiday" | "workday";

export interface CalendarEntry {
  date: Serial;
  kind: CalendarKind;
}

/** The kind texts a calendar accepts (lower case; matched trimmed and case-insensitively). */
export const CALENDAR_KINDS: Readonly<Record<string, CalendarKind>> = {
  holiday: "holiday",
  "non-working": "holiday",
  off: "holiday",
  休: "holiday",
  假: "holiday",
  休息: "holiday",
  节假日: "holiday",
  workday: "workday",
  working: "workday",
  "make-up": "workday",
  班: "workday",
  补班: "workday",
  上班: "workday",
  调休上班: "workday",
};

function sortedUnique(values: Serial[]): Serial[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Index of the first element ≥ value. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countInRange(sorted: readonly number[], from: number, to: number): number {
  return lowerBound(sorted, to + 1) - lowerBound(sorted, from);
}

/** A Monday, used as the origin for counting whole weeks. */
const MONDAY = 45292 + ((7 - weekdayOf(45292)) % 7);

/**
 * Working days: the weekdays not in the weekend mask, minus holidays, plus make-up workdays.
 * Counting is closed-form (whole weeks plus a remainder table) with binary search in the calendar: it never walks day by day.
 */
export class WorkCalendar {
  private readonly working: boolean[];
  private readonly perWeek: number;
  /** prefix[i] = working weekdays among Monday-first weekday indices 0..i-1. */
  private readonly prefix: number[];
  /** Holidays that fall on otherwise working weekdays: each removes one working day. */
  private readonly removed: Serial[];
  /** Make-up workdays that fall on weekend days: each adds one working day. */
  private readonly added: Serial[];

  constructor(
    readonly weekend: WeekendMask = SATURDAY_SUNDAY,
    entries: readonly CalendarEntry[] = [],
  ) {
    this.working = weekend.map((off) => !off);
    this.perWeek = this.working.filter(Boolean).length;
    this.prefix = [0];
    for (let i = 0; i < 7; i++) this.prefix.push(this.prefix[i] + (this.working[i] ? 1 : 0));
    const onWorkingWeekday = (d: Serial) => this.working[weekdayOf(d)];
    this.removed = sortedUnique(
      entries.filter((e) => e.kind === "holiday" && onWorkingWeekday(e.date)).map((e) => e.date),
    );
    this.added = sortedUnique(
      entries.filter((e) => e.kind === "workday" && !onWorkingWeekday(e.date)).map((e) => e.date),
    );
  }

  isWorkingDay(day: Serial): boolean {
    const d = Math.floor(day);
    if (this.working[weekdayOf(d)]) return countInRange(this.removed, d, d) === 0;
    return countInRange(this.added, d, d) > 0;
  }

  /** Working weekdays in [MONDAY, MONDAY + n) for any integer n (negative n counts backwards, negated). */
  private weekdaysBefore(n: number): number {
    const weeks = Math.floor(n / 7);
    return weeks * this.perWeek + this.prefix[n - weeks * 7];
  }

  /** Working days in [from, to], both included; 0 when to < from. */
  countWorkdays(from: Serial, to: Serial): number {
    const a = Math.floor(from);
    const b = Math.floor(to);
    if (b < a) return 0;
    const weekdays = this.weekdaysBefore(b + 1 - MONDAY) - this.weekdaysBefore(a - MONDAY);
    return weekdays - countInRange(this.removed, a, b) + countInRange(this.added, a, b);
  }

  /** NETWORKDAYS.INTL: working days between two dates, both included; negative when end is before start. */
  networkdays(start: Serial, end: Serial): number {
    return end >= start ? this.countWorkdays(start, end) : -this.countWorkdays(end, start);
  }

  /**
   * WORKDAY.INTL: the working day that lies `days` working days after `start` (before it when negative);
   * `start` itself when days = 0. Found by binary search over the closed-form count.
   */
  addWorkdays(start: Serial, days: number): Serial {
    const s = Math.floor(start);
    const n = Math.trunc(days);
    if (n === 0) return s;
    const span = 7 * (Math.ceil((Math.abs(n) + this.removed.length) / this.perWeek) + 1);
    if (n > 0) {
      let lo = s + 1;
      let hi = s + span;
      while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (this.countWorkdays(s + 1, mid) >= n) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    }
    let lo = s - span;
    let hi = s - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.countWorkdays(mid, s - 1) >= -n) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export const DEFAULT_CALENDAR = new WorkCalendar();

function parseKind(value: unknown, row: number, argument: string): CalendarKind {
  if (isBlank(value)) return "holiday";
  const kind = typeof value === "string" ? CALENDAR_KINDS[value.trim().toLowerCase()] : undefined;
  if (!kind) throw inputError(argument, "calendarKind", { row, value });
  return kind;
}

/**
 * Calendar entries from a range: one column (or one row) of non-working dates, or two columns (date, kind) where
 * kind is holiday/休 or workday/班 (blank kind = holiday). Blank rows are ignored; a date listed as both kinds is an error.
 */
export function parseCalendarEntries(value: unknown, argument = "calendar"): CalendarEntry[] {
  if (isBlank(value)) return [];
  const rows = rowsOf(value);
  if (rows.length === 0) return [];
  const width = Math.max(0, ...rows.map((r) => r.length));
  const entries: CalendarEntry[] = [];
  const pushDate = (cell: unknown, row: number, kind: CalendarKind) => {
    try {
      const date = parseDate(cell, argument);
      if (date !== null) entries.push({ date, kind });
    } catch {
      throw inputError(argument, "calendarDate", { row, value: cell });
    }
  };
  // Two columns are (date, kind) unless the second column holds only dates: then the range is just a block of holidays.
  const isDateList = width === 2 && rows.every(([, kind]) => isBlank(kind) || typeof kind === "number");
  if (width === 2 && !isDateList) {
    rows.forEach(([date, kind], i) => {
      if (isBlank(date)) {
        if (!isBlank(kind)) throw inputError(argument, "calendarNoDate", { row: i + 1, value: kind });
        return;
      }
      pushDate(date, i + 1, parseKind(kind, i + 1, argument));
    });
  } else if (width <= 2 || rows.length === 1) {
    rows.forEach((row, i) => row.forEach((cell) => pushDate(cell, i + 1, "holiday")));
  } else {
    throw inputError(argument, "calendarShape", { value: width });
  }
  const kinds = new Map<Serial, CalendarKind>();
  for (const entry of entries) {
    const other = kinds.get(entry.date);
    if (other && other !== entry.kind)
      throw inputError(argument, "calendarConflict", { value: formatDate(entry.date) });
    kinds.set(entry.date, entry.kind);
  }
  return entries;
}

const recentCalendars = new RangeMemo<WorkCalendar>();

/**
 * A calendar from the functions' optional `calendar` range and `weekend` pattern. Every STATUS/LAG cell of a sheet
 * passes the same range and parsing it is most of a call's cost, so recent calendars are reused by content.
 */
export function calendarFrom(weekend: WeekendMask, calendar: unknown, argument = "calendar"): WorkCalendar {
  if (isBlank(calendar) && weekend === SATURDAY_SUNDAY) return DEFAULT_CALENDAR;
  const tag = `${argument}:${weekend.map((off) => (off ? 1 : 0)).join("")}`;
  return recentCalendars.get(tag, calendar, () => {
    const entries = parseCalendarEntries(calendar, argument);
    return entries.length === 0 && weekend === SATURDAY_SUNDAY ? DEFAULT_CALENDAR : new WorkCalendar(weekend, entries);
  });
}

/** True when a serial lies in Excel's date range. */
export function inDateRange(serial: Serial): boolean {
  return serial >= MIN_SERIAL && serial <= MAX_SERIAL;
}
