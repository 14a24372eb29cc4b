import { getTemplate } from "../../src/core";
import { SHEET_STYLES, WORD_COLOURS } from "../../src/render/house-style";
import { W_ROOT_NS, wordBody } from "../../src/render/word";
import { parseXml } from "../support/xml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The first row of every table marked as a header row (w:tblHeader) in a rendered form. */
function headerCells(body: string): Element[] {
  const root = parseXml(`<w:body ${W_ROOT_NS}>${body}</w:body>`).documentElement as Element;
  return Array.from(root.getElementsByTagNameNS(W, "tr"))
    .filter((tr) => tr.getElementsByTagNameNS(W, "tblHeader").length > 0)
    .flatMap((tr) => Array.from(tr.getElementsByTagNameNS(W, "tc")));
}

describe("one house style for sheets and Word forms", () => {
  it("Word table headers look like sheet table headers", () => {
    const cells = headerCells(wordBody(getTemplate("T2"), "en-US", "abc123"));
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) {
      expect(cell.getElementsByTagNameNS(W, "shd")[0]?.getAttributeNS(W, "fill")).toBe(SHEET_STYLES.header.fill);
      const colours = Array.from(cell.getElementsByTagNameNS(W, "color")).map((c) => c.getAttributeNS(W, "val"));
      expect(colours).toEqual(expect.arrayContaining([SHEET_STYLES.header.font.color]));
    }
  });

  it("Word uses the sheet palette for titles, lines and labels", () => {
    expect(WORD_COLOURS.ink).toBe(SHEET_STYLES.title.font.color);
    expect(WORD_COLOURS.line).toBe(SHEET_STYLES.label.border?.box?.color);
    expect(WORD_COLOURS.labelFill).toBe(SHEET_STYLES.label.fill);
    expect(WORD_COLOURS.bandFill).toBe(SHEET_STYLES.section.fill);
  });
});
