/**
 * The brief as plain text for a chat or a mail body: Markdown-ish headings and one bullet per row, readable as it is
 * where Markdown is not rendered. User text is put on one line (line breaks become spaces), so that it cannot start a
 * heading or a bullet of its own.
 */
import type { BriefRow, BriefSection, Language, WeeklyBrief } from "../../core";
import { cellText } from "./cells";

const PUNCTUATION: Record<Language, { colon: string; separator: string }> = {
  "en-US": { colon: ": ", separator: "; " },
  "zh-CN": { colon: "：", separator: "；" },
};

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

/** "- WBS-002: Task: Design; Owner: Chen; …" — the first cell names the row, the others are labelled, blanks left out. */
function bullet(section: BriefSection, row: BriefRow, language: Language): string {
  const { colon, separator } = PUNCTUATION[language];
  const texts = row.cells.map((cell, i) => oneLine(cellText(cell, section.columns[i].kind)));
  // A decision is one sentence that names its task or issue.
  if (section.id === "decisions") return `- ${texts[texts.length - 1]}`;
  const rest = texts
    .slice(1)
    .map((text, i) => (text === "" ? "" : `${section.columns[i + 1].label}${colon}${text}`))
    .filter((part) => part !== "");
  return `- ${texts[0]}${rest.length ? colon + rest.join(separator) : ""}`;
}

export function briefText(brief: WeeklyBrief): string {
  const { colon } = PUNCTUATION[brief.language];
  const title = brief.projectName ? `${brief.title} · ${oneLine(brief.projectName)}` : brief.title;
  const lines = [`# ${title}`, "", ...brief.facts.map((f) => `${f.label}${colon}${oneLine(f.value)}`)];
  for (const section of brief.sections) {
    lines.push("", `## ${section.title}`);
    if (section.rows.length === 0) lines.push(section.empty);
    for (const row of section.rows) lines.push(bullet(section, row, brief.language));
  }
  return `${lines.join("\n")}\n`;
}
