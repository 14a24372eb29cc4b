/**
 * The retrospective report (T8, SPEC §2 step 10): each delivery standard's target beside what acceptance found, and
 * the project's figures from the WBS, the change requests and the issue log, as text for the review.
 */
import type { IssuesAnalysis, WbsAnalysis } from "../analysis";
import { formatDate, type Serial } from "../dates";
import type { Language } from "../language";
import { normalizeText } from "../signoff";
import { bi, type Bilingual } from "../templates";
import { consensusStandards } from "./acceptance";
import {
  choiceLabel,
  columnField,
  type ClosingValues,
  type ClosingForm,
  putRow,
  readRows,
  slotText,
} from "./form-data";

const COMPARATOR = String.raw`(?:[≤≥<>]=?|=|<=|>=|不超过|不低于|不少于|不多于|不高于|至少|至多|最多|达到|提升至|提高至|降至|降低至|低于|高于|within|under|below|above|at least|at most|up to)`;
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const UNIT = String.raw`(?:%|％|个工作日|工作日|小时|分钟|秒|天|日|周|个月|月|年|分|次|项|个|人|元|万元|\s?(?:working days?|days?|hours?|h|min(?:utes)?|weeks?|months?|points?|pts)\b)?`;
const TARGET = new RegExp(`${COMPARATOR}\\s*${NUMBER}\\s*${UNIT}`, "i");

/**
 * The measurable target inside a delivery standard: its first comparison with a number and unit ("≤ 24 h",
 * "≤24小时", "at least 90%", "提升至90分"), else the whole standard (a bare number is not a target: "3 sessions").
 */
export function standardTarget(standard: string): string {
  const text = normalizeText(standard);
  const found = TARGET.exec(text);
  return found ? found[0].trim() : text;
}

export interface ChangeRequestInput {
  /** The T5 form's content as the host reads it. */
  form: ClosingForm;
  /** The ledger's word when known (the lead's latest trusted decision approves): it wins over the decision field. */
  approved?: boolean;
}

export interface RetrospectiveInput {
  consensus: ClosingForm | null;
  acceptance: ClosingForm | null;
  /** `analyseWbs` for the closing status date. */
  wbs: WbsAnalysis | null;
  changeRequests?: readonly ChangeRequestInput[];
  issues?: IssuesAnalysis | null;
  /** The T8 instance's language: choice labels and the review texts. */
  language: Language;
  /** The report's date. */
  date?: Serial;
}

/**
 * The figures, as computed: a task "finished late" has an actual finish date after its due date (calendar days); its
 * lag is `lagDays` (working days after the due date up to the finish, the WBS calendar honoured), so a task due on a
 * Friday and finished on the Sunday is late by 0 working days. Blocked days are not computed: the WBS keeps a blocker's
 * text but not when it appeared or went away, so only the tasks blocked on the status date are counted.
 */
export interface RetrospectiveFigures {
  statusDate: Serial | null;
  tasks: number;
  /** Tasks with an actual finish date and a due date. */
  finished: number;
  finishedLate: number;
  /** Mean working days late of the tasks finished late, to one decimal; null when none was. */
  averageLag: number | null;
  blockedOnStatusDate: number;
  changeRequests: number;
  approvedChanges: number;
  issues: number;
  /** Issues whose SLA state is a missed response or solution window (open or resolved). */
  issuesPastSla: number;
}

export interface RetrospectiveDraft {
  /** For `host.writeFields` on the T8 instance: project, date, goals rows, highlights and problems. */
  values: ClosingValues;
  figures: RetrospectiveFigures;
  /** The review texts in both languages (`values` holds them in `language`). */
  highlights: Bilingual;
  problems: Bilingual;
  /** Goals rows written. */
  goals: number;
}

const ACHIEVED: Readonly<Record<string, string>> = { pass: "yes", conditional: "partly", fail: "no" };

function figuresOf(input: RetrospectiveInput): RetrospectiveFigures {
  const tasks = input.wbs?.tasks ?? [];
  const finished = tasks.filter((t) => t.finish !== null && t.due !== null);
  const late = finished.filter((t) => Math.floor(t.finish!) > Math.floor(t.due!));
  const lagSum = late.reduce((sum, t) => sum + (t.lag ?? 0), 0);
  const requests = (input.changeRequests ?? []).filter(
    (c) => slotText("T5", c.form, "changeId") || slotText("T5", c.form, "description"),
  );
  const issues = input.issues?.issues ?? [];
  return {
    statusDate: input.wbs?.statusDate ?? null,
    tasks: tasks.length,
    finished: finished.length,
    finishedLate: late.length,
    averageLag: late.length ? Math.round((lagSum / late.length) * 10) / 10 : null,
    blockedOnStatusDate: input.wbs?.blocked.length ?? 0,
    changeRequests: requests.length,
    approvedChanges: requests.filter((c) => c.approved ?? slotText("T5", c.form, "decision") === "approve").length,
    issues: issues.length,
    issuesPastSla: issues.filter((i) => i.state === "responseOverdue" || i.state === "solutionOverdue").length,
  };
}

