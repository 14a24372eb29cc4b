import {
  detectColumns,
  LocalizedError,
  parseIssue,
  SLA_LABELS,
  slaState,
  withColumn,
  type Language,
} from "../../../src/core";
import { createPreviewHost } from "../../../src/hosts/preview";
import { PreviewLists } from "../../../src/hosts/preview/preview-lists";
import { sampleListSheets, type ListSheetData } from "../../../src/hosts/preview/sample-list";
import { clockAt } from "../../../src/hosts/preview/memory-form";
import type { ExcelConcordHost } from "../../../src/hosts/types";

/** Monday 2026-11-16, the preview's default status date. */
const MONDAY = 46342;

const excelPreview = (language: Language = "en-US") =>
  createPreviewHost({ kind: "excel", language, empty: true }) as Promise<
    Awaited<ReturnType<typeof createPreviewHost<"excel">>> & Required<ExcelConcordHost>
  >;

const column = (values: unknown[][], col: number, from: number, to: number) =>
  values.slice(from, to + 1).map((row) => row[col]);

describe("preview lists: the workbook's own task and issue lists", () => {
  it("reads the selected list as the Excel host does: geometry, header, sample and detectColumns' mapping", async () => {
    const host = await excelPreview();
    const list = await host.readSelectedList();
    expect(list.geometry).toEqual({
      sheet: "Team tasks",
      headerRow: 1,
      lastDataRow: 12,
      firstColumn: 0,
      columnCount: 10,
      table: null,
    });
    expect(list.header.slice(3, 9)).toEqual([
      "Start",
      "Deadline",
      "Finished",
      "% complete",
      "Blocked by",
      "Depends on",
    ]);
    expect(list.sample).toHaveLength(11);
    expect(list.mapping).toEqual(detectColumns(list.header, list.sample, { formats: list.formats }));
    expect(list.mapping.columns.due?.header).toBe("Deadline");
    expect(list.mapping.columns.predecessors?.header).toBe("Depends on");
    host.lists.select("issues");
    expect((await host.readSelectedList()).mapping.kind).toBe("issues");
  });

  it("adds Waiting on, Status and Lag with the values core computes (hand-checked for Monday 2026-11-16)", async () => {
    const host = await excelPreview();
    const list = await host.readSelectedList();
    const added = await host.augmentList(list.geometry, list.mapping, "en-US");
    expect(added).toEqual({
      columns: [
        { id: "waitingOn", header: "Waiting on", address: "'Team tasks'!K2:K13" },
        { id: "status", header: "Status", address: "'Team tasks'!L2:L13" },
        { id: "lag", header: "Lag (days)", address: "'Team tasks'!M2:M13" },
      ],
      statusDate: "'Team tasks'!P2",
    });
    const sheet = host.lists.sheet("tasks");
    expect(column(sheet.values, 10, 2, 12)).toEqual(["", "", "2", "2", "", "4", "", "", "3, 5", "", "4, 9"]);
    expect(column(sheet.values, 11, 2, 12)).toEqual([
      "Completed",
      "Lagging", // overdue since Friday
      "Blocked", // a blocker
      "Not started", // waits on 2 but starts tomorrow
      "Lagging", // 10 % where 60 % is expected
      "Blocked", // waits on 4 and starts today
      "Completed",
      "Completed",
      "Not started",
      "Not started",
      "Not started",
    ]);
    expect(column(sheet.values, 12, 2, 12)).toEqual([0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0]);
    expect(sheet.values[1].slice(14, 16)).toEqual(["Status date", MONDAY]);
    expect(sheet.formulas.get("1,15")).toBe("=TODAY()");
    expect(sheet.formulas.get("3,11")).toMatch(/^=CONCORD\.STATUS\(D4,E4,F4,G4,H4,\$P\$2,"en-US",,,,K4\)$/);
    // The user's own cells are unchanged.
    const before = sampleListSheets("en-US", MONDAY, MONDAY + 10 / 24)[0];
    expect(sheet.values.map((row) => row.slice(0, 10))).toEqual(before.values.map((row) => row.slice(0, 10)));
  });

  it("refuses before writing anything when a target cell holds text, naming the cell in both languages", async () => {
    const host = await excelPreview("zh-CN");
    const list = await host.readSelectedList();
    host.lists.typeInto("tasks", 7, 11, "备注");
    const before = host.lists.sheet("tasks");
    const error = await host.augmentList(list.geometry, list.mapping, "zh-CN").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalizedError);
    expect((error as LocalizedError).messages["zh-CN"]).toContain("'团队任务'!L8 不是空单元格");
    expect((error as LocalizedError).messages["en-US"]).toContain("'团队任务'!L8 is not empty");
    expect(host.lists.sheet("tasks")).toEqual(before);
  });

  it("issue list without severity: refused until every issue is confirmed major, then the SLA by core", async () => {
    const host = await excelPreview("zh-CN");
    host.lists.select("issues");
    const list = await host.readSelectedList();
    const refused = await host.augmentList(list.geometry, list.mapping, "zh-CN").catch((e: unknown) => e);
    expect((refused as LocalizedError).messages["zh-CN"]).toContain("没有严重程度列");
    // "首次响应" is the response column; the user says so.
    const mapping = withColumn(list.mapping, "respondedAt", 3, list.sample, list.formats);
    const added = await host.augmentList(list.geometry, mapping, "zh-CN", { everyIssueIsMajor: true });
    expect(added.columns.map((c) => [c.id, c.address])).toEqual([["sla", "'问题清单'!G2:G10"]]);
    expect(added.statusDate).toBe("'问题清单'!J2");
    const sheet = host.lists.sheet("issues");
    expect(column(sheet.values, 6, 2, 9)).toEqual([
      "达标", // answered in 1 h, solved in 19 h
      "响应超时", // answered after 3 h
      "解决超时", // open for 73 h
      "处理中", // raised an hour ago
      "解决超时", // solved after 30 h
      "解决超时", // 25 h without an answer
      "", // no times yet
      "处理中",
    ]);
    expect(sheet.values[1].slice(8, 10)).toEqual(["状态时间", MONDAY + 10 / 24]);
  });

  it("issue list with the project's windows (1 h / 4 h): each SLA is core's slaState under them, not the default's", async () => {
    const run = async (majorWindows?: { responseHours: number; solutionHours: number }) => {
      const host = await excelPreview();
      host.lists.select("issues");
      // IS-4 (row 6) raised 1.5 h before the status time, still without a response.
      const statusTime = MONDAY + 10 / 24;
      host.lists.typeInto("issues", 5, 2, statusTime - 1.5 / 24);
      const list = await host.readSelectedList();
      const mapping = withColumn(list.mapping, "respondedAt", 3, list.sample, list.formats);
      await host.augmentList(list.geometry, mapping, "en-US", { everyIssueIsMajor: true, majorWindows });
      const values = host.lists.sheet("issues").values;
      const expected = values.slice(2, 10).map(([, , raised, responded, resolved]) => {
        const issue = parseIssue(raised, responded, resolved);
        const windows = majorWindows ?? { responseHours: 2, solutionHours: 24 };
        return issue === null ? "" : SLA_LABELS["en-US"][slaState(issue, windows, statusTime)];
      });
      expect(column(values, 6, 2, 9)).toEqual(expected);
      return column(values, 6, 2, 9);
    };
    const agreed = await run({ responseHours: 1, solutionHours: 4 });
    const byDefault = await run();
    expect([agreed[3], byDefault[3]]).toEqual(["Response overdue", "Open"]);
    // Solved after 19 h: late for a 4 h solution window, met within 24 h.
    expect([agreed[0], byDefault[0]]).toEqual(["Solution overdue", "Met"]);
  });

  it("issue list with a severity column: only the major issues get the clock (compared as Excel does, any case)", async () => {
    const data: ListSheetData = {
      id: "issues",
      name: "Bugs",
      headerRow: 0,
      values: [
        ["Raised", "Responded", "Severity"],
        [MONDAY - 1, null, "major"],
        [MONDAY - 1, null, "Minor"],
        [MONDAY + 9 / 24, null, "Major"],
      ],
      formats: [[], ...Array.from({ length: 3 }, () => ["yyyy-mm-dd hh:mm", "yyyy-mm-dd hh:mm", "General"])],
    };
    const lists = new PreviewLists([data], clockAt(MONDAY));
    const list = await lists.readSelected();
    expect(list.mapping.columns.severity?.column).toBe(2);
    await lists.augment(list.geometry, list.mapping, "en-US");
    // 34 h without an answer: past both windows; 1 h: open.
    expect(column(lists.sheet("issues").values, 3, 1, 3)).toEqual(["Solution overdue", "", "Open"]);
  });

  it("a 0–100 progress column is read as points (the plan's IF(ISNUMBER(x),x/100,x))", async () => {
    const data: ListSheetData = {
      id: "tasks",
      name: "Plan",
      headerRow: 0,
      values: [
        ["Start", "Due", "Progress"],
        [MONDAY - 7, MONDAY + 4, 50],
        [MONDAY - 7, MONDAY + 4, 100],
      ],
      formats: [[], ...Array.from({ length: 2 }, () => ["yyyy-mm-dd", "yyyy-mm-dd", "0"])],
    };
    const lists = new PreviewLists([data], clockAt(MONDAY));
    const list = await lists.readSelected();
    expect(list.mapping.progressScale).toBe("points");
    await lists.augment(list.geometry, list.mapping, "en-US");
    // 50 where 60 % is expected: within 10 points.
    expect(column(lists.sheet("tasks").values, 3, 1, 2)).toEqual(["In progress", "Completed"]);
  });

  it("a selection whose header row is blank, or that has no data rows, is not a list", async () => {
    const sheet = (values: unknown[][]): ListSheetData => ({
      id: "tasks",
      name: "S",
      headerRow: 0,
      values,
      formats: [],
    });
    for (const values of [
      [
        [null, "Due"],
        [1, 2],
      ],
      [["Start", "Due"]],
    ]) {
      const lists = new PreviewLists([sheet(values)], clockAt(MONDAY));
      await expect(lists.readSelected()).rejects.toThrow(LocalizedError);
    }
    expect(() => new PreviewLists([sheet([["Due"]])], clockAt(MONDAY)).select("issues")).toThrow(RangeError);
  });

  it("the Word kind has no lists", async () => {
    const host = await createPreviewHost({ kind: "word", language: "en-US", empty: true });
    await expect(host.readSelectedList()).rejects.toThrow(/no sheets/);
  });
});
