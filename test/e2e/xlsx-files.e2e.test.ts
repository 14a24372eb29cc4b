/**
 * A real office suite opens every generated .xlsx: each template, in both languages, is written as a standalone file
 * (templateFiles, the list `npm run templates` writes), converted to PDF by LibreOffice (headless, one call for all
 * files), and the PDF text (pdftotext) must contain every label of the template in that language: the title, section
 * and table titles, field labels, numbered list items, table column headers, signature roles and their parts (except
 * the tables a layout keeps beside its print area on purpose: NOT_PRINTED).
 * Broken references would print as LibreOffice errors (Err:5xx, #REF!) and fail the test; the Concord functions are
 * unknown outside Excel, so formula cells that depend on TODAY()/NOW() print #NAME? there (expected).
 *
 * Files, PDFs and page images (pdftoppm -r 60, for looking at the forms): test-results/templates/xlsx/.
 * soffice, pdftotext and pdftoppm come from Debian (libreoffice-calc, poppler-utils); "npm run test:e2e" installs them.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Language } from "../../src/core/language";
import { getTemplate } from "../../src/core/templates/catalog";
import type { TemplateDef, TemplateId } from "../../src/core/templates/types";
import { planSheet } from "../../src/core/layout/plan-sheet";
import { FILE_INSTANCE_ID, templateFiles, type TemplateFile } from "../../src/files";
import { templateLabels } from "../support/template-labels";
import { run, squeeze } from "./support/office-suite";

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
  const profile = mkdtempSync(path.join(os.tmpdir(), "concord-lo-"));
  const started = Date.now();
  try {
    run("soffice", [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "pdf",
      "--outdir",
      OUT,
      ...paths,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  conversionSeconds = (Date.now() - started) / 1000;
  files.forEach((file, i) => {
    const base = path.basename(paths[i], ".xlsx");
    const pdf = path.join(OUT, `${base}.pdf`);
    if (!existsSync(pdf)) return;
    const text = run("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
    run("pdftoppm", ["-png", "-r", "60", pdf, path.join(OUT, base)]);
    const pages = readdirSync(OUT).filter((name) => name.startsWith(`${base}-`) && name.endsWith(".png")).length;
    converted.set(`${file.language}/${file.fileName}`, { file, base, text, pages });
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

  it("prints no broken references", () => {
    const text = converted.get(`${file.language}/${file.fileName}`)!.text;
    expect(text).not.toMatch(/Err:\d{3}|#REF!|#VALUE!/);
  });
});
