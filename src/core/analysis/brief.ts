/**
 * The weekly progress brief (进度简报, SPEC §2 step 6): what every weekly meeting receives, built from the WBS and
 * issue analyses as language-resolved tables, so that each rendering (HTML, plain text, a sheet: src/render/brief)
 * only lays them out. Every row carries the task or issue id and its sheet row.
 */
import { formatDate, type Serial } from "../dates";
import type { Language } from "../language";
import { describeInputError } from "../messages";
import { SLA_LABELS } from "../sla";
import { blockedReason, STATUS_LABELS, type TaskStatus } from "../status";
import { BRIEF_TEXT as T, say } from "./brief-text";
import type { Escalation, IssueResult, IssuesAnalysis } from "./issues";
import type { TaskResult, WbsAnalysis } from "./wbs";

/** How a column's values are shown: dates as yyyy-mm-dd, fractions as percentages, the rest as they are. */
export type BriefColumnKind = "id" | "text" | "longText" | "number" | "percent" | "date" | "dateTime";

export interface BriefColumn {
  label: string;
  kind: BriefColumnKind;
  /** The column shows task status or SLA labels (in the brief's language): renderings may colour them. */
  labels?: "status" | "sla";
}

/** A date or date-time column holds serials, a percent column fractions; null is an empty cell. */
export type BriefCell = string | number | null;

export interface BriefRef {
  kind: "task" | "issue";
  id: string;
  /** The sheet row the caller passed in. */
  row: number;
}

export interface BriefRow {
  /** The task or issue the row is about; null for the WBS as a whole (stale) and for counts. */
  ref: BriefRef | null;
  cells: BriefCell[];
}

export type BriefSectionId = "status" | "departments" | "finished" | "lagging" | "blocked" | "issues" | "decisions";

export interface BriefSection {
  id: BriefSectionId;
  title: string;
  columns: BriefColumn[];
  rows: BriefRow[];
  /** Shown instead of an empty table. */
  empty: string;
}

export interface BriefOptions {
  statusDate: Serial;
  projectName: string;
  language: Language;
}

export interface WeeklyBrief {
  language: Language;
  title: string;
  projectName: string;
  statusDate: Serial;
  /** Label / value lines under the title: project, status date, tasks completed, mean progress, WBS update. */
  facts: Array<{ label: string; value: string }>;
  total: number;
  completed: number;
  /** Mean over tasks of their % complete, a completed task counting as 100 % and a blank one as 0 %; 0 for no task. */
  meanProgress: number;
  sections: BriefSection[];
}

/** The order statuses are listed in (as the WBS dashboard lists them). */
const STATUS_ORDER: readonly TaskStatus[] = ["completed", "inProgress", "lagging", "blocked", "notStarted"];

/** "Finished this week": a finish date within the 7 calendar days ending on the status date. */
export const WEEK_DAYS = 7;

const taskRef = (t: TaskResult): BriefRef => ({ kind: "task", id: t.taskId, row: t.row });
const issueRef = (i: IssueResult): BriefRef => ({ kind: "issue", id: i.issueId, row: i.row });

