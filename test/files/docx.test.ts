import JSZip from "jszip";
import { decodeRecord, getTemplate, LANGUAGES, slotsOf, templatesFor, wordTag } from "../../src/core";
import { RECORD_KEY, tableCellKeys } from "../../src/render/word";
import { buildDocx, docxParts, DOCX_MIME_TYPE } from "../../src/files/docx";
import { templateLabels } from "../support/template-labels";
import { parseXml } from "../support/xml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL = "http://schemas.openxmlformats.org/package/2006/relationships";

const CASES = templatesFor("word").flatMap((t) => LANGUAGES.map((l) => [t.id, l] as const));

describe.each(CASES)("buildDocx %s (%s)", (id, language) => {
  const template = getTemplate(id);
  let zip: JSZip;
  let parts: Map<string, Document>;

  beforeAll(async () => {
    const bytes = await buildDocx(template, language, {
      instanceId: "file01",
      created: new Date("2026-01-05T08:00:00Z"),
    });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]); // a zip
    zip = await JSZip.loadAsync(bytes);
    parts = new Map();
    for (const name of Object.keys(zip.files)) {
      if (!zip.files[name].dir) parts.set(name, parseXml(await zip.file(name)!.async("string")));
    }
  });

  it("has every part, all well-formed, each declared in [Content_Types].xml and reached by a relationship", () => {
    expect([...parts.keys()].sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/app.xml",
        "docProps/core.xml",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/footer1.xml",
        "word/numbering.xml",
        "word/settings.xml",
        "word/styles.xml",
      ].sort(),
    );
    const types = parts.get("[Content_Types].xml")!;
    const overrides = Array.from(types.getElementsByTagNameNS(CT, "Override")).map((o) => o.getAttribute("PartName")!);
    for (const name of parts.keys()) {
      if (name.endsWith(".rels") || name === "[Content_Types].xml") continue;
      expect(overrides).toContain(`/${name}`);
    }
    const targets = (relsPath: string, base: string) =>
      Array.from(parts.get(relsPath)!.getElementsByTagNameNS(REL, "Relationship")).map(
        (r) => base + r.getAttribute("Target"),
      );
    const reached = [...targets("_rels/.rels", ""), ...targets("word/_rels/document.xml.rels", "word/")];
    for (const target of reached) expect(parts.has(target)).toBe(true);
    expect(reached.sort()).toEqual(overrides.map((o) => o.slice(1)).sort());
  });

  it("holds the form: every label in the language, every tag, the record", () => {
    const document = parts.get("word/document.xml")!;
    const text = Array.from(document.getElementsByTagNameNS(W, "t"))
      .map((t) => t.textContent)
      .join("");
    expect(templateLabels(template, language, { purpose: false }).filter((label) => !text.includes(label))).toEqual([]);
    const tags = Array.from(document.getElementsByTagNameNS(W, "tag")).map((t) => t.getAttributeNS(W, "val"));
    const expected = [
      wordTag(id, "file01"),
      ...[...slotsOf(template).map((s) => s.key), ...tableCellKeys(template)].map((k) => wordTag(id, "file01", k)),
    ];
    for (const tag of expected) expect(tags.filter((t) => t === tag)).toHaveLength(1);
    const recordTag = Array.from(document.getElementsByTagNameNS(W, "tag")).find(
      (t) => t.getAttributeNS(W, "val") === wordTag(id, "file01", RECORD_KEY),
    )!;
    const recordText = Array.from(recordTag.parentNode!.parentNode!.childNodes as unknown as Element[])
      .filter((n) => n.localName === "sdtContent")
      .map((n) => n.textContent)
      .join("");
    expect(decodeRecord(recordText)).toEqual({ template: id, id: "file01", language, version: template.version });
  });

  it("prints on A4, landscape for wide forms, with a footer numbering the pages", () => {
    const document = parts.get("word/document.xml")!;
    const body = document.getElementsByTagNameNS(W, "body")[0];
    const sectPr = Array.from(body.childNodes as unknown as Element[])
      .filter((n) => n.nodeType === 1)
      .pop()!;
    expect(sectPr.localName).toBe("sectPr");
    const size = sectPr.getElementsByTagNameNS(W, "pgSz")[0];
    const [w, h] = [Number(size.getAttributeNS(W, "w")), Number(size.getAttributeNS(W, "h"))];
    expect(template.landscape ? [h, w] : [w, h]).toEqual([11906, 16838]);
    expect(size.getAttributeNS(W, "orient") || "portrait").toBe(template.landscape ? "landscape" : "portrait");
    const footer = parts.get("word/footer1.xml")!;
    const instructions = Array.from(footer.getElementsByTagNameNS(W, "fldSimple")).map((f) =>
      f.getAttributeNS(W, "instr")!.trim(),
    );
    expect(instructions).toEqual(["PAGE", "NUMPAGES"]);
    expect(footer.documentElement.textContent).toContain(template.name[language]);
  });

  it("carries the title, language and the Word 2013+ compatibility mode", () => {
    const core = parts.get("docProps/core.xml")!;
    expect(core.getElementsByTagName("dc:title")[0].textContent).toBe(template.name[language]);
    expect(core.getElementsByTagName("dc:language")[0].textContent).toBe(language);
    expect(core.getElementsByTagName("dcterms:created")[0].textContent).toBe("2026-01-05T08:00:00Z");
    const compat = parts.get("word/settings.xml")!.getElementsByTagNameNS(W, "compatSetting")[0];
    expect(compat.getAttributeNS(W, "val")).toBe("15");
  });
});

describe("buildDocx", () => {
  it("gives each file a fresh instance id unless one is given", async () => {
    const template = getTemplate("T2");
    const idOf = (xml: string) => /concord:T2:([a-z0-9]{6})"/.exec(xml)![1];
    const a = idOf(docxParts(template, "en-US")["word/document.xml"]);
    const b = idOf(docxParts(template, "en-US")["word/document.xml"]);
    expect(a).not.toBe(b);
    expect(idOf(docxParts(template, "en-US", { instanceId: "fixed1" })["word/document.xml"])).toBe("fixed1");
    expect(DOCX_MIME_TYPE).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  it("refuses Excel-only templates", async () => {
    await expect(buildDocx(getTemplate("T6"), "en-US")).rejects.toThrow("not a Word template");
  });
});
