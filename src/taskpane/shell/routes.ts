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

/** The screen a next action is done on (null: done from Home itself, e.g. inserting or selecting a form). */
export function screenFor(action: NextActionKind): ScreenId | null {
  switch (action) {
    case "fill":
      return "forms";
    case "review":
      return "weekly";
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
 * consensus form awaiting signatures: that form's sign-off; a stale WBS: its weekly review), or null when that is
 * Home itself (an empty file: "insert the kickoff application") or a screen the pane does not have. Home's "now"
 * card offers it as a button.
 */
export function actionRoute(project: ProjectView, available: ReadonlySet<ScreenId>): Required<Route> | null {
  if (project.snapshot.instances.length === 0 || project.state.current === null) return null;
  const step = project.state.phases.flatMap((p) => p.steps).find((s) => s.id === project.state.current);
  const next = step?.next;
  const screen = next ? screenFor(next.action) : null;
  const instance = instanceById(project.snapshot, next?.instance ?? step?.instances[0]);
  if (!screen || !available.has(screen) || !instance) return null;
  return { screen, instance };
}

/** Screens the pane never opens on by itself: the weekly review reads the whole file when it opens. */
const NOT_OPENED_ON: ReadonlySet<ScreenId> = new Set<ScreenId>(["weekly"]);

/**
 * The screen the pane opens on: the current step's (`actionRoute`), else Home. The weekly review is always reached
 * from Home's button instead: opening it would fetch its chunk and read the file before the user does anything (the
 * first screen's bundle budget).
 */
export function openingRoute(project: ProjectView, available: ReadonlySet<ScreenId>): Route {
  const route = actionRoute(project, available);
  return route && !NOT_OPENED_ON.has(route.screen) ? route : { screen: "home" };
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
