import { serialFromDate } from "../dates";
import { bi, getTemplate, type Host } from "../templates";
import { closingSteps } from "./closing";
import { type ProjectContext, projectContext } from "./context";
import { executionSteps } from "./execution";
import type { Outcome } from "./outcome";
import { preparationSteps } from "./preparation";
import { LOOP } from "./steps";
import { bareName, capitalized, joinParts, SHORT_NAMES } from "./text";
import type { PhaseState, ProjectInput, ProjectState, StepId, StepState, WorkflowOptions } from "./types";

const RULES: Readonly<Record<StepId, (context: ProjectContext) => Outcome>> = {
  ...preparationSteps,
  ...executionSteps,
  ...closingSteps,
};

/** An insert the host cannot do is not offered: the step says where the template is kept instead. */
function forHost(found: Outcome, host: Host | undefined): Outcome {
  const template = found.next?.action === "insert" ? found.next.template : undefined;
  if (!host || !template || getTemplate(template).hosts.includes(host)) return found;
  const name = SHORT_NAMES[template];
  const where = bi(
    `the ${bareName(template)["en-US"]} is kept in an Excel workbook`,
    `${name["zh-CN"]}在 Excel 工作簿中维护`,
  );
  return { ...found, next: null, summary: joinParts([found.summary, where]) };
}

/** A moment as a date-time serial in the local time zone of `date` (what `now` expects). */
export function serialAt(date: Date): number {
  const day = serialFromDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
  const seconds = date.getHours() * 3600 + date.getMinutes() * 60 + date.getSeconds();
  return day + seconds / 86400;
}

/**
 * The loop of SPEC §2 as the file shows it: each of the 11 steps judged from the instances, their content, the
 * ledger and the WBS rows, never from a checklist kept on the side. A step's rules say whether it is complete and
 * whether something needs a person; its place in the loop then decides between current and todo: the first step that
 * is not complete is current (unless it needs attention or is blocked, which it shows instead), later incomplete ones
 * are todo. Steps run in parallel in practice (the WBS is tracked while changes come in), so attention and blocked
 * show wherever they occur. Cost: one pass over the WBS rows, one verification of the ledger, one sign-off state per
 * signed form.
 */
export async function projectState(input: ProjectInput, options: WorkflowOptions): Promise<ProjectState> {
  const context = await projectContext(input, options);
  let current: StepId | null = null;
  const phases = LOOP.map((phase): PhaseState => ({
    id: phase.id,
    title: phase.title,
    steps: phase.steps.map((step): StepState => {
      const found = forHost(RULES[step.id](context), options.host);
      const first = !found.complete && current === null;
      if (first) current = step.id;
      const state = found.problem ?? (found.complete ? "done" : first ? "current" : "todo");
      return { ...step, state, summary: capitalized(found.summary), instances: found.instances, next: found.next };
    }),
  }));
  return { phases, current, ledgerProblem: context.ledgerProblem };
}
