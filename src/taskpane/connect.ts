import type { Host, Language } from "../core";
import type { TemplateFile } from "../files";
import type { ConcordHost, SignoffHost } from "../hosts/types";

/** What the pane's screens drive: the common contract plus sign-off and navigation. */
export type PaneHost = ConcordHost & SignoffHost;

/**
 * The host adapter for the application the pane runs in. Each is its own chunk, so Word never downloads the Excel
 * adapter and the other way round.
 */
export async function connectHost(kind: Host): Promise<PaneHost> {
  if (kind === "excel") {
    const { ExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../hosts/excel");
    return new ExcelHost();
  }
  const { WordHost } = await import(/* webpackChunkName: "word-host" */ "../hosts/word");
  return new WordHost();
}

/** Outside Office: the in-memory sample project or an empty file (its own chunk; Office users never download it). */
export async function connectPreview(kind: Host, language: Language, start: "sample" | "empty"): Promise<PaneHost> {
  const { createPreviewHost } = await import(/* webpackChunkName: "preview-host" */ "../hosts/preview");
  // A short delay per call, so the preview shows the spinners Office's round trips would.
  return createPreviewHost({ kind, language, delayMs: 150, empty: start === "empty" });
}

/** The blank forms for download; the file writers (exceljs, JSZip) load only when the list is asked for. */
export async function loadTemplateFiles(): Promise<TemplateFile[]> {
  const { templateFiles } = await import(/* webpackChunkName: "template-files" */ "../files");
  return templateFiles();
}
