import type { Language } from "../../../core";

export interface ArchiveStrings {
  heading: string;
  about: string;
  reading: string;
  readFailed: (reason: string) => string;
  retry: string;
  noCrypto: string;
  contents: (n: number) => string;
  signatures: (n: number) => string;
  /** One form of the list: "T2 Consensus form (Sheet 2): its state · 3 signatures"; the place only when it differs. */
  item: (template: string, name: string, location: string | null, state: string, signatures: string) => string;
  ledgerHeading: string;
  download: Record<"docx" | "json", string>;
  preparing: (fileName: string) => string;
  downloaded: (fileName: string) => string;
  downloadFailed: (reason: string) => string;
}

const EN: ArchiveStrings = {
  heading: "Case archive",
  about:
    "The whole case for the knowledge base, readable without Concord: every form with its state, content and " +
    "signatures, and the ledger's verification. The document (.docx, ready to print as PDF) and the data (.json).",
  reading: "Reading the file and checking the ledger…",
  readFailed: (reason) => `Could not read the file: ${reason}`,
  retry: "Try again",
  noCrypto:
    "This browser cannot check signatures here (no Web Crypto on this page), so the archive cannot be made. " +
    "Open the add-in over HTTPS.",
  contents: (n) => `${n} ${n === 1 ? "form" : "forms"} in the archive`,
  signatures: (n) => (n === 0 ? "no signatures" : `${n} ${n === 1 ? "signature" : "signatures"}`),
  item: (template, name, location, state, signatures) =>
    `${template} ${name}${location && location !== name ? ` (${location})` : ""}: ${state} · ${signatures}`,
  ledgerHeading: "Signature ledger",
  download: { docx: "Download the archive (.docx)", json: "Download the data (.json)" },
  preparing: (fileName) => `Preparing ${fileName}…`,
  downloaded: (fileName) => `Downloaded ${fileName}.`,
  downloadFailed: (reason) => `Could not make the file: ${reason}`,
};

const ZH: ArchiveStrings = {
  heading: "案例归档",
  about:
    "供知识库使用的完整案例，无需 Concord 即可阅读：每张表单的状态、内容和签字，以及签字账本的校验结果。" +
    "包括文档（.docx，可打印为 PDF）和数据（.json）。",
  reading: "正在读取文件并校验账本…",
  readFailed: (reason) => `无法读取文件：${reason}`,
  retry: "重试",
  noCrypto: "此浏览器在本页面无法校验签字（没有 Web Crypto），因此无法生成归档。请通过 HTTPS 打开加载项。",
  contents: (n) => `归档包含 ${n} 张表单`,
  signatures: (n) => (n === 0 ? "无签字" : `${n} 个签字`),
  item: (template, name, location, state, signatures) =>
    `${template} ${name}${location && location !== name ? `（${location}）` : ""}：${state} · ${signatures}`,
  ledgerHeading: "签字账本",
  download: { docx: "下载归档文档（.docx）", json: "下载归档数据（.json）" },
  preparing: (fileName) => `正在生成 ${fileName}…`,
  downloaded: (fileName) => `已下载 ${fileName}。`,
  downloadFailed: (reason) => `无法生成文件：${reason}`,
};

export const ARCHIVE_STRINGS: Record<Language, ArchiveStrings> = { "en-US": EN, "zh-CN": ZH };
