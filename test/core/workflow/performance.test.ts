import { projectState } from "../../../src/core/workflow";
import { consensusForm, kickoff, options, Project, stepOf, task, TODAY, wbs } from "./fixtures";

/** n tasks in a dependency chain, a mix of every status; every fifth one left for the rules to assess. */
function bigProject(n: number): Project {
  const statuses = ["Completed", "In progress", "Lagging", "Blocked", ""];
  const tasks = Array.from({ length: n }, (_, i) =>
    task(i + 1, {
      taskId: `WBS-${i + 1}`,
      department: `Department ${i % 7}`,
      predecessors: i > 0 ? `WBS-${i}` : "",
      status: statuses[i % 5],
      due: TODAY + (i % 3) - 1,
      lagReason: i % 10 === 2 ? "" : "Design resources short",
    }),
  );
  return new Project()
    .add("T1", "kick01", kickoff())
    .add("T2", "cons01", consensusForm())
    .add("T3", "wbs001", wbs(tasks));
}

/** The fastest of a few runs: what the work costs, with the least of what else the machine was doing. */
async function fastestMs(project: Project, runs = 3): Promise<number> {
  const input = project.input();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await projectState(input, options);
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}

test("deriving every step is linear in the WBS rows (figures for 1,000 and 10,000 tasks)", async () => {
  const state = await projectState(bigProject(10_000).input(), options);
  expect(stepOf(state, "plan").summary["en-US"]).toBe(
    "10,000 tasks".replace(",", "") + " in 7 departments, 9999 dependencies",
  );
  expect(stepOf(state, "track").summary["en-US"]).toMatch(
    /^10000 tasks: .*; 1000 lagging or blocked tasks without a reason: /,
  );

  await fastestMs(bigProject(10_000), 1); // warm-up: compiled code for the large case too
  const tenth = await fastestMs(bigProject(1_000), 7);
  const full = await fastestMs(bigProject(10_000));
  console.log(`projectState: 1,000 tasks ${tenth.toFixed(0)} ms, 10,000 tasks ${full.toFixed(0)} ms`);
  // Generous, as the machine may be shared: ten times the rows cost ten to forty times the time (a larger heap costs
  // more per row to collect); work quadratic in the rows would cost a hundred times.
  expect(full).toBeLessThan(5000);
  expect(full / tenth).toBeLessThan(70);
}, 180_000);
