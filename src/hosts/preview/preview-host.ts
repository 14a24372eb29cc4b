/**
 * The browser preview's host: an in-memory workbook or document holding the sample project (sample-project.ts), for
 * the task pane opened outside Office. It implements the same contract as the Excel and Word hosts
 * (test/hosts/contract/host-contract.ts); nothing is saved, and a reload starts again from the sample.
 *
 * - `kind` "excel" holds the whole sample (T1, T4, T2, T3, T4, T5, T6, each "on its own sheet", without the WBS's
 *   dashboard and timeline sheets); "word" holds the forms a Word document can: T1, T4, T2, T4, T5. T3 and T6 cannot
 *   be inserted in the Word kind, as in Word.
 * - Locks: setFormLocked records the lock in both kinds; only the Word kind (capabilities.lockForms) refuses to write a
 *   locked form, with FormLockedError, as the Word host's locked content controls do.
 * - Identity: the Word kind reports the sample's department head who has not signed the consensus form yet as the
 *   Office user (the path of Word desktop's `coauthoring.me`); the Excel kind reports none (the pane asks for a name,
 *   marked self-declared). The `user` option overrides both.
 * - Every call is asynchronous and waits `delayMs` first, so the pane's spinners can be seen.
 */
import {
  excelInstanceName,
  getTemplate,
  newInstanceId,
  slotsOf,
  uniqueSheetName,
  wordTag,
  writableTableCell,
  type Host,
  type InstanceRecord,
  type Language,
  type Serial,
  type SignoffCrypto,
  type TemplateId,
} from "../../core";
import type { SheetPlan } from "../../render/sheet";
import type { AugmentedList, AugmentOptions, ColumnMapping, ListGeometry, ListSelection } from "../../core";
import {
  BindingNotFoundError,
  FormLockedError,
  LocalizedError,
  TableRowError,
  UnknownFieldError,
  UnsupportedHostError,
} from "../errors";
import type {
  ConcordHost,
  FieldValues,
  FormContent,
  HostCapabilities,
  ProjectSnapshot,
  SignatureView,
  ReportSheetHost,
  SignoffHost,
  TaskRowsHost,
  TemplateInstance,
  WbsData,
  WbsUpdate,
} from "../types";
import { blankForm, clockAt, signatureValues, type FormClock, type MemoryForm } from "./memory-form";
import { SAMPLE_PENDING_SIGNER, SAMPLE_STATUS_DATE, sampleProject } from "./sample-project";
import { formTables, wbsTasks } from "./sheet-formulas";
import { rowsAdded } from "../wbs-update";
import { NO_LISTS, PreviewLists } from "./preview-lists";
import { sampleListSheets } from "./sample-list";

export interface PreviewHostOptions<K extends Host> {
  kind: K;
  /** The sample's language (its texts, names and the forms' language). */
  language: Language;
  /** The WBS status date the sample is dated from (default: Monday 2026-11-16, so screenshots stay the same). */
  statusDate?: Serial;
  /** Milliseconds each call waits before it answers (default 0). */
  delayMs?: number;
  /** The Office user's name (`currentUser`); default: the sample's pending signer in Word, none in Excel. */
  user?: string | null;
  /** Web Crypto for the sample's signatures (default: the browser's `crypto.subtle`). */
  crypto?: SignoffCrypto;
  /** Starts with an empty file instead of the sample project. */
  empty?: boolean;
  /** For new instance ids (Math.random by default). */
  random?: () => number;
}

const NO_SHEETS = {
  "en-US": "A Word document has no sheets: open the workbook to add the brief as a sheet.",
  "zh-CN": "Word 文档没有工作表：请在工作簿中将简报添加为工作表。",
} as const;

const WHERE = {
  excel: { "en-US": "a workbook", "zh-CN": "工作簿" },
  word: { "en-US": "a Word document", "zh-CN": "Word 文档" },
} as const;

/** Builds a preview host with its sample project (about 15 ms, mostly the signers' keys and signatures). */
export async function createPreviewHost<K extends Host>(options: PreviewHostOptions<K>): Promise<PreviewHost<K>> {
  const statusDate = options.statusDate ?? SAMPLE_STATUS_DATE;
  const crypto = options.crypto ?? (globalThis.crypto?.subtle as SignoffCrypto | undefined);
  if (!options.empty && !crypto) {
    throw new LocalizedError({
      "en-US": "The preview needs the browser's Web Crypto: open it over https or from localhost.",
      "zh-CN": "预览需要浏览器的 Web Crypto：请通过 https 或 localhost 打开。",
    });
  }
  const sample = options.empty
    ? { forms: [], ledger: [] }
    : await sampleProject({ kind: options.kind, language: options.language, statusDate, crypto: crypto! });
  return new PreviewHost(options, sample.forms, sample.ledger, statusDate);
}

