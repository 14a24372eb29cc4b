/** The forms screen: fill and check a form's fields in the pane, written to the file in one batch. */
export { FormsScreen, editableSlots } from "./FormsScreen";
export { FieldInput } from "./FieldInput";
export { fieldText, shownText, todaySerial, writtenValue } from "./field-text";
export { formProblems, type Problem, type ProblemKind } from "./validation";
export { FORMS_STRINGS, type FormsStrings } from "./strings";
export { ClosingActions, type ClosingActionsProps } from "./ClosingActions";
export {
  acceptancePrefill,
  blankOnly,
  changeRequestsOf,
  draftForm,
  draftVerdict,
  retrospectivePrefill,
} from "./closing-data";
export {
  planAcceptancePrefill,
  planRetrospectivePrefill,
  type PrefillInput,
  type PrefillPlan,
} from "./closing-prefill";
export { CLOSING_STRINGS, type ClosingStrings } from "./closing-strings";
