/**
 * The issue log's SLA for the weekly loop (SPEC §4 "Issue SLA"): each issue's state under its severity's windows, and
 * the open issues past a window, with who must act. The clock is sla.ts's; windows are per severity and a severity
 * without windows has no SLA state — never the major clock by default.
 */
import type { Serial } from "../dates";
import { ConcordInputError } from "../errors";
import { parseIssue, parseSlaWindows, slaDeadlines, type SlaState, type SlaWindows, slaState } from "../sla";
import { type Bilingual, getTemplate, tablesOf } from "../templates";

/** One T6 row as plain data; times are date-time serials. */
export interface IssueRow {
  /** The sheet row index, reported back so the pane can select the row. */
  row: number;
  issueId: string;
  raisedAt: Serial | null;
  respondedAt: Serial | null;
  resolvedAt: Serial | null;
  /** The severity's choice id (`major`, `normal`); its label in either language is read as the id too. */
  severity: string;
  owner: string;
  raisedBy: string;
  description: string;
  measures: string;
}

/**
 * Hours by severity, e.g. `{ major: { response: 2, solution: 24 } }` (from T2 when it sets them); a key may also be
 * the severity's label in either language (`重大`).
 */
export type SeverityWindows = Readonly<Record<string, { response: number; solution: number } | undefined>>;

export interface IssuesAnalysisInput {
  rows: readonly IssueRow[];
  /** Now, as a date-time serial: the clock of open issues. */
  statusTime: Serial;
  windows: SeverityWindows;
}

export interface IssueResult {
  row: number;
  issueId: string;
  /** The severity's id when it is one of T6's choices, else the text as written (trimmed). */
  severity: string;
  /** The severity's label, null when the text is not one of T6's choices. */
  severityLabel: Bilingual | null;
  owner: string;
  raisedBy: string;
  description: string;
  measures: string;
  raisedAt: Serial | null;
  respondedAt: Serial | null;
  resolvedAt: Serial | null;
  /** Not resolved yet. */
  open: boolean;
  /** The severity's windows; null when it has none (then `state` is null too). */
  windows: SlaWindows | null;
  /** Null without windows, without a raised time, or when the times contradict each other (`error`). */
  state: SlaState | null;
  /** Times that contradict each other (a response before the raise, …), as sla.ts reports them. */
  error: ConcordInputError | null;
}

export type SlaWindow = "response" | "solution";

/** An open issue past a window. */
export interface Escalation {
  issue: IssueResult;
  /** The window missed: the solution window once it has passed, else the response window. */
  window: SlaWindow;
  /** Hours past the window, to the minute: until the response for a late response, else until the status time. */
  hoursLate: number;
  /** Who must act: the owner; with no owner, the person who raised it; "" when neither is known. */
  actor: string;
  actorRole: "owner" | "raiser" | "none";
}

export interface IssuesAnalysis {
  statusTime: Serial;
  /** Every row with something typed in it, in input order. */
  issues: IssueResult[];
  open: IssueResult[];
  /** Open issues past a window, in input order. Resolved issues keep their state but need no one to act. */
  escalations: Escalation[];
  /** Issues whose times contradict each other. */
  invalid: IssueResult[];
}

let severities: Map<string, { id: string; label: Bilingual }> | null = null;

/** T6's severity choices by id and by label in either language (lower case). */
function severityChoices(): Map<string, { id: string; label: Bilingual }> {
  if (!severities) {
    const column = tablesOf(getTemplate("T6"))
      .flatMap((t) => t.columns)
      .find((c) => c.id === "severity");
    severities = new Map();
    for (const c of column?.choices ?? []) {
      for (const name of [c.id, ...Object.values(c.label)]) severities.set(name.toLowerCase(), c);
    }
  }
  return severities;
}

const isBlankText = (text: string) => text.trim() === "";

function isTyped(r: IssueRow): boolean {
  const texts = [r.severity, r.owner, r.raisedBy, r.description, r.measures];
  return texts.some((t) => !isBlankText(t)) || [r.raisedAt, r.respondedAt, r.resolvedAt].some((t) => t !== null);
}

/** Serial days → hours, to the minute (serials of typed times are not exact binary fractions). */
const hours = (days: number) => Math.round(days * 1440) / 60;

export function analyseIssues(input: IssuesAnalysisInput): IssuesAnalysis {
  const windowsOf = new Map<string, SlaWindows>();
  for (const [severity, w] of Object.entries(input.windows)) {
    const id = severityChoices().get(severity.trim().toLowerCase())?.id ?? severity.trim();
    if (w) windowsOf.set(id.toLowerCase(), parseSlaWindows(w.response, w.solution));
  }
  const result: IssuesAnalysis = { statusTime: input.statusTime, issues: [], open: [], escalations: [], invalid: [] };
  for (const r of input.rows) {
    if (!isTyped(r)) continue;
    const choice = severityChoices().get(r.severity.trim().toLowerCase());
    const severity = choice?.id ?? r.severity.trim();
    const windows = windowsOf.get(severity.toLowerCase()) ?? null;
    const issue: IssueResult = {
      row: r.row,
      issueId: r.issueId.trim(),
      severity,
      severityLabel: choice?.label ?? null,
      owner: r.owner.trim(),
      raisedBy: r.raisedBy.trim(),
      description: r.description.trim(),
      measures: r.measures.trim(),
      raisedAt: r.raisedAt,
      respondedAt: r.respondedAt,
      resolvedAt: r.resolvedAt,
      open: r.resolvedAt === null,
      windows,
      state: null,
      error: null,
    };
    result.issues.push(issue);
    if (issue.open) result.open.push(issue);
    try {
      const times = parseIssue(r.raisedAt, r.respondedAt, r.resolvedAt);
      if (times && windows) issue.state = slaState(times, windows, input.statusTime);
    } catch (error) {
      if (!(error instanceof ConcordInputError)) throw error;
      issue.error = error;
      result.invalid.push(issue);
    }
    const escalation = issue.open ? escalationOf(issue, input.statusTime) : null;
    if (escalation) result.escalations.push(escalation);
  }
  return result;
}

function escalationOf(issue: IssueResult, statusTime: Serial): Escalation | null {
  if (!issue.windows || issue.raisedAt === null) return null;
  if (issue.state !== "responseOverdue" && issue.state !== "solutionOverdue") return null;
  const { responseBy, solutionBy } = slaDeadlines({ ...issue, raisedAt: issue.raisedAt }, issue.windows);
  const window: SlaWindow = issue.state === "solutionOverdue" ? "solution" : "response";
  const hoursLate =
    window === "solution" ? hours(statusTime - solutionBy) : hours((issue.respondedAt ?? statusTime) - responseBy);
  const [actor, actorRole] =
    issue.owner !== ""
      ? [issue.owner, "owner" as const]
      : issue.raisedBy !== ""
        ? [issue.raisedBy, "raiser" as const]
        : ["", "none" as const];
  return { issue, window, hoursLate, actor, actorRole };
}
