import { formatDateTime, parseDateTime, type Serial } from "./dates";
import { inputError } from "./errors";
import type { Language } from "./language";
import { isBlank, toFiniteNumber } from "./values";

export type SlaState = "met" | "responseOverdue" | "solutionOverdue" | "open";

export const SLA_LABELS: Record<Language, Record<SlaState, string>> = {
  "en-US": { met: "Met", responseOverdue: "Response overdue", solutionOverdue: "Solution overdue", open: "Open" },
  "zh-CN": { met: "达标", responseOverdue: "响应超时", solutionOverdue: "解决超时", open: "处理中" },
};

export const DEFAULT_RESPONSE_HOURS = 2;
export const DEFAULT_SOLUTION_HOURS = 24;
/** Half a second, in days: times typed to the minute compare equal despite binary rounding. */
const EPSILON_DAYS = 0.5 / 86400;

export interface SlaWindows {
  responseHours: number;
  solutionHours: number;
}

export interface Issue {
  raisedAt: Serial;
  respondedAt: Serial | null;
  resolvedAt: Serial | null;
}

function parseHours(value: unknown, argument: string, fallback: number): number {
  if (isBlank(value)) return fallback;
  const hours = toFiniteNumber(value, argument);
  if (hours === undefined || hours <= 0) throw inputError(argument, "hoursPositive", { value });
  return hours;
}

/** The argument names input errors give for a pair of windows (the issue log's normal windows have their own). */
export interface SlaWindowNames {
  response: string;
  solution: string;
}

const WINDOW_NAMES: SlaWindowNames = { response: "responseHours", solution: "solutionHours" };

export function parseSlaWindows(
  responseHours: unknown,
  solutionHours: unknown,
  names: SlaWindowNames = WINDOW_NAMES,
): SlaWindows {
  const response = parseHours(responseHours, names.response, DEFAULT_RESPONSE_HOURS);
  const solution = parseHours(solutionHours, names.solution, DEFAULT_SOLUTION_HOURS);
  if (solution < response) {
    throw inputError(names.solution, "solutionBeforeResponse", { value: solution, other: String(response) });
  }
  return { responseHours: response, solutionHours: solution };
}

/** Parses the issue's times; null for a row with none of them. Responses and resolutions cannot precede what they answer. */
export function parseIssue(raisedAt: unknown, respondedAt: unknown, resolvedAt: unknown): Issue | null {
  const raised = parseDateTime(raisedAt, "raisedAt");
  const responded = parseDateTime(respondedAt, "respondedAt");
  const resolved = parseDateTime(resolvedAt, "resolvedAt");
  if (raised === null) {
    if (responded === null && resolved === null) return null;
    throw inputError("raisedAt", "required");
  }
  const notBefore = (
    time: Serial | null,
    earliest: Serial,
    argument: string,
    key: "beforeRaised" | "resolvedBeforeResponse",
  ) => {
    if (time !== null && time < earliest - EPSILON_DAYS) {
      throw inputError(argument, key, { value: formatDateTime(time), other: formatDateTime(earliest) });
    }
  };
  notBefore(responded, raised, "respondedAt", "beforeRaised");
  notBefore(resolved, raised, "resolvedAt", "beforeRaised");
  if (responded !== null) notBefore(resolved, responded, "resolvedAt", "resolvedBeforeResponse");
  return { raisedAt: raised, respondedAt: responded, resolvedAt: resolved };
}

/** When the response and the solution are due. */
export function slaDeadlines(issue: Issue, windows: SlaWindows): { responseBy: Serial; solutionBy: Serial } {
  return {
    responseBy: issue.raisedAt + windows.responseHours / 24,
    solutionBy: issue.raisedAt + windows.solutionHours / 24,
  };
}

/**
 * SPEC §4 issue SLA. A resolved issue is judged on its own times (a resolution without a recorded response counts as
 * the response); an open one against the status time, which is then required.
 */
export function slaState(issue: Issue, windows: SlaWindows, statusTime: Serial | null): SlaState {
  const { responseBy, solutionBy } = slaDeadlines(issue, windows);
  const late = (time: Serial, deadline: Serial) => time > deadline + EPSILON_DAYS;
  if (issue.resolvedAt !== null) {
    if (late(issue.resolvedAt, solutionBy)) return "solutionOverdue";
    return late(issue.respondedAt ?? issue.resolvedAt, responseBy) ? "responseOverdue" : "met";
  }
  if (statusTime === null) throw inputError("statusTime", "required");
  if (late(statusTime, solutionBy)) return "solutionOverdue";
  const responseLate = issue.respondedAt !== null ? late(issue.respondedAt, responseBy) : late(statusTime, responseBy);
  return responseLate ? "responseOverdue" : "open";
}

/**
 * Severity (T6): the guide's 2 h / 24 h clock is for major issues; other severities have the windows the team sets for
 * them, or none (SPEC §4) — never the major clock by default.
 */
export type Severity = "major" | "normal";

