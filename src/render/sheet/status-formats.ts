/**
 * Colours by task status and SLA state, as conditional formats. Excel does not accept structured references in
 * conditional-format formulas, so these are A1 formulas written for the top-left cell of their range: the status
 * column is absolute (`$M8`), the row relative, so each row is judged by its own status.
 */
import {
  type Language,
  type MeasuresFlagCells,
  nativeNeedsMeasures,
  SLA_LABELS,
  type SlaState,
  STATUS_LABELS,
  type TaskStatus,
} from "../../core";
import { stringLiteral } from "./references";
import type { CellRange, PlannedConditionalFormat } from "./sheet-plan";

export interface Colours {
  fill: string;
  fontColor: string;
}

/** Completed green, In progress blue, Lagging amber, Blocked red, Not started grey. */
export const STATUS_COLOURS: Record<TaskStatus, Colours> = {
  completed: { fill: "#C6EFCE", fontColor: "#006100" },
  inProgress: { fill: "#BDD7EE", fontColor: "#1F4E78" },
  lagging: { fill: "#FFEB9C", fontColor: "#9C5700" },
  blocked: { fill: "#FFC7CE", fontColor: "#9C0006" },
  notStarted: { fill: "#EDEDED", fontColor: "#595959" },
};

/** The orange of a lagging task whose lag reason is still empty. */
export const MISSING_REASON: Colours = { fill: "#F4B084", fontColor: "#833C0B" };

/** The red of a task lagging for more than 24 hours without response measures (or with measures past due). */
export const MISSING_MEASURES: Colours = { fill: "#FF9999", fontColor: "#7F0000" };

export const SLA_COLOURS: Record<SlaState, Colours> = {
  met: STATUS_COLOURS.completed,
  open: STATUS_COLOURS.inProgress,
  responseOverdue: STATUS_COLOURS.lagging,
  solutionOverdue: STATUS_COLOURS.blocked,
};

/** The order statuses are listed in (dashboards, legends). */
export const STATUS_ORDER: readonly TaskStatus[] = ["completed", "inProgress", "lagging", "blocked", "notStarted"];

/** One rule per status over `range`; `statusCell` is the status of the range's first row, e.g. `$M8`. */
export function statusFormats(
  range: CellRange,
  statusCell: string,
  language: Language,
  priority = 10,
): PlannedConditionalFormat[] {
  return STATUS_ORDER.map((status) => ({
    ...range,
    formula: `=${statusCell}=${stringLiteral(STATUS_LABELS[language][status])}`,
    ...STATUS_COLOURS[status],
    priority,
  }));
}

/**
 * Orange on the lag-reason cells of lagging rows that give no reason (SPEC §2 step 7), the rule the weekly review
 * and Home apply: a blocked row already shows its reason, its blocker or the predecessors it waits on.
 */
export function missingReasonFormat(
  range: CellRange,
  statusCell: string,
  reasonCell: string,
  language: Language,
  priority = 20,
): PlannedConditionalFormat {
  return {
    ...range,
    formula: `=AND(${statusCell}=${stringLiteral(STATUS_LABELS[language].lagging)},LEN(TRIM(${reasonCell}))=0)`,
    ...MISSING_REASON,
    priority,
  };
}

/** Red on the measures cells of a task lagging for more than 24 hours without measures (nativeNeedsMeasures). */
export function missingMeasuresFormat(
  range: CellRange,
  cells: MeasuresFlagCells,
  language: Language,
  priority = 20,
): PlannedConditionalFormat {
  return { ...range, formula: nativeNeedsMeasures(cells, language), ...MISSING_MEASURES, priority };
}

export function slaFormats(range: CellRange, slaCell: string, language: Language, priority = 10) {
  return (Object.keys(SLA_COLOURS) as SlaState[]).map((state): PlannedConditionalFormat => ({
    ...range,
    formula: `=${slaCell}=${stringLiteral(SLA_LABELS[language][state])}`,
    ...SLA_COLOURS[state],
    priority,
  }));
}
