/**
 * Meeting minutes (T4) drafted from the weekly progress brief (SPEC §2 step 6: every weekly meeting receives the brief
 * and produces minutes), and the minutes' action items carried into the WBS as new tasks.
 */
import { BRIEF_TEXT, type BriefCell, type BriefSection, type WeeklyBrief } from "../analysis";
import { parseDate, type Serial, weekdayOf } from "../dates";
import type { Language } from "../language";
import { SLA_LABELS } from "../sla";
import { bi, type Bilingual } from "../templates";
import {
  choiceLabel,
  type ClosingValues,
  type ClosingForm,
  putRow,
  readRows,
  slotField,
  slotText,
  timeFraction,
} from "./form-data";

export interface MinutesOptions {
  /** The meeting's date; by default the first T2 meeting day (Monday, 周一 …) on or after the brief's status date. */
  date?: Serial;
  /** The meeting's time as a fraction of a day; by default T2's meeting time. */
  time?: number;
  /** Departments and liaisons of the WBS's Departments table: the attendees when T2 lists no responsibilities. */
  departments?: ReadonlyArray<{ department: string; liaison: string }>;
}

export interface MinutesDraft {
  /** For `host.writeFields` on a new T4 instance: keys without a value (no meeting day, no issue) are left out. */
  values: ClosingValues;
  /** The agenda's lines, as written into `agenda` (one per line, numbered). */
  agenda: string[];
  /** Rows written to the attendees and progress tables (T4 starts with 4 of each; the host adds rows beyond). */
  attendees: number;
  progress: number;
}

const WEEKDAYS_EN = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WEEKDAYS_ZH = "一二三四五六日";

/** Monday = 0 … Sunday = 6 from "Monday", "every Tue", "每周一", "星期三", "周日"/"周天"; null when none is named. */
export function meetingWeekday(text: string): number | null {
  const zh = /(?:周|星期|礼拜)([一二三四五六日天])/.exec(text);
  if (zh) return zh[1] === "天" ? 6 : WEEKDAYS_ZH.indexOf(zh[1]);
  const en = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i.exec(text);
  return en ? WEEKDAYS_EN.indexOf(en[1].toLowerCase()) : null;
}

/** The first day on or after `from` that falls on `weekday` (Monday = 0). */
export function nextWeekday(from: Serial, weekday: number): Serial {
  const day = Math.floor(from);
  return day + ((weekday - weekdayOf(day) + 7) % 7);
}

const sectionOf = (brief: WeeklyBrief, id: BriefSection["id"]) => brief.sections.find((s) => s.id === id)!;
const text = (cell: BriefCell | undefined) => (cell === null || cell === undefined ? "" : String(cell));
const separator = (language: Language) => (language === "zh-CN" ? "、" : ", ");

/** At most `max` items named, the rest counted: "A, B and 3 more" / "A、B 等 5 项". */
function named(items: readonly string[], language: Language, max = 5): string {
  const shown = items.slice(0, max).join(separator(language));
  const more = items.length - Math.min(items.length, max);
  if (more === 0) return shown;
  return language === "zh-CN" ? `${shown} 等 ${items.length} 项` : `${shown} and ${more} more`;
}

const taskName = (cells: readonly BriefCell[]) => [text(cells[0]), text(cells[1])].filter(Boolean).join(" ");

const AGENDA = {
  progress: (completed: number, total: number, percent: number) =>
    bi(
      `Progress: ${completed} of ${total} tasks completed, mean ${percent}% complete`,
      `总体进度：已完成 ${completed}/${total} 项任务，平均完成率 ${percent}%`,
    ),
  lagging: (n: number, list: Bilingual) =>
    bi(`Lagging tasks (${n}): ${list["en-US"]}`, `滞后任务（${n} 项）：${list["zh-CN"]}`),
  blocked: (n: number, list: Bilingual) =>
    bi(`Blocked tasks (${n}): ${list["en-US"]}`, `阻塞任务（${n} 项）：${list["zh-CN"]}`),
  pastSla: (n: number, list: Bilingual) =>
    bi(`Issues past their SLA (${n}): ${list["en-US"]}`, `超出时效的问题（${n} 项）：${list["zh-CN"]}`),
  decisions: (n: number) => bi(`Decisions needed (${n}):`, `待决策事项（${n} 项）：`),
  more: (n: number) => bi(`… and ${n} more (see the progress brief)`, `……另有 ${n} 项（见进度简报）`),
  nothing: bi(
    "No lagging or blocked task, no issue past its SLA, no decision needed.",
    "无滞后或阻塞任务，无超出时效的问题，无待决策事项。",
  ),
  lagLine: bi("Lagging", "滞后"),
  blockedLine: bi("Blocked", "阻塞"),
  tasksOf: (total: number, parts: string) =>
    bi(`${total} ${total === 1 ? "task" : "tasks"}: ${parts}`, `共 ${total} 项：${parts}`),
};

