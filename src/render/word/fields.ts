/**
 * The value-holding content controls of a Word template instance, and how their text maps to typed values.
 * Shared by the renderer (form.ts: tags, placeholders, initial text), the Word host (readFields/writeFields)
 * and the tests, so that a key, a placeholder or a date format is defined once.
 */
import {
  bi,
  LocalizedError,
  type Bilingual,
  type Choice,
  type FieldDef,
  formatDate,
  formatDateTime,
  type Language,
  parseDate,
  parseDateTime,
  type Serial,
  slotsOf,
  tablesOf,
  type TemplateDef,
} from "../../core";

/** Key of the hidden control holding the instance record (never a slot key: slot keys start with a letter). */
export const RECORD_KEY = "_record";

/** One tagged, value-holding control: a slot (field, list item, signature part) or a table cell. */
export interface WordControl {
  /** Slot key (`slotsOf`) or `<tableId>.<row>.<columnId>` (row from 1). */
  key: string;
  field: FieldDef;
  /** The alias Word shows on the control. */
  label: Bilingual;
  /** Table cells are compact: no guidance placeholder for free text. */
  cell: boolean;
  /** 1-based position of a list item (the guidance hint is shown on the first item only). */
  listIndex?: number;
}

/** Every value-holding control of a template, in document order of their blocks (slots, then cells per block). */
export function wordControls(template: TemplateDef): WordControl[] {
  const slots = slotsOf(template);
  const controls: WordControl[] = [];
  for (const block of template.blocks) {
    if (block.type === "table") {
      const table = block.table;
      for (let row = 1; row <= table.rows; row++) {
        for (const column of table.columns) {
          controls.push({
            key: `${table.id}.${row}.${column.id}`,
            field: column,
            label: bi(
              `${table.title["en-US"]} ${row} · ${column.label["en-US"]}`,
              `${table.title["zh-CN"]} ${row} · ${column.label["zh-CN"]}`,
            ),
            cell: true,
          });
        }
      }
      continue;
    }
    for (const slot of slots.filter((s) => s.blockId === blockIdOf(block))) {
      const listIndex = block.type === "list" ? Number(slot.key.slice(slot.key.lastIndexOf(".") + 1)) : undefined;
      controls.push({ key: slot.key, field: slot.field, label: slot.label, cell: false, listIndex });
    }
  }
  return controls;
}

function blockIdOf(block: TemplateDef["blocks"][number]): string {
  return block.type === "table" ? block.table.id : block.id;
}

/** The table-cell keys of a template (for tests and the host). */
export function tableCellKeys(template: TemplateDef): string[] {
  return tablesOf(template).flatMap((table) =>
    Array.from({ length: table.rows }, (_, i) =>
      table.columns.map((column) => `${table.id}.${i + 1}.${column.id}`),
    ).flat(),
  );
}

const TEXTS = {
  enterText: bi("Click to enter text", "点击此处输入文字"),
  enterNumber: bi("Enter a number", "输入数字"),
  chooseItem: bi("Choose an item", "请选择"),
  choose: bi("Choose", "请选择"),
} as const;

export const DATE_PATTERN = "yyyy-mm-dd";
/** The date picker's display format (Word's pattern syntax: MM is the month). */
export const WORD_DATE_FORMAT = "yyyy-MM-dd";

/**
 * The dimmed text a control shows while empty (null: the control starts empty without placeholder). Fields show their
 * guidance (hint) or "Click to enter"; table cells stay compact.
 */
export function placeholderOf(control: WordControl, language: Language): string | null {
  const { field } = control;
  const hint = control.listIndex !== undefined && control.listIndex > 1 ? undefined : field.hint?.[language];
  switch (field.kind) {
    case "date":
      return control.cell ? DATE_PATTERN : (hint ?? DATE_PATTERN);
    case "dateTime":
      return `${DATE_PATTERN} hh:mm`;
    case "time":
      return hint ?? "hh:mm";
    case "choice":
      // A field outside tables shows its choices as tick boxes, so that a printed blank form can be ticked by hand.
      if (control.cell) return TEXTS.choose[language];
      return (
        (field.choices ?? []).map((c) => `${UNCHECKED} ${c.label[language]}`).join("   ") || TEXTS.chooseItem[language]
      );
    case "multiChoice":
    case "formula":
      return null;
    case "number":
    case "hours":
      return control.cell ? null : (hint ?? TEXTS.enterNumber[language]);
    case "percent":
      return control.cell ? null : (hint ?? "0–100%");
    case "text":
    case "longText":
      return control.cell ? null : (hint ?? TEXTS.enterText[language]);
  }
}

