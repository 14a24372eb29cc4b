/**
 * Round-trip budgets, counted (not timed) with the fake's context.sync() counter, for WBS tables of 10, 1,000 and
 * 10,000 rows: inserting ≤ 3, findTemplates ≤ 2, readWbs ≤ 2, writeFields / updateWbs ≤ 2, an updateWbs that grows the
 * table by 30 rows ≤ 3 — and the same count at every size.
 */
import { excelName } from "../../../src/core";
import type { WbsUpdate } from "../../../src/hosts/types";
import type { FakeExcel } from "../../support/fake-excel";
import { bigWbsPlanner, setUp, syncsOf } from "./harness";

const SIZES = [10, 1000, 10000];
const BUDGET = { insertTemplate: 3, findTemplates: 2, readWbs: 2, writeFields: 2, updateWbs: 2, growWbs: 3 } as const;
/** Rows the growing update appends below the table. */
const GROWTH = 30;
type Operation = keyof typeof BUDGET;

const counts = new Map<number, Record<Operation, number>>();
/** 2-D value/formula writes (one per `values`/`formulas` assignment) of insert and update: batching, not per cell. */
const writes = new Map<number, { insert: number; update: number }>();

const valueWrites = (fake: FakeExcel) => fake.workbook.sheets.reduce((n, s) => n + s.valueWrites, 0);

afterAll(() => {
  const ops = Object.keys(BUDGET) as Operation[];
  const lines = [
    `| WBS rows | ${ops.join(" | ")} | value writes: insert / update |`,
    `|---:|${ops.map(() => "---:").join("|")}|---:|`,
    ...SIZES.filter((n) => counts.has(n)).map(
      (n) =>
        `| ${n.toLocaleString("en-US")} | ${ops.map((op) => counts.get(n)![op]).join(" | ")} | ` +
        `${writes.get(n)!.insert} / ${writes.get(n)!.update} |`,
    ),
    `| budget | ${ops.map((op) => `≤ ${BUDGET[op]}`).join(" | ")} | |`,
  ];
  console.log(`context.sync() calls per operation (fake Excel)\n${lines.join("\n")}`);
});

test.each(SIZES)(
  "sync counts with a %i-row WBS are within budget",
  async (rows) => {
    const h = setUp({ planner: bigWbsPlanner(rows) });
    try {
      const insert = await syncsOf(h.fake, () => h.host.insertTemplate("T3", "en-US"));
      const { record } = insert.result;
      expect(h.fake.workbook.table(excelName("T3", record.id, "tasks"))?.rows).toBe(rows);
      const insertWrites = valueWrites(h.fake);
      const find = await syncsOf(h.fake, () => h.host.findTemplates());
      expect(find.result).toHaveLength(1);

      // Every row changes: names, owners (some formula-looking), dates and progress.
      const update: WbsUpdate = Array.from({ length: rows }, (_, i) => ({
        row: i + 1,
        taskName: i % 7 === 0 ? `=task ${i}` : `Task ${i}`,
        owner: i % 5 === 0 ? "@owner" : `Owner ${i % 13}`,
        start: 46000 + (i % 30),
        due: 46010 + (i % 30),
        progress: (i % 11) / 10,
      }));
      const updated = await syncsOf(h.fake, () => h.host.updateWbs(record, update));
      writes.set(rows, { insert: insertWrites, update: valueWrites(h.fake) - insertWrites });
      // Fields and table cells (the last row too) in one writeFields: still one batch.
      const written = await syncsOf(h.fake, () =>
        h.host.writeFields(record, {
          projectName: "=Project",
          statusDate: 46100,
          [`tasks.${rows}.owner`]: "＝boss",
          "tasks.1.progress": 0.25,
        }),
      );
      const appended: WbsUpdate = Array.from({ length: GROWTH }, (_, i) => ({
        row: rows + 1 + i,
        taskId: `WBS-${rows + 1 + i}`,
        taskName: i % 2 ? `Action ${i}` : `=action ${i}`,
        due: 46020,
      }));
      const grown = await syncsOf(h.fake, () => h.host.updateWbs(record, [{ row: 1, owner: "Lead" }, ...appended]));
      const read = await syncsOf(h.fake, () => h.host.readWbs(record));
      expect(read.result.tasks).toHaveLength(rows + GROWTH);
      expect(read.result.tasks[rows + GROWTH - 1]).toMatchObject({ taskName: `Action ${GROWTH - 1}`, due: 46020 });
      expect(read.result.tasks[rows]).toMatchObject({ taskName: "=action 0", status: "Not started" });
      expect(read.result.tasks[rows - 1]).toMatchObject({ row: rows, taskName: `Task ${rows - 1}` });
      expect(read.result.tasks[0]).toMatchObject({ taskName: "=task 0", progress: 0.25 });
      expect(read.result.tasks[rows - 1].owner).toBe("＝boss");

      const result: Record<Operation, number> = {
        insertTemplate: insert.syncs,
        findTemplates: find.syncs,
        readWbs: read.syncs,
        writeFields: written.syncs,
        updateWbs: updated.syncs,
        growWbs: grown.syncs,
      };
      counts.set(rows, result);
      for (const op of Object.keys(BUDGET) as Operation[])
        expect({ op, syncs: result[op] <= BUDGET[op] }).toEqual({ op, syncs: true });
      // One Excel.run per operation, and the same counts at every size.
      expect(h.fake.runCount).toBe(6);
      const first = counts.get(SIZES[0]);
      if (first) expect(result).toEqual(first);
      const firstWrites = writes.get(SIZES[0]);
      if (firstWrites) expect(writes.get(rows)).toEqual(firstWrites);
    } finally {
      h.restore();
    }
  },
  60_000,
);
