import type { Language } from "../../../core";

export interface MinutesStrings {
  heading: string;
  about: string;
  create: string;
  creating: string;
  created: (sheet: string, attendees: number, agenda: number) => string;
  createFailed: (reason: string) => string;
  current: (sheet: string) => string;
  fillActions: string;
  noActions: string;
  add: (n: number) => string;
  adding: string;
  /** `grown`: rows the Tasks table grew by to take them (0 or omitted: none). */
  added: (n: number, grown?: number) => string;
  nothingToAdd: string;
  note: (row: number, message: string) => string;
  addFailed: (reason: string) => string;
}

const EN: MinutesStrings = {
  heading: "Meeting minutes",
  about:
    "The minutes (T4) of this week's meeting, drafted from the brief in the forms' language: attendees from the " +
    "consensus form's departments, the agenda from the brief. Decisions and action items are the meeting's to write.",
  create: "Create the minutes (T4) from this brief",
  creating: "Creating the minutes…",
  created: (sheet, attendees, agenda) =>
    `Minutes added on sheet "${sheet}": ${attendees} attendee ${attendees === 1 ? "row" : "rows"}, ` +
    `${agenda} agenda ${agenda === 1 ? "item" : "items"}.`,
  createFailed: (reason) => `Could not create the minutes: ${reason}`,
  current: (sheet) => `Minutes on sheet "${sheet}".`,
  fillActions: "Fill in the action items",
  noActions: "No action items to add yet: write them in the minutes' Action items table, then refresh.",
  add: (n) => `Add ${n} action ${n === 1 ? "item" : "items"} to the WBS`,
  adding: "Adding the action items to the WBS…",
  added: (n, grown = 0) =>
    `Added ${n} ${n === 1 ? "task" : "tasks"} to the WBS.` +
    (grown > 0 ? ` The Tasks table grew by ${grown} ${grown === 1 ? "row" : "rows"} to take them.` : ""),
  nothingToAdd: "No action item was added.",
  note: (row, message) => `Action item ${row}: ${message}`,
  addFailed: (reason) => `Could not add the action items: ${reason}`,
};

const ZH: MinutesStrings = {
  heading: "会议纪要",
  about:
    "本周例会的会议纪要（T4）按表单语言根据简报起草：参会人员取自共识表的部门，议程取自简报。决议和行动项由会议填写。",
  create: "根据本简报创建会议纪要（T4）",
  creating: "正在创建会议纪要…",
  created: (sheet, attendees, agenda) =>
    `已在工作表“${sheet}”中添加会议纪要：参会人员 ${attendees} 行，议程 ${agenda} 项。`,
  createFailed: (reason) => `无法创建会议纪要：${reason}`,
  current: (sheet) => `会议纪要位于工作表“${sheet}”。`,
  fillActions: "填写行动项",
  noActions: "尚无可添加的行动项：请在会议纪要的“行动项”表中填写，然后刷新。",
  add: (n) => `将 ${n} 个行动项添加到任务分解表`,
  adding: "正在将行动项添加到任务分解表…",
  added: (n, grown = 0) => `已向任务分解表添加 ${n} 项任务。` + (grown > 0 ? `任务表为此增加了 ${grown} 行。` : ""),
  nothingToAdd: "未添加任何行动项。",
  note: (row, message) => `行动项 ${row}：${message}`,
  addFailed: (reason) => `无法添加行动项：${reason}`,
};

export const MINUTES_STRINGS: Record<Language, MinutesStrings> = { "en-US": EN, "zh-CN": ZH };
