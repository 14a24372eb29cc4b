/** Package parts shared by the Flat OPC package (insertOoxml) and the .docx writer: styles, numbering, document. */
import { INK, NS, W_ROOT_NS } from "./xml";

/** Most numbered lists one template may have (each list restarts at 1 through its own numbering instance). */
export const MAX_LISTS = 9;

function style(
  type: "paragraph" | "character" | "table",
  id: string,
  name: string,
  body: string,
  extra: { basedOn?: string; next?: string; uiPriority?: number; qFormat?: boolean; semiHidden?: boolean } = {},
): string {
  return (
    `<w:style w:type="${type}"${id === "Normal" || id === "TableNormal" ? ` w:default="1"` : ""} w:styleId="${id}">` +
    `<w:name w:val="${name}"/>` +
    (extra.basedOn ? `<w:basedOn w:val="${extra.basedOn}"/>` : "") +
    (extra.next ? `<w:next w:val="${extra.next}"/>` : "") +
    (extra.uiPriority !== undefined ? `<w:uiPriority w:val="${extra.uiPriority}"/>` : "") +
    (extra.semiHidden ? `<w:semiHidden/><w:unhideWhenUsed/>` : "") +
    (extra.qFormat ? `<w:qFormat/>` : "") +
    body +
    `</w:style>`
  );
}

/**
 * The styles the body uses, with Word's built-in ids (Title, Subtitle, Heading1, TableGrid, ListNumber,
 * PlaceholderText): a document that already has them keeps its own look, one that does not gets these.
 */
export function stylesXml(): string {
  const fonts = `<w:rFonts w:ascii="Calibri" w:eastAsia="等线" w:hAnsi="Calibri" w:cs="Arial"/>`;
  return (
    `<w:styles ${W_ROOT_NS}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="21"/><w:szCs w:val="21"/>` +
    `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    style("paragraph", "Normal", "Normal", "", { qFormat: true }) +
    style(
      "paragraph",
      "Title",
      "Title",
      `<w:pPr><w:spacing w:before="0" w:after="80"/><w:jc w:val="center"/></w:pPr>` +
        `<w:rPr><w:b/><w:bCs/><w:color w:val="${INK}"/><w:kern w:val="28"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>`,
      { basedOn: "Normal", next: "Normal", uiPriority: 10, qFormat: true },
    ) +
    style(
      "paragraph",
      "Subtitle",
      "Subtitle",
      `<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" w:color="${INK}"/></w:pBdr>` +
        `<w:spacing w:before="0" w:after="200"/><w:jc w:val="center"/></w:pPr>` +
        `<w:rPr><w:color w:val="595959"/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>`,
      { basedOn: "Normal", next: "Normal", uiPriority: 11, qFormat: true },
    ) +
    style(
      "paragraph",
      "Heading1",
      "heading 1",
      `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>` +
        `<w:rPr><w:b/><w:bCs/><w:color w:val="${INK}"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>`,
      { basedOn: "Normal", next: "Normal", uiPriority: 9, qFormat: true },
    ) +
    style(
      "paragraph",
      "Heading2",
      "heading 2",
      `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr>` +
        `<w:rPr><w:b/><w:bCs/><w:color w:val="${INK}"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>`,
      { basedOn: "Normal", next: "Normal", uiPriority: 9, qFormat: true, semiHidden: true },
    ) +
    style("paragraph", "ListNumber", "List Number", `<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>`, {
      basedOn: "Normal",
      uiPriority: 99,
      semiHidden: true,
    }) +
    style(
      "paragraph",
      "Footer",
      "footer",
      `<w:pPr><w:spacing w:after="0"/></w:pPr>` +
        `<w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>`,
      { basedOn: "Normal", uiPriority: 99, semiHidden: true },
    ) +
    style("character", "PlaceholderText", "Placeholder Text", `<w:rPr><w:color w:val="808080"/></w:rPr>`, {
      uiPriority: 99,
      semiHidden: true,
    }) +
    style(
      "table",
      "TableNormal",
      "Normal Table",
      `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
        `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>` +
        `</w:tblCellMar></w:tblPr>`,
      { uiPriority: 99, semiHidden: true },
    ) +
    style(
      "table",
      "TableGrid",
      "Table Grid",
      `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
        `<w:tblPr><w:tblBorders>` +
        ["top", "left", "bottom", "right", "insideH", "insideV"]
          .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
          .join("") +
        `</w:tblBorders></w:tblPr>`,
      { basedOn: "TableNormal", uiPriority: 39 },
    ) +
    `</w:styles>`
  );
}

/** Decimal numbering "1." for the numbered lists; numIds 1…MAX_LISTS each restart at 1. */
export function numberingXml(): string {
  const nums = Array.from(
    { length: MAX_LISTS },
    (_, i) =>
      `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="1"/>` +
      `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
  ).join("");
  return (
    `<w:numbering ${W_ROOT_NS}>` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>` +
    `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>` +
    `<w:rPr><w:b/><w:color w:val="${INK}"/></w:rPr></w:lvl></w:abstractNum>` +
    nums +
    `</w:numbering>`
  );
}

/** document.xml around a body (a section's properties last, when given). */
export function documentXml(body: string, sectPr = ""): string {
  return `<w:document ${W_ROOT_NS}><w:body>${body}${sectPr}</w:body></w:document>`;
}

/**
 * A Flat OPC package for `Range.insertOoxml`: document.xml with the body and an empty last paragraph (Word merges the
 * package's last paragraph into the paragraph at the insertion point), plus the styles and numbering parts.
 */
export function flatOpc(body: string): string {
  const part = (name: string, contentType: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const rels = (items: Array<[string, string, string]>) =>
    `<Relationships xmlns="${NS.rel}">` +
    items
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${NS.officeDocument}/${type}" Target="${target}"/>`)
      .join("") +
    `</Relationships>`;
  const RELS = "application/vnd.openxmlformats-package.relationships+xml";
  const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="${NS.pkg}">` +
    part("/_rels/.rels", RELS, rels([["rId1", "officeDocument", "word/document.xml"]])) +
    part(
      "/word/_rels/document.xml.rels",
      RELS,
      rels([
        ["rId1", "styles", "styles.xml"],
        ["rId2", "numbering", "numbering.xml"],
      ]),
    ) +
    part("/word/document.xml", `${WML}.document.main+xml`, documentXml(body + "<w:p/>")) +
    part("/word/styles.xml", `${WML}.styles+xml`, stylesXml()) +
    part("/word/numbering.xml", `${WML}.numbering+xml`, numberingXml()) +
    `</pkg:package>`
  );
}
