/**
 * Every template as a standalone .xlsx, in both languages, read back with exceljs (and the package XML where exceljs
 * does not read a part): the sheets, workbook names that resolve to the planned cells with the instance record,
 * tables with their calculated columns in the stored form, validations, number formats, text that stays text, and
 * the print setup.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  a1,
  a1Range,
  PAGE_MARGINS,
  planDashboard,
  planSheet,
  planTimeline,
  type SheetPlan,
} from "../../src/render/sheet";
import {
  decodeRecord,
  excelInstanceName,
  excelName,
  type Language,
  LANGUAGES,
  slotsOf,
  type TemplateDef,
  TEMPLATES,
} from "../../src/core";
import { templateFileName, templateFiles } from "../../src/files";
import { buildTemplateXlsx, buildXlsx, FILE_INSTANCE_ID } from "../../src/files/xlsx";
import { excelCell, loadWithExcelJs } from "./xlsx-support";

const ID = FILE_INSTANCE_ID;

function plansOf(template: TemplateDef, language: Language): SheetPlan[] {
  const main = planSheet(template, language, ID, { thisRow: "explicit", dialect: "native" });
  return template.id === "T3"
    ? [main, planDashboard(template, language, ID), planTimeline(template, language, ID)]
    : [main];
}

interface Built {
  bytes: Uint8Array;
  workbook: ExcelJS.Workbook;
  zip: JSZip;
  plans: SheetPlan[];
}

const built = new Map<string, Built>();
const cases = TEMPLATES.flatMap((template) => LANGUAGES.map((language) => [template.id, language, template] as const));

beforeAll(async () => {
  for (const [, language, template] of cases) {
    const bytes = await buildTemplateXlsx(template, language);
    built.set(`${template.id}/${language}`, {
      bytes,
      workbook: await loadWithExcelJs(bytes),
      zip: await JSZip.loadAsync(bytes),
      plans: plansOf(template, language),
    });
  }
}, 60_000);

const text = (zip: JSZip, path: string) => zip.file(path)!.async("string");

/** Every part's XML, for checks across the package. */
async function allXml(zip: JSZip): Promise<string> {
  const parts = Object.keys(zip.files).filter((p) => p.endsWith(".xml"));
  return (await Promise.all(parts.map((p) => text(zip, p)))).join("\n");
}

