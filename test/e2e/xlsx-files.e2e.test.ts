/**
 * A real office suite opens every generated .xlsx: each template, in both languages, is written as a standalone file
 * (templateFiles, the list `npm run templates` writes), converted to PDF by LibreOffice (headless, one call for all
 * files), and the PDF text (pdftotext) must contain every label of the template in that language: the title, section
 * and table titles, field labels, numbered list items, table column headers, signature roles and their parts (except
 * the tables a layout keeps beside its print area on purpose: NOT_PRINTED).
 * Broken references or functions LibreOffice lacks would print as errors (Err:5xx, #REF!, #NAME?) and fail the test:
 * the files' calculated columns use built-in functions only (native-formulas.ts), and a blank row computes "".
 *
 * Files, PDFs and page images (pdftoppm -r 60, for looking at the forms): test-results/templates/xlsx/.
 * soffice, pdftotext and pdftoppm come from Debian (libreoffice-calc, poppler-utils); "npm run test:e2e" installs them.
 */
import { mkdirSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { getTemplate, type Language, type TemplateDef, type TemplateId } from "../../src/core";
import { planDashboard, planSheet, type SheetPlan } from "../../src/render/sheet";
import { FILE_INSTANCE_ID, templateFiles, type TemplateFile } from "../../src/files";
import { templateLabels } from "../support/template-labels";
import { convertToPdf, readPdf, squeeze } from "./support/office-suite";
import { pagesOf, signatureOnlyPages } from "./support/printed-pages";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-results", "templates", "xlsx");

/**
 * Tables the layout keeps beside the print area on purpose: the WBS's department list and holiday calendar are
 * reference lists for its formulas and validations, not part of the printed register.
 */
const NOT_PRINTED: Partial<Record<TemplateId, string[]>> = { T3: ["departments", "calendar"] };

/** The tables of a template's sheet that lie outside its print area. */
function tablesOutsidePrintArea(template: TemplateDef, language: Language): string[] {
  const plan = planSheet(template, language, FILE_INSTANCE_ID);
  const area = plan.print.area;
  return plan.tables
    .filter((t) => t.col >= area.col + area.cols || t.row >= area.row + area.rows)
    .map((t) => t.tableId);
}

interface Converted {
  file: TemplateFile;
  base: string;
  text: string;
  pages: number;
}

/**
 * Pages each file prints (every sheet of it): the one-page forms a manager expects (kickoff, minutes, change request,
 * acceptance sheet) on one page; the consensus form and the retrospective on two, the sign-off with the block before
 * it; the WBS workbook one page per sheet (register, dashboard, timeline).
 */
const EXPECTED_PAGES: Record<TemplateId, number> = { T1: 1, T2: 2, T3: 3, T4: 1, T5: 1, T6: 1, T7: 1, T8: 2 };

/** The text of a plan row's first text cell. */
function rowText(plan: SheetPlan, row: number): string | undefined {
  const cell = plan.cells.find((c) => c.row === row && c.content.kind === "text");
  return cell?.content.kind === "text" ? cell.content.text : undefined;
}

/**
 * For each page the plan prints (its page breaks), the texts on it that tell it apart: texts of its rows (cells,
 * table headers) found in no other text of the sheet nor in the page footer (the sheet's name), without white space.
 */
function pageMarkers(plan: SheetPlan): string[][] {
  const texts = [
    ...plan.cells.flatMap((c) => (c.content.kind === "text" ? [{ row: c.row, text: squeeze(c.content.text) }] : [])),
    ...plan.tables.flatMap((t) => t.columns.map((c) => ({ row: t.row, text: squeeze(c.header) }))),
  ];
  const starts = [plan.print.area.row, ...plan.pageBreaks, plan.print.area.row + plan.print.area.rows];
  return starts.slice(0, -1).map((start, i) =>
    texts
      .filter(({ row, text }, j) => {
        if (row < start || row >= starts[i + 1] || text.length < 2) return false;
        if (squeeze(plan.sheetName).includes(text)) return false;
        return texts.every((other, k) => k === j || !other.text.includes(text));
      })
      .map(({ text }) => text),
  );
}

/** Templates whose sheet rows all lie where the plan breaks the pages itself (no register rows). */
const FORMS = new Set<TemplateId>(["T1", "T2", "T4", "T5", "T7", "T8"]);

const files = templateFiles().filter((f) => f.kind === "xlsx");
const converted = new Map<string, Converted>();
let conversionSeconds = 0;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const paths: string[] = [];
  for (const file of files) {
    // Base names must differ (a PDF takes its file's base name): the language prefix keeps them apart.
    const target = path.join(OUT, `${file.language}-${file.fileName}`);
    writeFileSync(target, await file.build());
    paths.push(target);
  }
  conversionSeconds = convertToPdf(paths, OUT);
  files.forEach((file, i) => {
    const base = path.basename(paths[i], ".xlsx");
    const result = readPdf(OUT, base);
    if (result) converted.set(`${file.language}/${file.fileName}`, { file, base, ...result });
  });
  console.log(
    `LibreOffice converted ${files.length} .xlsx files in ${conversionSeconds.toFixed(1)} s; PDFs and pages: ${path.relative(ROOT, OUT)}/`,
  );
}, 300_000);

