/**
 * The Excel host: the only code that touches the Excel JavaScript API. Each operation is one `Excel.run` with a fixed
 * number of `context.sync()` round trips, whatever the number of rows (budgets: insert ≤ 3, findTemplates ≤ 2,
 * readWbs ≤ 2, writeFields/updateWbs ≤ 2):
 * - insertTemplate: 2 — what the workbook has (sheet, name and table names); then every sheet of the instance
 *   (insert.ts: with the sheet renderer, loaded only when a template is inserted).
 *   (A 3rd only when that write fails: it removes the sheets and names the failed insert added.)
 * - findTemplates: 1 — the workbook names with comment, type and formula.
 * - readFields / writeFields: 2 — which bound names exist (writeFields: and the headers and size of the tables its
 *   table cells go to); then read or write their cells (write-fields.ts).
 * - readWbs / updateWbs: 2 — the Tasks table (by its name) with its headers; then the rows (and the status date),
 *   or the writes. An updateWbs that grows the table: 3 — the rows below it are read in between (wbs-append.ts).
 * - Sign-off (budgets ≤ 3): readForm and readProject 2, appendSignature 3, selectInstance and setFormLocked 1
 *   (signoff.ts, project.ts; the ledger's storage in ledger.ts).
 * Requirement sets are checked before the batch runs, so nothing is written on an Excel that lacks an API.
 *
 * Why render the SheetPlan through the API instead of inserting the generated .xlsx (`worksheets.addFromBase64`,
 * ExcelApi 1.13): that insert drops charts (the dashboard's chart would need the API anyway), needs a newer Excel
 * than everything else here (1.13 vs 1.9), and the inserted sheets would still need a second pass to give their
 * names and tables a fresh instance id. Rendering costs the same two round trips and keeps every feature.
 */
import {
  excelInstanceName,
  excelName,
  getTemplate,
  slotsOf,
  type AugmentedList,
  type AugmentOptions,
  type ColumnMapping,
  type InstanceRecord,
  type Language,
  type ListGeometry,
  type ListSelection,
  type TemplateId,
} from "../../core";
import type { ExcelConcordHost, FieldValues, TemplateInstance, WbsData, WbsUpdate } from "../types";
import type { FormContent, HostCapabilities, ProjectSnapshot, SignatureView, SignoffHost } from "../types";
import { fieldValue } from "./form-content";
import { isItemNotFound } from "./office-errors";
import { readProjectBatch } from "./project";
import { appendSignatureBatch, checkInstanceBatch, readFormBatch, selectInstanceBatch } from "./signoff";
import { instancesFrom } from "./bindings";
import { rowBands, type Placed } from "./blocks";
import { BindingNotFoundError } from "../errors";
import type { Planner } from "./planner";
import {
  MULTI_AREA_SELECT,
  officeRequirements,
  PRINT_AREA,
  requireExcelApi,
  supports,
  type OfficeRequirements,
} from "../requirements";
import type { SheetPlan } from "../../render/sheet";
import { selectTaskRowsBatch } from "./select-rows";
import { cellWrite } from "./user-text";
import { formWrites, placeCellWrites, queueTableLoads } from "./write-fields";
import { changesOf, columnPositions, taskFromRow } from "./wbs";
import { rowsAdded } from "../wbs-update";

/** `Excel.run` (or a fake in tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Built like the Word host: what it runs on and what it checks against are passed in, defaulting to Office's. */
export interface ExcelHostOptions {
  run?: ExcelRun;
  /** Office.context.requirements by default. */
  requirements?: OfficeRequirements | null;
  /** Random source of instance ids (tests pass a seeded one). */
  random?: () => number;
  /** The sheets of an instance (default: `planWorkbook`). */
  planner?: Planner;
}

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** Queues the rectangle writes of a set of cell changes relative to `origin` (number formats first). */
function queueCellWrites(
  origin: Excel.Range,
  formats: readonly Placed<string>[],
  values: readonly Placed<string | number>[],
): void {
  for (const block of rowBands(formats)) {
    origin.getCell(block.row, block.col).getResizedRange(block.rows - 1, block.cols - 1).numberFormat = block.grid;
  }
  for (const block of rowBands(values)) {
    origin.getCell(block.row, block.col).getResizedRange(block.rows - 1, block.cols - 1).values = block.grid;
  }
}

