/**
 * Printing: the page model (page-model.ts) and the page breaks it gives every plan — no signature block, section
 * start, form table or field with its hint cut by a page, each page within the model's page, the WBS dashboard on
 * one page — and the titles merged over the printed width on every sheet.
 */
import { getTemplate, LANGUAGES, TEMPLATES } from "../../../src/core";
import {
  columnWidthPoints,
  DASHBOARD_OVERDUE,
  DEFAULT_ROW_HEIGHT,
  PAGE_MARGINS,
  PAGE_SLACK,
  pageCapacity,
  paginate,
  type Pagination,
  planDashboard,
  planSheet,
  planTimeline,
  printableSize,
  printScale,
  BODY_TEXT_POINTS,
  MIN_PRINTED_POINTS,
  paperFor,
  type PrintSetup,
  rowsHeight,
  type SheetPlan,
} from "../../../src/render/sheet";

const ID = "abc123";
const cases = TEMPLATES.flatMap((template) => LANGUAGES.map((language) => [template.id, language] as const));
const heightsOf = (plan: SheetPlan) => new Map(plan.rowHeights.map((h) => [h.row, h.height]));
const styleAt = (plan: SheetPlan, row: number, col = 0) =>
  plan.cells.find((c) => c.row === row && c.col === col)?.style;

/** A sheet of `rows` rows, one column `width` characters wide, portrait unless said. */
function sheet(
  rows: number,
  options: Partial<Omit<Pagination, "print">> & { width?: number; print?: Partial<PrintSetup> } = {},
): Pagination {
  const print: PrintSetup = {
    orientation: "portrait",
    fitToWidth: true,
    area: { row: 0, col: 0, rows, cols: 1 },
    ...options.print,
  };
  return {
    heights: options.heights ?? new Map<number, number>(),
    columnWidths: [options.width ?? 50],
    print,
    keep: options.keep ?? [],
    free: options.free ?? [],
  };
}

