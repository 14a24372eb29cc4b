/**
 * Checks that a sheet of the fake workbook is what its SheetPlan says: values, formulas, number formats, merges,
 * styles, sizes, tables (headers, ids, number formats, calculated columns), names, validations, conditional formats
 * (and their priority order), charts, frozen panes, print setup (margins of the page model) and page breaks.
 */
import { excelWouldConvert } from "../../../src/hosts/excel/apply-plan";
import { columnWidthPoints } from "../../../src/hosts/excel/styles";
import { SHEET_STYLES } from "../../../src/render/house-style";
import { tableColumnNames, type Rect, type SheetModel, type WorkbookModel } from "../../support/fake-excel";
import { PAGE_MARGINS, type CellRange, type SheetPlan } from "../../../src/render/sheet";

const rect = (r: CellRange): Rect => ({ row: r.row, col: r.col, rows: r.rows, cols: r.cols });

export function expectSheetMatchesPlan(workbook: WorkbookModel, sheet: SheetModel, plan: SheetPlan): void {
  const where = (what: string) => `${sheet.name}: ${what}`;

  // Values and number formats.
  for (const cell of plan.cells) {
    const model = sheet.peek(cell.row, cell.col);
    const at = where(`cell (${cell.row},${cell.col})`);
    const { content } = cell;
    if (content.kind === "text") {
      expect({ at, value: model?.value, formula: model?.formula }).toEqual({ at, value: content.text, formula: null });
      if (excelWouldConvert(content.text) && !cell.numberFormat)
        expect({ at, f: model?.numberFormat }).toEqual({ at, f: "@" });
    } else if (content.kind === "number") {
      expect({ at, value: model?.value }).toEqual({ at, value: content.value });
    } else if (content.kind === "formula") {
      expect({ at, formula: model?.formula }).toEqual({ at, formula: content.formula });
    }
    if (cell.numberFormat) expect({ at, f: model?.numberFormat }).toEqual({ at, f: cell.numberFormat });
  }

  // Merges, styles (over the whole merge area), sizes.
  for (const merge of plan.merges) expect(sheet.merges).toContainEqual(rect(merge));
  const mergeAt = new Map(plan.merges.map((m) => [`${m.row}:${m.col}`, m]));
  for (const cell of plan.cells) {
    if (!cell.style) continue;
    const style = SHEET_STYLES[cell.style];
    const area = mergeAt.get(`${cell.row}:${cell.col}`) ?? { row: cell.row, col: cell.col, rows: 1, cols: 1 };
    for (const [r, c] of [
      [area.row, area.col],
      [area.row + area.rows - 1, area.col + area.cols - 1],
    ]) {
      const got = sheet.peek(r, c)?.style;
      const at = where(`${cell.style} at (${r},${c})`);
      if (style.fill) expect({ at, fill: got?.fill }).toEqual({ at, fill: `#${style.fill}` });
      expect({ at, color: got?.color, size: got?.size }).toEqual({
        at,
        color: `#${style.font.color}`,
        size: style.font.size,
      });
      if (style.font.bold) expect({ at, bold: got?.bold }).toEqual({ at, bold: true });
      if (style.wrap) expect({ at, wrap: got?.wrapText }).toEqual({ at, wrap: true });
      if (style.border?.box) {
        expect({ at, edges: Object.keys(got?.borders ?? {}).sort() }).toEqual({
          at,
          edges: ["bottom", "left", "right", "top"],
        });
      }
      if (style.border?.bottom)
        expect({ at, bottom: got?.borders.bottom?.style }).toEqual({ at, bottom: "Continuous" });
    }
  }
  plan.columnWidths.forEach((w, i) => expect(sheet.columnWidths.get(i)).toBe(columnWidthPoints(w)));
  for (const { row, height } of plan.rowHeights) expect(sheet.rowHeights.get(row)).toBe(height);

  // Tables.
  for (const t of plan.tables) {
    const table = workbook.table(t.name);
    expect(table).toBeDefined();
    if (!table) continue;
    expect(table.sheet).toBe(sheet);
    expect({ row: table.row, col: table.col, rows: table.rows, cols: table.cols, style: table.style }).toEqual({
      row: t.row,
      col: t.col,
      rows: t.rows,
      cols: t.columns.length,
      style: t.style,
    });
    expect(tableColumnNames(table)).toEqual(t.columns.map((c) => c.header));
    t.columns.forEach((c, j) => {
      for (const r of [0, t.rows - 1]) {
        const cell = sheet.peek(t.row + 1 + r, t.col + j);
        if (c.formula) expect(cell?.formula).toBe(c.formula);
        if (c.numberFormat) expect(cell?.numberFormat).toBe(c.numberFormat);
      }
    });
    if (t.ids) {
      expect(sheet.valueAt(t.row + 1, t.col)).toBe(t.ids[0]);
      expect(sheet.valueAt(t.row + t.rows, t.col)).toBe(t.ids[t.ids.length - 1]);
    }
  }

  // Names (on this sheet).
  for (const n of plan.names) {
    const name = workbook.name(n.name);
    expect(name).toBeDefined();
    expect(name && "sheet" in name.ref ? { sheet: name.ref.sheet.name, rect: name.ref.rect } : null).toEqual({
      sheet: sheet.name,
      rect: rect(n),
    });
    expect(name?.comment).toBe(n.comment.length <= 255 ? n.comment : expect.any(String));
  }

  // Data validation.
  for (const v of plan.validations) {
    const got = sheet.validations.find((x) => JSON.stringify(x.range) === JSON.stringify(rect(v)));
    expect({ at: where(`validation ${JSON.stringify(rect(v))}`), found: got !== undefined }).toEqual({
      at: where(`validation ${JSON.stringify(rect(v))}`),
      found: true,
    });
    if (!got) continue;
    const type = { list: "list", listFormula: "list", date: "date", decimal: "decimal", wholeNumber: "wholeNumber" }[
      v.rule.type
    ];
    expect(Object.keys(got.rule)).toEqual([type]);
    if (v.rule.type === "list")
      expect(got.rule.list).toEqual({ inCellDropDown: true, source: v.rule.values.join(",") });
    if (v.rule.type === "listFormula") expect(got.rule.list).toEqual({ inCellDropDown: true, source: v.rule.formula });
    if (v.rule.type === "decimal")
      expect(got.rule.decimal).toMatchObject({ formula1: v.rule.min, formula2: v.rule.max });
    expect(got.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    expect(v.error.startsWith(got.errorAlert?.message?.replace(/…$/, "") ?? "?")).toBe(true);
    if (v.prompt) expect(got.prompt).toMatchObject({ showPrompt: true });
  }

  // Conditional formats: all there, and a higher plan priority is above a lower one in Excel's list.
  expect(sheet.conditionalFormats).toHaveLength(plan.conditionalFormats.length);
  const indexOf = plan.conditionalFormats.map((f) =>
    sheet.conditionalFormats.findIndex(
      (x) => x.formula === f.formula && x.fill === f.fill && JSON.stringify(x.range) === JSON.stringify(rect(f)),
    ),
  );
  expect(indexOf.every((i) => i >= 0)).toBe(true);
  plan.conditionalFormats.forEach((f, i) => {
    expect(sheet.conditionalFormats[indexOf[i]].type).toBe("Custom");
    if (f.fontColor) expect(sheet.conditionalFormats[indexOf[i]].fontColor).toBe(f.fontColor);
    plan.conditionalFormats.forEach((g, j) => {
      if (f.priority > g.priority) expect(indexOf[i]).toBeLessThan(indexOf[j]);
    });
  });

  // Charts.
  expect(sheet.charts).toHaveLength(plan.charts.length);
  plan.charts.forEach((c, i) => {
    const got = sheet.charts[i];
    const type = { columnClustered: "ColumnClustered", pie: "Pie", barClustered: "BarClustered" }[c.type];
    expect({ type: got.type, title: got.title, source: got.source, seriesBy: got.seriesBy }).toEqual({
      type,
      title: c.title,
      source: rect(c.source),
      seriesBy: "Columns",
    });
    expect(got.position?.start).toEqual({ row: c.anchor.row, col: c.anchor.col, rows: 1, cols: 1 });
    expect(got.position?.end).toEqual({
      row: c.anchor.row + c.anchor.rows - 1,
      col: c.anchor.col + c.anchor.cols - 1,
      rows: 1,
      cols: 1,
    });
  });

  // Frozen panes and print setup.
  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0) ? plan.freeze : null;
  expect(sheet.freeze).toEqual(freeze);
  expect(sheet.pageLayout).toMatchObject({
    orientation: plan.print.orientation === "landscape" ? "Landscape" : "Portrait",
    paperSize: plan.print.paper ?? "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: plan.print.fitToHeight ? 1 : 0 },
    printArea: rect(plan.print.area),
    leftMargin: PAGE_MARGINS.left * 72,
    rightMargin: PAGE_MARGINS.right * 72,
    topMargin: PAGE_MARGINS.top * 72,
    bottomMargin: PAGE_MARGINS.bottom * 72,
    headerMargin: PAGE_MARGINS.header * 72,
    footerMargin: PAGE_MARGINS.footer * 72,
  });
  expect(sheet.horizontalPageBreaks).toEqual(plan.pageBreaks.map((row) => ({ row, col: plan.print.area.col })));
  expect(sheet.pageLayout.titleRows ?? null).toEqual(
    plan.print.titleRows ? { first: plan.print.titleRows[0], last: plan.print.titleRows[1] } : null,
  );
}
