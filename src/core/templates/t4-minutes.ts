import { bi, choice, COMMON, PROJECT_NAME } from "./text";
import type { TemplateDef } from "./types";

export const MINUTES: TemplateDef = {
  id: "T4",
  version: 1,
  name: bi("Meeting minutes", "会议纪要"),
  purpose: bi(
    "Minutes of every periodic meeting: progress by department, issues, decisions and action items.",
    "每次例会的纪要：各部门进展、问题、决议与行动项。",
  ),
  hosts: ["word", "excel"],
  landscape: false,
  blocks: [
    {
      type: "fields",
      id: "basics",
      fields: [
        PROJECT_NAME,
        {
          id: "meetingType",
          label: bi("Meeting type", "会议类型"),
          kind: "choice",
          required: true,
          choices: [
            choice("kickoff", "Kickoff", "启动会"),
            choice("weekly", "Weekly", "周会"),
            choice("emergency", "Emergency", "紧急会议"),
            choice("priorityReview", "Priority review", "优先级评审会"),
            choice("retrospective", "Retrospective", "复盘会"),
          ],
        },
        { id: "date", label: COMMON.date, kind: "date", required: true },
        { id: "time", label: bi("Time", "时间"), kind: "time", required: true },
        { id: "agenda", label: bi("Agenda", "议程"), kind: "longText", required: true },
      ],
    },
    {
      type: "table",
      table: {
        id: "attendees",
        title: bi("Attendees by department", "参会人员（按部门）"),
        rows: 4,
        columns: [
          { id: "department", label: COMMON.department, kind: "text", width: 18, required: true },
          { id: "attendees", label: bi("Attendees", "参会人"), kind: "text", width: 50, required: true },
        ],
      },
    },
    {
      type: "table",
      table: {
        id: "progress",
        title: bi("Progress by department", "各部门进展"),
        rows: 4,
        columns: [
          { id: "department", label: COMMON.department, kind: "text", width: 16, required: true },
          { id: "progress", label: bi("Progress", "进展"), kind: "longText", width: 34, required: true },
          { id: "needs", label: bi("Problems and needs", "问题与需协调资源"), kind: "longText", width: 28 },
        ],
      },
    },
    {
      type: "fields",
      id: "discussion",
      fields: [{ id: "issuesRaised", label: bi("Issues raised", "提出的问题"), kind: "longText" }],
    },
    {
      type: "list",
      id: "decisions",
      title: bi("Decisions", "会议决议"),
      items: 3,
      item: { id: "decision", label: bi("Decision", "决议"), kind: "longText" },
    },
    {
      type: "table",
      table: {
        id: "actions",
        title: bi("Action items", "行动项"),
        rows: 5,
        columns: [
          { id: "action", label: bi("Action", "行动项"), kind: "text", width: 36, required: true },
          { id: "owner", label: COMMON.owner, kind: "text", width: 12, required: true },
          { id: "due", label: COMMON.due, kind: "date", width: 12, required: true },
          { id: "taskId", label: bi("Linked task ID", "关联任务编号"), kind: "text", width: 12 },
        ],
      },
    },
  ],
};
