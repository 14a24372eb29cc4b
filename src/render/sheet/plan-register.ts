/**
 * The register layout (T3 WBS, T6 issue log): a few header fields over one numbered Excel table that is the sheet,
 * printed landscape with its header row repeated; the template's other tables (the WBS's Departments and Calendar)
 * sit to the right of it, outside the print area.
 *
 *   Title (merged over the printed width, like a form's)
 *   Purpose line (merged, wrapped)
 *   Label      │ input        │ hint
 *   Label      │ input        │
 *   ▀▀ Tasks ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀   ▀▀ Departments ▀▀   ▀▀ Calendar ▀▀
 *   Task ID │ Task name │ … │ Status │ Lag │ …         Department │ …      Date │ Kind      ← frozen above here
 *   WBS-001 │           │   │        │     │
 *   …                                   (print area: the left part only)
 *
 * Printed pages break inside the table where the printer breaks them (its rows are the user's to add); the heading,
 * header row and first rows of the table stay together, and the header row repeats on every page.
 */
import type { TableDef } from "../../core";
import { tickBoxes } from "./field-rules";
import { placeInput, placeTable, type PlanContext } from "./plan-parts";
import { cellRef } from "./references";
import { missingMeasuresFormat, missingReasonFormat, slaFormats, statusFormats } from "./status-formats";
import { heightFor } from "./text-metrics";

export const REGISTER_TABLE_STYLE = "TableStyleMedium2";
export const SIDE_TABLE_STYLE = "TableStyleLight15";
const GAP_WIDTH = 3;
/** Data rows printed on the page of the table's heading and header row. */
const FIRST_ROWS = 3;

/** The table a register is built around: the first table that numbers its rows. */
export function mainTableOf(tables: readonly TableDef[]): TableDef | undefined {
  return tables.find((t) => t.idPrefix);
}

/** Main table columns, then for each other table a gap column and its columns. */
export function registerGrid(main: TableDef, sides: readonly TableDef[]): { widths: number[]; sideCols: number[] } {
  const widths = main.columns.map((c) => c.width);
  const sideCols: number[] = [];
  for (const side of sides) {
    widths.push(GAP_WIDTH);
    sideCols.push(widths.length);
    widths.push(...side.columns.map((c) => c.width));
  }
  return { widths, sideCols };
}

/** How many columns from `from` it takes to be at least `width` characters wide. */
function span(widths: readonly number[], from: number, width: number): number {
  let total = 0;
  let n = 0;
  while (from + n < widths.length && total < width) total += widths[from + n++];
  return Math.max(1, n);
}

export interface RegisterResult {
  /** Rows and columns of the printed part. */
  printRows: number;
  printCols: number;
  headerRow: number;
  freeze: { rows: number; cols: number };
}

