/**
 * The weekly progress brief (src/core's `weeklyBrief`) rendered three ways: an HTML fragment to paste into Word,
 * Outlook or Teams, plain text for a chat, and a worksheet plan in the house style for the Excel host to write.
 */
export { briefHtml, escapeHtml } from "./html";
export { briefText } from "./text";
export { planBriefSheet } from "./sheet";
