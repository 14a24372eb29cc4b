import { webcrypto } from "node:crypto";
import { formatDate, parseDate, weekdayOf, type Language, type Serial, type SignoffCrypto } from "../../../src/core";
import { createPreviewHost, SAMPLE_IDS, SAMPLE_STATUS_DATE, type PreviewHost } from "../../../src/hosts/preview";
import type { WbsData } from "../../../src/hosts/types";
import { analyseWeekly } from "../../../src/taskpane/screens/weekly/weekly-data";

const crypto = webcrypto.subtle as unknown as SignoffCrypto;
const day = (iso: string): Serial => parseDate(iso, "date")!;

const sample = (language: Language, statusDate: Serial = SAMPLE_STATUS_DATE) =>
  createPreviewHost({ kind: "excel", language, crypto, statusDate });

async function wbsOf(host: PreviewHost): Promise<WbsData> {
  return (await host.readProject()).wbs[SAMPLE_IDS.wbs];
}

const task = (wbs: WbsData, id: string) => wbs.tasks.find((t) => t.taskId === id)!;
const dates = (wbs: WbsData, id: string) => {
  const { start, due } = task(wbs, id);
  return [start, due].map((d) => (d === null ? null : formatDate(d)));
};

/** What the weekly review shows for the WBS's own status date, read back from the host as the pane reads it. */
async function review(host: PreviewHost) {
  const snapshot = await host.readProject();
  const wbs = snapshot.wbs[SAMPLE_IDS.wbs];
  const analysis = analyseWeekly(snapshot, wbs.instance, { statusDate: wbs.statusDate!, now: new Date(0) });
  const rows = (list: Array<{ row: number }>) => list.map((t) => t.row);
  return {
    problems: analysis.problems,
    counts: analysis.wbs.counts,
    withoutReason: rows(analysis.wbs.withoutReason),
    withoutMeasures: analysis.wbs.withoutMeasures.map(({ task, problem }) => [task.row, problem]),
    blocked: rows(analysis.wbs.blocked),
    lags: analysis.wbs.lagging.map((t) => [t.row, t.lag]),
    // The sheet's own Status and Lag columns (the preview's CONCORD.STATUS / CONCORD.LAG) for every row.
    sheet: wbs.tasks.map((t) => [t.status, t.lagDays]),
  };
}

