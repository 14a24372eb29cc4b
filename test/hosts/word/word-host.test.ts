import {
  getTemplate,
  LANGUAGES,
  parseWordTag,
  slotsOf,
  templatesFor,
  wordTag,
  type InstanceRecord,
  type Language,
  type TemplateDef,
} from "../../../src/core";
import {
  FieldValueError,
  flatOpc,
  RECORD_KEY,
  tableCellKeys,
  wordBody,
  type WordControl,
  wordControls,
} from "../../../src/render/word";
import { UnsupportedHostError } from "../../../src/hosts/errors";
import type { FieldValues } from "../../../src/hosts/types";
import { BindingNotFoundError, UnknownFieldError, WordHost } from "../../../src/hosts/word";
import { FakeWordDocument, fakeWordRun, wordRequirements } from "./fake-word";

const WORD_TEMPLATES = templatesFor("word");

function setup(model = FakeWordDocument.withParagraphs("Intro paragraph", "Closing paragraph"), max = "1.9") {
  const { run, syncs } = fakeWordRun(model);
  let n = 0;
  // Deterministic ids that differ per call: a counter drives the generator.
  const random = () => ((n++ * 7919) % 1000) / 1000;
  const host = new WordHost({ run, requirements: wordRequirements(max), random });
  return { model, host, syncs };
}

/** A value of the right kind for a control, with text that looks like formulas and markup. */
function sampleValue(control: WordControl, language: Language): string | number {
  const { field } = control;
  switch (field.kind) {
    case "date":
      return 46000;
    case "dateTime":
      return 46000.5;
    case "time":
      return "09:30";
    case "number":
    case "hours":
      return 12;
    case "percent":
      return 0.45;
    case "choice":
      return field.choices![field.choices!.length - 1].id;
    case "multiChoice":
      return field
        .choices!.slice(0, 2)
        .map((c) => c.label[language])
        .join("; ");
    case "longText":
      return `=SUM(A1:A2) <b>${control.key}</b>\nsecond line & "more"`;
    default:
      return `=1+1 <b>${control.key}</b> & 'x'`;
  }
}

/** What reading gives back for `sampleValue`. */
function expectedValue(control: WordControl, language: Language): string | number {
  const value = sampleValue(control, language);
  if (control.field.kind === "choice") return control.field.choices!.find((c) => c.id === value)!.label[language];
  return value;
}

