/** Saving bytes the pane made (blank forms, the case archive) as a file: the browser's download. */

export type DownloadKind = "xlsx" | "docx" | "json";

export const DOWNLOAD_MIME: Readonly<Record<DownloadKind, string>> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  json: "application/json",
};

/** A file to save: its name and kind (the MIME type). `TemplateFile` is one. */
export interface DownloadFile {
  fileName: string;
  kind: DownloadKind;
}

/** Starts the browser's download of `bytes` as `file.fileName`. */
export function browserDownload(file: DownloadFile, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOWNLOAD_MIME[file.kind] }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.click();
  // Revoked later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
