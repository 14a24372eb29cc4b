import { formatDate, parseDate, parseDateTime } from "../dates";
import { DEFAULT_SOLUTION_HOURS, projectSlaWindows } from "../sla";
import { STATUS_LABELS, type TaskStatus } from "../status";
import { bi, type Bilingual, type InstanceRecord } from "../templates";
import { type ProjectContext, instancesOf, primary } from "./context";
import { cell, missingRequired, tableRows } from "./forms";
import { type Outcome, outcome } from "./outcome";
import { fillAction, insertAction, openAction } from "./signed-form";
import { count, joinParts, listOf, plain } from "./text";
import type { NextAction } from "./types";

/** Days between regular meetings, by T2's meeting frequency (weekly when not set). */
const MEETING_PERIOD: Readonly<Record<string, number>> = { weekly: 7, biweekly: 14, monthly: 31 };
/** The WBS must have been updated within this many days (the lead refreshes it weekly). */
export const WBS_MAX_AGE = 7;

const noWbs = (context: ProjectContext, what: Bilingual): Outcome => {
  const t3 = primary(context, "T3");
  return t3
    ? outcome(
        false,
        what,
        openAction(t3, bi("Add each department's tasks to the WBS", "在任务分解表中填写各部门任务")),
        [t3.id],
      )
    : outcome(false, bi("No task breakdown (WBS) in this file yet", "文件中还没有任务分解表"), insertAction("T3"));
};

/** Step 5: tasks with name, department, owner and due date; predecessors that exist and form no cycle. */
function planStep(context: ProjectContext): Outcome {
  const t3 = primary(context, "T3");
  const facts = context.wbs;
  if (!t3 || !facts || facts.tasks === 0)
    return noWbs(context, bi("The WBS has no tasks yet", "任务分解表中还没有任务"));
  const head = bi(
    `${count(facts.tasks, "task")} in ${count(facts.departments, "department")}, ${count(facts.dependencies, "dependency", "dependencies")}`,
    `${facts.tasks} 项任务，涉及 ${facts.departments} 个部门，${facts.dependencies} 个依赖关系`,
  );
  const gaps: Bilingual[] = [];
  if (facts.incomplete.length) {
    const ids = plain(facts.incomplete);
    gaps.push(
      bi(
        `${count(facts.incomplete.length, "task")} without name, department, owner or due date: ${ids["en-US"]}`,
        `${facts.incomplete.length} 项任务缺少名称、负责部门、负责人或截止日期：${ids["zh-CN"]}`,
      ),
    );
  }
  if (facts.unknownPredecessors.length) {
    const ids = plain(facts.unknownPredecessors);
    gaps.push(bi(`predecessors that are not task ids: ${ids["en-US"]}`, `前置任务编号不存在：${ids["zh-CN"]}`));
  }
  const cycle = facts.cycles[0];
  if (cycle) {
    const tasks = plain(cycle);
    gaps.push(bi(`tasks waiting on each other in a cycle: ${tasks["en-US"]}`, `任务之间循环依赖：${tasks["zh-CN"]}`));
  }
  const ids = [t3.id];
  if (gaps.length === 0) return outcome(true, head, null, ids);
  const label = cycle
    ? bi("Break the dependency cycle in the WBS", "解除任务分解表中的循环依赖")
    : bi("Complete the tasks in the WBS", "完善任务分解表中的任务");
  return outcome(false, joinParts([head, ...gaps]), openAction(t3, label), ids, cycle ? "blocked" : null);
}

/**
 * The major-issue solution window of an issue log, as the weekly review reads it (`projectSlaWindows`: T2's hours,
 * else the log's, else 24 h). Hours that function rejects fall back to the default: the form's own check names them,
 * the loop does not fail on them.
 */
function solutionHours(context: ProjectContext, log: InstanceRecord): number {
  const consensus = primary(context, "T2");
  const fields = consensus ? context.forms.get(consensus.id)?.fields : undefined;
  const logFields = context.forms.get(log.id)?.fields;
  return safe(() => projectSlaWindows(fields, logFields).windows.major.solutionHours) ?? DEFAULT_SOLUTION_HOURS;
}

/** Major issues (T6) without measures once their solution window (T2, else the log's, else 24 h) has passed. */
function overdueIssues(context: ProjectContext): { log: InstanceRecord | null; major: number; overdue: string[] } {
  let major = 0;
  const overdue: string[] = [];
  const logs = instancesOf(context, "T6");
  let first: InstanceRecord | null = null;
  for (const log of logs) {
    const form = context.forms.get(log.id)!;
    const hours = solutionHours(context, log);
    for (const row of tableRows(form, "issues")) {
      if (cell(form, "issues", row, "severity") !== "major") continue;
      major++;
      if (cell(form, "issues", row, "measures") || cell(form, "issues", row, "resolvedAt")) continue;
      const raised = safe(() => parseDateTime(cell(form, "issues", row, "raisedAt"), "raisedAt"));
      if (raised !== null && context.now > raised + hours / 24) {
        overdue.push(cell(form, "issues", row, "issueId") || `#${row}`);
        first ??= log;
      }
    }
  }
  // The log to open: the one holding the first overdue issue, else the first.
  return { log: first ?? logs[0] ?? null, major, overdue };
}

