/**
 * findTemplates / readFields / writeFields against the fake: round trips by slot name, user text kept as text even
 * when it looks like a formula, missing bindings reported before anything is written.
 */
import { excelInstanceName, excelName, encodeRecord, serialFromDate, slotsOf, getTemplate } from "../../../src/core";
import { BindingNotFoundError, UnknownFieldError } from "../../../src/hosts/excel";
import { setUp, syncsOf, type Harness } from "./harness";

let h: Harness;
afterEach(() => h?.restore());

/** The model cell a slot name points at. */
function slotCell(h: Harness, name: string) {
  const model = h.fake.workbook.name(name);
  if (!model || !("sheet" in model.ref)) throw new Error(`no range name ${name}`);
  return model.ref.sheet.cell(model.ref.rect.row, model.ref.rect.col);
}

describe("findTemplates", () => {
  test("lists each instance with its sheet, follows renamed sheets and ignores other names", async () => {
    h = setUp();
    const t1 = await h.host.insertTemplate("T1", "en-US");
    const t3 = await h.host.insertTemplate("T3", "zh-CN");
    const wb = h.fake.workbook;
    const decoy = wb.addSheet("Decoy");
    const cell = { sheet: decoy, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    wb.addName("Budget", cell, "a user's own name");
    wb.addName("Concord_T2_zzzzzz", cell, "not a record");
    wb.addName(
      "Concord_T4_yyyyyy",
      cell,
      encodeRecord({ template: "T5", id: "yyyyyy", language: "en-US", version: 1 }),
    );
    wb.addName(
      "Concord_T5_xxxxxx",
      { formula: '="text"' },
      encodeRecord({ template: "T5", id: "xxxxxx", language: "en-US", version: 1 }),
    );
    wb.sheet("Kickoff application")!.name = "Kickoff — Q3";

    const { result: found, syncs } = await syncsOf(h.fake, () => h.host.findTemplates());
    expect(syncs).toBeLessThanOrEqual(2);
    expect(found).toEqual(
      expect.arrayContaining([
        { record: t1.record, location: "Kickoff — Q3" },
        { record: t3.record, location: "跨部门协作任务分解表" },
      ]),
    );
    expect(found).toHaveLength(2);
  });

  test("an instance whose sheet was deleted is not listed", async () => {
    h = setUp();
    const t1 = await h.host.insertTemplate("T1", "en-US");
    await h.host.insertTemplate("T7", "en-US");
    h.fake.workbook.deleteSheet(h.fake.workbook.sheet("Acceptance checklist")!);
    expect(await h.host.findTemplates()).toEqual([{ record: t1.record, location: "Kickoff application" }]);
  });
});

describe("readFields / writeFields", () => {
  test("round-trip every slot of a form by its name", async () => {
    h = setUp();
    const { record } = await h.host.insertTemplate("T2", "zh-CN");
    const slots = slotsOf(getTemplate("T2"));
    const values = Object.fromEntries(
      slots.map((slot, i) => [
        slot.key,
        slot.field.kind === "date"
          ? serialFromDate(2026, 3, 1 + (i % 28))
          : slot.field.kind === "hours"
            ? i + 1
            : `值 ${i}`,
      ]),
    );
    const written = await syncsOf(h.fake, () => h.host.writeFields(record, values));
    expect(written.syncs).toBeLessThanOrEqual(2);
    const read = await syncsOf(h.fake, () => h.host.readFields(record));
    expect(read.syncs).toBeLessThanOrEqual(2);
    for (const slot of slots) {
      if (slot.field.formula) continue;
      expect({ key: slot.key, value: read.result[slot.key] }).toEqual({ key: slot.key, value: values[slot.key] });
    }
  });

  test("formula-looking text stays text", async () => {
    h = setUp();
    const { record } = await h.host.insertTemplate("T1", "en-US");
    const tricky = {
      projectName: '=HYPERLINK("http://example.com","click")',
      number: "+1",
      initiatingDepartment: "-x",
      "initiatingHead.1.signer": "@me",
      expectedResults: "=1+1",
      "lead.1.comment": "00123",
    };
    await h.host.writeFields(record, tricky);
    for (const [key, text] of Object.entries(tricky)) {
      const cell = slotCell(h, excelName("T1", record.id, key));
      expect({ key, value: cell.value, formula: cell.formula, format: cell.numberFormat }).toEqual({
        key,
        value: text,
        formula: null,
        format: "@",
      });
    }
    expect(await h.host.readFields(record)).toMatchObject(tricky);
  });

  test("the fake does take such text for formulas without the Text format (so the test above means something)", () => {
    h = setUp();
    const sheet = h.fake.workbook.addSheet("Raw");
    sheet.input(0, 0, "-x");
    sheet.input(1, 0, "@me");
    sheet.input(2, 0, "=1+1");
    sheet.input(3, 0, "+1");
    expect([0, 1, 2].map((r) => sheet.peek(r, 0)?.formula)).toEqual(["=-x", "=@me", "=1+1"]);
    expect(sheet.peek(3, 0)?.value).toBe(1);
  });

  test("formula-looking text in a date field is text; a date written after it gets the date format back", async () => {
    h = setUp();
    const { record } = await h.host.insertTemplate("T1", "zh-CN");
    const name = excelName("T1", record.id, "initiationDate");
    await h.host.writeFields(record, { initiationDate: "=TODAY()" });
    expect(slotCell(h, name)).toMatchObject({ value: "=TODAY()", formula: null, numberFormat: "@" });
    const date = serialFromDate(2026, 5, 4);
    await h.host.writeFields(record, { initiationDate: date });
    expect(slotCell(h, name)).toMatchObject({ value: date, formula: null, numberFormat: "yyyy-mm-dd" });
    await h.host.writeFields(record, { initiationDate: null });
    expect((await h.host.readFields(record)).initiationDate).toBeNull();
  });

  test("an unknown field or a non-finite number is refused before Excel is touched", async () => {
    h = setUp();
    const { record } = await h.host.insertTemplate("T1", "en-US");
    h.fake.resetCounts();
    const unknown = await h.host.writeFields(record, { nope: "x" }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(UnknownFieldError);
    expect((unknown as UnknownFieldError).messages).toEqual({
      "en-US": "T1 has no field nope. Nothing was changed.",
      "zh-CN": "T1 没有字段 nope。未做任何修改。",
    });
    await expect(h.host.writeFields(record, { initiationDate: Number.NaN })).rejects.toThrow(RangeError);
    expect(h.fake.runCount).toBe(0);
  });

  test("a deleted slot name: BindingNotFoundError and nothing is written", async () => {
    h = setUp();
    const { record } = await h.host.insertTemplate("T1", "en-US");
    const wb = h.fake.workbook;
    const number = excelName("T1", record.id, "number");
    wb.names.splice(wb.names.indexOf(wb.name(number)!), 1);
    const before = slotCell(h, excelName("T1", record.id, "projectName")).value;
    const error = await h.host.writeFields(record, { projectName: "New", number: "X-1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BindingNotFoundError);
    expect((error as BindingNotFoundError).missing).toEqual([number]);
    expect((error as BindingNotFoundError).messages["zh-CN"]).toContain(number);
    expect(slotCell(h, excelName("T1", record.id, "projectName")).value).toBe(before);
    // Reading skips the missing slot.
    const read = await h.host.readFields(record);
    expect(read).not.toHaveProperty("number");
    expect(read).toHaveProperty("projectName");
  });

  test("reading an instance that is gone altogether is an error", async () => {
    h = setUp();
    const { record } = await h.host.insertTemplate("T5", "en-US");
    const wb = h.fake.workbook;
    wb.deleteSheet(wb.sheets[0]);
    wb.names.splice(wb.names.indexOf(wb.name(excelInstanceName("T5", record.id))!), 1);
    await expect(h.host.readFields(record)).rejects.toBeInstanceOf(BindingNotFoundError);
  });
});
