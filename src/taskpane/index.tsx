import { createRoot } from "react-dom/client";
import { connectHost, connectPreview, loadTemplateFiles } from "./connect";
import { detectHost } from "./host";
import { officeRequirements } from "../hosts/requirements";
import { App } from "./shell/App";
import { uiLanguage } from "./strings";
import { versionCheck } from "./version-check";

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error('taskpane.html has no element with id "container"');
  const info = await detectHost();
  const language = uiLanguage(info.displayLanguage);
  document.documentElement.lang = language;
  const theme = info.dark
    ? (await import(/* webpackChunkName: "dark-theme" */ "./shell/dark-theme")).webDarkTheme
    : undefined;
  const inOffice = info.kind === "excel" || info.kind === "word";
  createRoot(container).render(
    <App
      host={info.kind}
      hostName={info.hostName}
      language={language}
      theme={theme}
      connect={inOffice ? connectHost : (kind, start) => connectPreview(kind, language, start)}
      // word.html previews a Word document, taskpane.html a workbook.
      previewKind={/word\.html$/.test(location.pathname) ? "word" : "excel"}
      versionCheck={inOffice ? versionCheck(info.kind as "excel" | "word", officeRequirements()) : undefined}
      files={loadTemplateFiles}
    />,
  );
}

start().catch((error: unknown) => {
  console.error("Concord task pane failed to start", error);
});
