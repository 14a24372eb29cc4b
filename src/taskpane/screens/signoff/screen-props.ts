import type { InstanceRecord, Language } from "../../../core";
import type { PaneHost } from "./signoff-data";

export type ScreenName = "home" | "forms" | "signoff" | "changes";

/** The props the shell gives each screen: the open file's host, the UI language and the form the screen is about. */
export interface ScreenProps {
  host: PaneHost;
  language: Language;
  instance: InstanceRecord;
  onNavigate?(target: { screen: ScreenName; instance?: InstanceRecord }): void;
}
