/**
 * The case archive as WordprocessingML: a title, the contents, per form its fields, its tables and its signatures, then
 * the ledger's verification report — every label in both languages (English · 中文), long texts as an English and a
 * Chinese paragraph. Everything people typed is escaped text, never markup or a field code.
 */
import { type ArchiveInstance, archiveTime, type Bilingual, type CaseArchive, getTemplate, tablesOf } from "../../core";
import { WORD_COLOURS } from "../../render/house-style";
import { PAGE, paragraph, xmlEscape } from "../../render/word";

/** The archive prints landscape: the WBS and the acceptance checklist are wide. */
export const ARCHIVE_LANDSCAPE = true;
const WIDTH = (ARCHIVE_LANDSCAPE ? PAGE.height : PAGE.width) - 2 * PAGE.margin;

const both = (text: Bilingual) =>
  text["en-US"] === text["zh-CN"] ? text["en-US"] : `${text["en-US"]} · ${text["zh-CN"]}`;

/** A run of text: line breaks as `<w:br/>`, escaped. */
function textRun(text: string, rPr = ""): string {
  if (text === "") return "";
  const parts = text.split(/\r\n|\n|\r/).map((part) => `<w:t xml:space="preserve">${xmlEscape(part)}</w:t>`);
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${parts.join("<w:br/>")}</w:r>`;
}

const styled = (style: string, text: string) => paragraph(textRun(text), `<w:pStyle w:val="${style}"/>`);
const plain = (text: string, rPr = "") => paragraph(textRun(text, rPr));
/** A long text: the English paragraph, then the Chinese one (once when they are the same). */
const bilingualParagraphs = (text: Bilingual, rPr = "") =>
  text["en-US"] === text["zh-CN"] ? plain(text["en-US"], rPr) : plain(text["en-US"], rPr) + plain(text["zh-CN"], rPr);

const SMALL = `<w:sz w:val="18"/><w:szCs w:val="18"/>`;

function cell(text: string, width: number, header: boolean): string {
  const shading = header ? `<w:shd w:val="clear" w:color="auto" w:fill="${WORD_COLOURS.headerFill}"/>` : "";
  const rPr = header ? `<w:b/><w:color w:val="${WORD_COLOURS.headerText}"/>${SMALL}` : SMALL;
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr>` +
    paragraph(textRun(text, rPr), `<w:spacing w:before="20" w:after="20"/>`) +
    `</w:tc>`
  );
}

/** A grid table across the page: a header row repeated on every page, then the rows; widths by weight. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  weights?: readonly number[],
): string {
  const w = weights ?? headers.map(() => 1);
  const total = w.reduce((sum, x) => sum + x, 0);
  const widths = w.map((x) => Math.floor((x / total) * WIDTH));
  const row = (cells: readonly string[], header: boolean) =>
    `<w:tr>${header ? `<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>` : `<w:trPr><w:cantSplit/></w:trPr>`}` +
    cells.map((text, i) => cell(text, widths[i], header)).join("") +
    `</w:tr>`;
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${WIDTH}" w:type="dxa"/>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((x) => `<w:gridCol w:w="${x}"/>`).join("")}</w:tblGrid>` +
    row(headers, true) +
    rows.map((r) => row(r, false)).join("") +
    `</w:tbl>` +
    paragraph("", `<w:spacing w:after="120"/>`)
  );
}

export const ARCHIVE_TEXT = {
  title: { "en-US": "Case archive", "zh-CN": "案例归档" },
  generated: (time: string) => ({ "en-US": `Generated ${time}`, "zh-CN": `生成于 ${time}` }),
  about: {
    "en-US":
      "Every form of the case with its content, its sign-off state and its signatures, then the check of the sign-off ledger. The same data is kept as JSON (format concord-archive).",
    "zh-CN":
      "本案例的全部表单及其内容、签字状态与签字记录，以及签字账本的校验结果。相同数据另存为 JSON（格式 concord-archive）。",
  },
  contents: { "en-US": "Contents", "zh-CN": "目录" },
  form: { "en-US": "Form", "zh-CN": "表单" },
  instance: { "en-US": "Instance", "zh-CN": "实例" },
  state: { "en-US": "Sign-off state", "zh-CN": "签字状态" },
  field: { "en-US": "Field", "zh-CN": "字段" },
  value: { "en-US": "Value", "zh-CN": "内容" },
  noFields: { "en-US": "No field is filled in.", "zh-CN": "未填写任何字段。" },
  location: { "en-US": "In the file", "zh-CN": "位置" },
  signatures: { "en-US": "Signatures", "zh-CN": "签字记录" },
  noSignatures: { "en-US": "No signature.", "zh-CN": "无签字记录。" },
  number: { "en-US": "No.", "zh-CN": "序号" },
  role: { "en-US": "Signs as", "zh-CN": "签字身份" },
  signer: { "en-US": "Signer", "zh-CN": "签字人" },
  decision: { "en-US": "Decision", "zh-CN": "意见" },
  comment: { "en-US": "Comment", "zh-CN": "说明" },
  time: { "en-US": "Time (UTC)", "zh-CN": "时间（UTC）" },
  code: { "en-US": "Code", "zh-CN": "校验码" },
  counts: { "en-US": "Counts", "zh-CN": "是否有效" },
  yes: { "en-US": "Yes", "zh-CN": "是" },
  no: { "en-US": "No: it does not count as a signature", "zh-CN": "否：不计为有效签字" },
  verification: { "en-US": "Ledger verification", "zh-CN": "签字账本校验" },
  findings: { "en-US": "Findings", "zh-CN": "校验结果" },
  limits: { "en-US": "What the check cannot prove", "zh-CN": "校验无法证明的内容" },
  unreadable: { "en-US": "Records that could not be read", "zh-CN": "无法读取的记录" },
} as const satisfies Record<string, Bilingual | ((...args: string[]) => Bilingual)>;
const T = ARCHIVE_TEXT;

/** Column weights of a template's table (its Excel widths), equal when the table is not the template's. */
function weightsOf(instance: ArchiveInstance, id: string): number[] | undefined {
  return tablesOf(getTemplate(instance.template))
    .find((t) => t.id === id)
    ?.columns.map((c) => c.width);
}

