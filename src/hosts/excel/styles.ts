import { type StyleName } from "../../render/sheet";
/**
 * How each named style of a SheetPlan looks in Excel: one table, so the host writes each style's formatting once
 * per rectangle of cells that share it.
 */

export interface ExcelCellStyle {
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  fill?: string;
  /** "all": every edge and inside line; "bottom": a signature line. */
  borders?: "all" | "bottom";
  borderColor?: string;
  wrapText?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  verticalAlignment?: "Top" | "Center" | "Bottom";
}

const GRID = "#8EA9C1";

export const EXCEL_STYLES: Readonly<Record<StyleName, ExcelCellStyle>> = {
  // The rule under the title spans the merged title row, as in the .xlsx files.
  title: {
    font: { bold: true, size: 16, color: "#1F3864" },
    borders: "bottom",
    borderColor: "#1F3864",
    verticalAlignment: "Center",
  },
  subtitle: { font: { italic: true, size: 10, color: "#595959" }, wrapText: true, verticalAlignment: "Top" },
  section: {
    font: { bold: true, size: 12, color: "#1F3864" },
    fill: "#D9E1F2",
    borders: "bottom",
    borderColor: "#1F3864",
    verticalAlignment: "Center",
  },
  label: {
    font: { bold: true, color: "#262626" },
    fill: "#F2F2F2",
    borders: "all",
    borderColor: GRID,
    wrapText: true,
    verticalAlignment: "Center",
  },
  input: { fill: "#FFFFFF", borders: "all", borderColor: GRID, verticalAlignment: "Center" },
  inputLong: { fill: "#FFFFFF", borders: "all", borderColor: GRID, wrapText: true, verticalAlignment: "Top" },
  header: {
    font: { bold: true, color: "#1F3864" },
    fill: "#D9E1F2",
    borders: "all",
    borderColor: GRID,
    wrapText: true,
    horizontalAlignment: "Center",
    verticalAlignment: "Center",
  },
  calculated: {
    font: { color: "#404040" },
    fill: "#EDEDED",
    borders: "all",
    borderColor: GRID,
    verticalAlignment: "Center",
  },
  hint: { font: { italic: true, size: 9, color: "#7F7F7F" }, wrapText: true, verticalAlignment: "Top" },
  signatureLabel: { font: { bold: true, color: "#262626" }, verticalAlignment: "Bottom" },
  signatureLine: { borders: "bottom", borderColor: "#404040", verticalAlignment: "Bottom" },
};

/** Excel column widths are set in points; plans give characters of the default font (Calibri 11: 7 px each). */
export { columnWidthPoints } from "../../render/sheet";
