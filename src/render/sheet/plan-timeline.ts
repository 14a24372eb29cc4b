/**
 * The WBS timeline, a companion sheet inserted with T3: each task's id, name, start, due date and status pulled from
 * the WBS table row by row (INDEX), and a grid of weeks whose cells are filled by conditional formatting where the
 * week overlaps [start, due] — Gantt bars, green for completed tasks, red for lagging or blocked ones — with the
 * status-date week marked.
 *
 *   WBS timeline (merged over the printed width) · purpose line (merged, wrapped)
 *   Timeline from   │ =earliest start  │ hint          (type a date to move the timeline)
 *   Status date     │ =status date
 *   Task ID │ Task name │ Start │ Due │ Status │ 11/2 │ 11/9 │ 11/16 │ 11/23 │ …   (26 Mondays)
 *   WBS-001 │ …         │       │     │        │ ████ │ ████ │       │       │
 */
import { bi, excelName, type Language, STATUS_LABELS, type TemplateDef } from "../../core";
import { wbsReferences, type CompanionOptions } from "./companion";
import { PlanBuilder, sheetNameFor } from "./plan-builder";
import { cellRef, columnLabel, fieldLabel, stringLiteral } from "./references";
import type { CellRange, PlannedConditionalFormat, SheetPlan } from "./sheet-plan";
import { STATUS_COLOURS } from "./status-formats";
import { heightFor } from "./text-metrics";

export const TIMELINE_NAME = bi("WBS timeline", "任务时间轴");
export const TIMELINE_WEEKS = 26;
/** Task rows shown (the first rows of the WBS table). */
export const TIMELINE_ROWS = 40;

const TEXT = {
  purpose: bi(
    "Bars run from each task's start to its due date, by week: green = completed, red = lagging or blocked; the marked column is the status-date week.",
    "按周显示每个任务从开始日期到截止日期的进度条：绿色为已完成，红色为滞后或阻塞；标记列为状态日期所在周。",
  ),
  from: bi("Timeline from", "时间轴起始日期"),
  fromHint: bi(
    "The earliest start date by default; type a date to move the timeline (it starts on that week's Monday).",
    "默认为最早的开始日期；可输入其他日期移动时间轴（从该周周一开始）。",
  ),
  fromError: bi("Enter a date, e.g. 2026-11-02.", "请输入日期，如 2026-11-02。"),
};

/** Task rows printed on the page of the header row. */
const FIRST_ROWS = 3;
const TASK_COLUMNS = ["taskId", "taskName", "start", "due", "status"] as const;
const WIDTHS = [10, 26, 11, 11, 11];
/** A week's column: room for "11/23" in bold, also in the Chinese body font (at 5, LibreOffice shows ###). */
const WEEK_WIDTH = 6;
const BAR: Record<"completed" | "late" | "open", string> = {
  completed: "#70AD47",
  late: "#E06666",
  open: "#5B9BD5",
};
const MARKER = { column: "#FCE4D6", header: "#C00000", headerFont: "#FFFFFF" };

