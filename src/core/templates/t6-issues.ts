import { SEVERITY_LABELS } from "../sla";
import { type IssueCells, nativeSla, slaBySeverity } from "./native-formulas";
import { bi, COMMON, PROJECT_NAME } from "./text";
import type { FieldDef, FormulaContext, TemplateDef } from "./types";

/**
 * SLA by severity (SPEC §4): the major windows for major issues, the normal ones (when set) for normal issues, none
 * otherwise — in the add-in dialect CONCORD.SLA is the clock, called with the windows of the row's severity only.
 */
function slaFormula(f: FormulaContext): string {
  const c: IssueCells = {
    raisedAt: f.cell("raisedAt"),
    respondedAt: f.cell("respondedAt"),
    resolvedAt: f.cell("resolvedAt"),
    statusTime: f.field("statusTime"),
    severity: f.cell("severity"),
    responseHours: f.field("responseHours"),
    solutionHours: f.field("solutionHours"),
    normalResponseHours: f.field("normalResponseHours"),
    normalSolutionHours: f.field("normalSolutionHours"),
  };
  if (f.dialect === "native") return nativeSla(c, f.language);
  const times = `${c.raisedAt},${c.respondedAt},${c.resolvedAt},${c.statusTime},"${f.language}"`;
  return slaBySeverity(c, f.language, (w) => `CONCORD.SLA(${times},${w.response},${w.solution})`);
}

const hours = (id: string, label: FieldDef["label"], initial?: number, hint?: FieldDef["hint"]): FieldDef => ({
  id,
  label,
  kind: "hours",
  ...(initial === undefined ? {} : { initial }),
  ...(hint ? { hint } : {}),
});

export const ISSUE_LOG: TemplateDef = {
  id: "T6",
  version: 2,
  name: bi("Issue & risk log", "问题与风险跟踪"),
  purpose: bi(
    "Issues and risks with their response and solution times; the SLA state is calculated by severity.",
    "记录问题与风险及其响应、解决时间；按严重程度自动计算时效状态。",
  ),
  hosts: ["excel"],
  landscape: true,
  blocks: [
    {
      type: "fields",
      id: "header",
      fields: [
        PROJECT_NAME,
        // The major windows keep the v1 ids (a v1 log's windows were the major clock); new logs may start from T2's.
        hours("responseHours", bi("Major issue: response within (h)", "重大问题响应时限（小时）"), 2),
        hours("solutionHours", bi("Major issue: solution within (h)", "重大问题解决时限（小时）"), 24),
        hours(
          "normalResponseHours",
          bi("Normal issue: response within (h)", "一般问题响应时限（小时）"),
          undefined,
          bi("Blank: normal issues have no SLA.", "留空：一般问题不计时效。"),
        ),
        hours("normalSolutionHours", bi("Normal issue: solution within (h)", "一般问题解决时限（小时）")),
        {
          id: "statusTime",
          label: bi("Status time", "状态时间"),
          kind: "dateTime",
          required: true,
          formula: () => "=NOW()",
        },
      ],
    },
    {
      type: "table",
      table: {
        id: "issues",
        title: bi("Issues and risks", "问题与风险"),
        rows: 15,
        idPrefix: "ISS",
        columns: [
          { id: "issueId", label: bi("Issue ID", "问题编号"), kind: "text", width: 10, required: true },
          { id: "raisedAt", label: bi("Raised at", "提出时间"), kind: "dateTime", width: 16, required: true },
          { id: "raisedBy", label: bi("Raised by", "提出人"), kind: "text", width: 12, required: true },
          { id: "description", label: bi("Description", "问题描述"), kind: "longText", width: 32, required: true },
          {
            id: "severity",
            label: bi("Severity", "严重程度"),
            kind: "choice",
            width: 10,
            required: true,
            choices: (["major", "normal"] as const).map((id) => ({ id, label: SEVERITY_LABELS[id] })),
          },
          { id: "affectedTasks", label: bi("Affected tasks", "影响任务"), kind: "text", width: 14 },
          { id: "owner", label: COMMON.owner, kind: "text", width: 12, required: true },
          { id: "respondedAt", label: bi("Responded at", "响应时间"), kind: "dateTime", width: 16 },
          { id: "resolvedAt", label: bi("Resolved at", "解决时间"), kind: "dateTime", width: 16 },
          { id: "measures", label: bi("Measures", "应对措施"), kind: "longText", width: 28 },
          {
            id: "sla",
            label: bi("SLA", "时效状态"),
            kind: "formula",
            width: 14,
            formula: slaFormula,
          },
        ],
      },
    },
  ],
};
