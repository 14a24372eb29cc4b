/**
 * The forms in a document, from one load of every content control's tag and title (findTemplates, readProject).
 * A copy of a form keeps its tags: the first one in the document is the instance.
 */
import {
  decodeRecord,
  getTemplate,
  parseWordTag,
  type InstanceRecord,
  type Language,
  type TemplateDef,
} from "../../core";
import { parseRecordTitle, RECORD_KEY } from "../../render/word";
import type { TemplateInstance } from "../types";

/** What the instance list needs of a loaded content control. */
export interface TaggedControl {
  readonly tag: string;
  readonly title: string;
}

/** A form's wrapper control and its record control, found by their tags. */
export interface FoundForm<C extends TaggedControl = TaggedControl> {
  template: TemplateDef;
  id: string;
  /** The wrapper's title: the template name in the form's language. */
  title: string;
  /** The hidden record control, if it is still there. */
  record: C | null;
}

/** The forms whose wrapper control is in `controls`, in document order. */
export function formsIn<C extends TaggedControl>(controls: Iterable<C>): Array<FoundForm<C>> {
  const wrappers = new Map<string, FoundForm<C>>();
  const records = new Map<string, C>();
  for (const control of controls) {
    const parsed = parseWordTag(control.tag);
    if (!parsed) continue;
    const key = `${parsed.template}:${parsed.instance}`;
    if (parsed.key === null && !wrappers.has(key)) {
      wrappers.set(key, {
        template: getTemplate(parsed.template),
        id: parsed.instance,
        title: control.title,
        record: null,
      });
    } else if (parsed.key === RECORD_KEY && !records.has(key)) {
      records.set(key, control);
    }
  }
  return [...wrappers].map(([key, form]) => ({ ...form, record: records.get(key) ?? null }));
}

/** A record control whose title was damaged: only its hidden text (the full record) can tell language and version. */
export function needsRecordText(form: FoundForm): boolean {
  return form.record !== null && parseRecordTitle(form.record.title) === null;
}

/**
 * The instance: language and version from the record's title, else from its hidden text (`recordText`), else the
 * language whose template name the form's title is.
 */
export function instanceOf(form: FoundForm, recordText?: string | null): TemplateInstance {
  const { template, id } = form;
  const fromTitle = parseRecordTitle(form.record?.title);
  const fromText = decodeRecord(recordText?.trim());
  const record: InstanceRecord =
    fromTitle !== null
      ? { template: template.id, id, ...fromTitle }
      : fromText !== null && fromText.template === template.id && fromText.id === id
        ? fromText
        : { template: template.id, id, language: languageOfName(template, form.title), version: template.version };
  return { record, location: form.title };
}

/** The language whose template name a form's title is (forms are titled in their language). */
function languageOfName(template: TemplateDef, title: string): Language {
  return title === template.name["zh-CN"] ? "zh-CN" : "en-US";
}
