/**
 * "Add status and lag to this table", as a pure plan: from a confirmed column mapping (core `detectColumns`) and where
 * the list is, the columns to add beside it — Waiting on, Status and Lag for a task list, SLA for an issue list — with
 * their `CONCORD.*` formulas, a labelled status-date cell and the status colours of the T3 template. Nothing here
 * touches Excel: the host reads the target cells, lets `occupiedTarget` refuse, then writes the plan.
 *
 * References: inside an Excel table the formulas use structured references (`[@[Due date]]`, `Tasks[[Task ID]]`),
 * which follow rows added or sorted later; in a plain range, A1 references row by row. The status date is an
 * absolute A1 cell on the same sheet (`$P$1`), like the T3 template's status-date field.
 *
 * Waiting on is one CONCORD.WAITINGONALL over the list's columns (a recalculation costs O(rows), where a per-row
 * CONCORD.WAITINGON is handed the whole table by every row): in a range it spills down its own column; a table cannot
 * hold a spill, so there it sits right of the status date and the table's column reads its row (`INDEX(P2#, …)`), as in
 * the T3 template. Excel with dynamic arrays only, like the template.
 */
import {
  bi,
  ConcordInputError,
  DEFAULT_RESPONSE_HOURS,
  DEFAULT_SOLUTION_HOURS,
  describeInputError,
  getTemplate,
  parseSlaWindows,
  slotsOf,
  tablesOf,
  type Bilingual,
  type ColumnMapping,
  type ColumnRole,
  type Language,
  type AddedColumnId,
  type AugmentOptions,
  type ListGeometry,
  type ListKind,
  type SlaWindows,
  type TemplateId,
} from "../../../core";
import {
  a1,
  cellRef,
  escapeStructuredName,
  missingReasonFormat,
  slaFormats,
  statusFormats,
  stringLiteral,
  type CellRange,
  type PlannedConditionalFormat,
} from "../../../render/sheet";

export interface PlannedListColumn {
  id: AddedColumnId;
  /** Header text in the chosen language (made unique among the list's headers). */
  header: string;
  /** Sheet column. */
  column: number;
  /** One formula per data row, top to bottom; "" where a spilled formula above fills the cell (written empty). */
  formulas: string[];
  /** Set before the formulas, so a Text-formatted column ("@") cannot turn them into text. */
  numberFormat: string;
}

export interface AugmentPlan {
  kind: ListKind;
  language: Language;
  geometry: ListGeometry;
  columns: PlannedListColumn[];
  /** Columns not added, and why (e.g. Waiting on without a predecessors column). */
  skipped: Array<{ id: AddedColumnId; reason: Bilingual }>;
  /** The labelled status-date (task list) or status-time (issue list) cell, one blank column right of the new ones. */
  statusDate: { label: string; labelCell: CellRange; valueCell: CellRange; formula: string; numberFormat: string };
  /** Status / SLA colours on the new column, and the missing-reason orange on the lag-reason column (T3's rules). */
  colours: PlannedConditionalFormat[];
  /**
   * Tables only: the one CONCORD.WAITINGONALL whose spill the table's Waiting-on column reads row by row (a table
   * cannot hold a spill), under a header, right of the status date; null otherwise.
   */
  spill: { header: string; headerCell: CellRange; anchor: CellRange; formula: string } | null;
  /** Every cell the plan writes (and every cell a spill needs); all must be empty. */
  targets: CellRange[];
}

export type AugmentPlanResult = { ok: true; plan: AugmentPlan } | { ok: false; message: Bilingual };

function templateColumnLabel(template: TemplateId, table: string, column: string): Bilingual {
  const found = tablesOf(getTemplate(template))
    .find((t) => t.id === table)
    ?.columns.find((c) => c.id === column);
  if (!found) throw new Error(`${template} has no column ${table}.${column}`);
  return found.label;
}

function templateFieldLabel(template: TemplateId, field: string): Bilingual {
  const found = slotsOf(getTemplate(template)).find((slot) => slot.key === field);
  if (!found) throw new Error(`${template} has no field ${field}`);
  return found.label;
}

/** Our headers are the templates' own labels, so a list augmented here reads like T3 / T6. */
const HEADERS: Record<AddedColumnId, Bilingual> = {
  waitingOn: templateColumnLabel("T3", "tasks", "waitingOn"),
  status: templateColumnLabel("T3", "tasks", "status"),
  lag: templateColumnLabel("T3", "tasks", "lagDays"),
  sla: templateColumnLabel("T6", "issues", "sla"),
};

