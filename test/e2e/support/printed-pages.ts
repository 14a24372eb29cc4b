import { type Language, SIGNATURE_PARTS, signatureTitle, type TemplateDef } from "../../../src/core";
import { squeeze } from "./office-suite";

/** The PDF text of each page (pdftotext ends every page with a form feed), without white space. */
export const pagesOf = (text: string): string[] => text.split("\f").slice(0, -1).map(squeeze);

/**
 * Labels of the form's content outside its sign-offs (section titles, field, list and column labels), without any
 * that a signature block prints too (e.g. "Date"): a page showing none of them holds nothing but signatures.
 */
export function contentLabels(template: TemplateDef, language: Language): string[] {
  const signing = new Set<string>();
  for (const block of template.blocks) {
    if (block.type !== "signatures") continue;
    signing.add(block.title[language]);
    for (const part of SIGNATURE_PARTS) signing.add(part.label[language]);
    for (const signature of block.signatures)
      for (let n = 1; n <= signature.count; n++) signing.add(signatureTitle(signature, n)[language]);
  }
  const labels = template.blocks.flatMap((block) => {
    switch (block.type) {
      case "fields":
        return [...(block.title ? [block.title[language]] : []), ...block.fields.map((f) => f.label[language])];
      case "list":
        return [block.title[language], block.item.label[language]];
      case "table":
        return [block.table.title[language], ...block.table.columns.map((c) => c.label[language])];
      case "signatures":
        return [];
    }
  });
  return labels.filter((label) => ![...signing].some((s) => s.includes(label))).map(squeeze);
}

/** The pages (1-based) on which no content label of the form is printed: pages of signatures alone. */
export function signatureOnlyPages(pages: readonly string[], template: TemplateDef, language: Language): number[] {
  const labels = contentLabels(template, language);
  return pages.flatMap((page, i) => (labels.some((label) => page.includes(label)) ? [] : [i + 1]));
}
