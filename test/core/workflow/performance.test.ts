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

async function medianMs(project: Project, runs = 3): Promise<number> {
  const input = project.input();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await projectState(input, options);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

test("deriving every step is linear in the WBS rows (figures for 2,000, 10,000 and 20,000 tasks)", async () => {
  const state = await projectState(bigProject(10_000).input(), options);
  expect(stepOf(state, "plan").summary["en-US"]).toBe(
    "10,000 tasks".replace(",", "") + " in 7 departments, 9999 dependencies",
  );
  expect(stepOf(state, "track").summary["en-US"]).toMatch(
    /^10000 tasks: .*; 1000 lagging or blocked tasks without a reason: /,
  );

  await medianMs(bigProject(1_000)); // warm-up
  const tenth = await medianMs(bigProject(2_000), 5);
  const small = await medianMs(bigProject(10_000));
  const large = await medianMs(bigProject(20_000));
  console.log(
    `projectState: 2,000 tasks ${tenth.toFixed(0)} ms, 10,000 ${small.toFixed(0)} ms, 20,000 ${large.toFixed(0)} ms`,
  );
  // Generous: the machine may be shared. Ten times the rows cost about ten times the time; quadratic work would
  // cost a hundred times.
  expect(small).toBeLessThan(5000);
  expect(large / tenth).toBeLessThan(30);
}, 60_000);
