/** The change requests screen: raise a T5, the lead decides it, an approval calls for the consensus form's re-sign-off. */
export { ChangeRequestsScreen } from "./ChangeRequestsScreen";
export { CHANGES_STRINGS, type ChangesStrings } from "./strings";