/** Decision lines listed in the agenda; the rest are counted (the brief has them all). */
export const AGENDA_DECISIONS = 10;

function agendaLines(brief: WeeklyBrief): string[] {
  const l = brief.language;
  const same = (value: string) => bi(value, value);
  const lines = [AGENDA.progress(brief.completed, brief.total, Math.round(brief.meanProgress * 100))[l]];
  // A line naming what it counts, when there is any.
  const listed = (line: (n: number, list: Bilingual) => Bilingual, names: string[]) => {
    if (names.length) lines.push(line(names.length, same(named(names, l)))[l]);
  };
  listed(
    AGENDA.lagging,
    sectionOf(brief, "lagging").rows.map((r) => taskName(r.cells)),
  );
  listed(
    AGENDA.blocked,
    sectionOf(brief, "blocked").rows.map((r) => taskName(r.cells)),
  );
  const overdue = new Set([SLA_LABELS[l].responseOverdue, SLA_LABELS[l].solutionOverdue]);
  const late = sectionOf(brief, "issues").rows.filter((r) => overdue.has(text(r.cells[4])));
  listed(
    AGENDA.pastSla,
    late.map((r) => text(r.cells[0])),
  );
  const decisions = sectionOf(brief, "decisions").rows;
  if (decisions.length) {
    lines.push(AGENDA.decisions(decisions.length)[l]);
    for (const row of decisions.slice(0, AGENDA_DECISIONS)) lines.push(`- ${text(row.cells[1])}`);
    if (decisions.length > AGENDA_DECISIONS) lines.push(`- ${AGENDA.more(decisions.length - AGENDA_DECISIONS)[l]}`);
  }
  if (lines.length === 1) lines.push(AGENDA.nothing[l]);
  let n = 0;
  return lines.map((line) => (line.startsWith("- ") ? `   ${line}` : `${++n}. ${line}`));
}

const fold = (department: string) => department.trim().toLowerCase();

/** T2's department heads as they signed or typed their names in its signature blocks, by department. */
function headsOf(consensus: ClosingForm | null): Map<string, string> {
  const heads = new Map<string, string>();
  for (const [key, value] of Object.entries(consensus?.values ?? {})) {
    const match = /^(leadDepartment|cooperatingDepartment)\.(\d+)\.department$/.exec(key);
    const signer = match ? consensus?.values[`${match[1]}.${match[2]}.signer`] : undefined;
    if (match && typeof value === "string" && typeof signer === "string" && signer.trim() && value.trim()) {
      heads.set(fold(value), signer.trim());
    }
  }
  return heads;
}

function attendeeRows(consensus: ClosingForm | null, options: MinutesOptions, language: Language): string[][] {
  const heads = headsOf(consensus);
  const listed = readRows("T2", consensus, "responsibilities").map((r) => ({
    department: r.cells.department ?? "",
    liaison: r.cells.liaison ?? "",
  }));
  const departments = listed.length ? listed : (options.departments ?? []);
  return departments
    .filter((d) => d.department.trim() !== "")
    .map((d) => {
      const people = [d.liaison.trim(), heads.get(fold(d.department)) ?? ""].filter(Boolean);
      return [d.department.trim(), [...new Set(people)].join(separator(language))];
    });
}

/** Lagging and blocked tasks listed under one department's "problems and needs"; the rest are counted. */
export const NEEDS_LINES = 10;