const STATUS_DATE = {
  tasks: { label: templateFieldLabel("T3", "statusDate"), formula: "=TODAY()", numberFormat: "yyyy-mm-dd" },
  issues: { label: templateFieldLabel("T6", "statusTime"), formula: "=NOW()", numberFormat: "yyyy-mm-dd hh:mm" },
} as const;

/** A header not already in the list (compared as Excel compares table column names: case-insensitive). */
function uniqueHeader(wanted: string, taken: Set<string>): string {
  let header = wanted;
  for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${wanted} (${n})`;
  taken.add(header.toLowerCase());
  return header;
}

/** How one role's cell and whole column are written in a formula. */
interface References {
  /** `row` is the Excel row number as text (A1 only; tables refer to their own row). */
  cell(role: ColumnRole, row: string): string;
  column(role: ColumnRole): string;
  /** Tables: the header cell of the first column (to count a row's position); null for ranges. */
  firstHeader: string | null;
  added(id: AddedColumnId, row: string): string;
}

function referencesFor(
  mapping: ColumnMapping,
  g: ListGeometry,
  added: ReadonlyMap<AddedColumnId, PlannedListColumn>,
): References {
  const col = (role: ColumnRole) => g.firstColumn + mapping.columns[role]!.column;
  if (g.table !== null) {
    const name = (header: string) => `[${escapeStructuredName(header)}]`;
    return {
      cell: (role) => `[@${name(mapping.headers[mapping.columns[role]!.column])}]`,
      column: (role) => `${g.table}[${name(mapping.headers[mapping.columns[role]!.column])}]`,
      firstHeader: `${g.table}[[#Headers],${name(mapping.headers[0])}]`,
      added: (id) => `[@${name(added.get(id)!.header)}]`,
    };
  }
  const first = g.headerRow + 1;
  const letters = (c: number) => a1(0, c).slice(0, -1);
  return {
    cell: (role, row) => letters(col(role)) + row,
    column: (role) => `${a1(first, col(role), true)}:${a1(Math.max(g.lastDataRow, first), col(role), true)}`,
    firstHeader: null,
    added: (id, row) => letters(added.get(id)!.column) + row,
  };
}

/** Stands for the row number while a formula is built (no cell text holds U+0000). */
const ROW_MARK = "\u0000";

const PROGRESS_POINTS = (cell: string) => `IF(ISNUMBER(${cell}),${cell}/100,${cell})`;

/** The formula arguments of one row: a role's cell, or nothing (an omitted argument) when the list lacks it. */
function argumentsOf(mapping: ColumnMapping, refs: References, row: string) {
  const cell = (role: ColumnRole) => (mapping.columns[role] ? refs.cell(role, row) : "");
  const progress = cell("progress");
  return {
    cell,
    progress: progress !== "" && mapping.progressScale === "points" ? PROGRESS_POINTS(progress) : progress,
  };
}

/** Drops trailing omitted arguments: `F(a,b,,)` → `F(a,b)`. */
const call = (name: string, args: string[]): string => {
  const last = args.reduce((end, arg, i) => (arg !== "" ? i + 1 : end), 0);
  return `${name}(${args.slice(0, last).join(",")})`;
};

function waitingOnSkip(mapping: ColumnMapping): Bilingual | null {
  const c = mapping.columns;
  if (!c.predecessors) return null;
  if (!c.taskId) {
    return bi(
      "Waiting on needs a task-id column to look predecessors up.",
      "等待前置任务需要任务编号列才能查找前置任务。",
    );
  }
  if (!c.finish || !c.progress) {
    return bi(
      "Waiting on needs both an actual-finish and a % complete column to tell finished predecessors.",
      "等待前置任务需要实际完成日期列和完成百分比列，才能判断前置任务是否完成。",
    );
  }
  if (mapping.progressScale === "points") {
    return bi(
      "Waiting on reads % complete as 0%–100% (0–1); this list writes it as 0–100.",
      "等待前置任务按 0%–100%（0–1）读取完成百分比；本表按 0–100 填写。",
    );
  }
  return null;
}

/** Windows CONCORD.SLA would reject (as `parseSlaWindows` does), as a refusal naming the window; null when usable. */
function windowsProblem(windows: SlaWindows): Bilingual | null {
  try {
    parseSlaWindows(windows.responseHours, windows.solutionHours);
    return null;
  } catch (error) {
    if (!(error instanceof ConcordInputError)) throw error;
    return bi(describeInputError(error, "en-US"), describeInputError(error, "zh-CN"));
  }
}

function refuse(en: string, zh: string): AugmentPlanResult {
  return { ok: false, message: bi(en, zh) };
}

