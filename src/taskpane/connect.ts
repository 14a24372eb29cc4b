import type { ConcordHost } from "../hosts/types";
import type { HostKind } from "./host";
import type { TemplateFile } from "../files";

/**
 * The host adapter for the application the pane runs in. Each is its own chunk, so Word never downloads the Excel
 * adapter and the other way round.
 */
export async function connectHost(kind: HostKind): Promise<ConcordHost | null> {
  switch (kind) {
    case "excel": {
      const { ExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../hosts/excel");
      return new ExcelHost();
    }
    case "word": {
      const { WordHost } = await import(/* webpackChunkName: "word-host" */ "../hosts/word");
      return new WordHost();
    }
    default:
      return null;
  }
}

/** The blank forms for download; the file writers (exceljs, JSZip) load only when the list is asked for. */
export async function loadTemplateFiles(): Promise<TemplateFile[]> {
  const { templateFiles } = await import(/* webpackChunkName: "template-files" */ "../files");
  return templateFiles();
}