describe("the page model", () => {
  it("is A4 inside the margins both hosts set, at the fit-to-width scale in whole percent", () => {
    expect(printableSize("portrait").width).toBeCloseTo(595.28 - 72, 2);
    expect(printableSize("portrait").height).toBeCloseTo(841.89 - 86.4, 2);
    expect(printableSize("landscape")).toEqual({
      width: printableSize("portrait").height + 86.4 - 72,
      height: printableSize("portrait").width + 72 - 86.4,
    });
    expect(PAGE_MARGINS).toEqual({ left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 });
    // 100 characters of 7 px + 5 px padding: 528.75 pt on 523.28 pt → 98 %; a narrow sheet prints at 100 %.
    expect(columnWidthPoints(100)).toBe(528.75);
    expect(printScale([100], sheet(1).print)).toBe(0.98);
    expect(printScale([20], sheet(1).print)).toBe(1);
    expect(pageCapacity([100], sheet(1).print)).toBeCloseTo((755.49 * PAGE_SLACK) / 0.98, 1);
  });

  it("starts a page where the next row does not fit, and writes that as a break", () => {
    const capacity = pageCapacity([50], sheet(1).print);
    const perPage = Math.floor(capacity / DEFAULT_ROW_HEIGHT);
    const layout = paginate(sheet(perPage * 2 + 3));
    expect(layout.breaks).toEqual([perPage, perPage * 2]);
    expect(layout.pages).toBe(3);
    expect(paginate(sheet(perPage)).breaks).toEqual([]);
  });

  it("moves a kept range whole to the next page, and lays one taller than a page out by its own units", () => {
    const perPage = Math.floor(pageCapacity([50], sheet(1).print) / DEFAULT_ROW_HEIGHT);
    const kept = paginate(sheet(perPage + 5, { keep: [{ row: perPage - 2, rows: 4 }] }));
    expect(kept.breaks).toEqual([perPage - 2]);
    const tall = paginate(sheet(perPage * 3, { keep: [{ row: 2, rows: perPage + 5 }] }));
    expect(tall.breaks).toEqual([perPage, perPage * 2]);
    // A block of three-row fields, taller than a page: it breaks between its fields, never inside one.
    const fields = Array.from({ length: perPage }, (_, i) => ({ row: 2 + 3 * i, rows: 3 }));
    const block = paginate(sheet(perPage * 3 + 2, { keep: [{ row: 2, rows: perPage * 3 }, ...fields] }));
    expect(block.breaks.length).toBeGreaterThan(0);
    for (const b of block.breaks) expect((b - 2) % 3).toBe(0);
  });

  it("keeps a block whole when it fits on a page: the break falls before it, not between its fields", () => {
    const perPage = Math.floor(pageCapacity([50], sheet(1).print) / DEFAULT_ROW_HEIGHT);
    // Rows 0 … perPage - 6 fill most of the page; a block of 4 two-row fields follows.
    const start = perPage - 5;
    const fields = [0, 1, 2, 3].map((i) => ({ row: start + 2 * i, rows: 2 }));
    const layout = paginate(sheet(start + 8, { keep: [{ row: start, rows: 8 }, ...fields] }));
    expect(layout.breaks).toEqual([start]);
    // Without the block's range, only the field that does not fit moves.
    expect(paginate(sheet(start + 8, { keep: fields })).breaks).toEqual([start + 4]);
  });

  it("never starts a page with a signature block alone: the unit before it goes along", () => {
    const perPage = Math.floor(pageCapacity([50], sheet(1).print) / DEFAULT_ROW_HEIGHT);
    const signatures = { row: perPage - 3, rows: 6, withPrevious: true };
    const before = { row: perPage - 7, rows: 4 };
    const layout = paginate(sheet(perPage + 3, { keep: [before, signatures] }));
    expect(layout.breaks).toEqual([before.row]);
    // Without the flag the signatures would start the page by themselves.
    expect(paginate(sheet(perPage + 3, { keep: [before, { ...signatures, withPrevious: false }] })).breaks).toEqual([
      signatures.row,
    ]);
  });

  it("chooses A3 for a sheet whose body text A4 would print below 8 pt", () => {
    const narrow = sheet(1, { width: 120, print: { orientation: "landscape" } });
    expect(paperFor(narrow.columnWidths, narrow.print)).toBe("A4");
    const wide = sheet(1, { width: 220, print: { orientation: "landscape" } });
    expect(printScale(wide.columnWidths, wide.print) * BODY_TEXT_POINTS).toBeLessThan(MIN_PRINTED_POINTS);
    expect(paperFor(wide.columnWidths, wide.print)).toBe("A3");
    const a3 = { ...wide.print, paper: "A3" as const };
    expect(printScale(wide.columnWidths, a3) * BODY_TEXT_POINTS).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
    expect(printableSize("landscape", "A3").width).toBeCloseTo(1190.55 - 72, 2);
  });

  it("follows the printer's own breaks in free rows without writing them, and counts repeated title rows", () => {
    const perPage = Math.floor(pageCapacity([50], sheet(1).print) / DEFAULT_ROW_HEIGHT);
    const free = paginate(sheet(perPage * 2, { free: [{ row: 3, rows: perPage * 2 }] }));
    expect(free.pageStarts).toEqual([perPage]);
    expect(free.breaks).toEqual([]);
    // Row 0 (30 pt) repeats on top of every later page: the first page holds one row fewer, the others two.
    const titled = paginate(sheet(perPage * 3, { heights: new Map([[0, 30]]), print: { titleRows: [0, 0] } }));
    expect(titled.breaks).toEqual([perPage - 1, perPage * 2 - 3, perPage * 3 - 5]);
  });

  it("puts everything on one page, smaller, when the sheet fits to one page tall", () => {
    const plan = sheet(200, { print: { fitToHeight: true } });
    expect(paginate(plan)).toEqual({ pageStarts: [], breaks: [], pages: 1 });
    const scale = printScale(plan.columnWidths, plan.print, plan.heights);
    expect(scale * 200 * DEFAULT_ROW_HEIGHT).toBeLessThanOrEqual(printableSize("portrait").height);
  });
});

