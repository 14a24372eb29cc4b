/**
 * `planSheet` (exported from plan-sheet.ts): a template instance as a worksheet plan (SheetPlan), for every template T1–T8 in either language.
 * Forms (T1, T2, T4, T5, T7, T8) get the printed-form layout (plan-form.ts); templates built around a numbered
 * table (T3 WBS, T6 issue log) the register layout (plan-register.ts). The WBS's companion sheets are planned by
 * `planDashboard` and `planTimeline`.
 *
 * Units: column widths in characters (Excel's column width), row heights in points. A cell's style and number format
 * apply to its whole merge area.
 */
import { type FormulaDialect, type Language, tablesOf, type TemplateDef } from "../../core";
import { PlanBuilder, sheetNameFor } from "./plan-builder";
import { formGrid, planForm } from "./plan-form";
import { placeInstanceName, type PlanContext } from "./plan-parts";
import { mainTableOf, planRegister, registerGrid } from "./plan-register";
import { placeSpills, spilledColumns, spillGrid } from "./plan-spill";
import {
  a1References,
  positionsOf,
  structuredReferences,
  type ReferenceFactory,
  type ReferenceStyle,
  type SpillAnchors,
} from "./references";
import type { SheetPlan } from "./sheet-plan";

export interface PlanOptions {
  /**
   * "structured" (default): formulas use table and workbook names — what the Excel host writes through Office.js.
   * "a1": plain A1 addresses; a table column's formula is written for its first data row, relative references
   * move with each row (fill down), and list validations from another table point at its column directly.
   */
  references?: ReferenceStyle;
  /** Structured references only: `Table[[#This Row],[Label]]` (the .xlsx file form) instead of `[@[Label]]`. */
  thisRow?: "@" | "explicit";
  /** "concord" (default): calculated columns call the add-in's CONCORD functions; "native": built-in functions only. */
  dialect?: FormulaDialect;
}

/** The references a builder's formulas resolve to, by style. */
export function referenceFactory(
  template: TemplateDef,
  language: Language,
  instanceId: string,
  builder: PlanBuilder,
  sheetName: string,
  options: PlanOptions,
  spills: SpillAnchors = {},
): ReferenceFactory {
  if (options.references === "a1") {
    let positions: ReturnType<typeof positionsOf> | undefined;
    return (table, row) => {
      positions ??= positionsOf(template, { sheetName, tables: builder.tables, names: builder.names }, instanceId);
      return a1References(positions, language, { table, row, dialect: options.dialect, spills });
    };
  }
  const { thisRow, dialect } = options;
  return (table) => structuredReferences(template, instanceId, language, { table, thisRow, dialect, spills });
}

export function planSheet(
  template: TemplateDef,
  language: Language,
  instanceId: string,
  options: PlanOptions = {},
): SheetPlan {
  const sheetName = sheetNameFor(template.name[language]);
  const tables = tablesOf(template);
  const main = mainTableOf(tables);
  const register = main && template.blocks.every((b) => b.type === "fields" || b.type === "table");
  const orientation = template.landscape ? "landscape" : "portrait";
  const context = (b: PlanBuilder): PlanContext => ({
    template,
    language,
    instanceId,
    references: options.references ?? "structured",
    b,
  });

  if (main && register) {
    const sides = tables.filter((t) => t !== main);
    const grid = registerGrid(main, sides);
    const spilled = spilledColumns(main, options.dialect);
    const spillCols = spillGrid(grid.widths, spilled);
    const b = new PlanBuilder(grid.widths);
    const ctx = context(b);
    const result = planRegister(ctx, main, sides, grid.sideCols);
    const spills = placeSpills(ctx, main, result.headerRow, spilled, spillCols);
    placeInstanceName(ctx, { row: 0, col: 0, ...b.extent() });
    const plan = b.build(
      sheetName,
      {
        orientation,
        fitToWidth: true,
        titleRows: [result.headerRow, result.headerRow],
        area: { row: 0, col: 0, rows: result.printRows, cols: result.printCols },
      },
      referenceFactory(template, language, instanceId, b, sheetName, options, spills),
      result.freeze,
    );
    return Object.keys(spills).length > 0 ? { ...plan, spills } : plan;
  }

  const b = new PlanBuilder(formGrid(template));
  const ctx = context(b);
  const rows = planForm(ctx);
  const area = { row: 0, col: 0, rows, cols: b.columnWidths.length };
  placeInstanceName(ctx, area);
  return b.build(
    sheetName,
    { orientation, fitToWidth: true, area },
    referenceFactory(template, language, instanceId, b, sheetName, options),
  );
}
