import type { Language } from "../language";

/** Text in both languages. Every label, choice and title of a template is one of these. */
export type Bilingual = Readonly<Record<Language, string>>;

export type TemplateId = "T1" | "T2" | "T3" | "T4" | "T5" | "T6" | "T7" | "T8";
export type Host = "excel" | "word";

/**
 * What a field holds, which decides its format, validation and control:
 * text (one line), longText (paragraphs), date, dateTime, time, number, percent (0–1), hours (a positive number),
 * choice (one of `choices`), multiChoice (any of `choices`), formula (calculated, never typed).
 */
export type FieldKind =
  | "text"
  | "longText"
  | "date"
  | "dateTime"
  | "time"
  | "number"
  | "percent"
  | "hours"
  | "choice"
  | "multiChoice"
  | "formula";

export interface Choice {
  /** Stable id stored in the document; labels may be re-translated. */
  id: string;
  label: Bilingual;
}

/**
 * Which functions a calculated column may call: "concord" = the add-in's `CONCORD.*` custom functions (what the Excel
 * host inserts: bilingual error messages, every input rule); "native" = built-in spreadsheet functions only, for
 * standalone files opened without the add-in (Excel 2010+, LibreOffice; see native-formulas.ts for what they cannot
 * express).
 */
export type FormulaDialect = "concord" | "native";

/** Where a cell formula points, so that one definition serves Excel tables, A1 sheets and test engines. */
export interface FormulaContext {
  language: Language;
  /** Absent: "concord". */
  dialect?: FormulaDialect;
  /** This row's value in a column of the same table, e.g. `[@[Due date]]` or `H7`. */
  cell(columnId: string): string;
  /** A whole column of a table, e.g. `Concord_T3_ab12cd_Tasks[Task ID]` or `$A$7:$A$206`. */
  column(tableId: string, columnId: string): string;
  /** A single-value field of the same instance, e.g. the status date. */
  field(fieldId: string): string;
  /** A whole table (its data rows), e.g. the calendar. */
  table(tableId: string): string;
  /**
   * This row's value of a column of the same table that is computed whole by its `spill` formula, e.g.
   * `INDEX($U$8#,ROW()-ROW(Tasks[[#Headers],[Task ID]]))`.
   */
  spilledRow(columnId: string): string;
}

export interface FieldDef {
  /** camelCase, unique within its template; part of names and tags, never shown. */
  id: string;
  label: Bilingual;
  kind: FieldKind;
  required?: boolean;
  choices?: readonly Choice[];
  /** Guidance shown as placeholder text or a comment, e.g. the guide's examples. */
  hint?: Bilingual;
  /** The SMART check applies (goals and delivery standards). */
  smart?: boolean;
  /** A fixed starting value (a number, or text in both languages). */
  initial?: number | Bilingual;
  /** Calculated fields and columns: the formula, built per host. */
  formula?: (context: FormulaContext) => string;
  /**
   * Calculated columns of the "concord" dialect only: one formula that returns the whole column (a dynamic array),
   * placed once beside the table since a table cannot hold a spill; `formula` then reads its row with `spilledRow`.
   * Empty for the native dialect.
   */
  spill?: (context: FormulaContext) => string;
  /** A list validation whose values come from another table's column (e.g. the project's departments). */
  listFrom?: { table: string; column: string };
}

export interface ColumnDef extends FieldDef {
  /** Column width in characters (Excel) — also the relative width of a Word table column. */
  width: number;
}

export interface TableDef {
  id: string;
  title: Bilingual;
  columns: readonly ColumnDef[];
  /** Empty rows inserted with the template. */
  rows: number;
  /** Ids of the form PREFIX-001 filled into the first column. */
  idPrefix?: string;
}

export interface SignatureDef {
  id: string;
  role: Bilingual;
  /** How many blocks of this role the template starts with (e.g. one per department). */
  count: number;
}

/** The parts a template is made of, in order. */
export type Block =
  | { type: "fields"; id: string; title?: Bilingual; fields: readonly FieldDef[] }
  | { type: "table"; table: TableDef }
  | { type: "list"; id: string; title: Bilingual; item: FieldDef; items: number }
  | { type: "signatures"; id: string; title: Bilingual; signatures: readonly SignatureDef[] };

export interface TemplateDef {
  id: TemplateId;
  /** Increases when the fields change, so old instances can be recognised. */
  version: number;
  name: Bilingual;
  /** What the form is for, one sentence (task pane and standalone files). */
  purpose: Bilingual;
  hosts: readonly Host[];
  /** Wide forms print A4 landscape. */
  landscape: boolean;
  blocks: readonly Block[];
}