describe.each(cases)("page breaks of %s %s", (templateId, language) => {
  const template = getTemplate(templateId);
  const plans =
    templateId === "T3"
      ? [planSheet(template, language, ID), planDashboard(template, language, ID), planTimeline(template, language, ID)]
      : [planSheet(template, language, ID)];

  it(`print the body text at ${MIN_PRINTED_POINTS} pt or larger (A3 where A4 would print it smaller)`, () => {
    for (const plan of plans) {
      const scale = printScale(plan.columnWidths, plan.print, heightsOf(plan));
      expect({ sheet: plan.sheetName, points: scale * BODY_TEXT_POINTS >= MIN_PRINTED_POINTS }).toEqual({
        sheet: plan.sheetName,
        points: true,
      });
    }
  });

  it("fall inside the print area, in order", () => {
    for (const plan of plans) {
      const { row, rows } = plan.print.area;
      expect([...plan.pageBreaks].sort((a, b) => a - b)).toEqual(plan.pageBreaks);
      expect(new Set(plan.pageBreaks).size).toBe(plan.pageBreaks.length);
      for (const b of plan.pageBreaks) expect(b > row && b < row + rows).toBe(true);
    }
  });

  it("leave no page fuller than the model's page", () => {
    for (const plan of plans) {
      const heights = heightsOf(plan);
      const capacity = pageCapacity(plan.columnWidths, plan.print, heights);
      const { row, rows } = plan.print.area;
      const starts = [row, ...plan.pageBreaks, row + rows];
      // A register's rows break where the printer breaks them; only pages the plan closes itself are checked.
      const free = templateId === "T3" || templateId === "T6" ? 1 : 0;
      for (let i = 0; i < starts.length - 1 - free; i++) {
        expect(rowsHeight(heights, starts[i], starts[i + 1] - starts[i])).toBeLessThanOrEqual(capacity);
      }
    }
  });

  it("cut no signature block, form table, field with its hint, or section from its first rows", () => {
    for (const plan of plans) {
      const cut = (from: number, to: number) => plan.pageBreaks.some((b) => b > from && b < to);
      // Areas merged over several rows: a form table's label, a field's label over its hint row.
      for (const m of plan.merges)
        if (m.rows > 1) expect({ merge: m, cut: cut(m.row, m.row + m.rows) }).toMatchObject({ cut: false });
      const unitEnd = (row: number): number => {
        if (styleAt(plan, row) === "signatureLabel") return row + 4;
        const merge = plan.merges.find((m) => m.row === row && m.col === 0 && m.rows > 1);
        if (merge) return row + merge.rows;
        if (styleAt(plan, row) === "section") return unitEnd(row + 1); // a sign-off whose role is its title
        return row + 1;
      };
      for (const cell of plan.cells) {
        if (cell.col !== 0) continue;
        if (cell.style === "signatureLabel")
          expect({ at: cell.row, cut: cut(cell.row, cell.row + 4) }).toMatchObject({ cut: false });
        if (cell.style === "section") {
          let first = cell.row + 1;
          while (styleAt(plan, first) === "hint") first++;
          expect({ at: cell.row, cut: cut(cell.row, unitEnd(first)) }).toMatchObject({ cut: false });
        }
      }
    }
  });
});

