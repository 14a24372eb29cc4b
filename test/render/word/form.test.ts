import {
  APPROVAL,
  decodeRecord,
  getTemplate,
  LANGUAGES,
  SIGNATURE_PARTS,
  signatureTitle,
  slotsOf,
  templatesFor,
  wordTag,
  type Language,
  type TemplateDef,
} from "../../../src/core";
import {
  columnFractions,
  flatOpc,
  parseRecordTitle,
  placeholderOf,
  RECORD_KEY,
  tableCellKeys,
  valueOfText,
  W_ROOT_NS,
  wordBody,
  wordControls,
  xmlEscape,
} from "../../../src/render/word";
import { templateLabels } from "../../support/template-labels";
import { parseXml } from "../../support/xml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const ID = "abc123";

function parseBody(body: string): Element {
  return parseXml(`<w:body ${W_ROOT_NS}>${body}</w:body>`).documentElement as Element;
}

const all = (root: Element | Document, ns: string, name: string) => Array.from(root.getElementsByTagNameNS(ns, name));
const child = (el: Element, ns: string, name: string) =>
  (Array.from(el.childNodes) as Element[]).find(
    (c) => c.nodeType === 1 && c.namespaceURI === ns && c.localName === name,
  ) ?? null;
const val = (el: Element | null, ns = W) => el?.getAttributeNS(ns, "val") ?? null;

function controls(root: Element): Array<{ sdt: Element; tag: string; alias: string | null }> {
  return all(root, W, "sdt").map((sdt) => {
    const pr = child(sdt, W, "sdtPr")!;
    return { sdt, tag: val(child(pr, W, "tag")) ?? "", alias: val(child(pr, W, "alias")) };
  });
}

/** All text of an element (w:t), paragraphs and cells separated by new lines. */
function textOf(root: Element): string {
  if (all(root, W, "p").length === 0)
    return all(root, W, "t")
      .map((t) => t.textContent)
      .join("");
  return all(root, W, "p")
    .map((p) =>
      all(p, W, "t")
        .map((t) => t.textContent)
        .join(""),
    )
    .join("\n");
}

const CASES = templatesFor("word").flatMap((t) => LANGUAGES.map((l) => [t.id, l] as const));

