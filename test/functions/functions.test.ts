import { excelFunctions } from "../support/excel-functions";
import { installFakeRuntime, removeFakeRuntime, thrownBy } from "../support/custom-functions-runtime";

const { status, lag, expected, workdays, workday, waitingOn, sla, smart } = excelFunctions;
import { d } from "../support/dates";

beforeAll(installFakeRuntime);
afterAll(removeFakeRuntime);

const CALENDAR = [
  ["2026-10-01", "休"],
  ["2026-10-02", "休"],
  ["2026-10-05", "休"],
  ["2026-10-06", "休"],
  ["2026-10-07", "休"],
  ["2026-10-10", "班"],
  [null, null],
];

describe("CONCORD.STATUS", () => {
  const D = d("2026-11-16");

  it("gives the five statuses in English by default and in Chinese on request", () => {
    const rows: Array<[unknown[], string, string]> = [
      [[d("2026-11-02"), d("2026-11-13"), d("2026-11-12"), 1, null], "Completed", "已完成"],
      [[d("2026-11-02"), d("2026-11-30"), null, 0.5, "需求变更未确认"], "Blocked", "阻塞"],
      [[d("2026-11-02"), d("2026-11-13"), null, 0.8, null], "Lagging", "滞后"],
      [[d("2026-11-02"), d("2026-11-30"), null, 0.5, null], "In progress", "进行中"],
      [[d("2026-11-20"), d("2026-11-30"), null, null, null], "Not started", "未开始"],
    ];
    for (const [[s, e, f, p, b], en, zh] of rows) {
      expect(status(s, e, f, p, b, D, null, null, null, null, null)).toBe(en);
      expect(status(s, e, f, p, b, D, "zh-CN", null, null, null, null)).toBe(zh);
      expect(status(s, e, f, p, b, D, "zh", null, null, null, null)).toBe(zh);
    }
  });

  it('gives "" for a row with no inputs, blank cells arriving as null or ""', () => {
    expect(status(null, null, null, null, null, D, null, null, null, null, null)).toBe("");
    expect(status("", " ", "", "", "", D, "zh-CN", null, null, null, null)).toBe("");
  });

  it("takes ISO text dates and percentage text", () => {
    expect(status("2026-11-02", "2026-11-30", "", "50%", "", "2026-11-16", null, null, null, null, null)).toBe(
      "In progress",
    );
  });

  it("uses the tolerance, calendar and weekend arguments", () => {
    // 10 working days 11-02…11-13; on 11-06 expected 50 %.
    expect(
      status(d("2026-11-02"), d("2026-11-13"), null, 0.35, null, d("2026-11-06"), null, null, null, null, null),
    ).toBe("Lagging");
    expect(
      status(d("2026-11-02"), d("2026-11-13"), null, 0.35, null, d("2026-11-06"), null, 0.2, null, null, null),
    ).toBe("In progress");
    // Over National Day the expected progress is lower, so the same progress is not lagging.
    expect(
      status(d("2026-09-28"), d("2026-10-16"), null, 0.4, null, d("2026-10-09"), null, null, null, null, null),
    ).toBe("Lagging");
    expect(
      status(d("2026-09-28"), d("2026-10-16"), null, 0.4, null, d("2026-10-09"), null, null, CALENDAR, null, null),
    ).toBe("In progress");
    // A Sunday-only weekend makes Saturday a working day.
    expect(workdays(d("2026-11-09"), d("2026-11-15"), null, 11)).toBe(6);
  });

  it.each([
    [["x", d("2026-11-13"), null, null, null, d("2026-11-16")], "start"],
    [[null, "tomorrow", null, null, null, d("2026-11-16")], "due"],
    [[null, d("2026-11-13"), "done", null, null, d("2026-11-16")], "finish"],
    [[null, d("2026-11-13"), null, 1.5, null, d("2026-11-16")], "progress"],
    [[null, d("2026-11-13"), null, "lots", null, d("2026-11-16")], "progress"],
    [[d("2026-11-14"), d("2026-11-13"), null, null, null, d("2026-11-16")], "due"],
    [[null, d("2026-11-13"), null, null, null, null], "statusDate"],
    [[null, d("2026-11-13"), null, null, null, "2026-13-01"], "statusDate"],
  ])("is #VALUE! naming the argument for %p", (args, argument) => {
    const [s, e, f, p, b, D2] = args;
    const error = thrownBy(() => status(s, e, f, p, b, D2, null, null, null, null, null));
    expect(error.code).toBe("#VALUE!");
    expect(error.message.startsWith(`${argument}: `)).toBe(true);
  });

  it("is #VALUE! for a bad language, tolerance, calendar or weekend", () => {
    const call = (language: unknown, tolerance: unknown, calendar: unknown, weekend: unknown) =>
      thrownBy(() =>
        status(null, d("2026-11-13"), null, null, null, D, language, tolerance, calendar as unknown[][], weekend, null),
      );
    expect(call("fr", null, null, null).message).toMatch(
      /^language: "fr" is not a supported language.* \/ language（语言）/,
    );
    expect(call(null, 1.5, null, null).message).toMatch(/^tolerance: /);
    expect(call(null, null, [["2026-10-01", "maybe"]], null).message).toMatch(
      /^calendar: row 1: "maybe" is not a kind/,
    );
    expect(call(null, null, null, "1111111").message).toMatch(/^weekend: /);
    expect(call("zh-CN", null, null, 9).message).toMatch(/^weekend（周末）：9 不是周末模式/);
  });

  it("takes the predecessors it waits on as the 11th argument: Blocked from the start date, at once with no start", () => {
    const start = d("2026-11-16");
    const call = (s: unknown, on: number, waiting: unknown, language: unknown = null) =>
      status(s, d("2026-11-30"), null, 0.1, null, on, language, null, null, null, waiting);
    expect(call(start, d("2026-11-16"), "WBS-001, WBS-003")).toBe("Blocked");
    expect(call(start, d("2026-11-16"), "WBS-001", "zh-CN")).toBe("阻塞");
    expect(call(start, d("2026-11-13"), "WBS-001")).toBe("In progress"); // progress 10 %, not started yet
    expect(call(null, d("2026-11-02"), "WBS-001")).toBe("Blocked");
    for (const none of [null, "", " ", false]) expect(call(start, d("2026-11-16"), none)).toBe("In progress");
    // Completed wins; a typed blocker is Blocked anyway.
    expect(status(start, d("2026-11-30"), d("2026-11-20"), null, null, D, null, null, null, null, "WBS-001")).toBe(
      "Completed",
    );
    expect(status(start, d("2026-11-30"), null, null, "法务审核中", D, null, null, null, null, "WBS-001")).toBe(
      "Blocked",
    );
  });

  it("is Completed at 100 % as Excel displays it, even when arithmetic left it a hair off", () => {
    for (const progress of [0.7 + 0.2 + 0.1, 1 + 2 ** -52]) {
      expect(status(d("2026-11-02"), d("2026-11-30"), null, progress, null, D, null, null, null, null, null)).toBe(
        "Completed",
      );
    }
    // 0.3−0.1−0.2 is −2.8e−17: 0 %, behind schedule, not "#VALUE! outside 0%–100%".
    expect(status(d("2026-11-02"), d("2026-11-30"), null, 0.3 - 0.1 - 0.2, null, D, null, null, null, null, null)).toBe(
      "Lagging",
    );
  });

  it("is Completed, with no lag, when the actual finish is before the planned start (an early finish)", () => {
    const [start, due, finish] = [d("2026-11-16"), d("2026-11-20"), d("2026-11-11")];
    expect(status(start, due, finish, null, null, d("2026-11-12"), "zh-CN", null, null, null, null)).toBe("已完成");
    expect(lag(due, finish, d("2026-12-01"), null, null)).toBe(0);
  });

  it("reports bad input in the chosen language", () => {
    const error = thrownBy(() => status(null, "明天", null, null, null, D, "zh-CN", null, null, null, null));
    expect(error.message).toBe('due（截止日期）："明天" 不是日期：请填写日期或 yyyy-mm-dd 文本');
  });
});