function safe<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * Step 6: minutes (T4) of the regular meetings, the latest no older than the meeting period while tasks are open, and
 * measures for every major issue within its solution window.
 */
function communicateStep(context: ProjectContext): Outcome {
  const regular = instancesOf(context, "T4").filter((r) => context.forms.get(r.id)?.fields.meetingType === "weekly");
  const filled = regular.filter((r) => missingRequired(context.forms.get(r.id)!).length === 0);
  const issues = overdueIssues(context);
  const ids = [...regular.map((r) => r.id), ...(issues.log ? [issues.log.id] : [])];
  const parts: Bilingual[] = [];
  let problem: Outcome["problem"] = null;
  const insertMinutes = insertAction("T4", bi("Insert minutes of the regular meeting", "插入例会会议纪要"));
  let next: NextAction | null = null;
  const dates = filled
    .map((r) => safe(() => parseDate(context.forms.get(r.id)!.fields.date, "date")))
    .filter((d): d is number => d !== null);
  const latest = dates.length ? Math.max(...dates) : null;
  if (filled.length === 0) {
    parts.push(bi("No regular meeting minutes yet", "尚无例会会议纪要"));
    next = regular[0] ? fillAction(regular[0]) : insertMinutes;
  } else {
    parts.push(
      bi(
        `${count(filled.length, "set of regular minutes", "sets of regular minutes")}${latest === null ? "" : `, latest ${formatDate(latest)}`}`,
        `例会纪要 ${filled.length} 份${latest === null ? "" : `，最近一次 ${formatDate(latest)}`}`,
      ),
    );
    const t2 = primary(context, "T2");
    const period = MEETING_PERIOD[(t2 && context.forms.get(t2.id)?.fields.meetingFrequency) || "weekly"] ?? 7;
    const running = context.wbs !== null && context.wbs.tasks > 0 && !context.wbs.finished;
    if (running && latest !== null && context.today - latest > period) {
      parts.push(bi(`no minutes for ${context.today - latest} days`, `已 ${context.today - latest} 天没有会议纪要`));
      problem = "attention";
      next = insertMinutes;
    }
  }
  if (issues.overdue.length) {
    const list = plain(issues.overdue);
    parts.push(
      bi(`major issues without measures in time: ${list["en-US"]}`, `重大问题未按时明确应对措施：${list["zh-CN"]}`),
    );
    problem = "attention";
    next = openAction(issues.log!, bi(`Record the measures for ${list["en-US"]}`, `填写 ${list["zh-CN"]} 的应对措施`));
  } else if (issues.major) {
    parts.push(bi(`${count(issues.major, "major issue")}, none overdue`, `重大问题 ${issues.major} 个，均未超时`));
  }
  return outcome(filled.length > 0 && issues.overdue.length === 0, joinParts(parts), next, ids, problem);
}

const STATUS_ORDER: readonly TaskStatus[] = ["completed", "inProgress", "lagging", "blocked", "notStarted"];

/** Step 7: the WBS updated within a week (while tasks are open), every lagging task with its reason. */
function trackStep(context: ProjectContext): Outcome {
  const t3 = primary(context, "T3");
  const facts = context.wbs;
  if (!t3 || !facts || facts.tasks === 0) return noWbs(context, bi("No tasks to track yet", "尚无可跟踪的任务"));
  const shown = STATUS_ORDER.filter((s) => facts.counts[s] > 0);
  const head = bi(
    `${count(facts.tasks, "task")}: ${shown.map((s) => `${facts.counts[s]} ${STATUS_LABELS["en-US"][s].toLowerCase()}`).join(", ")}`,
    `${facts.tasks} 项任务：${shown.map((s) => `${STATUS_LABELS["zh-CN"][s]} ${facts.counts[s]}`).join("、")}`,
  );
  const parts: Bilingual[] = [head];
  const age = facts.updateAge;
  const review = (label: Bilingual): NextAction => ({ action: "review", template: "T3", instance: t3.id, label });
  const refresh = review(
    bi("Run the weekly review: refresh the WBS status and its update date", "周例会：更新任务分解表的进度与更新日期"),
  );
  let next: NextAction | null = null;
  let problem: Outcome["problem"] = null;
  let upToDate = true;
  if (age === null && !facts.finished) {
    parts.push(bi("no update date", "未填写更新日期"));
    upToDate = false;
    next = refresh;
  } else if (typeof age === "number") {
    parts.push(
      bi(age <= 0 ? "updated today" : `updated ${count(age, "day")} ago`, age <= 0 ? "今天已更新" : `${age} 天前更新`),
    );
    if (age > WBS_MAX_AGE && !facts.finished) {
      upToDate = false;
      problem = "attention";
      next = refresh;
    }
  }
  if (facts.withoutReason.length) {
    const ids = plain(facts.withoutReason);
    parts.push(
      bi(
        `${count(facts.withoutReason.length, "lagging task")} without a reason: ${ids["en-US"]}`,
        `${facts.withoutReason.length} 项滞后任务未注明原因：${ids["zh-CN"]}`,
      ),
    );
    problem = "attention";
    next = review(bi(`Give the reason for ${ids["en-US"]}`, `填写 ${ids["zh-CN"]} 的滞后原因`));
  }
  return outcome(upToDate && facts.withoutReason.length === 0, joinParts(parts), next, [t3.id], problem);
}

