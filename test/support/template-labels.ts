import { type Language, SIGNATURE_PARTS, signatureTitle, type TemplateDef } from "../../src/core";

/**
 * Every label a reader of a filled-in or printed form needs, in the form's language: the name, section titles, field
 * and column labels, numbered-list labels, signature roles and parts (and the purpose line unless `purpose: false`).
 */
export function templateLabels(
  template: TemplateDef,
  language: Language,
  options: { purpose?: boolean; skipTables?: readonly string[] } = {},
): string[] {
  const labels = [template.name[language]];
  if (options.purpose !== false) labels.push(template.purpose[language]);
  for (const block of template.blocks) {
    switch (block.type) {
      case "fields":
        if (block.title) labels.push(block.title[language]);
        labels.push(...block.fields.map((f) => f.label[language]));
        break;
      case "list":
        labels.push(block.title[language], block.item.label[language]);
        break;
      case "table":
        if (options.skipTables?.includes(block.table.id)) break;
        labels.push(block.table.title[language], ...block.table.columns.map((c) => c.label[language]));
        break;
      case "signatures":
        labels.push(block.title[language], ...SIGNATURE_PARTS.map((p) => p.label[language]));
        for (const signature of block.signatures) {
          for (let n = 1; n <= signature.count; n++) labels.push(signatureTitle(signature, n)[language]);
        }
        break;
    }
  }
  return [...new Set(labels)];
}
