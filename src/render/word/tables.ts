/** Bordered WordprocessingML tables whose widths are fractions of the text width. */
import { LINE, paragraph } from "./xml";

export interface CellOptions {
  fill?: string;
  span?: number;
  vAlign?: "top" | "center" | "bottom";
}

/** Widths are fractions of the text width: tables stretch to the page (pct), the grid is for A4. */
export function tableCell(width: number, content: string, options: CellOptions = {}): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${Math.round(width * 5000)}" w:type="pct"/>` +
    (options.span && options.span > 1 ? `<w:gridSpan w:val="${options.span}"/>` : "") +
    (options.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${options.fill}"/>` : "") +
    `<w:vAlign w:val="${options.vAlign ?? "center"}"/></w:tcPr>${content}</w:tc>`
  );
}

export interface RowOptions {
  /** Minimum height in twips. */
  height?: number;
  header?: boolean;
}

export function tableRow(cells: string, options: RowOptions = {}): string {
  const trPr =
    `<w:cantSplit/>` +
    (options.height ? `<w:trHeight w:val="${options.height}" w:hRule="atLeast"/>` : "") +
    (options.header ? `<w:tblHeader/>` : "");
  return `<w:tr><w:trPr>${trPr}</w:trPr>${cells}</w:tr>`;
}

export function borderedTable(fractions: readonly number[], rows: string, textWidth: number): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${LINE}"/>`;
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>` +
    `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="90" w:type="dxa"/>` +
    `<w:bottom w:w="45" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>` +
    `</w:tblPr><w:tblGrid>` +
    fractions.map((f) => `<w:gridCol w:w="${Math.round(f * textWidth)}"/>`).join("") +
    `</w:tblGrid>${rows}</w:tbl>`
  );
}

/** Keeps tables apart (Word joins adjacent tables) with a small gap. */
export const SPACER = paragraph(
  "",
  `<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:rPr><w:sz w:val="12"/></w:rPr>`,
);
