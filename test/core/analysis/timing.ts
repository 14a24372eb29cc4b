/**
 * The processor time of the fastest of several runs, in milliseconds. Processor time (this process's user + system
 * time) rather than wall-clock time: on a machine shared with other jobs, waiting for a core is not our cost.
 */
export function bestCpuMs(runs: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
