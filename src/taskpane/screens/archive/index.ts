/** The Case archive screen (Excel and Word): the whole case as a .docx and as JSON for the knowledge base. */
export { ArchiveScreen, type ArchiveScreenProps } from "./ArchiveScreen";
export { archiveFile, type ArchiveFile } from "./archive-files";
export { ARCHIVE_STRINGS, type ArchiveStrings } from "./strings";
