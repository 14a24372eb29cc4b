/**
 * WordprocessingML text: namespaces, page geometry, the house colours of the forms, XML escaping, runs and paragraphs.
 */
import { WORD_COLOURS } from "../house-style";

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  pkg: "http://schemas.microsoft.com/office/2006/xmlPackage",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

/** Namespace declarations of every WordprocessingML root element written here. */
export const W_ROOT_NS =
  `xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:w14="${NS.w14}" xmlns:w15="${NS.w15}" ` +
  `xmlns:mc="${NS.mc}" mc:Ignorable="w14 w15"`;

/** A4 in twips, margins 2 cm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134,
  headerFooter: 567,
} as const;

export const {
  ink: INK,
  line: LINE,
  labelFill: LABEL_FILL,
  headerFill: HEADER_FILL,
  headerText: HEADER_TEXT,
  bandFill: BAND_FILL,
  required: REQUIRED,
} = WORD_COLOURS;

/** XML 1.0 allows tab, line feed, carriage return and U+0020… (no other control characters, no lone surrogates). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Text or an attribute value made safe for XML: markup characters escaped, characters XML forbids removed. */
export function xmlEscape(text: string): string {
  let out = "";
  for (const ch of text) {
    if (!isXmlChar(ch.codePointAt(0)!)) continue;
    switch (ch) {
      case "&":
        out += "&amp;";
        break;
      case "<":
        out += "&lt;";
        break;
      case ">":
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case "'":
        out += "&apos;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

export const attr = (value: string | number) => `"${xmlEscape(String(value))}"`;

/** A run: line breaks become `<w:br/>`, tabs `<w:tab/>`. Empty text gives no run. */
export function run(text: string, rPr = ""): string {
  if (text === "") return "";
  let inner = "";
  for (const part of text.split(/(\r\n|\n|\r|\t)/)) {
    if (part === "\t") inner += "<w:tab/>";
    else if (part === "\n" || part === "\r" || part === "\r\n") inner += "<w:br/>";
    else if (part !== "") inner += `<w:t xml:space="preserve">${xmlEscape(part)}</w:t>`;
  }
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${inner}</w:r>`;
}

export function paragraph(content: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
}

export const PLACEHOLDER_RPR = `<w:rStyle w:val="PlaceholderText"/>`;
export const CELL_SPACING = `<w:spacing w:before="20" w:after="20"/>`;
/** On every row of a small table but the last, so that Word and LibreOffice keep the table on one page. */
export const KEEP_NEXT = `<w:keepNext/>`;
