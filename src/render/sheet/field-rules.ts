/**
 * How a field or table column of each kind is formatted and validated on a sheet, with its prompts and error messages
 * in the template's language.
 */
import { bi, type Bilingual, type FieldDef, type Language } from "../../core";
import type { CellRange, PlannedValidation, ValidationRule } from "./sheet-plan";

const MESSAGES = {
  choose: bi("Choose from the list.", "请从下拉列表中选择。"),
  chooseOneOf: bi("Choose one of: {0}.", "请选择：{0}。"),
  fromTable: bi(
    "Choose from the {0} column of the {1} table; add a missing entry there first.",
    "从“{1}”表的“{0}”列中选择；如缺少，请先在该表中添加。",
  ),
  notInTable: bi("Not in the {1} table: add it there first.", "不在“{1}”表中：请先在该表中添加。"),
  date: bi("A date, e.g. 2026-11-16.", "日期，如 2026-11-16。"),
  dateError: bi("Enter a date, e.g. 2026-11-16.", "请输入日期，如 2026-11-16。"),
  dateTime: bi("A date and time, e.g. 2026-11-16 09:30.", "日期和时间，如 2026-11-16 09:30。"),
  dateTimeError: bi("Enter a date and time, e.g. 2026-11-16 09:30.", "请输入日期和时间，如 2026-11-16 09:30。"),
  time: bi("A time, e.g. 14:30.", "时间，如 14:30。"),
  timeError: bi("Enter a time, e.g. 14:30.", "请输入时间，如 14:30。"),
  percent: bi("0%–100%, e.g. 40%.", "0%–100%，如 40%。"),
  percentError: bi("Enter a percentage from 0% to 100%.", "请输入 0%–100% 之间的百分比。"),
  hours: bi("Hours, more than 0.", "小时数，大于 0。"),
  hoursError: bi("Enter a number of hours greater than 0.", "请输入大于 0 的小时数。"),
  number: bi("A number, 0 or more.", "数字，不小于 0。"),
  numberError: bi("Enter a number, 0 or more.", "请输入不小于 0 的数字。"),
} as const;

export function message(text: Bilingual, language: Language, ...args: string[]): string {
  return args.reduce((s, arg, i) => s.split(`{${i}}`).join(arg), text[language]);
}

/** The choice labels joined for a sentence in the language. */
export function choiceList(field: FieldDef, language: Language): string {
  return (field.choices ?? []).map((c) => c.label[language]).join(language === "zh-CN" ? "、" : ", ");
}

/** Largest time of day Excel's decimal validation should accept (23:59:59.9). */
const END_OF_DAY = 86399.9 / 86400;

/** Where a `listFrom` validation takes its values: the list formula and the source table's title and column label. */
export interface ListSource {
  formula: string;
  table: string;
  column: string;
}

/**
 * The data validation of a field or column over `range`, or null when its kind has none (text, formulas).
 * Hints become the input prompt.
 */
export function validationFor(
  field: FieldDef,
  language: Language,
  range: CellRange,
  listSource?: ListSource,
): PlannedValidation | null {
  const hint = field.hint?.[language];
  const make = (rule: ValidationRule, prompt: string | undefined, error: string): PlannedValidation => ({
    ...range,
    rule,
    ...(prompt ? { prompt } : {}),
    error,
  });
  // A field with a starting formula (the status date's =TODAY()) may be overwritten: it is validated like its kind.
  if (field.kind === "formula") return null;
  if (listSource) {
    return make(
      { type: "listFormula", formula: listSource.formula },
      hint ?? message(MESSAGES.fromTable, language, listSource.column, listSource.table),
      message(MESSAGES.notInTable, language, listSource.column, listSource.table),
    );
  }
  switch (field.kind) {
    case "choice":
      return make(
        { type: "list", values: (field.choices ?? []).map((c) => c.label[language]) },
        hint ?? MESSAGES.choose[language],
        message(MESSAGES.chooseOneOf, language, choiceList(field, language)),
      );
    case "date":
      return make({ type: "date" }, hint ?? MESSAGES.date[language], MESSAGES.dateError[language]);
    case "dateTime":
      return make({ type: "date" }, hint ?? MESSAGES.dateTime[language], MESSAGES.dateTimeError[language]);
    case "time":
      return make(
        { type: "decimal", min: 0, max: END_OF_DAY },
        hint ?? MESSAGES.time[language],
        MESSAGES.timeError[language],
      );
    case "percent":
      return make(
        { type: "decimal", min: 0, max: 1 },
        hint ?? MESSAGES.percent[language],
        MESSAGES.percentError[language],
      );
    case "hours":
      return make(
        { type: "decimal", min: 0.01, max: 10000 },
        hint ?? MESSAGES.hours[language],
        MESSAGES.hoursError[language],
      );
    case "number":
      return make(
        { type: "decimal", min: 0, max: 1e9 },
        hint ?? MESSAGES.number[language],
        MESSAGES.numberError[language],
      );
    case "multiChoice":
    case "text":
    case "longText":
      return null;
  }
}

/** The choices as tick boxes for a printed form: "□ Project   □ Process optimization …". */
export function tickBoxes(field: FieldDef, language: Language): string {
  return (field.choices ?? []).map((c) => `□ ${c.label[language]}`).join("   ");
}
