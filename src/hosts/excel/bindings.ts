/**
 * Finding instances again from the workbook's names: the instance name `Concord_<template>_<id>` carries the
 * instance record in its comment; its formula (`='Sheet name'!$A$1:$P$40`, kept up to date by Excel when the sheet
 * is renamed) tells where the instance is.
 */
import { decodeRecord, parseExcelName } from "../../core";
import type { TemplateInstance } from "../types";

/** What findTemplates loads of each workbook name. */
export interface NameInfo {
  name: string;
  comment: string;
  /** Excel.NamedItemType: "Range" for a live range, "Error" once its sheet was deleted. */
  type: string;
  formula: string;
}

/** The sheet a range name's formula points at, or null (no sheet, #REF!, not a reference). */
export function sheetOfFormula(formula: string): string | null {
  const match = /^=(?:'((?:[^']|'')+)'|([^'!=#]+))!/.exec(formula);
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** The instances among the names: an instance name whose comment decodes as its own record and whose range exists. */
export function instancesFrom(names: readonly NameInfo[]): TemplateInstance[] {
  const found = new Map<string, TemplateInstance>();
  for (const item of names) {
    const parsed = parseExcelName(item.name);
    if (!parsed || parsed.key !== null) continue;
    const record = decodeRecord(item.comment);
    if (!record || record.template !== parsed.template || record.id !== parsed.instance) continue;
    const sheet = item.type === "Range" ? sheetOfFormula(item.formula) : null;
    if (sheet === null) continue;
    if (!found.has(record.id)) found.set(record.id, { record, location: sheet });
  }
  return [...found.values()];
}