describe("wordBody", () => {
  it("renders exactly the Word templates T1, T2, T4, T5, T7, T8", () => {
    expect(templatesFor("word").map((t) => t.id)).toEqual(["T1", "T2", "T4", "T5", "T7", "T8"]);
    expect(() => wordBody(getTemplate("T3"), "en-US", ID)).toThrow("not a Word template");
  });

  describe.each(CASES)("%s (%s)", (id, language) => {
    const template = getTemplate(id);
    const body = parseBody(wordBody(template, language, ID));
    const sdts = controls(body);
    const byTag = (key?: string) => sdts.filter((c) => c.tag === wordTag(id, ID, key));

    it("is one wrapper control tagged with the instance, aliased with the template's name", () => {
      const top = (Array.from(body.childNodes) as Element[]).filter((n) => n.nodeType === 1);
      expect(top).toHaveLength(1);
      expect(top[0].localName).toBe("sdt");
      expect(byTag()).toHaveLength(1);
      expect(byTag()[0].sdt).toBe(top[0]);
      expect(byTag()[0].alias).toBe(template.name[language]);
      // Every control belongs to the instance.
      expect(sdts.every((c) => c.tag.startsWith(`concord:${id}:${ID}`))).toBe(true);
    });

    it("holds the instance record in a hidden, locked control (text: encodeRecord; title: language and version)", () => {
      const [record] = byTag(RECORD_KEY);
      expect(record).toBeDefined();
      const pr = child(record.sdt, W, "sdtPr")!;
      expect(child(child(pr, W, "rPr")!, W, "vanish")).not.toBeNull();
      expect(val(child(pr, W, "lock"))).toBe("sdtContentLocked");
      expect(decodeRecord(textOf(record.sdt))).toEqual({ template: id, id: ID, language, version: template.version });
      expect(parseRecordTitle(record.alias)).toEqual({ language, version: template.version });
    });

    it("tags every slot and every table cell exactly once, with a readable alias", () => {
      for (const slot of slotsOf(template)) {
        expect([slot.key, byTag(slot.key).length]).toEqual([slot.key, 1]);
        expect(byTag(slot.key)[0].alias).toBe(slot.label[language]);
      }
      for (const key of tableCellKeys(template)) expect([key, byTag(key).length]).toEqual([key, 1]);
      const expected = 2 + wordControls(template).length + countSignatures(template) + countCheckboxes(template);
      expect(sdts).toHaveLength(expected);
    });

    it("shows every label of the template in its language", () => {
      const text = textOf(body);
      const missing = templateLabels(template, language).filter((label) => !text.includes(label));
      expect(missing).toEqual([]);
      const other: Language = language === "en-US" ? "zh-CN" : "en-US";
      if (language === "en-US") expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      else expect(text).toContain(template.name[language]);
      expect(text).not.toContain(template.name[other]);
    });

    it("gives every slot a placeholder (its hint or Click to enter), shown dimmed", () => {
      for (const control of wordControls(template).filter((c) => !c.cell)) {
        const placeholder = placeholderOf(control, language);
        const [sdt] = byTag(control.key);
        if (control.field.kind === "multiChoice") continue;
        const initial = control.field.initial;
        const pr = child(sdt.sdt, W, "sdtPr")!;
        if (initial !== undefined) {
          expect(child(pr, W, "showingPlcHdr")).toBeNull();
          continue;
        }
        expect([control.key, placeholder]).not.toEqual([control.key, null]);
        expect(child(pr, W, "showingPlcHdr")).not.toBeNull();
        expect(textOf(sdt.sdt)).toBe(placeholder);
        expect(all(sdt.sdt, W, "rStyle").map((s) => val(s))).toContain("PlaceholderText");
        if (control.field.hint && control.listIndex === undefined)
          expect(placeholder).toBe(control.field.hint[language]);
        // A control showing its placeholder reads as empty.
        expect(valueOfText(control, textOf(sdt.sdt), language)).toBeNull();
      }
    });

    it("makes choice fields drop-down lists of the choice labels, dates yyyy-MM-dd date pickers", () => {
      for (const control of wordControls(template)) {
        const [sdt] = byTag(control.key);
        const pr = child(sdt.sdt, W, "sdtPr")!;
        if (control.field.kind === "choice") {
          const list = child(pr, W, "dropDownList");
          expect(list).not.toBeNull();
          const items = all(list!, W, "listItem").map((i) => [
            i.getAttributeNS(W, "displayText"),
            i.getAttributeNS(W, "value"),
          ]);
          expect(items).toEqual(control.field.choices!.map((c) => [c.label[language], c.id]));
        } else {
          expect(child(pr, W, "dropDownList")).toBeNull();
        }
        if (control.field.kind === "date") {
          const date = child(pr, W, "date");
          expect(date).not.toBeNull();
          expect(val(child(date!, W, "dateFormat"))).toBe("yyyy-MM-dd");
        }
      }
    });

    it("makes multiChoice fields a checkbox per choice", () => {
      for (const control of wordControls(template).filter((c) => c.field.kind === "multiChoice")) {
        for (const choice of control.field.choices!) {
          const [box] = byTag(`${control.key}.${choice.id}`);
          const checkbox = child(child(box.sdt, W, "sdtPr")!, W14, "checkbox");
          expect(checkbox).not.toBeNull();
          expect(val(child(checkbox!, W14, "checked"), W14)).toBe("0");
          expect(textOf(byTag(control.key)[0].sdt)).toContain(`☐ ${choice.label[language]}`);
        }
      }
    });

    it("keeps a sign-off whole and with the block before it, so no page holds signatures alone", () => {
      const kept = (el: Element) => all(el, W, "p").every((p) => all(p, W, "keepNext").length > 0);
      const blocks = template.blocks;
      blocks.forEach((block, i) => {
        if (block.type !== "signatures") return;
        const signers = block.signatures.flatMap((s) =>
          Array.from({ length: s.count }, (_, n) => byTag(`${s.id}.${n + 1}`)[0].sdt),
        );
        // Every signer but the last keeps with the next one; the last may end a page after its comment.
        for (const signer of signers.slice(0, -1)) expect(kept(signer)).toBe(true);
        expect(kept(signers[signers.length - 1])).toBe(false);
        // The block before the sign-off goes with it: its last value control keeps with what follows.
        const previous = blocks[i - 1];
        const blockId = previous.type === "table" ? previous.table.id : previous.id;
        const keys = [...slotsOf(template).map((s) => s.key), ...tableCellKeys(template)].filter(
          (k) =>
            k === blockId ||
            k.startsWith(`${blockId}.`) ||
            slotsOf(template).some((s) => s.key === k && s.blockId === blockId),
        );
        const holder = byTag(keys[keys.length - 1])[0].sdt;
        let paragraph: Node | null = holder;
        while (paragraph && paragraph.nodeName !== "w:p") paragraph = paragraph.parentNode;
        const own = paragraph ? [paragraph as Element] : all(holder, W, "p");
        expect(own.every((p) => all(p, W, "keepNext").length > 0)).toBe(true);
      });
    });

    it("has one signature control per signer, holding its parts, its role shown once", () => {
      for (const block of template.blocks) {
        if (block.type !== "signatures") continue;
        for (const signature of block.signatures) {
          for (let n = 1; n <= signature.count; n++) {
            const [control] = byTag(`${signature.id}.${n}`);
            const role = signatureTitle(signature, n)[language];
            expect(control.alias).toBe(role);
            const inner = controls(control.sdt).map((c) => c.tag);
            for (const part of SIGNATURE_PARTS)
              expect(inner).toContain(wordTag(id, ID, `${signature.id}.${n}.${part.id}`));
            // The role is in the block, unless the section heading right above it already says it.
            const headed = block.title[language] === role && block.signatures.length === 1 && signature.count === 1;
            expect(textOf(control.sdt).includes(role)).toBe(!headed);
          }
        }
      }
    });

    it("makes every signer's decision a drop-down of Approve / Reject", () => {
      for (const key of slotsOf(template)
        .filter((s) => s.key.endsWith(".decision"))
        .map((s) => s.key)) {
        const [control] = byTag(key);
        const items = all(control.sdt, W, "listItem").map((item) => item.getAttributeNS(W, "displayText"));
        expect(items).toEqual(APPROVAL.map((c) => c.label[language]));
      }
    });

    it("uses only styles and numbering the package defines, tables separated by paragraphs", () => {
      const pkg = parseXml(flatOpc(wordBody(template, language, ID)));
      const part = (name: string) =>
        all(pkg, PKG, "part").find((p) => p.getAttributeNS(PKG, "name") === name) as Element | undefined;
      const styles = part("/word/styles.xml")!;
      const numbering = part("/word/numbering.xml")!;
      const defined = new Set(all(styles, W, "style").map((s) => s.getAttributeNS(W, "styleId")));
      const used = new Set(
        [...all(body, W, "pStyle"), ...all(body, W, "rStyle"), ...all(body, W, "tblStyle")].map((s) => val(s)),
      );
      expect([...used].filter((s) => !defined.has(s))).toEqual([]);
      const nums = new Set(all(numbering, W, "num").map((n) => n.getAttributeNS(W, "numId")));
      expect(all(body, W, "numId").every((n) => nums.has(val(n)))).toBe(true);
      // Word joins tables that touch: every table is followed by a paragraph (after the control it fills, if any).
      const nextElement = (node: Node | null): Element | null => {
        let n = node?.nextSibling ?? null;
        while (n && n.nodeType !== 1) n = n.nextSibling;
        return n as Element | null;
      };
      for (const table of all(body, W, "tbl")) {
        const holder = table.parentNode as Element;
        if (holder.localName === "tc") continue;
        const after = nextElement(table) ?? (holder.localName === "sdtContent" ? nextElement(holder.parentNode) : null);
        expect(after?.localName).toBe("p");
      }
    });
  });
});