export function planRegister(ctx: PlanContext, main: TableDef, sides: readonly TableDef[], sideCols: number[]) {
  const { template, language, b } = ctx;
  const widths = b.columnWidths;
  const mainCols = main.columns.length;
  const labelCols = span(widths, 0, 18);
  const inputCols = span(widths, labelCols, 24);
  const hintCols = span(widths, labelCols + inputCols, 44);

  // Title and purpose over the printed width, as on the forms (the title's rule spans the page).
  const printWidth = widths.slice(0, mainCols).reduce((sum, w) => sum + w, 0);
  const purpose = template.purpose[language];
  b.area({ row: 0, col: 0, rows: 1, cols: mainCols }, { kind: "text", text: template.name[language] }, "title");
  b.height(0, 30);
  b.area({ row: 1, col: 0, rows: 1, cols: mainCols }, { kind: "text", text: purpose }, "subtitle");
  b.height(1, heightFor(purpose, printWidth, 18));
  let row = 2;
  const inputs = new Map<string, string>();
  for (const block of template.blocks) {
    if (block.type !== "fields") continue;
    const start = row;
    if (block.title) {
      b.band(row, 0, mainCols, block.title[language], "section");
      row++;
    }
    for (const field of block.fields) {
      const label = field.label[language];
      b.area({ row, col: 0, rows: 1, cols: labelCols }, { kind: "text", text: label }, "label");
      const style = field.kind === "longText" ? "inputLong" : "input";
      placeInput(ctx, { row, col: labelCols, rows: 1, cols: inputCols }, field, field.id, label, style);
      inputs.set(field.id, cellRef(row, labelCols, "both"));
      const hint = [field.choices ? tickBoxes(field, language) : "", field.hint?.[language] ?? ""]
        .filter((h) => h !== "")
        .join(" ");
      if (hint)
        b.area({ row, col: labelCols + inputCols, rows: 1, cols: hintCols }, { kind: "text", text: hint }, "hint");
      b.height(row, 20);
      row++;
      // Printing: a section heading stays with its first field.
      if (block.title && row - start === 2) b.keepTogether(start, 2);
    }
  }
  b.height(row, 8);
  row++;

  const sectionRow = row;
  const headerRow = row + 1;
  b.band(sectionRow, 0, mainCols, main.title[language], "section");
  b.height(sectionRow, 22);
  placeTable(ctx, main, headerRow, 0, REGISTER_TABLE_STYLE);
  b.height(headerRow, Math.max(...main.columns.map((c, j) => heightFor(c.label[language], widths[j], 20, true))));
  sides.forEach((side, i) => {
    b.band(sectionRow, sideCols[i], side.columns.length, side.title[language], "section");
    placeTable(ctx, side, headerRow, sideCols[i], SIDE_TABLE_STYLE);
  });

  // Printing: the table's heading and header row stay with its first rows; the rows themselves break where the
  // printer breaks them (users add rows), the header row repeated on every page.
  b.keepTogether(sectionRow, 2 + Math.min(FIRST_ROWS, main.rows));

  // Column guidance (e.g. the lag reason's examples) under the table, where it prints with it.
  let last = headerRow + main.rows;
  for (const column of main.columns) {
    const hint = column.hint?.[language];
    if (!hint) continue;
    last++;
    b.text(last, 0, `${column.label[language]}: ${hint}`, "hint");
  }

  // Colours by status (WBS) or SLA state (issue log), written for the first data row.
  const first = headerRow + 1;
  const body = { row: first, col: 0, rows: main.rows, cols: mainCols };
  const at = (id: string) => main.columns.findIndex((c) => c.id === id);
  const status = at("status");
  if (status >= 0 && main.columns[status].kind === "formula") {
    const statusCell = cellRef(first, status, "col");
    b.conditionalFormats.push(...statusFormats(body, statusCell, language));
    const reason = at("lagReason");
    if (reason >= 0) {
      const range = { row: first, col: reason, rows: main.rows, cols: 1 };
      b.conditionalFormats.push(missingReasonFormat(range, statusCell, cellRef(first, reason, "col"), language));
    }
    const measures = at("measures");
    const calendar = sides.findIndex((side) => side.id === "calendar");
    const statusDate = inputs.get("statusDate");
    if (measures >= 0 && calendar >= 0 && statusDate) {
      // The calendar's columns, absolute: its data rows start on the main table's first row.
      const { columns, rows } = sides[calendar];
      const calendarColumn = (id: string) => {
        const col = sideCols[calendar] + columns.findIndex((c) => c.id === id);
        return `${cellRef(first, col, "both")}:${cellRef(first + rows - 1, col, "both")}`;
      };
      const cell = (id: string) => cellRef(first, at(id), "col");
      const range = { row: first, col: measures, rows: main.rows, cols: at("measuresDue") - measures + 1 };
      const flag = { status: statusCell, start: cell("start"), due: cell("due"), progress: cell("progress") };
      const calendarColumns = { dates: calendarColumn("date"), kinds: calendarColumn("kind") };
      const cells = { ...flag, measures: cell("measures"), measuresDue: cell("measuresDue"), statusDate };
      b.conditionalFormats.push(missingMeasuresFormat(range, { ...cells, calendar: calendarColumns }, language));
    }
  }
  const sla = at("sla");
  if (sla >= 0) {
    const range = { row: first, col: sla, rows: main.rows, cols: 1 };
    b.conditionalFormats.push(...slaFormats(range, cellRef(first, sla, "col"), language));
  }

  b.breakFreely(headerRow + 1, last - headerRow);

  const result: RegisterResult = {
    printRows: last + 1,
    printCols: mainCols,
    headerRow,
    freeze: { rows: headerRow + 1, cols: labelCols },
  };
  return result;
}
