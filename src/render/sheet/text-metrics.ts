/**
 * Rough text measures for row heights: widths in Excel's character units (the width of a digit in the default font),
 * heights in points. A full-width character (Chinese, full-width punctuation) counts as two units.
 */

/** Points per line of 11 pt text. */
export const LINE_HEIGHT = 15;

function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // CJK radicals, punctuation, kana, unified ideographs
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Width of one line of text in character units. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/** Lines the text takes when wrapped in a cell `width` characters wide (bold text is about 10 % wider). */
export function lineCount(text: string, width: number, bold = false): number {
  const usable = Math.max(1, width - 1) / (bold ? 1.1 : 1);
  return text
    .split("\n")
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(textWidth(paragraph) / usable)), 0);
}

/**
 * Height in points for text wrapped in a cell, at least `minimum`; `points` is the text's size (a column's width in
 * characters holds proportionally more of smaller text).
 */
export function heightFor(text: string, width: number, minimum: number, bold = false, points = 11): number {
  return Math.max(minimum, lineCount(text, (width * 11) / points, bold) * LINE_HEIGHT + 4);
}

/** Size of hint text (the house style's "hint"), in points. */
const HINT_POINTS = 8;

/** Height in points for a hint (small text) wrapped in a cell `width` characters wide. */
export function hintHeightFor(text: string, width: number): number {
  const lines = lineCount(text, (width * 11) / HINT_POINTS);
  return lines * Math.ceil(HINT_POINTS * 1.35) + 4;
}
