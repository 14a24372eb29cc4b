import {
  decodeRecord,
  encodeRecord,
  excelInstanceName,
  excelName,
  getTemplate,
  LANGUAGES,
  looksLikeFormula,
  newInstanceId,
  parseExcelName,
  parseWordTag,
  rowId,
  slotsOf,
  tablesOf,
  TEMPLATES,
  templatesFor,
  uniqueSheetName,
  wordTag,
  type Bilingual,
  type FieldDef,
  type TemplateDef,
} from "../../src/core";
import { mulberry32 } from "../support/random";

const HAN = /[\u4e00-\u9fff]/;

/** Every bilingual text of a template, with where it is, for the checks below. */
function textsOf(template: TemplateDef): Array<[string, Bilingual]> {
  const texts: Array<[string, Bilingual]> = [
    ["name", template.name],
    ["purpose", template.purpose],
  ];
  const field = (where: string, f: FieldDef) => {
    texts.push([`${where}.label`, f.label]);
    if (f.hint) texts.push([`${where}.hint`, f.hint]);
    f.choices?.forEach((c) => texts.push([`${where}.${c.id}`, c.label]));
  };
  for (const block of template.blocks) {
    if (block.type === "fields") {
      if (block.title) texts.push([`${block.id}.title`, block.title]);
      block.fields.forEach((f) => field(`${block.id}.${f.id}`, f));
    } else if (block.type === "list") {
      texts.push([`${block.id}.title`, block.title]);
      field(`${block.id}.item`, block.item);
    } else if (block.type === "signatures") {
      texts.push([`${block.id}.title`, block.title]);
      block.signatures.forEach((s) => texts.push([`${block.id}.${s.id}`, s.role]));
    } else {
      texts.push([`${block.table.id}.title`, block.table.title]);
      block.table.columns.forEach((c) => field(`${block.table.id}.${c.id}`, c));
    }
  }
  return texts;
}

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("template %s", (_id, template) => {
  it("has every text in both languages, the Chinese one in Chinese", () => {
    for (const [where, text] of textsOf(template)) {
      for (const language of LANGUAGES)
        expect({ where, language, ok: text[language].trim().length > 0 }).toMatchObject({ ok: true });
      expect({
        where,
        zh: text["zh-CN"],
        han: HAN.test(text["zh-CN"]) || /^[A-Z]{2,5}$/.test(text["zh-CN"]),
      }).toMatchObject({ han: true });
    }
  });

  it("has unique keys: slots and tables share Excel's name space", () => {
    const keys = [...slotsOf(template).map((s) => s.key), ...tablesOf(template).map((t) => t.id)];
    expect(new Set(keys).size).toBe(keys.length);
    for (const table of tablesOf(template)) {
      const ids = table.columns.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      const labels = LANGUAGES.flatMap((l) => table.columns.map((c) => `${l}:${c.label[l]}`));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it("gives choice fields their choices and formula columns their formulas", () => {
    const fields = [
      ...slotsOf(template).map((s) => s.field),
      ...tablesOf(template).flatMap((t) => t.columns as readonly FieldDef[]),
    ];
    for (const f of fields) {
      if (f.kind === "choice" || f.kind === "multiChoice") expect(f.choices?.length ?? 0).toBeGreaterThan(1);
      if (f.kind === "formula") expect(typeof f.formula).toBe("function");
    }
  });

  it("names valid, unique Excel names for every slot and table", () => {
    const names = [...slotsOf(template).map((s) => s.key), ...tablesOf(template).map((t) => t.id)].map((key) =>
      excelName(template.id, "ab12cd", key),
    );
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(name.length).toBeLessThanOrEqual(255);
      expect(parseExcelName(name)).toMatchObject({ template: template.id, instance: "ab12cd" });
    }
  });
});

describe("the catalog", () => {
  it("has T1–T8 in the loop's order, Excel has all of them and Word the documents", () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"]);
    expect(templatesFor("excel").map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"]);
    expect(templatesFor("word").map((t) => t.id)).toEqual(["T1", "T2", "T4", "T5", "T7", "T8"]);
  });

  it("T3 has the SPEC's WBS columns, numbered WBS-001…, with status, lag and waiting-on formulas", () => {
    const tasks = tablesOf(getTemplate("T3")).find((t) => t.id === "tasks")!;
    expect(tasks.columns.map((c) => c.id)).toEqual([
      "taskId",
      "taskName",
      "department",
      "owner",
      "predecessors",
      "start",
      "due",
      "finish",
      "progress",
      "resources",
      "blocker",
      "waitingOn",
      "status",
      "lagDays",
      "lagReason",
      "measures",
      "measuresDue",
      "notes",
    ]);
    expect([rowId(tasks, 1), rowId(tasks, 12)]).toEqual(["WBS-001", "WBS-012"]);
    const refs = {
      language: "zh-CN" as const,
      cell: (c: string) => `<${c}>`,
      column: (t: string, c: string) => `<${t}.${c}>`,
      field: (f: string) => `<${f}>`,
      table: (t: string) => `<${t}>`,
      spilledRow: (c: string) => `<spill of ${c}>`,
    };
    const formula = (id: string) => tasks.columns.find((c) => c.id === id)!.formula!(refs);
    expect(formula("status")).toBe(
      '=CONCORD.STATUS(<start>,<due>,<finish>,<progress>,<blocker>,<statusDate>,"zh-CN",,<calendar>,,<waitingOn>)',
    );
    expect(formula("lagDays")).toBe("=CONCORD.LAG(<due>,<finish>,<statusDate>,<calendar>)");
    // The row reads its cell of one whole-table call beside the table: each row's formula no longer takes columns.
    expect(formula("waitingOn")).toBe("=<spill of waitingOn>");
    expect(tasks.columns.filter((c) => c.spill).map((c) => [c.id, c.spill!(refs)])).toEqual([
      ["waitingOn", "=CONCORD.WAITINGONALL(<tasks.taskId>,<tasks.predecessors>,<tasks.finish>,<tasks.progress>)"],
    ]);
  });

  it("T2 has one signature block per department and the SPEC's communication defaults", () => {
    const slots = slotsOf(getTemplate("T2"));
    expect(slots.filter((s) => s.key.endsWith(".signer")).map((s) => s.label["en-US"])).toEqual([
      "Lead department · Signature",
      "Cooperating department 1 · Signature",
      "Cooperating department 2 · Signature",
      "Cooperating department 3 · Signature",
    ]);
    const initial = (key: string) => slots.find((s) => s.key === key)!.field.initial;
    expect([initial("responseHours"), initial("solutionHours")]).toEqual([2, 24]);
    expect(slots.filter((s) => s.field.smart).map((s) => s.key)).toEqual([
      "finalGoal",
      "standards.1",
      "standards.2",
      "standards.3",
    ]);
  });

  it("T2's communication mechanism names the meeting frequency (weekly / biweekly / monthly) and participants", () => {
    const slots = slotsOf(getTemplate("T2"));
    const field = (key: string) => slots.find((s) => s.key === key)!.field;
    expect(field("meetingFrequency").choices!.map((c) => [c.label["en-US"], c.label["zh-CN"]])).toEqual([
      ["Weekly", "周会"],
      ["Biweekly", "双周会"],
      ["Monthly", "月会"],
    ]);
    expect(field("meetingParticipants")).toMatchObject({ kind: "text", required: true });
    expect(slots.find((s) => s.key === "meetingParticipants")!.blockId).toBe("communication");
  });

  it("T8 is signed by the same departments as T2", () => {
    const signers = (id: "T2" | "T8") =>
      slotsOf(getTemplate(id))
        .filter((s) => s.key.endsWith(".signer"))
        .map((s) => [s.key, s.label["zh-CN"]]);
    expect(signers("T8")).toEqual(signers("T2"));
    expect(signers("T8")).toHaveLength(4);
  });

  it("makes every signer's decision a choice of Approve / Reject (同意 / 不同意)", () => {
    for (const template of TEMPLATES) {
      for (const slot of slotsOf(template).filter((s) => /\.\d+\.decision$/.test(s.key))) {
        expect(slot.field.kind).toBe("choice");
        expect(slot.field.choices!.map((c) => [c.id, c.label["en-US"], c.label["zh-CN"]])).toEqual([
          ["approve", "Approve", "同意"],
          ["reject", "Reject", "不同意"],
        ]);
      }
    }
  });
});

describe("binding", () => {
  it("makes six-character ids that start with a letter and avoid the taken ones", () => {
    const random = mulberry32(7);
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const id = newInstanceId(taken, random);
      expect(id).toMatch(/^[a-z][a-z0-9]{5}$/);
      expect(taken.has(id)).toBe(false);
      taken.add(id);
    }
  });

  it("round-trips Excel names, Word tags and records", () => {
    expect(parseExcelName(excelInstanceName("T2", "ab12cd"))).toEqual({
      template: "T2",
      instance: "ab12cd",
      key: null,
    });
    expect(parseExcelName(excelName("T2", "ab12cd", "leadDepartment.1.signer"))).toEqual({
      template: "T2",
      instance: "ab12cd",
      key: "leadDepartment.1.signer",
    });
    expect(parseExcelName("Print_Area")).toBeNull();
    expect(parseExcelName("Concord_T9_ab12cd")).toBeNull();
    expect(parseWordTag(wordTag("T8", "zz9999", "lead.1"))).toEqual({
      template: "T8",
      instance: "zz9999",
      key: "lead.1",
    });
    expect(parseWordTag(wordTag("T8", "zz9999"))).toEqual({ template: "T8", instance: "zz9999", key: null });
    const record = { template: "T3" as const, id: "ab12cd", language: "zh-CN" as const, version: 1 };
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
    for (const junk of [null, "", "hello", "{}", '{"concord":1,"template":"T3"}', "[1]"])
      expect(decodeRecord(junk)).toBeNull();
  });

  it("knows formula-looking text", () => {
    for (const text of ["=SUM(A1)", "+1", "-x", "@me"]) expect(looksLikeFormula(text)).toBe(true);
    for (const text of ["a=b", " =1", "1+1", "项目 = 1"]) expect(looksLikeFormula(text)).toBe(false);
  });

  it("finds a free sheet name", () => {
    expect(uniqueSheetName("WBS", ["Sheet1"])).toBe("WBS");
    expect(uniqueSheetName("WBS", ["wbs", "WBS (2)"])).toBe("WBS (3)");
    expect(uniqueSheetName("Task breakdown (WBS) with a long name", [])).toHaveLength(31);
    expect(uniqueSheetName("a/b:c", [])).toBe("a b c");
    const long = "x".repeat(40);
    expect(uniqueSheetName(long, [long.slice(0, 31)])).toBe(`${"x".repeat(27)} (2)`);
  });
});
