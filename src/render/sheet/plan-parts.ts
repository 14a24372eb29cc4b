/**
 * The pieces both sheet layouts (forms and registers) are made of: a bound input cell, an Excel table with its
 * formats, validations and calculated columns, and the instance name.
 */
import {
  encodeRecord,
  excelInstanceName,
  excelName,
  type FieldDef,
  type Language,
  rowId,
  type TableDef,
  type TemplateDef,
} from "../../core";
import { fieldNumberFormat, numberFormatFor } from "../number-formats";
import { validationFor, type ListSource } from "./field-rules";
import type { PlanBuilder } from "./plan-builder";
import { columnLabel, stringLiteral, tableOf, type ReferenceFactory, type ReferenceStyle } from "./references";
import type { CellContent, CellRange, PlannedTable, StyleName } from "./sheet-plan";

export interface PlanContext {
  template: TemplateDef;
  language: Language;
  instanceId: string;
  references: ReferenceStyle;
  b: PlanBuilder;
}

/** A field's starting content: its initial number or text in the language, else empty. */
export function initialContent(field: FieldDef, language: Language): CellContent {
  if (typeof field.initial === "number") return { kind: "number", value: field.initial };
  if (field.initial) return { kind: "text", text: field.initial[language] };
  return { kind: "empty" };
}

/**
 * The input of one slot over `range`: initial value or formula, number format, validation on its top-left cell, and
 * the workbook name `Concord_<template>_<instance>_<key>` on that cell (comment: the slot's label).
 */
export function placeInput(
  ctx: PlanContext,
  range: CellRange,
  field: FieldDef,
  slotKey: string,
  slotLabel: string,
  style: StyleName,
): void {
  const { b, language, template, instanceId } = ctx;
  const format = fieldNumberFormat(field);
  const formula = field.formula;
  if (formula) b.formula(range, (refs) => formula(refs()), style, format);
  else b.area(range, initialContent(field, language), style, format);
  const cell = { row: range.row, col: range.col, rows: 1, cols: 1 };
  b.names.push({ name: excelName(template.id, instanceId, slotKey), comment: slotLabel, ...cell });
  const validation = validationFor(field, language, cell);
  if (validation) b.validations.push(validation);
}

/** Where a list validation takes another table's column from: INDIRECT over a structured reference, or A1. */
function listSource(ctx: PlanContext, refs: ReferenceFactory, from: { table: string; column: string }): ListSource {
  const reference = refs().column(from.table, from.column);
  return {
    formula: ctx.references === "structured" ? `=INDIRECT(${stringLiteral(reference)})` : `=${reference}`,
    table: tableOf(ctx.template, from.table).title[ctx.language],
    column: columnLabel(ctx.template, from.table, from.column, ctx.language),
  };
}

/** Table data rows are this tall when a column holds paragraphs. */
export const LONG_TEXT_ROW = 32;

/**
 * An Excel table with its header row at (row, col): headers in the language, ids (WBS-001 …), number formats,
 * calculated columns and validations per column kind.
 */
export function placeTable(ctx: PlanContext, table: TableDef, row: number, col: number, style: string): PlannedTable {
  const { b, language, template, instanceId } = ctx;
  const planned: PlannedTable = {
    name: excelName(template.id, instanceId, table.id),
    tableId: table.id,
    row,
    col,
    columns: table.columns.map((column) => {
      const format = column.kind === "formula" ? undefined : numberFormatFor(column.kind);
      return { header: column.label[language], ...(format ? { numberFormat: format } : {}) };
    }),
    rows: table.rows,
    ...(table.idPrefix ? { ids: Array.from({ length: table.rows }, (_, i) => rowId(table, i + 1) ?? "") } : {}),
    style,
  };
  b.tables.push(planned);
  table.columns.forEach((column, j) => {
    const range = { row: row + 1, col: col + j, rows: table.rows, cols: 1 };
    const formula = column.formula;
    if (formula) {
      b.defer((refs) => {
        planned.columns[j].formula = formula(refs(table.id, row + 1));
      });
    }
    const from = column.listFrom;
    if (from) {
      b.defer((refs) => {
        const validation = validationFor(column, language, range, listSource(ctx, refs, from));
        if (validation) b.validations.push(validation);
      });
    } else {
      const validation = validationFor(column, language, range);
      if (validation) b.validations.push(validation);
    }
  });
  if (table.columns.some((c) => c.kind === "longText")) {
    for (let r = row + 1; r <= row + table.rows; r++) b.height(r, LONG_TEXT_ROW);
  }
  return planned;
}

/** The name of the instance over `range`, whose comment is the instance record. */
export function placeInstanceName(ctx: PlanContext, range: CellRange): void {
  const { template, instanceId, language } = ctx;
  ctx.b.names.unshift({
    name: excelInstanceName(template.id, instanceId),
    comment: encodeRecord({ template: template.id, id: instanceId, language, version: template.version }),
    ...range,
  });
}
