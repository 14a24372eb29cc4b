/**
 * The sample company's working calendar: the rows of its WBS's Calendar table (T3), and the WorkCalendar the sample's
 * dates are counted with. These are the company's own days off and make-up workdays around the default status date
 * (Monday 2026-11-16), not an official holiday schedule: the 2026 National Day week (Thursday 10-01 to Wednesday 10-07,
 * five weekdays off) made up on Sunday 09-27 and Saturday 10-10, and New Year's Day 2027 (a Friday). The zh-CN and
 * en-US samples have the same dates.
 *
 * Every task date is this calendar's working days from the status date, and every status and lag the preview computes
 * reads the same rows back from the table, so the statuses come out the same whatever the status date.
 */
import {
  getTemplate,
  SATURDAY_SUNDAY,
  serialFromDate,
  tablesOf,
  WorkCalendar,
  type CalendarEntry,
  type CalendarKind,
  type Language,
} from "../../core";
import type { Row } from "./memory-form";

const entry = (year: number, month: number, day: number, kind: CalendarKind): CalendarEntry => ({
  date: serialFromDate(year, month, day),
  kind,
});

/** In date order, as the table lists them. */
export const SAMPLE_CALENDAR_ENTRIES: readonly CalendarEntry[] = [
  entry(2026, 9, 27, "workday"),
  entry(2026, 10, 1, "holiday"),
  entry(2026, 10, 2, "holiday"),
  entry(2026, 10, 5, "holiday"),
  entry(2026, 10, 6, "holiday"),
  entry(2026, 10, 7, "holiday"),
  entry(2026, 10, 10, "workday"),
  entry(2027, 1, 1, "holiday"),
];

export const SAMPLE_CALENDAR = new WorkCalendar(SATURDAY_SUNDAY, SAMPLE_CALENDAR_ENTRIES);

/** The Calendar table's rows: each date with its kind as the table's drop-down shows it (holiday/workday, 休/班). */
export function sampleCalendarRows(language: Language): Row[] {
  const table = tablesOf(getTemplate("T3")).find((t) => t.id === "calendar");
  const choices = table?.columns.find((column) => column.id === "kind")?.choices ?? [];
  const label = (kind: CalendarKind) => {
    const found = choices.find((c) => c.id === kind);
    if (!found) throw new Error(`sample: the T3 calendar has no kind ${kind}`);
    return found.label[language];
  };
  return SAMPLE_CALENDAR_ENTRIES.map(({ date, kind }) => ({ date, kind: label(kind) }));
}
