import {
  dateFromSerial,
  formatDate,
  formatDateTime,
  parseDate,
  parseDateTime,
  requireDate,
  serialFromDate,
  weekdayOf,
} from "../../src/core";
import { inputErrorOf } from "../support/dates";

describe("Excel date serials", () => {
  it("serial 46000 is 2025-12-09 (SPEC §4)", () => {
    expect(formatDate(46000)).toBe("2025-12-09");
    expect(serialFromDate(2025, 12, 9)).toBe(46000);
  });

  it("matches Excel's known anchors", () => {
    expect(serialFromDate(1900, 3, 1)).toBe(61);
    expect(serialFromDate(1970, 1, 1)).toBe(25569);
    expect(serialFromDate(9999, 12, 31)).toBe(2958465);
    expect(serialFromDate(2000, 2, 29)).toBe(36585);
  });

  it("round-trips every day over four centuries", () => {
    for (let s = 61; s < 61 + 146097; s += 1) {
      const { year, month, day } = dateFromSerial(s);
      if (serialFromDate(year, month, day) !== s) throw new Error(`round trip failed at ${s}`);
    }
  });

  it("knows the weekday, Monday = 0", () => {
    expect(weekdayOf(46000)).toBe(1); // Tuesday 2025-12-09
    expect(weekdayOf(serialFromDate(2026, 11, 13))).toBe(4); // Friday
    expect(weekdayOf(serialFromDate(2026, 11, 15))).toBe(6); // Sunday
    expect(weekdayOf(serialFromDate(2026, 11, 16))).toBe(0); // Monday
  });

  it("formats date-times to the minute", () => {
    expect(formatDateTime(46000 + 0.5)).toBe("2025-12-09 12:00");
    expect(formatDateTime(46000 + (23 * 60 + 59.9) / 1440)).toBe("2025-12-10 00:00");
  });
});

describe("parseDate", () => {
  it("takes serials (dropping the time of day) and ISO text", () => {
    expect(parseDate(46000, "due")).toBe(46000);
    expect(parseDate(46000.75, "due")).toBe(46000);
    expect(parseDate("2025-12-09", "due")).toBe(46000);
    expect(parseDate(" 2025-12-9 ", "due")).toBe(46000);
  });

  it("treats null, undefined, empty and whitespace text as blank", () => {
    for (const blank of [null, undefined, "", "   "]) expect(parseDate(blank, "due")).toBeNull();
  });

  it.each([
    ["not a date", "abc"],
    ["an impossible day", "2026-02-30"],
    ["a month 13", "2026-13-01"],
    ["US order", "12/09/2025"],
    ["a boolean", true],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["a time on a date-only argument", "2025-12-09 10:00"],
  ])("rejects %s, naming the argument", (_what, value) => {
    const error = inputErrorOf(() => parseDate(value, "due"));
    expect(error.argument).toBe("due");
    expect(error.kind).toBe("value");
  });

  it("rejects serials outside Excel's dates, including 0 (1899-12-30)", () => {
    for (const value of [0, 60, -5, 2958466])
      expect(inputErrorOf(() => parseDate(value, "start")).key).toBe("dateRange");
  });

  it("requireDate makes blank an error", () => {
    expect(inputErrorOf(() => requireDate("", "statusDate")).key).toBe("required");
  });
});

describe("parseDateTime", () => {
  it("keeps the time of day", () => {
    expect(parseDateTime(46000.25, "raisedAt")).toBe(46000.25);
    expect(parseDateTime("2025-12-09 06:00", "raisedAt")).toBe(46000.25);
    expect(parseDateTime("2025-12-09T18:30:00", "raisedAt")).toBeCloseTo(46000 + 18.5 / 24, 10);
    expect(parseDateTime("2025-12-09", "raisedAt")).toBe(46000);
  });

  it("rejects impossible times", () => {
    expect(inputErrorOf(() => parseDateTime("2025-12-09 24:00", "raisedAt")).key).toBe("notDateTime");
    expect(inputErrorOf(() => parseDateTime("2025-12-09 10:60", "raisedAt")).key).toBe("notDateTime");
  });
});