export class PreviewHost<K extends Host = Host> implements ConcordHost, SignoffHost, TaskRowsHost, ReportSheetHost {
  readonly kind: K;
  readonly capabilities: HostCapabilities;
  private readonly clock: FormClock;
  private readonly delayMs: number;
  private readonly user: string | null;
  private readonly random: () => number;
  private selected: InstanceRecord | null = null;
  private taskRows: number[] = [];
  private readonly reports: Array<{ sheet: string; plan: SheetPlan }> = [];
  /** The workbook's own task and issue lists (plain sheets, also in an empty file) and which one is selected. */
  readonly lists: PreviewLists;

  constructor(
    options: PreviewHostOptions<K>,
    private readonly forms: MemoryForm[],
    private readonly ledger: string[],
    statusDate: Serial,
  ) {
    this.kind = options.kind;
    this.clock = clockAt(statusDate);
    this.delayMs = options.delayMs ?? 0;
    this.random = options.random ?? Math.random;
    const sampleUser = options.kind === "word" ? SAMPLE_PENDING_SIGNER.name[options.language] : null;
    this.user = options.user !== undefined ? options.user : sampleUser;
    this.capabilities = { lockForms: options.kind === "word", identity: this.user !== null };
    this.lists = new PreviewLists(sampleListSheets(options.language, statusDate, this.clock.statusTime), this.clock);
  }

  /** The instance last brought into view (`selectInstance`), or null. */
  get selection(): InstanceRecord | null {
    return this.selected;
  }

  /** The WBS rows last selected (`selectTaskRows`), 1-based within the Tasks table. */
  get selectedTaskRows(): readonly number[] {
    return this.taskRows;
  }

  /** Whether `setFormLocked` last locked the instance. */
  isLocked(instance: InstanceRecord): boolean {
    return this.find(instance).locked;
  }

  async insertTemplate(template: TemplateId, language: Language): Promise<TemplateInstance> {
    await this.settle();
    const definition = getTemplate(template);
    if (!definition.hosts.includes(this.kind)) {
      const where = WHERE[this.kind];
      throw new LocalizedError({
        "en-US": `${definition.name["en-US"]} (${template}) cannot be inserted in ${where["en-US"]}. Nothing was changed.`,
        "zh-CN": `${definition.name["zh-CN"]}（${template}）不能插入${where["zh-CN"]}。未做任何修改。`,
      });
    }
    const id = newInstanceId(
      this.forms.map((form) => form.record.id),
      this.random,
    );
    const record: InstanceRecord = { template, id, language, version: definition.version };
    const form = blankForm(
      record,
      this.kind,
      this.forms.map((f) => f.location),
      this.clock,
    );
    this.forms.push(form);
    return { record, location: form.location };
  }

  async findTemplates(): Promise<TemplateInstance[]> {
    await this.settle();
    return this.forms.map((form) => ({ record: { ...form.record }, location: form.location }));
  }

  async readFields(instance: InstanceRecord): Promise<FieldValues> {
    await this.settle();
    return { ...this.find(instance).values };
  }

  async writeFields(instance: InstanceRecord, values: FieldValues): Promise<void> {
    await this.settle();
    const form = this.find(instance);
    const template = getTemplate(instance.template);
    const keys = new Set(slotsOf(template).map((slot) => slot.key));
    const entries = Object.entries(values).filter(([, value]) => value !== undefined);
    const unknown = entries.map(([key]) => key).filter((key) => !keys.has(key) && !writableTableCell(template, key));
    if (unknown.length > 0) throw new UnknownFieldError(instance.template, unknown);
    const cells = entries.flatMap(([key, value]) => {
      const cell = keys.has(key) ? null : writableTableCell(template, key)!;
      return cell ? [{ key, cell, value }] : [];
    });
    for (const { key, cell } of cells) {
      const rows = form.tables[cell.table.id];
      if (cell.row > rows.length) throw new TableRowError(key, cell.table.title, rows.length);
    }
    if (form.locked && this.capabilities.lockForms) throw new FormLockedError(this.kind, form.location);
    const blankAsNull = (value: string | number | null) => (value === "" ? null : value);
    for (const [key, value] of entries) if (keys.has(key)) form.values[key] = blankAsNull(value);
    for (const { cell, value } of cells) form.tables[cell.table.id][cell.row - 1][cell.column.id] = blankAsNull(value);
  }

  async readWbs(instance: InstanceRecord): Promise<WbsData> {
    await this.settle();
    const form = this.wbs(instance);
    return this.wbsData(form);
  }

  /** Rows past the Tasks table are appended, blank rows shaped like the others, as the Excel host grows the table. */
  async updateWbs(instance: InstanceRecord, update: WbsUpdate): Promise<void> {
    await this.settle();
    const rows = this.wbs(instance).tables.tasks;
    for (const change of update) {
      if (!Number.isInteger(change.row) || change.row < 1)
        throw new RangeError(`WBS row ${change.row}: rows start at 1`);
    }
    const added = rowsAdded(
      update.map((change) => change.row),
      rows.length,
    );
    const shape = Object.keys(rows[0] ?? {});
    for (let i = 0; i < added; i++) rows.push(Object.fromEntries(shape.map((column) => [column, null])));
    for (const { row, ...columns } of update) {
      for (const [column, value] of Object.entries(columns)) {
        if (column in rows[row - 1]) rows[row - 1][column] = value === "" || value === undefined ? null : value;
      }
    }
  }

