/**
 * The screens other than Home, each loaded on first use (its own chunk). The work screens (forms, sign-off, change
 * requests) take the form they are about; the shell picks one when the user comes from the navigation.
 */
import type { ComponentType } from "react";
import type { InstanceRecord, Language } from "../../core";
import type { PaneHost } from "../connect";
import type { ScreenProps as WorkScreenProps } from "../screens/signoff";
import type { ScreenId } from "./routes";

export interface ScreenProps {
  host: PaneHost;
  language: Language;
  instance: InstanceRecord;
  onNavigate(screen: ScreenId, instance?: InstanceRecord): void;
  /** Outside Office (the preview): what an action does in the sheet is not seen. */
  preview?: boolean;
}

export type WorkScreenId = "forms" | "signoff" | "changes" | "weekly";

export type ScreenLoader = () => Promise<ComponentType<ScreenProps>>;

/** A work screen's component with the shell's navigation callback. */
function adapted(Screen: ComponentType<WorkScreenProps>): ComponentType<ScreenProps> {
  return function WorkScreen({ onNavigate, ...props }: ScreenProps) {
    return <Screen {...props} onNavigate={(target) => onNavigate(target.screen, target.instance)} />;
  };
}

export const WORK_SCREENS: Readonly<Record<WorkScreenId, ScreenLoader>> = {
  forms: () => import(/* webpackChunkName: "screen-forms" */ "../screens/forms").then((m) => adapted(m.FormsScreen)),
  signoff: () =>
    import(/* webpackChunkName: "screen-signoff" */ "../screens/signoff").then((m) => adapted(m.SignoffScreen)),
  changes: () =>
    import(/* webpackChunkName: "screen-changes" */ "../screens/changes").then((m) => adapted(m.ChangeRequestsScreen)),
  weekly: () => import(/* webpackChunkName: "screen-weekly" */ "../screens/weekly").then((m) => m.WeeklyScreen),
};

/** The order of the buttons in the navigation. */
export const SCREEN_ORDER: readonly ScreenId[] = [
  "home",
  "forms",
  "signoff",
  "changes",
  "weekly",
  "archive",
  "templates",
];

/** The case archive (Excel and Word); the .docx writer is a further chunk, loaded on the first download. */
export const loadArchiveScreen = () =>
  import(/* webpackChunkName: "screen-archive" */ "../screens/archive").then((m) => m.ArchiveScreen);

export const loadTemplatesScreen = () =>
  import(/* webpackChunkName: "screen-templates" */ "../screens/templates").then((m) => m.TemplatesScreen);
