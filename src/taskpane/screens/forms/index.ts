/** The forms screen: fill and check a form's fields in the pane, written to the file in one batch. */
export { FormsScreen, editableSlots } from "./FormsScreen";
export { FORMS_STRINGS, type FormsStrings } from "./strings";
