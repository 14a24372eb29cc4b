/**
 * "Add status and lag to this table" in the preview workbook: its own lists (sample-list.ts) as plain sheets, which
 * of them is "selected", and the same pure plan the Excel host writes (`planAugment`, `occupiedTarget`). Where Excel
 * would then calculate the plan's CONCORD.* formulas, the preview stores each cell's value computed by the same core
 * rules (sheet-formulas.ts), with the status date as the preview's today.
 */
import {
  calendarFrom,
  LocalizedError,
  SATURDAY_SUNDAY,
  waitingOnLookup,
  type AugmentedList,
  type AugmentOptions,
  type ColumnMapping,
  type ColumnRole,
  type Language,
  type ListGeometry,
  type ListSelection,
} from "../../core";
import type { AugmentPlan } from "../excel/augment-plan";
import { a1 } from "../../render/sheet";
import type { FormClock, Row } from "./memory-form";
import type { ListSheetData, SampleListId } from "./sample-list";
import { cell, issueSla, taskLag, taskStatus } from "./sheet-formulas";

/** A preview sheet as the pane may show it: values (formula cells show their result) and formulas by "row,col". */
export interface ListSheet extends ListSheetData {
  formulas: Map<string, string>;
}

const isBlank = (value: unknown) => value === null || value === undefined || value === "";

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

const NO_LIST = {
  "en-US": "Select the whole list, its header row included, or click inside an Excel table.",
  "zh-CN": "请选中整个清单（包括标题行），或单击 Excel 表格中的任意单元格。",
};

/** The Word kind of the preview has no sheets, so no lists. */
export const NO_LISTS = {
  "en-US": "A Word document has no sheets: open a workbook to add status and lag to a list.",
  "zh-CN": "Word 文档没有工作表：请在工作簿中为清单添加状态与滞后。",
} as const;

/** The preview's lists and which one counts as selected. */
export class PreviewLists {
  private readonly sheets: ListSheet[];
  private selectedId: SampleListId;

  constructor(
    sheets: ListSheetData[],
    private readonly clock: FormClock,
  ) {
    this.sheets = sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]), formulas: new Map() }));
    this.selectedId = sheets[0]?.id ?? "tasks";
  }

  /** The lists one can select in the preview, by id and sheet name. */
  get choices(): Array<{ id: SampleListId; name: string }> {
    return this.sheets.map((s) => ({ id: s.id, name: s.name }));
  }

  get selected(): SampleListId {
    return this.selectedId;
  }

  /** Stands for the user clicking into a list in the sheet. */
  select(id: SampleListId): void {
    if (!this.sheets.some((s) => s.id === id)) throw new RangeError(`the preview has no list ${id}`);
    this.selectedId = id;
  }

  /** A list's sheet as it is now (a copy; a blank cell is null, never a hole in the array). */
  sheet(id: SampleListId): ListSheet {
    const s = this.byId(id);
    return {
      ...s,
      values: s.values.map((r) => Array.from(r, (v) => v ?? null)),
      formats: s.formats.map((r) => Array.from(r, (f) => f ?? "General")),
      formulas: new Map(s.formulas),
    };
  }

  /** Types a value into a cell (0-based), as the user would in the sheet. */
  typeInto(id: SampleListId, row: number, col: number, value: string | number | null): void {
    const s = this.byId(id);
    while (s.values.length <= row) s.values.push([]);
    s.values[row][col] = value;
    s.formulas.delete(`${row},${col}`);
  }

  /**
   * The selected list as the Excel host reads a selected range: header row, first data rows, detected mapping. The
   * column detection loads on first use, as the plan does: the preview's first screen does not carry it.
   */
  async readSelected(): Promise<ListSelection> {
    const { detectColumns, LIST_SAMPLE_ROWS } = await import(/* webpackChunkName: "detect" */ "../../core/detect");
    const s = this.byId(this.selectedId);
    const headerCells = s.values[s.headerRow] ?? [];
    let columnCount = 0;
    while (columnCount < headerCells.length && !isBlank(headerCells[columnCount])) columnCount++;
    let last = s.headerRow;
    for (let r = s.headerRow + 1; r < s.values.length; r++) {
      if ((s.values[r] ?? []).slice(0, columnCount).some((v) => !isBlank(v))) last = r;
    }
    if (columnCount === 0 || last === s.headerRow) throw new LocalizedError(NO_LIST);
    const geometry: ListGeometry = {
      sheet: s.name,
      headerRow: s.headerRow,
      lastDataRow: last,
      firstColumn: 0,
      columnCount,
      table: null,
    };
    const header = headerCells.slice(0, columnCount).map((v) => (isBlank(v) ? "" : String(v)));
    const end = Math.min(last, s.headerRow + LIST_SAMPLE_ROWS) + 1;
    const sample = s.values.slice(s.headerRow + 1, end).map((r) => this.cells(r, columnCount));
    const formats = s.formats
      .slice(s.headerRow + 1, end)
      .map((r) => this.cells(r, columnCount).map((f) => String(f ?? "General")));
    return { geometry, header, sample, formats, mapping: detectColumns(header, sample, { formats }) };
  }

  /** Plans, refuses (nothing written) or writes the added columns with their computed values. */
  async augment(
    list: ListGeometry,
    mapping: ColumnMapping,
    language: Language,
    options?: AugmentOptions,
  ): Promise<AugmentedList> {
    const s = this.sheets.find((sheet) => sheet.name === list.sheet);
    if (!s) throw new LocalizedError(NO_LIST);
    // The plan loads on first use, as in Excel: the preview's first screen does not carry it.
    const { occupiedTarget, planAugment } = await import(
      /* webpackChunkName: "excel-augment" */ "../excel/augment-plan"
    );
    const result = planAugment(mapping, list, language, options);
    if (!result.ok) throw new LocalizedError(result.message);
    const plan = result.plan;
    const grids = plan.targets.map((t) =>
      Array.from({ length: t.rows }, (_, r) =>
        Array.from(
          { length: t.cols },
          (_, c) => s.formulas.get(`${t.row + r},${t.col + c}`) ?? s.values[t.row + r]?.[t.col + c] ?? null,
        ),
      ),
    );
    const occupied = occupiedTarget(plan, grids);
    if (occupied) throw new LocalizedError(occupied);
    this.write(s, plan, columnValues(plan, mapping, s, this.clock, options));
    const g = plan.geometry;
    return {
      columns: plan.columns.map((c) => ({
        id: c.id,
        header: c.header,
        address: `${quoted(g.sheet)}!${a1(g.headerRow, c.column)}:${a1(Math.max(g.lastDataRow, g.headerRow), c.column)}`,
      })),
      statusDate: `${quoted(g.sheet)}!${a1(plan.statusDate.valueCell.row, plan.statusDate.valueCell.col)}`,
    };
  }

  private write(s: ListSheet, plan: AugmentPlan, values: Map<string, unknown[]>): void {
    const set = (row: number, col: number, value: unknown, format: string, formula?: string) => {
      while (s.values.length <= row) s.values.push([]);
      while (s.formats.length <= row) s.formats.push([]);
      s.values[row][col] = value;
      s.formats[row][col] = format;
      if (formula) s.formulas.set(`${row},${col}`, formula);
    };
    const g = plan.geometry;
    for (const column of plan.columns) {
      set(g.headerRow, column.column, column.header, "General");
      const computed = values.get(column.id)!;
      column.formulas.forEach((formula, i) =>
        set(g.headerRow + 1 + i, column.column, computed[i], column.numberFormat, formula),
      );
    }
    const date = plan.statusDate;
    set(date.labelCell.row, date.labelCell.col, date.label, "General");
    const today = plan.kind === "tasks" ? this.clock.statusDate : this.clock.statusTime;
    set(date.valueCell.row, date.valueCell.col, today, date.numberFormat, date.formula);
  }

  private cells(row: unknown[] | undefined, count: number): unknown[] {
    return Array.from({ length: count }, (_, c) => (isBlank(row?.[c]) ? null : row![c]));
  }

  private byId(id: SampleListId): ListSheet {
    const s = this.sheets.find((sheet) => sheet.id === id);
    if (!s) throw new RangeError(`the preview has no list ${id}`);
    return s;
  }
}

