/**
 * The brief as a worksheet plan in the house style: title, the facts, then one section band, header row and data
 * rows per list, status and SLA labels in their house colours. The values are written as values (no formulas): the
 * sheet is the brief of one status date, kept as the meeting saw it. Text cells are `text` content, which the Excel host and the file writer keep as text even when
 * it starts with "=".
 */
import type { BriefColumnKind, BriefSection, WeeklyBrief } from "../../core";
import {
  type CellContent,
  cellRef,
  heightFor,
  PlanBuilder,
  type SheetPlan,
  sheetNameFor,
  slaFormats,
  statusFormats,
  type StyleName,
} from "../sheet";
import { cellText } from "./cells";

/** Column width (characters) each kind of column wants; a sheet column takes the widest of its sections. */
const WIDTHS: Record<BriefColumnKind, number> = {
  id: 12,
  text: 16,
  longText: 30,
  number: 10,
  percent: 10,
  date: 12,
  dateTime: 17,
};

const FORMATS: Partial<Record<BriefColumnKind, string>> = {
  number: "0",
  percent: "0%",
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm",
};

/** Facts: label over the first two columns, value over the next three. */
const LABEL_COLUMNS = 2;
const VALUE_COLUMNS = 3;

/** A section whose last column is long text lets it run to the sheet's last column (decisions, blocked, issues). */
const spansToEnd = (s: BriefSection) => s.columns[s.columns.length - 1].kind === "longText";

function columnWidths(sections: readonly BriefSection[]): number[] {
  const widths: number[] = new Array<number>(LABEL_COLUMNS + VALUE_COLUMNS).fill(WIDTHS.id);
  for (const s of sections) {
    const sized = spansToEnd(s) ? s.columns.slice(0, -1) : s.columns;
    sized.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, WIDTHS[c.kind])));
  }
  // Room for a spanning column that starts at the end: at least a long-text width.
  for (const s of sections) {
    if (!spansToEnd(s)) continue;
    const from = s.columns.length - 1;
    while (widths.slice(from).reduce((sum, w) => sum + w, 0) < WIDTHS.longText) widths.push(WIDTHS.id);
  }
  return widths;
}

const noFormulas = () => {
  throw new Error("the brief sheet has no formulas");
};

export function planBriefSheet(brief: WeeklyBrief): SheetPlan {
  const widths = columnWidths(brief.sections);
  const cols = widths.length;
  const b = new PlanBuilder(widths);
  const text = (t: string): CellContent => ({ kind: "text", text: t });
  const span = (from: number, count: number) => widths.slice(from, from + count).reduce((sum, w) => sum + w, 0);

  b.area({ row: 0, col: 0, rows: 1, cols }, text(brief.title), "title");
  b.height(0, 32);
  let row = 1;
  for (const fact of brief.facts) {
    b.area({ row, col: 0, rows: 1, cols: LABEL_COLUMNS }, text(fact.label), "label");
    b.area({ row, col: LABEL_COLUMNS, rows: 1, cols: VALUE_COLUMNS }, text(fact.value), "input");
    b.height(row, heightFor(fact.label, span(0, LABEL_COLUMNS), 18, true));
    row++;
  }
  b.keepTogether(0, row);

  for (const section of brief.sections) {
    b.height(row++, 8);
    const start = row;
    b.area({ row, col: 0, rows: 1, cols }, text(section.title), "section");
    b.height(row++, 22);
    if (section.rows.length === 0) {
      b.area({ row, col: 0, rows: 1, cols }, text(section.empty), "hint");
      b.keepTogether(start, 2);
      row++;
      continue;
    }
    let header = 18;
    const last = section.columns.length - 1;
    /** The columns cell i covers: the last one of a spanning section runs to the sheet's end. */
    const cover = (i: number) => (i === last && spansToEnd(section) ? cols - i : 1);
    section.columns.forEach((c, i) => {
      b.area({ row, col: i, rows: 1, cols: cover(i) }, text(c.label), "header");
      header = Math.max(header, heightFor(c.label, span(i, cover(i)), 18, true));
    });
    b.height(row++, header);
    b.keepTogether(start, 3);
    b.breakFreely(row, section.rows.length);
    section.columns.forEach((c, i) => {
      if (!c.labels) return;
      const range = { row, col: i, rows: section.rows.length, cols: 1 };
      const colour = c.labels === "status" ? statusFormats : slaFormats;
      b.conditionalFormats.push(...colour(range, cellRef(row, i, "col"), brief.language));
    });
    for (const r of section.rows) {
      let height = 18;
      r.cells.forEach((cell, i) => {
        const { kind } = section.columns[i];
        if (typeof cell === "number" && kind !== "id" && kind !== "text" && kind !== "longText") {
          b.put(row, i, { kind: "number", value: cell }, "input", FORMATS[kind]);
          return;
        }
        const value = cellText(cell, kind);
        const style: StyleName = kind === "longText" ? "inputLong" : "input";
        b.area({ row, col: i, rows: 1, cols: cover(i) }, text(value), style);
        if (kind === "longText") height = Math.max(height, heightFor(value, span(i, cover(i)), 18));
      });
      b.height(row++, height);
    }
  }

  return b.build(
    sheetNameFor(`${brief.title} ${cellText(brief.statusDate, "date")}`),
    { orientation: "landscape", fitToWidth: true, area: { row: 0, col: 0, rows: row, cols } },
    noFormulas,
  );
}
