import fc from "fast-check";
import { excelFunctions } from "../support/excel-functions";
import { FakeCustomFunctionsError, installFakeRuntime, removeFakeRuntime } from "../support/custom-functions-runtime";

const { status, lag, expected, workdays, workday, waitingOn, sla, smart } = excelFunctions;
import { formatDate } from "../../src/core";

beforeAll(installFakeRuntime);
afterAll(removeFakeRuntime);

const serial = fc.integer({ min: 45000, max: 47000 });
const isoDate = serial.map(formatDate);
/** Anything a cell can hold, biased towards plausible values. */
const cell = fc.oneof(
  fc.constantFrom(null, "", " ", "休", "班", "holiday", "workday", "zh-CN", "en", "50%", "0000011", "WBS-001"),
  serial,
  isoDate,
  fc.double(),
  fc.integer({ min: -10, max: 20 }),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
);
const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }).map((rows) => {
  const width = rows[0].length;
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
});
const optionalRange = fc.option(range, { nil: null });
const calendar = fc.option(
  fc.array(fc.tuple(serial, fc.constantFrom("休", "班", "holiday", "workday", null)), { maxLength: 30 }).map((rows) => {
    const seen = new Set<number>();
    return rows.filter(([date]) => !seen.has(date) && seen.add(date));
  }),
  { nil: null },
);
const weekend = fc.constantFrom(null, 1, 2, 7, 11, 17, "0000011", "1000001", "0000110");

/** Runs fn; passes when it returns or throws a CustomFunctions.Error with a message, fails on anything else. */
function onlyExcelErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof FakeCustomFunctionsError)) throw new Error(`threw something else: ${String(error)}`);
    expect(["#VALUE!", "#N/A"]).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(5);
  }
}

describe("on arbitrary input nothing but CustomFunctions.Error is thrown", () => {
  const runs = { numRuns: 400 };
  it("STATUS", () =>
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 9, maxLength: 9 }),
        optionalRange,
        fc.oneof(weekend, cell),
        (a, cal, wk) => onlyExcelErrors(() => status(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], cal, wk, a[8])),
      ),
      runs,
    ));
  it("LAG, EXPECTED, WORKDAYS, WORKDAY", () =>
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 3, maxLength: 3 }),
        optionalRange,
        fc.oneof(weekend, cell),
        (a, cal, wk) => {
          onlyExcelErrors(() => lag(a[0], a[1], a[2], cal, wk));
          onlyExcelErrors(() => expected(a[0], a[1], a[2], cal, wk));
          onlyExcelErrors(() => workdays(a[0], a[1], cal, wk));
          onlyExcelErrors(() => workday(a[0], a[2], cal, wk));
        },
      ),
      runs,
    ));
  it("WAITINGON, SLA, SMART", () =>
    fc.assert(
      fc.property(fc.array(cell, { minLength: 7, maxLength: 7 }), range, range, range, (a, ids, fin, prog) => {
        onlyExcelErrors(() => waitingOn(a[0], ids, fin, prog, null));
        onlyExcelErrors(() => waitingOn(a[0], ids, fin, prog, fin));
        onlyExcelErrors(() => sla(a[0], a[1], a[2], a[3], a[4], a[5], a[6]));
        onlyExcelErrors(() => smart(a[0], a[1]));
      }),
      runs,
    ));
});

describe("invariants", () => {
  it("waiting on a predecessor turns an open task Blocked from its start date (at once without one), nothing else", () =>
    fc.assert(
      fc.property(
        fc.option(serial, { nil: null }),
        fc.integer({ min: 0, max: 90 }),
        fc.option(fc.integer({ min: -20, max: 90 }), { nil: null }),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        fc.constantFrom(null, "设计资源不足"),
        serial,
        (start, length, finishAfter, twentieths, blocker, day) => {
          const due = (start ?? day) + length;
          const finish = finishAfter === null ? null : (start ?? day) + finishAfter;
          const progress = twentieths === null ? null : twentieths / 20;
          const free = status(start, due, finish, progress, blocker, day, null, null, null, null, null);
          const waiting = status(start, due, finish, progress, blocker, day, null, null, null, null, "WBS-001");
          const mayStart = start === null || day >= start;
          expect(waiting).toBe(free === "Completed" || !mayStart ? free : "Blocked");
        },
      ),
      { numRuns: 1000 },
    ));

  it("lag is ≥ 0 and never decreases as the status date moves later", () =>
    fc.assert(
      fc.property(serial, serial, fc.integer({ min: 0, max: 400 }), calendar, weekend, (due, day, later, cal, wk) => {
        const before = lag(due, null, day, cal, wk) as number;
        const after = lag(due, null, day + later, cal, wk) as number;
        expect(before).toBeGreaterThanOrEqual(0);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 1000 },
    ));

  it("WORKDAY and WORKDAYS agree: n working days after start span n (+ start, if it works) working days", () =>
    fc.assert(
      fc.property(serial, fc.integer({ min: -300, max: 300 }), calendar, weekend, (start, n, cal, wk) => {
        const target = workday(start, n, cal, wk);
        const startWorks = workdays(start, start, cal, wk);
        expect(workdays(target, target, cal, wk)).toBe(n === 0 ? startWorks : 1);
        if (n > 0) expect(workdays(start, target, cal, wk)).toBe(n + startWorks);
        if (n < 0) expect(workdays(start, target, cal, wk)).toBe(n - startWorks);
      }),
      { numRuns: 1000 },
    ));

  it("expected progress lies in [0, 1] and never decreases with the status date", () =>
    fc.assert(
      fc.property(
        serial,
        fc.integer({ min: 0, max: 300 }),
        serial,
        fc.integer({ min: 0, max: 60 }),
        calendar,
        weekend,
        (start, len, day, later, cal, wk) => {
          const e1 = expected(start, start + len, day, cal, wk) as number;
          const e2 = expected(start, start + len, day + later, cal, wk) as number;
          expect(e1).toBeGreaterThanOrEqual(0);
          expect(e2).toBeLessThanOrEqual(1);
          expect(e2).toBeGreaterThanOrEqual(e1);
        },
      ),
      { numRuns: 1000 },
    ));
});
