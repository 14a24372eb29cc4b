import type { Language } from "../../core";
import type { TemplateFileKind } from "../../files";
import type { HostKind } from "../host";

/** Every string the pane shows, in one language: one module per language implements it (en-US.ts, zh-CN.ts). */
export interface PaneStrings {
  title: string;
  tagline: string;
  /** The sentence saying where Concord runs; `host` is Office's host name (used for "other"). */
  hostStatus(kind: HostKind, host: string | null): string;
  /** A hint under the status line. */
  hostHint(kind: HostKind): string;
  shell: {
    previewBanner: string;
    previewEmptyBanner: string;
    previewDetail: string;
    previewKindLabel: string;
    previewStartLabel: string;
    previewSample: string;
    previewEmpty: string;
    excel: string;
    word: string;
    navigation: string;
    screens: {
      home: string;
      forms: string;
      signoff: string;
      changes: string;
      weekly: string;
      archive: string;
      templates: string;
    };
    connecting: string;
    connectFailed(message: string): string;
    retryConnect: string;
    loadingScreen: string;
    screenFailed: string;
    dismiss: string;
    needsForm: string;
    toTemplates: string;
  };
  home: {
    inFileHeading: string;
    none: string;
    loading: string;
    readFailed(message: string): string;
    retryRead: string;
    refresh: string;
    open(name: string, location: string): string;
    opened(name: string): string;
    openFailed(name: string, message: string): string;
    loopHeading: string;
    stepTitle(number: number, title: string): string;
    state: Record<"done" | "current" | "todo" | "attention" | "blocked", string>;
    /** The next action's button name says what it acts on: "Insert T1 kickoff application (step 1)". */
    nextAction(label: string, step: string): string;
    ledgerProblem: string;
    working: string;
  };
  templates: {
    insertHeading: string;
    templateLabel: string;
    formLanguageLabel: string;
    english: string;
    chinese: string;
    insert(template: string, name: string): string;
    inserting(name: string): string;
    /** What was created: the form's name and where it went (Excel: every sheet the insert added). */
    inserted(name: string, places: readonly string[], kind: "excel" | "word"): string;
    insertFailed(message: string): string;
    disabledBecause(reason: string): string;
    downloadsLink: string;
    downloadsHeading: string;
    downloadsHint: string;
    downloadsLoading: string;
    downloadLanguageLabel: string;
    download(template: string, name: string, kind: TemplateFileKind): string;
    preparing(fileName: string): string;
    downloaded(fileName: string): string;
    downloadFailed(message: string): string;
    retryDownloads: string;
  };
  officeErrors: {
    general: string;
    protectedDocument: string;
    itemNotFound: string;
    cellEditMode: string;
    accessDenied: string;
    other(message: string): string;
  };
}

export type { Language };
