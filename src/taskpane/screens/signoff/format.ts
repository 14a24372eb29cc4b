import { getTemplate, type Language, type TemplateId } from "../../../core";

/** `2026-11-20 09:00 UTC`: the time a signature records, as it is stored (the signer's clock, in UTC). */
export function utcTime(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

/** "T2 Consensus form" / "T2 跨部门协作共识表": how buttons and headings name a form. */
export function formName(template: TemplateId, language: Language): string {
  return `${template} ${getTemplate(template).name[language]}`;
}