/**
 * The plan for a confirmed mapping. Refused (bilingual message) when the mapping lacks the minimum, when an issue list
 * has no severity column and the user has not confirmed every issue is major, or when the mapping was made for a
 * list of another width, or when `options.majorWindows` are hours CONCORD.SLA would reject. Those windows (the
 * project's agreed ones) become CONCORD.SLA's responseHours and solutionHours; without them the formula leaves both
 * out (the function's 2 h / 24 h). Whether the target cells are empty is the host's check (`occupiedTarget`), done on
 * write.
 */
export function planAugment(
  mapping: ColumnMapping,
  geometry: ListGeometry,
  language: Language,
  options: AugmentOptions = {},
): AugmentPlanResult {
  if (!mapping.ready) return { ok: false, message: mapping.minimum };
  if (mapping.headers.length !== geometry.columnCount) {
    return refuse(
      `The mapping has ${mapping.headers.length} columns but the list has ${geometry.columnCount}: detect the columns again.`,
      `列映射有 ${mapping.headers.length} 列，而表格有 ${geometry.columnCount} 列：请重新识别列。`,
    );
  }
  const windows = options.majorWindows;
  if (windows) {
    const bad = windowsProblem(windows);
    if (bad) return { ok: false, message: bad };
  }
  if (mapping.kind === "issues" && !mapping.columns.severity && !options.everyIssueIsMajor) {
    const r = windows?.responseHours ?? DEFAULT_RESPONSE_HOURS;
    const s = windows?.solutionHours ?? DEFAULT_SOLUTION_HOURS;
    return refuse(
      `This issue list has no severity column: the ${r} h / ${s} h clock is for major issues only. Confirm that every issue in it is major, or add a severity column.`,
      `此问题清单没有严重程度列：${r} 小时 / ${s} 小时时效只适用于重大问题。请确认其中每个问题都是重大问题，或添加严重程度列。`,
    );
  }

  const g = geometry;
  const first = g.headerRow + 1;
  const rows = Math.max(0, g.lastDataRow - g.headerRow);
  const taken = new Set(mapping.headers.map((h) => h.toLowerCase()));
  const skipped: AugmentPlan["skipped"] = [];
  const ids: AddedColumnId[] = [];
  if (mapping.kind === "tasks") {
    const skip = waitingOnSkip(mapping);
    if (skip) skipped.push({ id: "waitingOn", reason: skip });
    else if (mapping.columns.predecessors) ids.push("waitingOn");
    ids.push("status", "lag");
  } else {
    ids.push("sla");
  }

  const free = g.firstColumn + g.columnCount;
  const added = new Map<AddedColumnId, PlannedListColumn>(
    ids.map((id, i) => [
      id,
      {
        id,
        header: uniqueHeader(HEADERS[id][language], taken),
        column: free + i,
        formulas: [],
        numberFormat: id === "lag" ? "0" : "General",
      },
    ]),
  );
  const dateCol = free + ids.length + 1;
  const statusDateRef = a1(g.headerRow, dateCol + 1, true);
  const refs = referencesFor(mapping, g, added);
  const rowFormula = formulaMaker(mapping, refs, statusDateRef, language, added, options);
  // Each column's formula is made once with a row mark, then numbered row by row (a table's rows are all the same).
  for (const column of added.values()) {
    if (column.id === "waitingOn") continue;
    const parts = rowFormula(column.id, ROW_MARK).split(ROW_MARK);
    column.formulas = Array.from({ length: rows }, (_, i) => parts.join(String(first + i + 1)));
  }
  // Waiting on: one CONCORD.WAITINGONALL for the whole list (O(rows) per recalculation, where a per-row
  // CONCORD.WAITINGON would be handed the whole table by every row); in a range it spills down its own column.
  const waitingOn = added.get("waitingOn");
  let spill: AugmentPlan["spill"] = null;
  if (waitingOn && rows > 0) {
    const columns = (["taskId", "predecessors", "finish", "progress"] as const).map((role) => refs.column(role));
    const formula = `=${call("CONCORD.WAITINGONALL", columns)}`;
    if (refs.firstHeader === null) {
      waitingOn.formulas = [formula, ...Array<string>(rows - 1).fill("")];
    } else {
      const col = dateCol + 3;
      spill = {
        header: waitingOn.header,
        headerCell: { row: g.headerRow, col, rows: 1, cols: 1 },
        anchor: { row: first, col, rows: 1, cols: 1 },
        formula,
      };
      const read = `=INDEX(${a1(first, col, true)}#,ROW()-ROW(${refs.firstHeader}))`;
      waitingOn.formulas = Array<string>(rows).fill(read);
    }
  }

  const columns = [...added.values()];
  const coloured = added.get("status") ?? added.get("sla")!;
  const body: CellRange = { row: first, col: coloured.column, rows, cols: 1 };
  const statusCell = cellRef(first, coloured.column, "col");
  const colours =
    rows === 0
      ? []
      : coloured.id === "sla"
        ? slaFormats(body, statusCell, language)
        : statusFormats(body, statusCell, language);
  const reason = mapping.columns.lagReason;
  if (rows > 0 && coloured.id === "status" && reason) {
    const reasonCol = g.firstColumn + reason.column;
    colours.push(
      missingReasonFormat(
        { row: first, col: reasonCol, rows, cols: 1 },
        statusCell,
        cellRef(first, reasonCol, "col"),
        language,
      ),
    );
  }
  const date = STATUS_DATE[mapping.kind];
  const labelCell = { row: g.headerRow, col: dateCol, rows: 1, cols: 1 };
  const valueCell = { row: g.headerRow, col: dateCol + 1, rows: 1, cols: 1 };
  return {
    ok: true,
    plan: {
      kind: mapping.kind,
      language,
      geometry: g,
      columns,
      skipped,
      statusDate: {
        label: date.label[language],
        labelCell,
        valueCell,
        formula: date.formula,
        numberFormat: date.numberFormat,
      },
      colours,
      spill,
      targets: [
        { row: g.headerRow, col: free, rows: rows + 1, cols: columns.length },
        { ...labelCell, cols: 2 },
        ...(spill ? [{ ...spill.headerCell, rows: rows + 1 }] : []),
      ],
    },
  };
}