/** The text a control starts with (its `initial` value), or null to start empty. */
export function initialTextOf(field: FieldDef, language: Language): string | null {
  if (field.initial === undefined) return null;
  if (typeof field.initial === "number") return String(field.initial);
  return field.initial[language];
}

/** The choice a value names: its id, or its label in either language (case and surrounding spaces ignored). */
export function findChoice(field: FieldDef, value: string): Choice | undefined {
  const wanted = value.trim().toLowerCase();
  return field.choices?.find(
    (c) =>
      c.id.toLowerCase() === wanted ||
      c.label["en-US"].toLowerCase() === wanted ||
      c.label["zh-CN"].toLowerCase() === wanted,
  );
}

/** Separator of the chosen labels of a multiChoice field, as read and written. */
export const MULTI_SEPARATOR = "; ";
const CHECKED = "\u2612"; // ☒
const UNCHECKED = "\u2610"; // ☐
export const CHECKBOX_GLYPHS = { checked: CHECKED, unchecked: UNCHECKED } as const;

/** A value that cannot be written to a field (unknown choice, not a date, …): nothing is written. */
export class FieldValueError extends LocalizedError {
  constructor(
    readonly key: string,
    messages: Readonly<Record<Language, string>>,
  ) {
    super(messages);
    this.name = "FieldValueError";
  }
}

function bad(key: string, field: FieldDef, value: unknown, en: string, zh: string): FieldValueError {
  const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
  return new FieldValueError(key, {
    "en-US": `${field.label["en-US"]} (${key}): ${shown} ${en}`,
    "zh-CN": `${field.label["zh-CN"]}（${key}）：${shown} ${zh}`,
  });
}

/** What `textOfValue` gives: the text to show, plus the chosen choices for drop-downs and checkboxes. */
export type ControlValue =
  | { kind: "text"; text: string }
  | { kind: "choice"; choice: Choice | null }
  | { kind: "multiChoice"; chosen: Choice[] }
  | { kind: "date"; serial: Serial | null };

/**
 * A value from the task pane as the control shows it. Text stays text (written with insertText, never parsed as
 * markup or a formula); dates are serials or `yyyy-mm-dd`; percent is a fraction 0..1; choices are ids or labels.
 * Throws FieldValueError for values the field cannot hold.
 */