/** The severity choices as the issue log shows them. */
export const SEVERITY_LABELS: Record<Severity, Record<Language, string>> = {
  major: { "en-US": "Major", "zh-CN": "重大" },
  normal: { "en-US": "Normal", "zh-CN": "一般" },
};

/** What an SLA cell shows for an issue whose severity has no windows. */
export const NO_SLA_LABEL: Record<Language, string> = { "en-US": "No SLA", "zh-CN": "不计时效" };

/** The windows of each severity; `null`: that severity has no SLA. Major always has one (blank = 2 h / 24 h). */
export interface SlaWindowsBySeverity {
  major: SlaWindows;
  normal: SlaWindows | null;
}

/**
 * A severity cell: the id or the label in either language, trimmed, any case (as a spreadsheet compares text);
 * null for blank or anything else, which then has no SLA.
 */
export function severityOf(value: unknown): Severity | null {
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  for (const severity of Object.keys(SEVERITY_LABELS) as Severity[]) {
    const names = [severity, ...Object.values(SEVERITY_LABELS[severity])];
    if (names.some((name) => name.toLowerCase() === text)) return severity;
  }
  return null;
}

/**
 * The windows of a severity other than major: both blank = no SLA (null); both set = those windows, checked as
 * `parseSlaWindows` checks them; one blank = `required` on it, because a blank window must not mean the major default.
 */
export function parseOptionalSlaWindows(
  responseHours: unknown,
  solutionHours: unknown,
  names: SlaWindowNames = WINDOW_NAMES,
): SlaWindows | null {
  const responseBlank = isBlank(responseHours);
  if (responseBlank && isBlank(solutionHours)) return null;
  if (responseBlank) throw inputError(names.response, "required");
  if (isBlank(solutionHours)) throw inputError(names.solution, "required");
  return parseSlaWindows(responseHours, solutionHours, names);
}

/**
 * The major-issue windows agreed in the T2 consensus form (its `responseHours` and `solutionHours` fields; blank =
 * 2 h / 24 h), which a new issue log (T6) starts from. Bad hours are an input error naming the field.
 */
export function slaWindowsFromConsensus(fields: Readonly<Record<string, unknown>>): SlaWindows {
  return parseSlaWindows(fields.responseHours, fields.solutionHours);
}

/**
 * The windows of an issue log (T6 v2 header fields): the major ones (`responseHours`, `solutionHours`; blank = 2 h /
 * 24 h) and the normal ones (`normalResponseHours`, `normalSolutionHours`; both blank = none). Bad hours are an input
 * error naming the field. A v1 log has no normal fields: its normal issues have no SLA.
 */
export function slaWindowsFromIssueLog(fields: Readonly<Record<string, unknown>>): SlaWindowsBySeverity {
  return {
    major: parseSlaWindows(fields.responseHours, fields.solutionHours),
    normal: normalWindows(fields),
  };
}

const normalWindows = (fields: Readonly<Record<string, unknown>>) =>
  parseOptionalSlaWindows(fields.normalResponseHours, fields.normalSolutionHours, {
    response: "normalResponseHours",
    solution: "normalSolutionHours",
  });

/** Where a project's major-issue windows come from. */
export type SlaWindowsSource = "consensus" | "issueLog" | "default";

const hoursSet = (fields: Readonly<Record<string, unknown>> | undefined) =>
  fields !== undefined && (!isBlank(fields.responseHours) || !isBlank(fields.solutionHours));

/**
 * A project's windows by severity (SPEC §4), the one rule Home's loop and the weekly review share: the major ones from
 * the T2 consensus form when it sets them, else from the issue log's (T6) header, else the guide's 2 h / 24 h; the
 * normal ones from T6's normal fields, or none. Bad hours are an input error naming the field.
 */
export function projectSlaWindows(
  consensus: Readonly<Record<string, unknown>> | undefined,
  issueLog: Readonly<Record<string, unknown>> | undefined,
): { windows: SlaWindowsBySeverity; majorSource: SlaWindowsSource } {
  const majorSource = hoursSet(consensus) ? "consensus" : hoursSet(issueLog) ? "issueLog" : "default";
  const major = majorSource === "consensus" ? consensus! : majorSource === "issueLog" ? issueLog! : {};
  const normal = issueLog ? normalWindows(issueLog) : null;
  return { windows: { major: parseSlaWindows(major.responseHours, major.solutionHours), normal }, majorSource };
}

/** The windows that apply to an issue of this severity; null when it has none (blank or unknown severity too). */
export function windowsForSeverity(severity: Severity | null, windows: SlaWindowsBySeverity): SlaWindows | null {
  if (severity === "major") return windows.major;
  if (severity === "normal") return windows.normal;
  return null;
}

/**
 * SPEC §4 issue SLA by severity: `slaState` under the severity's windows, or null (no SLA state) when the severity
 * has none. The status time is required only for an open issue that has a clock.
 */
export function slaStateBySeverity(
  issue: Issue,
  severity: Severity | null,
  windows: SlaWindowsBySeverity,
  statusTime: Serial | null,
): SlaState | null {
  const applying = windowsForSeverity(severity, windows);
  return applying === null ? null : slaState(issue, applying, statusTime);
}
