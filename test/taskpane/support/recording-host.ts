import type { InstanceRecord, Language, TemplateId } from "../../../src/core";
import type { FormContent, ProjectSnapshot, TemplateInstance } from "../../../src/hosts/types";
import type { PaneHost } from "../../../src/taskpane/connect";

/** A host that records the pane's calls and keeps inserted instances in memory (no forms' content, no ledger). */
export class RecordingHost implements PaneHost {
  readonly capabilities = { lockForms: false, identity: false };
  readonly inserted: Array<[TemplateId, Language]> = [];
  readonly selected: InstanceRecord[] = [];
  instances: TemplateInstance[] = [];
  failWith: unknown = null;
  readFailure: unknown = null;
  reads = 0;
  /** Sheets an Excel insert reports (a T3 adds three). */
  sheetsFor: (template: TemplateId) => string[] | undefined = () => undefined;

  constructor(readonly kind: "excel" | "word") {}

  async insertTemplate(template: TemplateId, language: Language): Promise<TemplateInstance> {
    if (this.failWith) throw this.failWith;
    this.inserted.push([template, language]);
    const record: InstanceRecord = { template, id: `abc00${this.inserted.length}`, language, version: 1 };
    const instance = { record, location: `${template} place`, sheets: this.sheetsFor(template) };
    this.instances.push(instance);
    return instance;
  }
  async findTemplates() {
    return [...this.instances];
  }
  async readFields() {
    return {};
  }
  async writeFields() {}
  async readForm(): Promise<FormContent> {
    return { values: {}, tables: {} };
  }
  async readProject(): Promise<ProjectSnapshot> {
    this.reads += 1;
    if (this.readFailure) throw this.readFailure;
    const forms = Object.fromEntries(this.instances.map((i) => [i.record.id, { values: {}, tables: {} }]));
    return { instances: [...this.instances], forms, ledger: [], wbs: {} };
  }
  async appendSignature() {}
  async setFormLocked() {}
  async selectInstance(instance: InstanceRecord) {
    this.selected.push(instance);
  }
  async currentUser() {
    return null;
  }
}
