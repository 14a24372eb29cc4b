/**
 * writeFields into an instance's Excel tables: `<tableId>.<row>.<columnId>` keys land in the table's data body at the
 * column found by its header, formula-looking text keeps the Text format, formula columns are not writable, a missing
 * table or a row past the data body is refused before anything is written, all within the 2-sync budget.
 */
import { excelName } from "../../../src/core";
import { BindingNotFoundError, TableRowError, UnknownFieldError } from "../../../src/hosts/excel";
import { setUp, syncsOf, type Harness } from "./harness";

let h: Harness;
afterEach(() => h?.restore());

/** The model cell of a table's data row (from 1) under the header text `header`. */
function bodyCell(h: Harness, tableName: string, row: number, header: string) {
  const table = h.fake.workbook.table(tableName)!;
  const headers = Array.from({ length: table.cols }, (_, c) => table.sheet.peek(table.row, table.col + c)?.value);
  const col = headers.indexOf(header);
  if (col < 0) throw new Error(`no header ${header} in ${String(headers)}`);
  return table.sheet.cell(table.row + row, table.col + col);
}

test("cells go under their header, formula-looking text as Text, with fields in one 2-sync batch", async () => {
  h = setUp();
  const { record } = await h.host.insertTemplate("T2", "en-US");
  const name = excelName("T2", record.id, "responsibilities");
  const { syncs } = await syncsOf(h.fake, () =>
    h.host.writeFields(record, {
      projectName: "Complaint response",
      "responsibilities.2.department": "\u3000＝Legal",
      "responsibilities.2.liaison": "Zhou Min",
      "responsibilities.4.role": "Lead",
    }),
  );
  expect(syncs).toBe(2);
  expect(bodyCell(h, name, 2, "Department")).toMatchObject({
    value: "\u3000＝Legal",
    formula: null,
    numberFormat: "@",
  });
  expect(bodyCell(h, name, 2, "Liaison").value).toBe("Zhou Min");
  expect(bodyCell(h, name, 4, "Role").value).toBe("Lead");
  expect((await h.host.readForm(record)).tables.responsibilities[1]).toMatchObject({
    department: "\u3000＝Legal",
    liaison: "Zhou Min",
  });
});

test("a formula column is not writable: UnknownFieldError before Excel is touched", async () => {
  h = setUp();
  const { record } = await h.host.insertTemplate("T3", "en-US");
  h.fake.resetCounts();
  const error = await h.host.writeFields(record, { "tasks.1.status": "Completed" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnknownFieldError);
  expect((error as UnknownFieldError).keys).toEqual(["tasks.1.status"]);
  expect(h.fake.runCount).toBe(0);
});

test("a row past the data body: TableRowError naming the table's rows, nothing written", async () => {
  h = setUp();
  const { record } = await h.host.insertTemplate("T2", "zh-CN");
  const name = excelName("T2", record.id, "responsibilities");
  const rows = h.fake.workbook.table(name)!.rows;
  const error = await h.host
    .writeFields(record, {
      projectName: "x",
      "responsibilities.1.department": "x",
      [`responsibilities.${rows + 1}.liaison`]: "x",
    })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TableRowError);
  expect((error as TableRowError).rows).toBe(rows);
  const form = await h.host.readForm(record);
  expect([form.values.projectName, form.tables.responsibilities[0].department]).toEqual([null, null]);
});

test("a deleted table: BindingNotFoundError naming it, nothing written", async () => {
  h = setUp();
  const { record } = await h.host.insertTemplate("T2", "en-US");
  const name = excelName("T2", record.id, "responsibilities");
  const tables = h.fake.workbook.tables;
  tables.splice(tables.indexOf(h.fake.workbook.table(name)!), 1);
  const error = await h.host
    .writeFields(record, { projectName: "x", "responsibilities.1.department": "x" })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BindingNotFoundError);
  expect((error as BindingNotFoundError).missing).toEqual([name]);
  expect((await h.host.readFields(record)).projectName).toBeNull();
});
