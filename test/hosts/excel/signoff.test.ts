/**
 * The Excel host's sign-off against the fake: the ledger sheet and table made on the first signature, later ones
 * appended below the table (never TableRowCollection.add, which the fake refuses), earlier rows never rewritten, the
 * signature block filled, user text inert, failures before anything is written; readForm, readProject and
 * selectInstance; and the round-trip budgets at 10 / 1,000 / 10,000 WBS rows and 1 / 10 / 100 forms.
 */
import {
  createSigningKeys,
  excelName,
  getTemplate,
  ledgerFromRecords,
  slotsOf,
  verifyLedger,
  canonicalForm,
  type InstanceRecord,
  type TemplateId,
} from "../../../src/core";
import { BindingNotFoundError, UnknownFieldError } from "../../../src/hosts/excel";
import { UnsupportedHostError } from "../../../src/hosts/errors";
import { LEDGER_TABLE, MAX_CELL_TEXT } from "../../../src/hosts/excel/ledger";
import { LedgerBlockedError, SheetProtectedError } from "../../../src/hosts/excel/signoff";
import { tableRect, type SheetModel } from "../../support/fake-excel";
import { bigWbsPlanner, setUp, syncsOf, type Harness } from "./harness";
import { crypto, prepareSignature, sign } from "./signoff-support";

let h: Harness;
afterEach(() => h?.restore());

function ledgerTable(h: Harness) {
  const table = h.fake.workbook.table(LEDGER_TABLE);
  if (!table) throw new Error("no ledger table");
  return table;
}

/** The ledger's rows as a person reads them (header first). */
function ledgerTexts(h: Harness): string[][] {
  const t = ledgerTable(h);
  return Array.from({ length: t.rows + 1 }, (_, r) =>
    Array.from({ length: t.cols }, (_, c) => String(t.sheet.valueAt(t.row + r, t.col + c))),
  );
}

/** The model cell of a slot. */
function slotCell(h: Harness, instance: InstanceRecord, key: string) {
  const model = h.fake.workbook.name(excelName(instance.template, instance.id, key));
  if (!model || !("sheet" in model.ref)) throw new Error(`no range name for ${key}`);
  return model.ref.sheet.cell(model.ref.rect.row, model.ref.rect.col);
}

function everyCell(sheet: SheetModel) {
  return [...sheet.cells.values()];
}

