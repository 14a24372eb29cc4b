import {
  projectSlaWindows,
  parseIssue,
  parseOptionalSlaWindows,
  parseSlaWindows,
  severityOf,
  slaDeadlines,
  slaState,
  slaStateBySeverity,
  slaWindowsFromConsensus,
  slaWindowsFromIssueLog,
  describeInputError,
  type SlaWindows,
  type SlaWindowsBySeverity,
  windowsForSeverity,
} from "../../src/core";
import { d, inputErrorOf } from "../support/dates";

const at = (iso: string, time = "00:00") => {
  const [h, m] = time.split(":").map(Number);
  return d(iso) + (h * 60 + m) / 1440;
};
const DEFAULTS: SlaWindows = { responseHours: 2, solutionHours: 24 };
const raised = at("2026-11-20", "09:00");
const state = (responded: number | null, resolved: number | null, now: number | null = null, windows = DEFAULTS) =>
  slaState({ raisedAt: raised, respondedAt: responded, resolvedAt: resolved }, windows, now);

describe("issue SLA (SPEC §4)", () => {
  describe("a resolved issue", () => {
    it("is Met when answered within 2 h and solved within 24 h", () => {
      expect(state(at("2026-11-20", "10:30"), at("2026-11-21", "08:00"))).toBe("met");
      expect(state(at("2026-11-20", "11:00"), at("2026-11-21", "09:00"))).toBe("met"); // both exactly on the limit
    });
    it("is Solution overdue when solved after 24 h, whatever the response", () => {
      expect(state(at("2026-11-20", "09:10"), at("2026-11-21", "09:01"))).toBe("solutionOverdue");
    });
    it("is Response overdue when answered after 2 h but solved in time", () => {
      expect(state(at("2026-11-20", "11:01"), at("2026-11-20", "18:00"))).toBe("responseOverdue");
    });
    it("counts a resolution without a recorded response as the response", () => {
      expect(state(null, at("2026-11-20", "10:00"))).toBe("met");
      expect(state(null, at("2026-11-20", "12:00"))).toBe("responseOverdue");
    });
    it("needs no status time", () => {
      expect(state(null, at("2026-11-20", "10:00"), null)).toBe("met");
    });
  });

  describe("an open issue", () => {
    it("is Open within the windows", () => {
      expect(state(null, null, at("2026-11-20", "10:59"))).toBe("open");
      expect(state(at("2026-11-20", "09:30"), null, at("2026-11-21", "08:00"))).toBe("open");
    });
    it("is Response overdue once 2 h pass without a response, or when the response came late", () => {
      expect(state(null, null, at("2026-11-20", "11:01"))).toBe("responseOverdue");
      expect(state(at("2026-11-20", "12:00"), null, at("2026-11-20", "13:00"))).toBe("responseOverdue");
    });
    it("is Solution overdue once the status time passes 24 h", () => {
      expect(state(at("2026-11-20", "09:30"), null, at("2026-11-21", "09:01"))).toBe("solutionOverdue");
    });
    it("requires a status time", () => {
      expect(inputErrorOf(() => state(null, null, null)).argument).toBe("statusTime");
    });
  });

  it("uses custom windows", () => {
    const windows = parseSlaWindows(4, 48);
    expect(state(at("2026-11-20", "12:00"), at("2026-11-22", "08:00"), null, windows)).toBe("met");
    expect(slaDeadlines({ raisedAt: raised, respondedAt: null, resolvedAt: null }, windows).responseBy).toBeCloseTo(
      at("2026-11-20", "13:00"),
      9,
    );
  });
});