describe("page breaks of the printed forms", () => {
  /** The rows where a block starts (the spacer above its first row), and the signature sections. */
  const blockStarts = (plan: SheetPlan) => {
    const spacer = (row: number) => !plan.cells.some((c) => c.row === row) && !plan.tables.some((t) => t.row === row);
    return new Set(plan.cells.filter((c) => c.col === 0 && spacer(c.row - 1)).map((c) => c.row - 1));
  };
  /** True when the rows hold nothing but signature blocks (with their section headings). */
  const signaturesOnly = (plan: SheetPlan, from: number, to: number) => {
    const lineIn = (row: number) => plan.cells.some((c) => c.row === row && c.style === "signatureLine");
    const rows = [...new Set(plan.cells.filter((c) => c.row >= from && c.row < to).map((c) => c.row))];
    return rows.every((row) => {
      const style = plan.cells.find((c) => c.row === row && c.col === 0)?.style;
      return lineIn(row) || style === "signatureLabel" || (style === "section" && (lineIn(row + 1) || lineIn(row + 2)));
    });
  };

  it.each(cases.filter(([id]) => !["T3", "T6"].includes(id)))("%s %s: breaks fall between blocks", (id, language) => {
    const plan = planSheet(getTemplate(id), language, ID);
    const starts = blockStarts(plan);
    for (const b of plan.pageBreaks) expect({ break: b, between: starts.has(b) }).toEqual({ break: b, between: true });
  });

  it.each(LANGUAGES)("T2 (%s): the communication block prints whole, with the sign-off after it", (language) => {
    const plan = planSheet(getTemplate("T2"), language, ID);
    expect(plan.pageBreaks).toHaveLength(1);
    const [b] = plan.pageBreaks;
    const heading = plan.cells.find((c) => c.style === "section" && c.row > b)!;
    const block = getTemplate("T2").blocks[3];
    expect(block.type).toBe("fields");
    const title = block.type === "fields" ? block.title?.[language] : undefined;
    expect(heading.content).toEqual({ kind: "text", text: title });
  });

  it.each(cases.filter(([id]) => !["T3", "T6"].includes(id)))(
    "%s %s: no page holds nothing but signature blocks",
    (id, language) => {
      const plan = planSheet(getTemplate(id), language, ID);
      const starts = [...plan.pageBreaks, plan.print.area.rows];
      for (let i = 0; i < plan.pageBreaks.length; i++) {
        expect({ page: i + 2, signaturesOnly: signaturesOnly(plan, starts[i], starts[i + 1]) }).toEqual({
          page: i + 2,
          signaturesOnly: false,
        });
      }
    },
  );

  it.each(LANGUAGES)("%s: the change request, acceptance sheet, kickoff and minutes print on one page", (language) => {
    for (const id of ["T1", "T4", "T5", "T7"] as const) {
      expect({ id, breaks: planSheet(getTemplate(id), language, ID).pageBreaks }).toEqual({ id, breaks: [] });
    }
  });

  it("registers and the timeline write no breaks into their rows (they fit their first page's heading)", () => {
    for (const language of LANGUAGES) {
      expect(planSheet(getTemplate("T3"), language, ID).pageBreaks).toEqual([]);
      expect(planSheet(getTemplate("T6"), language, ID).pageBreaks).toEqual([]);
      expect(planTimeline(getTemplate("T3"), language, ID).pageBreaks).toEqual([]);
    }
  });
});

describe.each(LANGUAGES)("the WBS dashboard (%s)", (language) => {
  const plan = planDashboard(getTemplate("T3"), language, ID);

  it("prints on one landscape page, fit to one page tall, at a readable scale", () => {
    expect(plan.print).toMatchObject({ orientation: "landscape", fitToWidth: true, fitToHeight: true });
    expect(plan.pageBreaks).toEqual([]);
    const heights = heightsOf(plan);
    const scale = printScale(plan.columnWidths, plan.print, heights);
    expect(scale).toBeGreaterThanOrEqual(0.7);
    expect(rowsHeight(heights, 0, plan.print.area.rows) * scale).toBeLessThanOrEqual(
      printableSize("landscape", plan.print.paper).height,
    );
  });

  it(`lists ${DASHBOARD_OVERDUE} lagging or blocked tasks`, () => {
    expect(DASHBOARD_OVERDUE).toBe(10);
    const rows = new Set(
      plan.cells
        .filter((c) => c.content.kind === "formula" && c.content.formula.includes("AGGREGATE(15,6,"))
        .map((c) => c.row),
    );
    expect(rows.size).toBe(DASHBOARD_OVERDUE);
  });
});

describe.each(cases)("titles of %s %s", (templateId, language) => {
  const template = getTemplate(templateId);
  const plans =
    templateId === "T3"
      ? [planSheet(template, language, ID), planDashboard(template, language, ID), planTimeline(template, language, ID)]
      : [planSheet(template, language, ID)];

  it("merge the title and the purpose line over the printed width", () => {
    for (const plan of plans) {
      const width = { row: 0, col: 0, rows: 1, cols: plan.print.area.cols };
      expect(plan.merges).toContainEqual(width);
      expect(plan.merges).toContainEqual({ ...width, row: 1 });
      expect(styleAt(plan, 0)).toBe("title");
      expect(styleAt(plan, 1)).toBe("subtitle");
      // The purpose line is tall enough for its wrapped text.
      expect(heightsOf(plan).get(1) ?? 0).toBeGreaterThanOrEqual(18);
    }
  });
});
