/**
 * The case archive as files for the knowledge base: a .docx readable without Concord (Word, LibreOffice, WPS) and the
 * same data as JSON (`archiveJson`). Runs in Node and in the browser (JSZip, no Node APIs).
 */
import { archiveJson, type CaseArchive } from "../../core";
import { packageParts, zipDocx } from "../docx";
import { ARCHIVE_LANDSCAPE, ARCHIVE_TEXT, archiveBody } from "./body";

export { archiveBody, ARCHIVE_TEXT } from "./body";

/** The parts of the archive's .docx by path, for tests. */
export function archiveDocxParts(archive: CaseArchive): Record<string, string> {
  const title = `${ARCHIVE_TEXT.title["en-US"]} · ${ARCHIVE_TEXT.title["zh-CN"]}`;
  return packageParts(archiveBody(archive), {
    properties: {
      title: archive.projectName ? `${title}: ${archive.projectName}` : title,
      subject: ARCHIVE_TEXT.about["en-US"],
      keywords: "Concord archive",
      footer: `Concord · ${title}${archive.projectName ? ` · ${archive.projectName}` : ""}`,
    },
    language: "en-US",
    landscape: ARCHIVE_LANDSCAPE,
    created: new Date(archive.generatedAt),
  });
}

/** The archive as a .docx (zip bytes). */
export function buildArchiveDocx(archive: CaseArchive): Promise<Uint8Array> {
  return zipDocx(archiveDocxParts(archive));
}

/** The file names for an archive: `case-archive-2026-12-30.docx` / `.json`. */
export function archiveFileName(archive: CaseArchive, kind: "docx" | "json"): string {
  return `case-archive-${archive.generatedAt.slice(0, 10)}.${kind}`;
}

/** The JSON file's bytes (UTF-8). */
export function archiveJsonBytes(archive: CaseArchive): Uint8Array {
  return new TextEncoder().encode(archiveJson(archive));
}
