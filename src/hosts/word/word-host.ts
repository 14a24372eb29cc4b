/**
 * The Word host: inserts templates as tagged content controls (one Flat OPC package per instance, rendered by
 * src/render/word), finds them again by their tags and reads/writes their fields.
 *
 * Round trips (context.sync), independent of the number of fields and instances:
 * - insertTemplate: 2 — (1) the tags in use, where the cursor is and the Track Changes mode, (2) insert (tracking
 *   off, restored) and read the new form back.
 * - findTemplates: 1 — tags and titles of all content controls (the record control's title carries language and
 *   version); a 2nd only when a record title was damaged and the record's hidden text must be read.
 * - readFields: 1 — every field control by its tag (text, and the placeholder Word shows once a user emptied it).
 * - writeFields: 2 — (1) find every control to write, its lock and the Track Changes mode (nothing is written if one
 *   is missing or the form is signed and locked), (2) write with tracking off, restoring it (tracking.ts).
 * - Sign-off (readForm, readProject, appendSignature, setFormLocked, selectInstance, currentUser): signoff.ts.
 *
 * Where a form goes: right after the selection (a collapsed selection is the cursor; a non-empty one is kept, the
 * form follows it), unless the cursor is somewhere a form must not nest — a table cell, a header/footer/footnote,
 * another content control (e.g. inside a form) — or Word cannot tell (WordApi 1.3 missing): then at the end of the
 * document. Nothing the user has is replaced.
 */
import {
  getTemplate,
  newInstanceId,
  parseWordTag,
  wordTag,
  type InstanceRecord,
  type Language,
  type TemplateId,
} from "../../core";
import { flatOpc, wordBody } from "../../render/word";
import type {
  ConcordHost,
  FieldValues,
  FormContent,
  HostCapabilities,
  ProjectSnapshot,
  SignatureView,
  SignoffHost,
  TemplateInstance,
} from "../types";
import { BindingNotFoundError, FormLockedError } from "../errors";
import { fieldValuesOf, queueFormRead } from "./form-content";
import { queueHiddenText } from "./hidden-text";
import { formsIn, instanceOf, needsRecordText } from "./instances";
import {
  CURSOR_SET,
  HIDDEN_TEXT_SET,
  officeRequirements,
  requireWordApi,
  supportsWordApi,
  TRACKING_SET,
  type OfficeRequirements,
} from "../requirements";
import { WordSignoff } from "./signoff";
import { loadTrackingMode, syncUntracked } from "./tracking";
import { checkedWrites, isChoiceWrite, LOCK_PROPERTIES, queueLockedWrite } from "./write";

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

export class WordHost implements ConcordHost, SignoffHost {
  readonly kind = "word" as const;
  private readonly run: WordRun;
  private readonly requirements: () => OfficeRequirements | null;
  private readonly random: () => number;
  private readonly signoff: WordSignoff;

