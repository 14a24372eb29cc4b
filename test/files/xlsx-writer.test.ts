/**
 * buildXlsx mechanics on a small hand-made SheetPlan: every part of a plan reaches the file in the form Excel reads
 * (checked by reading the file back with exceljs, and in the package XML where exceljs does not read a part).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/render/sheet";
import { PALETTE } from "../../src/render/house-style";
import { argb, buildXlsx, storedColumnWidth } from "../../src/files/xlsx";
import { excelCell, loadWithExcelJs } from "./xlsx-support";

const RECORD = '{"concord":1,"template":"T3","id":"f1le00","language":"en-US","version":1}';

function handPlan(): SheetPlan {
  return {
    sheetName: "Task breakdown (WBS)",
    columnWidths: [12, 30, 12, 12, 14],
    rowHeights: [
      { row: 0, height: 28 },
      { row: 3, height: 45 },
    ],
    cells: [
      { row: 0, col: 0, content: { kind: "text", text: "Task breakdown (WBS)" }, style: "title" },
      { row: 1, col: 0, content: { kind: "text", text: "Project / task name" }, style: "label" },
      { row: 1, col: 1, content: { kind: "text", text: '=HYPERLINK("http://x")' }, style: "input" },
      { row: 2, col: 0, content: { kind: "text", text: "Status date" }, style: "label" },
      { row: 2, col: 1, content: { kind: "formula", formula: "=TODAY()" }, style: "input", numberFormat: "yyyy-mm-dd" },
      { row: 3, col: 0, content: { kind: "text", text: "Notes" }, style: "label" },
      { row: 3, col: 1, content: { kind: "text", text: "+86 10 1234" }, style: "inputLong" },
      { row: 4, col: 0, content: { kind: "text", text: "-minus" }, style: "hint" },
      { row: 4, col: 1, content: { kind: "text", text: "@someone" }, style: "hint" },
      { row: 4, col: 2, content: { kind: "number", value: 0.25 }, numberFormat: "0%" },
      { row: 5, col: 0, content: { kind: "text", text: "Tasks" }, style: "section" },
      // inside the table: formatting only, the table owns the value
      { row: 6, col: 0, content: { kind: "text", text: "ignored" }, style: "header" },
      { row: 12, col: 0, content: { kind: "text", text: "Lead" }, style: "signatureLabel" },
      { row: 12, col: 1, content: { kind: "empty" }, style: "signatureLine" },
    ],
    merges: [
      { row: 0, col: 0, rows: 1, cols: 5 },
      { row: 1, col: 1, rows: 1, cols: 4 },
      { row: 3, col: 1, rows: 1, cols: 4 },
    ],
    names: [
      { name: "Concord_T3_f1le00", row: 0, col: 0, rows: 1, cols: 1, comment: RECORD },
      { name: "Concord_T3_f1le00_projectName", row: 1, col: 1, rows: 1, cols: 4, comment: "Project / task name" },
      { name: "Concord_T3_f1le00_statusDate", row: 2, col: 1, rows: 1, cols: 1, comment: "" },
      { name: "Concord_T3_f1le00_standards.1", row: 3, col: 1, rows: 1, cols: 1, comment: "" },
    ],
    tables: [
      {
        name: "Concord_T3_f1le00_tasks",
        tableId: "tasks",
        row: 6,
        col: 0,
        rows: 3,
        ids: ["WBS-001", "WBS-002", "WBS-003"],
        style: "TableStyleMedium2",
        columns: [
          { header: "Task ID" },
          { header: "Due date", numberFormat: "yyyy-mm-dd" },
          { header: "% complete", numberFormat: "0%" },
          {
            header: "Status",
            formula: '=CONCORD.STATUS(,[@[Due date]],,[@[% complete]],"",Concord_T3_f1le00_statusDate,"en-US")',
          },
          { header: "Late", formula: '=IF([@[Due date]]="","",Concord_T3_f1le00_statusDate>[@[Due date]])' },
        ],
      },
    ],
    validations: [
      { row: 7, col: 1, rows: 3, cols: 1, rule: { type: "date" }, prompt: "A date", error: "Type a date" },
      { row: 7, col: 2, rows: 3, cols: 1, rule: { type: "decimal", min: 0, max: 1 }, error: "0–100 %" },
      { row: 1, col: 1, rows: 1, cols: 1, rule: { type: "list", values: ["Yes", 'Say "no"'] }, error: "Choose" },
      {
        row: 7,
        col: 0,
        rows: 3,
        cols: 1,
        rule: { type: "listFormula", formula: '=INDIRECT("Concord_T3_f1le00_departments[Department]")' },
        error: "From the list",
      },
      { row: 4, col: 3, rows: 1, cols: 1, rule: { type: "wholeNumber", min: 1, max: 9 }, error: "1–9" },
    ],
    conditionalFormats: [
      {
        row: 7,
        col: 0,
        rows: 3,
        cols: 5,
        formula: '=$D8="Completed"',
        fill: "#C6EFCE",
        fontColor: "#006100",
        priority: 1,
      },
      { row: 7, col: 0, rows: 3, cols: 5, formula: '=$D8="Blocked"', fill: "#FFC7CE", priority: 5 },
    ],
    charts: [
      {
        type: "pie",
        title: "x",
        source: { row: 0, col: 0, rows: 2, cols: 2 },
        anchor: { row: 0, col: 6, rows: 10, cols: 5 },
      },
    ],
    freeze: { rows: 7, cols: 1 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      titleRows: [6, 6],
      area: { row: 0, col: 0, rows: 13, cols: 5 },
    },
    pageBreaks: [4, 9],
  };
}

async function readBack(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (path: string) => zip.file(path)!.async("string");
  const workbook = await loadWithExcelJs(bytes);
  return { workbook, zip, xml };
}

describe("buildXlsx on a hand-made plan", () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  let xml: (path: string) => Promise<string>;

  beforeAll(async () => {
    const second = { ...handPlan(), names: [], tables: [] };
    bytes = await buildXlsx([handPlan(), second], { created: new Date(Date.UTC(2026, 0, 1)) });
    ({ workbook, xml } = await readBack(bytes));
    sheet = workbook.worksheets[0];
  });

  it("writes one sheet per plan, a taken name getting a suffix", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Task breakdown (WBS)", "Task breakdown (WBS) (2)"]);
  });

  it("stores formula-looking text as text", () => {
    for (const [address, text] of [
      ["B2", '=HYPERLINK("http://x")'],
      ["B4", "+86 10 1234"],
      ["A5", "-minus"],
      ["B5", "@someone"],
    ]) {
      const cell = excelCell(sheet, address);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    }
  });

  it("writes formulas, numbers and number formats", () => {
    expect(excelCell(sheet, "B3").formula).toBe("TODAY()");
    expect(excelCell(sheet, "B3").numFmt).toBe("yyyy-mm-dd");
    expect(excelCell(sheet, "C5").value).toBe(0.25);
    expect(excelCell(sheet, "C5").numFmt).toBe("0%");
  });

  it("maps the named styles", () => {
    const title = excelCell(sheet, "A1");
    expect(title.font.bold).toBe(true);
    expect(title.font.size).toBeGreaterThanOrEqual(14);
    expect(title.font.color?.argb).toBe(argb(PALETTE.navy));
    const label = excelCell(sheet, "A2");
    expect(label.font.bold).toBe(true);
    expect((label.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(PALETTE.labelFill));
    expect(label.border.top?.style).toBe("thin");
    expect(excelCell(sheet, "B4").alignment.wrapText).toBe(true);
    expect(excelCell(sheet, "B4").alignment.vertical).toBe("top");
    expect(excelCell(sheet, "B13").border.bottom?.style).toBe("thin");
    expect(excelCell(sheet, "B13").border.top).toBeUndefined();
  });

  it("sets merges, column widths and row heights", () => {
    expect(excelCell(sheet, "C1").isMerged).toBe(true);
    expect(excelCell(sheet, "C1").master.address).toBe("A1");
    expect(excelCell(sheet, "E2").master.address).toBe("B2");
    // Stored with the cell padding, as Excel stores a column it shows 30 characters wide.
    expect(sheet.getColumn(2).width).toBe(storedColumnWidth(30));
    expect(storedColumnWidth(8.43)).toBe(9.140625);
    expect(sheet.getRow(1).height).toBe(28);
    expect(sheet.getRow(4).height).toBe(45);
  });

  it("defines the workbook names, the instance record in the instance name's comment", async () => {
    expect(workbook.definedNames.getRanges("Concord_T3_f1le00_projectName").ranges).toEqual([
      "'Task breakdown (WBS)'!$B$2:$E$2",
    ]);
    expect(workbook.definedNames.getRanges("Concord_T3_f1le00_standards.1").ranges).toEqual([
      "'Task breakdown (WBS)'!$B$4",
    ]);
    const book = await xml("xl/workbook.xml");
    expect(book).toContain(`<definedName name="Concord_T3_f1le00" comment="${RECORD.replace(/"/g, "&quot;")}">`);
  });

  it("writes the table with ids, header names, style and calculated columns", async () => {
    const table = sheet.getTable("Concord_T3_f1le00_tasks") as unknown as {
      table: ExcelJS.TableProperties & { tableRef: string };
    };
    expect(table.table.tableRef).toBe("A7:E10");
    expect(table.table.headerRow).toBe(true);
    expect(table.table.columns.map((c) => c.name)).toEqual(["Task ID", "Due date", "% complete", "Status", "Late"]);
    expect(excelCell(sheet, "A7").value).toBe("Task ID");
    expect(excelCell(sheet, "A8").value).toBe("WBS-001");
    expect(excelCell(sheet, "A10").value).toBe("WBS-003");
    expect(excelCell(sheet, "B8").numFmt).toBe("yyyy-mm-dd");
    // add-in functions in their stored form, with a cached "" (blank rows), structured references as stored
    expect(excelCell(sheet, "D8").formula).toBe(
      '_xldudf_CONCORD_STATUS(,Concord_T3_f1le00_tasks[[#This Row],[Due date]],,Concord_T3_f1le00_tasks[[#This Row],[% complete]],"",Concord_T3_f1le00_statusDate,"en-US")',
    );
    const tableXml = await xml("xl/tables/table1.xml");
    expect(tableXml).toContain('<tableStyleInfo name="TableStyleMedium2"');
    expect(tableXml).toContain(
      "<calculatedColumnFormula>IF(Concord_T3_f1le00_tasks[[#This Row],[Due date]]=&quot;&quot;,&quot;&quot;,Concord_T3_f1le00_statusDate&gt;Concord_T3_f1le00_tasks[[#This Row],[Due date]])</calculatedColumnFormula>",
    );
    expect(tableXml.match(/<calculatedColumnFormula>/g)).toHaveLength(2);
    // header band and bordered body also where table styles are not rendered (LibreOffice, other viewers)
    expect((excelCell(sheet, "A7").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(PALETTE.navy));
    expect(excelCell(sheet, "B9").border.left?.style).toBe("thin");
  });

  it("writes the data validations", async () => {
    // exceljs reads validations back cell by cell
    const model = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    for (const address of ["B8", "B10"]) {
      expect(model[address]).toMatchObject({ type: "date", operator: "greaterThanOrEqual", prompt: "A date" });
    }
    expect(model.C9).toMatchObject({ type: "decimal", formulae: [0, 1], error: "0–100 %", errorStyle: "stop" });
    expect(model.B2).toMatchObject({ type: "list", formulae: ['"Yes,Say ""no"""'] });
    expect(model.A8).toMatchObject({
      type: "list",
      formulae: ['INDIRECT("Concord_T3_f1le00_departments[Department]")'],
    });
    expect(model.D5).toMatchObject({ type: "whole", formulae: [1, 9] });
    // one rule per range; the date rule's bound is serial 1 (1900-01-01) whatever the time zone
    const sheetXml = await xml("xl/worksheets/sheet1.xml");
    expect(sheetXml).toMatch(
      /<dataValidation type="date" operator="greaterThanOrEqual"[^>]* sqref="B8:B10"><formula1>1<\/formula1>/,
    );
    expect(sheetXml).toContain('<dataValidations count="5">');
  });

  it("adds the conditional formats, the plan's highest priority first", async () => {
    const sheetXml = await xml("xl/worksheets/sheet1.xml");
    const rules = [...sheetXml.matchAll(/<cfRule type="expression" dxfId="(\d+)" priority="(\d+)"><formula>([^<]*)</g)];
    expect(rules.map((r) => [r[2], r[3]])).toEqual([
      ["1", "$D8=&quot;Blocked&quot;"],
      ["2", "$D8=&quot;Completed&quot;"],
    ]);
    const styles = await xml("xl/styles.xml");
    expect(styles).toContain(argb("#FFC7CE"));
    expect(styles).toContain(argb("#006100"));
  });

  it("freezes panes and hides gridlines", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 7, showGridLines: false });
  });

  it("sets up printing: A4, orientation, one page wide, print titles and area", async () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "7:7",
    });
    const book = await xml("xl/workbook.xml");
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Task breakdown (WBS)&apos;!$A$1:$E$13</definedName>`,
    );
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Task breakdown (WBS)&apos;!$7:$7</definedName>`,
    );
  });

  it("writes the plan's page breaks before their rows, across every column, and the page model's margins", async () => {
    // A break before 0-based row r is stored as <brk id="r"/>: below the 1-based row r.
    const sheetXml = await xml("xl/worksheets/sheet1.xml");
    expect(sheetXml).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="4" max="16383" man="1"/><brk id="9" max="16383" man="1"/></rowBreaks>',
    );
    expect(sheet.pageSetup.margins).toEqual({ left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 });
  });

  it("fits a plan to one page tall as well when it asks, and writes no breaks when it has none", async () => {
    const plan = handPlan();
    const onePage = await loadWithExcelJs(
      await buildXlsx([{ ...plan, print: { ...plan.print, fitToHeight: true }, pageBreaks: [] }]),
    );
    expect(onePage.worksheets[0].pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    const noBreaks = await readBack(await buildXlsx([{ ...plan, pageBreaks: [] }]));
    expect(await noBreaks.xml("xl/worksheets/sheet1.xml")).not.toContain("rowBreaks");
  });

  it("writes no charts (exceljs cannot)", () => {
    expect(Object.keys((workbook as unknown as { media: unknown[] }).media ?? [])).toHaveLength(0);
  });
});
