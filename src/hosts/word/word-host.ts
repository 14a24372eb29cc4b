/**
 * The Word host: inserts templates as tagged content controls (one Flat OPC package per instance, rendered by
 * src/render/word), finds them again by their tags and reads/writes their fields.
 *
 * Round trips (context.sync), independent of the number of fields and instances:
 * - insertTemplate: 2 — (1) the tags in use and where the cursor is, (2) insert and read the new form back.
 * - findTemplates: 1 — tags and titles of all content controls (the record control's title carries language and
 *   version); a 2nd only when a record title was damaged and the record's hidden text must be read.
 * - readFields: 1 — every field control by its tag (text, and the placeholder Word shows once a user emptied it).
 * - writeFields: 2 — (1) find every control to write (nothing is written if one is missing), (2) write.
 *
 * Where a form goes: right after the selection (a collapsed selection is the cursor; a non-empty one is kept, the
 * form follows it), unless the cursor is somewhere a form must not nest — a table cell, a header/footer/footnote,
 * another content control (e.g. inside a form) — or Word cannot tell (WordApi 1.3 missing): then at the end of the
 * document. Nothing the user has is replaced.
 */
import {
  decodeRecord,
  getTemplate,
  newInstanceId,
  parseWordTag,
  wordTag,
  type InstanceRecord,
  type Language,
  type TemplateDef,
  type TemplateId,
} from "../../core";
import {
  type ControlValue,
  controlValueOf,
  displayTextOf,
  FieldValueError,
  flatOpc,
  parseRecordTitle,
  RECORD_KEY,
  valueOfText,
  wordBody,
  type WordControl,
  wordControlParagraph,
  wordControls,
  wrapsParagraph,
} from "../../render/word";
import type { ConcordHost, FieldValues, TemplateInstance } from "../types";
import { BindingNotFoundError } from "../errors";
import {
  CURSOR_SET,
  officeRequirements,
  requireWordApi,
  supportsWordApi,
  type OfficeRequirements,
} from "./requirements";

/** `Word.run` (or a fake in tests). */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface WordHostOptions {
  run?: WordRun;
  /** Office.context.requirements by default. */
  requirements?: OfficeRequirements | null;
  /** For instance ids (Math.random by default). */
  random?: () => number;
}

const defaultRun: WordRun = (batch) => Word.run(batch);

/** The body types where a form may go at the cursor. */
const MAIN_BODY = "MainDoc";

export class WordHost implements ConcordHost {
  readonly kind = "word" as const;
  private readonly run: WordRun;
  private readonly requirements: () => OfficeRequirements | null;
  private readonly random: () => number;

  constructor(options: WordHostOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.requirements = () => (options.requirements !== undefined ? options.requirements : officeRequirements());
    this.random = options.random ?? Math.random;
  }

  async insertTemplate(templateId: TemplateId, language: Language): Promise<TemplateInstance> {
    const template = getTemplate(templateId);
    if (!template.hosts.includes("word")) throw new Error(`${templateId} is not a Word template`);
    const requirements = this.requirements();
    requireWordApi("insert", requirements);
    const cursorKnown = supportsWordApi(requirements, CURSOR_SET);

    return this.run(async (context) => {
      const existing = context.document.contentControls.load("items/tag");
      const selection = context.document.getSelection();
      const cursor = cursorKnown
        ? { body: selection.parentBody.load("type"), control: selection.parentContentControlOrNullObject.load("id") }
        : null;
      await context.sync();

      const taken = existing.items.flatMap((control) => {
        const parsed = parseWordTag(control.tag);
        return parsed ? [parsed.instance] : [];
      });
      const id = newInstanceId(taken, this.random);
      const ooxml = flatOpc(wordBody(template, language, id));
      const atCursor = cursor !== null && cursor.body.type === MAIN_BODY && cursor.control.isNullObject;
      const range = atCursor ? selection.insertOoxml(ooxml, "After") : context.document.body.insertOoxml(ooxml, "End");
      // The cursor goes after the new form (like a paste): the user sees it, and a second form follows the first.
      range.select("End");
      const inserted = context.document.contentControls.getByTag(wordTag(template.id, id)).load("items/title");
      await context.sync();

      if (inserted.items.length === 0) throw new BindingNotFoundError("word", [wordTag(template.id, id)]);
      return {
        record: { template: template.id, id, language, version: template.version },
        location: inserted.items[0].title,
      };
    });
  }

