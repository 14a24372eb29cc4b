/**
 * The printed-form layout (T1, T2, T4, T5, T7, T8): a label column on the left and a body to its right.
 *
 *   ┌────────────┬──────────────────────────────────────────┐
 *   │ Title (purpose line below)                            │
 *   │ Label      │ input         │ Label      │ input        │   ← two short fields share a row (fieldRows)
 *   │            │ hint          │            │              │
 *   │ Label      │ input (merged across the body)            │   ← a paragraph or multi-choice field
 *   │            │ hint / □ choice   □ choice                │
 *   │ SECTION                                               │
 *   │ Table      │ Column A      │ Column B   │ Column C     │   ← an Excel table; its title fills the
 *   │ title      │               │            │              │     label column beside it
 *   │ ① Standard │ input                                     │
 *   │ Role (unless the section's title names it)            │
 *   │ Signature  │               │ Date       │ __________   │   ← tall: room to sign by hand
 *   │ Decision   │ [Approve ▾]   │ Department │ __________   │
 *   │ Comment    │ ____________________________________     │
 *   └───────────────────────────────────────────────────────┘
 *
 * Paired rows (fields and signatures alike) split the body at the same columns (`pairSplit`), so the second labels
 * line up down the form. The body columns are shared by every table of the form (an Excel table column is one sheet column), so their widths
 * are a compromise of the tables' own widths scaled to the page: A4 portrait ≈ 90 characters, landscape ≈ 140.
 */
import {
  type Block,
  type ColumnDef,
  type FieldDef,
  fieldRows,
  LANGUAGES,
  SIGNATURE_ROWS,
  signatureBand,
  signaturePartField,
  slotsOf,
  tablesOf,
  type TemplateDef,
} from "../../core";
import { tickBoxes } from "./field-rules";
import { placeInput, placeTable, type PlanContext } from "./plan-parts";
import { BODY_TEXT_POINTS } from "./page-model";
import { heightFor, hintHeightFor, textWidth } from "./text-metrics";
import type { CellRange } from "./sheet-plan";

/**
 * Width of a form in character units: A4 with default margins holds about 90 (portrait) and 137 (landscape) at 100 %;
 * fitting to one page wide prints these at about 90 %.
 */
export const PAGE_WIDTH = { portrait: 100, landscape: 150 } as const;
export const LABEL_WIDTH = 24;
const MIN_COLUMN = 6;
/** Body column shares of a form without tables: wide input, a narrow label, wide input (signature pairs). */
const PLAIN_BODY = [0.42, 0.18, 0.4];
/** Excel table style of form tables: thin borders on every cell, which prints like a ruled form. */
export const FORM_TABLE_STYLE = "TableStyleLight15";

/** The narrowest a column may get: its longest choice (either language) with room for the drop-down arrow, a date. */
function minimumWidth(column: ColumnDef): number {
  const choices = (column.choices ?? []).flatMap((c) => LANGUAGES.map((l) => textWidth(c.label[l]) + 3));
  const dates = column.kind === "date" ? 11 : column.kind === "dateTime" ? 16 : MIN_COLUMN;
  return Math.max(MIN_COLUMN, dates, ...choices);
}

/** Column widths of a form: the label column, then body columns fitted to the tables (at least three). */
export function formGrid(template: TemplateDef): number[] {
  const body = (template.landscape ? PAGE_WIDTH.landscape : PAGE_WIDTH.portrait) - LABEL_WIDTH;
  const tables = tablesOf(template);
  const count = Math.max(3, ...tables.map((t) => t.columns.length));
  const sums = new Array<number>(count).fill(0);
  const counts = new Array<number>(count).fill(0);
  const minimum = new Array<number>(count).fill(MIN_COLUMN);
  for (const table of tables) {
    const total = table.columns.reduce((s, c) => s + c.width, 0);
    table.columns.forEach((c, j) => {
      sums[j] += (c.width * body) / total;
      counts[j]++;
      minimum[j] = Math.max(minimum[j], minimumWidth(c));
    });
  }
  const raw = sums.map((s, j) => {
    if (counts[j] > 0) return s / counts[j];
    return tables.length === 0 && count === PLAIN_BODY.length ? PLAIN_BODY[j] * body : body / count;
  });
  const scale = body / raw.reduce((s, w) => s + w, 0);
  const widths = raw.map((w, j) => Math.max(minimum[j], Math.round(w * scale)));
  // Give back what the minimums took, from the columns with the most room above their minimum.
  for (let excess = widths.reduce((s, w) => s + w, 0) - body; excess !== 0;) {
    const slack = widths.map((w, j) => w - minimum[j]);
    const j = slack.indexOf(Math.max(...slack));
    if (excess < 0 || slack[j] <= 0) {
      widths[j] -= excess;
      break;
    }
    const take = Math.min(excess, Math.max(1, Math.ceil(slack[j] / 4)));
    widths[j] -= take;
    excess -= take;
  }
  return [LABEL_WIDTH, ...widths];
}

