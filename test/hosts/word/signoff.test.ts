import {
  getTemplate,
  ledgerFromRecords,
  LANGUAGES,
  parseWordTag,
  templatesFor,
  verifyLedger,
  wordTag,
  type InstanceRecord,
} from "../../../src/core";
import { flatOpc, RECORD_KEY, wordBody } from "../../../src/render/word";
import { FormLockedError, LocalizedError } from "../../../src/hosts/errors";
import type { SignatureView } from "../../../src/hosts/types";
import { WordHost } from "../../../src/hosts/word";
import { ledgerRecordPackage, ledgerTag, ledgerTitle } from "../../../src/hosts/word/ledger";
import { canonicalOf, signThroughHost, subtle } from "../contract/sign";
import { FakeWordDocument, fakeWordRun, wordRequirements } from "./fake-word";

function setup(options: { model?: FakeWordDocument; max?: string; desktop?: string } = {}) {
  const model = options.model ?? FakeWordDocument.withParagraphs("Intro");
  const { run, syncs } = fakeWordRun(model);
  let n = 0;
  const random = () => ((n++ * 7919) % 1000) / 1000;
  const host = new WordHost({ run, requirements: wordRequirements(options.max ?? "1.9", options.desktop), random });
  return { model, host, syncs };
}

const LEAD = { role: "lead", department: "Customer Service", signer: "Li Na", block: "leadDepartment.1" } as const;
const PRODUCT = {
  role: "department",
  department: "Product",
  signer: "王芳",
  block: "cooperatingDepartment.1",
} as const;

const ledgerControls = (model: FakeWordDocument) =>
  model.controls().filter((c) => parseWordTag(c.tag)?.key?.startsWith("_ledger:"));

async function signedConsensus(setupOptions: Parameters<typeof setup>[0] = {}) {
  const context = setup(setupOptions);
  const { record } = await context.host.insertTemplate("T2", "en-US");
  await context.host.writeFields(record, {
    projectName: "Complaint response",
    finalGoal: "48 h to 24 h by 2026-12-31",
  });
  const records = [
    await signThroughHost(context.host, record, LEAD),
    await signThroughHost(context.host, record, PRODUCT),
  ];
  return { ...context, record, records };
}