describe("Word host: insertTemplate", () => {
  it.each(WORD_TEMPLATES.flatMap((t) => LANGUAGES.map((l) => [t.id, l] as const)))(
    "%s (%s): one package after the cursor with every tag, nothing of the user's removed",
    async (id, language) => {
      const { model, host, syncs } = setup();
      const template = getTemplate(id);
      const instance = await host.insertTemplate(id, language);

      expect(instance.record).toEqual({ template: id, id: instance.record.id, language, version: template.version });
      expect(instance.location).toBe(template.name[language]);
      expect(model.userParagraphs()).toEqual(["Intro paragraph", "Closing paragraph"]);
      // Cursor at the end of the last paragraph: the form follows it, in the main body, outside any control.
      expect(model.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "package"]);
      expect(model.packages()[0]).toMatchObject({ body: "MainDoc", insideControl: null });

      const tags = model.controls().map((c) => c.tag);
      const tag = (key?: string) => wordTag(id, instance.record.id, key);
      expect(tags.filter((t) => t === tag())).toHaveLength(1);
      expect(tags.filter((t) => t === tag(RECORD_KEY))).toHaveLength(1);
      for (const slot of slotsOf(template)) expect(tags.filter((t) => t === tag(slot.key))).toHaveLength(1);
      for (const key of tableCellKeys(template)) expect(tags.filter((t) => t === tag(key))).toHaveLength(1);
      // Every control belongs to this instance.
      expect(tags.every((t) => parseWordTag(t)?.instance === instance.record.id)).toBe(true);
      expect(syncs).toEqual([2]);
    },
  );

  it("inserting twice gives two instances with distinct ids, both found", async () => {
    const { model, host } = setup();
    const a = await host.insertTemplate("T2", "zh-CN");
    const b = await host.insertTemplate("T2", "zh-CN");
    expect(a.record.id).not.toBe(b.record.id);
    expect(model.packages()).toHaveLength(2);
    const found = await host.findTemplates();
    expect(found.map((f) => f.record)).toEqual([a.record, b.record]);
  });

  it("a non-empty selection is kept: the form goes after it", async () => {
    const model = FakeWordDocument.withParagraphs("Keep this selected text", "After");
    model.selection = { block: 0, text: "selected", body: "MainDoc", control: null };
    const { host } = setup(model);
    await host.insertTemplate("T4", "en-US");
    expect(model.userParagraphs()).toEqual(["Keep this selected text", "After"]);
    expect(model.blocks.map((b) => b.kind)).toEqual(["paragraph", "package", "paragraph"]);
  });

  it("an empty document gets the form", async () => {
    const model = new FakeWordDocument();
    const { host } = setup(model);
    await host.insertTemplate("T1", "en-US");
    expect(model.blocks.map((b) => b.kind)).toEqual(["package"]);
  });

  it.each([
    ["inside another form's field", "MainDoc", true],
    ["in a table cell", "TableCell", false],
    ["in the header", "Header", false],
  ] as const)(
    "with the cursor %s the form goes to the end of the document, not into it",
    async (_, body, inControl) => {
      const model = FakeWordDocument.withParagraphs("First", "Last");
      const { host } = setup(model);
      await host.insertTemplate("T2", "en-US");
      const field = model.controls().find((c) => parseWordTag(c.tag)?.key === "projectName")!;
      model.selection = { block: 0, text: "", body, control: inControl ? field : null };
      await host.insertTemplate("T5", "en-US");
      expect(model.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "package", "package"]);
      expect(model.packages().every((p) => p.body === "MainDoc" && p.insideControl === null)).toBe(true);
      expect(model.userParagraphs()).toEqual(["First", "Last"]);
    },
  );

  it("without WordApi 1.3 (cursor position unknown) the form goes to the end", async () => {
    const model = FakeWordDocument.withParagraphs("First", "Last");
    model.selection = { block: 0, text: "", body: "MainDoc", control: null };
    const { host, syncs } = setup(model, "1.1");
    await host.insertTemplate("T8", "zh-CN");
    expect(model.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "package"]);
    expect(syncs).toEqual([2]);
  });

  it("an unsupported requirement set gives UnsupportedHostError in both languages and inserts nothing", async () => {
    const { model, host, syncs } = setup(undefined, "1.0");
    const error = await host.insertTemplate("T2", "en-US").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedHostError);
    expect((error as UnsupportedHostError).requirement).toBe("WordApi 1.1");
    expect((error as UnsupportedHostError).messages["zh-CN"]).toContain("Word JavaScript API 1.1");
    expect(model.packages()).toHaveLength(0);
    expect(syncs).toEqual([]);
    await expect(host.findTemplates()).rejects.toBeInstanceOf(UnsupportedHostError);
    await expect(
      host.readFields({ template: "T2", id: "abcdef", language: "en-US", version: 1 }),
    ).rejects.toBeInstanceOf(UnsupportedHostError);
  });

  it("no Office at all (requirements null) is unsupported too", async () => {
    const { run } = fakeWordRun(new FakeWordDocument());
    const host = new WordHost({ run, requirements: null });
    await expect(host.insertTemplate("T1", "en-US")).rejects.toBeInstanceOf(UnsupportedHostError);
  });

  it("Excel-only templates are refused", async () => {
    const { host } = setup();
    await expect(host.insertTemplate("T3", "en-US")).rejects.toThrow("not a Word template");
  });
});