export function weeklyBrief(wbs: WbsAnalysis, issues: IssuesAnalysis | null, options: BriefOptions): WeeklyBrief {
  const { language, statusDate } = options;
  const l = (text: (typeof T)[keyof typeof T]) => text[language];
  const column = (label: (typeof T)[keyof typeof T], kind: BriefColumnKind): BriefColumn => ({ label: l(label), kind });
  const total = wbs.tasks.length;
  const completed = wbs.counts.completed;
  let progressSum = 0;
  for (const t of wbs.tasks) progressSum += t.status === "completed" ? 1 : (t.progress ?? 0);
  const meanProgress = total === 0 ? 0 : progressSum / total;
  const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
  const section = (id: BriefSectionId, title: string, columns: BriefColumn[], rows: BriefRow[]): BriefSection => ({
    id,
    title,
    columns,
    rows,
    empty: l(T.none),
  });
  const taskColumns = [column(T.taskId, "id"), column(T.taskName, "text"), column(T.department, "text")];
  const taskCells = (t: TaskResult): BriefCell[] => [t.taskId, t.taskName, t.department];
  const statusLabels = STATUS_LABELS[language];

  const sections: BriefSection[] = [
    section(
      "status",
      l(T.progressTitle),
      [{ ...column(T.status, "text"), labels: "status" }, column(T.tasks, "number"), column(T.share, "percent")],
      STATUS_ORDER.map((s) => ({
        ref: null,
        cells: [statusLabels[s], wbs.counts[s], total === 0 ? null : wbs.counts[s] / total],
      })),
    ),
    section(
      "departments",
      l(T.byDepartment),
      [
        column(T.department, "text"),
        ...STATUS_ORDER.map((s) => ({ label: statusLabels[s], kind: "number" as const })),
        column(T.total, "number"),
      ],
      wbs.byDepartment.map((d) => ({
        ref: null,
        cells: [d.department || l(T.noDepartment), ...STATUS_ORDER.map((s) => d.counts[s]), d.total],
      })),
    ),
    section(
      "finished",
      say(T.finished, language, { from: formatDate(statusDate - WEEK_DAYS + 1), to: formatDate(statusDate) }),
      [...taskColumns, column(T.owner, "text"), column(T.finishedOn, "date"), column(T.due, "date")],
      wbs.tasks
        .filter((t) => t.finish !== null && t.finish > statusDate - WEEK_DAYS && t.finish <= statusDate)
        .map((t) => ({ ref: taskRef(t), cells: [...taskCells(t), t.owner, t.finish, t.due] })),
    ),
    section(
      "lagging",
      l(T.lagging),
      [
        ...taskColumns,
        column(T.owner, "text"),
        column(T.due, "date"),
        column(T.lag, "number"),
        column(T.progress, "percent"),
        column(T.lagReason, "longText"),
        column(T.measures, "longText"),
        column(T.measuresDue, "date"),
      ],
      wbs.lagging.map((t) => ({
        ref: taskRef(t),
        cells: [...taskCells(t), t.owner, t.due, t.lag, t.progress, t.lagReason, t.measures, t.measuresDue],
      })),
    ),
    section(
      "blocked",
      l(T.blocked),
      [...taskColumns, column(T.owner, "text"), column(T.blockedBy, "longText")],
      wbs.blocked.map((t) => ({ ref: taskRef(t), cells: [...taskCells(t), t.owner, blockedBy(t, language)] })),
    ),
    section(
      "issues",
      l(T.issues),
      [
        column(T.issueId, "id"),
        column(T.severity, "text"),
        column(T.owner, "text"),
        column(T.raisedAt, "dateTime"),
        { ...column(T.sla, "text"), labels: "sla" },
        column(T.description, "longText"),
        column(T.measures, "longText"),
      ],
      (issues?.open ?? []).map((i) => ({
        ref: issueRef(i),
        cells: [
          i.issueId,
          i.severityLabel?.[language] ?? i.severity,
          i.owner,
          i.raisedAt,
          i.state ? SLA_LABELS[language][i.state] : l(T.noSla),
          i.description,
          i.measures,
        ],
      })),
    ),
    section(
      "decisions",
      l(T.decisions),
      [column(T.item, "id"), column(T.decision, "longText")],
      decisions(wbs, issues, language),
    ),
  ];

  const updated =
    wbs.updateAge === null
      ? l(T.notUpdated)
      : say(T.updatedValue, language, { date: formatDate(statusDate - wbs.updateAge), days: wbs.updateAge });
  return {
    language,
    title: l(T.title),
    projectName: options.projectName.trim(),
    statusDate,
    facts: [
      { label: l(T.project), value: options.projectName.trim() },
      { label: l(T.statusDate), value: formatDate(statusDate) },
      { label: l(T.completedOfTotal), value: say(T.completedValue, language, { completed, total }) },
      { label: l(T.meanProgress), value: percent(meanProgress) },
      { label: l(T.wbsUpdated), value: updated },
    ],
    total,
    completed,
    meanProgress,
    sections,
  };
}

