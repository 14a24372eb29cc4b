import { weekdayOf, type CalendarEntry, type Serial, type WeekendMask } from "../../src/core";

/**
 * The straightforward implementation: walk the days one by one. It is the oracle the closed-form
 * WorkCalendar is tested against, and the baseline `npm run bench` compares with.
 */
export class DayByDayCalendar {
  private readonly holidays: Set<Serial>;
  private readonly workdays: Set<Serial>;

  constructor(
    private readonly weekend: WeekendMask,
    entries: readonly CalendarEntry[],
  ) {
    this.holidays = new Set(entries.filter((e) => e.kind === "holiday").map((e) => e.date));
    this.workdays = new Set(entries.filter((e) => e.kind === "workday").map((e) => e.date));
  }

  isWorkingDay(day: Serial): boolean {
    if (this.workdays.has(day)) return true;
    return !this.weekend[weekdayOf(day)] && !this.holidays.has(day);
  }

  countWorkdays(from: Serial, to: Serial): number {
    let count = 0;
    for (let d = from; d <= to; d++) if (this.isWorkingDay(d)) count++;
    return count;
  }

  addWorkdays(start: Serial, days: number): Serial {
    let d = start;
    const step = days < 0 ? -1 : 1;
    for (let left = Math.abs(days); left > 0;) {
      d += step;
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }
}
