/**
 * Standalone .docx files of the Word templates, for people who receive a form without the add-in: the same body as
 * the add-in inserts (src/render/word), plus page setup (A4, landscape for wide forms), a footer with the form's name
 * and page numbers, and document properties. Runs in Node and in the browser (JSZip, no Node APIs).
 */
import JSZip from "jszip";
import { type Language, newInstanceId, type TemplateDef } from "../core";
import { documentXml, NS, numberingXml, PAGE, stylesXml, W_ROOT_NS, wordBody, xmlEscape } from "../render/word";

export const DOCX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface DocxOptions {
  /** Instance id written into the tags and the record (a fresh one by default). */
  instanceId?: string;
  /** Creation time in the document properties (now by default). */
  created?: Date;
}

const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";

function contentTypes(): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    override("/word/document.xml", `${WML}.document.main+xml`) +
    override("/word/styles.xml", `${WML}.styles+xml`) +
    override("/word/numbering.xml", `${WML}.numbering+xml`) +
    override("/word/settings.xml", `${WML}.settings+xml`) +
    override("/word/footer1.xml", `${WML}.footer+xml`) +
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
    `</Types>`
  );
}

function relationships(items: Array<[id: string, type: string, target: string]>): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.rel}">` +
    items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("") +
    `</Relationships>`
  );
}

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`;

function sectionProperties(landscape: boolean): string {
  const [w, h] = landscape ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  const m = PAGE.margin;
  return (
    `<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>` +
    `<w:pgSz w:w="${w}" w:h="${h}"${landscape ? ` w:orient="landscape"` : ""}/>` +
    `<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="${PAGE.headerFooter}" ` +
    `w:footer="${PAGE.headerFooter}" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>`
  );
}

function field(instruction: string): string {
  return `<w:fldSimple w:instr=" ${instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>`;
}

/** `title` ("Concord · <name> (T2)") on the left, "Page n of m" on the right. */
function footerXml(title: string, landscape: boolean, language: Language): string {
  const width = (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  const text = (t: string) => `<w:r><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r>`;
  const pages =
    language === "zh-CN"
      ? text("第 ") + field("PAGE") + text(" 页 / 共 ") + field("NUMPAGES") + text(" 页")
      : text("Page ") + field("PAGE") + text(" of ") + field("NUMPAGES");
  return (
    XML_HEAD +
    `<w:ftr ${W_ROOT_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/>` +
    `<w:tabs><w:tab w:val="right" w:pos="${width}"/></w:tabs></w:pPr>` +
    text(title) +
    `<w:r><w:tab/></w:r>` +
    pages +
    `</w:p></w:ftr>`
  );
}

function settingsXml(language: Language): string {
  return (
    XML_HEAD +
    `<w:settings ${W_ROOT_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>` +
    `<w:characterSpacingControl w:val="compressPunctuation"/>` +
    // Word 2013+ mode: checkbox content controls (w14) need at least Word 2010 mode.
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `<w:themeFontLang w:val="${language === "zh-CN" ? "zh-CN" : "en-US"}" w:eastAsia="zh-CN"/>` +
    `</w:settings>`
  );
}

function corePropertiesXml(properties: DocumentProperties, language: Language, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    XML_HEAD +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlEscape(properties.title)}</dc:title>` +
    `<dc:subject>${xmlEscape(properties.subject)}</dc:subject>` +
    `<dc:creator>Concord</dc:creator><cp:keywords>${xmlEscape(properties.keywords)}</cp:keywords>` +
    `<dc:language>${language}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

function appPropertiesXml(): string {
  return (
    XML_HEAD +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>Concord</Application></Properties>`
  );
}

const CLOSING_PARAGRAPH =
  `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>` +
  `<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>`;

/** The document properties and footer of a .docx. */
export interface DocumentProperties {
  title: string;
  subject: string;
  keywords: string;
  /** Left of the footer, before the page numbers. */
  footer: string;
}

/**
 * The parts of a .docx around a WordprocessingML body (paragraphs and tables using the styles of `stylesXml`): A4,
 * landscape when asked, the footer with page numbers, document properties. Other writers build on it.
 */
export function packageParts(
  body: string,
  options: { properties: DocumentProperties; language: Language; landscape: boolean; created?: Date },
): Record<string, string> {
  const { properties, language, landscape } = options;
  const R = NS.officeDocument;
  return {
    "[Content_Types].xml": contentTypes(),
    "_rels/.rels": relationships([
      ["rId1", `${R}/officeDocument`, "word/document.xml"],
      [
        "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
      ],
      ["rId3", `${R}/extended-properties`, "docProps/app.xml"],
    ]),
    // The document's closing paragraph (a body ends with one), 1 pt high so that it never spills onto a page by itself.
    "word/document.xml": XML_HEAD + documentXml(body + CLOSING_PARAGRAPH, sectionProperties(landscape)),
    "word/_rels/document.xml.rels": relationships([
      ["rId1", `${R}/styles`, "styles.xml"],
      ["rId2", `${R}/numbering`, "numbering.xml"],
      ["rId3", `${R}/settings`, "settings.xml"],
      ["rId4", `${R}/footer`, "footer1.xml"],
    ]),
    "word/styles.xml": XML_HEAD + stylesXml(),
    "word/numbering.xml": XML_HEAD + numberingXml(),
    "word/settings.xml": settingsXml(language),
    "word/footer1.xml": footerXml(properties.footer, landscape, language),
    "docProps/core.xml": corePropertiesXml(properties, language, options.created ?? new Date()),
    "docProps/app.xml": appPropertiesXml(),
  };
}

/** The parts of the .docx by path (what `buildDocx` zips), for tests and other writers. */
export function docxParts(
  template: TemplateDef,
  language: Language,
  options: DocxOptions = {},
): Record<string, string> {
  const instanceId = options.instanceId ?? newInstanceId();
  const properties: DocumentProperties = {
    title: template.name[language],
    subject: template.purpose[language],
    keywords: `Concord ${template.id}`,
    footer: `Concord · ${template.name[language]} (${template.id})`,
  };
  return packageParts(wordBody(template, language, instanceId), {
    properties,
    language,
    landscape: template.landscape,
    created: options.created,
  });
}

/** Zip bytes of a .docx from its parts. */
export function zipDocx(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", mimeType: DOCX_MIME_TYPE });
}

/** A complete .docx of a Word template in one language (zip bytes). */
export async function buildDocx(
  template: TemplateDef,
  language: Language,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  return zipDocx(docxParts(template, language, options));
}
