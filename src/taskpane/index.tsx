import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectHost, loadTemplateFiles } from "./connect";
import { detectHost } from "./host";
import { uiLanguage } from "./i18n";

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error('taskpane.html has no element with id "container"');
  const info = await detectHost();
  const language = uiLanguage(info.displayLanguage);
  document.documentElement.lang = language;
  // A host adapter that fails to load (a network hiccup fetching its chunk) still leaves the pane saying where it runs.
  const concord = await connectHost(info.kind).catch((error: unknown) => {
    console.error("Concord could not load its host adapter", error);
    return null;
  });
  createRoot(container).render(
    <App host={info.kind} hostName={info.hostName} language={language} concord={concord} files={loadTemplateFiles} />,
  );
}

start().catch((error: unknown) => {
  console.error("Concord task pane failed to start", error);
});