  constructor(options: WordHostOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.requirements = () => (options.requirements !== undefined ? options.requirements : officeRequirements());
    this.random = options.random ?? Math.random;
    this.signoff = new WordSignoff(this.run, this.requirements);
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
      const tracking = loadTrackingMode(context, supportsWordApi(requirements, TRACKING_SET));
      await context.sync();

      const taken = existing.items.flatMap((control) => {
        const parsed = parseWordTag(control.tag);
        return parsed ? [parsed.instance] : [];
      });
      const id = newInstanceId(taken, this.random);
      const ooxml = flatOpc(wordBody(template, language, id));
      const atCursor = cursor !== null && cursor.body.type === MAIN_BODY && cursor.control.isNullObject;
      // Not a tracked insertion: its locked record control could not be removed by rejecting it.
      const inserted = await syncUntracked(context, tracking, () => {
        const range = atCursor
          ? selection.insertOoxml(ooxml, "After")
          : context.document.body.insertOoxml(ooxml, "End");
        // The cursor goes after the new form (like a paste): the user sees it, and a second form follows the first.
        range.select("End");
        return context.document.contentControls.getByTag(wordTag(template.id, id)).load("items/title");
      });

      if (inserted.items.length === 0) throw new BindingNotFoundError("word", [wordTag(template.id, id)]);
      return {
        record: { template: template.id, id, language, version: template.version },
        location: inserted.items[0].title,
      };
    });
  }

  async findTemplates(): Promise<TemplateInstance[]> {
    const requirements = this.requirements();
    requireWordApi("find", requirements);
    return this.run(async (context) => {
      const all = context.document.contentControls.load("items/tag,items/title");
      await context.sync();

      // Only when a record's title was damaged: read its hidden text (the full record), all in one round trip.
      const includeHiddenText = supportsWordApi(requirements, HIDDEN_TEXT_SET);
      const forms = formsIn(all.items).map((form) => ({
        form,
        recordText: needsRecordText(form)
          ? queueHiddenText(form.record!, form.record!.tag, { ownParagraph: false, includeHiddenText })
          : () => null,
      }));
      if (forms.some(({ form }) => needsRecordText(form))) await context.sync();
      return forms.map(({ form, recordText }) => instanceOf(form, recordText()));
    });
  }

  async readFields(instance: InstanceRecord): Promise<FieldValues> {
    requireWordApi("readFields", this.requirements());
    const template = getTemplate(instance.template);
    return this.run(async (context) => {
      const form = queueFormRead(context, template, instance.id);
      await context.sync();
      if (!form.found()) throw new BindingNotFoundError("word", [wordTag(template.id, instance.id)]);
      return fieldValuesOf(template, instance.language, form.controlOf);
    });
  }

  async writeFields(instance: InstanceRecord, values: FieldValues): Promise<void> {
    const requirements = this.requirements();
    requireWordApi("writeFields", requirements);
    const template = getTemplate(instance.template);
    // Every value is checked before anything is written.
    const writes = checkedWrites(template, values);
    if (writes.length === 0) return;
    if (writes.some(isChoiceWrite)) requireWordApi("writeChoices", requirements);

    await this.run(async (context) => {
      const wrapper = context.document.contentControls.getByTag(wordTag(template.id, instance.id)).load("items/tag");
      const targets = writes.map(({ control }) =>
        context.document.contentControls.getByTag(wordTag(template.id, instance.id, control.key)).load(LOCK_PROPERTIES),
      );
      const tracking = loadTrackingMode(context, supportsWordApi(requirements, TRACKING_SET));
      await context.sync();

      const missing = [
        ...(wrapper.items.length === 0 ? [wordTag(template.id, instance.id)] : []),
        ...writes.flatMap(({ control }, i) =>
          targets[i].items.length === 0 ? [wordTag(template.id, instance.id, control.key)] : [],
        ),
      ];
      if (missing.length > 0) throw new BindingNotFoundError("word", missing);
      // A signed form is locked (setFormLocked): nothing is written until a change request unlocks it.
      if (targets.some((target) => target.items[0].cannotEdit)) {
        throw new FormLockedError("word", template.name[instance.language]);
      }

      await syncUntracked(context, tracking, () =>
        // A control locked against deletion only (by hand) is unlocked for the write: replacing it would fail.
        writes.forEach((write, i) => queueLockedWrite(context, targets[i].items[0], template, instance, write)),
      );
    });
  }

  // Sign-off (SignoffHost): see signoff.ts.
  get capabilities(): HostCapabilities {
    return this.signoff.capabilities;
  }

  readForm(instance: InstanceRecord): Promise<FormContent> {
    return this.signoff.readForm(instance);
  }

  readProject(): Promise<ProjectSnapshot> {
    return this.signoff.readProject();
  }

  appendSignature(instance: InstanceRecord, record: string, view: SignatureView): Promise<void> {
    return this.signoff.appendSignature(instance, record, view);
  }

  setFormLocked(instance: InstanceRecord, locked: boolean): Promise<void> {
    return this.signoff.setFormLocked(instance, locked);
  }

  selectInstance(instance: InstanceRecord): Promise<void> {
    return this.signoff.selectInstance(instance);
  }

  currentUser(): Promise<string | null> {
    return this.signoff.currentUser();
  }
}