describe("the preview sample's working calendar", () => {
  it.each([
    ["en-US", "holiday", "workday"],
    ["zh-CN", "休", "班"],
  ] as const)("fills the WBS's Calendar table, the same dates in both languages (%s)", async (language, off, on) => {
    const { calendar } = await wbsOf(await sample(language));
    expect(calendar!.map(([date, kind]) => [formatDate(date as Serial), kind])).toEqual([
      ["2026-09-27", on],
      ["2026-10-01", off],
      ["2026-10-02", off],
      ["2026-10-05", off],
      ["2026-10-06", off],
      ["2026-10-07", off],
      ["2026-10-10", on],
      ["2027-01-01", off],
    ]);
    // Plausible: days off on weekdays (Monday = 0), make-up workdays on Saturday or Sunday.
    for (const [date, kind] of calendar!) expect([kind, weekdayOf(date as Serial) >= 5]).toEqual([kind, kind === on]);
  });

  it("dates the tasks around the National Day week in the company's working days (status date 2026-11-16)", async () => {
    const project = await (await sample("en-US")).readProject();
    const wbs = project.wbs[SAMPLE_IDS.wbs];
    // Kickoff meeting, 36 and 35 working days before Monday 11-16: back over the make-up Saturday 10-10, the five
    // weekdays off from 10-01 to 10-07 and the make-up Sunday 09-27 (Monday to Friday alone: 09-25 and 09-28).
    expect(dates(wbs, "WBS-001")).toEqual(["2026-09-22", "2026-09-23"]);
    // Map the current complaint flow, -30 to -25: it spans the holiday (Monday to Friday alone it starts 10-05).
    expect(dates(wbs, "WBS-003")).toEqual(["2026-09-29", "2026-10-12"]);
    // The kickoff minutes are dated as the kickoff task, and the project ends 35 working days on: after 12-31 (33)
    // comes New Year's Day off, so 01-04 is the 34th and 01-05 the 35th.
    expect(formatDate(project.forms[SAMPLE_IDS.kickoffMinutes].values.date as Serial)).toBe("2026-09-23");
    expect(project.forms[SAMPLE_IDS.consensus].values.finalGoal).toContain("by 2027-01-05");
  });

  it("pushes a due date past the holiday when the status date is before it", async () => {
    // Fix the complaint export, 5 working days before and after Monday 09-28. Before: the make-up Sunday 09-27, then
    // 09-25 back to 09-22. After: 09-29, 09-30, then 10-08, 10-09 and the make-up Saturday 10-10 (Monday to Friday
    // alone it would run from 09-21 to 10-05, a day off).
    expect(dates(await wbsOf(await sample("en-US", day("2026-09-28"))), "WBS-012")).toEqual([
      "2026-09-22",
      "2026-10-10",
    ]);
    // From Monday 12-28: 12-29, 12-30, 12-31, then New Year's Day off: 01-04 and 01-05.
    expect(dates(await wbsOf(await sample("zh-CN", day("2026-12-28"))), "WBS-012")[1]).toBe("2027-01-05");
  });

  it("counts lag with the table's rows: clearing them changes the lag (status date 2026-10-12)", async () => {
    const host = await sample("en-US", day("2026-10-12"));
    // Vendor contract addendum, due 4 working days back: 10-10, 10-09, 10-08, then 09-30 over the holiday.
    const before = task(await wbsOf(host), "WBS-025");
    expect([formatDate(before.due!), before.lagDays]).toEqual(["2026-09-30", 4]);
    const { calendar, instance } = await wbsOf(host);
    const cleared = Object.fromEntries(
      calendar!.flatMap((_, i) => [
        [`calendar.${i + 1}.date`, ""],
        [`calendar.${i + 1}.kind`, ""],
      ]),
    );
    await host.writeFields(instance, cleared);
    // Monday to Friday only: 10-01, 10-02, 10-05 to 10-09 and 10-12.
    expect(task(await wbsOf(host), "WBS-025").lagDays).toBe(8);
  });

  // The rows the e2e weekly loop selects (24, 25, 28) and the counts the pane shows, for the default status date, the
  // Monday before the holiday, the Monday before New Year, and every day around both holidays.
  const around = (from: string, days: number) => Array.from({ length: days }, (_, i) => formatDate(day(from) + i));
  const statusDates = [
    "2026-11-16",
    "2026-09-28",
    "2026-12-28",
    ...around("2026-09-24", 20),
    ...around("2026-12-26", 12),
  ];

  it.each(["en-US", "zh-CN"] as const)("keeps every status, lag and list on any status date (%s)", async (language) => {
    const reference = await review(await sample(language));
    expect(reference.problems).toEqual([]);
    expect(reference.counts).toEqual({ completed: 10, inProgress: 9, lagging: 9, blocked: 6, notStarted: 6 });
    expect(reference.withoutReason).toEqual([24, 25, 28]);
    expect(reference.blocked).toEqual([29, 30, 31, 32, 33, 34]);
    // Overdue tasks lag by as many working days as they are due before the status date; the others by none.
    const overdue = [3, 2, 1, 1, 2, 4, 0, 0, 0];
    expect(reference.lags).toEqual(overdue.map((lag, i) => [20 + i, lag]));
    const { calendar } = await wbsOf(await sample(language));
    const listed = new Map(calendar!.map(([date, kind]) => [date, ["workday", "班"].includes(String(kind))]));
    const working = (date: Serial) => listed.get(date) ?? weekdayOf(date) < 5;

    for (const iso of language === "en-US" ? statusDates : statusDates.slice(0, 3)) {
      const { sheet, lags, ...rest } = await review(await sample(language, day(iso)));
      const statuses = (rows: typeof sheet) => rows.map(([status]) => status);
      expect({ iso, ...rest, statuses: statuses(sheet) }).toEqual({
        iso,
        ...reference,
        sheet: undefined,
        lags: undefined,
        statuses: statuses(reference.sheet),
      });
      // A day off is not counted in the lag, yet the tasks are dated back from it as from a working day: an overdue
      // task lags one day less (as it did on weekends before the sample had a calendar).
      if (working(day(iso)))
        expect({ iso, sheet, lags }).toEqual({ iso, sheet: reference.sheet, lags: reference.lags });
      else expect({ iso, lags }).toEqual({ iso, lags: overdue.map((lag, i) => [20 + i, Math.max(0, lag - 1)]) });
    }
  });
});