describe("appendSignature", () => {
  test("the first signature makes the record sheet, its table and row, and fills the block, in 3 syncs", async () => {
    h = setUp();
    const { record: t2 } = await h.host.insertTemplate("T2", "en-US");
    await h.host.writeFields(t2, { projectName: "Apollo", finalGoal: "Raise NPS from 85 to 90 by 2026-12-31" });
    const { record, view } = await prepareSignature(h.host, t2, {
      block: "leadDepartment.1",
      signer: "Li Na",
      department: "R&D",
      role: "lead",
    });
    h.fake.resetCounts();
    const { syncs } = await syncsOf(h.fake, () => h.host.appendSignature(t2, record, view));
    expect(syncs).toBe(3);
    expect(h.fake.runCount).toBe(1);

    const sheet = h.fake.workbook.sheetOrThrow("Concord sign-off record");
    expect(sheet.textAt("A1")).toBe("Concord sign-off record");
    expect(ledgerTable(h).sheet).toBe(sheet);
    const [header, row] = ledgerTexts(h);
    expect(header).toEqual([
      "No.",
      "Form",
      "Department",
      "Role",
      "Signer",
      "Decision",
      "Comment",
      "Time (UTC)",
      "Code",
      "Record (do not edit)",
    ]);
    expect(row).toEqual([
      "1",
      `T2 Consensus form (${t2.id})`,
      "R&D",
      "Collaboration lead",
      "Li Na",
      "Approve",
      "",
      "2026-11-20 09:30:00",
      view.code,
      record,
    ]);

    expect(slotCell(h, t2, "leadDepartment.1.signer").value).toBe("Li Na");
    expect(slotCell(h, t2, "leadDepartment.1.department").value).toBe("R&D");
    expect(slotCell(h, t2, "leadDepartment.1.decision").value).toBe("Approve");
    expect(slotCell(h, t2, "leadDepartment.1.comment").value).toBe(`Code ${view.code}`);
    const date = slotCell(h, t2, "leadDepartment.1.date");
    // 2026-11-20 09:30 UTC as a date-time serial, shown as UTC.
    expect(date.value).toBeCloseTo(46346 + 9.5 / 24, 9);
    expect(date.numberFormat).toBe('yyyy-mm-dd hh:mm "UTC"');
    // The other blocks are untouched.
    expect(slotCell(h, t2, "cooperatingDepartment.1.signer").value).toBe("");
  });

  test("later signatures are appended below the table in 3 syncs; earlier rows are never rewritten", async () => {
    h = setUp();
    const { record: t2 } = await h.host.insertTemplate("T2", "en-US");
    const { record: t5 } = await h.host.insertTemplate("T5", "en-US");
    const keys = await createSigningKeys(crypto);
    const first = await sign(h.host, t2, { block: "leadDepartment.1", signer: "Li Na", department: "R&D", keys });
    const before = ledgerTexts(h);
    const writesBefore = ledgerTable(h).sheet.valueWrites;

    const { record, view } = await prepareSignature(h.host, t2, {
      block: "cooperatingDepartment.2",
      signer: "Wang Wei",
      department: "Marketing",
      decision: "reject",
      comment: "Budget line 3 is unclear",
      keys,
    });
    const { syncs } = await syncsOf(h.fake, () => h.host.appendSignature(t2, record, view));
    expect(syncs).toBe(3);
    const third = await sign(h.host, t5, { block: "lead.1", signer: "Zhao Lei", department: "PMO", role: "lead" });

    const table = ledgerTable(h);
    expect(table.rows).toBe(3);
    const after = ledgerTexts(h);
    expect(after.slice(0, 2)).toEqual(before);
    // One value write per appended row, none into the rows above.
    expect(table.sheet.valueWrites - writesBefore).toBe(2);
    expect(after[2].slice(4, 7)).toEqual(["Wang Wei", "Reject", "Budget line 3 is unclear"]);
    expect(after[3][1]).toBe(`T5 Change request (${t5.id})`);
    expect(slotCell(h, t2, "cooperatingDepartment.2.comment").value).toBe(
      `Code ${view.code} · Budget line 3 is unclear`,
    );

    // The ledger read back from the workbook is the chain that was signed, and verifies.
    const project = await h.host.readProject();
    expect(project.ledger).toEqual([first, record, third]);
    const ledger = ledgerFromRecords(project.ledger);
    const forms = [t2, t5].map((i) =>
      canonicalForm({ template: i.template, instance: i.id, version: i.version, ...project.forms[i.id] }),
    );
    const report = await verifyLedger(ledger, forms, crypto);
    expect(report.count).toBe(3);
    expect(report.entries.map((e) => e.trusted)).toEqual([true, true, true]);
  });

  test("signer, department and comment are inert text in the ledger and the block, whatever they start with", async () => {
    h = setUp();
    const { record: t2 } = await h.host.insertTemplate("T2", "en-US");
    const nasty = { signer: '=HYPERLINK("http://x")', department: " +SUM(A1)", comment: "＝1+1" };
    await sign(h.host, t2, { block: "cooperatingDepartment.1", ...nasty });
    await sign(h.host, t2, { block: "cooperatingDepartment.2", signer: "\t@me", department: "－1", comment: "\n-2" });
    for (const sheet of h.fake.workbook.sheets) {
      expect(
        everyCell(sheet).filter((c) => c.formula !== null && /HYPERLINK|SUM|1\+1|me|-1|-2/.test(c.formula)),
      ).toEqual([]);
    }
    const rows = ledgerTexts(h);
    // Signer, department (trimmed by the ledger's text rules) and comment.
    expect([rows[1][4], rows[1][2], rows[1][6]]).toEqual([nasty.signer, nasty.department.trim(), nasty.comment]);
    expect(slotCell(h, t2, "cooperatingDepartment.1.signer")).toMatchObject({ value: nasty.signer, numberFormat: "@" });
    expect(slotCell(h, t2, "cooperatingDepartment.2.department")).toMatchObject({ value: "－1", numberFormat: "@" });
  });

  test("a Chinese form gets a Chinese record sheet; a sheet of that name already there is left alone", async () => {
    h = setUp();
    const { record: t1 } = await h.host.insertTemplate("T1", "zh-CN");
    const own = h.fake.workbook.addSheet("Concord 签字记录");
    own.input(0, 0, "mine");
    await sign(h.host, t1, { block: "initiatingHead.1", signer: "张伟", department: "市场部", role: "initiatingHead" });
    expect(own.textAt("A1")).toBe("mine");
    const sheet = h.fake.workbook.sheetOrThrow("Concord 签字记录 (2)");
    expect(ledgerTable(h).sheet).toBe(sheet);
    expect(ledgerTexts(h)[0][0]).toBe("序号");
    expect(ledgerTexts(h)[1].slice(3, 6)).toEqual(["发起部门负责人", "张伟", "同意"]);
    expect(slotCell(h, t1, "initiatingHead.1.comment").value).toMatch(/^指纹码 [0-9A-F]{4}-[0-9A-F]{4}$/);

    // Renamed, moved columns: still found by the table's name and the headers.
    sheet.name = "Audit";
    await sign(h.host, t1, { block: "lead.1", signer: "李娜", department: "PMO", role: "lead" });
    expect(ledgerTable(h).rows).toBe(2);
    expect((await h.host.readProject()).ledger).toHaveLength(2);
  });

  test("something in the row below the record stops the signature before anything is written", async () => {
    h = setUp();
    const { record: t2 } = await h.host.insertTemplate("T2", "en-US");
    await sign(h.host, t2, { block: "leadDepartment.1", signer: "Li Na", department: "R&D" });
    const table = ledgerTable(h);
    table.sheet.input(table.row + table.rows + 1, 2, "a note of mine");
    const { record, view } = await prepareSignature(h.host, t2, {
      block: "cooperatingDepartment.1",
      signer: "Wang Wei",
      department: "Marketing",
    });
    await expect(h.host.appendSignature(t2, record, view)).rejects.toBeInstanceOf(LedgerBlockedError);
    expect(table.rows).toBe(1);
    expect(slotCell(h, t2, "cooperatingDepartment.1.signer").value).toBe("");
    expect(table.sheet.textAt(`C${table.row + table.rows + 2}`)).toBe("a note of mine");
  });

  test("a protected form or record sheet stops the signature before anything is written", async () => {
    h = setUp();
    const { record: t2, location } = await h.host.insertTemplate("T2", "en-US");
    const formSheet = h.fake.workbook.sheetOrThrow(location);
    formSheet.isProtected = true;
    const lead = { block: "leadDepartment.1", signer: "Li Na", department: "R&D" };
    await expect(sign(h.host, t2, lead)).rejects.toBeInstanceOf(SheetProtectedError);
    expect(h.fake.workbook.table(LEDGER_TABLE)).toBeUndefined();
    formSheet.isProtected = false;
    await sign(h.host, t2, lead);

    ledgerTable(h).sheet.isProtected = true;
    const error = await sign(h.host, t2, { block: "cooperatingDepartment.1", signer: "Wang Wei", department: "Sales" })
      .then(() => null)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetProtectedError);
    expect((error as SheetProtectedError).messages["zh-CN"]).toContain("Concord sign-off record");
    expect(ledgerTable(h).rows).toBe(1);
    expect(slotCell(h, t2, "cooperatingDepartment.1.signer").value).toBe("");
  });

  test("a first signature whose ledger cannot be finished leaves no half-made record sheet", async () => {
    h = setUp();
    const { record: t2 } = await h.host.insertTemplate("T2", "en-US");
    // Something else already holds the ledger's name (as when a co-author's ledger arrives mid-signature).
    const other = h.fake.workbook.addSheet("Other");
    h.fake.workbook.addName(LEDGER_TABLE, { sheet: other, rect: { row: 0, col: 0, rows: 1, cols: 1 } });
    const before = h.fake.workbook.sheets.map((s) => s.name);
    await expect(sign(h.host, t2, { block: "leadDepartment.1", signer: "Li Na", department: "R&D" })).rejects.toThrow(
      /taken/,
    );
    expect(h.fake.workbook.sheets.map((s) => s.name)).toEqual(before);
    expect(h.fake.workbook.tables.filter((t) => !t.name.startsWith("Concord_T"))).toEqual([]);
    expect(slotCell(h, t2, "leadDepartment.1.signer").value).toBe("");
  });

  test("a deleted signature block or an unknown one is refused before anything is written", async () => {
    h = setUp();
    const { record: t2 } = await h.host.insertTemplate("T2", "en-US");
    const { record, view } = await prepareSignature(h.host, t2, {
      block: "cooperatingDepartment.1",
      signer: "Wang Wei",
      department: "Marketing",
    });
    await expect(
      h.host.appendSignature(t2, record, { ...view, block: "cooperatingDepartment.9" }),
    ).rejects.toBeInstanceOf(UnknownFieldError);
    const names = h.fake.workbook.names;
    names.splice(
      names.findIndex((n) => n.name === excelName("T2", t2.id, "cooperatingDepartment.1.decision")),
      1,
    );
    await expect(h.host.appendSignature(t2, record, view)).rejects.toBeInstanceOf(BindingNotFoundError);
    expect(h.fake.workbook.table(LEDGER_TABLE)).toBeUndefined();
    expect(h.fake.workbook.sheet("Concord sign-off record")).toBeUndefined();
    // A record of another form is a caller's mistake.
    const { record: t5 } = await h.host.insertTemplate("T5", "en-US");
    await expect(h.host.appendSignature(t5, record, { ...view, block: "lead.1" })).rejects.toThrow(/not T5/);
  });

  test("a record too long for one cell is stored without its snapshot; the entry is kept whole", async () => {
    h = setUp();
    const { record: t2 } = await h.host.insertTemplate("T2", "en-US");
    await h.host.writeFields(t2, { finalGoal: "x".repeat(MAX_CELL_TEXT - 10) });
    const { record, view } = await prepareSignature(h.host, t2, {
      block: "leadDepartment.1",
      signer: "Li Na",
      department: "R&D",
    });
    expect(record.length).toBeGreaterThan(MAX_CELL_TEXT);
    await h.host.appendSignature(t2, record, view);
    const [stored] = (await h.host.readProject()).ledger;
    expect(stored.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(JSON.parse(stored)).toEqual({ entry: JSON.parse(record).entry, snapshot: null });
    expect(ledgerFromRecords([stored]).entries[0]).toEqual(ledgerFromRecords([record]).entries[0]);
  });

  test("Excel without ExcelApi 1.4 is told so before anything runs", async () => {
    h = setUp({ apiVersion: "1.3" });
    const instance: InstanceRecord = { template: "T2", id: "abcdef", language: "en-US", version: 1 };
    const view = { block: "leadDepartment.1", signer: "a", department: "b", decision: "approve" as const };
    await expect(
      h.host.appendSignature(instance, "{}", { ...view, comment: "", at: "2026-11-20T09:00:00Z", code: "0000-0000" }),
    ).rejects.toBeInstanceOf(UnsupportedHostError);
    expect(h.fake.runCount).toBe(0);
  });
});

