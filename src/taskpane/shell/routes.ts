/** Where the pane goes: pure rules, so the opening screen and each next action's target are testable alone. */
import type { InstanceRecord, Language, NextActionKind, ProjectState, StepStatus } from "../../core";
import type { ProjectSnapshot } from "../../hosts/types";

export type ScreenId = "home" | "forms" | "signoff" | "changes" | "weekly" | "archive" | "templates";

/** The screens that act on one form (the shell picks one when the user comes from the navigation). */
export type FormScreenId = "forms" | "signoff" | "changes" | "weekly";

export interface Route {
  screen: ScreenId;
  instance?: InstanceRecord;
}

/** The file's content and the loop derived from it. */
export interface ProjectView {
  snapshot: ProjectSnapshot;
  state: ProjectState;
}

/** The screen a next action is done on (null: done from Home itself, e.g. inserting or refreshing). */
export function screenFor(action: NextActionKind): ScreenId | null {
  switch (action) {
    case "fill":
      return "forms";
    case "sign":
    case "verify":
      return "signoff";
    case "raiseChange":
    case "approveChange":
      return "changes";
    default:
      return null;
  }
}

export function instanceById(snapshot: ProjectSnapshot, id: string | undefined): InstanceRecord | undefined {
  return id === undefined ? undefined : snapshot.instances.find((i) => i.record.id === id)?.record;
}

/**
 * Where the loop's current step is acted on: the screen of its next action with its form (a document holding a
 * consensus form awaiting signatures: that form's sign-off), else Home (an empty file: the loop with "insert the
 * kickoff application" first). Only screens the pane has are chosen. Home shows this first, with a button to go
 * there: opening the screen itself would fetch its chunk before the user does anything (the 170 KB budget).
 */
export function openingRoute(project: ProjectView, available: ReadonlySet<ScreenId>): Route {
  if (project.snapshot.instances.length === 0 || project.state.current === null) return { screen: "home" };
  const step = project.state.phases.flatMap((p) => p.steps).find((s) => s.id === project.state.current);
  const next = step?.next;
  const screen = next ? screenFor(next.action) : null;
  const instance = instanceById(project.snapshot, next?.instance ?? step?.instances[0]);
  if (!screen || !available.has(screen) || !instance) return { screen: "home" };
  return { screen, instance };
}

/**
 * Each instance's state: from a step that reads it and needs a person (attention, blocked), else from the first step
 * that reads it (the form's own step: a consensus form's is "Consensus"). Archiving reads every form; it is used only
 * for a form no other step reads.
 */
export function instanceStates(
  state: ProjectState,
): Map<string, { state: StepStatus; summary: Readonly<Record<Language, string>> }> {
  const found = new Map<string, { state: StepStatus; summary: Readonly<Record<Language, string>> }>();
  const urgent = (s: StepStatus) => s === "attention" || s === "blocked";
  const steps = state.phases.flatMap((p) => p.steps);
  const ordered = [...steps.filter((s) => s.id !== "archive"), ...steps.filter((s) => s.id === "archive")];
  for (const step of ordered) {
    for (const id of step.instances) {
      const known = found.get(id);
      if (!known || (urgent(step.state) && !urgent(known.state) && step.id !== "archive")) {
        found.set(id, { state: step.state, summary: step.summary });
      }
    }
  }
  return found;
}

/**
 * The templates each work screen is about, in order of preference (the consensus form first: it is signed most; the
 * weekly review reads the task breakdown).
 */
const SCREEN_TEMPLATES: Readonly<Record<FormScreenId, readonly string[]>> = {
  forms: ["T2", "T1", "T5", "T7", "T8"],
  signoff: ["T2", "T1", "T5", "T7", "T8"],
  changes: ["T2", "T5"],
  weekly: ["T3"],
};

/** Whether a work screen acts on forms of this template (the archive, like Home, acts on the whole file: none). */
export function screenTakes(screen: ScreenId, template: string): boolean {
  return Object.hasOwn(SCREEN_TEMPLATES, screen) && SCREEN_TEMPLATES[screen as FormScreenId].includes(template);
}

/** The form a work screen opens on when the user comes from the navigation: the first of its preferred templates. */
export function defaultInstance(screen: FormScreenId, snapshot: ProjectSnapshot): InstanceRecord | undefined {
  for (const template of SCREEN_TEMPLATES[screen]) {
    const found = snapshot.instances.find((i) => i.record.template === template);
    if (found) return found.record;
  }
  return undefined;
}
