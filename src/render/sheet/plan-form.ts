/**
 * The printed-form layout (T1, T2, T4, T5, T7, T8): a label column on the left and a body to its right.
 *
 *   ┌────────────┬──────────────────────────────────────────┐
 *   │ Title (purpose line below)                            │
 *   │ Label      │ input (merged across the body)            │
 *   │ Label      │ input                                     │
 *   │            │ hint / □ choice   □ choice                │
 *   │ SECTION                                               │
 *   │ Table      │ Column A      │ Column B   │ Column C     │   ← an Excel table; its title fills the
 *   │ title      │               │            │              │     label column beside it
 *   │ ① Standard │ input                                     │
 *   │ Role                                                  │
 *   │ Signer     │ __________    │ Date       │ __________   │
 *   │ Department │ __________    │ Decision   │ __________   │
 *   │ Comment    │ ____________________________________     │
 *   └───────────────────────────────────────────────────────┘
 *
 * The body columns are shared by every table of the form (an Excel table column is one sheet column), so their widths
 * are a compromise of the tables' own widths scaled to the page: A4 portrait ≈ 90 characters, landscape ≈ 140.
 */
import {
  type Block,
  type ColumnDef,
  type FieldDef,
  LANGUAGES,
  SIGNATURE_PARTS,
  signatureTitle,
  slotsOf,
  tablesOf,
  type TemplateDef,
} from "../../core";
import { tickBoxes } from "./field-rules";
import { placeInput, placeTable, type PlanContext } from "./plan-parts";
import { heightFor, textWidth } from "./text-metrics";
import type { CellRange } from "./sheet-plan";

/**
 * Width of a form in character units: A4 with default margins holds about 90 (portrait) and 137 (landscape) at 100 %;
 * fitting to one page wide prints these at about 90 %.
 */
export const PAGE_WIDTH = { portrait: 100, landscape: 150 } as const;
export const LABEL_WIDTH = 22;
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

const TITLE_HEIGHT = 32;
const SECTION_HEIGHT = 22;
const FIELD_HEIGHT = 20;
const LONG_HEIGHT = 54;
const SPACER_HEIGHT = 8;
const SIGN_HEIGHT = 28;

/** Lays out the form; returns the number of rows used. */
export function planForm(ctx: PlanContext): number {
  const { template, language, b } = ctx;
  const widths = b.columnWidths;
  const cols = widths.length;
  const bodyWidth = widths.slice(1).reduce((s, w) => s + w, 0);
  const total = LABEL_WIDTH + bodyWidth;
  const slotLabels = new Map(slotsOf(template).map((s) => [s.key, s.label[language]]));
  const full = (row: number, rows = 1): CellRange => ({ row, col: 0, rows, cols });
  const body = (row: number): CellRange => ({ row, col: 1, rows: 1, cols: cols - 1 });

  b.area(full(0), { kind: "text", text: template.name[language] }, "title");
  b.height(0, TITLE_HEIGHT);
  const purpose = template.purpose[language];
  b.area(full(1), { kind: "text", text: purpose }, "subtitle");
  b.height(1, heightFor(purpose, total, 18));
  b.height(2, SPACER_HEIGHT);
  let row = 3;

  // Printing: each unit (a field with its hint, a list item, a form table with its label, a signer's block) stays on
  // one page, and a section heading stays with the first unit under it.
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

  /** Label | input, with a hint row below (guidance, or the choices as tick boxes for paper) when there is one. */
  const fieldRow = (field: FieldDef, label: string, key: string) => {
    const hints = [
      field.kind === "choice" || field.kind === "multiChoice" ? tickBoxes(field, language) : "",
      field.hint?.[language] ?? "",
    ].filter((h) => h !== "");
    const long = field.kind === "longText";
    const start = row;
    b.area({ row, col: 0, rows: hints.length > 0 ? 2 : 1, cols: 1 }, { kind: "text", text: label }, "label");
    placeInput(ctx, body(row), field, key, slotLabels.get(key) ?? label, long ? "inputLong" : "input");
    b.height(row, heightFor(label, LABEL_WIDTH, long ? LONG_HEIGHT : FIELD_HEIGHT, true));
    row++;
    if (hints.length > 0) {
      const hint = hints.join("\n");
      b.area(body(row), { kind: "text", text: hint }, "hint");
      b.height(row, heightFor(hint, bodyWidth, 16) - 2);
      row++;
    }
    unit(start);
  };

  const signatures = (block: Extract<Block, { type: "signatures" }>) => {
    const only = block.signatures.length === 1 && block.signatures[0].count === 1 ? block.signatures[0] : null;
    const roleIsTitle = only !== null && only.role[language] === block.title[language];
    section(block.title[language]);
    const { a, b: second } = pairSplit(widths);
    const part = (id: (typeof SIGNATURE_PARTS)[number]["id"]) => SIGNATURE_PARTS.find((p) => p.id === id)!;
    for (const signature of block.signatures) {
      for (let n = 1; n <= signature.count; n++) {
        const start = row;
        if (!roleIsTitle) {
          b.area(full(row), { kind: "text", text: signatureTitle(signature, n)[language] }, "signatureLabel");
          b.height(row, FIELD_HEIGHT);
          row++;
        }
        const line = (id: (typeof SIGNATURE_PARTS)[number]["id"], col: number, span: number) => {
          const p = part(id);
          const key = `${signature.id}.${n}.${id}`;
          const field: FieldDef = { id: p.id, label: p.label, kind: p.kind };
          placeInput(ctx, { row, col, rows: 1, cols: span }, field, key, slotLabels.get(key) ?? key, "signatureLine");
        };
        const label = (id: (typeof SIGNATURE_PARTS)[number]["id"], col: number, span: number) =>
          b.area({ row, col, rows: 1, cols: span }, { kind: "text", text: part(id).label[language] }, "label");
        const pairs: Array<
          [left: (typeof SIGNATURE_PARTS)[number]["id"], right?: (typeof SIGNATURE_PARTS)[number]["id"]]
        > = [["signer", "date"], ["department", "decision"], ["comment"]];
        for (const [left, right] of pairs) {
          label(left, 0, 1);
          if (right) {
            line(left, 1, a - 1);
            label(right, a, second - a);
            line(right, second, cols - second);
          } else {
            line(left, 1, cols - 1);
          }
          b.height(row, left === "signer" ? SIGN_HEIGHT : FIELD_HEIGHT + 4);
          row++;
        }
        unit(start);
      }
    }
  };

  template.blocks.forEach((block, i) => {
    if (i > 0) {
      b.height(row, SPACER_HEIGHT);
      row++;
    }
    switch (block.type) {
      case "fields":
        if (block.title) section(block.title[language]);
        for (const field of block.fields) fieldRow(field, field.label[language], field.id);
        break;
      case "list": {
        section(block.title[language]);
        const hint = block.item.hint?.[language];
        if (hint) {
          b.area(full(row), { kind: "text", text: hint }, "hint");
          b.height(row, heightFor(hint, total, 16) - 2);
          row++;
        }
        for (let n = 1; n <= block.items; n++) {
          fieldRow(
            { ...block.item, hint: undefined },
            `${circled(n)} ${block.item.label[language]}`,
            `${block.id}.${n}`,
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
  });
  return row;
}