describe("readForm, selectInstance, what Excel cannot do", () => {
  test("readForm gives the slot values and the tables' rows by column id, in 2 syncs", async () => {
    h = setUp();
    const { record: t2 } = await h.host.insertTemplate("T2", "en-US");
    await h.host.writeFields(t2, { projectName: "Apollo", meetingMinutes: 45 });
    const table = h.fake.workbook.table(excelName("T2", t2.id, "responsibilities"))!;
    table.sheet.input(table.row + 1, table.col, "R&D");
    table.sheet.input(table.row + 1, table.col + 4, "=Li");
    const { result, syncs } = await syncsOf(h.fake, () => h.host.readForm(t2));
    expect(syncs).toBe(2);
    expect(result.values).toMatchObject({ projectName: "Apollo", meetingMinutes: 45, "leadDepartment.1.signer": null });
    expect(Object.keys(result.values).sort()).toEqual(
      slotsOf(getTemplate("T2"))
        .map((s) => s.key)
        .sort(),
    );
    const rows = result.tables.responsibilities;
    expect(rows).toHaveLength(table.rows);
    expect(rows[0]).toMatchObject({ department: "R&D" });
    expect(Object.keys(rows[0])).toEqual(
      getTemplate("T2")
        .blocks.flatMap((b) => (b.type === "table" ? b.table.columns.map((c) => c.id) : []))
        .slice(0, Object.keys(rows[0]).length),
    );
  });

  test("readForm of an instance that is gone is a BindingNotFoundError", async () => {
    h = setUp();
    await expect(
      h.host.readForm({ template: "T2", id: "gone00", language: "en-US", version: 1 }),
    ).rejects.toBeInstanceOf(BindingNotFoundError);
  });

  test("selectInstance activates the sheet and selects the form in 1 sync", async () => {
    h = setUp();
    const { record: t1 } = await h.host.insertTemplate("T1", "en-US");
    const { record: t7, location } = await h.host.insertTemplate("T7", "en-US");
    const { syncs } = await syncsOf(h.fake, () => h.host.selectInstance(t1));
    expect(syncs).toBe(1);
    expect(h.fake.workbook.activeSheet?.name).toBe("Kickoff application");
    const name = h.fake.workbook.name(`Concord_T1_${t1.id}`)!;
    expect(h.fake.workbook.selection).toEqual("sheet" in name.ref ? name.ref : null);
    await h.host.selectInstance(t7);
    expect(h.fake.workbook.activeSheet?.name).toBe(location);
    h.fake.workbook.names.splice(h.fake.workbook.names.indexOf(name), 1);
    await expect(h.host.selectInstance(t1)).rejects.toBeInstanceOf(BindingNotFoundError);
  });

  test("Excel says it cannot lock forms or tell who the user is", async () => {
    h = setUp();
    expect(h.host.capabilities).toEqual({ lockForms: false, identity: false });
    expect(await h.host.currentUser()).toBeNull();
    const { record } = await h.host.insertTemplate("T5", "en-US");
    const before = h.fake.workbook.sheets.map((s) => [...s.cells.values()].map((c) => ({ ...c })));
    const { syncs } = await syncsOf(h.fake, () => h.host.setFormLocked(record, true));
    expect(syncs).toBe(1);
    expect(h.fake.workbook.sheets.map((s) => [...s.cells.values()])).toEqual(before);
    await expect(h.host.setFormLocked({ ...record, id: "gone00" }, true)).rejects.toBeInstanceOf(BindingNotFoundError);
  });
});

