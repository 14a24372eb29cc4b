/** @jest-environment jsdom */
import { briefHtml, escapeHtml } from "../../../src/render/brief";
import { scenarioBrief } from "../../core/analysis/scenario";
import { FORMULA, HOSTILE_PROJECT, hostileBrief, SCRIPT } from "./hostile";

/** The fragment as a browser (or a mail client's HTML editor) would parse it. */
function parse(html: string): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = html;
  expect(host.children).toHaveLength(1);
  return host.children[0] as HTMLElement;
}

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe("briefHtml", () => {
  it("escapes markup characters and keeps line breaks", () => {
    expect(escapeHtml(`a & b < c > "d" 'e'\nf`)).toBe("a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39;<br>f");
  });

  it("is one self-contained fragment: inline styles only, no style sheet, class, script or event handler", () => {
    for (const language of ["en-US", "zh-CN"] as const) {
      const root = parse(briefHtml(hostileBrief(language)));
      expect(root.getAttribute("lang")).toBe(language);
      expect(root.querySelectorAll("style, script, link, [class], [id]")).toHaveLength(0);
      const attributes = [root, ...root.querySelectorAll("*")].flatMap((e) => e.getAttributeNames());
      expect(new Set(attributes)).toEqual(new Set(["lang", "style"]));
    }
  });

  it("shows hostile user text as the text it is: a script is text, a formula is text marked as text for Excel", () => {
    const html = briefHtml(hostileBrief("en-US"));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    const root = parse(html);
    expect(root.querySelector("h2")!.textContent).toBe(`Progress brief · ${HOSTILE_PROJECT}`);
    const cells = [...root.querySelectorAll("td")];
    const scriptCell = cells.find((td) => td.textContent === SCRIPT)!;
    const formulaCells = cells.filter((td) => td.textContent === FORMULA);
    expect(scriptCell.children).toHaveLength(0);
    // The blocker (blocked list) and the issue description.
    expect(formulaCells).toHaveLength(2);
    for (const td of formulaCells) expect(td.getAttribute("style")).toContain("mso-number-format:'\\@'");
    expect(texts(root, "td")).toContain(`WBS-001 ${SCRIPT} is blocked: ${FORMULA}`);
    // A line break in a cell is a <br>, not a new row.
    expect(cells.find((td) => td.textContent === "Twolines")!.querySelectorAll("br")).toHaveLength(1);
  });

  it("has the title, the facts and one table per list, in the brief's language", () => {
    const en = parse(briefHtml(scenarioBrief("en-US")));
    expect(texts(en, "h3")).toEqual([
      "Overall progress",
      "Tasks by department",
      "Finished this week (2026-11-10 – 2026-11-16)",
      "Lagging tasks",
      "Blocked tasks",
      "Open issues",
      "Decisions needed",
    ]);
    // The facts table and the seven lists, none empty in the scenario.
    expect(en.querySelectorAll("table")).toHaveLength(8);
    expect(texts(en.querySelectorAll("table")[3], "th")).toEqual([
      "Task ID",
      "Task",
      "Department",
      "Owner",
      "Finished",
      "Due",
    ]);
    expect(texts(en.querySelectorAll("table")[3], "td")).toEqual([
      "WBS-001",
      "Spec",
      "R&D",
      "Li",
      "2026-11-12",
      "2026-11-13",
    ]);
    expect(texts(en.querySelectorAll("table")[1], "td").slice(0, 3)).toEqual(["Completed", "2", "33%"]);
    const zh = parse(briefHtml(scenarioBrief("zh-CN")));
    expect(zh.querySelector("h2")!.textContent).toBe("进度简报 · Launch 2027");
    expect(texts(zh, "h3")[6]).toBe("待决策事项");
    expect(texts(zh.querySelectorAll("table")[5], "td")).toContain("等待前置任务 WBS-002");
  });

  it("marks user text as text for Excel, aligns numbers right and leaves dates as dates", () => {
    const root = parse(briefHtml(scenarioBrief("en-US")));
    const styleOf = (table: number, text: string) =>
      [...root.querySelectorAll("table")[table].querySelectorAll("td")]
        .find((td) => td.textContent === text)!
        .getAttribute("style")!;
    expect(styleOf(3, "Spec")).toContain("mso-number-format");
    expect(styleOf(3, "2026-11-12")).not.toContain("mso-number-format");
    expect(styleOf(1, "33%")).toContain("text-align:right");
  });

  it("says 'None.' for an empty list instead of an empty table", () => {
    const brief = scenarioBrief("zh-CN");
    const empty = { ...brief, sections: brief.sections.map((s) => ({ ...s, rows: [] })) };
    const root = parse(briefHtml(empty));
    expect(root.querySelectorAll("table")).toHaveLength(1);
    expect(texts(root, "p")).toEqual(new Array(7).fill("无。"));
  });
});
