/** The sign-off screen, and what the other sign-off screens share with it (loading, signing, the screens' props). */
export { SignoffScreen } from "./SignoffScreen";
export type { ScreenName, ScreenProps } from "./screen-props";
export { formName, utcTime } from "./format";
export {
  canonicalOf,
  describeError,
  loadSignoff,
  NotAcceptedError,
  notApprovable,
  signatureBlock,
  signForm,
  signoffStates,
  SIGNED_TEMPLATES,
  type PaneHost,
  type SignInput,
  type SignoffData,
} from "./signoff-data";
export { SignerList } from "./SignerList";
export { SignForm } from "./SignForm";
export { ScreenNotice, type ScreenNoticeMessage } from "./ScreenNotice";
export { SIGNOFF_STRINGS, type SignoffStrings } from "./strings";
