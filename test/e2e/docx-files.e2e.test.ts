/**
 * A real office suite opens every generated .docx: each Word template (T1, T2, T4, T5, T7, T8), in both languages,
 * is written as a standalone file (buildDocx), converted to PDF by LibreOffice Writer (headless, one call for all
 * files), and the PDF text (pdftotext) must contain every label of the template in that language: the title, section
 * and table titles, field labels, list items, column headers, signature roles and their parts. The hidden instance
 * record must not print.
 *
 * The text is read in drawing order (pdftotext -raw), so that a label wrapped in its cell is not interleaved with
 * the text of the cell beside it.
 *
 * Files, PDFs and page images (pdftoppm -r 60, for looking at the forms): test-results/templates/docx/.
 * soffice, pdftotext and pdftoppm come from Debian (libreoffice-writer, poppler-utils, fonts-noto-cjk for Chinese);
 * "npm run test:e2e" installs them.
 */
import { mkdirSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { type Language, LANGUAGES, type TemplateDef, type TemplateId, templatesFor } from "../../src/core";
import { buildDocx } from "../../src/files/docx";
import { templateLabels } from "../support/template-labels";
import { convertToPdf, readPdf, squeeze } from "./support/office-suite";
import { pagesOf, signatureOnlyPages } from "./support/printed-pages";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-results", "templates", "docx");

interface Converted {
  text: string;
  pages: number;
}

/**
 * Pages each document prints: the change request and the acceptance sheet on one page (what a manager expects);
 * the consensus form, minutes and retrospective on two. The kickoff fits one page in English; in Chinese (taller
 * lines) the lead's approval and signature go to the second page together.
 */
const EXPECTED_PAGES: Partial<Record<TemplateId, number | Record<Language, number>>> = {
  T1: { "en-US": 1, "zh-CN": 2 },
  T2: 2,
  T4: 2,
  T5: 1,
  T7: 1,
  T8: 2,
};
function expectedPages(id: TemplateId, language: Language): number {
  const pages = EXPECTED_PAGES[id];
  return typeof pages === "number" ? pages : pages![language];
}

const CASES = templatesFor("word").flatMap((template) => LANGUAGES.map((language) => ({ template, language })));
/** Unique base names: a PDF takes its file's base name. */
const baseName = (template: TemplateDef, language: Language) => `${template.id}-${language}`;
const converted = new Map<string, Converted>();

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const paths: string[] = [];
  for (const { template, language } of CASES) {
    const target = path.join(OUT, `${baseName(template, language)}.docx`);
    writeFileSync(target, await buildDocx(template, language));
    paths.push(target);
  }
  const seconds = convertToPdf(paths, OUT);
  for (const { template, language } of CASES) {
    const base = baseName(template, language);
    const result = readPdf(OUT, base);
    if (result) converted.set(base, result);
  }
  console.log(
    `LibreOffice converted ${CASES.length} .docx files in ${seconds.toFixed(1)} s; PDFs and pages: ${path.relative(ROOT, OUT)}/\n` +
      CASES.map(({ template, language }) => {
        const result = converted.get(baseName(template, language));
        return `  ${baseName(template, language)}: ${result ? `${result.pages} page(s)` : "NOT CONVERTED"}`;
      }).join("\n"),
  );
}, 300_000);

describe.each(CASES.map((c) => [baseName(c.template, c.language), c] as const))(
  "%s.docx",
  (base, { template, language }) => {
    it("opens in LibreOffice Writer and prints every label of the form in its language", () => {
      const result = converted.get(base);
      expect(result).toBeDefined();
      const text = squeeze(result!.text);
      const missing = templateLabels(template, language).filter((label) => !text.includes(squeeze(label)));
      expect(missing).toEqual([]);
      if (language === "en-US") expect(result!.text).not.toMatch(/[\u4e00-\u9fff]/);
    });

    it("prints neither the hidden record nor tags", () => {
      const result = converted.get(base)!;
      expect(result.text).not.toContain('"concord"');
      expect(result.text).not.toContain("concord:");
    });

    it(`prints on the expected pages, none of them signatures alone`, () => {
      const result = converted.get(base)!;
      expect(result.pages).toBe(expectedPages(template.id, language));
      expect(signatureOnlyPages(pagesOf(result.text), template, language)).toEqual([]);
    });
  },
);
