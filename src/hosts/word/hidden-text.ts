/**
 * The text of hidden (w:vanish) content controls: the instance records and the sign-off ledger. Word leaves hidden
 * text out of the text it reports unless the user shows hidden text (`Paragraph.getText` documents the default;
 * `ContentControl.text` follows the view), so a record whose `text` does not read back is read again, all of them
 * in one more round trip: from its paragraph with hidden text included where WordApi 1.7 has
 * `getText({ IncludeHiddenText })` and the control sits alone in its paragraph (ledger records), else from the
 * control's OOXML (WordApi 1.1; a whole package per control, so only where the small read is not possible).
 */

/** Queues the read of one control's hidden text; call the returned function after `context.sync()`. */
export function queueHiddenText(
  control: Word.ContentControl,
  tag: string,
  options: { ownParagraph: boolean; includeHiddenText: boolean },
): () => string {
  if (options.ownParagraph && options.includeHiddenText) {
    const text = control.paragraphs.getFirst().getText({ IncludeHiddenText: true });
    return () => text.value.replace(/[\r\n]+$/, "");
  }
  // A ClientResult: its value is there after the sync (no load needed).
  const package_ = { result: control.getOoxml() };
  return () => textOfControl(package_.result.value, tag);
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The text (`w:t` runs, in order) of the content control tagged `tag` in an OOXML package, as Word reports a
 * control's `getOoxml()`; "" when the package has no such control.
 */
export function textOfControl(ooxml: string, tag: string): string {
  const escapedTag = tag.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const at = ooxml.indexOf(`<w:tag w:val="${escapedTag}"/>`);
  if (at < 0) return "";
  const start = ooxml.indexOf("<w:sdtContent>", at);
  const end = start < 0 ? -1 : ooxml.indexOf("</w:sdtContent>", start);
  if (end < 0) return "";
  const content = ooxml.slice(start, end);
  let text = "";
  for (const match of content.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) text += unescapeXml(match[1]);
  return text;
}