/**
 * How a signature row splits the body into line | label | line: `a` is the first column of the second label,
 * `b` the first column of the second line. Lines get about 40 % of the body each, the label at least 12 characters.
 */
export function pairSplit(widths: readonly number[]): { a: number; b: number } {
  const last = widths.length - 1;
  const body = widths.slice(1).reduce((s, w) => s + w, 0);
  const sum = (from: number, to: number) => widths.slice(from, to).reduce((s, w) => s + w, 0);
  let best = { a: 2, b: 3, cost: Infinity };
  for (let a = 2; a < last; a++) {
    for (let b = a + 1; b <= last; b++) {
      const label = sum(a, b);
      const cost =
        Math.abs(sum(1, a) - 0.42 * body) +
        Math.abs(sum(b, last + 1) - 0.4 * body) +
        3 * Math.max(0, 12 - label) +
        Math.max(0, label - 22);
      if (cost < best.cost) best = { a, b, cost };
    }
  }
  return { a: best.a, b: best.b };
}

/** ① … ⑳, then "21." */
export function circled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `${n}.`;
}

const TITLE_HEIGHT = 30;
const SECTION_HEIGHT = 22;
const FIELD_HEIGHT = 20;
const LONG_HEIGHT = 40;
const SPACER_HEIGHT = 6;
/** Room for a handwritten signature. */
const SIGN_HEIGHT = 34;
const HINT_MINIMUM = 15;
/** The purpose line's text size (the house style's subtitle). */
const SUBTITLE_POINTS = 9;