export class ExcelHost implements ExcelConcordHost, SignoffHost {
  readonly kind = "excel" as const;
  /** Excel has no lock that spares the add-in's own writes (see docs/en-US/sign-off-storage.md) and no user API. */
  readonly capabilities: HostCapabilities = { lockForms: false, identity: false };
  private readonly run: ExcelRun;
  private readonly requirements: () => OfficeRequirements | null;
  private readonly random: () => number;
  private readonly planner: Planner | null;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.requirements = () => (options.requirements !== undefined ? options.requirements : officeRequirements());
    this.random = options.random ?? Math.random;
    this.planner = options.planner ?? null;
  }

  async insertTemplate(templateId: TemplateId, language: Language): Promise<TemplateInstance> {
    requireExcelApi("insert", this.requirements());
    const template = getTemplate(templateId);
    const { insertInstance, planWorkbook } = await import(/* webpackChunkName: "excel-insert" */ "./insert");
    const planner = this.planner ?? planWorkbook;
    return this.run((context) => insertInstance(context, template, language, this.random, planner));
  }

  async findTemplates(): Promise<TemplateInstance[]> {
    requireExcelApi("find", this.requirements());
    return this.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/comment,items/type,items/formula");
      await context.sync();
      return instancesFrom(
        names.items.map((item) => ({ name: item.name, comment: item.comment, type: item.type, formula: item.formula })),
      );
    });
  }

  async readFields(instance: InstanceRecord): Promise<FieldValues> {
    requireExcelApi("readFields", this.requirements());
    const slots = slotsOf(getTemplate(instance.template));
    const bound = slots.map((slot) => ({ key: slot.key, name: excelName(instance.template, instance.id, slot.key) }));
    return this.run(async (context) => {
      const names = context.workbook.names;
      const items = bound.map((b) => names.getItemOrNullObject(b.name).load("type"));
      const self = names.getItemOrNullObject(excelInstanceName(instance.template, instance.id));
      await context.sync();

      const present = items.map((item) => !item.isNullObject && item.type === "Range");
      if (self.isNullObject && !present.some(Boolean)) {
        throw new BindingNotFoundError("excel", [excelInstanceName(instance.template, instance.id)]);
      }
      const cells = items.map((item, i) => (present[i] ? item.getRange().getCell(0, 0).load("values") : null));
      await context.sync();

      const values: FieldValues = {};
      bound.forEach((b, i) => {
        const cell = cells[i];
        if (cell) values[b.key] = fieldValue(cell.values[0][0]);
      });
      return values;
    });
  }

  async writeFields(instance: InstanceRecord, values: FieldValues): Promise<void> {
    requireExcelApi("writeFields", this.requirements());
    // Every value is checked and turned into a cell write before Excel is touched.
    const { slots, cells } = formWrites(instance, values);
    if (slots.length === 0 && cells.length === 0) return;
    await this.run(async (context) => {
      const names = context.workbook.names;
      const items = slots.map((w) => names.getItemOrNullObject(w.name).load("type"));
      const tables = queueTableLoads(context.workbook, cells);
      await context.sync().catch((error: unknown) => {
        throw isItemNotFound(error) ? new BindingNotFoundError("excel", [...tables.keys()]) : error;
      });

      const missing = slots.filter((_, i) => items[i].isNullObject || items[i].type !== "Range").map((w) => w.name);
      if (missing.length > 0) throw new BindingNotFoundError("excel", missing);
      const placed = placeCellWrites(cells, tables, instance.language);
      slots.forEach(({ write }, i) => {
        const cell = items[i].getRange().getCell(0, 0);
        // Text format first, in the same batch, so formula-looking text stays text.
        if (write.numberFormat !== null) cell.numberFormat = [[write.numberFormat]];
        cell.values = [[write.value]];
      });
      for (const { body, formats, values: cellValues } of placed) queueCellWrites(body, formats, cellValues);
      await context.sync();
    });
  }

  async readWbs(instance: InstanceRecord): Promise<WbsData> {
    requireExcelApi("readWbs", this.requirements());
    const tableName = this.tasksTableName(instance);
    return this.run(async (context) => {
      const workbook = context.workbook;
      const table = workbook.tables.getItem(tableName);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("values");
      const statusName = workbook.names.getItemOrNullObject(excelName("T3", instance.id, "statusDate")).load("type");
      await context.sync().catch((error: unknown) => {
        throw isItemNotFound(error) ? new BindingNotFoundError("excel", [tableName]) : error;
      });

      const statusCell =
        !statusName.isNullObject && statusName.type === "Range"
          ? statusName.getRange().getCell(0, 0).load("values")
          : null;
      if (statusCell) await context.sync();

      const positions = columnPositions(header.values[0], instance.language);
      const status = statusCell ? statusCell.values[0][0] : null;
      return {
        instance,
        statusDate: typeof status === "number" ? status : null,
        tasks: body.values.map((row, i) => taskFromRow(i + 1, row, positions)),
      };
    });
  }

  /**
   * Rows past the table are appended below it (wbs-append.ts): 3 syncs then, the 2nd reading the rows below to
   * check they are empty.
   */
  async updateWbs(instance: InstanceRecord, update: WbsUpdate): Promise<void> {
    requireExcelApi("updateWbs", this.requirements());
    const tableName = this.tasksTableName(instance);
    const changes = changesOf(update);
    if (changes.length === 0) return;
    const keepPrintArea = supports(this.requirements(), PRINT_AREA);
    await this.run(async (context) => {
      const table = context.workbook.tables.getItem(tableName);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("rowCount");
      await context.sync().catch((error: unknown) => {
        throw isItemNotFound(error) ? new BindingNotFoundError("excel", [tableName]) : error;
      });

      const positions = columnPositions(header.values[0], instance.language);
      const rowCount = body.rowCount;
      const added = rowsAdded(
        update.map((entry) => entry.row),
        rowCount,
      );
      const formats: Placed<string>[] = [];
      const cells: Placed<string | number>[] = [];
      for (const change of changes) {
        const col = positions.get(change.column.id) ?? -1;
        if (col < 0)
          throw new BindingNotFoundError("excel", [`${tableName}[${change.column.label[instance.language]}]`]);
        if (change.row >= rowCount) continue;
        const write = cellWrite(change.value, change.column);
        if (write.numberFormat !== null) formats.push({ row: change.row, col, value: write.numberFormat });
        cells.push({ row: change.row, col, value: write.value });
      }
      if (added > 0) {
        const grow = await import(/* webpackChunkName: "excel-wbs-append" */ "./wbs-append");
        const below = table
          .getRange()
          .getRowsBelow(grow.rowsToCheck(added, instance.language))
          .load("formulas,address");
        table.load("showTotals");
        const last = body.getLastRow().load("formulas,format/rowHeight");
        const printArea = keepPrintArea ? below.worksheet.pageLayout.getPrintAreaOrNullObject().load("address") : null;
        await context.sync();
        if (table.showTotals) throw new grow.WbsTotalRowError(added);
        const check = grow.checkBelow(below.formulas, added, instance.language);
        if ("blocked" in check) throw grow.blockedError(below.address, check.blocked, added);
        grow.queueNewRows({
          below,
          added,
          changes: changes.filter((c) => c.row >= rowCount).map((c) => ({ ...c, row: c.row - rowCount })),
          positions,
          lastFormulas: last.formulas[0],
          guidance: check.guidance,
          rowHeight: last.format.rowHeight ?? null,
          print: printArea
            ? { layout: below.worksheet.pageLayout, area: printArea.isNullObject ? null : printArea.address }
            : null,
        });
      }
      queueCellWrites(body, formats, cells);
      await context.sync();
    });
  }

  // Sign-off (SignoffHost): the batches are in signoff.ts and project.ts, the ledger's storage in ledger.ts.

  async readForm(instance: InstanceRecord): Promise<FormContent> {
    requireExcelApi("readForm", this.requirements());
    return this.run((context) => readFormBatch(context, instance));
  }

  async readProject(): Promise<ProjectSnapshot> {
    requireExcelApi("readProject", this.requirements());
    return this.run(readProjectBatch);
  }

  async appendSignature(instance: InstanceRecord, record: string, view: SignatureView): Promise<void> {
    requireExcelApi("sign", this.requirements());
    await this.run((context) => appendSignatureBatch(context, instance, record, view));
  }

  /**
   * Excel cannot lock a form (capabilities.lockForms is false): the form stays editable and a later change shows as
   * stale signatures. Like the other hosts, it reports a form that is not in the workbook (1 sync).
   */
  async setFormLocked(instance: InstanceRecord, locked: boolean): Promise<void> {
    void locked;
    requireExcelApi("readForm", this.requirements());
    await this.run((context) => checkInstanceBatch(context, instance));
  }

  async selectInstance(instance: InstanceRecord): Promise<void> {
    requireExcelApi("select", this.requirements());
    await this.run((context) => selectInstanceBatch(context, instance));
  }

  async currentUser(): Promise<string | null> {
    return null;
  }

  /** A report (the weekly brief) as a new sheet; its writer loads on first use (ReportSheetHost). */
  async addReportSheet(plan: SheetPlan): Promise<{ sheet: string }> {
    requireExcelApi("insert", this.requirements());
    const { addReportSheetBatch } = await import(/* webpackChunkName: "excel-insert" */ "./report-sheet");
    return this.run((context) => addReportSheetBatch(context, plan));
  }

  async selectTaskRows(instance: InstanceRecord, rows: readonly number[]): Promise<{ selected: number }> {
    requireExcelApi("selectRows", this.requirements());
    const tableName = this.tasksTableName(instance);
    const multiArea = supports(this.requirements(), MULTI_AREA_SELECT);
    return this.run((context) => selectTaskRowsBatch(context, tableName, rows, multiArea));
  }

  // "Add status and lag to this table" (augment.ts, loaded on first use): read 3 syncs, add 2.

  async readSelectedList(): Promise<ListSelection> {
    requireExcelApi("detectList", this.requirements());
    const { readSelectedListBatch } = await import(/* webpackChunkName: "excel-augment" */ "./augment");
    return this.run(readSelectedListBatch);
  }

  async augmentList(
    list: ListGeometry,
    mapping: ColumnMapping,
    language: Language,
    options?: AugmentOptions,
  ): Promise<AugmentedList> {
    requireExcelApi("augmentList", this.requirements());
    const { augmentListBatch, planOrRefuse } = await import(/* webpackChunkName: "excel-augment" */ "./augment");
    const plan = planOrRefuse(list, mapping, language, options);
    return this.run((context) => augmentListBatch(context, plan));
  }

  private tasksTableName(instance: InstanceRecord): string {
    if (instance.template !== "T3") throw new RangeError(`${instance.template} is not a task breakdown (T3)`);
    return excelName("T3", instance.id, "tasks");
  }
}
