/**
 * One template instance as WordprocessingML: the same markup goes into the open document (Flat OPC through
 * `insertOoxml`, Word host) and into standalone .docx files (src/files/docx.ts), so no template is laid out twice.
 * Pure TypeScript, no Office.js.
 *
 * Binding: the instance is one rich-text content control tagged `concord:<template>:<instance>` (alias: the template
 * name); every slot and table cell inside it is a content control tagged `concord:<template>:<instance>:<key>`.
 * The instance record (`encodeRecord`) is the text of a hidden, content-locked control tagged
 * `concord:<template>:<instance>:_record` at the end of the purpose line, whose title repeats language and version
 * (`recordTitle`) so that `findTemplates` reads them with the tags. It is ordinary document content, so it is
 * saved, reopened, copied and co-authored with the form itself (no custom XML part or add-in setting to keep in sync).
 */
import type { Language } from "../language";
import { encodeRecord, wordTag } from "../templates/binding";
import { signatureTitle, SIGNATURE_PARTS } from "../templates/slots";
import type { Bilingual, Block, Choice, FieldDef, SignatureDef, TableDef, TemplateDef } from "../templates/types";
import {
  CHECKBOX_GLYPHS,
  type ControlValue,
  displayTextOf,
  initialTextOf,
  placeholderOf,
  RECORD_KEY,
  recordTitle,
  WORD_DATE_FORMAT,
  type WordControl,
  wordControls,
  wrapsParagraph,
} from "./word-fields";
import { formatDate } from "../dates";

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  pkg: "http://schemas.microsoft.com/office/2006/xmlPackage",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

/** Namespace declarations of every WordprocessingML root element written here. */
export const W_ROOT_NS =
  `xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:w14="${NS.w14}" xmlns:w15="${NS.w15}" ` +
  `xmlns:mc="${NS.mc}" mc:Ignorable="w14 w15"`;

