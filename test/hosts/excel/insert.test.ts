/**
 * insertTemplate against the fake Excel: every template in both languages lands as its plan says, bound by names
 * whose instance record decodes; nothing existing is overwritten; missing requirement sets change nothing.
 */
import {
  decodeRecord,
  excelInstanceName,
  excelName,
  LANGUAGES,
  newInstanceId,
  STATUS_LABELS,
  TEMPLATES,
} from "../../../src/core";
import { ExcelHost } from "../../../src/hosts/excel";
import { planWorkbook } from "../../../src/render/sheet";
import { UnsupportedHostError } from "../../../src/hosts/errors";
import { mulberry32 } from "../../support/random";
import { expectSheetMatchesPlan } from "./expect-plan";
import { setUp, syncsOf, type Harness } from "./harness";
import { type SheetPlan } from "../../../src/render/sheet";

let h: Harness;
afterEach(() => h?.restore());

describe.each(TEMPLATES.map((t) => t.id))("%s", (templateId) => {
  test.each(LANGUAGES)("inserts every sheet of its plan (%s) in 2 syncs, page breaks included", async (language) => {
    h = setUp();
    const { result: instance, syncs } = await syncsOf(h.fake, () => h.host.insertTemplate(templateId, language));
    expect(syncs).toBe(2); // budget 3: what the workbook has, then every sheet with its print setup and page breaks
    expect(h.fake.runCount).toBe(1);

    const template = TEMPLATES.find((t) => t.id === templateId)!;
    const plans = planWorkbook(template, language, instance.record.id);
    expect(h.fake.workbook.sheets.map((s) => s.name)).toEqual(plans.map((p) => p.sheetName));
    expect(instance.location).toBe(plans[0].sheetName);
    plans.forEach((plan, i) => expectSheetMatchesPlan(h.fake.workbook, h.fake.workbook.sheets[i], plan));
    if (templateId === "T2") expect(h.fake.workbook.sheets[0].horizontalPageBreaks.length).toBeGreaterThan(0);

    // The instance record, on the instance name, decodes to what insertTemplate returned.
    const name = h.fake.workbook.name(excelInstanceName(templateId, instance.record.id));
    expect(decodeRecord(name?.comment)).toEqual(instance.record);
    expect(instance.record).toEqual({
      template: templateId,
      id: instance.record.id,
      language,
      version: template.version,
    });

    // Every slot name resolves to one cell of the template's own sheet.
    const own = h.fake.workbook.sheets[0];
    for (const n of plans[0].names.filter((x) => x.name !== excelInstanceName(templateId, instance.record.id))) {
      const model = h.fake.workbook.name(n.name)!;
      expect("sheet" in model.ref && model.ref.sheet).toBe(own);
    }
  });
});