describe("Word sign-off: the ledger in the document", () => {
  it("appends one hidden, locked record control per signature inside the signed form, read back in order", async () => {
    const { host, model, record, records } = await signedConsensus();
    const stored = ledgerControls(model);
    expect(stored.map((c) => c.tag)).toEqual([ledgerTag("T2", record.id, 1), ledgerTag("T2", record.id, 2)]);
    expect(stored.map((c) => c.text)).toEqual(records);
    const wrapper = model.byTag(wordTag("T2", record.id))[0];
    for (const control of stored) {
      expect(control).toMatchObject({ hidden: true, locked: true, undeletable: true, parent: wrapper });
      expect(control.title.length).toBeLessThanOrEqual(64);
    }

    const project = await host.readProject();
    expect(project.ledger).toEqual(records);
    const report = await verifyLedger(
      ledgerFromRecords(project.ledger),
      [canonicalOf(record, project.forms[record.id])],
      subtle,
    );
    expect(report.intact).toBe(true);
    expect(report.entries.map((e) => e.entry.signer)).toEqual(["Li Na", "王芳"]);
  });

  it("the record paragraph itself is hidden, so a signature adds no visible line", () => {
    const ooxml = ledgerRecordPackage("concord:T2:abcdef:_ledger:1", ledgerTitle(1, "en-US"), '{"a":"<&>"}', "en-US");
    const body = /<w:body>(.*)<\/w:body>/s.exec(ooxml)![1];
    expect(body).toMatch(/^<w:p><w:pPr><w:rPr><w:vanish\/><\/w:rPr><\/w:pPr><w:sdt>/);
    expect(body).toContain('<w:lock w:val="sdtContentLocked"/>');
    expect(body).toContain("{&quot;a&quot;:&quot;&lt;&amp;&gt;&quot;}");
  });

  it.each([
    ["hidden text shown", true, "1.9", 1],
    ["hidden text not shown, WordApi 1.7: each record's paragraph with hidden text", false, "1.9", 2],
    ["hidden text not shown, before WordApi 1.7: each record's OOXML", false, "1.6", 2],
  ] as const)("reads the same ledger with %s", async (_, shown, max, syncs) => {
    const { model, records } = await signedConsensus();
    const reader = setup({ model, max });
    model.hiddenTextVisible = shown;
    model.ooxmlBytes = 0;
    expect((await reader.host.readProject()).ledger).toEqual(records);
    expect(reader.syncs).toEqual([syncs]);
    // The OOXML route is only taken where nothing smaller works (a package per control).
    expect(model.ooxmlBytes > 0).toBe(max === "1.6" && !shown);
  });

  it("a copied form's records are one entry each, not forged duplicates", async () => {
    const { host, model, records } = await signedConsensus();
    const copy = model.packages()[0].controls.map((c) => ({ ...c }));
    for (const c of copy) c.parent = c.parent && copy[model.packages()[0].controls.indexOf(c.parent)];
    model.blocks.push({ kind: "package", body: "MainDoc", insideControl: null, controls: copy });
    expect(ledgerControls(model)).toHaveLength(4);
    expect((await host.readProject()).ledger).toEqual(records);
  });

  it("shows the signature in the form's block: signer, department, decision, UTC time, comment and short code", async () => {
    for (const language of LANGUAGES) {
      const { host, model } = setup();
      const { record } = await host.insertTemplate("T5", language);
      const view: SignatureView = {
        block: "lead.1",
        signer: "=Zhao Lei",
        department: "PMO",
        decision: "reject",
        comment: "Budget missing",
        at: "2026-11-20T09:05:00.000Z",
        code: "BA78-16BF",
      };
      await host.appendSignature(record, '{"entry":{"n":1}}', view);
      const part = (key: string) => model.byTag(wordTag("T5", record.id, `lead.1.${key}`))[0];
      expect(part("signer").text).toBe("=Zhao Lei");
      expect(part("department").text).toBe("PMO");
      expect(part("decision")).toMatchObject({
        type: "DropDownList",
        text: language === "zh-CN" ? "不同意" : "Reject",
      });
      expect(part("date").text).toBe("2026-11-20 09:05 UTC");
      expect(part("comment").text).toBe(`${language === "zh-CN" ? "指纹码" : "Code"} BA78-16BF · Budget missing`);
      // Not signed content, and not the other block.
      expect(model.byTag(wordTag("T5", record.id, "initiatingHead.1.signer"))[0].showingPlaceholder).toBe(true);
    }
  });

  it("refuses text that is not a sign-off record, writing nothing", async () => {
    const { host, model } = setup();
    const { record } = await host.insertTemplate("T2", "en-US");
    const view: SignatureView = {
      block: "leadDepartment.1",
      signer: "Li Na",
      department: "CS",
      decision: "approve",
      comment: "",
      at: "2026-11-20T09:00:00.000Z",
      code: "0000-0000",
    };
    await expect(host.appendSignature(record, "not json", view)).rejects.toBeInstanceOf(LocalizedError);
    expect(ledgerControls(model)).toHaveLength(0);
    expect(model.byTag(wordTag("T2", record.id, "leadDepartment.1.signer"))[0].showingPlaceholder).toBe(true);
  });
});