describe("Word host: findTemplates, readFields, writeFields", () => {
  async function inserted(template: TemplateDef, language: Language) {
    const context = setup();
    const instance = await context.host.insertTemplate(template.id, language);
    return { ...context, record: instance.record };
  }

  it.each(WORD_TEMPLATES.flatMap((t) => LANGUAGES.map((l) => [t.id, l] as const)))(
    "%s (%s): a new form reads as its initial values; written values read back as written",
    async (id, language) => {
      const template = getTemplate(id);
      const { host, model, record, syncs } = await inserted(template, language);
      const controls = wordControls(template);

      const blank = await host.readFields(record);
      expect(Object.keys(blank).sort()).toEqual(controls.map((c) => c.key).sort());
      for (const control of controls) {
        const initial = control.field.initial;
        const expected = initial === undefined ? null : typeof initial === "number" ? initial : initial[language];
        expect([control.key, blank[control.key]]).toEqual([control.key, expected]);
      }

      const values: FieldValues = Object.fromEntries(controls.map((c) => [c.key, sampleValue(c, language)]));
      await host.writeFields(record, values);
      const read = await host.readFields(record);
      expect(read).toEqual(Object.fromEntries(controls.map((c) => [c.key, expectedValue(c, language)])));

      // Text stays literal text in the control (never markup, never a formula).
      const projectName = model.byTag(wordTag(id, record.id, "projectName"))[0];
      expect(projectName.text).toBe("=1+1 <b>projectName</b> & 'x'");
      expect(syncs).toEqual([2, 1, 2, 1]);

      // Clearing brings the placeholder back and reads as empty.
      await host.writeFields(record, { projectName: null, [controls[controls.length - 1].key]: "" });
      const cleared = await host.readFields(record);
      expect(cleared.projectName).toBeNull();
      expect(cleared[controls[controls.length - 1].key]).toBeNull();
    },
  );

  it("findTemplates lists every form with its record; other content controls are ignored", async () => {
    const { host, model } = setup();
    const a = await host.insertTemplate("T1", "zh-CN");
    const b = await host.insertTemplate("T7", "en-US");
    // A user's own control and a foreign tag.
    model.blocks.push({
      kind: "package",
      body: "MainDoc",
      insideControl: null,
      controls: [
        { ...model.controls()[0], id: 1, tag: "customer", title: "Customer", parent: null },
        { ...model.controls()[0], id: 2, tag: "concord:T9:abcdef", title: "?", parent: null },
      ],
    });
    const found = await host.findTemplates();
    expect(found).toEqual([
      { record: a.record, location: "跨部门协作启动申请表" },
      { record: b.record, location: "Acceptance checklist" },
    ]);
  });

  it("a damaged record title: the record's hidden text is read (one more round trip), else the form's title decides", async () => {
    const { host, model, syncs } = setup();
    const { record } = await host.insertTemplate("T2", "zh-CN");
    const recordControl = model.byTag(wordTag("T2", record.id, RECORD_KEY))[0];
    recordControl.title = "edited by someone";

    model.hiddenTextVisible = true;
    expect((await host.findTemplates())[0].record).toEqual(record);
    model.hiddenTextVisible = false;
    expect((await host.findTemplates())[0].record).toEqual(record);
    expect(syncs.slice(1)).toEqual([2, 2]);
  });

  it("a control a user emptied shows Word's own placeholder and reads as empty", async () => {
    const { host, record, model } = await inserted(getTemplate("T1"), "en-US");
    await host.writeFields(record, { projectName: "Apollo", number: "XT-2026-001" });
    const control = model.byTag(wordTag("T1", record.id, "projectName"))[0];
    Object.assign(control, {
      text: "Click or tap here to enter text.",
      placeholder: "Click or tap here to enter text.",
    });
    const read = await host.readFields(record);
    expect(read.projectName).toBeNull();
    expect(read.number).toBe("XT-2026-001");
  });

  it("formula-looking and XML-looking text stays literal", async () => {
    const { host, record, model } = await inserted(getTemplate("T2"), "en-US");
    const texts = ["=1+1", "+SUM(A1)", "-3", "@x", "<b>x</b>", "&", "&amp;", "]]>", '<w:t>"q"</w:t>'];
    for (const text of texts) {
      await host.writeFields(record, { projectName: text, "responsibilities.1.department": text });
      const read = await host.readFields(record);
      expect([read.projectName, read["responsibilities.1.department"]]).toEqual([text, text]);
      expect(model.byTag(wordTag("T2", record.id, "projectName"))[0].text).toBe(text);
    }
  });

  it("a value the field cannot hold or an unknown key is refused before anything is written", async () => {
    const { host, record, syncs } = await inserted(getTemplate("T5"), "en-US");
    const before = syncs.length;
    await expect(host.writeFields(record, { projectName: "x", decision: "maybe" })).rejects.toBeInstanceOf(
      FieldValueError,
    );
    await expect(host.writeFields(record, { projectName: "x", date: "next week" })).rejects.toBeInstanceOf(
      FieldValueError,
    );
    await expect(host.writeFields(record, { projectName: "x", nope: "y" })).rejects.toBeInstanceOf(UnknownFieldError);
    expect(syncs.length).toBe(before);
    expect((await host.readFields(record)).projectName).toBeNull();
  });

  it("choices accept ids and labels in either language; multiChoice checks the named boxes", async () => {
    const { host, record, model } = await inserted(getTemplate("T5"), "zh-CN");
    await host.writeFields(record, { decision: "Approve", changes: "plan, 目标" });
    const read = await host.readFields(record);
    expect(read.decision).toBe("同意");
    expect(read.changes).toBe("目标; 计划");
    const boxes = model.controls().filter((c) => c.type === "CheckBox" && c.tag.includes(":changes."));
    expect(boxes.map((c) => [c.title, c.checked])).toEqual([
      ["目标", true],
      ["计划", true],
      ["职责", false],
      ["参与部门", false],
    ]);
    // The drop-down was replaced by one showing the value: same tag, same list, no duplicate.
    const decision = model.byTag(wordTag("T5", record.id, "decision"));
    expect(decision).toHaveLength(1);
    expect(decision[0]).toMatchObject({ type: "DropDownList", text: "同意", listItems: ["同意", "不同意"] });
  });

  it("a deleted field control: BindingNotFoundError and nothing written; a deleted form: readFields fails too", async () => {
    const { host, record, model } = await inserted(getTemplate("T4"), "en-US");
    model.byTag(wordTag("T4", record.id, "agenda"))[0].removed = true;
    const error = await host.writeFields(record, { projectName: "x", agenda: "y" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BindingNotFoundError);
    expect((error as BindingNotFoundError).missing).toEqual([wordTag("T4", record.id, "agenda")]);
    expect((await host.readFields(record)).projectName).toBeNull();
    expect("agenda" in (await host.readFields(record))).toBe(false);

    const gone: InstanceRecord = { ...record, id: "zzzzzz" };
    await expect(host.readFields(gone)).rejects.toBeInstanceOf(BindingNotFoundError);
  });

  it("drop-downs need WordApi 1.3 to be written; text fields do not", async () => {
    const { host, record, model } = await inserted(getTemplate("T5"), "en-US");
    void host;
    const old = new WordHost({ run: fakeWordRun(model).run, requirements: wordRequirements("1.2") });
    await expect(old.writeFields(record, { decision: "approve" })).rejects.toBeInstanceOf(UnsupportedHostError);
    await old.writeFields(record, { projectName: "Apollo" });
    expect((await old.readFields(record)).projectName).toBe("Apollo");
  });
});

describe("Word host: round-trip budgets do not grow with the document", () => {
  function documentWith(instances: number): FakeWordDocument {
    const model = FakeWordDocument.withParagraphs("Intro");
    for (let i = 0; i < instances; i++) {
      const template = WORD_TEMPLATES[i % WORD_TEMPLATES.length];
      const id = `f${String(i).padStart(5, "0")}`;
      model.insertPackage(flatOpc(wordBody(template, LANGUAGES[i % 2], id)), model.blocks.length, "MainDoc", null);
    }
    return model;
  }

  it("insert ≤ 3, findTemplates ≤ 2, readFields ≤ 2, writeFields ≤ 2 at 1, 10 and 100 instances", async () => {
    const report: string[] = [];
    for (const existing of [1, 10, 100]) {
      const model = documentWith(existing);
      const { host, syncs } = setup(model);
      const { record } = await host.insertTemplate("T2", "zh-CN");
      const found = await host.findTemplates();
      expect(found).toHaveLength(existing + 1);
      await host.readFields(record);
      const values = Object.fromEntries(wordControls(getTemplate("T2")).map((c) => [c.key, sampleValue(c, "zh-CN")]));
      await host.writeFields(record, values);
      const [insert, find, read, write] = syncs;
      report.push(
        `${String(existing).padStart(3)} existing instances (${String(model.controls().length).padStart(5)} content controls): ` +
          `insertTemplate ${insert}, findTemplates ${find}, readFields ${read}, writeFields ${write} ` +
          `(${Object.keys(values).length} fields)`,
      );
      expect(insert).toBeLessThanOrEqual(3);
      expect(find).toBeLessThanOrEqual(2);
      expect(read).toBeLessThanOrEqual(2);
      expect(write).toBeLessThanOrEqual(2);
      expect([insert, find, read, write]).toEqual([2, 1, 1, 2]);
    }
    console.log(`Word host context.sync() counts\n${report.join("\n")}`);
  });
});