describe.each(cases)("%s %s", (_id, language, template) => {
  const get = () => built.get(`${template.id}/${language}`)!;

  it("has one sheet per plan (T3: the WBS, its dashboard and timeline)", () => {
    const { workbook, plans } = get();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(plans.map((p) => p.sheetName));
    expect(workbook.worksheets).toHaveLength(template.id === "T3" ? 3 : 1);
  });

  it("defines every planned name on its cells, a name for every slot, and the instance record", async () => {
    const { workbook, plans, zip } = get();
    for (const plan of plans) {
      for (const name of plan.names) {
        const sheet = `'${plan.sheetName.replace(/'/g, "''")}'`;
        expect(workbook.definedNames.getRanges(name.name).ranges).toEqual([`${sheet}!${a1Range(name, true)}`]);
      }
    }
    const defined = new Set(workbook.definedNames.model.map((n) => n.name));
    for (const slot of slotsOf(template)) expect(defined).toContain(excelName(template.id, ID, slot.key));

    const book = await text(zip, "xl/workbook.xml");
    const instance = new RegExp(`<definedName name="${excelInstanceName(template.id, ID)}" comment="([^"]*)"`).exec(
      book,
    );
    expect(instance).not.toBeNull();
    const comment = instance![1].replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    expect(decodeRecord(comment)).toEqual({ template: template.id, id: ID, language, version: template.version });
  });

  it("writes every planned table with its headers, ids and calculated columns in the stored form", async () => {
    const { workbook, plans, zip } = get();
    const tableXml = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))
        .map((p) => text(zip, p)),
    );
    for (const plan of plans) {
      const sheet = workbook.getWorksheet(plan.sheetName)!;
      for (const table of plan.tables) {
        const read = sheet.getTable(table.name) as unknown as {
          table: { tableRef: string; columns: Array<{ name: string }>; style: { theme: string } };
        };
        expect(read.table.tableRef).toBe(
          a1Range({ row: table.row, col: table.col, rows: table.rows + 1, cols: table.columns.length }),
        );
        expect(read.table.columns.map((c) => c.name)).toEqual(table.columns.map((c) => c.header));
        expect(read.table.style.theme).toBe(table.style);
        table.ids?.forEach((id, i) => expect(excelCell(sheet, a1(table.row + 1 + i, table.col)).value).toBe(id));

        const xml = tableXml.find((x) => x.includes(` name="${table.name}"`))!;
        const stored = [...xml.matchAll(/<calculatedColumnFormula>([^<]*)<\/calculatedColumnFormula>/g)];
        expect(stored).toHaveLength(table.columns.filter((c) => c.formula).length);
        table.columns.forEach((column, j) => {
          if (!column.formula) return;
          const cell = excelCell(sheet, a1(table.row + 1, table.col + j));
          expect(cell.formula).toBeDefined();
          expect(cell.formula).not.toMatch(/\[@|CONCORD\.|_xldudf_/);
          expect(excelCell(sheet, a1(table.row, table.col + j)).note).toBeUndefined();
        });
      }
    }
  });

  it("calls no add-in function (native formulas) and has Excel calculate everything on opening", async () => {
    const { zip } = get();
    expect(await allXml(zip)).not.toMatch(/_xldudf_|CONCORD\./);
    expect(await text(zip, "xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it("stores no formula in the Excel UI form (`[@…]`, CONCORD.xxx without _xldudf_)", async () => {
    const xml = await allXml(get().zip);
    expect(xml).not.toContain("[@");
    expect(xml).not.toMatch(/[>(,&;=+\-*/ ]CONCORD\.[A-Z]+\(/);
  });

  it("adds every planned validation", () => {
    const { workbook, plans } = get();
    for (const plan of plans) {
      const sheet = workbook.getWorksheet(plan.sheetName)! as unknown as {
        dataValidations: { model: Record<string, ExcelJS.DataValidation> };
      };
      for (const v of plan.validations) {
        const read = sheet.dataValidations.model[a1(v.row, v.col)];
        expect(read).toBeDefined();
        const expected = { list: "list", listFormula: "list", date: "date", decimal: "decimal", wholeNumber: "whole" };
        expect(read.type).toBe(expected[v.rule.type]);
        expect(read.error).toBe(v.error);
        if (v.rule.type === "list") expect(read.formulae[0]).toBe(`"${v.rule.values.join(",")}"`);
        // the bottom-right cell too: the rule covers the whole range
        expect(sheet.dataValidations.model[a1(v.row + v.rows - 1, v.col + v.cols - 1)]).toEqual(read);
      }
    }
  });

  it("applies number formats and keeps every planned text as text", () => {
    const { workbook, plans } = get();
    for (const plan of plans) {
      const sheet = workbook.getWorksheet(plan.sheetName)!;
      const inTable = (row: number, col: number) =>
        plan.tables.some(
          (t) => row >= t.row && row <= t.row + t.rows && col >= t.col && col < t.col + t.columns.length,
        );
      for (const planned of plan.cells) {
        const cell = excelCell(sheet, a1(planned.row, planned.col));
        // exceljs reads "General" back as no format
        if (planned.numberFormat) expect(cell.numFmt ?? "General").toBe(planned.numberFormat);
        if (planned.content.kind === "text" && !inTable(planned.row, planned.col)) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.value).toBe(planned.content.text);
        }
      }
      for (const table of plan.tables) {
        table.columns.forEach((column, j) => {
          if (column.numberFormat) {
            expect(excelCell(sheet, a1(table.row + table.rows, table.col + j)).numFmt).toBe(column.numberFormat);
          }
        });
      }
    }
  });

  it("prints on A4, one page wide, in the template's orientation, with its print area and title rows", async () => {
    const { workbook, plans, zip } = get();
    const book = await text(zip, "xl/workbook.xml");
    plans.forEach((plan, index) => {
      const sheet = workbook.getWorksheet(plan.sheetName)!;
      expect(sheet.pageSetup).toMatchObject({
        paperSize: plan.print.paper === "A3" ? 8 : 9,
        orientation: plan.print.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: plan.print.fitToHeight ? 1 : 0,
        margins: PAGE_MARGINS,
      });
      const area = plan.print.area;
      const range = `${a1(area.row, area.col, true)}:${a1(area.row + area.rows - 1, area.col + area.cols - 1, true)}`;
      expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">`);
      expect(book).toContain(`!${range}</definedName>`);
      if (plan.print.titleRows) {
        const [first, last] = plan.print.titleRows;
        expect(sheet.pageSetup.printTitlesRow).toBe(`${first + 1}:${last + 1}`);
      }
    });
    expect(plans[0].print.orientation).toBe(template.landscape ? "landscape" : "portrait");
  });

  it("breaks the printed pages where the plan does", async () => {
    const { plans, zip } = get();
    for (const [index, plan] of plans.entries()) {
      const xml = await text(zip, `xl/worksheets/sheet${index + 1}.xml`);
      const stored = [...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
      expect({ sheet: plan.sheetName, breaks: stored }).toEqual({ sheet: plan.sheetName, breaks: plan.pageBreaks });
    }
  });

  it("freezes the planned panes and carries no charts (exceljs cannot write them)", () => {
    const { workbook, plans, zip } = get();
    for (const plan of plans) {
      const view = workbook.getWorksheet(plan.sheetName)!.views[0];
      if (plan.freeze)
        expect(view).toMatchObject({ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows });
    }
    expect(Object.keys(zip.files).filter((p) => p.includes("chart"))).toEqual([]);
  });
});

describe("user text that looks like a formula", () => {
  it.each(["=SUM(A1:A3)", "+86 10 1234 5678", "-10%", "@owner", "=cmd|' /C calc'!A0"])(
    "stays text: %s",
    async (typed) => {
      const template = TEMPLATES.find((t) => t.id === "T2")!;
      const plan = planSheet(template, "en-US", ID);
      const name = plan.names.find((n) => n.name === excelName("T2", ID, "projectName"))!;
      const cells = plan.cells.map((c) =>
        c.row === name.row && c.col === name.col ? { ...c, content: { kind: "text" as const, text: typed } } : c,
      );
      const workbook = await loadWithExcelJs(await buildXlsx([{ ...plan, cells }]));
      const cell = excelCell(workbook.worksheets[0], a1(name.row, name.col));
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(typed);
    },
  );
});

describe("templateFiles", () => {
  it("lists every template as .xlsx and the Word templates as .docx, in both languages, with stable names", () => {
    const files = templateFiles();
    expect(files.filter((f) => f.kind === "xlsx")).toHaveLength(TEMPLATES.length * 2);
    expect(files.filter((f) => f.kind === "docx").map((f) => `${f.language} ${f.template}`)).toEqual(
      LANGUAGES.flatMap((l) => ["T1", "T2", "T4", "T5", "T7", "T8"].map((t) => `${l} ${t}`)),
    );
    expect(new Set(files.map((f) => `${f.language}/${f.fileName}`)).size).toBe(files.length);
    const wbs = TEMPLATES.find((t) => t.id === "T3")!;
    expect(templateFileName(wbs, "en-US", "xlsx")).toBe("T3-task-breakdown-wbs.xlsx");
    expect(templateFileName(wbs, "zh-CN", "xlsx")).toBe("T3-跨部门协作任务分解表.xlsx");
    expect(templateFileName(TEMPLATES[1], "en-US", "docx")).toBe("T2-consensus-form.docx");
    for (const file of files) expect(file.fileName).toMatch(/^T[1-8]-[^\\/:*?"<>|\s]+\.(xlsx|docx)$/);
  });

  it("builds the same bytes' content twice (fixed instance id)", async () => {
    const file = templateFiles(["zh-CN"]).find((f) => f.template === "T6" && f.kind === "xlsx")!;
    const [a, b] = [await file.build(), await file.build()];
    const sheet = async (bytes: Uint8Array) =>
      (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(await sheet(a)).toBe(await sheet(b));
  });
});