describe("CONCORD.LAG", () => {
  it("follows the SPEC example", () => {
    expect(lag(d("2026-11-13"), null, d("2026-11-16"), null, null)).toBe(1);
    expect(lag(d("2026-11-13"), null, d("2026-11-15"), null, null)).toBe(0);
  });
  it('gives "" when due is blank and uses the finish date when there is one', () => {
    expect(lag(null, null, d("2026-11-16"), null, null)).toBe("");
    expect(lag(d("2026-11-13"), d("2026-11-17"), null, null, null)).toBe(2);
  });
  it("skips holidays and counts make-up workdays", () => {
    expect(lag(d("2026-09-30"), null, d("2026-10-10"), CALENDAR, null)).toBe(3);
    expect(lag(d("2026-09-30"), null, d("2026-10-10"), null, null)).toBe(7);
  });
  it("needs a status date for an open task, and answers bad input in both languages", () => {
    const error = thrownBy(() => lag(d("2026-11-13"), null, null, null, null));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("statusDate: is required / statusDate（状态日期）：不能为空");
  });
});

describe("CONCORD.EXPECTED", () => {
  it("is the share of working days elapsed", () => {
    expect(expected(d("2026-11-02"), d("2026-11-13"), d("2026-11-06"), null, null)).toBe(0.5);
    expect(expected(d("2026-11-02"), d("2026-11-13"), d("2026-10-06"), null, null)).toBe(0);
    expect(expected(d("2026-11-02"), d("2026-11-13"), d("2026-12-06"), null, null)).toBe(1);
    expect(expected(null, d("2026-11-13"), d("2026-12-06"), null, null)).toBe("");
  });
  it("rejects a due date before the start", () => {
    expect(thrownBy(() => expected(d("2026-11-13"), d("2026-11-02"), d("2026-11-06"), null, null)).message).toMatch(
      /^due: /,
    );
  });
});