describe("SLA inputs", () => {
  it("defaults to 2 h and 24 h", () => {
    expect(parseSlaWindows(null, "")).toEqual(DEFAULTS);
  });
  it.each([0, -1, "soon"])("rejects %p hours", (hours) => {
    expect(inputErrorOf(() => parseSlaWindows(hours, null))).toMatchObject({
      argument: "responseHours",
      key: "hoursPositive",
    });
    expect(inputErrorOf(() => parseSlaWindows(null, hours))).toMatchObject({
      argument: "solutionHours",
      key: "hoursPositive",
    });
  });
  it("rejects windows too large to be numbers (1e400 would be Infinity: an issue Open for ever)", () => {
    for (const hours of ["1e400", " 2E+999 ", Infinity, NaN]) {
      expect(inputErrorOf(() => parseSlaWindows(hours, null))).toMatchObject({
        argument: "responseHours",
        key: "notFinite",
      });
      expect(inputErrorOf(() => parseSlaWindows(null, hours))).toMatchObject({
        argument: "solutionHours",
        key: "notFinite",
      });
    }
  });

  it("rejects a solution window shorter than the response window", () => {
    expect(inputErrorOf(() => parseSlaWindows(8, 4)).key).toBe("solutionBeforeResponse");
  });
  it("gives null for an empty row and requires the raised time otherwise", () => {
    expect(parseIssue(null, "", undefined)).toBeNull();
    expect(inputErrorOf(() => parseIssue(null, raised, null)).argument).toBe("raisedAt");
  });
  it("rejects responses and resolutions before the issue was raised, and a resolution before the response", () => {
    expect(inputErrorOf(() => parseIssue(raised, raised - 0.1, null)).argument).toBe("respondedAt");
    expect(inputErrorOf(() => parseIssue(raised, null, raised - 0.1)).argument).toBe("resolvedAt");
    expect(inputErrorOf(() => parseIssue(raised, raised + 0.2, raised + 0.1)).key).toBe("resolvedBeforeResponse");
  });
  it("accepts ISO date-time text", () => {
    expect(parseIssue("2026-11-20 09:00", "2026-11-20T10:00", null)?.respondedAt).toBeCloseTo(
      at("2026-11-20", "10:00"),
      9,
    );
  });
});

describe("SLA by severity (SPEC §4: the 2 h / 24 h clock is for major issues)", () => {
  const open = (responded: number | null = null) => ({ raisedAt: raised, respondedAt: responded, resolvedAt: null });
  const noon = at("2026-11-20", "12:00");
  const withNormal: SlaWindowsBySeverity = { major: DEFAULTS, normal: { responseHours: 4, solutionHours: 48 } };
  const majorOnly: SlaWindowsBySeverity = { major: DEFAULTS, normal: null };

  it("reads the severity from its id or either language's label, trimmed and in any case", () => {
    expect(["major", " Major ", "MAJOR", "重大"].map(severityOf)).toEqual(["major", "major", "major", "major"]);
    expect(["normal", "Normal", " 一般"].map(severityOf)).toEqual(["normal", "normal", "normal"]);
    expect([null, "", "Critical", 1, "majors"].map(severityOf)).toEqual([null, null, null, null, null]);
  });

  it("judges a major issue by the major windows: 3 h without a response is Response overdue", () => {
    expect(slaStateBySeverity(open(), "major", withNormal, noon)).toBe("responseOverdue");
    expect(slaStateBySeverity(open(), "major", majorOnly, noon)).toBe("responseOverdue");
  });

  it("judges a normal issue by the normal windows: 3 h is within 4 h (Open), 5 h is not", () => {
    expect(slaStateBySeverity(open(), "normal", withNormal, noon)).toBe("open");
    expect(slaStateBySeverity(open(), "normal", withNormal, at("2026-11-20", "14:00"))).toBe("responseOverdue");
    expect(slaStateBySeverity(open(), "normal", withNormal, at("2026-11-22", "09:01"))).toBe("solutionOverdue");
  });

  it("gives no SLA state (null) to a normal issue without windows, and to a blank or unknown severity", () => {
    // Three days open: the major clock would say Solution overdue; no clock applies.
    const late = at("2026-11-23", "09:00");
    expect(slaStateBySeverity(open(), "normal", majorOnly, late)).toBeNull();
    expect(slaStateBySeverity(open(), null, withNormal, late)).toBeNull();
    expect(windowsForSeverity(null, withNormal)).toBeNull();
    expect(windowsForSeverity("normal", majorOnly)).toBeNull();
    expect(windowsForSeverity("major", majorOnly)).toBe(DEFAULTS);
  });

  it("needs a status time only for an open issue that has a clock", () => {
    expect(slaStateBySeverity(open(), "normal", majorOnly, null)).toBeNull();
    expect(inputErrorOf(() => slaStateBySeverity(open(), "normal", withNormal, null)).argument).toBe("statusTime");
  });

  describe("a severity's optional windows", () => {
    it("are none when both are blank, and checked like the major ones when both are set", () => {
      expect(parseOptionalSlaWindows(null, " ")).toBeNull();
      expect(parseOptionalSlaWindows("8", 72)).toEqual({ responseHours: 8, solutionHours: 72 });
      expect(inputErrorOf(() => parseOptionalSlaWindows(8, 4)).key).toBe("solutionBeforeResponse");
      expect(inputErrorOf(() => parseOptionalSlaWindows(0, 4)).key).toBe("hoursPositive");
    });
    it("are an error when only one is set: a blank window never means the major default", () => {
      expect(inputErrorOf(() => parseOptionalSlaWindows(8, null))).toMatchObject({
        argument: "solutionHours",
        key: "required",
      });
      expect(inputErrorOf(() => parseOptionalSlaWindows("", 48))).toMatchObject({
        argument: "responseHours",
        key: "required",
      });
    });
  });

  describe("the windows of an issue log (T6 header)", () => {
    it("are the major cells (blank = 2 h / 24 h) and the normal cells (both blank = none)", () => {
      expect(slaWindowsFromIssueLog({ responseHours: 1, solutionHours: 12 })).toEqual({
        major: { responseHours: 1, solutionHours: 12 },
        normal: null,
      });
      expect(slaWindowsFromIssueLog({ normalResponseHours: 8, normalSolutionHours: 72 })).toEqual({
        major: DEFAULTS,
        normal: { responseHours: 8, solutionHours: 72 },
      });
    });
    it("name the normal cell that is wrong, in both languages", () => {
      const error = inputErrorOf(() => slaWindowsFromIssueLog({ normalResponseHours: 8 }));
      expect(error).toMatchObject({ argument: "normalSolutionHours", key: "required" });
      expect(describeInputError(error, "zh-CN")).toBe("normalSolutionHours（一般问题解决时限）：不能为空");
      expect(
        inputErrorOf(() => slaWindowsFromIssueLog({ normalResponseHours: 8, normalSolutionHours: 4 })),
      ).toMatchObject({ argument: "normalSolutionHours", key: "solutionBeforeResponse" });
      expect(inputErrorOf(() => slaWindowsFromIssueLog({ solutionHours: -1 })).argument).toBe("solutionHours");
    });
  });

  describe("the major windows from the T2 consensus form", () => {
    it("are its response and solution hours", () => {
      expect(slaWindowsFromConsensus({ responseHours: 1, solutionHours: 12, date: 46000 })).toEqual({
        responseHours: 1,
        solutionHours: 12,
      });
    });
    it("are 2 h and 24 h where the form leaves them blank", () => {
      expect(slaWindowsFromConsensus({})).toEqual(DEFAULTS);
      expect(slaWindowsFromConsensus({ responseHours: 4, solutionHours: "" })).toEqual({
        responseHours: 4,
        solutionHours: 24,
      });
    });
    it("name the bad field", () => {
      expect(inputErrorOf(() => slaWindowsFromConsensus({ responseHours: "soon" })).argument).toBe("responseHours");
    });
  });
});