function formulaMaker(
  mapping: ColumnMapping,
  refs: References,
  statusDate: string,
  language: Language,
  added: ReadonlyMap<AddedColumnId, PlannedListColumn>,
  options: AugmentOptions,
): (id: AddedColumnId, row: string) => string {
  const lang = stringLiteral(language);
  const majors = [...new Set([...(options.majorSeverities ?? mapping.majorSeverities), "Major", "重大"])];
  // CONCORD.SLA's responseHours and solutionHours; none (its 2 h / 24 h) unless the project agreed others.
  const w = options.majorWindows;
  const windowArguments = w ? [String(w.responseHours), String(w.solutionHours)] : [];
  return (id, row) => {
    const { cell, progress } = argumentsOf(mapping, refs, row);
    switch (id) {
      case "waitingOn":
        throw new Error("Waiting on is one spilled formula, not a formula per row");
      case "status": {
        const waiting = added.has("waitingOn") ? refs.added("waitingOn", row) : "";
        const args = [
          cell("start"),
          cell("due"),
          cell("finish"),
          progress,
          cell("blocker"),
          statusDate,
          lang,
          "",
          "",
          "",
          waiting,
        ];
        return `=${call("CONCORD.STATUS", args)}`;
      }
      case "lag":
        return `=${call("CONCORD.LAG", [cell("due"), cell("finish"), statusDate])}`;
      case "sla": {
        const sla = call("CONCORD.SLA", [
          cell("raisedAt"),
          cell("respondedAt"),
          cell("resolvedAt"),
          statusDate,
          lang,
          ...windowArguments,
        ]);
        if (!mapping.columns.severity) return `=${sla}`;
        const severity = `TRIM(${cell("severity")})`;
        return `=IF(OR(${majors.map((m) => `${severity}=${stringLiteral(m)}`).join(",")}),${sla},"")`;
      }
    }
  };
}

/**
 * The first written cell that is not empty, as a bilingual refusal naming it (`'Sheet'!H5`); null when every target
 * is empty. `formulas` are the targets' `Range.formulas` in `plan.targets` order (a formula showing "" is not empty).
 */
export function occupiedTarget(
  plan: AugmentPlan,
  formulas: readonly (readonly (readonly unknown[])[])[],
): Bilingual | null {
  for (let t = 0; t < plan.targets.length; t++) {
    const target = plan.targets[t];
    const grid = formulas[t] ?? [];
    for (let r = 0; r < target.rows; r++) {
      for (let c = 0; c < target.cols; c++) {
        const value = grid[r]?.[c];
        if (value === undefined || value === null || value === "") continue;
        const cell = `'${plan.geometry.sheet.replace(/'/g, "''")}'!${a1(target.row + r, target.col + c)}`;
        return bi(
          `${cell} is not empty: Concord adds its columns only to empty cells. Move or clear what is there, then try again. Nothing was changed.`,
          `${cell} 不是空单元格：Concord 只在空单元格中添加列。请移走或清除其中内容后重试。未做任何修改。`,
        );
      }
    }
  }
  return null;
}
