import type { CaseArchive } from "../../../core";
import type { DownloadFile } from "../../components/download";

/** One archive file ready to save. */
export interface ArchiveFile extends DownloadFile {
  kind: "docx" | "json";
  bytes: Uint8Array;
}

/**
 * The archive as a file of the given kind. The .docx writer (JSZip and the package parts) is its own chunk, fetched
 * only when a file is asked for, so neither Home nor this screen's first paint carries it.
 */
export async function archiveFile(archive: CaseArchive, kind: "docx" | "json"): Promise<ArchiveFile> {
  const files = await import(/* webpackChunkName: "archive-files" */ "../../../files/archive");
  const bytes = kind === "docx" ? await files.buildArchiveDocx(archive) : files.archiveJsonBytes(archive);
  return { fileName: files.archiveFileName(archive, kind), kind, bytes };
}