/** A4 in twips, margins 2 cm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134,
  headerFooter: 567,
} as const;

// Colours of the form (hex RGB).
const INK = "1F3864"; // titles, headings
const LINE = "8EA0B8"; // table borders
const LABEL_FILL = "F2F4F7"; // field labels
const HEADER_FILL = "DCE4F0"; // table header rows, signature titles
const REQUIRED = "C00000";

// ---------------------------------------------------------------------------------------------------------------
// XML text

/** XML 1.0 allows tab, line feed, carriage return and U+0020… (no other control characters, no lone surrogates). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Text or an attribute value made safe for XML: markup characters escaped, characters XML forbids removed. */
export function xmlEscape(text: string): string {
  let out = "";
  for (const ch of text) {
    if (!isXmlChar(ch.codePointAt(0)!)) continue;
    switch (ch) {
      case "&":
        out += "&amp;";
        break;
      case "<":
        out += "&lt;";
        break;
      case ">":
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case "'":
        out += "&apos;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

const attr = (value: string | number) => `"${xmlEscape(String(value))}"`;

/** A run: line breaks become `<w:br/>`, tabs `<w:tab/>`. Empty text gives no run. */
function run(text: string, rPr = ""): string {
  if (text === "") return "";
  let inner = "";
  for (const part of text.split(/(\r\n|\n|\r|\t)/)) {
    if (part === "\t") inner += "<w:tab/>";
    else if (part === "\n" || part === "\r" || part === "\r\n") inner += "<w:br/>";
    else if (part !== "") inner += `<w:t xml:space="preserve">${xmlEscape(part)}</w:t>`;
  }
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${inner}</w:r>`;
}

function paragraph(content: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
}

const PLACEHOLDER_RPR = `<w:rStyle w:val="PlaceholderText"/>`;
const CELL_SPACING = `<w:spacing w:before="20" w:after="20"/>`;
/** On every row of a small table but the last, so that Word and LibreOffice keep the table on one page. */
const KEEP_NEXT = `<w:keepNext/>`;

// ---------------------------------------------------------------------------------------------------------------
// Content controls

type ControlType =
  | { type: "richText" }
  | { type: "date"; serial: number | null }
  | { type: "dropDown"; choices: readonly Choice[]; selected: Choice | null }
  | { type: "checkbox"; checked: boolean }
  | { type: "group" };

interface ControlSpec {
  tag: string;
  alias: string;
  control: ControlType;
  /** The text shown; null shows the placeholder. */
  text: string | null;
  placeholder: string | null;
  /** Properties of the runs the control holds (and of text typed into it). */
  rPr?: string;
  /** Contents locked against editing (the record); `hidden` hides them (w:vanish). */
  locked?: boolean;
  hidden?: boolean;
}

function sdtPr(spec: ControlSpec, language: Language): string {
  const { control } = spec;
  const showingPlaceholder = spec.text === null && spec.placeholder !== null;
  let typeXml = "";
  switch (control.type) {
    case "date":
      typeXml =
        `<w:date${control.serial === null ? "" : ` w:fullDate="${formatDate(control.serial)}T00:00:00Z"`}>` +
        `<w:dateFormat w:val="${WORD_DATE_FORMAT}"/><w:lid w:val="${language}"/>` +
        `<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>`;
      break;
    case "dropDown":
      typeXml =
        `<w:dropDownList${control.selected ? ` w:lastValue=${attr(control.selected.id)}` : ""}>` +
        control.choices
          .map((c) => `<w:listItem w:displayText=${attr(c.label[language])} w:value=${attr(c.id)}/>`)
          .join("") +
        `</w:dropDownList>`;
      break;
    case "checkbox":
      typeXml =
        `<w14:checkbox><w14:checked w14:val="${control.checked ? 1 : 0}"/>` +
        `<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>` +
        `<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>`;
      break;
    case "richText":
    case "group":
      break;
  }
  return (
    `<w:sdtPr>` +
    (spec.rPr ? `<w:rPr>${spec.rPr}</w:rPr>` : "") +
    `<w:alias w:val=${attr(spec.alias)}/>` +
    `<w:tag w:val=${attr(spec.tag)}/>` +
    (spec.locked ? `<w:lock w:val="sdtContentLocked"/>` : "") +
    (showingPlaceholder ? `<w:showingPlcHdr/>` : "") +
    typeXml +
    `</w:sdtPr>`
  );
}

/** The runs a control shows: its text, or its placeholder in the PlaceholderText style. */
function controlRuns(spec: ControlSpec): string {
  if (spec.text !== null) return run(spec.text, spec.rPr ?? "");
  if (spec.placeholder !== null) return run(spec.placeholder, PLACEHOLDER_RPR + (spec.rPr ?? ""));
  return "";
}

/** A control inside a paragraph. `content` replaces the runs (checkbox groups). */
function inlineSdt(spec: ControlSpec, language: Language, content?: string): string {
  return `<w:sdt>${sdtPr(spec, language)}<w:sdtContent>${content ?? controlRuns(spec)}</w:sdtContent></w:sdt>`;
}

/** A control around whole paragraphs (or a table); clicking anywhere in them types into the control. */
function blockSdt(spec: ControlSpec, language: Language, content: string): string {
  return `<w:sdt>${sdtPr(spec, language)}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

interface CellOptions {
  fill?: string;
  span?: number;
  vAlign?: "top" | "center";
}

/** Widths are fractions of the text width: tables stretch to the page (pct), the grid is for A4. */
function tableCell(width: number, content: string, options: CellOptions = {}): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${Math.round(width * 5000)}" w:type="pct"/>` +
    (options.span && options.span > 1 ? `<w:gridSpan w:val="${options.span}"/>` : "") +
    (options.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${options.fill}"/>` : "") +
    `<w:vAlign w:val="${options.vAlign ?? "center"}"/></w:tcPr>${content}</w:tc>`
  );
}

interface RowOptions {
  /** Minimum height in twips. */
  height?: number;
  header?: boolean;
}

function tableRow(cells: string, options: RowOptions = {}): string {
  const trPr =
    `<w:cantSplit/>` +
    (options.height ? `<w:trHeight w:val="${options.height}" w:hRule="atLeast"/>` : "") +
    (options.header ? `<w:tblHeader/>` : "");
  return `<w:tr><w:trPr>${trPr}</w:trPr>${cells}</w:tr>`;
}

function borderedTable(fractions: readonly number[], rows: string, textWidth: number): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${LINE}"/>`;
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>` +
    `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="90" w:type="dxa"/>` +
    `<w:bottom w:w="45" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>` +
    `</w:tblPr><w:tblGrid>` +
    fractions.map((f) => `<w:gridCol w:w="${Math.round(f * textWidth)}"/>`).join("") +
    `</w:tblGrid>${rows}</w:tbl>`
  );
}

/** Keeps tables apart (Word joins adjacent tables) with a small gap. */
const SPACER = paragraph(
  "",
  `<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:rPr><w:sz w:val="12"/></w:rPr>`,
);

// ---------------------------------------------------------------------------------------------------------------
// The renderer

const ZH_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** Field kinds shown in half a row (two fields per row); the others get a full row. */
const SHORT_KINDS = new Set<FieldDef["kind"]>([
  "text",
  "date",
  "dateTime",
  "time",
  "number",
  "percent",
  "hours",
  "choice",
]);

/** Most numbered lists one template may have (each list restarts at 1 through its own numbering instance). */
export const MAX_LISTS = 9;

class Renderer {
  private sectionCount = 0;
  private listCount = 0;
  private readonly controls: Map<string, WordControl>;
  readonly textWidth: number;

  constructor(
    readonly template: TemplateDef,
    readonly language: Language,
    readonly instanceId: string,
  ) {
    this.controls = new Map(wordControls(template).map((c) => [c.key, c]));
    this.textWidth = (template.landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  }

  private t(text: Bilingual): string {
    return text[this.language];
  }

  private tag(key?: string): string {
    return wordTag(this.template.id, this.instanceId, key);
  }

  private control(key: string): WordControl {
    const control = this.controls.get(key);
    if (!control) throw new Error(`${this.template.id}: no control ${key}`);
    return control;
  }

  render(): string {
    const { template } = this;
    const record = encodeRecord({
      template: template.id,
      id: this.instanceId,
      language: this.language,
      version: template.version,
    });
    const recordControl = inlineSdt(
      {
        tag: this.tag(RECORD_KEY),
        alias: recordTitle(this.language, template.version),
        control: { type: "richText" },
        text: record,
        placeholder: null,
        rPr: `<w:vanish/>`,
        locked: true,
      },
      this.language,
    );
    const head =
      paragraph(run(this.t(template.name)), `<w:pStyle w:val="Title"/>`) +
      paragraph(run(this.t(template.purpose)) + recordControl, `<w:pStyle w:val="Subtitle"/>`);
    const content = head + template.blocks.map((block) => this.block(block)).join("");
    return blockSdt(
      { tag: this.tag(), alias: this.t(template.name), control: { type: "richText" }, text: "", placeholder: null },
      this.language,
      content,
    );
  }

  private heading(title: Bilingual): string {
    const n = this.sectionCount++;
    const number = this.language === "zh-CN" ? `${ZH_NUMERALS[n] ?? n + 1}、` : `${n + 1}. `;
    return paragraph(run(number + this.t(title)), `<w:pStyle w:val="Heading1"/>`);
  }

  private block(block: Block): string {
    switch (block.type) {
      case "fields":
        return (block.title ? this.heading(block.title) : "") + this.fieldsTable(block.fields) + SPACER;
      case "table":
        return this.heading(block.table.title) + this.dataTable(block.table) + SPACER;
      case "list":
        return this.heading(block.title) + this.list(block.id, block.items) + SPACER;
      case "signatures":
        return this.heading(block.title) + block.signatures.map((s) => this.signatures(s)).join("");
    }
  }

  // Label | value | label | value; long fields take a whole row. The rows of a field table stay on one page.
  private fieldsTable(fields: readonly FieldDef[]): string {
    const fractions = [0.22, 0.28, 0.22, 0.28];
    const groups: FieldDef[][] = [];
    for (let i = 0; i < fields.length;) {
      const [a, b] = [fields[i], fields[i + 1]];
      const pair = SHORT_KINDS.has(a.kind) && b !== undefined && SHORT_KINDS.has(b.kind);
      groups.push(pair ? [a, b] : [a]);
      i += pair ? 2 : 1;
    }
    const rows = groups.map((group, index) => {
      const pPr = (index < groups.length - 1 ? KEEP_NEXT : "") + CELL_SPACING;
      if (group.length === 2) {
        const [a, b] = group;
        return tableRow(
          this.labelCell(a, fractions[0], pPr) +
            this.valueCell(a.id, fractions[1], pPr) +
            this.labelCell(b, fractions[2], pPr) +
            this.valueCell(b.id, fractions[3], pPr),
          { height: 454 },
        );
      }
      const long = group[0].kind === "longText";
      return tableRow(
        this.labelCell(group[0], fractions[0], pPr) + this.valueCell(group[0].id, 1 - fractions[0], pPr, 3, long),
        {
          height: long ? 1134 : 454,
        },
      );
    });
    return borderedTable(fractions, rows.join(""), this.textWidth);
  }

  private labelCell(field: FieldDef, width: number, pPr = CELL_SPACING): string {
    const required = field.required ? run(" *", `<w:color w:val="${REQUIRED}"/>`) : "";
    return tableCell(width, paragraph(run(this.t(field.label), `<w:b/>`) + required, pPr), { fill: LABEL_FILL });
  }

  /** The cell holding one control. */
  private valueCell(key: string, width: number, pPr = CELL_SPACING, span = 1, top = false): string {
    return tableCell(width, this.controlParagraph(key, pPr), { span, vAlign: top ? "top" : "center" });
  }

  /**
   * The paragraph holding the control of `key`. Fields, list items and signature parts sit in the paragraph with
   * their placeholder (Word and LibreOffice both show it dimmed); a free-text table cell, which has no placeholder,
   * gets a control around its whole paragraph so that a click anywhere in the cell types into it.
   */
  private controlParagraph(key: string, pPr: string): string {
    const control = this.control(key);
    const { field } = control;
    const alias = this.t(control.label);
    const tag = this.tag(key);
    const placeholder = placeholderOf(control, this.language);
    const initial = initialTextOf(field, this.language);
    switch (field.kind) {
      case "date":
        return paragraph(
          inlineSdt({ tag, alias, control: { type: "date", serial: null }, text: null, placeholder }, this.language),
          pPr,
        );
      case "choice": {
        const selected =
          initial === null ? null : (field.choices?.find((c) => c.label[this.language] === initial) ?? null);
        return paragraph(inlineChoice(tag, alias, field, selected, placeholder, this.language), pPr);
      }
      case "multiChoice":
        return paragraph(inlineCheckboxes(tag, alias, field, [], this.language), pPr);
      default: {
        const spec: ControlSpec = { tag, alias, control: { type: "richText" }, text: initial, placeholder };
        if (wrapsParagraph(control, this.language)) {
          return blockSdt(spec, this.language, paragraph(controlRuns(spec), pPr));
        }
        return paragraph(inlineSdt(spec, this.language), pPr);
      }
    }
  }

  private dataTable(table: TableDef): string {
    const fractions = columnFractions(
      table.columns.map((c) => c.width),
      table.columns.map(
        (c) => Math.max(c.kind === "date" ? 1700 : 1300, longestWordTwips(this.t(c.label))) / this.textWidth,
      ),
    );
    const header = tableRow(
      table.columns
        .map((column, i) =>
          tableCell(
            fractions[i],
            paragraph(run(this.t(column.label), `<w:b/>`), `<w:keepNext/>${CELL_SPACING}<w:jc w:val="center"/>`),
            { fill: HEADER_FILL },
          ),
        )
        .join(""),
      { header: true, height: 397 },
    );
    const long = table.columns.some((c) => c.kind === "longText");
    const rows = Array.from({ length: table.rows }, (_, i) =>
      tableRow(
        table.columns
          .map((column, c) =>
            tableCell(fractions[c], this.controlParagraph(`${table.id}.${i + 1}.${column.id}`, CELL_SPACING)),
          )
          .join(""),
        { height: long ? 680 : 454 },
      ),
    );
    return borderedTable(fractions, header + rows.join(""), this.textWidth);
  }

  /** A numbered list in a one-column table: one numbered item per row, each item a control. */
  private list(listId: string, items: number): string {
    this.listCount += 1;
    if (this.listCount > MAX_LISTS) throw new Error(`${this.template.id}: more than ${MAX_LISTS} numbered lists`);
    const numPr = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${this.listCount}"/></w:numPr>`;
    const rows = Array.from({ length: items }, (_, i) =>
      tableRow(
        tableCell(
          1,
          this.controlParagraph(
            `${listId}.${i + 1}`,
            `<w:pStyle w:val="ListNumber"/>${i < items - 1 ? KEEP_NEXT : ""}${numPr}${CELL_SPACING}`,
          ),
        ),
        { height: 567 },
      ),
    );
    return borderedTable([1], rows.join(""), this.textWidth);
  }

  /** One block per signer: a control around a small table (role; signer, department; decision, date; comment). */
  private signatures(signature: SignatureDef): string {
    const fractions = [0.2, 0.3, 0.2, 0.3];
    const label = (id: (typeof SIGNATURE_PARTS)[number]["id"], pPr: string) => {
      const part = SIGNATURE_PARTS.find((p) => p.id === id);
      return tableCell(fractions[0], paragraph(run(this.t(part!.label), `<w:b/>`), pPr), { fill: LABEL_FILL });
    };
    const keep = KEEP_NEXT + CELL_SPACING;
    let xml = "";
    for (let n = 1; n <= signature.count; n++) {
      const key = (part: string) => `${signature.id}.${n}.${part}`;
      const value = (part: string, width: number, pPr: string, span = 1) =>
        tableCell(width, this.controlParagraph(key(part), pPr), { span });
      const title = this.t(signatureTitle(signature, n));
      const rows =
        tableRow(
          tableCell(1, paragraph(run(title, `<w:b/><w:color w:val="${INK}"/>`), keep), { span: 4, fill: HEADER_FILL }),
        ) +
        tableRow(
          label("signer", keep) +
            value("signer", fractions[1], keep) +
            label("department", keep) +
            value("department", fractions[3], keep),
          { height: 624 },
        ) +
        tableRow(
          label("decision", keep) +
            value("decision", fractions[1], keep) +
            label("date", keep) +
            value("date", fractions[3], keep),
          { height: 454 },
        ) +
        tableRow(label("comment", CELL_SPACING) + value("comment", 1 - fractions[0], CELL_SPACING, 3), { height: 454 });
      xml +=
        blockSdt(
          {
            tag: this.tag(`${signature.id}.${n}`),
            alias: title,
            control: { type: "group" },
            text: "",
            placeholder: null,
          },
          this.language,
          borderedTable(fractions, rows, this.textWidth),
        ) + SPACER;
    }
    return xml;
  }
}

/**
 * A generous width of the longest word of a bold 10.5 pt header, cell margins included: wide enough for the wide
 * fonts that stand in for Calibri where it is missing (CJK text wraps anywhere, so it needs no minimum).
 */
function longestWordTwips(text: string): number {
  const ems = (word: string) =>
    [...word].reduce((sum, ch) => sum + (ch.charCodeAt(0) >= 0x2e80 ? 0 : /[A-Z]/.test(ch) ? 0.82 : 0.7), 0);
  return Math.round(Math.max(0, ...text.split(/\s+/).map(ems)) * 210) + 260;
}

/**
 * Column widths as fractions of the table: proportional to `weights`, but at least `minimums` (so that a date or a
 * one-word header never breaks inside a word); the wide columns give up what the narrow ones need.
 */
export function columnFractions(weights: readonly number[], minimums: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let fractions = weights.map((w) => w / total);
  for (let pass = 0; pass < weights.length; pass++) {
    const fixed = fractions.map((f, i) => f <= minimums[i]);
    const fixedSum = fractions.reduce((sum, _, i) => sum + (fixed[i] ? minimums[i] : 0), 0);
    const freeWeight = weights.reduce((sum, w, i) => sum + (fixed[i] ? 0 : w), 0);
    if (fixedSum >= 1 || freeWeight === 0) return minimums.map((m) => m / minimums.reduce((a, b) => a + b, 0));
    const next = weights.map((w, i) => (fixed[i] ? minimums[i] : (w / freeWeight) * (1 - fixedSum)));
    if (next.every((f, i) => Math.abs(f - fractions[i]) < 1e-9)) break;
    fractions = next;
  }
  return fractions;
}

function inlineChoice(
  tag: string,
  alias: string,
  field: FieldDef,
  selected: Choice | null,
  placeholder: string | null,
  language: Language,
): string {
  return inlineSdt(
    {
      tag,
      alias,
      control: { type: "dropDown", choices: field.choices ?? [], selected },
      text: selected ? selected.label[language] : null,
      placeholder,
    },
    language,
  );
}

/** A rich-text control holding one checkbox control (tagged `<key>.<choiceId>`) and label per choice. */
function inlineCheckboxes(
  tag: string,
  alias: string,
  field: FieldDef,
  checked: readonly Choice[],
  language: Language,
): string {
  const glyphFont = `<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>`;
  const content = (field.choices ?? [])
    .map((choice, i) => {
      const on = checked.includes(choice);
      const box = inlineSdt(
        {
          tag: `${tag}.${choice.id}`,
          alias: choice.label[language],
          control: { type: "checkbox", checked: on },
          text: on ? CHECKBOX_GLYPHS.checked : CHECKBOX_GLYPHS.unchecked,
          placeholder: null,
          rPr: glyphFont,
        },
        language,
      );
      return (i > 0 ? run("\u2003\u2003") : "") + box + run(` ${choice.label[language]}`);
    })
    .join("");
  return inlineSdt({ tag, alias, control: { type: "group" }, text: "", placeholder: null }, language, content);
}

/**
 * The `<w:body>` content of one instance of a Word template: the wrapper control with the title, purpose line,
 * hidden record, field tables, numbered lists, tables and one signature block per signer.
 */
export function wordBody(template: TemplateDef, language: Language, instanceId: string): string {
  if (!template.hosts.includes("word")) throw new Error(`${template.id} is not a Word template`);
  return new Renderer(template, language, instanceId).render();
}

/**
 * A paragraph holding a freshly rendered drop-down or checkbox control of `key` showing `value`: the Word host
 * replaces such a control with it (their text cannot be typed into), keeping tag, alias and list.
 */
export function wordControlParagraph(
  template: TemplateDef,
  language: Language,
  instanceId: string,
  control: WordControl,
  value: ControlValue,
): string {
  const tag = wordTag(template.id, instanceId, control.key);
  const alias = control.label[language];
  if (value.kind === "choice") {
    return paragraph(inlineChoice(tag, alias, control.field, value.choice, placeholderOf(control, language), language));
  }
  if (value.kind === "multiChoice") {
    return paragraph(inlineCheckboxes(tag, alias, control.field, value.chosen, language));
  }
  throw new Error(`${control.key}: ${displayTextOf(value, language)} is written as text`);
}

// ---------------------------------------------------------------------------------------------------------------
// Package parts shared by the Flat OPC package (insertOoxml) and the .docx writer

function style(
  type: "paragraph" | "character" | "table",
  id: string,
  name: string,
  body: string,
  extra: { basedOn?: string; next?: string; uiPriority?: number; qFormat?: boolean; semiHidden?: boolean } = {},
): string {
  return (
    `<w:style w:type="${type}"${id === "Normal" || id === "TableNormal" ? ` w:default="1"` : ""} w:styleId="${id}">` +
    `<w:name w:val="${name}"/>` +
    (extra.basedOn ? `<w:basedOn w:val="${extra.basedOn}"/>` : "") +
    (extra.next ? `<w:next w:val="${extra.next}"/>` : "") +
    (extra.uiPriority !== undefined ? `<w:uiPriority w:val="${extra.uiPriority}"/>` : "") +
    (extra.semiHidden ? `<w:semiHidden/><w:unhideWhenUsed/>` : "") +
    (extra.qFormat ? `<w:qFormat/>` : "") +
    body +
    `</w:style>`
  );
}

/**
 * The styles the body uses, with Word's built-in ids (Title, Subtitle, Heading1, TableGrid, ListNumber,
 * PlaceholderText): a document that already has them keeps its own look, one that does not gets these.
 */
export function stylesXml(): string {
  const fonts = `<w:rFonts w:ascii="Calibri" w:eastAsia="等线" w:hAnsi="Calibri" w:cs="Arial"/>`;
  return (
    `<w:styles ${W_ROOT_NS}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="21"/><w:szCs w:val="21"/>` +
    `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    style("paragraph", "Normal", "Normal", "", { qFormat: true }) +
    style(
      "paragraph",
      "Title",
      "Title",
      `<w:pPr><w:spacing w:before="0" w:after="80"/><w:jc w:val="center"/></w:pPr>` +
        `<w:rPr><w:b/><w:bCs/><w:color w:val="${INK}"/><w:kern w:val="28"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>`,
      { basedOn: "Normal", next: "Normal", uiPriority: 10, qFormat: true },
    ) +
    style(
      "paragraph",
      "Subtitle",
      "Subtitle",
      `<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" w:color="${INK}"/></w:pBdr>` +
        `<w:spacing w:before="0" w:after="200"/><w:jc w:val="center"/></w:pPr>` +
        `<w:rPr><w:color w:val="595959"/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>`,
      { basedOn: "Normal", next: "Normal", uiPriority: 11, qFormat: true },
    ) +
    style(
      "paragraph",
      "Heading1",
      "heading 1",
      `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>` +
        `<w:rPr><w:b/><w:bCs/><w:color w:val="${INK}"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>`,
      { basedOn: "Normal", next: "Normal", uiPriority: 9, qFormat: true },
    ) +
    style(
      "paragraph",
      "Heading2",
      "heading 2",
      `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr>` +
        `<w:rPr><w:b/><w:bCs/><w:color w:val="${INK}"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>`,
      { basedOn: "Normal", next: "Normal", uiPriority: 9, qFormat: true, semiHidden: true },
    ) +
    style("paragraph", "ListNumber", "List Number", `<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>`, {
      basedOn: "Normal",
      uiPriority: 99,
      semiHidden: true,
    }) +
    style(
      "paragraph",
      "Footer",
      "footer",
      `<w:pPr><w:spacing w:after="0"/></w:pPr>` +
        `<w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>`,
      { basedOn: "Normal", uiPriority: 99, semiHidden: true },
    ) +
    style("character", "PlaceholderText", "Placeholder Text", `<w:rPr><w:color w:val="808080"/></w:rPr>`, {
      uiPriority: 99,
      semiHidden: true,
    }) +
    style(
      "table",
      "TableNormal",
      "Normal Table",
      `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
        `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>` +
        `</w:tblCellMar></w:tblPr>`,
      { uiPriority: 99, semiHidden: true },
    ) +
    style(
      "table",
      "TableGrid",
      "Table Grid",
      `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
        `<w:tblPr><w:tblBorders>` +
        ["top", "left", "bottom", "right", "insideH", "insideV"]
          .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
          .join("") +
        `</w:tblBorders></w:tblPr>`,
      { basedOn: "TableNormal", uiPriority: 39 },
    ) +
    `</w:styles>`
  );
}

