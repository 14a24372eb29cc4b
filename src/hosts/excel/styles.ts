/**
 * The house style (src/render/house-style.ts) in Office.js terms: each named style of a SheetPlan is written once per
 * rectangle of cells that share it.
 */
import { SHEET_STYLES, type BorderSpec, type CellStyleSpec } from "../../render/house-style";
import type { CellRange, StyleName } from "../../render/sheet";

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

const colour = (hex: string) => `#${hex}`;
const ALIGN_H = { left: "Left", center: "Center" } as const;
const ALIGN_V = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** The border lines of a style over `rect`; inside lines only where the rectangle has more than one row/column. */
export function edgesOf(style: CellStyleSpec, rect: CellRange): Array<[Edge, BorderSpec]> {
  const { box, bottom } = style.border ?? {};
  const edges: Array<[Edge, BorderSpec]> = [];
  if (box) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) edges.push([edge, box]);
    if (rect.rows > 1) edges.push(["InsideHorizontal", box]);
    if (rect.cols > 1) edges.push(["InsideVertical", box]);
  } else if (bottom) {
    // A rectangle may stack several areas of a "bottom" style: the line goes under each row of it.
    edges.push(["EdgeBottom", bottom]);
    if (rect.rows > 1) edges.push(["InsideHorizontal", bottom]);
  }
  return edges;
}

/** Queues the formatting of one named style over `range` (the cells of `rect`). */
export function applyStyle(range: Excel.Range, rect: CellRange, name: StyleName): void {
  const style = SHEET_STYLES[name];
  const format = range.format;
  format.font.size = style.font.size;
  format.font.color = colour(style.font.color);
  if (style.font.bold !== undefined) format.font.bold = style.font.bold;
  if (style.font.italic !== undefined) format.font.italic = style.font.italic;
  if (style.fill) format.fill.color = colour(style.fill);
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  format.horizontalAlignment = ALIGN_H[style.horizontal];
  format.verticalAlignment = ALIGN_V[style.vertical];
  for (const [edge, spec] of edgesOf(style, rect)) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = spec.weight === "medium" ? "Medium" : "Thin";
    border.color = colour(spec.color);
  }
}

/** Excel column widths are set in points; plans give characters of the default font (Calibri 11: 7 px each). */
export { columnWidthPoints } from "../../render/sheet";