describe("readProject", () => {
  test("every instance, each form's content, each WBS's rows and the ledger in file order", async () => {
    h = setUp({ planner: bigWbsPlanner(12) });
    const { record: t3 } = await h.host.insertTemplate("T3", "en-US");
    const { record: t2 } = await h.host.insertTemplate("T2", "zh-CN");
    const { record: t6 } = await h.host.insertTemplate("T6", "en-US");
    await h.host.writeFields(t2, { projectName: "阿波罗" });
    await h.host.updateWbs(t3, [{ row: 2, taskName: "Design" }]);
    await h.host.writeFields(t3, { updateDate: 46090 });
    const departments = h.fake.workbook.table(excelName("T3", t3.id, "departments"))!;
    departments.sheet.input(departments.row + 2, departments.col, "R&D");
    departments.sheet.input(departments.row + 2, departments.col + 1, "Execution");
    departments.sheet.input(departments.row + 2, departments.col + 2, "=Wang");
    const calendar = h.fake.workbook.table(excelName("T3", t3.id, "calendar"))!;
    calendar.sheet.input(calendar.row + 1, calendar.col, 46100);
    calendar.sheet.input(calendar.row + 1, calendar.col + 1, "holiday");
    calendar.sheet.input(calendar.row + 3, calendar.col, 46103);
    calendar.sheet.input(calendar.row + 3, calendar.col + 1, "班");
    const signed = await sign(h.host, t2, { block: "leadDepartment.1", signer: "李娜", department: "研发部" });
    const { result, syncs } = await syncsOf(h.fake, () => h.host.readProject());
    expect(syncs).toBe(2);
    expect(result.instances.map((i) => i.record.id).sort()).toEqual([t2.id, t3.id, t6.id].sort());
    // Every instance but the WBS is read as a form (the issue log too, as the preview host does).
    expect(Object.keys(result.forms).sort()).toEqual([t2.id, t6.id].sort());
    expect(result.forms[t6.id].tables.issues?.length).toBeGreaterThan(0);
    expect(result.forms[t2.id].values.projectName).toBe("阿波罗");
    expect(result.forms[t2.id].values["leadDepartment.1.signer"]).toBe("李娜");
    expect(result.wbs[t3.id].tasks).toHaveLength(12);
    expect(result.wbs[t3.id].tasks[1].taskName).toBe("Design");
    expect(result.wbs[t3.id].statusDate).toBe(46097);
    expect(result.wbs[t3.id].updateDate).toBe(46090);
    // The Departments table's non-blank rows, by column (the liaison as typed, not a formula).
    expect(result.wbs[t3.id].departments).toEqual([{ department: "R&D", type: "Execution", liaison: "=Wang" }]);
    // The Calendar table's dated rows, for the weekly analysis.
    expect(result.wbs[t3.id].calendar).toEqual([
      [46100, "holiday"],
      [46103, "班"],
    ]);
    expect(result.ledger).toEqual([signed]);
  });

  test("a workbook without Concord content reads as empty in 1 sync", async () => {
    h = setUp();
    h.fake.workbook.addSheet("Sheet1");
    const { result, syncs } = await syncsOf(h.fake, () => h.host.readProject());
    expect(syncs).toBe(1);
    expect(result).toEqual({ instances: [], forms: {}, ledger: [], wbs: {} });
  });
});

