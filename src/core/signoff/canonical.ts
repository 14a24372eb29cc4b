import { formatDate, formatDateTime, parseDate, parseDateTime } from "../dates";
import {
  type Choice,
  type FieldDef,
  getTemplate,
  slotsOf,
  tablesOf,
  type TemplateDef,
  type TemplateId,
} from "../templates";
import { isBlank, parseFraction, toNumber } from "../values";

/** A form as the host reads it: slot values by slot key (see `slotsOf`) and table rows by table id. */
export interface FormInput {
  template: TemplateId;
  instance: string;
  /** The template version of the instance (its record); the current definition's when left out. */
  version?: number;
  /** Dates as serials or `yyyy-mm-dd` text; keys that are not slots of the template are ignored. */
  values: Readonly<Record<string, unknown>>;
  /** Rows of the template's tables, each row by column id. */
  tables?: Readonly<Record<string, ReadonlyArray<Readonly<Record<string, unknown>>>>>;
}

/**
 * The signed content of a form: every non-blank value in canonical text, by key. Keys are slot keys
 * (`projectName`, `standards.2`) and table cells `tableId.row.columnId`, rows numbered after blank rows are dropped.
 */
export interface CanonicalForm {
  template: TemplateId;
  instance: string;
  version: number;
  fields: Readonly<Record<string, string>>;
}

/**
 * Fields the sign-off itself fills in (decision, opinion, closing date) besides the signature blocks: they are
 * excluded, or a decision would make the signatures collected before it stale.
 */
export const SIGNOFF_FIELDS: Readonly<Partial<Record<TemplateId, readonly string[]>>> = {
  T1: ["approvalDecision", "approvalOpinion"],
  T5: ["decision", "leadEvaluation", "dateClosed"],
};

/**
 * Text as it is compared and signed: Unicode NFC; every line break (CR LF, CR, Word's vertical tab, U+2028/2029) as LF;
 * any other whitespace run (tabs, no-break and ideographic spaces) as one space; zero-width characters removed; lines
 * trimmed; runs of blank lines as one; the whole trimmed.
 */
export function normalizeText(text: string): string {
  const lines = text
    .normalize("NFC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/\r\n?|[\v\f\u2028\u2029\u0085]/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim());
  return lines
    .filter((line, i) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
}

/** A number as canonical text: 15 significant digits (Excel's precision, so 0.1 + 0.2 reads 0.3), no negative zero. */
export function canonicalNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function plainText(value: unknown): string {
  if (typeof value === "number") return canonicalNumber(value);
  if (value === true) return "TRUE";
  return normalizeText(String(value));
}

function tryParse(parse: () => number | null): number | null {
  try {
    return parse();
  } catch {
    return null;
  }
}

/** A choice's stable id when the value is its id or its label in either language; the text otherwise. */
function choiceId(choices: readonly Choice[], text: string): string {
  const folded = text.toLowerCase();
  const found = choices.find(
    (c) => c.id.toLowerCase() === folded || Object.values(c.label).some((label) => label.toLowerCase() === folded),
  );
  return found ? found.id : text;
}

function timeText(value: unknown): string {
  if (typeof value === "number" && value >= 0 && value < 1) {
    const minutes = Math.round(value * 1440);
    return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  }
  const text = plainText(value);
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  return match ? `${match[1].padStart(2, "0")}:${match[2]}` : text;
}

/** The canonical text of one value of a field; null for blank (blank and missing are the same). */
export function canonicalValue(field: FieldDef, value: unknown): string | null {
  if (isBlank(value) || value === false || (Array.isArray(value) && value.length === 0)) return null;
  let text: string;
  switch (field.kind) {
    case "date": {
      const serial = tryParse(() => parseDate(value, field.id));
      text = serial === null ? plainText(value) : formatDate(serial);
      break;
    }
    case "dateTime": {
      const serial = tryParse(() => parseDateTime(value, field.id));
      text = serial === null ? plainText(value) : formatDateTime(serial);
      break;
    }
    case "time":
      text = timeText(value);
      break;
    case "number":
    case "hours": {
      const number = toNumber(value);
      text = number === undefined ? plainText(value) : canonicalNumber(number);
      break;
    }
    case "percent": {
      const fraction = tryParse(() => parseFraction(value, field.id));
      text = fraction === null ? plainText(value) : canonicalNumber(fraction);
      break;
    }
    case "choice":
      text = choiceId(field.choices ?? [], plainText(value));
      break;
    case "multiChoice": {
      const parts = Array.isArray(value) ? value.map(plainText) : plainText(value).split(/\s*[,，;；、\n]\s*/);
      const ids = parts.filter((part) => part !== "").map((part) => choiceId(field.choices ?? [], part));
      text = [...new Set(ids)].sort().join(", ");
      break;
    }
    case "formula":
      return null;
    default:
      text = plainText(value);
  }
  return text === "" ? null : text;
}

/** The slots and table columns that carry signed content, in document order: what `canonicalForm` reads. */
export function signedParts(template: TemplateDef): {
  slots: Array<{ key: string; field: FieldDef }>;
  tables: Array<{ id: string; columns: readonly FieldDef[] }>;
} {
  const signatureBlocks = new Set(template.blocks.filter((b) => b.type === "signatures").map((b) => b.id));
  const excluded = new Set(SIGNOFF_FIELDS[template.id] ?? []);
  return {
    slots: slotsOf(template).filter((slot) => !signatureBlocks.has(slot.blockId) && !excluded.has(slot.key)),
    tables: tablesOf(template).map((table) => ({
      id: table.id,
      columns: table.columns.filter((column) => column.kind !== "formula"),
    })),
  };
}

/** The canonical content of a form: what a signature covers. */
export function canonicalForm(input: FormInput): CanonicalForm {
  const template = getTemplate(input.template);
  const parts = signedParts(template);
  const fields: Record<string, string> = {};
  for (const { key, field } of parts.slots) {
    const text = canonicalValue(field, input.values[key]);
    if (text !== null) fields[key] = text;
  }
  for (const table of parts.tables) {
    let row = 0;
    for (const cells of input.tables?.[table.id] ?? []) {
      const texts = table.columns.map((column) => [column.id, canonicalValue(column, cells[column.id])] as const);
      if (texts.every(([, text]) => text === null)) continue;
      row++;
      for (const [column, text] of texts) if (text !== null) fields[`${table.id}.${row}.${column}`] = text;
    }
  }
  return { template: input.template, instance: input.instance, version: input.version ?? template.version, fields };
}

/**
 * JSON with object keys sorted by code unit at every level and `undefined` members left out: the same data always
 * gives the same text, whatever order it was built in.
 */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? "null" : stableJson(item))).join(",")}]`;
  const members = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(",")}}`;
}

/** The text a content fingerprint is taken of. */
export function canonicalString(form: CanonicalForm): string {
  return stableJson({
    concordContent: 1,
    template: form.template,
    instance: form.instance,
    version: form.version,
    fields: form.fields,
  });
}