/**
 * What the plan's formulas show, column by column (by added-column id), one value per data row: CONCORD.WAITINGON,
 * CONCORD.STATUS and CONCORD.LAG without a calendar (Saturday and Sunday off), or CONCORD.SLA with the options'
 * major windows (else the default 2 h / 24 h) for the issues the plan's IF counts as major ("" for the others).
 */
function columnValues(
  plan: AugmentPlan,
  mapping: ColumnMapping,
  s: ListSheet,
  clock: FormClock,
  options: AugmentOptions = {},
): Map<string, unknown[]> {
  const g = plan.geometry;
  const data = s.values.slice(g.headerRow + 1, g.lastDataRow + 1);
  const at = (row: unknown[] | undefined, role: ColumnRole) => {
    const c = mapping.columns[role];
    const value = c ? row?.[g.firstColumn + c.column] : null;
    return isBlank(value) ? null : (value as string | number);
  };
  const rows: Row[] = data.map((row) => {
    const progress = at(row, "progress");
    const roles = [
      "start",
      "due",
      "finish",
      "blocker",
      "predecessors",
      "taskId",
      "raisedAt",
      "respondedAt",
      "resolvedAt",
      "severity",
    ] as const;
    const out: Row = Object.fromEntries(roles.map((role) => [role, at(row, role)]));
    // The plan reads a 0–100 column as IF(ISNUMBER(x),x/100,x).
    out.progress = mapping.progressScale === "points" && typeof progress === "number" ? progress / 100 : progress;
    return out;
  });
  const column = (role: string) => rows.map((r) => r[role]);
  const ids = new Set(plan.columns.map((c) => c.id));
  const waiting = ids.has("waitingOn")
    ? (() => {
        const lookup = waitingOnLookup(column("taskId"), column("finish"), column("progress"), column("predecessors"));
        return rows.map((r) => cell(() => lookup(r.predecessors).join(", ")));
      })()
    : rows.map(() => "");
  const calendar = calendarFrom(SATURDAY_SUNDAY, []);
  // Excel's = compares text case-insensitively.
  const majors = new Set(
    [...(options.majorSeverities ?? mapping.majorSeverities), "Major", "重大"].map((m) => m.toLowerCase()),
  );
  // The plan's CONCORD.SLA gets the options' windows, or none (blank = its 2 h / 24 h).
  const windows = options.majorWindows ?? { responseHours: null, solutionHours: null };
  const values = new Map<string, unknown[]>();
  values.set("waitingOn", waiting);
  values.set(
    "status",
    rows.map((r, i) => taskStatus(r, waiting[i], clock.statusDate, calendar, plan.language)),
  );
  values.set(
    "lag",
    rows.map((r) => taskLag(r, clock.statusDate, calendar)),
  );
  values.set(
    "sla",
    rows.map((r) =>
      !mapping.columns.severity ||
      majors.has(
        String(r.severity ?? "")
          .trim()
          .toLowerCase(),
      )
        ? issueSla(r, windows, clock.statusTime, plan.language)
        : "",
    ),
  );
  return values;
}
