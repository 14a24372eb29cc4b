/**
 * Templates as WordprocessingML: the form body with tagged content controls (`wordBody`), the package parts shared by
 * the Flat OPC insert and the .docx writer, and the field ↔ control value rules the Word host reads and writes by.
 */
export * from "./fields";
export { columnFractions, wordBody, wordControlParagraph } from "./form";
export { documentXml, flatOpc, MAX_LISTS, numberingXml, stylesXml } from "./package";
export { NS, PAGE, paragraph, W_ROOT_NS, xmlEscape } from "./xml";
export { inlineSdt } from "./controls";