/** Lays out the form; returns the number of rows used. */
export function planForm(ctx: PlanContext): number {
  const { template, language, b } = ctx;
  const widths = b.columnWidths;
  const cols = widths.length;
  const bodyWidth = widths.slice(1).reduce((s, w) => s + w, 0);
  const total = LABEL_WIDTH + bodyWidth;
  const width = (from: number, to: number) => widths.slice(from, to).reduce((s, w) => s + w, 0);
  const slotLabels = new Map(slotsOf(template).map((s) => [s.key, s.label[language]]));
  const full = (row: number, rows = 1): CellRange => ({ row, col: 0, rows, cols });
  // Paired rows (two fields, two signature parts): label | value | label | value, the same columns everywhere.
  const { a, b: second } = pairSplit(widths);
  const halves = [
    { label: 0, from: 1, to: a },
    { label: a, from: second, to: cols },
  ];

  b.area(full(0), { kind: "text", text: template.name[language] }, "title");
  b.height(0, TITLE_HEIGHT);
  const purpose = template.purpose[language];
  b.area(full(1), { kind: "text", text: purpose }, "subtitle");
  b.height(1, heightFor(purpose, total, 18, false, SUBTITLE_POINTS));
  b.height(2, SPACER_HEIGHT);
  let row = 3;

  // Printing: each unit (a row of fields with its hints, a list item, a form table with its label, a signer's
  // block) stays on one page, a section heading stays with the first unit under it, and a whole block (with the
  // spacer above it) stays on one page when it fits on one.
  let heading: number | null = null;
  const unit = (start: number) => {
    const from = heading ?? start;
    b.keepTogether(from, row - from);
    heading = null;
  };

  const section = (title: string) => {
    b.area(full(row), { kind: "text", text: title }, "section");
    b.height(row, SECTION_HEIGHT);
    heading = row;
    row++;
  };

  const hintsOf = (field: FieldDef) =>
    [
      field.kind === "choice" || field.kind === "multiChoice" ? tickBoxes(field, language) : "",
      field.hint?.[language] ?? "",
    ]
      .filter((h) => h !== "")
      .join("\n");

  /**
   * One printed row of fields: label | input across the body, or two short fields side by side. The hints
   * (guidance, or the choices as tick boxes for paper) go in a row below their input, under the same label.
   */
  const fieldRow = (
    fields: readonly FieldDef[],
    labelOf = (f: FieldDef) => f.label[language],
    keyOf = (f: FieldDef) => f.id,
  ) => {
    const start = row;
    const hints = fields.map(hintsOf);
    const hinted = hints.some((h) => h !== "");
    const long = fields.some((f) => f.kind === "longText");
    const spans = fields.length === 1 ? [{ label: 0, from: 1, to: cols }] : halves;
    let height = long ? LONG_HEIGHT : FIELD_HEIGHT;
    fields.forEach((field, i) => {
      const { label: labelCol, from, to } = spans[i];
      const label = labelOf(field);
      const key = keyOf(field);
      const labelRange = { row, col: labelCol, rows: hinted ? 2 : 1, cols: from - labelCol };
      b.area(labelRange, { kind: "text", text: label }, "label");
      // An input without a hint of its own fills its label's height.
      const input = { row, col: from, rows: hinted && !hints[i] ? 2 : 1, cols: to - from };
      placeInput(ctx, input, field, key, slotLabels.get(key) ?? label, long ? "inputLong" : "input");
      height = Math.max(
        height,
        heightFor(label, width(labelCol, from), FIELD_HEIGHT, true, BODY_TEXT_POINTS) - (hinted ? HINT_MINIMUM : 0),
      );
      if (hints[i])
        b.area({ row: row + 1, col: from, rows: 1, cols: to - from }, { kind: "text", text: hints[i] }, "fieldHint");
    });
    b.height(row, height);
    row++;
    if (hinted) {
      const tallest = Math.max(...hints.map((h, i) => (h ? hintHeightFor(h, width(spans[i].from, spans[i].to)) : 0)));
      b.height(row, Math.max(HINT_MINIMUM, tallest));
      row++;
    }
    unit(start);
  };

  const signatures = (block: Extract<Block, { type: "signatures" }>) => {
    section(block.title[language]);
    for (const signature of block.signatures) {
      for (let n = 1; n <= signature.count; n++) {
        const start = row;
        const band = signatureBand(block, signature, n);
        if (band) {
          b.area(full(row), { kind: "text", text: band[language] }, "signatureLabel");
          b.height(row, FIELD_HEIGHT);
          row++;
        }
        for (const parts of SIGNATURE_ROWS) {
          const spans = parts.length === 1 ? [{ label: 0, from: 1, to: cols }] : halves;
          parts.forEach((id, i) => {
            if (!id) return;
            const field = signaturePartField(id);
            const key = `${signature.id}.${n}.${id}`;
            const { label, from, to } = spans[i];
            b.area(
              { row, col: label, rows: 1, cols: from - label },
              { kind: "text", text: field.label[language] },
              "label",
            );
            const style = field.kind === "choice" ? "input" : "signatureLine";
            placeInput(
              ctx,
              { row, col: from, rows: 1, cols: to - from },
              field,
              key,
              slotLabels.get(key) ?? key,
              style,
            );
          });
          b.height(row, parts[0] === "signer" ? SIGN_HEIGHT : FIELD_HEIGHT);
          row++;
        }
        unit(start);
      }
    }
  };

  template.blocks.forEach((block, i) => {
    const blockStart = row;
    if (i > 0) {
      b.height(row, SPACER_HEIGHT);
      row++;
    }
    switch (block.type) {
      case "fields":
        if (block.title) section(block.title[language]);
        for (const fields of fieldRows(block.fields)) fieldRow(fields);
        break;
      case "list": {
        section(block.title[language]);
        for (let n = 1; n <= block.items; n++) {
          // The guidance once, under the first item.
          fieldRow(
            [{ ...block.item, hint: n === 1 ? block.item.hint : undefined }],
            () => `${circled(n)} ${block.item.label[language]}`,
            () => `${block.id}.${n}`,
          );
        }
        break;
      }
      case "table": {
        const table = block.table;
        const title = table.title[language];
        b.area({ row, col: 0, rows: table.rows + 1, cols: 1 }, { kind: "text", text: title }, "label");
        placeTable(ctx, table, row, 1, FORM_TABLE_STYLE);
        const header = Math.max(
          ...table.columns.map((c, j) => heightFor(c.label[language], widths[1 + j], FIELD_HEIGHT, true)),
        );
        b.height(row, header);
        for (let r = row + 1; r <= row + table.rows; r++) b.height(r, FIELD_HEIGHT);
        const start = row;
        row += table.rows + 1;
        unit(start);
        break;
      }
      case "signatures":
        signatures(block);
        break;
    }
    heading = null;
    b.keepTogether(blockStart, row - blockStart, block.type === "signatures");
  });
  return row;
}