describe.each(files.map((f) => [`${f.language} ${f.fileName}`, f] as const))("%s", (_name, file) => {
  const template = getTemplate(file.template);

  it("opens in LibreOffice and prints every label of the form", () => {
    const result = converted.get(`${file.language}/${file.fileName}`);
    expect(result).toBeDefined();
    const text = squeeze(result!.text);
    const missing = templateLabels(template, file.language, {
      purpose: false,
      skipTables: NOT_PRINTED[template.id],
    }).filter((label) => !text.includes(squeeze(label)));
    expect(missing).toEqual([]);
    expect(result!.pages).toBeGreaterThan(0);
  });

  it("prints everything but the reference lists kept beside the print area", () => {
    expect(tablesOutsidePrintArea(template, file.language)).toEqual(NOT_PRINTED[template.id] ?? []);
  });

  it("breaks the pages where the plan does (LibreOffice, with Carlito, adds none of its own)", () => {
    const result = converted.get(`${file.language}/${file.fileName}`)!;
    const pages = pagesOf(result.text);
    if (FORMS.has(template.id)) {
      const plan = planSheet(template, file.language, FILE_INSTANCE_ID);
      expect(pages).toHaveLength(plan.pageBreaks.length + 1);
      // What the plan puts on each page is on that page, and on no other.
      pageMarkers(plan).forEach((markers, page) => {
        expect(markers.length).toBeGreaterThan(0);
        for (const text of markers) {
          const on = pages.flatMap((p, i) => (p.includes(text) ? [i] : []));
          expect({ text, on }).toEqual({ text, on: [page] });
        }
      });
    }
    if (template.id === "T3") {
      // The dashboard on one page: its title and the note under its last row on the same page.
      const dashboard = planDashboard(template, file.language, FILE_INSTANCE_ID);
      const title = squeeze(rowText(dashboard, 0)!);
      const note = squeeze(rowText(dashboard, dashboard.print.area.rows - 1)!);
      const page = pages.findIndex((p) => p.includes(title));
      expect(page).toBeGreaterThan(0);
      expect(pages[page]).toContain(note);
    }
  });

  it(`prints on ${EXPECTED_PAGES[template.id]} page(s), none of them signatures alone`, () => {
    const result = converted.get(`${file.language}/${file.fileName}`)!;
    expect(result.pages).toBe(EXPECTED_PAGES[template.id]);
    if (FORMS.has(template.id)) expect(signatureOnlyPages(pagesOf(result.text), template, file.language)).toEqual([]);
  });

  it("prints no broken references", () => {
    const text = converted.get(`${file.language}/${file.fileName}`)!.text;
    expect(text).not.toMatch(/Err:\d{3}|#REF!|#VALUE!|#NAME\?/);
  });
});
