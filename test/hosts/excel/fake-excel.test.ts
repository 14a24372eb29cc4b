/** The fake behaves like Office.js where the host's correctness depends on it. */
import { FakeExcel, FakeExcelError } from "../../support/fake-excel";

// The fake's proxies are typed loosely; these tests use them the way host code uses Excel's.

type Any = any;

async function run<T>(fake: FakeExcel, batch: (context: Any) => Promise<T>): Promise<T> {
  return fake.run(batch as never);
}

describe("proxy semantics", () => {
  /* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
     the next two tests read before load/sync on purpose: they check that the fake throws where Office.js does. */
  test("a property is readable only after load and a sync after the load", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet("S").input(0, 0, "hello");
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([["hello"]]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });

  test("a load sees the state at its place in the batch; writes apply at once", async () => {
    const fake = new FakeExcel();
    const sheet = fake.workbook.addSheet("S");
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.values = [["a", 1]];
      expect(sheet.valueAt(0, 0)).toBe("a");
      range.load("values");
      range.values = [["b", 2]];
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
    });
    expect(sheet.valueAt(0, 1)).toBe(2);
  });
  /* eslint-enable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load */

  test("collections: items after load; several item properties load onto the same items", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet("One");
    fake.workbook.addSheet("Two");
    await run(fake, async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
      sheets.load("items/name,items/position");
      await context.sync();
      expect(sheets.items.map((s: Any) => [s.name, s.position])).toEqual([
        ["One", 0],
        ["Two", 1],
      ]);
    });
  });

  test("counts syncs, and Excel.run syncs what is still queued at the end", async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      context.workbook.worksheets.add("A");
      await context.sync();
      context.workbook.worksheets.add("B");
    });
    expect(fake.syncCount).toBe(2);
    await run(fake, async () => undefined);
    expect(fake.syncCount).toBe(2);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["A", "B"]);
  });

  test("a failing command fails its batch at the sync; commands after it do nothing, those before stay", async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("First");
      sheets.add("First");
      sheets.add("Third");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      await context.sync();
    });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["First"]);
  });

  test("*OrNullObject: isNullObject after a sync; loading is fine; using a null object fails the batch", async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      const missing = context.workbook.names.getItemOrNullObject("Nope").load("type");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.type).toThrow(/PropertyNotLoaded/);
      missing.getRange();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("getItem of something missing fails at the sync with ItemNotFound", async () => {
    const fake = new FakeExcel();
    await run(fake, async (context) => {
      context.workbook.tables.getItem("Nope").getDataBodyRange().load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});

describe("Excel's rules", () => {
  test("typing rules: formulas, numbers, Text format, quote prefix", () => {
    const sheet = new FakeExcel().workbook.addSheet("S");
    sheet.input(0, 0, "=1+1");
    sheet.input(0, 1, "007");
    sheet.input(0, 2, "50%");
    sheet.cell(0, 3).numberFormat = "@";
    sheet.input(0, 3, "=1+1");
    sheet.input(0, 4, "'=1+1");
    expect(sheet.peek(0, 0)).toMatchObject({ formula: "=1+1" });
    expect(sheet.peek(0, 1)?.value).toBe(7);
    expect(sheet.peek(0, 2)?.value).toBe(0.5);
    expect(sheet.peek(0, 3)).toMatchObject({ value: "=1+1", formula: null });
    expect(sheet.peek(0, 4)).toMatchObject({ value: "=1+1", formula: null, quotePrefix: true });
  });

  test("names and tables share one namespace; names must not look like cells", async () => {
    const fake = new FakeExcel();
    const sheet = fake.workbook.addSheet("S");
    sheet.input(0, 0, "H");
    sheet.input(1, 0, 1);
    await run(fake, async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      const table = s.tables.add("A1:A2", true);
      table.name = "Things";
      await context.sync();
      context.workbook.names.add("things", s.getRange("B1"));
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      context.workbook.names.add("AB12", s.getRange("B1"));
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      context.workbook.names.add("Concord_T1_abcdef_sig.1.date", s.getRange("B1"), "x".repeat(256));
      await expect(context.sync()).rejects.toThrow(/255/);
    });
  });

  test("sheet names: at most 31 characters, none of []:*?/\\, unique ignoring case", () => {
    const wb = new FakeExcel().workbook;
    wb.addSheet("Plan");
    expect(() => wb.addSheet("plan")).toThrow(FakeExcelError);
    expect(() => wb.addSheet("a".repeat(32))).toThrow(FakeExcelError);
    expect(() => wb.addSheet("a/b")).toThrow(FakeExcelError);
  });

  test("a 2-D write must match the range; conditional formats refuse structured references", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet("S");
    await run(fake, async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("A1:B2").values = [[1, 2]];
      await expect(context.sync()).rejects.toThrow(/doesn't match/);
      s.getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = "=T[@X]>1";
      await expect(context.sync()).rejects.toThrow(/structured references/);
      s.getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = '=INDIRECT("T[X]")>1';
      await context.sync();
    });
  });

  test("data validation limits: list length, prompt title, error message", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet("S");
    await run(fake, async (context) => {
      const v = context.workbook.worksheets.getItem("S").getRange("A1").dataValidation;
      v.rule = { list: { inCellDropDown: true, source: "x,".repeat(200) } };
      await expect(context.sync()).rejects.toThrow(/255/);
      v.prompt = { showPrompt: true, title: "t".repeat(33), message: "m" };
      await expect(context.sync()).rejects.toThrow(/32/);
      v.errorAlert = { showAlert: true, style: "Stop", title: "", message: "e".repeat(226) };
      await expect(context.sync()).rejects.toThrow(/225/);
    });
  });

  test("page breaks: before a range's first row, none above row 1, on the range's sheet; margins in points", async () => {
    const fake = new FakeExcel();
    const sheet = fake.workbook.addSheet("S");
    fake.workbook.addSheet("T");
    await run(fake, async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.horizontalPageBreaks.add(s.getRange("A31"));
      s.horizontalPageBreaks.add("C12:D14");
      s.horizontalPageBreaks.add(s.getRange("B31"));
      s.pageLayout.topMargin = 43.2;
      const breaks = s.horizontalPageBreaks.load("items/rowIndex,items/columnIndex");
      await context.sync();
      expect(breaks.items.map((b: Any) => [b.rowIndex, b.columnIndex])).toEqual([
        [30, 0],
        [11, 2],
      ]);
      s.horizontalPageBreaks.add(s.getRange("A1"));
      await expect(context.sync()).rejects.toThrow(/first row/);
      s.horizontalPageBreaks.add(context.workbook.worksheets.getItem("T").getRange("A5"));
      await expect(context.sync()).rejects.toThrow(/another sheet/);
      s.pageLayout.leftMargin = -1;
      await expect(context.sync()).rejects.toThrow(/leftMargin/);
    });
    expect(sheet.horizontalPageBreaks).toEqual([
      { row: 30, col: 0 },
      { row: 11, col: 2 },
    ]);
    expect(sheet.pageLayout.topMargin).toBe(43.2);
  });

  test("requirement sets", () => {
    const fake = new FakeExcel({ apiVersion: "1.8" });
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(fake.isSetSupported("WordApi", "1.1")).toBe(false);
  });
});

