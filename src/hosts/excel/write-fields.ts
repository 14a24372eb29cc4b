/**
 * What writeFields writes: slot keys go to their named cells, table-cell keys (`<tableId>.<row>.<columnId>`) into the
 * instance's Excel table (`excelName(template, id, tableId)`), at the row within its data body and the column found by
 * header. Every key and value is checked before Excel is touched; a row beyond the table is refused once the table's
 * size is known (after the first sync), still before anything is written.
 */
import {
  excelName,
  getTemplate,
  slotsOf,
  writableTableCell,
  type InstanceRecord,
  type Language,
  type TableCell,
} from "../../core";
import { BindingNotFoundError, TableRowError, UnknownFieldError } from "../errors";
import type { FieldValues } from "../types";
import type { Placed } from "./blocks";
import { tableColumnPositions } from "./form-content";
import { cellWrite, type CellWrite } from "./user-text";

export interface SlotWrite {
  /** The slot's Excel name. */
  name: string;
  write: CellWrite;
}

export interface TableCellWrite {
  key: string;
  /** The Excel table's name. */
  tableName: string;
  cell: TableCell;
  write: CellWrite;
}

/** The writes of `values`, slots and table cells; UnknownFieldError for keys that are neither (or formula columns). */
export function formWrites(
  instance: InstanceRecord,
  values: FieldValues,
): { slots: SlotWrite[]; cells: TableCellWrite[] } {
  const template = getTemplate(instance.template);
  const slotByKey = new Map(slotsOf(template).map((slot) => [slot.key, slot]));
  const entries = Object.entries(values).filter(([, value]) => value !== undefined);
  const unknown = entries.map(([key]) => key).filter((key) => !slotByKey.has(key) && !writableTableCell(template, key));
  if (unknown.length > 0) throw new UnknownFieldError(instance.template, unknown);
  const slots: SlotWrite[] = [];
  const cells: TableCellWrite[] = [];
  for (const [key, value] of entries) {
    const slot = slotByKey.get(key);
    if (slot) {
      slots.push({ name: excelName(instance.template, instance.id, key), write: cellWrite(value, slot.field) });
      continue;
    }
    const cell = writableTableCell(template, key)!;
    const tableName = excelName(instance.template, instance.id, cell.table.id);
    cells.push({ key, tableName, cell, write: cellWrite(value, cell.column) });
  }
  return { slots, cells };
}

export interface TableLoad {
  header: Excel.Range;
  body: Excel.Range;
}

/** Queues the header texts and data body size of every table the cell writes go to, by table name. */
export function queueTableLoads(workbook: Excel.Workbook, cells: readonly TableCellWrite[]): Map<string, TableLoad> {
  const loads = new Map<string, TableLoad>();
  for (const { tableName } of cells) {
    if (loads.has(tableName)) continue;
    const table = workbook.tables.getItem(tableName);
    loads.set(tableName, {
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load("rowCount"),
    });
  }
  return loads;
}

/** One table's writes, placed in its data body (row and column from 0). */
export interface PlacedTableWrites {
  body: Excel.Range;
  formats: Placed<string>[];
  values: Placed<string | number>[];
}

/**
 * The cell writes placed by row and header column, after the loads synced. TableRowError for a row beyond the table's
 * data body, BindingNotFoundError for a column whose header is gone: thrown before anything is queued.
 */
export function placeCellWrites(
  cells: readonly TableCellWrite[],
  loads: ReadonlyMap<string, TableLoad>,
  language: Language,
): PlacedTableWrites[] {
  const placed = new Map<string, PlacedTableWrites>();
  for (const { key, tableName, cell, write } of cells) {
    const { header, body } = loads.get(tableName)!;
    if (cell.row > body.rowCount) throw new TableRowError(key, cell.table.title, body.rowCount);
    const col = tableColumnPositions(cell.table, header.values[0], language)[cell.table.columns.indexOf(cell.column)];
    if (col < 0) throw new BindingNotFoundError("excel", [`${tableName}[${cell.column.label[language]}]`]);
    const target = placed.get(tableName) ?? { body, formats: [], values: [] };
    placed.set(tableName, target);
    if (write.numberFormat !== null) target.formats.push({ row: cell.row - 1, col, value: write.numberFormat });
    target.values.push({ row: cell.row - 1, col, value: write.value });
  }
  return [...placed.values()];
}