  async readForm(instance: InstanceRecord): Promise<FormContent> {
    await this.settle();
    return this.content(this.find(instance));
  }

  async readProject(): Promise<ProjectSnapshot> {
    await this.settle();
    const snapshot: ProjectSnapshot = {
      instances: this.forms.map((form) => ({ record: { ...form.record }, location: form.location })),
      forms: {},
      ledger: [...this.ledger],
      wbs: {},
    };
    for (const form of this.forms) {
      if (form.record.template === "T3") snapshot.wbs[form.record.id] = this.wbsData(form);
      else snapshot.forms[form.record.id] = this.content(form);
    }
    return snapshot;
  }

  async appendSignature(instance: InstanceRecord, record: string, view: SignatureView): Promise<void> {
    await this.settle();
    const form = this.find(instance);
    const values = signatureValues(view, form.record.language);
    const keys = new Set(slotsOf(getTemplate(instance.template)).map((slot) => slot.key));
    if (!Object.keys(values).every((key) => keys.has(key)))
      throw new UnknownFieldError(instance.template, [view.block]);
    this.ledger.push(record);
    Object.assign(form.values, values);
  }

  async setFormLocked(instance: InstanceRecord, locked: boolean): Promise<void> {
    await this.settle();
    this.find(instance).locked = locked;
  }

  async selectInstance(instance: InstanceRecord): Promise<void> {
    await this.settle();
    this.selected = { ...this.find(instance).record };
  }

  async currentUser(): Promise<string | null> {
    await this.settle();
    return this.user;
  }

  /** Report sheets added (`addReportSheet`), by name, in order. */
  get reportSheets(): ReadonlyArray<{ sheet: string; plan: SheetPlan }> {
    return this.reports;
  }

  /** As Excel: a sheet under a name no sheet has (ReportSheetHost); only a workbook has sheets. */
  async addReportSheet(plan: SheetPlan): Promise<{ sheet: string }> {
    await this.settle();
    if (this.kind !== "excel") throw new UnsupportedHostError("ExcelApi", NO_SHEETS);
    const taken = [...this.forms.map((f) => f.location), ...this.reports.map((r) => r.sheet)];
    const sheet = uniqueSheetName(plan.sheetName, taken);
    this.reports.push({ sheet, plan });
    return { sheet };
  }

  /** As Excel with RangeAreas.select: every listed row of the WBS that exists (TaskRowsHost). */
  async selectTaskRows(instance: InstanceRecord, rows: readonly number[]): Promise<{ selected: number }> {
    await this.settle();
    const form = this.wbs(instance);
    const count = form.tables.tasks?.length ?? 0;
    const valid = [...new Set(rows)].filter((r) => Number.isInteger(r) && r >= 1 && r <= count).sort((a, b) => a - b);
    if (valid.length > 0) {
      this.selected = { ...form.record };
      this.taskRows = valid;
    }
    return { selected: valid.length };
  }

  /** As Excel: the list selected in the preview (`lists.select`) with its columns detected (ExcelConcordHost). */
  async readSelectedList(): Promise<ListSelection> {
    await this.settle();
    if (this.kind !== "excel") throw new UnsupportedHostError("ExcelApi", NO_LISTS);
    return this.lists.readSelected();
  }

  /** As Excel: the planned columns beside the list, refused before anything is written (ExcelConcordHost). */
  async augmentList(
    list: ListGeometry,
    mapping: ColumnMapping,
    language: Language,
    options?: AugmentOptions,
  ): Promise<AugmentedList> {
    await this.settle();
    if (this.kind !== "excel") throw new UnsupportedHostError("ExcelApi", NO_LISTS);
    return this.lists.augment(list, mapping, language, options);
  }

  private settle(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  private find(instance: InstanceRecord): MemoryForm {
    const form = this.forms.find((f) => f.record.id === instance.id && f.record.template === instance.template);
    if (form) return form;
    const name =
      this.kind === "excel"
        ? excelInstanceName(instance.template, instance.id)
        : wordTag(instance.template, instance.id);
    throw new BindingNotFoundError(this.kind, [name]);
  }

  private wbs(instance: InstanceRecord): MemoryForm {
    if (instance.template !== "T3") throw new RangeError(`${instance.template} is not a task breakdown (T3)`);
    return this.find(instance);
  }

  private content(form: MemoryForm): FormContent {
    return { values: { ...form.values }, tables: formTables(form) };
  }

  private wbsData(form: MemoryForm): WbsData {
    const date = (value: unknown) => (typeof value === "number" ? value : null);
    const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
    return {
      instance: { ...form.record },
      statusDate: date(form.values.statusDate),
      updateDate: date(form.values.updateDate),
      tasks: wbsTasks(form),
      departments: form.tables.departments
        .filter((row) => row.department !== null)
        .map((row) => ({ department: text(row.department), type: text(row.type), liaison: text(row.liaison) })),
      calendar: (form.tables.calendar ?? [])
        .filter((row) => row.date !== null && row.date !== undefined && row.date !== "")
        .map((row) => [row.date ?? null, row.kind ?? null]),
    };
  }
}
