import JSZip from "jszip";
import { type CaseArchive } from "../../src/core";
import { archiveDocxParts, archiveFileName, archiveJsonBytes, buildArchiveDocx } from "../../src/files/archive";
import { caseProject } from "../core/closing/case-fixture";
import { parseXml } from "../support/xml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A paragraph's text (runs joined, `<w:br/>` as a line break). */
const paragraphText = (p: Element) =>
  Array.from(p.getElementsByTagNameNS(W, "r"))
    .map((r) =>
      Array.from(r.childNodes as NodeListOf<Element>)
        .map((n) => (n.localName === "t" ? n.textContent : n.localName === "br" ? "\n" : ""))
        .join(""),
    )
    .join("");

/** The document's paragraphs as text, in order. */
const paragraphs = (doc: Document) => Array.from(doc.getElementsByTagNameNS(W, "p")).map(paragraphText);

const styleOf = (p: Element) => p.getElementsByTagNameNS(W, "pStyle")[0]?.getAttributeNS(W, "val") ?? null;

describe("the case archive as .docx", () => {
  let archive: CaseArchive;
  let doc: Document;
  let texts: string[];

  beforeAll(async () => {
    ({ archive } = await caseProject());
    const bytes = await buildArchiveDocx(archive);
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const zip = await JSZip.loadAsync(bytes);
    for (const [name, entry] of Object.entries(zip.files)) {
      if (!entry.dir) parseXml(await zip.file(name)!.async("string")); // every part well-formed
    }
    doc = parseXml(await zip.file("word/document.xml")!.async("string"));
    texts = paragraphs(doc);
  });

  it("has a bilingual title, the project and the generation time, then one heading per form and the verification", () => {
    expect(texts[0]).toBe("Case archive · 案例归档");
    expect(texts[1]).toBe("Complaint response · Generated 2026-12-30 08:15 UTC · 生成于 2026-12-30 08:15 UTC");
    const headings = Array.from(doc.getElementsByTagNameNS(W, "p"))
      .filter((p) => styleOf(p) === "Heading1")
      .map(paragraphText);
    expect(headings).toEqual([
      "Contents · 目录",
      "1. Kickoff application · 跨部门协作启动申请表 (T1 · kick01)",
      "2. Consensus form · 跨部门协作共识表 (T2 · cons01)",
      "3. Task breakdown (WBS) · 跨部门协作任务分解表 (T3 · wbs001)",
      "4. Meeting minutes · 会议纪要 (T4 · meet01)",
      "5. Acceptance checklist · 成果验收单 (T7 · acc001)",
      "Ledger verification · 签字账本校验",
    ]);
  });

  it("prints each form's state in both languages, its fields, its tables and its signatures with code and time", () => {
    expect(texts).toContain("Signed: all 4 required signers approved.");
    expect(texts).toContain("已签署：4 位签字人均已同意。");
    expect(texts).toContain("Regular meeting · 例会频率");
    expect(texts).toContain("Weekly");
    expect(texts).toContain("Department\n部门");
    const t2 = archive.instances[1];
    const first = t2.signatures[0];
    expect(texts).toContain(first.code);
    expect(texts).toContain(`${first.at.slice(0, 10)} ${first.at.slice(11, 16)} UTC`);
    expect(texts).toContain("Li Na (Customer service)");
    expect(texts).toContain("Approve · 同意");
    expect(texts.filter((t) => t === "Yes · 是")).toHaveLength(5);
    expect(texts).toContain("No signature. · 无签字记录。");
    expect(texts).toContain("25%");
    // The WBS prints only the columns with a value in some row; the JSON keeps them all.
    expect(texts).toContain("% complete\n完成百分比");
    expect(texts).not.toContain("Resources needed\n所需资源");
    expect(archive.instances[2].tables[0].columns.map((c) => c.id)).toContain("resources");
  });

  it("ends with the verification report in words and what it cannot prove", () => {
    const v = archive.verification;
    expect(texts).toContain(v.summary["en-US"]);
    expect(texts).toContain(v.summary["zh-CN"]);
    expect(texts).toContain("What the check cannot prove · 校验无法证明的内容");
    for (const limit of v.limits) expect(texts).toContain(limit["zh-CN"]);
    const findings = texts.find((t) => t.startsWith(v.entries[0].findings[0].message["en-US"]));
    expect(findings?.split("\n")).toEqual([
      v.entries[0].findings[0].message["en-US"],
      v.entries[0].findings[0].meaning["en-US"],
      v.entries[0].findings[0].message["zh-CN"],
      v.entries[0].findings[0].meaning["zh-CN"],
    ]);
  });

  it("keeps hostile text inert: escaped text, no extra element, no field code", async () => {
    const xml = archiveDocxParts(archive)["word/document.xml"];
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(xml).not.toContain("<script>");
    expect(texts).toContain("<script>alert(1)</script>");
    expect(texts).toContain("=cmd|'/C calc'!A0");
    expect(doc.getElementsByTagNameNS(W, "fldSimple")).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(W, "instrText")).toHaveLength(0);
  });

  it("prints landscape A4 with a footer naming the project, and names its files by date", () => {
    const parts = archiveDocxParts(archive);
    expect(parts["word/document.xml"]).toContain(`<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`);
    expect(parts["word/footer1.xml"]).toContain("Concord · Case archive · 案例归档 · Complaint response");
    expect(parts["docProps/core.xml"]).toContain("<dc:title>Case archive · 案例归档: Complaint response</dc:title>");
    expect(archiveFileName(archive, "docx")).toBe("case-archive-2026-12-30.docx");
    expect(JSON.parse(new TextDecoder().decode(archiveJsonBytes(archive))).instances).toHaveLength(5);
  });
});