/** Decimal numbering "1." for the numbered lists; numIds 1…MAX_LISTS each restart at 1. */
export function numberingXml(): string {
  const nums = Array.from(
    { length: MAX_LISTS },
    (_, i) =>
      `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="1"/>` +
      `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
  ).join("");
  return (
    `<w:numbering ${W_ROOT_NS}>` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>` +
    `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>` +
    `<w:rPr><w:b/><w:color w:val="${INK}"/></w:rPr></w:lvl></w:abstractNum>` +
    nums +
    `</w:numbering>`
  );
}

/** document.xml around a body (a section's properties last, when given). */
export function documentXml(body: string, sectPr = ""): string {
  return `<w:document ${W_ROOT_NS}><w:body>${body}${sectPr}</w:body></w:document>`;
}

/**
 * A Flat OPC package for `Range.insertOoxml`: document.xml with the body and an empty last paragraph (Word merges the
 * package's last paragraph into the paragraph at the insertion point), plus the styles and numbering parts.
 */
export function flatOpc(body: string): string {
  const part = (name: string, contentType: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const rels = (items: Array<[string, string, string]>) =>
    `<Relationships xmlns="${NS.rel}">` +
    items
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${NS.officeDocument}/${type}" Target="${target}"/>`)
      .join("") +
    `</Relationships>`;
  const RELS = "application/vnd.openxmlformats-package.relationships+xml";
  const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="${NS.pkg}">` +
    part("/_rels/.rels", RELS, rels([["rId1", "officeDocument", "word/document.xml"]])) +
    part(
      "/word/_rels/document.xml.rels",
      RELS,
      rels([
        ["rId1", "styles", "styles.xml"],
        ["rId2", "numbering", "numbering.xml"],
      ]),
    ) +
    part("/word/document.xml", `${WML}.document.main+xml`, documentXml(body + "<w:p/>")) +
    part("/word/styles.xml", `${WML}.styles+xml`, stylesXml()) +
    part("/word/numbering.xml", `${WML}.numbering+xml`, numberingXml()) +
    `</pkg:package>`
  );
}
