/**
 * Standalone template files: every template as .xlsx, the Word templates also as .docx, in both languages.
 * `npm run templates` writes them to dist/templates/<language>/; the task pane offers the same list for download.
 * Works in Node and in the browser (exceljs, JSZip; no Node APIs).
 */
import { type Language, LANGUAGES, type TemplateDef, type TemplateId, templatesFor } from "../core";
import { buildDocx } from "./docx";
import { buildTemplateXlsx, FILE_INSTANCE_ID } from "./xlsx";

export { buildXlsx, buildTemplateXlsx, FILE_INSTANCE_ID, XLSX_MIME_TYPE } from "./xlsx";
export { buildDocx, DOCX_MIME_TYPE } from "./docx";

export type TemplateFileKind = "xlsx" | "docx";

/** One downloadable blank form: what `npm run templates` writes and the task pane offers. */
export interface TemplateFile {
  template: TemplateId;
  language: Language;
  kind: TemplateFileKind;
  fileName: string;
  build(): Promise<Uint8Array>;
}

/** "Task breakdown (WBS)" → "task-breakdown-wbs". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The file name of a template: `T2-consensus-form.xlsx` (English name) / `T2-跨部门协作共识表.xlsx` (Chinese name),
 * stable as long as the template's name is; characters no file system takes are dropped.
 */
export function templateFileName(template: TemplateDef, language: Language, kind: TemplateFileKind): string {
  const name =
    language === "en-US"
      ? slug(template.name["en-US"])
      : template.name["zh-CN"].replace(/[\\/:*?"<>|\s]+/g, "").replace(/[()（）]/g, "");
  return `${template.id}-${name}.${kind}`;
}

/** Every standalone file, by language then template: the .xlsx of each template, then the .docx of the Word ones. */
export function templateFiles(languages: readonly Language[] = LANGUAGES): TemplateFile[] {
  return languages.flatMap((language) => [
    ...templatesFor("excel").map((template): TemplateFile => ({
      template: template.id,
      language,
      kind: "xlsx",
      fileName: templateFileName(template, language, "xlsx"),
      build: () => buildTemplateXlsx(template, language),
    })),
    ...templatesFor("word").map((template): TemplateFile => ({
      template: template.id,
      language,
      kind: "docx",
      fileName: templateFileName(template, language, "docx"),
      build: () => buildDocx(template, language, { instanceId: FILE_INSTANCE_ID }),
    })),
  ]);
}
