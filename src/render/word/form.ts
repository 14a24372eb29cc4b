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
import {
  encodeRecord,
  fieldRows,
  signatureBand,
  SIGNATURE_ROWS,
  signatureTitle,
  signaturePartField,
  wordTag,
  type Bilingual,
  type Block,
  type Choice,
  type FieldDef,
  type Language,
  type SignatureDef,
  type TableDef,
  type TemplateDef,
} from "../../core";
import {
  CHECKBOX_GLYPHS,
  type ControlValue,
  displayTextOf,
  initialTextOf,
  placeholderOf,
  RECORD_KEY,
  recordTitle,
  type WordControl,
  wordControls,
  wrapsParagraph,
} from "./fields";
import { blockSdt, type ControlSpec, controlRuns, inlineSdt } from "./controls";
import { borderedTable, SPACER, tableCell, tableRow } from "./tables";
import {
  BAND_FILL,
  CELL_SPACING,
  HEADER_FILL,
  HEADER_TEXT,
  INK,
  KEEP_NEXT,
  LABEL_FILL,
  PAGE,
  paragraph,
  REQUIRED,
  run,
} from "./xml";
import { MAX_LISTS } from "./package";

// ---------------------------------------------------------------------------------------------------------------
// The renderer

const ZH_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** Tables of at most this many rows keep on one page. */
const KEPT_TABLE_ROWS = 10;

const END_SPACER = paragraph(
  "",
  `<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr>`,
);

/** Label | value | label | value: the columns of field tables and signature blocks alike, so their labels align. */
const PAIR_FRACTIONS = [0.24, 0.26, 0.24, 0.26];
/** Row heights in twips: a field, a paragraph field, and the signature (room to sign by hand). */
const ROW_HEIGHT = { field: 360, long: 600, signature: 624, tableRow: 454, longTableRow: 510 } as const;

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
    const blocks = template.blocks
      .map((block, i) => {
        const xml = this.block(block);
        return template.blocks[i + 1]?.type === "signatures" ? keepWithNext(xml) : xml;
      })
      .join("");
    // The paragraph that keeps the last table apart from what follows the form is 1 pt high, so that it never
    // spills onto a page by itself.
    const content = head + (blocks.endsWith(SPACER) ? blocks.slice(0, -SPACER.length) + END_SPACER : blocks);
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
        return this.heading(block.title) + this.signoff(block);
    }
  }

  // Label | value | label | value; long fields take a whole row. The rows of a field table stay on one page.
  private fieldsTable(fields: readonly FieldDef[]): string {
    const fractions = PAIR_FRACTIONS;
    const groups = fieldRows(fields);
    const rows = groups.map((group, index) => {
      const pPr = (index < groups.length - 1 ? KEEP_NEXT : "") + CELL_SPACING;
      if (group.length === 2) {
        const [a, b] = group;
        return tableRow(
          this.labelCell(a, fractions[0], pPr) +
            this.valueCell(a.id, fractions[1], pPr) +
            this.labelCell(b, fractions[2], pPr) +
            this.valueCell(b.id, fractions[3], pPr),
          { height: ROW_HEIGHT.field },
        );
      }
      const long = group[0].kind === "longText";
      return tableRow(
        this.labelCell(group[0], fractions[0], pPr) + this.valueCell(group[0].id, 1 - fractions[0], pPr, 3, long),
        { height: long ? ROW_HEIGHT.long : ROW_HEIGHT.field },
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
            paragraph(
              run(this.t(column.label), `<w:b/><w:color w:val="${HEADER_TEXT}"/>`),
              `<w:keepNext/>${CELL_SPACING}<w:jc w:val="center"/>`,
            ),
            { fill: HEADER_FILL },
          ),
        )
        .join(""),
      { header: true, height: 397 },
    );
    const long = table.columns.some((c) => c.kind === "longText");
    // A form's table is short: its rows stay on one page with the heading (a longer one may break, header repeated).
    const keep = (i: number) => (table.rows <= KEPT_TABLE_ROWS && i < table.rows - 1 ? KEEP_NEXT : "") + CELL_SPACING;
    const rows = Array.from({ length: table.rows }, (_, i) =>
      tableRow(
        table.columns
          .map((column, c) =>
            tableCell(fractions[c], this.controlParagraph(`${table.id}.${i + 1}.${column.id}`, keep(i))),
          )
          .join(""),
        { height: long ? ROW_HEIGHT.longTableRow : ROW_HEIGHT.tableRow },
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

  /** The signers of a sign-off, kept on one page together (Word moves them whole when they do not fit). */
  private signoff(block: Extract<Block, { type: "signatures" }>): string {
    const signers = block.signatures.flatMap((s) => this.signatures(block, s));
    return keepWithNext(signers.slice(0, -1).join("")) + signers[signers.length - 1];
  }

  /**
   * One block per signer: a control around a small table in the columns of the field tables (the signer's role in a
   * band unless the heading already names it; signature and date; decision, a drop-down, and department; comment).
   */
  private signatures(block: Extract<Block, { type: "signatures" }>, signature: SignatureDef): string[] {
    const fractions = PAIR_FRACTIONS;
    const keep = KEEP_NEXT + CELL_SPACING;
    const blocks: string[] = [];
    for (let n = 1; n <= signature.count; n++) {
      const key = (part: string) => `${signature.id}.${n}.${part}`;
      const band = signatureBand(block, signature, n);
      const rows = SIGNATURE_ROWS.map((parts, r) => {
        const pPr = r < SIGNATURE_ROWS.length - 1 ? keep : CELL_SPACING;
        const cells = parts.map((id, i) => {
          if (!id) return "";
          const label = tableCell(
            fractions[2 * i],
            paragraph(run(this.t(signaturePartField(id).label), `<w:b/>`), pPr),
            {
              fill: LABEL_FILL,
            },
          );
          const span = parts.length === 1 ? 3 : 1;
          const width = parts.length === 1 ? 1 - fractions[0] : fractions[2 * i + 1];
          return label + tableCell(width, this.controlParagraph(key(id), pPr), { span, vAlign: "bottom" });
        });
        return tableRow(cells.join(""), { height: parts[0] === "signer" ? ROW_HEIGHT.signature : ROW_HEIGHT.field });
      });
      const title = band
        ? tableRow(
            tableCell(1, paragraph(run(this.t(band), `<w:b/><w:color w:val="${INK}"/>`), keep), {
              span: 4,
              fill: BAND_FILL,
            }),
          )
        : "";
      blocks.push(
        blockSdt(
          {
            tag: this.tag(`${signature.id}.${n}`),
            alias: this.t(signatureTitle(signature, n)),
            control: { type: "group" },
            text: "",
            placeholder: null,
          },
          this.language,
          borderedTable(fractions, title + rows.join(""), this.textWidth),
        ) + SPACER,
      );
    }
    return blocks;
  }
}

/** Every paragraph of `xml` kept with the next one (after its style, where the schema puts keepNext). */
export function keepWithNext(xml: string): string {
  return xml
    .replace(/<w:p>(?!<w:pPr>)/g, `<w:p><w:pPr>${KEEP_NEXT}</w:pPr>`)
    .replace(/<w:pPr>((?:(?!<\/w:pPr>).)*)<\/w:pPr>/g, (all: string, inner: string) => {
      if (inner.includes(KEEP_NEXT)) return all;
      const style = /^<w:pStyle [^>]*\/>/.exec(inner)?.[0] ?? "";
      return `<w:pPr>${style}${KEEP_NEXT}${inner.slice(style.length)}</w:pPr>`;
    });
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