describe("Word sign-off: locking a signed form", () => {
  const lockable = (model: FakeWordDocument, record: InstanceRecord) =>
    model.controls().filter((c) => {
      const parsed = parseWordTag(c.tag);
      return parsed?.instance === record.id && parsed.key !== null;
    });

  it("locks every field, cell and signature control (not the sign-off's own fields), refuses writes, unlocks", async () => {
    const { host, model } = setup();
    const { record } = await host.insertTemplate("T5", "zh-CN");
    await host.writeFields(record, { projectName: "Apollo", decision: "approve" });
    await host.setFormLocked(record, true);

    // Locked: everything but the fields the sign-off itself fills; the record control is locked from the start.
    const signoffFields = new Set(["decision", "leadEvaluation", "dateClosed"]);
    const controls = lockable(model, record);
    expect(controls.length).toBeGreaterThan(20);
    for (const control of controls) {
      const key = parseWordTag(control.tag)!.key!;
      const locked = !signoffFields.has(key);
      expect([key, control.locked, control.undeletable]).toEqual([key, locked, locked]);
    }

    const before = model.byTag(wordTag("T5", record.id, "projectName"))[0].text;
    const error = await host.writeFields(record, { projectName: "Changed" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormLockedError);
    expect((error as FormLockedError).messages["zh-CN"]).toContain("变更申请获批");
    expect((error as FormLockedError).messages["en-US"]).toContain("change request is approved");
    expect(model.byTag(wordTag("T5", record.id, "projectName"))[0].text).toBe(before);
    // The lead's decision is filled by the sign-off itself, which the signatures do not cover.
    await host.writeFields(record, { decision: "reject" });

    await host.setFormLocked(record, false);
    expect(
      lockable(model, record)
        .filter((c) => c.locked)
        .map((c) => parseWordTag(c.tag)!.key),
    ).toEqual([RECORD_KEY]);
    await host.writeFields(record, { projectName: "Changed" });
    expect((await host.readFields(record)).projectName).toBe("Changed");
  });

  it("a signature on a locked form replaces its locked drop-down (unlocked first) and leaves the block locked", async () => {
    const { host, model, record } = await signedConsensus();
    await host.setFormLocked(record, true);
    // Word on the web cannot delete a locked control: replacing the drop-down as it is would fail.
    const decision = () => model.byTag(wordTag("T2", record.id, "leadDepartment.1.decision"));
    expect(decision()[0].undeletable).toBe(true);

    const third = await signThroughHost(host, record, { ...LEAD, signer: "Li Na (again)" });
    expect((await host.readProject()).ledger.slice(-1)).toEqual([third]);
    expect(decision()).toHaveLength(1);
    expect(decision()[0]).toMatchObject({ locked: true, undeletable: true, text: "Approve" });
    const signer = model.byTag(wordTag("T2", record.id, "leadDepartment.1.signer"))[0];
    expect(signer).toMatchObject({ locked: true, undeletable: true, text: "Li Na (again)" });
  });
});

describe("Word sign-off: a drop-down locked by hand", () => {
  it("is unlocked for the write (Word on the web cannot replace it otherwise) and locked again", async () => {
    const { host, model } = setup();
    const { record } = await host.insertTemplate("T5", "en-US");
    const decision = () => model.byTag(wordTag("T5", record.id, "decision"));
    decision()[0].undeletable = true;
    await host.writeFields(record, { decision: "approve" });
    expect(decision()).toHaveLength(1);
    expect(decision()[0]).toMatchObject({ text: "Approve", undeletable: true, locked: false });
  });
});

describe("Word sign-off: Track Changes", () => {
  it("is turned off around inserting, signing and writing, and restored, leaving no revision", async () => {
    const { host, model } = setup();
    model.changeTrackingMode = "TrackMineOnly";
    const { record } = await host.insertTemplate("T2", "en-US");
    await host.writeFields(record, { projectName: "Apollo", meetingFrequency: "weekly" });
    await signThroughHost(host, record, LEAD);
    expect(model.revisions).toEqual([]);
    expect(model.changeTrackingMode).toBe("TrackMineOnly");
  });

  it("is restored when the write fails (one more round trip)", async () => {
    const { host, model, syncs } = setup();
    const { record } = await host.insertTemplate("T2", "en-US");
    model.changeTrackingMode = "TrackAll";
    model.failWrites = true;
    await expect(host.writeFields(record, { projectName: "Apollo" })).rejects.toThrow("GeneralException");
    expect(model.changeTrackingMode).toBe("TrackAll");
    const view: SignatureView = {
      block: "leadDepartment.1",
      signer: "Li Na",
      department: "CS",
      decision: "approve",
      comment: "",
      at: "2026-11-20T09:00:00.000Z",
      code: "0000-0000",
    };
    await expect(host.appendSignature(record, '{"entry":{"n":1}}', view)).rejects.toThrow("GeneralException");
    expect(model.changeTrackingMode).toBe("TrackAll");
    expect(syncs.slice(1)).toEqual([3, 3]);
  });

  it("is left alone without WordApi 1.4 (Word cannot switch it): the writes are then tracked", async () => {
    const { host, model } = setup({ max: "1.3" });
    const { record } = await host.insertTemplate("T2", "en-US");
    model.changeTrackingMode = "TrackAll";
    await host.writeFields(record, { projectName: "Apollo" });
    expect(model.revisions).toEqual([`insertText ${wordTag("T2", record.id, "projectName")}`]);
    expect(model.changeTrackingMode).toBe("TrackAll");
  });
});

describe("Word sign-off: identity and navigation", () => {
  it("names the user from coauthoring.me where WordApiDesktop 1.4 is there, and only there", async () => {
    const web = setup();
    web.model.coauthorName = "Li Na";
    expect(web.host.capabilities).toEqual({ lockForms: true, identity: false });
    expect(await web.host.currentUser()).toBeNull();
    expect(web.syncs).toEqual([]);

    const desktop = setup({ model: web.model, desktop: "1.4" });
    expect(desktop.host.capabilities).toEqual({ lockForms: true, identity: true });
    expect(await desktop.host.currentUser()).toBe("Li Na");
    web.model.coauthorName = null;
    expect(await desktop.host.currentUser()).toBeNull();
    expect(desktop.syncs).toEqual([1, 1]);
    expect(setup({ desktop: "1.3" }).host.capabilities.identity).toBe(false);
  });

  it("goes to a form: the cursor at the start of its wrapper, in one round trip", async () => {
    const { host, model, syncs } = setup();
    const first = await host.insertTemplate("T1", "en-US");
    await host.insertTemplate("T2", "en-US");
    await host.selectInstance(first.record);
    expect(model.selected).toEqual({ control: model.byTag(wordTag("T1", first.record.id))[0], mode: "Start" });
    expect(syncs.slice(-1)).toEqual([1]);
  });
});

describe("Word sign-off: round trips do not grow with the document", () => {
  /** `forms` forms of every Word template (a consensus form first), each with two ledger records. */
  function documentWith(forms: number): { model: FakeWordDocument; consensus: InstanceRecord } {
    const model = FakeWordDocument.withParagraphs("Intro");
    const templates = templatesFor("word").filter((t) => t.id !== "T2");
    let n = 0;
    for (let i = 0; i < forms; i++) {
      const template = i === 0 ? getTemplate("T2") : templates[i % templates.length];
      const id = `f${String(i).padStart(5, "0")}`;
      const language = LANGUAGES[i % 2];
      model.insertPackage(flatOpc(wordBody(template, language, id)), model.blocks.length, "MainDoc", null);
      const wrapper = model.byTag(wordTag(template.id, id))[0];
      for (let k = 0; k < 2; k++) {
        n++;
        const record = JSON.stringify({ entry: { n } });
        model.insertIntoControl(
          wrapper,
          ledgerRecordPackage(ledgerTag(template.id, id, n), ledgerTitle(n, language), record, language),
          "End",
        );
      }
    }
    return {
      model,
      consensus: { template: "T2", id: "f00000", language: "en-US", version: getTemplate("T2").version },
    };
  }

  it("readProject ≤ 3, appendSignature ≤ 3, readForm, setFormLocked and selectInstance at 1, 10 and 100 forms", async () => {
    const report: string[] = [];
    for (const forms of [1, 10, 100]) {
      const { model, consensus } = documentWith(forms);
      const { host, syncs } = setup({ model });
      model.changeTrackingMode = "TrackAll";
      model.hiddenTextVisible = true;
      const shown = await host.readProject();
      model.hiddenTextVisible = false;
      const hidden = await host.readProject();
      expect(hidden).toEqual(shown);
      expect(hidden.instances).toHaveLength(forms);
      expect(hidden.ledger).toHaveLength(2 * forms);
      await host.readForm(consensus);
      const view: SignatureView = {
        block: "leadDepartment.1",
        signer: "Li Na",
        department: "CS",
        decision: "approve",
        comment: "",
        at: "2026-11-20T09:00:00.000Z",
        code: "0000-0000",
      };
      await host.appendSignature(consensus, JSON.stringify({ entry: { n: 999 } }), view);
      await host.setFormLocked(consensus, true);
      await host.selectInstance(consensus);
      const [projectShown, projectHidden, form, sign, lock, select] = syncs;
      report.push(
        `${String(forms).padStart(3)} forms (${String(model.controls().length).padStart(5)} content controls): ` +
          `readProject ${projectShown} (hidden records not shown: ${projectHidden}), readForm ${form}, ` +
          `appendSignature ${sign}, setFormLocked ${lock}, selectInstance ${select}`,
      );
      expect([projectShown, projectHidden, form, sign, lock, select]).toEqual([1, 2, 1, 2, 2, 1]);
      expect(Math.max(projectShown, projectHidden, sign)).toBeLessThanOrEqual(3);
      expect(model.revisions).toEqual([]);
    }
    console.log(`Word sign-off context.sync() counts\n${report.join("\n")}`);
  });
});