function problemsText(f: RetrospectiveFigures): Bilingual {
  const parts: Bilingual[] = [];
  if (f.statusDate !== null) {
    const date = formatDate(f.statusDate);
    const lag =
      f.averageLag === null
        ? bi("", "")
        : bi(
            `, on average ${f.averageLag} working ${f.averageLag === 1 ? "day" : "days"} late`,
            `，平均滞后 ${f.averageLag} 个工作日`,
          );
    parts.push(
      bi(
        `From the WBS on ${date}: ${f.finishedLate} of ${f.finished} finished tasks were finished after their due date${lag["en-US"]}.`,
        `据任务分解表（状态日期 ${date}）：已完成的 ${f.finished} 项任务中有 ${f.finishedLate} 项晚于截止日期完成${lag["zh-CN"]}。`,
      ),
      bi(
        `${f.blockedOnStatusDate} of ${f.tasks} tasks blocked on the status date.`,
        `状态日期时 ${f.tasks} 项任务中有 ${f.blockedOnStatusDate} 项阻塞。`,
      ),
    );
  }
  parts.push(
    bi(
      `Change requests: ${f.changeRequests}, ${f.approvedChanges} approved.`,
      `变更申请 ${f.changeRequests} 项，已批准 ${f.approvedChanges} 项。`,
    ),
    bi(
      `Issues: ${f.issues}, ${f.issuesPastSla} past their SLA.`,
      `问题 ${f.issues} 项，其中 ${f.issuesPastSla} 项超出时效。`,
    ),
  );
  return bi(parts.map((p) => p["en-US"]).join(" "), parts.map((p) => p["zh-CN"]).join(""));
}

function highlightsText(f: RetrospectiveFigures, achieved: string[]): Bilingual {
  const parts: Bilingual[] = [];
  if (f.finished > 0) {
    const onTime = f.finished - f.finishedLate;
    parts.push(
      bi(
        `${onTime} of ${f.finished} finished tasks were finished on or before their due date.`,
        `已完成的 ${f.finished} 项任务中有 ${onTime} 项按期完成。`,
      ),
    );
  }
  if (achieved.length) {
    const met = achieved.filter((a) => a === "yes").length;
    parts.push(
      bi(
        `${met} of ${achieved.length} delivery standards achieved at acceptance.`,
        `${achieved.length} 项交付标准中有 ${met} 项在验收时达成。`,
      ),
    );
  }
  return bi(parts.map((p) => p["en-US"]).join(" "), parts.map((p) => p["zh-CN"]).join(""));
}

/**
 * A T8 draft: one goals row per T2 delivery standard — its target (`standardTarget`) and, from the T7 row listing the
 * same standard, the actual result (the row's evidence, else its result) and whether it was achieved (pass → yes,
 * conditional → partly, fail → no); the figures (`RetrospectiveFigures`) as the highlights and problems texts. Root
 * causes, lessons and improvement measures are the team's to write: the pane should only fill review fields that are
 * blank.
 */
export function retrospectiveFromProject(input: RetrospectiveInput): RetrospectiveDraft {
  const { language } = input;
  const values: ClosingValues = {};
  const project = slotText("T2", input.consensus, "projectName") || slotText("T7", input.acceptance, "projectName");
  if (project) values.projectName = project;
  if (input.date !== undefined) values.date = Math.floor(input.date);
  const checks = readRows("T7", input.acceptance, "checks");
  const resultField = columnField("T7", "checks", "result");
  const achievedField = columnField("T8", "goals", "achieved");
  const achieved: string[] = [];
  const standards = consensusStandards(input.consensus);
  standards.forEach((standard, i) => {
    const check = checks.find((c) => (c.cells.standard ?? "").toLowerCase() === standard.toLowerCase());
    const cells: Record<string, string> = { standard, target: standardTarget(standard) };
    const result = check?.cells.result ?? "";
    const actual = check?.cells.evidence || (result ? choiceLabel(resultField, result, language) : "");
    if (actual) cells.actual = actual;
    if (ACHIEVED[result]) {
      cells.achieved = choiceLabel(achievedField, ACHIEVED[result], language);
      achieved.push(ACHIEVED[result]);
    }
    putRow(values, "goals", i + 1, cells);
  });
  const figures = figuresOf(input);
  const highlights = highlightsText(figures, achieved);
  const problems = problemsText(figures);
  if (highlights[language]) values.highlights = highlights[language];
  values.problems = problems[language];
  return { values, figures, highlights, problems, goals: standards.length };
}
