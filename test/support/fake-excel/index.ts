/**
 * A sync-counting fake of the parts of the Excel JavaScript API that the Concord Excel host uses.
 *
 *   const fake = new FakeExcel();
 *   const restore = fake.install();     // globalThis.Excel (run + enums) and Office (requirements)
 *   await host.insertTemplate("T3", "en-US");
 *   fake.syncCount;                     // context.sync() calls so far
 *   fake.workbook.sheet("Task breakdown (WBS)")?.cell(0, 0).value;
 *   restore();
 *
 * Writes apply to the in-memory workbook at once; reads throw unless the property was loaded and synced after the
 * load; a failing call fails its batch at the next sync and the calls after it do nothing (as in Excel).
 */
import { FakeRequestContext } from "./context";
import { Evaluator, WorkbookModel } from "./model";
import { WorkbookProxy } from "./proxies";

export * from "./model";
export { FakeRequestContext } from "./context";

/** The enum values of the Excel namespace the host uses (string enums, as in Office.js). */
export const EXCEL_ENUMS = {
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  ChartType: {
    columnClustered: "ColumnClustered",
    columnStacked: "ColumnStacked",
    barClustered: "BarClustered",
    barStacked: "BarStacked",
    pie: "Pie",
    doughnut: "Doughnut",
    line: "Line",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  PaperType: { a4: "A4", a3: "A3", letter: "Letter", legal: "Legal" },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash", dot: "Dot", double: "Double" },
  BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
  HorizontalAlignment: {
    general: "General",
    left: "Left",
    center: "Center",
    right: "Right",
    centerAcrossSelection: "CenterAcrossSelection",
  },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  NamedItemType: { string: "String", integer: "Integer", double: "Double", boolean: "Boolean", range: "Range" },
};

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake host supports, e.g. "1.9"; default "1.17". */
  apiVersion?: string;
  /** Values of formula cells (the fake has no formula engine). */
  evaluate?: Evaluator;
}

function minor(version: string): number {
  const match = /^1\.(\d+)$/.exec(version);
  if (!match) throw new Error(`fake-excel: requirement set version ${version}`);
  return Number(match[1]);
}

export class FakeExcel {
  readonly workbook: WorkbookModel;
  apiVersion: string;
  /** context.sync() calls, including the final one Excel.run makes when commands are still queued. */
  syncCount = 0;
  runCount = 0;
  /** Requirement-set questions asked, e.g. "ExcelApi 1.9". */
  readonly requirementChecks: string[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.workbook = new WorkbookModel(options.evaluate);
    this.apiVersion = options.apiVersion ?? "1.17";
  }

  isSetSupported(name: string, version = "1.1"): boolean {
    this.requirementChecks.push(`${name} ${version}`);
    return name === "ExcelApi" && minor(version) <= minor(this.apiVersion);
  }

  newContext(): FakeRequestContext {
    const context = new FakeRequestContext(() => this.syncCount++);
    context.workbook = new WorkbookProxy(context, this.workbook);
    return context;
  }

  /** Excel.run: a fresh context per batch; commands still queued when the batch ends are synced. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    this.runCount++;
    const context = this.newContext();
    const result = await batch(context);
    if (context.pendingOperations > 0) await context.sync();
    return result;
  }

  resetCounts(): void {
    this.syncCount = 0;
    this.runCount = 0;
    this.requirementChecks.length = 0;
  }

  /** Installs the globals `Excel` and `Office`; returns a function that restores the previous ones. */
  install(): () => void {
    const globals = globalThis as Record<string, unknown>;
    const previous = { Excel: globals.Excel, Office: globals.Office };
    globals.Excel = {
      ...EXCEL_ENUMS,
      run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => this.run(batch),
    };
    globals.Office = {
      context: {
        requirements: { isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version) },
      },
    };
    return () => {
      globals.Excel = previous.Excel;
      globals.Office = previous.Office;
    };
  }
}
