/** Content controls (w:sdt): rich text, date pickers, drop-downs, checkboxes and groups, tagged for binding. */
import { type Choice, formatDate, type Language } from "../../core";
import { WORD_DATE_FORMAT } from "./fields";
import { attr, PLACEHOLDER_RPR, run } from "./xml";

export type ControlType =
  | { type: "richText" }
  | { type: "date"; serial: number | null }
  | { type: "dropDown"; choices: readonly Choice[]; selected: Choice | null }
  | { type: "checkbox"; checked: boolean }
  | { type: "group" };

export interface ControlSpec {
  tag: string;
  alias: string;
  control: ControlType;
  /** The text shown; null shows the placeholder. */
  text: string | null;
  placeholder: string | null;
  /** Properties of the runs the control holds (and of text typed into it). */
  rPr?: string;
  /** Contents locked against editing (the record); `hidden` hides them (w:vanish). */
  locked?: boolean;
  hidden?: boolean;
}

function sdtPr(spec: ControlSpec, language: Language): string {
  const { control } = spec;
  const showingPlaceholder = spec.text === null && spec.placeholder !== null;
  let typeXml = "";
  switch (control.type) {
    case "date":
      typeXml =
        `<w:date${control.serial === null ? "" : ` w:fullDate="${formatDate(control.serial)}T00:00:00Z"`}>` +
        `<w:dateFormat w:val="${WORD_DATE_FORMAT}"/><w:lid w:val="${language}"/>` +
        `<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>`;
      break;
    case "dropDown":
      typeXml =
        `<w:dropDownList${control.selected ? ` w:lastValue=${attr(control.selected.id)}` : ""}>` +
        control.choices
          .map((c) => `<w:listItem w:displayText=${attr(c.label[language])} w:value=${attr(c.id)}/>`)
          .join("") +
        `</w:dropDownList>`;
      break;
    case "checkbox":
      typeXml =
        `<w14:checkbox><w14:checked w14:val="${control.checked ? 1 : 0}"/>` +
        `<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>` +
        `<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>`;
      break;
    case "richText":
    case "group":
      break;
  }
  return (
    `<w:sdtPr>` +
    (spec.rPr ? `<w:rPr>${spec.rPr}</w:rPr>` : "") +
    `<w:alias w:val=${attr(spec.alias)}/>` +
    `<w:tag w:val=${attr(spec.tag)}/>` +
    (spec.locked ? `<w:lock w:val="sdtContentLocked"/>` : "") +
    (showingPlaceholder ? `<w:showingPlcHdr/>` : "") +
    typeXml +
    `</w:sdtPr>`
  );
}

/** The runs a control shows: its text, or its placeholder in the PlaceholderText style. */
export function controlRuns(spec: ControlSpec): string {
  if (spec.text !== null) return run(spec.text, spec.rPr ?? "");
  if (spec.placeholder !== null) return run(spec.placeholder, PLACEHOLDER_RPR + (spec.rPr ?? ""));
  return "";
}

/** A control inside a paragraph. `content` replaces the runs (checkbox groups). */
export function inlineSdt(spec: ControlSpec, language: Language, content?: string): string {
  return `<w:sdt>${sdtPr(spec, language)}<w:sdtContent>${content ?? controlRuns(spec)}</w:sdtContent></w:sdt>`;
}

/** A control around whole paragraphs (or a table); clicking anywhere in them types into the control. */
export function blockSdt(spec: ControlSpec, language: Language, content: string): string {
  return `<w:sdt>${sdtPr(spec, language)}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}
