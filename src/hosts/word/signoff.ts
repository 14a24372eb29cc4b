/**
 * Sign-off in Word (SignoffHost): the ledger as hidden, locked content controls in the signed forms (see ledger.ts for
 * why), the signature shown in the form's signature block, signed forms locked, the user's name where Word tells it.
 *
 * Round trips (context.sync), independent of the number of forms and signatures:
 * - readForm: 1 — every field and cell control by its tag.
 * - readProject: 1 — tag, title, text and placeholder of every content control, everything derived from that; a 2nd
 *   only for hidden records Word did not report as text (hidden text not shown; see hidden-text.ts).
 * - appendSignature: 2 — (1) the form, the block's controls, their locks and the Track Changes mode; (2) the record
 *   appended and the block written, with tracking off and restored (a 3rd restores tracking when the writes fail).
 * - setFormLocked: 2 — (1) the tags of all controls; (2) set the locks.
 * - selectInstance: 1. currentUser: 1 where WordApiDesktop 1.4 is there, else none.
 *
 * Locking: a signed form's field, list and table controls and its signature blocks get cannotEdit and cannotDelete
 * (WordApi 1.1), so the signed content cannot be changed or removed by hand until an approved change request unlocks
 * it. Left open: the form's wrapper (the ledger is appended into it), its record and ledger controls (locked for ever
 * when inserted) and the fields the sign-off itself fills (`SIGNOFF_FIELDS`: the lead's decision on a kickoff or a
 * change request), which the signatures do not cover. A signature on a locked form keeps its block locked
 * (`queueLockedWrite`: unlocked for the write, locked again, in the same batch).
 */
import {
  getTemplate,
  LocalizedError,
  parseWordTag,
  SIGNOFF_FIELDS,
  wordTag,
  type InstanceRecord,
  type TemplateDef,
} from "../../core";
import { RECORD_KEY, wordControls } from "../../render/word";
import { BindingNotFoundError } from "../errors";
import type { FormContent, HostCapabilities, ProjectSnapshot, SignatureView, SignoffHost } from "../types";
import { formContentOf, queueFormRead } from "./form-content";
import { queueHiddenText } from "./hidden-text";
import { formsIn, instanceOf, needsRecordText } from "./instances";
import { distinctRecords, entryNumberOf, isLedgerKey, ledgerRecordPackage, ledgerTag, ledgerTitle } from "./ledger";
import {
  HIDDEN_TEXT_SET,
  requireWordApi,
  supportsIdentity,
  supportsWordApi,
  TRACKING_SET,
  type OfficeRequirements,
} from "../requirements";
import { signatureWrites } from "./signature-block";
import { loadTrackingMode, syncUntracked } from "./tracking";
import { LOCK_PROPERTIES, queueLockedWrite } from "./write";
import type { WordRun } from "./word-host";

export class WordSignoff implements SignoffHost {
  constructor(
    private readonly run: WordRun,
    private readonly requirements: () => OfficeRequirements | null,
  ) {}

  get capabilities(): HostCapabilities {
    return { lockForms: true, identity: supportsIdentity(this.requirements()) };
  }

  async readForm(instance: InstanceRecord): Promise<FormContent> {
    requireWordApi("readFields", this.requirements());
    const template = getTemplate(instance.template);
    return this.run(async (context) => {
      const form = queueFormRead(context, template, instance.id);
      await context.sync();
      if (!form.found()) throw new BindingNotFoundError("word", [wordTag(template.id, instance.id)]);
      return formContentOf(template, instance.language, form.controlOf);
    });
  }

  async readProject(): Promise<ProjectSnapshot> {
    const requirements = this.requirements();
    requireWordApi("readProject", requirements);
    const includeHiddenText = supportsWordApi(requirements, HIDDEN_TEXT_SET);
    return this.run(async (context) => {
      const all = context.document.contentControls.load("items/tag,items/title,items/text,items/placeholderText");
      await context.sync();

      const firstByTag = new Map<string, Word.ContentControl>();
      const ledger: Array<{ control: Word.ContentControl; text: () => string }> = [];
      for (const control of all.items) {
        if (!firstByTag.has(control.tag)) firstByTag.set(control.tag, control);
        if (isLedgerKey(parseWordTag(control.tag)?.key ?? null)) ledger.push({ control, text: () => control.text });
      }
      // Hidden records Word did not report as text: read again, all in one more round trip.
      let hiddenReads = 0;
      for (const record of ledger) {
        if (entryNumberOf(record.control.text) !== null) continue;
        record.text = queueHiddenText(record.control, record.control.tag, { ownParagraph: true, includeHiddenText });
        hiddenReads++;
      }
      const forms = formsIn(all.items).map((form) => {
        if (!needsRecordText(form)) return { form, recordText: () => null };
        hiddenReads++;
        const recordText = queueHiddenText(form.record!, form.record!.tag, { ownParagraph: false, includeHiddenText });
        return { form, recordText };
      });
      if (hiddenReads > 0) await context.sync();

      const snapshot: ProjectSnapshot = { instances: [], forms: {}, ledger: [], wbs: {} };
      for (const { form, recordText } of forms) {
        const instance = instanceOf(form, recordText());
        snapshot.instances.push(instance);
        snapshot.forms[form.id] = formContentOf(form.template, instance.record.language, (key) =>
          firstByTag.get(wordTag(form.template.id, form.id, key)),
        );
      }
      snapshot.ledger = distinctRecords(ledger.map((record) => record.text()).filter((text) => text.trim() !== ""));
      return snapshot;
    });
  }