function progressRows(brief: WeeklyBrief): string[][] {
  const l = brief.language;
  const departments = sectionOf(brief, "departments");
  const noDepartment = BRIEF_TEXT.noDepartment[l];
  const colon = l === "zh-CN" ? "：" : ": ";
  // One pass over the lagging and blocked tasks, by department (as the brief names them).
  const needs = new Map<string, string[]>();
  const add = (cells: readonly BriefCell[], line: string) => {
    const key = fold(text(cells[2]) || noDepartment);
    const list = needs.get(key);
    if (list) list.push(line);
    else needs.set(key, [line]);
  };
  for (const { cells } of sectionOf(brief, "lagging").rows) {
    add(cells, `${AGENDA.lagLine[l]}${colon}${[taskName(cells), text(cells[7])].filter(Boolean).join(" — ")}`);
  }
  for (const { cells } of sectionOf(brief, "blocked").rows) {
    add(cells, `${AGENDA.blockedLine[l]}${colon}${taskName(cells)} — ${text(cells[4])}`);
  }
  return departments.rows.map(({ cells }) => {
    const department = text(cells[0]);
    const counts = cells
      .slice(1, -1)
      .map((n, i) => ({ n: Number(n), label: departments.columns[i + 1].label }))
      .filter((c) => c.n > 0)
      .map((c) => `${c.label} ${c.n}`)
      .join(l === "zh-CN" ? "，" : ", ");
    const lines = needs.get(fold(department)) ?? [];
    const shown = lines.slice(0, NEEDS_LINES);
    if (lines.length > NEEDS_LINES) shown.push(AGENDA.more(lines.length - NEEDS_LINES)[l]);
    return [department, AGENDA.tasksOf(Number(cells[cells.length - 1]), counts)[l], shown.join("\n")];
  });
}

function openIssues(brief: WeeklyBrief): string {
  const l = brief.language;
  const [open, close, comma] = l === "zh-CN" ? ["（", "）：", "，"] : [" (", "): ", ", "];
  return sectionOf(brief, "issues")
    .rows.map(({ cells }) => {
      const state = [text(cells[1]), text(cells[4])].filter(Boolean).join(comma);
      return `${text(cells[0])}${open}${state}${close}${text(cells[5])}`;
    })
    .join("\n");
}

/**
 * A T4 draft from the brief, in the brief's language (make the brief in the minutes' language): a weekly meeting on
 * the given date or T2's next meeting day, at the given time or T2's; one attendee row per T2 department (its liaison
 * and, when it signed T2, its head); the agenda from the brief (progress, lagging, blocked, issues past their SLA,
 * decisions needed); one progress row per department of the brief with its status counts and its lagging and blocked
 * tasks under "problems and needs"; the open issues under "issues raised". Decisions and action items are the
 * meeting's to write.
 */
export function minutesFromBrief(
  brief: WeeklyBrief,
  consensus: ClosingForm | null,
  options: MinutesOptions = {},
): MinutesDraft {
  const language = brief.language;
  const values: ClosingValues = {};
  const project = brief.projectName || slotText("T2", consensus, "projectName");
  if (project) values.projectName = project;
  values.meetingType = choiceLabel(slotField("T4", "meetingType"), "weekly", language);
  const weekday = meetingWeekday(slotText("T2", consensus, "meetingDay"));
  const date = options.date ?? (weekday === null ? null : nextWeekday(brief.statusDate, weekday));
  if (date !== null) values.date = Math.floor(date);
  const time = options.time ?? timeFraction(slotText("T2", consensus, "meetingTime"));
  if (time !== null) values.time = time;
  const agenda = agendaLines(brief);
  values.agenda = agenda.join("\n");
  const attendees = attendeeRows(consensus, options, language);
  attendees.forEach(([department, people], i) => putRow(values, "attendees", i + 1, { department, attendees: people }));
  const progress = progressRows(brief);
  progress.forEach(([department, text, needs], i) =>
    putRow(values, "progress", i + 1, { department, progress: text, ...(needs ? { needs } : {}) }),
  );
  const issues = openIssues(brief);
  if (issues) values.issuesRaised = issues;
  return { values, agenda, attendees: attendees.length, progress: progress.length };
}

/** One new WBS row, shaped as the hosts' `WbsUpdate` items (`host.updateWbs(instance, rows)`). */
export interface WbsRowWrite {
  /** The table row (from 1), after the last used one. */
  row: number;
  taskId: string;
  taskName: string;
  owner: string;
  due: Serial | null;
  department?: string;
  predecessors?: string;
}

/** A WBS row as the host reads it (`WbsTask` is one). */
export interface ExistingTask {
  row: number;
  taskId: string;
  taskName: string;
  department: string;
  owner: string;
  predecessors?: string;
  start?: Serial | null;
  due?: Serial | null;
  finish?: Serial | null;
  progress?: number | null;
  blocker?: string;
}

export interface ActionNote {
  /** The action item's row in the minutes (from 1). */
  actionRow: number;
  message: Bilingual;
}

export interface ActionsToWbs {
  rows: WbsRowWrite[];
  /** Action items left out or written without a part, and why. */
  notes: ActionNote[];
}