describe("CONCORD.WORKDAYS and CONCORD.WORKDAY", () => {
  it("count and step like NETWORKDAYS.INTL / WORKDAY.INTL, with make-up days", () => {
    expect(workdays(d("2026-09-28"), d("2026-10-11"), CALENDAR, null)).toBe(6);
    expect(workdays(d("2026-10-11"), d("2026-09-28"), CALENDAR, null)).toBe(-6);
    expect(workday(d("2026-09-30"), 2, CALENDAR, null)).toBe(d("2026-10-09"));
    expect(workday(d("2026-10-09"), 1, CALENDAR, null)).toBe(d("2026-10-10"));
    expect(workday(d("2026-10-09"), -1, CALENDAR, null)).toBe(d("2026-10-08"));
    expect(workday(d("2026-10-08"), -1, CALENDAR, null)).toBe(d("2026-09-30"));
    expect(workday("2026-11-13", 0, null, null)).toBe(d("2026-11-13"));
    expect(workday(d("2026-11-13"), 1.9, null, "0000011")).toBe(d("2026-11-16"));
  });
  it("require their dates and a number of days", () => {
    expect(thrownBy(() => workdays(null, d("2026-11-13"), null, null)).message).toMatch(/^start: is required/);
    expect(thrownBy(() => workdays(d("2026-11-13"), "x", null, null)).message).toMatch(/^end: /);
    expect(thrownBy(() => workday(d("2026-11-13"), "a week", null, null)).message).toMatch(
      /^days: "a week" is not a number/,
    );
    expect(thrownBy(() => workday(d("9999-12-30"), 5, null, null)).message).toMatch(/^days: the result falls outside/);
    expect(thrownBy(() => workday(d("2026-11-13"), 1e12, null, null)).code).toBe("#VALUE!");
  });
});

describe("CONCORD.WAITINGON", () => {
  const ids = [["WBS-001"], ["WBS-002"], ["WBS-003"]];
  const finishes = [[d("2026-11-10")], [null], [null]];
  const progresses = [[1], [0.4], [1]];
  it("lists unfinished predecessors as written, joined by comma", () => {
    expect(waitingOn("WBS-001，WBS-002; WBS-003", ids, finishes, progresses, null)).toBe("WBS-002");
    expect(waitingOn("wbs-002 WBS-001", ids, [[null], [null], [null]], [[0], [0], [0]], null)).toBe("wbs-002, WBS-001");
    expect(waitingOn(null, ids, finishes, progresses, null)).toBe("");
  });
  it("is #VALUE! naming the cycle, in both languages, when given the whole predecessors column", () => {
    const open = [[null], [null], [null]];
    const all = [["WBS-002"], ["WBS-001"], ["WBS-003"]];
    const two = thrownBy(() => waitingOn("WBS-002", ids, open, open, all));
    expect(two.code).toBe("#VALUE!");
    expect(two.message).toBe(
      "predecessors: WBS-002 → WBS-001 → WBS-002 is a cycle / predecessors（前置任务）：WBS-002 → WBS-001 → WBS-002 构成循环依赖",
    );
    expect(thrownBy(() => waitingOn("WBS-003", ids, open, open, all)).message).toMatch(
      /^predecessors: WBS-003 → WBS-003 is a cycle \//,
    );
    expect(waitingOn("WBS-003", ids, open, open, null)).toBe("WBS-003"); // without the column: no cycle check
    expect(thrownBy(() => waitingOn("WBS-001", ids, open, open, [["WBS-002"]])).message).toMatch(
      /^allPredecessors: has 1 cells but ids has 3/,
    );
  });

  it("is #N/A for an unknown predecessor and #VALUE! for mismatched ranges", () => {
    const na = thrownBy(() => waitingOn("WBS-004", ids, finishes, progresses, null));
    expect(na.code).toBe("#N/A");
    expect(na.message).toMatch(/^predecessors: "WBS-004" is not a task id in ids/);
    expect(thrownBy(() => waitingOn("WBS-001", ids, finishes, [[1]], null)).message).toMatch(
      /^progresses: has 1 cells but ids has 3/,
    );
  });
});