describe("a project's windows (T2, else the issue log, else 2 h / 24 h)", () => {
  test("major from T2 when it sets them, else from the log's header, else the default; normal from the log", () => {
    const log = { responseHours: 3, solutionHours: 30, normalResponseHours: 8, normalSolutionHours: 72 };
    expect(projectSlaWindows({ responseHours: 1, solutionHours: 4 }, log)).toEqual({
      windows: { major: { responseHours: 1, solutionHours: 4 }, normal: { responseHours: 8, solutionHours: 72 } },
      majorSource: "consensus",
    });
    expect(projectSlaWindows({ responseHours: "", solutionHours: null }, log)).toEqual({
      windows: { major: { responseHours: 3, solutionHours: 30 }, normal: { responseHours: 8, solutionHours: 72 } },
      majorSource: "issueLog",
    });
    expect(projectSlaWindows(undefined, undefined)).toEqual({
      windows: { major: { responseHours: 2, solutionHours: 24 }, normal: null },
      majorSource: "default",
    });
    // One hour set in T2 makes T2 the source; its other window is the default.
    expect(projectSlaWindows({ solutionHours: 12 }, log).windows.major).toEqual({
      responseHours: 2,
      solutionHours: 12,
    });
  });

  test("bad hours are an input error naming the field, in T2 or in the log's normal windows", () => {
    expect(inputErrorOf(() => projectSlaWindows({ responseHours: -1 }, undefined))).toMatchObject({
      argument: "responseHours",
    });
    expect(inputErrorOf(() => projectSlaWindows(undefined, { normalResponseHours: 8 }))).toMatchObject({
      argument: "normalSolutionHours",
    });
  });
});
