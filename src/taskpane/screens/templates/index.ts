export { TemplatesScreen, type TemplatesScreenProps } from "./TemplatesScreen";
export { offeredFiles } from "./BlankForms";
