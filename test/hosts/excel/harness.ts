/** Shared set-up of the Excel host tests: a fake Excel installed as the globals, seeded ids, big WBS plans. */
import { defaultEvaluator, FakeExcel, type CellValue, type FakeExcelOptions } from "../../support/fake-excel";
import { getTemplate, type Block, type TemplateDef } from "../../../src/core";
import { ExcelHost, type Planner } from "../../../src/hosts/excel";
import { planWorkbook } from "../../../src/render/sheet";
import { mulberry32 } from "../../support/random";

/** A serial date used as "today" by the test evaluator: 2026-03-16. */
export const TODAY = 46097;

/** Values for the formulas the WBS uses, so that reads return something recognisable (the fake has no engine). */
export function wbsEvaluator(formula: string): CellValue {
  if (formula.startsWith("=CONCORD.STATUS(")) return formula.includes('"zh-CN"') ? "未开始" : "Not started";
  if (formula.startsWith("=CONCORD.LAG(")) return 0;
  if (formula.startsWith("=CONCORD.WAITINGON(")) return "";
  if (formula === "=TODAY()") return TODAY;
  if (formula === "=NOW()") return TODAY + 0.5;
  return defaultEvaluator(formula);
}

export interface Harness {
  fake: FakeExcel;
  host: ExcelHost;
  restore: () => void;
}

/** A fake Excel installed as `Excel`/`Office`, and a host with seeded instance ids. Call `restore()` after. */
export function setUp(options: FakeExcelOptions & { planner?: Planner; seed?: number } = {}): Harness {
  const fake = new FakeExcel({ evaluate: wbsEvaluator, ...options });
  // The globals only provide Excel's enums; the host runs on and checks against the fake it is given, like the Word host.
  const restore = fake.install();
  const host = new ExcelHost({
    run: (batch) => fake.run((context) => batch(context as unknown as Excel.RequestContext)),
    requirements: fake,
    planner: options.planner,
    random: mulberry32(options.seed ?? 1),
  });
  return { fake, host, restore };
}

/** The WBS with `rows` task rows (the template has 20). */
export function wbsWithRows(rows: number): TemplateDef {
  const wbs = getTemplate("T3");
  const blocks: Block[] = wbs.blocks.map((block) =>
    block.type === "table" && block.table.id === "tasks" ? { ...block, table: { ...block.table, rows } } : block,
  );
  return { ...wbs, blocks };
}

/** Plans the WBS with `rows` task rows (other templates as usual). */
export function bigWbsPlanner(rows: number): Planner {
  const big = wbsWithRows(rows);
  return (template, language, id) => planWorkbook(template.id === "T3" ? big : template, language, id);
}

/** Counts the syncs of one operation. */
export async function syncsOf<T>(fake: FakeExcel, operation: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = fake.syncCount;
  const result = await operation();
  return { result, syncs: fake.syncCount - before };
}