describe("ranges used to grow a table", () => {
  test("getLastRow is the range's last row; clear empties contents, formats or both", async () => {
    const fake = new FakeExcel();
    const sheet = fake.workbook.addSheet("S");
    await run(fake, async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      const range = s.getRange("A1:B3");
      range.numberFormat = [
        ["@", "@"],
        ["0%", "0%"],
        ["@", "@"],
      ];
      range.formulas = [
        ["a", "b"],
        [0.5, 1],
        ["=1+1", "c"],
      ];
      range.getCell(2, 0).format.font.italic = true;
      const last = range.getLastRow().load("formulas,address");
      await context.sync();
      expect(last.address).toBe("S!A3:B3");
      expect(last.formulas).toEqual([["=1+1", "c"]]);
      s.getRange("A1:B1").clear("Formats");
      s.getRange("A2:B2").clear("Contents");
      s.getRange("A3").clear();
    });
    expect(sheet.peek(0, 0)).toMatchObject({ value: "a", numberFormat: "General" });
    expect(sheet.peek(1, 0)).toMatchObject({ value: "", formula: null, numberFormat: "0%" });
    expect(sheet.peek(2, 0)).toMatchObject({
      value: "",
      formula: null,
      numberFormat: "General",
      style: { borders: {} },
    });
    expect(sheet.peek(2, 0)!.style.italic).toBeUndefined();
    expect(sheet.peek(2, 1)!.value).toBe("c");
  });

  test("row heights read back (null when they differ); the print area is a null object until one is set", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet("My sheet");
    await run(fake, async (context) => {
      const s = context.workbook.worksheets.getItem("My sheet");
      const none = s.pageLayout.getPrintAreaOrNullObject().load("address");
      s.getRange("A2:B3").format.rowHeight = 30;
      const tall = s.getRange("A2:A3").format.load("rowHeight");
      const mixed = s.getRange("A1:A2").format.load("rowHeight");
      const plain = s.getRange("C9").format.load("rowHeight");
      s.pageLayout.setPrintArea("A1:R30");
      const set = s.pageLayout.getPrintAreaOrNullObject().load("address,areaCount");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect([tall.rowHeight, mixed.rowHeight, plain.rowHeight]).toEqual([30, null, 15]);
      expect(set.isNullObject).toBe(false);
      expect([set.address, set.areaCount]).toEqual(["'My sheet'!A1:R30", 1]);
    });
  });

  test("a table's Total Row reads back after a load", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet("S");
    await run(fake, async (context) => {
      const table = context.workbook.tables.add("S!A1:B3", true);
      table.load("showTotals");
      await context.sync();
      expect(table.showTotals).toBe(false);
      table.showTotals = true;
      table.load("showTotals");
      await context.sync();
      expect(table.showTotals).toBe(true);
    });
  });
});
