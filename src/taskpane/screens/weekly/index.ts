/** The Weekly review screen (Excel: the WBS is a workbook template) and the pure data behind it. */
export { WeeklyScreen, type WeeklyScreenProps } from "./WeeklyScreen";
export {
  analyseWeekly,
  briefOf,
  initialStatusDate,
  issueRows,
  issueWindows,
  projectNameOf,
  selectionOutcome,
  statusTimeFor,
  todaySerial,
  type IssueWindows,
  type SelectionOutcome,
  type WeeklyAnalysis,
  type WeeklyProblem,
  type WindowsSource,
} from "./weekly-data";
export { copyFormatted, copyPlain, type ClipboardLike, type CopyEnvironment, type CopyResult } from "./clipboard";
export { LIST_LIMIT } from "./AttentionLists";
export { STATUS_ORDER } from "./StatusChart";
export { countsText, WEEKLY_STRINGS, type RowList, type WeeklyStrings } from "./strings";
export { MinutesPanel, type MinutesPanelProps } from "./MinutesPanel";
export { actionsFor, latestMinutes, minutesDraftFor, type MinutesActions } from "./minutes-data";
export { MINUTES_STRINGS, type MinutesStrings } from "./minutes-strings";