  async findTemplates(): Promise<TemplateInstance[]> {
    requireWordApi("find", this.requirements());
    return this.run(async (context) => {
      const all = context.document.contentControls.load("items/tag,items/title");
      await context.sync();

      const wrappers = new Map<string, { template: TemplateDef; id: string; title: string }>();
      const recordTitles = new Map<string, string>();
      for (const control of all.items) {
        const parsed = parseWordTag(control.tag);
        if (!parsed) continue;
        const key = `${parsed.template}:${parsed.instance}`;
        if (parsed.key === null) {
          // A copy of a form keeps its tags: the first one in the document is the instance.
          if (!wrappers.has(key)) {
            wrappers.set(key, { template: getTemplate(parsed.template), id: parsed.instance, title: control.title });
          }
        } else if (parsed.key === RECORD_KEY && !recordTitles.has(key)) {
          recordTitles.set(key, control.title);
        }
      }

      // Only when a record's title was damaged: read its hidden text (the full record), all in one round trip.
      const recordTexts = new Map<string, Word.ContentControlCollection>();
      for (const [key, wrapper] of wrappers) {
        if (parseRecordTitle(recordTitles.get(key))) continue;
        if (!recordTitles.has(key)) continue;
        const tag = wordTag(wrapper.template.id, wrapper.id, RECORD_KEY);
        recordTexts.set(key, context.document.contentControls.getByTag(tag).load("items/text"));
      }
      if (recordTexts.size > 0) await context.sync();

      return [...wrappers].map(([key, wrapper]): TemplateInstance => {
        const fromTitle = parseRecordTitle(recordTitles.get(key));
        const fromText = decodeRecord(recordTexts.get(key)?.items[0]?.text.trim());
        const record: InstanceRecord =
          fromTitle !== null
            ? { template: wrapper.template.id, id: wrapper.id, ...fromTitle }
            : fromText !== null && fromText.template === wrapper.template.id && fromText.id === wrapper.id
              ? fromText
              : {
                  template: wrapper.template.id,
                  id: wrapper.id,
                  language: languageOfName(wrapper.template, wrapper.title),
                  version: wrapper.template.version,
                };
        return { record, location: wrapper.title };
      });
    });
  }

  async readFields(instance: InstanceRecord): Promise<FieldValues> {
    requireWordApi("readFields", this.requirements());
    const template = getTemplate(instance.template);
    const controls = wordControls(template);
    return this.run(async (context) => {
      const wrapper = context.document.contentControls.getByTag(wordTag(template.id, instance.id)).load("items/tag");
      const found = controls.map((control) =>
        context.document.contentControls
          .getByTag(wordTag(template.id, instance.id, control.key))
          .load("items/text,items/placeholderText"),
      );
      await context.sync();

      if (wrapper.items.length === 0) throw new BindingNotFoundError("word", [wordTag(template.id, instance.id)]);
      const values: FieldValues = {};
      controls.forEach((control, i) => {
        const first = found[i].items[0];
        // A field whose control was deleted is left out rather than reported as empty.
        if (first) values[control.key] = valueOfText(control, first.text, instance.language, first.placeholderText);
      });
      return values;
    });
  }

  async writeFields(instance: InstanceRecord, values: FieldValues): Promise<void> {
    const requirements = this.requirements();
    requireWordApi("writeFields", requirements);
    const template = getTemplate(instance.template);
    const byKey = new Map(wordControls(template).map((control) => [control.key, control]));

    // Every value is checked before anything is written.
    const writes: Array<{ control: WordControl; value: ControlValue }> = [];
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const control = byKey.get(key);
      if (!control) {
        throw new FieldValueError(key, {
          "en-US": `${key} is not a field of ${template.name["en-US"]} (${template.id}).`,
          "zh-CN": `${key} 不是${template.name["zh-CN"]}（${template.id}）的字段。`,
        });
      }
      writes.push({ control, value: controlValueOf(key, control.field, value) });
    }
    if (writes.length === 0) return;
    if (writes.some((w) => w.value.kind === "choice" || w.value.kind === "multiChoice")) {
      requireWordApi("writeChoices", requirements);
    }

    await this.run(async (context) => {
      const wrapper = context.document.contentControls.getByTag(wordTag(template.id, instance.id)).load("items/tag");
      const targets = writes.map(({ control }) =>
        context.document.contentControls.getByTag(wordTag(template.id, instance.id, control.key)).load("items/tag"),
      );
      await context.sync();

      const missing = [
        ...(wrapper.items.length === 0 ? [wordTag(template.id, instance.id)] : []),
        ...writes.flatMap(({ control }, i) =>
          targets[i].items.length === 0 ? [wordTag(template.id, instance.id, control.key)] : [],
        ),
      ];
      if (missing.length > 0) throw new BindingNotFoundError("word", missing);

      writes.forEach(({ control, value }, i) => {
        const target = targets[i].items[0];
        if (value.kind === "choice" || value.kind === "multiChoice") {
          // Drop-downs and checkboxes cannot be typed into: the control is replaced by one showing the value.
          const paragraph = wordControlParagraph(template, instance.language, instance.id, control, value);
          target.getRange("Whole").insertOoxml(flatOpc(paragraph), "Replace");
          return;
        }
        const text = displayTextOf(value, instance.language);
        if (text === "") target.clear();
        // insertText: the value is text (never markup, never a formula); an inline control keeps its line breaks
        // as manual breaks, a control around a whole cell gets paragraphs.
        else
          target.insertText(
            wrapsParagraph(control, instance.language) ? text : text.replace(/\r\n|\r|\n/g, "\v"),
            "Replace",
          );
      });
      await context.sync();
    });
  }
}

/** The language whose template name a form's title is (forms are titled in their language). */
function languageOfName(template: TemplateDef, title: string): Language {
  return title === template.name["zh-CN"] ? "zh-CN" : "en-US";
}