describe("writeFields keeps formula-looking text inert in every field kind", () => {
  const starts = [" =1+1", "\t+1", "\r\n-1", "\n@me", "＝1+1", "＋1", "－1", "＠me", "\u3000=1"];
  const covered = new Set<string>();

  test.each(["T1", "T2", "T5", "T6", "T7"] as TemplateId[])("%s", async (template) => {
    h = setUp();
    const { record } = await h.host.insertTemplate(template, "en-US");
    const slots = slotsOf(getTemplate(template)).filter((s) => !s.field.formula);
    const values = Object.fromEntries(slots.map((s, i) => [s.key, starts[i % starts.length]]));
    await h.host.writeFields(record, values);
    const kinds = new Set<string>();
    for (const [i, slot] of slots.entries()) {
      const cell = slotCell(h, record, slot.key);
      expect({ key: slot.key, formula: cell.formula, value: cell.value, format: cell.numberFormat }).toEqual({
        key: slot.key,
        formula: null,
        value: starts[i % starts.length],
        format: "@",
      });
      kinds.add(slot.field.kind);
      covered.add(slot.field.kind);
    }
    expect(kinds.size).toBeGreaterThan(1);
  });

  test("the forms above cover text, choice, date, time, number and hours fields", () => {
    expect([...covered].sort()).toEqual(
      expect.arrayContaining(["choice", "date", "hours", "longText", "multiChoice", "number", "text", "time"]),
    );
  });
});