  async appendSignature(instance: InstanceRecord, record: string, view: SignatureView): Promise<void> {
    const requirements = this.requirements();
    requireWordApi("sign", requirements);
    const template = getTemplate(instance.template);
    const n = entryNumberOf(record);
    const tagOf = (key: string) => wordTag(template.id, instance.id, key);
    const controls = new Map(wordControls(template).map((control) => [control.key, control]));
    const writes = signatureWrites(view, instance.language, controls, tagOf);

    await this.run(async (context) => {
      const controlsByTag = (tag: string) => context.document.contentControls.getByTag(tag);
      const form = controlsByTag(wordTag(template.id, instance.id)).load("items/tag");
      const targets = writes.map(({ control }) => controlsByTag(tagOf(control.key)).load(LOCK_PROPERTIES));
      const tracking = loadTrackingMode(context, supportsWordApi(requirements, TRACKING_SET));
      await context.sync();

      const missing = [
        ...(form.items.length === 0 ? [wordTag(template.id, instance.id)] : []),
        ...writes.flatMap(({ control }, i) => (targets[i].items.length === 0 ? [tagOf(control.key)] : [])),
      ];
      if (missing.length > 0) throw new BindingNotFoundError("word", missing);
      if (n === null) throw new LocalizedError(NOT_A_RECORD);

      await syncUntracked(context, tracking, () => {
        const title = ledgerTitle(n, instance.language);
        const ooxml = ledgerRecordPackage(ledgerTag(template.id, instance.id, n), title, record, instance.language);
        form.items[0].insertOoxml(ooxml, "End");
        writes.forEach((write, i) => queueLockedWrite(context, targets[i].items[0], template, instance, write));
      });
    });
  }

  async setFormLocked(instance: InstanceRecord, locked: boolean): Promise<void> {
    requireWordApi("lock", this.requirements());
    const template = getTemplate(instance.template);
    await this.run(async (context) => {
      const all = context.document.contentControls.load("items/tag");
      await context.sync();

      let found = false;
      for (const control of all.items) {
        const parsed = parseWordTag(control.tag);
        if (!parsed || parsed.template !== template.id || parsed.instance !== instance.id) continue;
        if (parsed.key === null) found = true;
        else if (isLockable(template, parsed.key)) setLock(control, locked);
      }
      if (!found) throw new BindingNotFoundError("word", [wordTag(template.id, instance.id)]);
      await context.sync();
    });
  }

  async selectInstance(instance: InstanceRecord): Promise<void> {
    requireWordApi("select", this.requirements());
    const tag = wordTag(instance.template, instance.id);
    await this.run(async (context) => {
      // The cursor goes to the start of the form (Word scrolls to it); selecting the whole form would let the next
      // keystroke replace it.
      context.document.contentControls.getByTag(tag).getFirst().select("Start");
      try {
        await context.sync();
      } catch (error) {
        if ((error as { code?: string }).code === "ItemNotFound") throw new BindingNotFoundError("word", [tag]);
        throw error;
      }
    });
  }

  async currentUser(): Promise<string | null> {
    if (!supportsIdentity(this.requirements())) return null;
    try {
      return await this.run(async (context) => {
        const me = context.document.coauthoring.me.load("name");
        await context.sync();
        return me.name.trim() || null;
      });
    } catch {
      // No name is not an error: the pane asks for it and marks it self-declared.
      return null;
    }
  }
}

const NOT_A_RECORD = {
  "en-US": "This is not a sign-off record, so nothing was signed. Sign again from the task pane.",
  "zh-CN": "这不是签字记录，未签署任何内容。请在任务窗格中重新签字。",
};

function setLock(control: Word.ContentControl, locked: boolean): void {
  control.cannotEdit = locked;
  control.cannotDelete = locked;
}

/** Controls a lock covers: every field, list item, table cell and signature block of the form, except the above. */
function isLockable(template: TemplateDef, key: string): boolean {
  if (key === RECORD_KEY || isLedgerKey(key)) return false;
  return !(SIGNOFF_FIELDS[template.id] ?? []).some((field) => key === field || key.startsWith(`${field}.`));
}