/** A row holds a task when anything but its id is typed (the template pre-fills ids into blank rows). */
const isUsed = (t: ExistingTask) =>
  [t.taskName, t.department, t.owner, t.predecessors, t.blocker].some((s) => (s ?? "").trim() !== "") ||
  [t.start, t.due, t.finish, t.progress].some((v) => v !== null && v !== undefined);

const ID = /^WBS-(\d+)$/i;
const idNumber = (id: string) => {
  const match = ID.exec(id.trim());
  return match ? Number(match[1]) : null;
};
const sameTask = (name: string, owner: string) => `${name.trim().toLowerCase()}\u0000${owner.trim().toLowerCase()}`;

const NOTES = {
  noAction: bi("No action text: not added.", "未填写行动项：未添加。"),
  already: (id: string) =>
    bi(`Already in the WBS as ${id}: not added again.`, `任务分解表中已有（${id}）：未重复添加。`),
  unknownLink: (id: string) =>
    bi(
      `Linked task ${id} is not in the WBS: added without a predecessor.`,
      `关联任务 ${id} 不在任务分解表中：未设前置任务。`,
    ),
  badDue: (due: string) =>
    bi(`Due date "${due}" is not a date: added without a due date.`, `截止日期“${due}”不是日期：未填截止日期。`),
};

/**
 * The minutes' action items (T4 `actions` rows as the host reads them) as new WBS tasks, in the rows after the last
 * used row — the caller appends them in one `updateWbs`; no used row is ever written. Each gets the next free
 * WBS-nnn id after the highest id in use, its action as the task name, its owner and due date, the department the
 * owner already works for in the WBS (else the department whose liaison the owner is), and the linked task id as its
 * predecessor when that task exists. An action already in the WBS (same name and owner) is not added twice.
 */
export function actionItemsToWbs(
  actions: ReadonlyArray<Readonly<Record<string, unknown>>>,
  existing: readonly ExistingTask[],
  options: { departments?: ReadonlyArray<{ department: string; liaison: string }> } = {},
): ActionsToWbs {
  const used = existing.filter(isUsed);
  const ids = new Map(existing.map((t) => [t.taskId.trim().toLowerCase(), t] as const));
  const idsInUse = new Set(used.map((t) => t.taskId.trim().toLowerCase()));
  const known = new Map(used.map((t) => [sameTask(t.taskName, t.owner), t.taskId.trim()] as const));
  const departmentOf = new Map<string, string>();
  for (const d of options.departments ?? []) {
    if (d.liaison.trim()) departmentOf.set(d.liaison.trim().toLowerCase(), d.department.trim());
  }
  for (const t of used)
    if (t.owner.trim() && t.department.trim()) departmentOf.set(t.owner.trim().toLowerCase(), t.department.trim());
  let row = used.reduce((max, t) => Math.max(max, t.row), 0);
  let next = used.reduce((max, t) => Math.max(max, idNumber(t.taskId) ?? 0), 0);
  const freshId = (target: number) => {
    for (;;) {
      const id = `WBS-${String(++next).padStart(3, "0")}`;
      const holder = ids.get(id.toLowerCase());
      if (!holder || holder.row === target) return id;
    }
  };
  const result: ActionsToWbs = { rows: [], notes: [] };
  for (const { row: actionRow, cells } of readRows("T4", { values: {}, tables: { actions } }, "actions")) {
    const note = (message: Bilingual) => result.notes.push({ actionRow, message });
    const name = cells.action ?? "";
    const owner = cells.owner ?? "";
    const already = known.get(sameTask(name, owner));
    if (!name || already !== undefined) {
      note(name ? NOTES.already(already!) : NOTES.noAction);
      continue;
    }
    row++;
    const write: WbsRowWrite = { row, taskId: freshId(row), taskName: name, owner, due: null };
    known.set(sameTask(name, owner), write.taskId);
    if (cells.due) {
      const due = (() => {
        try {
          return parseDate(cells.due, "due");
        } catch {
          return null;
        }
      })();
      if (due === null) note(NOTES.badDue(cells.due));
      else write.due = due;
    }
    const department = departmentOf.get(owner.toLowerCase());
    if (department) write.department = department;
    const link = cells.taskId ?? "";
    if (link && idsInUse.has(link.toLowerCase())) write.predecessors = ids.get(link.toLowerCase())!.taskId.trim();
    else if (link) note(NOTES.unknownLink(link));
    result.rows.push(write);
  }
  return result;
}