describe("the fake's table auto-expansion (what appending relies on)", () => {
  function tableWithRow() {
    h = setUp();
    const sheet = h.fake.workbook.addSheet("Log");
    sheet.input(0, 0, "A");
    sheet.input(0, 1, "B");
    sheet.input(1, 0, "x");
    const table = {
      name: "Log",
      sheet,
      row: 0,
      col: 0,
      rows: 1,
      cols: 2,
      style: "TableStyleLight9",
      showTotals: false,
    };
    h.fake.workbook.tables.push(table);
    return { sheet, table };
  }

  const write = async (address: string, values: unknown[][]) =>
    h.fake.run(async (context) => {
      const ws = (context.workbook as Excel.Workbook).worksheets.getItem("Log");
      ws.getRange(address).values = values;
      await context.sync();
    });

  test("data written into the row below a table makes it a table row; blank writes and other rows do not", async () => {
    const { table } = tableWithRow();
    await write("A3:B3", [["", ""]]);
    expect(table.rows).toBe(1);
    await write("A4:B4", [["far", "away"]]);
    expect(table.rows).toBe(1);
    await write("A3:B3", [["y", 1]]);
    expect(table.rows).toBe(2);
    await write("C4", [["beside"]]);
    expect(table.rows).toBe(2);
  });

  test("no expansion into a row with data validation", async () => {
    const { sheet, table } = tableWithRow();
    sheet.validations.push({ range: { row: 2, col: 0, rows: 1, cols: 2 }, rule: {} });
    await write("A3:B3", [["y", 1]]);
    expect(table.rows).toBe(1);
  });
});