export function controlValueOf(key: string, field: FieldDef, value: string | number | null): ControlValue {
  const blank = value === null || (typeof value === "string" && value.trim() === "");
  switch (field.kind) {
    case "choice": {
      if (blank) return { kind: "choice", choice: null };
      const choice = findChoice(field, String(value));
      if (!choice) throw bad(key, field, value, "is not one of the choices", "不是可选项之一");
      return { kind: "choice", choice };
    }
    case "multiChoice": {
      if (blank) return { kind: "multiChoice", chosen: [] };
      const names = String(value)
        .split(/[;,；，、]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
      const chosen: Choice[] = [];
      for (const name of names) {
        const choice = findChoice(field, name);
        if (!choice) throw bad(key, field, name, "is not one of the choices", "不是可选项之一");
        if (!chosen.includes(choice)) chosen.push(choice);
      }
      // In the order of the form's checkboxes.
      return { kind: "multiChoice", chosen: (field.choices ?? []).filter((c) => chosen.includes(c)) };
    }
    case "date": {
      if (blank) return { kind: "date", serial: null };
      try {
        return { kind: "date", serial: parseDate(value, key) };
      } catch {
        throw bad(key, field, value, "is not a date (yyyy-mm-dd)", "不是日期（yyyy-mm-dd）");
      }
    }
    case "dateTime": {
      if (blank) return { kind: "text", text: "" };
      try {
        return { kind: "text", text: formatDateTime(parseDateTime(value, key) as Serial) };
      } catch {
        throw bad(key, field, value, "is not a date and time", "不是日期时间");
      }
    }
    case "percent": {
      if (blank) return { kind: "text", text: "" };
      if (typeof value === "number") {
        if (!Number.isFinite(value)) throw bad(key, field, value, "is not a number", "不是数字");
        return { kind: "text", text: `${Math.round(value * 10000) / 100}%` };
      }
      return { kind: "text", text: String(value) };
    }
    case "number":
    case "hours": {
      if (blank) return { kind: "text", text: "" };
      if (typeof value === "number" && !Number.isFinite(value))
        throw bad(key, field, value, "is not a number", "不是数字");
      return { kind: "text", text: String(value) };
    }
    default:
      return { kind: "text", text: blank ? "" : String(value) };
  }
}

/** The display text of a value (what the control shows). */
export function displayTextOf(value: ControlValue, language: Language): string {
  switch (value.kind) {
    case "text":
      return value.text;
    case "choice":
      return value.choice ? value.choice.label[language] : "";
    case "multiChoice":
      return value.chosen.map((c) => c.label[language]).join(MULTI_SEPARATOR);
    case "date":
      return value.serial === null ? "" : formatDate(value.serial);
  }
}

/**
 * The typed value of a control from the text Word reports: null when empty or showing its placeholder; dates as
 * serials (text that is not a date stays text, so nothing a user typed is lost); numbers as numbers; percent as a
 * fraction; choices as the label in the instance's language; checkboxes as the checked labels joined by "; ".
 */
export function valueOfText(
  control: WordControl,
  text: string,
  language: Language,
  /** The placeholder Word reports for the control (Word's own default one once a user emptied it). */
  shownPlaceholder?: string | null,
): string | number | null {
  const { field } = control;
  if (shownPlaceholder && text === shownPlaceholder) return null;
  // Word reports paragraph marks as \r and manual line breaks as \v (U+000B); both read as \n.
  const clean = text
    .replace(/[\r\n]+$/, "")
    .replace(/\r\n?/g, "\n")
    .split("\u000b")
    .join("\n");
  const trimmed = clean.trim();
  if (trimmed === "" || trimmed === placeholderOf(control, language)) return null;
  switch (field.kind) {
    case "multiChoice": {
      const chosen = (field.choices ?? []).filter((choice) =>
        [choice.label[language], choice.label["en-US"], choice.label["zh-CN"]].some((label) =>
          new RegExp(`${CHECKED}\\s*${escapeRegExp(label)}(?!\\S)`).test(clean),
        ),
      );
      return chosen.length === 0 ? null : chosen.map((c) => c.label[language]).join(MULTI_SEPARATOR);
    }
    case "choice": {
      const choice = findChoice(field, trimmed);
      return choice ? choice.label[language] : trimmed;
    }
    case "date": {
      try {
        return parseDate(trimmed, control.key);
      } catch {
        return trimmed;
      }
    }
    case "dateTime": {
      try {
        return parseDateTime(trimmed, control.key);
      } catch {
        return trimmed;
      }
    }
    case "number":
    case "hours": {
      const n = Number(trimmed);
      return Number.isFinite(n) ? n : trimmed;
    }
    case "percent": {
      const match = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
      if (match) return Number(match[1]) / 100;
      const n = Number(trimmed);
      return Number.isFinite(n) ? n : trimmed;
    }
    default:
      // Text comes back as it was written, leading and trailing spaces included (only Word's paragraph mark goes).
      return clean;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The title of the record control: language and version in a short form that Word shows nowhere (the control is
 * hidden) and that is read with the tags in one round trip; the control's hidden text holds the full record.
 */
export function recordTitle(language: Language, version: number): string {
  return `Concord · ${language} · v${version}`;
}

/** Language and version from a record control's title; null for anything else. */
export function parseRecordTitle(title: string | null | undefined): { language: Language; version: number } | null {
  const match = /^Concord · (en-US|zh-CN) · v(\d+)$/.exec(title ?? "");
  return match ? { language: match[1] as Language, version: Number(match[2]) } : null;
}

/**
 * The control is around its whole paragraph (a free-text table cell: no placeholder, so a click anywhere in the
 * cell must land in it) rather than inside the paragraph (fields with placeholders, dates, choices, checkboxes).
 */
export function wrapsParagraph(control: WordControl, language: Language): boolean {
  const inline =
    control.field.kind === "date" || control.field.kind === "choice" || control.field.kind === "multiChoice";
  return control.cell && !inline && placeholderOf(control, language) === null;
}