/**
 * Step 8: every change request (T5) decided by the lead on its current content, and after an approval the consensus
 * form signed again by everyone. Without change requests the step is done once the consensus form is signed.
 */
function changeStep(context: ProjectContext): Outcome {
  const requests = instancesOf(context, "T5");
  const t2 = primary(context, "T2");
  const consensus = t2 ? context.signoff.get(t2.id) : undefined;
  const raise: NextAction = {
    action: "raiseChange",
    template: "T5",
    label: bi(
      "Raise a change request (goal, plan, responsibilities or departments)",
      "提出变更申请（目标、计划、职责或参与部门）",
    ),
  };
  if (requests.length === 0) {
    const signed = consensus?.status === "signed";
    return outcome(signed, bi("No change requests", "无变更申请"), signed ? raise : null);
  }
  const ids = requests.map((r) => r.id);
  const name = (r: InstanceRecord) => context.forms.get(r.id)!.fields.changeId ?? r.id;
  const unfilled = requests.filter((r) => missingRequired(context.forms.get(r.id)!).length > 0);
  const byStatus = (status: string) =>
    requests.filter((r) => !unfilled.includes(r) && context.signoff.get(r.id)?.status === status);
  const approved = byStatus("signed");
  const rejected = byStatus("rejected");
  const waiting = byStatus("needsSignatures");
  const changed = byStatus("stale");
  const parts: Bilingual[] = [
    bi(
      `${count(requests.length, "change request")}: ${approved.length} approved, ${rejected.length} rejected, ${waiting.length + changed.length} awaiting the lead's decision`,
      `变更申请 ${requests.length} 份：已批准 ${approved.length}，已驳回 ${rejected.length}，待牵头人审批 ${waiting.length + changed.length}`,
    ),
  ];
  const resign = consensus?.change && consensus.status !== "signed" && consensus.status !== "rejected";
  if (resign) {
    parts.push(
      bi(
        `consensus form re-signed by ${consensus.approved} of ${consensus.required}`,
        `共识表已重新签字 ${consensus.approved}/${consensus.required}`,
      ),
    );
  }
  if (changed.length) {
    const list = plain(changed.map(name));
    parts.push(bi(`changed after the decision: ${list["en-US"]}`, `审批后有改动：${list["zh-CN"]}`));
  }
  const decide = (r: InstanceRecord, again: boolean): NextAction => ({
    action: "approveChange",
    template: "T5",
    instance: r.id,
    label: again
      ? bi(`Decide on change request ${name(r)} again`, `重新审批变更申请 ${name(r)}`)
      : bi(`Decide on change request ${name(r)}`, `审批变更申请 ${name(r)}`),
  });
  let next: NextAction | null = null;
  if (unfilled[0]) next = fillAction(unfilled[0]);
  else if (waiting[0]) next = decide(waiting[0], false);
  else if (changed[0]) next = decide(changed[0], true);
  else if (resign && t2) {
    const who = listOf(consensus.next.map((s) => s.label));
    next = {
      action: "sign",
      template: "T2",
      instance: t2.id,
      label: bi(`Ask ${who["en-US"]} to sign the consensus form again`, `请${who["zh-CN"]}重新签署共识表`),
    };
  }
  const open = unfilled.length + waiting.length + changed.length > 0 || Boolean(resign);
  const attention = waiting.length + changed.length > 0 || Boolean(resign);
  return outcome(!open, joinParts(parts), next, ids, attention ? "attention" : null);
}

export const executionSteps = {
  plan: planStep,
  communicate: communicateStep,
  track: trackStep,
  change: changeStep,
};