// ------------------------------------------------------------------ budgets

const ROWS = [10, 1000, 10000];
const FORMS = [1, 10, 100];
const FORM_TEMPLATES: TemplateId[] = ["T2", "T1", "T5", "T7", "T8"];
const BUDGET = { readProject: 3, appendSignature: 3 } as const;
const counts: Array<{ rows: number; forms: number; readProject: number; appendSignature: number; first: number }> = [];

afterAll(() => {
  if (counts.length === 0) return;
  const lines = [
    "| WBS rows | forms | readProject | appendSignature (first / later) |",
    "|---:|---:|---:|---:|",
    ...counts.map(
      (c) =>
        `| ${c.rows.toLocaleString("en-US")} | ${c.forms} | ${c.readProject} | ${c.first} / ${c.appendSignature} |`,
    ),
    `| budget | | ≤ ${BUDGET.readProject} | ≤ ${BUDGET.appendSignature} |`,
  ];
  console.log(`context.sync() calls of the sign-off operations (fake Excel)\n${lines.join("\n")}`);
});

describe("round-trip budgets", () => {
  const cases = ROWS.flatMap((rows) => FORMS.map((forms) => ({ rows, forms })));
  test.each(cases)(
    "$rows WBS rows, $forms forms: readProject and appendSignature within budget, the same at every size",
    async ({ rows, forms }) => {
      h = setUp({ planner: bigWbsPlanner(rows) });
      const { record: wbs } = await h.host.insertTemplate("T3", "en-US");
      const instances: InstanceRecord[] = [];
      for (let i = 0; i < forms; i++) {
        instances.push((await h.host.insertTemplate(FORM_TEMPLATES[i % FORM_TEMPLATES.length], "en-US")).record);
      }
      const t2 = instances[0];
      const first = await prepareSignature(h.host, t2, {
        block: "leadDepartment.1",
        signer: "Li Na",
        department: "R&D",
      });
      const firstSign = await syncsOf(h.fake, () => h.host.appendSignature(t2, first.record, first.view));
      const later = await prepareSignature(h.host, t2, {
        block: "cooperatingDepartment.1",
        signer: "Wang Wei",
        department: "Sales",
      });
      const laterSign = await syncsOf(h.fake, () => h.host.appendSignature(t2, later.record, later.view));
      const read = await syncsOf(h.fake, () => h.host.readProject());

      expect(read.result.instances).toHaveLength(forms + 1);
      expect(Object.keys(read.result.forms)).toHaveLength(forms);
      expect(read.result.wbs[wbs.id].tasks).toHaveLength(rows);
      expect(read.result.ledger).toEqual([first.record, later.record]);
      const result = {
        rows,
        forms,
        readProject: read.syncs,
        appendSignature: laterSign.syncs,
        first: firstSign.syncs,
      };
      counts.push(result);
      expect(result.readProject).toBeLessThanOrEqual(BUDGET.readProject);
      expect(Math.max(result.first, result.appendSignature)).toBeLessThanOrEqual(BUDGET.appendSignature);
      expect(tableRect(ledgerTable(h)).rows).toBe(3);
      if (counts.length > 1) {
        const { readProject, appendSignature, first: f } = counts[0];
        expect([result.readProject, result.appendSignature, result.first]).toEqual([readProject, appendSignature, f]);
      }
    },
    120_000,
  );
});
