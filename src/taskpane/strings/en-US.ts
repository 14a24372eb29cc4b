import type { PaneStrings } from "./types";

const listed = (items: readonly string[]) => items.map((item) => `“${item}”`).join(", ");

export const EN_US: PaneStrings = {
  title: "Concord",
  tagline: "Cross-department collaboration: templates, status functions and sign-off",
  hostStatus(kind, host) {
    switch (kind) {
      case "excel":
        return "Concord is running in Excel";
      case "word":
        return "Concord is running in Word";
      case "other":
        return `Concord does not support ${host ?? "this application"}`;
      case "none":
        return "Preview — sample project, nothing is saved";
    }
  },
  hostHint(kind) {
    switch (kind) {
      case "excel":
        return "Follow the collaboration loop in this workbook: insert the forms, sign them, track the tasks.";
      case "word":
        return "Follow the collaboration loop in this document: insert the forms and sign them.";
      case "other":
        return "Open Concord in Excel or Word.";
      case "none":
        return "Opened outside Office: everything works on an in-memory sample project. Open Concord from Excel or Word to use your own files.";
    }
  },
  shell: {
    previewBanner: "Preview — sample project, nothing is saved",
    previewEmptyBanner: "Preview — empty file, nothing is saved",
    previewDetail: "Try every step here; a reload starts again from the sample.",
    previewKindLabel: "Preview as",
    previewStartLabel: "Start from",
    previewSample: "Sample project",
    previewEmpty: "Empty file",
    excel: "Excel workbook",
    word: "Word document",
    navigation: "Concord screens",
    screens: {
      home: "Home",
      forms: "Forms",
      signoff: "Sign-off",
      changes: "Changes",
      weekly: "Weekly review",
      archive: "Archive",
      templates: "Templates",
    },
    connecting: "Connecting to the file…",
    connectFailed: (message) => `Concord could not load its connection to the file: ${message}`,
    retryConnect: "Try connecting to the file again",
    loadingScreen: "Loading the screen…",
    screenFailed: "This screen could not be loaded (a network hiccup?). Choose it again to retry.",
    dismiss: "Dismiss the message",
    needsForm: "There is no form for this screen in the file yet: insert one first.",
    toTemplates: "Go to Templates to insert a form",
  },
  home: {
    inFileHeading: "In this file",
    none: "No Concord forms in this file yet: the loop below starts with the kickoff application.",
    loading: "Reading the forms in this file…",
    readFailed: (message) => `Could not read the forms in this file: ${message}`,
    retryRead: "Read the forms in this file again",
    refresh: "Refresh the loop from the file",
    open: (name, location) => `Open ${name} (${location})`,
    opened: (name) => `${name} is selected in the file.`,
    openFailed: (name, message) => `Could not go to ${name}: ${message}`,
    loopHeading: "The collaboration loop",
    stepTitle: (number, title) => `${number}. ${title}`,
    state: { done: "Done", current: "Next", todo: "To do", attention: "Needs attention", blocked: "Blocked" },
    nextAction: (label, step) => `${label} (step ${step})`,
    ledgerProblem: "Part of the sign-off record could not be read:",
    working: "Working…",
  },
  templates: {
    insertHeading: "Insert a template",
    templateLabel: "Template",
    formLanguageLabel: "Form language",
    english: "English",
    chinese: "中文 (Chinese)",
    insert: (template, name) => `Insert ${template} ${name}`,
    inserting: (name) => `Inserting ${name}…`,
    inserted: (name, places, kind) =>
      kind === "excel"
        ? `Inserted ${name} on ${places.length === 1 ? "sheet" : "sheets"} ${listed(places)}. Nothing you had was changed.`
        : `Inserted ${name} at ${listed(places)}. Nothing you had was changed.`,
    insertFailed: (message) => `Could not insert the template: ${message}`,
    disabledBecause: (reason) => `Not available here: ${reason}`,
    downloadsLink: "Blank forms…",
    downloadsHeading: "Blank forms to download",
    downloadsHint: "For people who receive a form without the add-in.",
    downloadsLoading: "Loading the file writers…",
    downloadLanguageLabel: "Language of the files",
    download: (template, name, kind) => `Download ${template} ${name} (.${kind})`,
    preparing: (fileName) => `Preparing ${fileName}…`,
    downloaded: (fileName) => `${fileName} is ready in your downloads.`,
    downloadFailed: (message) => `Could not prepare the file: ${message}`,
    retryDownloads: "Load the blank forms again",
  },
  officeErrors: {
    general:
      "Office could not finish the operation. Wait a moment and try again; if it keeps failing, save and reopen the file.",
    protectedDocument:
      "The file or this part of it is protected against editing. Remove the protection (Review → Protect) and try again.",
    itemNotFound:
      "Part of the form is no longer in the file (deleted or renamed). Undo the deletion or insert the form again.",
    cellEditMode: "A cell is being edited. Press Enter or Esc in the sheet, then try again.",
    accessDenied:
      "Office refused the change (the file is read-only or shared without edit rights). Open an editable copy and try again.",
    other: (message) => `Office reported: ${message}`,
  },
};
