/**
 * The screens other than Home, each loaded on first use (its own chunk). A work screen (forms, sign-off, change
 * requests) is listed only once it exists: the navigation shows a tab for each listed screen.
 */
import type { ComponentType } from "react";
import type { InstanceRecord, Language } from "../../core";
import type { PaneHost } from "../connect";
import type { ScreenId } from "./routes";

export interface ScreenProps {
  host: PaneHost;
  language: Language;
  instance?: InstanceRecord;
  onNavigate?(screen: ScreenId, instance?: InstanceRecord): void;
}

export type WorkScreenId = "forms" | "signoff" | "changes";

export type ScreenLoader = () => Promise<ComponentType<ScreenProps>>;

export const WORK_SCREENS: Partial<Record<WorkScreenId, ScreenLoader>> = {};

/** The order of the tabs. */
export const SCREEN_ORDER: readonly ScreenId[] = ["home", "forms", "signoff", "changes", "templates"];

export const loadTemplatesScreen = () =>
  import(/* webpackChunkName: "screen-templates" */ "../screens/templates").then((m) => m.TemplatesScreen);