describe("the WBS (T3)", () => {
  test.each(LANGUAGES)(
    "has the Tasks table with calculated columns, named status date and status colours (%s)",
    async (language) => {
      h = setUp();
      const { record } = await h.host.insertTemplate("T3", language);
      const wb = h.fake.workbook;
      const tasks = wb.table(excelName("T3", record.id, "tasks"))!;
      expect(tasks.rows).toBe(20);
      const sheet = tasks.sheet;
      expect(sheet.valueAt(tasks.row + 1, tasks.col)).toBe("WBS-001");
      expect(sheet.valueAt(tasks.row + 20, tasks.col)).toBe("WBS-020");
      const formulas = Array.from({ length: tasks.cols }, (_, c) => sheet.peek(tasks.row + 1, tasks.col + c)?.formula);
      expect(formulas.filter((f) => f?.startsWith("=CONCORD.STATUS("))).toHaveLength(1);
      expect(formulas.filter((f) => f?.startsWith("=CONCORD.LAG("))).toHaveLength(1);
      // Waiting on reads its row of one CONCORD.WAITINGONALL spilled beside the table (tables hold no spills).
      expect(formulas.filter((f) => f?.startsWith("=INDEX(") && f.includes("#,ROW()-ROW("))).toHaveLength(1);
      const beside = Array.from(
        { length: 40 },
        (_, c) => sheet.peek(tasks.row + 1, tasks.col + tasks.cols + c)?.formula,
      );
      expect(beside.filter((f) => f?.startsWith("=CONCORD.WAITINGONALL("))).toHaveLength(1);
      expect(formulas.find((f) => f?.startsWith("=CONCORD.STATUS("))).toContain(`"${language}"`);

      const statusDate = wb.name(excelName("T3", record.id, "statusDate"))!;
      expect(
        "sheet" in statusDate.ref &&
          statusDate.ref.sheet.peek(statusDate.ref.rect.row, statusDate.ref.rect.col)?.formula,
      ).toBe("=TODAY()");
      expect(wb.table(excelName("T3", record.id, "calendar"))?.cols).toBe(2);

      const fills = sheet.conditionalFormats.map((f) => f.formula ?? "");
      for (const status of Object.values(STATUS_LABELS[language])) {
        expect(fills.some((f) => f.includes(`"${status}"`))).toBe(true);
      }
      expect(sheet.freeze?.rows).toBeGreaterThan(tasks.row);

      // Dashboard with a chart, timeline with its bars.
      const [, dashboard, timeline] = wb.sheets;
      expect(dashboard.charts).toHaveLength(1);
      expect(timeline.conditionalFormats.length).toBeGreaterThan(0);
    },
  );

  test("the issue log (T6) has its SLA column", async () => {
    h = setUp();
    const { record } = await h.host.insertTemplate("T6", "zh-CN");
    const issues = h.fake.workbook.table(excelName("T6", record.id, "issues"))!;
    const formulas = Array.from(
      { length: issues.cols },
      (_, c) => issues.sheet.peek(issues.row + 1, issues.col + c)?.formula,
    );
    // The SLA column chooses CONCORD.SLA's windows by the row's severity (重大 / 一般).
    const sla = formulas.find((f) => f?.includes("CONCORD.SLA("));
    expect(sla).toMatch(/^=IF\(OR\(TRIM\(.+\)="重大"/);
    expect(sla).toContain('"zh-CN"');
  });
});

describe("never overwrites", () => {
  test('a taken sheet name gets " (2)" and the user\'s sheet stays untouched', async () => {
    h = setUp();
    const mine = h.fake.workbook.addSheet("Task breakdown (WBS)");
    mine.input(0, 0, "my own data");
    mine.input(1, 1, 42);
    mine.cell(1, 1).numberFormat = "0.00";
    h.fake.workbook.addName("MyName", { sheet: mine, rect: { row: 0, col: 0, rows: 1, cols: 1 } }, "mine");
    const before = JSON.stringify([...mine.cells]);

    const instance = await h.host.insertTemplate("T3", "en-US");
    expect(instance.location).toBe("Task breakdown (WBS) (2)");
    expect(h.fake.workbook.sheets.map((s) => s.name)).toEqual([
      "Task breakdown (WBS)",
      "Task breakdown (WBS) (2)",
      "WBS dashboard",
      "WBS timeline",
    ]);
    expect(h.fake.workbook.sheets[0]).toBe(mine);
    expect(JSON.stringify([...mine.cells])).toBe(before);
    expect(mine.merges).toEqual([]);
    expect(mine.validations).toEqual([]);
    expect(mine.conditionalFormats).toEqual([]);
    expect(h.fake.workbook.name("MyName")?.comment).toBe("mine");
    // The plan applied to the "(2)" sheet all the same.
    expectSheetMatchesPlan(h.fake.workbook, h.fake.workbook.sheets[1], {
      ...planWorkbook(TEMPLATES[2], "en-US", instance.record.id)[0],
    } as SheetPlan);
  });

  test("inserting twice gives two instances with distinct ids, all sheets suffixed", async () => {
    h = setUp();
    const first = await h.host.insertTemplate("T3", "zh-CN");
    const second = await h.host.insertTemplate("T3", "zh-CN");
    expect(second.record.id).not.toBe(first.record.id);
    expect(h.fake.workbook.sheets.map((s) => s.name)).toEqual([
      "跨部门协作任务分解表",
      "任务看板",
      "任务时间轴",
      "跨部门协作任务分解表 (2)",
      "任务看板 (2)",
      "任务时间轴 (2)",
    ]);
    expect(second.location).toBe("跨部门协作任务分解表 (2)");
    const found = await h.host.findTemplates();
    expect(found.map((f) => f.record.id).sort()).toEqual([first.record.id, second.record.id].sort());
  });

  test("an id already used by a Concord name in the workbook is not reused", async () => {
    h = setUp({ seed: 7 });
    const wouldBe = newInstanceId([], mulberry32(7));
    const sheet = h.fake.workbook.addSheet("Old");
    h.fake.workbook.addName(excelName("T5", wouldBe, "reason"), { sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } });
    const instance = await h.host.insertTemplate("T1", "en-US");
    expect(instance.record.id).not.toBe(wouldBe);
    expect(instance.record.id).toMatch(/^[a-z][a-z0-9]{5}$/);
  });
});

describe("requirement sets", () => {
  test("an Excel without ExcelApi 1.9 gets UnsupportedHostError in both languages and nothing is written", async () => {
    h = setUp({ apiVersion: "1.8" });
    const error = await h.host.insertTemplate("T3", "en-US").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedHostError);
    const unsupported = error as UnsupportedHostError;
    expect(unsupported.requirement).toBe("ExcelApi 1.9");
    expect(unsupported.messages["en-US"]).toMatch(/ExcelApi|Excel JavaScript API 1\.9/);
    expect(unsupported.messages["zh-CN"]).toMatch(/1\.9/);
    expect(unsupported.messages["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    expect(h.fake.runCount).toBe(0);
    expect(h.fake.syncCount).toBe(0);
    expect(h.fake.workbook.sheets).toEqual([]);
    expect(h.fake.requirementChecks).toContain("ExcelApi 1.9");
  });

  test.each([
    ["findTemplates", "1.6", "ExcelApi 1.7"],
    ["readFields", "1.3", "ExcelApi 1.4"],
  ] as const)("%s on ExcelApi %s fails with %s before Excel.run", async (operation, version, requirement) => {
    h = setUp({ apiVersion: version });
    const record = { template: "T1" as const, id: "abcdef", language: "en-US" as const, version: 1 };
    const run = operation === "findTemplates" ? h.host.findTemplates() : h.host.readFields(record);
    await expect(run).rejects.toMatchObject({ name: "UnsupportedHostError", requirement });
    expect(h.fake.runCount).toBe(0);
  });

  test("without Office at all the host reports an unsupported host, not a crash", async () => {
    h = setUp();
    const globals = globalThis as Record<string, unknown>;
    const office = globals.Office;
    delete globals.Office;
    try {
      // Built without requirements, the host asks Office for them: there is none.
      const host = new ExcelHost({ run: () => Promise.reject(new Error("Excel.run must not be reached")) });
      await expect(host.insertTemplate("T1", "zh-CN")).rejects.toBeInstanceOf(UnsupportedHostError);
      // Told explicitly that there are none, likewise.
      await expect(new ExcelHost({ requirements: null }).findTemplates()).rejects.toBeInstanceOf(UnsupportedHostError);
    } finally {
      globals.Office = office;
    }
  });
});

describe("a failing insert", () => {
  test("removes its own sheets and names, leaves the user's, and reports Excel's error (3 syncs)", async () => {
    // A plan Excel rejects halfway: a conditional format with a structured reference.
    h = setUp({
      planner: (template, language, id) => {
        const [plan] = planWorkbook(template, language, id);
        return [
          plan,
          {
            ...plan,
            sheetName: "Broken",
            names: [],
            tables: [],
            conditionalFormats: [
              { row: 0, col: 0, rows: 1, cols: 1, formula: "=Table1[@Col]=1", fill: "#FF0000", priority: 1 },
            ],
          },
        ];
      },
    });
    const mine = h.fake.workbook.addSheet("Mine");
    mine.input(0, 0, "keep");
    const { result: error, syncs } = await syncsOf(h.fake, () =>
      h.host.insertTemplate("T1", "en-US").catch((e: unknown) => e),
    );
    expect(String(error)).toMatch(/structured references/);
    expect(syncs).toBe(3);
    expect(h.fake.workbook.sheets.map((s) => s.name)).toEqual(["Mine"]);
    expect(h.fake.workbook.names).toEqual([]);
    expect(h.fake.workbook.tables).toEqual([]);
    expect(mine.textAt("A1")).toBe("keep");
  });
});
