import fc from "fast-check";
import { calendarFrom, parseCalendarEntries, parseWeekend, WorkCalendar, type CalendarEntry } from "../../src/core";
import { DayByDayCalendar } from "../support/reference-calendar";
import { d, inputErrorOf } from "../support/dates";

// China 2026 National Day: Oct 1–7 off, Sat Oct 10 worked (illustrative).
const NATIONAL_DAY: CalendarEntry[] = [
  ...["01", "02", "05", "06", "07"].map((day) => ({ date: d(`2026-10-${day}`), kind: "holiday" as const })),
  { date: d("2026-10-10"), kind: "workday" },
];

describe("WorkCalendar", () => {
  const plain = new WorkCalendar();
  const china = new WorkCalendar(parseWeekend(null), NATIONAL_DAY);

  it("counts Monday–Friday by default, both ends included", () => {
    expect(plain.countWorkdays(d("2026-11-09"), d("2026-11-15"))).toBe(5);
    expect(plain.countWorkdays(d("2026-11-14"), d("2026-11-15"))).toBe(0);
    expect(plain.countWorkdays(d("2026-11-16"), d("2026-11-16"))).toBe(1);
    expect(plain.countWorkdays(d("2026-11-17"), d("2026-11-16"))).toBe(0);
  });

  it("removes holidays and adds make-up workdays", () => {
    expect(china.countWorkdays(d("2026-09-28"), d("2026-10-11"))).toBe(10 - 5 + 1);
    expect(china.isWorkingDay(d("2026-10-10"))).toBe(true);
    expect(china.isWorkingDay(d("2026-10-01"))).toBe(false);
    expect(china.isWorkingDay(d("2026-10-08"))).toBe(true);
  });

  it("ignores holidays on weekends and make-up days on weekdays (no double counting)", () => {
    const cal = new WorkCalendar(parseWeekend(null), [
      { date: d("2026-10-03"), kind: "holiday" }, // Saturday
      { date: d("2026-10-08"), kind: "workday" }, // Thursday
      { date: d("2026-10-01"), kind: "holiday" },
      { date: d("2026-10-01"), kind: "holiday" }, // listed twice
    ]);
    expect(cal.countWorkdays(d("2026-09-28"), d("2026-10-11"))).toBe(9);
  });

  it("networkdays is negative when end is before start, like NETWORKDAYS.INTL", () => {
    expect(plain.networkdays(d("2026-11-16"), d("2026-11-09"))).toBe(-6);
    expect(plain.networkdays(d("2026-11-09"), d("2026-11-16"))).toBe(6);
  });

  it("addWorkdays behaves like WORKDAY.INTL", () => {
    expect(plain.addWorkdays(d("2026-11-13"), 1)).toBe(d("2026-11-16"));
    expect(plain.addWorkdays(d("2026-11-16"), -1)).toBe(d("2026-11-13"));
    expect(plain.addWorkdays(d("2026-11-14"), 0)).toBe(d("2026-11-14"));
    expect(plain.addWorkdays(d("2026-11-14"), 1)).toBe(d("2026-11-16"));
    expect(china.addWorkdays(d("2026-09-30"), 1)).toBe(d("2026-10-08"));
    expect(china.addWorkdays(d("2026-10-09"), 1)).toBe(d("2026-10-10"));
    expect(china.addWorkdays(d("2026-10-12"), -2)).toBe(d("2026-10-09"));
  });

  it("honours other weekends", () => {
    const fridaySaturday = new WorkCalendar(parseWeekend("0000110"));
    expect(fridaySaturday.isWorkingDay(d("2026-11-15"))).toBe(true); // Sunday
    expect(fridaySaturday.isWorkingDay(d("2026-11-13"))).toBe(false); // Friday
    const sundayOnly = new WorkCalendar(parseWeekend(11));
    expect(sundayOnly.countWorkdays(d("2026-11-09"), d("2026-11-15"))).toBe(6);
  });

  const entries = fc.array(
    fc.record({
      date: fc.integer({ min: 46000, max: 46400 }),
      kind: fc.constantFrom("holiday" as const, "workday" as const),
    }),
    { maxLength: 40 },
  );
  const mask = fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }).filter((m) => m.some((off) => !off));
  const consistent = (list: CalendarEntry[]) => {
    const seen = new Map<number, string>();
    return list.filter((e) =>
      seen.has(e.date) && seen.get(e.date) !== e.kind ? false : (seen.set(e.date, e.kind), true),
    );
  };

  it("counts exactly like walking day by day (property)", () => {
    fc.assert(
      fc.property(
        mask,
        entries,
        fc.integer({ min: 45900, max: 46500 }),
        fc.integer({ min: -30, max: 400 }),
        (m, list, from, len) => {
          const ok = consistent(list);
          const fast = new WorkCalendar(m, ok);
          const slow = new DayByDayCalendar(m, ok);
          expect(fast.countWorkdays(from, from + len)).toBe(len < 0 ? 0 : slow.countWorkdays(from, from + len));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("adds working days exactly like walking day by day (property)", () => {
    fc.assert(
      fc.property(
        mask,
        entries,
        fc.integer({ min: 45900, max: 46500 }),
        fc.integer({ min: -150, max: 150 }),
        (m, list, start, n) => {
          const ok = consistent(list);
          expect(new WorkCalendar(m, ok).addWorkdays(start, n)).toBe(new DayByDayCalendar(m, ok).addWorkdays(start, n));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("parseWeekend", () => {
  it("defaults to Saturday + Sunday", () => {
    expect(parseWeekend(null)).toEqual([false, false, false, false, false, true, true]);
    expect(parseWeekend("")).toEqual(parseWeekend(1));
  });

  it("takes WORKDAY.INTL codes 1–7 and 11–17 and 7-digit strings", () => {
    expect(parseWeekend(2)).toEqual([true, false, false, false, false, false, true]);
    expect(parseWeekend(7)).toEqual([false, false, false, false, true, true, false]);
    expect(parseWeekend(11)).toEqual([false, false, false, false, false, false, true]);
    expect(parseWeekend(17)).toEqual([false, false, false, false, false, true, false]);
    expect(parseWeekend("1000001")).toEqual(parseWeekend(2));
    expect(parseWeekend("12")).toEqual(parseWeekend(12));
  });

  it.each([8, 10, 18, 0, 1.5, "000001", "00000111", "abcdefg", true])("rejects %p", (value) => {
    expect(inputErrorOf(() => parseWeekend(value)).key).toBe("badWeekend");
  });

  it("rejects a week with no working day", () => {
    expect(inputErrorOf(() => parseWeekend("1111111")).key).toBe("weekendAllDays");
  });
});

describe("parseCalendarEntries", () => {
  it("reads one column of dates as holidays, skipping blank rows", () => {
    expect(parseCalendarEntries([[46000], [null], [""], ["2025-12-10"]])).toEqual([
      { date: 46000, kind: "holiday" },
      { date: 46001, kind: "holiday" },
    ]);
  });

  it("reads a single row of dates as holidays", () => {
    expect(parseCalendarEntries([[46000, 46001, 46002]])).toHaveLength(3);
  });

  it("reads two columns as (date, kind) in both languages; a blank kind is a holiday", () => {
    expect(
      parseCalendarEntries([
        [46000, "休"],
        [46004, "班"],
        [46010, "Holiday"],
        [46011, " workday "],
        [46012, null],
        [null, null],
      ]),
    ).toEqual([
      { date: 46000, kind: "holiday" },
      { date: 46004, kind: "workday" },
      { date: 46010, kind: "holiday" },
      { date: 46011, kind: "workday" },
      { date: 46012, kind: "holiday" },
    ]);
  });

  it("reads a block of dates in two columns (or one row of two) as holidays", () => {
    expect(parseCalendarEntries([[46336, 46337]])).toEqual([
      { date: 46336, kind: "holiday" },
      { date: 46337, kind: "holiday" },
    ]);
    expect(
      parseCalendarEntries([
        [46336, 46340],
        [46337, null],
      ]),
    ).toHaveLength(3);
  });

  it("is empty for a blank argument", () => {
    expect(parseCalendarEntries(null)).toEqual([]);
    expect(parseCalendarEntries([[null]])).toEqual([]);
    expect(parseCalendarEntries([])).toEqual([]);
  });

  it("names the row of a bad date or kind", () => {
    const badDate = inputErrorOf(() =>
      parseCalendarEntries([
        [46000, "休"],
        ["soon", "休"],
      ]),
    );
    expect([badDate.key, badDate.params.row]).toEqual(["calendarDate", 2]);
    const badKind = inputErrorOf(() =>
      parseCalendarEntries([
        [46000, "休"],
        [46001, "party"],
      ]),
    );
    expect([badKind.key, badKind.params.row]).toEqual(["calendarKind", 2]);
    expect(inputErrorOf(() => parseCalendarEntries([[null, "班"]])).key).toBe("calendarNoDate");
  });

  it("rejects three columns and a date that is both kinds", () => {
    expect(
      inputErrorOf(() =>
        parseCalendarEntries([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ).key,
    ).toBe("calendarShape");
    expect(
      inputErrorOf(() =>
        parseCalendarEntries([
          [46000, "休"],
          [46000, "班"],
        ]),
      ).key,
    ).toBe("calendarConflict");
  });
});

describe("calendarFrom", () => {
  it("reuses the parsed calendar for an equal range passed as a new array, as Excel does on every call", () => {
    const range = () => [
      [46000, "休"],
      [46004, "班"],
    ];
    const weekend = parseWeekend(null);
    const first = calendarFrom(weekend, range());
    expect(calendarFrom(weekend, range())).toBe(first);
    expect(
      calendarFrom(weekend, [
        [46000, "休"],
        [46004, "休"],
      ]),
    ).not.toBe(first);
    expect(calendarFrom(parseWeekend(11), range())).not.toBe(first);
    expect(
      calendarFrom(weekend, [
        [46000, "休"],
        ["2025-12-13", "班"],
      ]),
    ).not.toBe(first);
    expect(calendarFrom(weekend, range()).isWorkingDay(46004)).toBe(true);
  });

  it("still rejects a bad range every time", () => {
    const bad = [[46000, "maybe"]];
    expect(inputErrorOf(() => calendarFrom(parseWeekend(null), bad)).key).toBe("calendarKind");
    expect(inputErrorOf(() => calendarFrom(parseWeekend(null), bad)).key).toBe("calendarKind");
  });
});