export function planTimeline(
  wbs: TemplateDef,
  language: Language,
  instanceId: string,
  options: CompanionOptions = {},
): SheetPlan {
  const sheetName = sheetNameFor(TIMELINE_NAME[language]);
  const W = wbsReferences(wbs, language, instanceId, sheetName, options);
  const col = (id: string) => W.column("tasks", id);
  const labels = STATUS_LABELS[language];
  const weeksAt = TASK_COLUMNS.length;
  const widths = [...WIDTHS, ...new Array<number>(TIMELINE_WEEKS).fill(WEEK_WIDTH)];
  const cols = widths.length;
  const b = new PlanBuilder(widths);
  const range = (row: number, c: number, n = 1): CellRange => ({ row, col: c, rows: 1, cols: n });

  // Title and purpose over the printed width, as on the forms (the title's rule spans the page).
  const purpose = TEXT.purpose[language];
  b.area(range(0, 0, cols), { kind: "text", text: TIMELINE_NAME[language] }, "title");
  b.height(0, 30);
  b.area(range(1, 0, cols), { kind: "text", text: purpose }, "subtitle");
  const fullWidth = widths.reduce((sum, w) => sum + w, 0);
  b.height(1, heightFor(purpose, fullWidth, 18));

  // Where the weeks start: the earliest start (or the status date), overwritable.
  b.area(range(2, 0, 2), { kind: "text", text: TEXT.from[language] }, "label");
  const start = col("start");
  const statusDate = W.field("statusDate");
  b.area(
    range(2, 2, 2),
    { kind: "formula", formula: `=IF(COUNT(${start})=0,${statusDate},MIN(${start}))` },
    "input",
    "yyyy-mm-dd",
  );
  b.validations.push({
    ...range(2, 2),
    rule: { type: "date" },
    prompt: TEXT.fromHint[language],
    error: TEXT.fromError[language],
  });
  b.area(range(2, 4, 12), { kind: "text", text: TEXT.fromHint[language] }, "hint");
  b.area(range(3, 0, 2), { kind: "text", text: fieldLabel(wbs, "statusDate", language) }, "label");
  b.area(
    range(3, 2, 2),
    { kind: "formula", formula: `=IF(${statusDate}="","",${statusDate})` },
    "calculated",
    "yyyy-mm-dd",
  );
  b.height(4, 8);
  const from = cellRef(2, 2, "both");
  const marker = cellRef(3, 2, "both");

  // Header: the task columns, then the Monday of each week.
  const header = 5;
  TASK_COLUMNS.forEach((id, c) => b.text(header, c, columnLabel(wbs, "tasks", id, language), "header"));
  for (let w = 0; w < TIMELINE_WEEKS; w++) {
    const formula = w === 0 ? `=${from}-WEEKDAY(${from},3)` : `=${cellRef(header, weeksAt + w - 1)}+7`;
    b.put(header, weeksAt + w, { kind: "formula", formula }, "header", "m/d");
  }
  b.height(header, 30);

  // One row per WBS row: INDEX into the table; rows without a task name stay blank.
  const first = header + 1;
  for (let n = 1; n <= TIMELINE_ROWS; n++) {
    const row = first + n - 1;
    const at = (id: string) => `INDEX(${col(id)},${n})`;
    const named = `${at("taskName")}&""<>""`;
    b.put(row, 0, { kind: "formula", formula: `=IFERROR(IF(${named},${at("taskId")}&"",""),"")` }, "calculated");
    b.put(row, 1, { kind: "formula", formula: `=IFERROR(${at("taskName")}&"","")` }, "calculated");
    for (const [c, id] of [
      [2, "start"],
      [3, "due"],
    ] as const) {
      b.put(row, c, { kind: "formula", formula: `=IFERROR(1/(1/${at(id)}),"")` }, "calculated", "yyyy-mm-dd");
    }
    b.put(row, 4, { kind: "formula", formula: `=IFERROR(${at("status")}&"","")` }, "calculated");
    for (let w = 0; w < TIMELINE_WEEKS; w++) b.put(row, weeksAt + w, { kind: "empty" }, "input");
  }

  // Bars: a week [Monday, Monday + 6] overlaps [start (or due when no start), due].
  const grid = { row: first, col: weeksAt, rows: TIMELINE_ROWS, cols: TIMELINE_WEEKS };
  const monday = cellRef(header, weeksAt, "row");
  const rowStart = cellRef(first, 2, "col");
  const rowDue = cellRef(first, 3, "col");
  const rowStatus = cellRef(first, 4, "col");
  const overlaps = `${rowDue}<>"",IF(${rowStart}="",${rowDue},${rowStart})<=${monday}+6,${rowDue}>=${monday}`;
  const is = (status: keyof typeof labels) => `${rowStatus}=${stringLiteral(labels[status])}`;
  const rule = (formula: string, fill: string, priority: number, fontColor?: string): PlannedConditionalFormat => ({
    ...grid,
    formula,
    fill,
    ...(fontColor ? { fontColor } : {}),
    priority,
  });
  b.conditionalFormats.push(
    rule(`=AND(${overlaps},${is("completed")})`, BAR.completed, 40),
    rule(`=AND(${overlaps},OR(${is("lagging")},${is("blocked")}))`, BAR.late, 30),
    rule(`=AND(${overlaps})`, BAR.open, 20),
    rule(`=AND(${marker}<>"",${marker}>=${monday},${marker}<${monday}+7)`, MARKER.column, 10),
    {
      ...range(header, weeksAt, TIMELINE_WEEKS),
      formula: `=AND(${marker}<>"",${marker}>=${cellRef(header, weeksAt)},${marker}<${cellRef(header, weeksAt)}+7)`,
      fill: MARKER.header,
      fontColor: MARKER.headerFont,
      priority: 50,
    },
    // The status column in the status colours, as on the WBS.
    ...(Object.keys(STATUS_COLOURS) as Array<keyof typeof STATUS_COLOURS>).map((status): PlannedConditionalFormat => ({
      ...range(first, 4),
      rows: TIMELINE_ROWS,
      formula: `=${cellRef(first, 4, "col")}=${stringLiteral(labels[status])}`,
      ...STATUS_COLOURS[status],
      priority: 10,
    })),
  );

  // Printing: the header row stays with the first task rows; the task rows break where the printer breaks them.
  b.keepTogether(header, 1 + FIRST_ROWS);
  b.breakFreely(first, TIMELINE_ROWS);

  const area = { row: 0, col: 0, rows: first + TIMELINE_ROWS, cols };
  b.names.push({ name: excelName(wbs.id, instanceId, "timeline"), comment: TIMELINE_NAME[language], ...area });
  return b.build(
    sheetName,
    { orientation: "landscape", fitToWidth: true, titleRows: [header, header], area },
    () => W,
    { rows: first, cols: 2 },
  );
}
