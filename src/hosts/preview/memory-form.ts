/**
 * One template instance held in memory by the preview host: its slot values and table rows as a host reads them
 * (dates as serials, percentages as fractions, choices as their label in the instance's language), and its lock.
 * Formula columns are not stored: sheet-formulas.ts computes them on every read, as the sheet would.
 */
import {
  APPROVAL,
  getTemplate,
  rowId,
  slotsOf,
  tablesOf,
  uniqueSheetName,
  type FieldDef,
  type Host,
  type InstanceRecord,
  type Language,
  type Serial,
} from "../../core";
import type { FieldValues, SignatureView } from "../types";

export type Row = Record<string, string | number | null>;

export interface MemoryForm {
  record: InstanceRecord;
  /** The sheet name (Excel) or the form's title (Word). */
  location: string;
  /** Every slot key of the template; null where blank. */
  values: FieldValues;
  /** Every table of the template, by table id: its rows, each with every non-formula column (null where blank). */
  tables: Record<string, Row[]>;
  locked: boolean;
}

/** The clock a new instance's formula fields show: the WBS status date (=TODAY()) and the issue log's time (=NOW()). */
export interface FormClock {
  statusDate: Serial;
  statusTime: Serial;
}

/** The preview's clock: the status date, and 10:00 on it as the issue log's status time. */
export function clockAt(statusDate: Serial): FormClock {
  return { statusDate, statusTime: statusDate + 10 / 24 };
}

function initialValue(field: FieldDef, language: Language, clock: FormClock): string | number | null {
  if (field.formula)
    return field.kind === "dateTime" ? clock.statusTime : field.kind === "date" ? clock.statusDate : null;
  if (typeof field.initial === "number") return field.initial;
  return field.initial ? field.initial[language] : null;
}

/** A freshly inserted instance: the template's starting values, empty table rows (ids filled where the table has them). */
export function blankForm(
  record: InstanceRecord,
  kind: Host,
  takenLocations: Iterable<string>,
  clock: FormClock,
): MemoryForm {
  const template = getTemplate(record.template);
  const name = template.name[record.language];
  const values: FieldValues = {};
  for (const slot of slotsOf(template)) values[slot.key] = initialValue(slot.field, record.language, clock);
  const tables: Record<string, Row[]> = {};
  for (const table of tablesOf(template)) {
    const columns = table.columns.filter((column) => column.kind !== "formula");
    tables[table.id] = Array.from({ length: table.rows }, (_, i) => {
      const row: Row = {};
      for (const column of columns) row[column.id] = initialValue(column, record.language, clock);
      if (table.idPrefix) row[columns[0].id] = rowId(table, i + 1);
      return row;
    });
  }
  return {
    record,
    location: kind === "excel" ? uniqueSheetName(name, takenLocations) : name,
    values,
    tables,
    locked: false,
  };
}

/** Serial (days since 1899-12-30, UTC) of an ISO time. */
export function serialOfIso(iso: string): Serial {
  return Date.parse(iso) / 86_400_000 + 25569;
}

/**
 * What a signature block shows for one signature, as the Excel host writes it: signer, department, the decision's label
 * in the form's language, the short fingerprint code with the comment, and the UTC time as a date-time serial. The
 * block's slot keys are `<block>.signer`, `<block>.department`, …
 */
export function signatureValues(view: SignatureView, language: Language): FieldValues {
  const code = language === "zh-CN" ? `指纹码 ${view.code}` : `Code ${view.code}`;
  const comment = view.comment.trim();
  return {
    [`${view.block}.signer`]: view.signer,
    [`${view.block}.department`]: view.department,
    [`${view.block}.decision`]:
      APPROVAL.find((choice) => choice.id === view.decision)?.label[language] ?? view.decision,
    [`${view.block}.comment`]: comment === "" ? code : `${code} · ${comment}`,
    [`${view.block}.date`]: serialOfIso(view.at),
  };
}
