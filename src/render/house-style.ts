/**
 * Concord's house style, used by every rendering of a template: what each named style of a SheetPlan (`StyleName`)
 * looks like, as plain data (no exceljs, no Office.js), so that the Excel host, the .xlsx writer and the Word forms
 * format the same way. A sober corporate look: a dark blue title and table headers (white text), light grey label
 * cells, light blue section bands, thin grey borders around everything a user fills in.
 * Colours are "RRGGBB"; sizes in points (the body is 10 pt).
 */
import type { StyleName } from "./sheet";

export const PALETTE = {
  navy: "1F3864",
  sectionFill: "DDE5F0",
  labelFill: "F2F2F2",
  calculatedFill: "EDEDED",
  border: "9BA3AE",
  text: "1F1F1F",
  muted: "595959",
  hint: "767676",
  white: "FFFFFF",
} as const;

export type BorderWeight = "thin" | "medium";
export interface BorderSpec {
  weight: BorderWeight;
  color: string;
}

export interface CellStyleSpec {
  font: { size: number; bold?: boolean; italic?: boolean; color: string };
  fill?: string;
  /** All four edges (`box`) or single edges. */
  border?: { box?: BorderSpec; bottom?: BorderSpec };
  horizontal: "left" | "center";
  vertical: "top" | "middle" | "bottom";
  wrap?: boolean;
}

const BODY = 10;
const grid: BorderSpec = { weight: "thin", color: PALETTE.border };

export const SHEET_STYLES: Readonly<Record<StyleName, CellStyleSpec>> = {
  title: {
    font: { size: 16, bold: true, color: PALETTE.navy },
    border: { bottom: { weight: "medium", color: PALETTE.navy } },
    horizontal: "left",
    vertical: "middle",
  },
  subtitle: {
    font: { size: 9, italic: true, color: PALETTE.muted },
    horizontal: "left",
    vertical: "top",
    wrap: true,
  },
  section: {
    font: { size: 11, bold: true, color: PALETTE.navy },
    fill: PALETTE.sectionFill,
    border: { bottom: { weight: "thin", color: PALETTE.navy } },
    horizontal: "left",
    vertical: "middle",
  },
  label: {
    font: { size: BODY, bold: true, color: PALETTE.text },
    fill: PALETTE.labelFill,
    border: { box: grid },
    horizontal: "left",
    vertical: "middle",
    wrap: true,
  },
  input: { font: { size: BODY, color: PALETTE.text }, border: { box: grid }, horizontal: "left", vertical: "middle" },
  inputLong: {
    font: { size: BODY, color: PALETTE.text },
    border: { box: grid },
    horizontal: "left",
    vertical: "top",
    wrap: true,
  },
  header: {
    font: { size: BODY, bold: true, color: PALETTE.white },
    fill: PALETTE.navy,
    border: { box: { weight: "thin", color: PALETTE.navy } },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  calculated: {
    font: { size: BODY, color: PALETTE.muted },
    fill: PALETTE.calculatedFill,
    border: { box: grid },
    horizontal: "left",
    vertical: "middle",
  },
  hint: {
    font: { size: 8, italic: true, color: PALETTE.hint },
    horizontal: "left",
    vertical: "top",
    wrap: true,
  },
  // A field's hint under its input, inside the field's ruled box (the label beside spans both rows).
  fieldHint: {
    font: { size: 8, italic: true, color: PALETTE.hint },
    border: { box: grid },
    horizontal: "left",
    vertical: "top",
    wrap: true,
  },
  signatureLabel: { font: { size: BODY, bold: true, color: PALETTE.text }, horizontal: "left", vertical: "bottom" },
  signatureLine: {
    font: { size: BODY, color: PALETTE.text },
    border: { bottom: { weight: "thin", color: PALETTE.text } },
    horizontal: "left",
    vertical: "bottom",
  },
};

/** The same palette for WordprocessingML (hex RGB without "#"): headings, table lines, label and band fills. */
export const WORD_COLOURS = {
  ink: PALETTE.navy,
  line: PALETTE.border,
  labelFill: PALETTE.labelFill,
  headerFill: PALETTE.navy,
  headerText: PALETTE.white,
  bandFill: PALETTE.sectionFill,
  required: "C00000",
} as const;
