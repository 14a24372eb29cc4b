/**
 * `readProject`: everything the home screen derives the loop's state from, in two round trips whatever the number of
 * forms and WBS rows — (1) the workbook's names (the instances, as findTemplates) and table names; (2) every bound
 * cell, every form table, each WBS's Tasks, Departments and Calendar tables with its status and update dates, and the ledger
 * table, in one batch.
 */
import { excelName, getTemplate, tablesOf, type InstanceRecord } from "../../core";
import type { FormContent, ProjectSnapshot, WbsData } from "../types";
import { instancesFrom } from "./bindings";
import { indexOf, queueFormContent, tableRows, type WorkbookIndex } from "./form-content";
import { LEDGER_TABLE, recordsFrom } from "./ledger";
import { columnPositions, taskFromRow } from "./wbs";

const DEPARTMENTS = tablesOf(getTemplate("T3")).find((t) => t.id === "departments");
const CALENDAR = tablesOf(getTemplate("T3")).find((t) => t.id === "calendar");

/** Queues the read of a range name's first cell when the workbook has the name. */
function queueCell(workbook: Excel.Workbook, index: WorkbookIndex, name: string): Excel.Range | null {
  return index.rangeNames.has(name.toLowerCase())
    ? workbook.names.getItem(name).getRange().getCell(0, 0).load("values")
    : null;
}

/** A WBS for the loop: its tasks (as readWbs), status and update dates, and the Departments table's non-blank rows. */
function queueWbs(workbook: Excel.Workbook, instance: InstanceRecord, index: WorkbookIndex): (() => WbsData) | null {
  const tableName = excelName("T3", instance.id, "tasks");
  if (!index.tables.has(tableName.toLowerCase())) return null;
  const table = workbook.tables.getItem(tableName);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  const statusDate = queueCell(workbook, index, excelName("T3", instance.id, "statusDate"));
  const updateDate = queueCell(workbook, index, excelName("T3", instance.id, "updateDate"));
  const queueTable = (id: string) => {
    const name = excelName("T3", instance.id, id);
    return index.tables.has(name.toLowerCase())
      ? {
          header: workbook.tables.getItem(name).getHeaderRowRange().load("values"),
          body: workbook.tables.getItem(name).getDataBodyRange().load("values"),
        }
      : null;
  };
  const departments = DEPARTMENTS ? queueTable("departments") : null;
  const calendar = CALENDAR ? queueTable("calendar") : null;
  const date = (cell: Excel.Range | null) => {
    const value = cell ? cell.values[0][0] : null;
    return typeof value === "number" ? value : null;
  };
  const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
  return () => {
    const positions = columnPositions(header.values[0], instance.language);
    const rows =
      departments && DEPARTMENTS
        ? tableRows(DEPARTMENTS, departments.header.values[0], departments.body.values, instance.language)
        : null;
    const days =
      calendar && CALENDAR
        ? tableRows(CALENDAR, calendar.header.values[0], calendar.body.values, instance.language)
        : null;
    return {
      instance,
      statusDate: date(statusDate),
      tasks: body.values.map((row, i) => taskFromRow(i + 1, row, positions)),
      ...(updateDate ? { updateDate: date(updateDate) } : {}),
      ...(rows
        ? {
            departments: rows
              .filter((row) => row.department !== null)
              .map((row) => ({ department: text(row.department), type: text(row.type), liaison: text(row.liaison) })),
          }
        : {}),
      ...(days
        ? {
            calendar: days
              .filter((row) => row.date !== null && row.date !== "")
              .map((row) => [row.date ?? null, row.kind ?? null]),
          }
        : {}),
    };
  };
}

export async function readProjectBatch(context: Excel.RequestContext): Promise<ProjectSnapshot> {
  const workbook = context.workbook;
  const names = workbook.names.load("items/name,items/comment,items/type,items/formula");
  const tables = workbook.tables.load("items/name");
  await context.sync();

  const infos = names.items.map((n) => ({ name: n.name, comment: n.comment, type: n.type, formula: n.formula }));
  const instances = instancesFrom(infos);
  const index = indexOf(
    infos,
    tables.items.map((t) => ({ name: t.name })),
  );
  const forms: Array<[string, () => FormContent]> = [];
  const wbs: Array<[string, () => WbsData]> = [];
  for (const { record } of instances) {
    // The WBS is read as tasks; every other instance (the issue log too) as a form, as the preview host does.
    if (record.template !== "T3") forms.push([record.id, queueFormContent(workbook, record, index)]);
    const tasks = record.template === "T3" ? queueWbs(workbook, record, index) : null;
    if (tasks) wbs.push([record.id, tasks]);
  }
  const ledger = index.tables.has(LEDGER_TABLE.toLowerCase()) ? workbook.tables.getItem(LEDGER_TABLE) : null;
  const ledgerHeader = ledger?.getHeaderRowRange().load("values");
  const ledgerBody = ledger?.getDataBodyRange().load("values");
  if (forms.length > 0 || wbs.length > 0 || ledger) await context.sync();

  return {
    instances,
    forms: Object.fromEntries(forms.map(([id, build]) => [id, build()])),
    ledger: ledgerHeader && ledgerBody ? recordsFrom(ledgerHeader.values[0], ledgerBody.values) : [],
    wbs: Object.fromEntries(wbs.map(([id, build]) => [id, build()])),
  };
}
