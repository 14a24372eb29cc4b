/**
 * The manifest puts Concord's button back in Office 2019 (no requirement set in VersionOverrides), but volume-licensed
 * Office 2016/2019 show add-ins in Internet Explorer 11 (Trident) and Windows Office without WebView2 in Edge Legacy,
 * neither of which can run the ES2020 bundle (office-js-docs-pr docs/concepts/browsers-used-by-office-web-add-ins.md
 * before 2025-11). The page's own inline script then replaces "Loading" with a bilingual message; it must be ES3.
 */
import { parse } from "acorn";
import { existsSync, readFileSync } from "fs";
import { JSDOM, ResourceLoader } from "jsdom";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
// The page template, and the built pages when a build produced them (HTML and inline script minified).
const PAGES = ["src/taskpane/taskpane.html", "dist/taskpane.html", "dist/word.html"].filter((p) =>
  existsSync(join(ROOT, p)),
);

/** The page without external scripts (Office.js, the bundle): only the inline script runs. */
function pageOf(path: string): string {
  return readFileSync(join(ROOT, path), "utf8").replace(/<script[^>]*\ssrc=[^>]*><\/script>/g, "");
}

function inlineScripts(page: string): string[] {
  return [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);
}

function loadingText(page: string, userAgent: string): string {
  const dom = new JSDOM(page, { runScripts: "dangerously", resources: new ResourceLoader({ userAgent }) });
  return dom.window.document.getElementById("loading")?.textContent ?? "";
}

const AGENTS = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeLegacy:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0",
  macWebKit: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

describe.each(PAGES)("%s on webviews that cannot run Concord", (path) => {
  const page = pageOf(path);

  it("has one inline script, and it parses as ES3", () => {
    const inline = inlineScripts(page);
    expect(inline).toHaveLength(1);
    expect(() => parse(inline[0] as string, { ecmaVersion: 3 })).not.toThrow();
  });

  it.each([
    ["Internet Explorer 11", AGENTS.ie11],
    ["Edge Legacy", AGENTS.edgeLegacy],
  ])("%s gets the bilingual message instead of Loading", (_name, agent) => {
    const text = loadingText(page, agent);
    expect(text).toContain("Concord cannot run in this version of Office");
    expect(text).toContain("Microsoft 365, Office 2021 or later");
    expect(text).toContain("当前 Office 版本无法运行 Concord");
    expect(text).not.toContain("Loading Concord");
  });

  it.each([
    ["WebView2", AGENTS.webView2],
    ["Safari WKWebView", AGENTS.macWebKit],
  ])("%s keeps Loading (the bundle takes over)", (_name, agent) => {
    expect(loadingText(page, agent)).toBe("Loading Concord… / 正在加载 Concord…");
  });
});