const heading = (instance: ArchiveInstance, n: number) =>
  `${n}. ${both(instance.name)} (${instance.template} · ${instance.instance})`;

function instanceBody(instance: ArchiveInstance, n: number): string {
  let xml = styled("Heading1", heading(instance, n));
  xml += bilingualParagraphs(instance.state.message, `<w:b/>`);
  if (instance.location) xml += plain(`${both(T.location)}: ${instance.location}`);
  xml +=
    instance.fields.length === 0
      ? plain(both(T.noFields))
      : table(
          [both(T.field), both(T.value)],
          instance.fields.map((f) => [both(f.label), f.value]),
          [1, 2],
        );
  for (const t of instance.tables.filter((t) => t.rows.length > 0)) {
    // Columns blank in every row are left out of the print (the JSON keeps them), so wide tables stay readable.
    const shown = t.columns.map((_, i) => i).filter((i) => t.rows.some((row) => row[i] !== ""));
    const weights = weightsOf(instance, t.id);
    xml += styled("Heading2", both(t.title));
    xml += table(
      shown.map((i) => `${t.columns[i].label["en-US"]}\n${t.columns[i].label["zh-CN"]}`),
      t.rows.map((row) => shown.map((i) => row[i])),
      weights && shown.map((i) => weights[i]),
    );
  }
  xml += styled("Heading2", both(T.signatures));
  xml +=
    instance.signatures.length === 0
      ? plain(both(T.noSignatures))
      : table(
          [T.number, T.role, T.signer, T.decision, T.comment, T.time, T.code, T.counts].map(both),
          instance.signatures.map((s) => [
            String(s.n),
            both(s.roleLabel),
            s.department ? `${s.signer} (${s.department})` : s.signer,
            both(s.decisionLabel),
            s.comment,
            archiveTime(s.at),
            s.code,
            both(s.trusted ? T.yes : T.no),
          ]),
          [5, 16, 16, 11, 15, 14, 10, 13],
        );
  return xml;
}

function verificationBody(archive: CaseArchive): string {
  const v = archive.verification;
  let xml = styled("Heading1", both(T.verification));
  xml += bilingualParagraphs(v.summary, `<w:b/>`);
  if (v.problem) xml += plain(`${both(T.unreadable)}:`) + bilingualParagraphs(v.problem);
  if (v.entries.length) {
    xml += table(
      [T.number, T.form, T.signer, T.code, T.findings].map(both),
      v.entries.map((e) => [
        String(e.n),
        `${e.template} · ${e.instance}`,
        e.department ? `${e.signer} (${e.department})` : e.signer,
        e.code,
        e.findings
          .map((f) => [f.message["en-US"], f.meaning["en-US"], f.message["zh-CN"], f.meaning["zh-CN"]].join("\n"))
          .join("\n\n"),
      ]),
      [5, 14, 18, 10, 53],
    );
  }
  if (v.limits.length) {
    xml += styled("Heading2", both(T.limits));
    for (const limit of v.limits) xml += bilingualParagraphs(limit);
  }
  return xml;
}

/** The archive's document body. */
export function archiveBody(archive: CaseArchive): string {
  let xml = styled("Title", both(T.title));
  const subtitle = [archive.projectName, both(T.generated(archiveTime(archive.generatedAt)))].filter(Boolean);
  xml += styled("Subtitle", subtitle.join(" · "));
  xml += bilingualParagraphs(T.about);
  xml += styled("Heading1", both(T.contents));
  xml += table(
    [T.number, T.form, T.instance, T.state].map(both),
    archive.instances.map((instance, i) => [
      String(i + 1),
      both(instance.name),
      `${instance.template} · ${instance.instance}`,
      `${instance.state.message["en-US"]}\n${instance.state.message["zh-CN"]}`,
    ]),
    [5, 25, 14, 56],
  );
  archive.instances.forEach((instance, i) => (xml += instanceBody(instance, i + 1)));
  return xml + verificationBody(archive);
}