function countSignatures(template: TemplateDef): number {
  return template.blocks.reduce(
    (sum, b) => sum + (b.type === "signatures" ? b.signatures.reduce((s, sig) => s + sig.count, 0) : 0),
    0,
  );
}

function countCheckboxes(template: TemplateDef): number {
  return wordControls(template).reduce(
    (sum, c) => sum + (c.field.kind === "multiChoice" ? c.field.choices!.length : 0),
    0,
  );
}

describe("escaping", () => {
  const nasty = `<b>x</b> & "q" 'a' ]]> \u0001\u0008 =1+1 &amp;`;

  it("xmlEscape makes text safe and drops characters XML forbids", () => {
    expect(xmlEscape(nasty)).toBe("&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; &apos;a&apos; ]]&gt;  =1+1 &amp;amp;");
    expect(xmlEscape("中文 😀")).toBe("中文 😀");
    expect(xmlEscape("\ud800x")).toBe("x");
  });

  it("labels, hints and choices with markup characters come out as literal text", () => {
    const base = getTemplate("T5");
    const weird: TemplateDef = {
      ...base,
      name: { "en-US": nasty, "zh-CN": nasty },
      blocks: base.blocks.map((block) =>
        block.type === "fields"
          ? {
              ...block,
              fields: block.fields.map((f) => ({
                ...f,
                label: { "en-US": `${f.label["en-US"]} ${nasty}`, "zh-CN": f.label["zh-CN"] },
                hint: { "en-US": nasty, "zh-CN": nasty },
                choices: f.choices?.map((c) => ({
                  ...c,
                  label: { "en-US": `${c.label["en-US"]}<&>`, "zh-CN": c.label["zh-CN"] },
                })),
              })),
            }
          : block,
      ),
    };
    const body = parseBody(wordBody(weird, "en-US", ID));
    const clean = nasty.split("\u0001").join("").split("\u0008").join("");
    const text = textOf(body);
    expect(text).toContain(`Project / task name ${clean}`);
    expect(text.split(clean).length).toBeGreaterThan(5);
    const alias = controls(body).find((c) => c.tag === wordTag("T5", ID))!.alias;
    expect(alias).toBe(clean);
    const decision = controls(body).find((c) => c.tag === wordTag("T5", ID, "decision"))!;
    const items = all(decision.sdt, W, "listItem").map((i) => i.getAttributeNS(W, "displayText"));
    expect(items).toEqual(["Approve<&>", "Reject<&>"]);
  });
});

describe("flatOpc", () => {
  it("is a well-formed package with the document, styles and numbering parts and their relationships", () => {
    const pkg = parseXml(flatOpc(wordBody(getTemplate("T2"), "zh-CN", ID)));
    const names = all(pkg, PKG, "part").map((p) => p.getAttributeNS(PKG, "name"));
    expect(names).toEqual([
      "/_rels/.rels",
      "/word/_rels/document.xml.rels",
      "/word/document.xml",
      "/word/styles.xml",
      "/word/numbering.xml",
    ]);
    const bodyEl = all(pkg, W, "body")[0];
    const last = (Array.from(bodyEl.childNodes) as Element[]).filter((n) => n.nodeType === 1).pop()!;
    expect(last.localName).toBe("p");
  });
});

describe("columnFractions", () => {
  it("keeps proportions, gives narrow columns their minimum, sums to 1", () => {
    expect(columnFractions([1, 1], [0.1, 0.1])).toEqual([0.5, 0.5]);
    const f = columnFractions([30, 10, 10], [0.1, 0.3, 0.1]);
    expect(f[1]).toBeCloseTo(0.3);
    expect(f[0] / f[2]).toBeCloseTo(3);
    expect(f.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });
});
