import { wbsFacts } from "../../../src/core/workflow/wbs";
import { task, TODAY, wbs } from "./fixtures";

// TODAY is Friday 2026-11-20; the week before it runs Monday 11-16 to Friday 11-20.
const MONDAY = TODAY - 4;
const holidays = [MONDAY, MONDAY + 1, MONDAY + 2, MONDAY + 3, MONDAY + 4].map((date): [number, string] => [
  date,
  "holiday",
]);

describe("the loop's WBS facts: the weekly review's rules", () => {
  test("statuses come from the rules for the status date, not from the sheet's status column", () => {
    const facts = wbsFacts(
      wbs([
        task(1, { status: "Completed", due: TODAY - 1 }),
        task(2, { status: "Lagging", finish: TODAY - 1, progress: 1 }),
        task(3, { status: "已完成", predecessors: "WBS-001" }),
      ]),
      TODAY,
    );
    expect(facts.counts).toEqual({ completed: 1, inProgress: 0, lagging: 1, blocked: 1, notStarted: 0 });
    expect(facts.finished).toBe(false);
    // Blocked by waiting on WBS-001: the wait is its reason. WBS-001 is overdue with no reason.
    expect(facts.withoutReason).toEqual(["WBS-001"]);
  });

  test("a status date in the WBS is used; without one, today", () => {
    const tasks = [task(1, { due: TODAY - 3, progress: 0.9 })];
    expect(wbsFacts({ ...wbs(tasks), statusDate: TODAY - 5 }, TODAY).counts.lagging).toBe(0);
    expect(wbsFacts({ ...wbs(tasks), statusDate: null }, TODAY).counts.lagging).toBe(1);
  });

  test("the WBS's own calendar decides the progress expected; an unreadable one is left out", () => {
    // Started Monday, due in two weeks, nothing done: behind schedule, unless the whole week was a holiday.
    const tasks = [task(1, { start: MONDAY, due: MONDAY + 11, progress: 0 })];
    const facts = (calendar?: Array<[unknown, unknown]>) => wbsFacts({ ...wbs(tasks), calendar }, TODAY).counts;
    expect(facts()).toMatchObject({ lagging: 1, inProgress: 0 });
    expect(facts(holidays)).toMatchObject({ lagging: 0, inProgress: 1 });
    expect(facts([["next week", "holiday"]])).toMatchObject({ lagging: 1 });
  });

  test("counts, departments, dependencies, incomplete rows and cycles, rows named by id or #row", () => {
    const facts = wbsFacts(
      wbs([
        task(1, { predecessors: "WBS-002, WBS-404", department: " engineering " }),
        task(2, { predecessors: "WBS-001" }),
        task(3, { taskId: "", owner: "", department: "" }),
        task(4, { taskName: "", department: "", owner: "", start: null, due: null, progress: null, status: "" }),
      ]),
      TODAY,
    );
    expect(facts).toMatchObject({
      tasks: 3,
      departments: 1,
      dependencies: 3,
      incomplete: ["#3"],
      unknownPredecessors: ["WBS-404"],
      cycles: [["WBS-001", "WBS-002"]],
    });
    expect(facts.analysis.tasks.map((t) => t.row)).toEqual([1, 2, 3]);
  });

  test("a host's rows keep their table row and response measures", () => {
    const lagging = { ...task(1, { taskId: "", due: TODAY - 3 }), row: 7, measuresDue: null };
    const facts = (measures: string) => {
      const hostRow = { ...lagging, measures };
      return wbsFacts(wbs([hostRow]), TODAY);
    };
    expect(facts("").withoutReason).toEqual(["#7"]);
    expect(facts("").analysis.withoutMeasures.map((m) => [m.task.row, m.problem])).toEqual([[7, "missing"]]);
    expect(facts("Two more testers from Monday").analysis.withoutMeasures).toEqual([]);
  });

  test("the update date's age is counted to today; undefined when the host did not read it", () => {
    expect(wbsFacts(wbs([task(1)], TODAY - 9), TODAY).updateAge).toBe(9);
    expect(wbsFacts(wbs([task(1)], null), TODAY).updateAge).toBeNull();
    expect(wbsFacts({ statusDate: TODAY, tasks: [task(1)] }, TODAY).updateAge).toBeUndefined();
  });
});
