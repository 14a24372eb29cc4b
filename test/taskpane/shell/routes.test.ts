import { projectState, serialAt } from "../../../src/core";
import type { ProjectSnapshot } from "../../../src/hosts/types";
import {
  actionRoute,
  defaultInstance,
  instanceStates,
  openingRoute,
  screenFor,
  type ProjectView,
  type ScreenId,
} from "../../../src/taskpane/shell/routes";
import { NODE_CRYPTO, previewHost } from "../support/render";

async function viewOf(snapshot: ProjectSnapshot): Promise<ProjectView> {
  return { snapshot, state: await projectState(snapshot, { crypto: NODE_CRYPTO, now: serialAt(new Date()) }) };
}

const ALL = new Set<ScreenId>(["home", "forms", "signoff", "changes", "templates"]);

describe("routes", () => {
  it("maps each next action to its screen; inserting and selecting a form stay on Home", () => {
    expect(screenFor("fill")).toBe("forms");
    expect(screenFor("sign")).toBe("signoff");
    expect(screenFor("verify")).toBe("signoff");
    expect(screenFor("raiseChange")).toBe("changes");
    expect(screenFor("approveChange")).toBe("changes");
    expect(screenFor("review")).toBe("weekly");
    expect(screenFor("insert")).toBeNull();
    expect(screenFor("open")).toBeNull();
  });

  it("the weekly review is offered from Home, never opened on, and only where the pane has that screen", async () => {
    const host = await previewHost("excel", "en-US");
    const sample = await viewOf(await host.readProject());
    // The sample with its first six steps taken as done: step 7 is current, its lagging tasks lack reasons.
    const view: ProjectView = { ...sample, state: { ...sample.state, current: "track" } };
    const track = view.state.phases.flatMap((p) => p.steps).find((s) => s.id === "track")!;
    expect(track.next).toMatchObject({ action: "review", template: "T3" });
    const withWeekly = new Set<ScreenId>([...ALL, "weekly"]);
    const route = actionRoute(view, withWeekly);
    expect(route?.screen).toBe("weekly");
    expect(route?.instance).toEqual(view.snapshot.instances.find((i) => i.record.id === track.next!.instance)?.record);
    expect(route?.instance.template).toBe("T3");
    expect(openingRoute(view, withWeekly)).toEqual({ screen: "home" });
    // Word has no Weekly screen: Home does it (selects the WBS).
    expect(actionRoute(view, ALL)).toBeNull();
    expect(openingRoute(view, ALL)).toEqual({ screen: "home" });
  });

  it("an empty file opens on Home, whose current step inserts the kickoff application", async () => {
    const host = await previewHost("word", "en-US", true);
    const view = await viewOf(await host.readProject());
    expect(openingRoute(view, ALL)).toEqual({ screen: "home" });
    const first = view.state.phases[0].steps[0];
    expect(view.state.current).toBe("initiate");
    expect(first.next).toMatchObject({ action: "insert", template: "T1" });
  });

  it("a Word document whose consensus form awaits signatures opens on that form's sign-off", async () => {
    const host = await previewHost("word", "zh-CN");
    const view = await viewOf(await host.readProject());
    const route = openingRoute(view, ALL);
    expect(route.screen).toBe("signoff");
    expect(route.instance?.template).toBe("T2");
    // Without a sign-off screen, Home.
    expect(openingRoute(view, new Set<ScreenId>(["home", "templates"]))).toEqual({ screen: "home" });
    expect(actionRoute(view, ALL)).toEqual(route);
    expect(actionRoute(view, new Set<ScreenId>(["home", "templates"]))).toBeNull();
  });

  it("gives every instance the state of its own step, or of a step that needs a person", async () => {
    const host = await previewHost("excel", "en-US");
    const view = await viewOf(await host.readProject());
    const states = instanceStates(view.state);
    for (const { record } of view.snapshot.instances) expect(states.has(record.id)).toBe(true);
    const steps = view.state.phases.flatMap((p) => p.steps);
    const consensus = steps.find((s) => s.id === "consensus")!;
    const t2 = view.snapshot.instances.find((i) => i.record.template === "T2")!.record.id;
    expect(states.get(t2)).toEqual({ state: consensus.state, summary: consensus.summary });
    const t1 = view.snapshot.instances.find((i) => i.record.template === "T1")!.record.id;
    const t1Steps = steps.filter((s) => s.instances.includes(t1) && s.id !== "archive");
    const urgent = t1Steps.find((s) => s.state === "attention" || s.state === "blocked");
    expect(states.get(t1)?.summary).toEqual((urgent ?? t1Steps[0]).summary);
  });

  it("a work screen opened from the navigation takes its preferred form", async () => {
    const host = await previewHost("excel", "en-US");
    const snapshot = await host.readProject();
    expect(defaultInstance("signoff", snapshot)?.template).toBe("T2");
    expect(defaultInstance("changes", snapshot)?.template).toBe("T2");
    const empty = await (await previewHost("excel", "en-US", true)).readProject();
    expect(defaultInstance("forms", empty)).toBeUndefined();
  });
});
