/**
 * The brief as one self-contained HTML fragment to paste into Word, Outlook or Teams: inline styles only (mail
 * clients drop style sheets), tables for lists, every user text escaped. Text cells carry Excel's
 * `mso-number-format:'\@'` so that a paste into Excel keeps "=…" text as text rather than a formula.
 */
import type { BriefColumnKind, BriefSection, WeeklyBrief } from "../../core";
import { PALETTE } from "../house-style";
import { cellText } from "./cells";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML: markup characters escaped, line breaks kept. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]).replace(/\r?\n/g, "<br>");
}

const FONT = "font-family:'Segoe UI','Microsoft YaHei','PingFang SC',Arial,sans-serif";
// Per-cell styles are kept short: a 10,000-task brief has tens of thousands of cells. Alignment sits on the row.
const CELL = `border:1px solid #${PALETTE.border};padding:3px 6px`;
const STYLE = {
  root: `${FONT};font-size:10.5pt;color:#${PALETTE.text}`,
  title: `${FONT};font-size:16pt;font-weight:bold;color:#${PALETTE.navy};margin:0 0 6px 0`,
  section: `${FONT};font-size:12pt;font-weight:bold;color:#${PALETTE.navy};margin:14px 0 4px 0`,
  table: `${FONT};font-size:10.5pt;border-collapse:collapse;margin:0 0 4px 0`,
  row: "vertical-align:top;text-align:left",
  th: `${CELL};background:#${PALETTE.navy};color:#${PALETTE.white};font-weight:bold`,
  label: `${CELL};background:#${PALETTE.labelFill};font-weight:bold`,
  text: `${CELL};mso-number-format:'\\@'`,
  date: CELL,
  number: `${CELL};text-align:right`,
  empty: `margin:0;font-style:italic;color:#${PALETTE.muted}`,
};

/** User text is marked as text for Excel; dates and numbers are shown as they are. */
const CELL_STYLES: Record<BriefColumnKind, string> = {
  id: STYLE.text,
  text: STYLE.text,
  longText: STYLE.text,
  number: STYLE.number,
  percent: STYLE.number,
  date: STYLE.date,
  dateTime: STYLE.date,
};

function table(section: BriefSection): string {
  if (section.rows.length === 0) return `<p style="${STYLE.empty}">${escapeHtml(section.empty)}</p>`;
  const head = section.columns.map((c) => `<th style="${STYLE.th}">${escapeHtml(c.label)}</th>`).join("");
  const body = section.rows
    .map((row) => {
      const cells = row.cells.map((cell, i) => {
        const { kind } = section.columns[i];
        const style = CELL_STYLES[kind];
        return `<td style="${style}">${escapeHtml(cellText(cell, kind))}</td>`;
      });
      return `<tr style="${STYLE.row}">${cells.join("")}</tr>`;
    })
    .join("");
  return `<table style="${STYLE.table}"><thead><tr style="${STYLE.row}">${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function briefHtml(brief: WeeklyBrief): string {
  const title = brief.projectName ? `${brief.title} · ${brief.projectName}` : brief.title;
  const facts = brief.facts
    .map(
      (f) =>
        `<tr><td style="${STYLE.label}">${escapeHtml(f.label)}</td><td style="${STYLE.text}">${escapeHtml(f.value)}</td></tr>`,
    )
    .join("");
  const sections = brief.sections.map((s) => `<h3 style="${STYLE.section}">${escapeHtml(s.title)}</h3>${table(s)}`);
  return [
    `<div lang="${brief.language}" style="${STYLE.root}">`,
    `<h2 style="${STYLE.title}">${escapeHtml(title)}</h2>`,
    `<table style="${STYLE.table}"><tbody>${facts}</tbody></table>`,
    ...sections,
    "</div>",
  ].join("");
}
