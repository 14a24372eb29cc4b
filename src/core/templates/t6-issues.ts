import { nativeSla } from "./native-formulas";
import { bi, choice, COMMON, PROJECT_NAME } from "./text";
import type { FormulaContext, TemplateDef } from "./types";

function slaFormula(f: FormulaContext): string {
  const c = {
    raisedAt: f.cell("raisedAt"),
    respondedAt: f.cell("respondedAt"),
    resolvedAt: f.cell("resolvedAt"),
    statusTime: f.field("statusTime"),
    responseHours: f.field("responseHours"),
    solutionHours: f.field("solutionHours"),
  };
  if (f.dialect === "native") return nativeSla(c, f.language);
  return `=CONCORD.SLA(${c.raisedAt},${c.respondedAt},${c.resolvedAt},${c.statusTime},"${f.language}",${c.responseHours},${c.solutionHours})`;
}

export const ISSUE_LOG: TemplateDef = {
  id: "T6",
  version: 1,
  name: bi("Issue & risk log", "问题与风险跟踪"),
  purpose: bi(
    "Major issues and risks with their response and solution times; the SLA state is calculated.",
    "记录重大问题与风险及其响应、解决时间；自动计算时效状态。",
  ),
  hosts: ["excel"],
  landscape: true,
  blocks: [
    {
      type: "fields",
      id: "header",
      fields: [
        PROJECT_NAME,
        { id: "responseHours", label: bi("Response within (h)", "响应时限（小时）"), kind: "hours", initial: 2 },
        { id: "solutionHours", label: bi("Solution within (h)", "解决时限（小时）"), kind: "hours", initial: 24 },
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
            choices: [choice("major", "Major", "重大"), choice("normal", "Normal", "一般")],
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