function blockedBy(t: TaskResult, language: Language): string {
  const task = { start: null, due: t.due, finish: t.finish, progress: t.progress, blocker: t.blocker };
  return blockedReason(
    { ...task, waitingOn: t.waitingOn },
    { status: t.status, rule: t.rule, expected: null },
    language,
  );
}

/** A task as named in a decision line: "WBS-003 Design review" (the id alone when the name is blank). */
const named = (t: TaskResult) => (t.taskName ? `${t.taskId} ${t.taskName}` : t.taskId);

/**
 * What the meeting must decide, one self-contained sentence each (naming its task or issue), in this order: tasks blocked by a blocker text, tasks lagging more than 24 hours
 * without response measures, open issues past a window, issues with contradictory times, a stale WBS, dependency
 * cycles, unknown predecessor ids, repeated task ids.
 */
function decisions(wbs: WbsAnalysis, issues: IssuesAnalysis | null, language: Language): BriefRow[] {
  const rows: BriefRow[] = [];
  const add = (ref: BriefRef | null, text: string) => rows.push({ ref, cells: [ref?.id ?? "", text] });
  for (const t of wbs.blocked) {
    if (t.rule === "blocker")
      add(taskRef(t), say(T.blockedByBlocker, language, { name: named(t), blocker: t.blocker }));
  }
  for (const { task, problem } of wbs.withoutMeasures) {
    const text =
      problem === "missing"
        ? say(T.measuresMissing, language, { name: named(task) })
        : say(T.measuresOverdue, language, { name: named(task), date: formatDate(task.measuresDue!) });
    add(taskRef(task), text);
  }
  for (const e of issues?.escalations ?? []) add(issueRef(e.issue), escalationText(e, language));
  for (const i of issues?.invalid ?? []) {
    const problem = describeInputError(i.error!, language);
    add(issueRef(i), say(T.issueTimes, language, { id: i.issueId, problem }));
  }
  if (wbs.staleWbs) {
    add(
      null,
      wbs.updateAge === null
        ? T.blankUpdate[language]
        : say(T.staleWbs, language, { days: wbs.updateAge, date: formatDate(wbs.statusDate - wbs.updateAge) }),
    );
  }
  const list = (ids: string[]) => ids.join(language === "zh-CN" ? "、" : ", ");
  for (const c of wbs.cycles) {
    const ref: BriefRef = { kind: "task", id: c.ids[0], row: c.rows[0] };
    add(
      ref,
      c.ids.length === 1 ? say(T.selfCycle, language, { id: c.ids[0] }) : say(T.cycle, language, { ids: list(c.ids) }),
    );
  }
  for (const u of wbs.unknownPredecessors) {
    add({ kind: "task", id: u.taskId, row: u.row }, say(T.unknownId, language, { task: u.taskId, id: u.id }));
  }
  for (const d of wbs.duplicateIds) {
    add({ kind: "task", id: d.id, row: d.rows[0] }, say(T.duplicateId, language, { id: d.id, count: d.rows.length }));
  }
  return rows;
}

function escalationText(e: Escalation, language: Language): string {
  const who = { owner: T.ownerActs, raiser: T.raiserActs, none: T.nobody }[e.actorRole];
  return say(T.issueLate, language, {
    id: e.issue.issueId,
    severity: e.issue.severityLabel?.[language] ?? e.issue.severity,
    window: (e.window === "solution" ? T.solutionWindow : T.responseWindow)[language],
    hours: Number(e.hoursLate.toFixed(1)),
    who: say(who, language, { actor: e.actor }),
  });
}
