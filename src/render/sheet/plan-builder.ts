/**
 * A SheetPlan under construction: cells placed once each, merges, names, tables, validations and formats, and
 * formulas resolved at the end, once every table and field has its place (A1 references need positions).
 */
import type {
  CellContent,
  CellRange,
  PlannedCell,
  PlannedChart,
  PlannedConditionalFormat,
  PlannedName,
  PlannedTable,
  PlannedValidation,
  PrintSetup,
  SheetPlan,
  StyleName,
} from "./sheet-plan";
import { type KeptSpan, paginate, paperFor, type RowSpan } from "./page-model";
import type { ReferenceFactory } from "./references";

const EMPTY: CellContent = { kind: "empty" };

export class PlanBuilder {
  private readonly cells = new Map<string, PlannedCell>();
  private readonly heights = new Map<number, number>();
  private readonly later: Array<(refs: ReferenceFactory) => void> = [];
  readonly merges: CellRange[] = [];
  readonly names: PlannedName[] = [];
  readonly tables: PlannedTable[] = [];
  readonly validations: PlannedValidation[] = [];
  readonly conditionalFormats: PlannedConditionalFormat[] = [];
  readonly charts: PlannedChart[] = [];
  /** Row ranges that print on one page, and rows the printer may break anywhere (page-model.ts). */
  private readonly kept: KeptSpan[] = [];
  private readonly freeRows: RowSpan[] = [];

  constructor(readonly columnWidths: number[]) {}

  /** Places one cell; a second cell at the same place is a layout bug. */
  put(row: number, col: number, content: CellContent, style?: StyleName, numberFormat?: string): PlannedCell {
    const key = `${row}:${col}`;
    if (this.cells.has(key)) throw new Error(`cell ${key} planned twice`);
    const cell: PlannedCell = {
      row,
      col,
      content,
      ...(style ? { style } : {}),
      ...(numberFormat ? { numberFormat } : {}),
    };
    this.cells.set(key, cell);
    return cell;
  }

  text(row: number, col: number, text: string, style?: StyleName): PlannedCell {
    return this.put(row, col, { kind: "text", text }, style);
  }

  /** A cell merged over `range` (its top-left cell holds content and style; the style applies to the whole area). */
  area(range: CellRange, content: CellContent = EMPTY, style?: StyleName, numberFormat?: string): PlannedCell {
    const cell = this.put(range.row, range.col, content, style, numberFormat);
    if (range.rows > 1 || range.cols > 1) this.merges.push({ ...range });
    return cell;
  }

  /** A styled band without merging (each cell carries the style), e.g. a section heading over a frozen column. */
  band(row: number, col: number, cols: number, text: string, style: StyleName): void {
    this.text(row, col, text, style);
    for (let c = col + 1; c < col + cols; c++) this.put(row, c, EMPTY, style);
  }

  /** A formula cell whose text is built once positions are known. */
  formula(
    range: CellRange,
    make: (refs: ReferenceFactory) => string,
    style?: StyleName,
    numberFormat?: string,
  ): PlannedCell {
    const content: CellContent = { kind: "formula", formula: "" };
    const cell = this.area(range, content, style, numberFormat);
    this.later.push((refs) => {
      content.formula = make(refs);
    });
    return cell;
  }

  /** Work to do once everything is placed (formulas of table columns, list validations from other tables). */
  defer(work: (refs: ReferenceFactory) => void): void {
    this.later.push(work);
  }

  /** Row height in points; the tallest request wins. */
  height(row: number, points: number): void {
    this.heights.set(row, Math.max(points, this.heights.get(row) ?? 0));
  }

  /**
   * Rows `row` … `row + rows - 1` print on one page (moved whole to the next page rather than cut); with
   * `withPrevious`, the unit before them goes along rather than let them start a page alone (signature blocks).
   */
  keepTogether(row: number, rows: number, withPrevious = false): void {
    if (rows > 1) this.kept.push({ row, rows, ...(withPrevious ? { withPrevious } : {}) });
  }

  /** Rows the printer may break between by itself (no manual break is written there), e.g. a register's rows. */
  breakFreely(row: number, rows: number): void {
    if (rows > 0) this.freeRows.push({ row, rows });
  }

  /** The last row and column used by cells, merges and tables. */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    const grow = (r: CellRange) => {
      rows = Math.max(rows, r.row + r.rows);
      cols = Math.max(cols, r.col + r.cols);
    };
    for (const cell of this.cells.values()) grow({ row: cell.row, col: cell.col, rows: 1, cols: 1 });
    this.merges.forEach(grow);
    for (const t of this.tables) grow({ row: t.row, col: t.col, rows: t.rows + 1, cols: t.columns.length });
    return { rows, cols };
  }

  /** Resolves the formulas with `refs` and returns the plan, with its page breaks from the page model. */
  build(
    sheetName: string,
    print: PrintSetup,
    refs: ReferenceFactory,
    freeze?: { rows: number; cols: number },
  ): SheetPlan {
    for (const work of this.later) work(refs);
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const rowHeights = [...this.heights.entries()].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
    const paper = paperFor(this.columnWidths, print, this.heights);
    const { breaks } = paginate({
      heights: this.heights,
      columnWidths: this.columnWidths,
      print: { ...print, paper },
      keep: this.kept,
      free: this.freeRows,
    });
    return {
      sheetName,
      columnWidths: [...this.columnWidths],
      rowHeights,
      cells,
      merges: this.merges,
      names: this.names,
      tables: this.tables,
      validations: this.validations,
      conditionalFormats: [...this.conditionalFormats].sort((a, b) => b.priority - a.priority),
      charts: this.charts,
      ...(freeze ? { freeze } : {}),
      print: { ...print, paper },
      pageBreaks: breaks,
    };
  }
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ (hosts make it unique). */
export function sheetNameFor(text: string): string {
  return text
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31)
    .trim();
}