describe("numbers too large for Excel (text such as 1e400)", () => {
  const raised = d("2026-11-20") + 9 / 24;
  it.each([
    ["responseHours", () => sla(raised, null, null, raised + 1, "zh-CN", "1e400", null)],
    ["solutionHours", () => sla(raised, null, null, raised + 1, null, null, "1e400")],
    [
      "progress",
      () => status(null, d("2026-11-30"), null, "1e400%", null, d("2026-11-16"), null, null, null, null, null),
    ],
    [
      "tolerance",
      () => status(null, d("2026-11-30"), null, null, null, d("2026-11-16"), null, "-1e400", null, null, null),
    ],
    ["days", () => workday(d("2026-11-16"), "1e400", null, null)],
  ])("are #VALUE! naming %s", (argument, call) => {
    const error = thrownBy(call);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(new RegExp(`^${argument}(: |（[^）]+）：)"-?1e400%?" (is too large|太大)`));
  });
});

describe("CONCORD.SLA", () => {
  const raised = d("2026-11-20") + 9 / 24;
  it("gives the four states in both languages", () => {
    expect(sla(raised, raised + 1 / 24, raised + 20 / 24, null, null, null, null)).toBe("Met");
    expect(sla(raised, raised + 3 / 24, raised + 20 / 24, null, "zh-CN", null, null)).toBe("响应超时");
    expect(sla(raised, null, raised + 25 / 24, null, "zh-CN", null, null)).toBe("解决超时");
    expect(sla(raised, raised + 1 / 24, null, raised + 5 / 24, "zh-CN", null, null)).toBe("处理中");
    expect(sla(raised, null, null, raised + 1 / 24, "en", null, null)).toBe("Open");
    expect(sla(null, null, null, raised, null, null, null)).toBe("");
  });
  it("uses custom windows", () => {
    expect(sla(raised, raised + 3 / 24, null, raised + 30 / 24, null, 4, 48)).toBe("Open");
  });
  it("is #VALUE! for hours ≤ 0, a bad time, or a missing status time", () => {
    expect(thrownBy(() => sla(raised, null, null, raised, null, 0, null)).message).toMatch(/^responseHours: 0 must be/);
    expect(thrownBy(() => sla(raised, null, null, raised, "zh-CN", null, -3)).message).toMatch(
      /^solutionHours（解决时限）：/,
    );
    expect(thrownBy(() => sla("noon", null, null, raised, null, null, null)).message).toMatch(
      /^raisedAt: "noon" is not a date-time/,
    );
    expect(thrownBy(() => sla(raised, null, null, null, null, null, null)).message).toMatch(/^statusTime: is required/);
  });
});

describe("CONCORD.SMART", () => {
  it("advises in the chosen language", () => {
    expect(smart("提升客户满意度", "zh-CN")).toMatch(/^缺少可衡量的目标.*和截止时间/);
    expect(smart("满意度评分从85分提升至90分", "zh-CN")).toBe("缺少截止时间（日期，如“2026年12月31日前”）");
    expect(smart("Raise NPS from 30 to 40 by Q4 2026", null)).toBe("");
    expect(smart("", null)).toBe("");
    expect(thrownBy(() => smart("x", "de")).message).toMatch(/^language: /);
  });
});

describe("outside Excel", () => {
  it("throws an error with the same code and message when the runtime is absent", () => {
    removeFakeRuntime();
    try {
      expect(() => lag("x", null, null, null, null)).toThrow(
        expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/^due: /) }),
      );
    } finally {
      installFakeRuntime();
    }
  });
});
