/**
 * End-to-end tests of the built task pane pages in Debian's Chromium (npm run test:e2e builds them first).
 *
 *   development build  dist/ (npm run build:dev), Office.js from the local copy in dist/
 *   production build   CONCORD_E2E_PROD_DIST (CONCORD_ORIGIN=https://concord.example.com/), Office.js from the CDN URL,
 *                      answered by a stand-in from the @microsoft/office-js package
 *
 * Every page is served from 127.0.0.1; any other request is blocked and fails the test (except the CDN stand-in).
 * Screenshots of every state go to test-results/e2e/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { gzipSync } from "zlib";
import { STRINGS, type Language } from "../../src/taskpane/strings";
import type { HostKind } from "../../src/taskpane/host";
import { launchChromium, openVisit, requestedPaths, type Visit } from "./support/browser";
import { FAKE_OFFICE_LOG, type FakeOfficeLog } from "./support/fake-office";
import { OFFICE_JS_CDN, officeJsCdnStandIn } from "./support/office-js-cdn";
import { startStaticServer, type StaticServer } from "./support/static-server";

/** All JavaScript the pane fetches on opening (taskpane.js and the chunks its first screen loads), gzip. */
const FIRST_SCREEN_BUDGET = 170 * 1024;
const bundleFigures: Record<string, Record<string, number>> = {};

const ROOT = path.resolve(__dirname, "../..");
const SCREENSHOTS = path.join(ROOT, "test-results", "e2e");

interface Build {
  name: "dev" | "prod";
  dir: string;
  /** office.js as the pages reference it: relative (served by our server) or absolute (CDN). */
  officeJs: string;
}

const BUILDS: Build[] = [
  { name: "dev", dir: process.env.CONCORD_E2E_DEV_DIST ?? path.join(ROOT, "dist"), officeJs: "office.js" },
  {
    name: "prod",
    dir: process.env.CONCORD_E2E_PROD_DIST ?? path.join(ROOT, "test-results", "e2e-dist-prod"),
    officeJs: OFFICE_JS_CDN,
  },
];

type PageName = "taskpane" | "word";

/** The status line, written out here (not taken from src/) so that a wrong string in the app fails the test. */
const STATUS: Record<Language, Record<Exclude<HostKind, "other">, string> & { other(host: string): string }> = {
  "en-US": {
    excel: "Concord is running in Excel",
    word: "Concord is running in Word",
    none: "Preview — sample project, nothing is saved",
    other: (host) => `Concord does not support ${host}`,
  },
  "zh-CN": {
    excel: "Concord 正在 Excel 中运行",
    word: "Concord 正在 Word 中运行",
    none: "预览 — 示例项目，不会保存任何内容",
    other: (host) => `Concord 不支持 ${host}`,
  },
};

/**
 * Console messages of type "error" that may appear. Currently none: office.js outside Office only logs
 * "Warning: Office.js is loaded outside of Office client" (type "log") and the development build of React
 * logs its DevTools hint (type "info"); neither is an error. Add a pattern here only with the reason.
 */
const ALLOWED_CONSOLE_ERRORS: { pattern: RegExp; reason: string }[] = [];

/**
 * Requests outside loopback that may be made (they are still blocked): Office.js outside Office opens its telemetry
 * frame a few seconds after loading, which the preview's longer tests can outlast.
 */
const ALLOWED_BLOCKED: RegExp[] = [/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//];

/** Console warnings that may appear (anything else fails, like an error). */
const ALLOWED_CONSOLE_WARNINGS: { pattern: RegExp; reason: string }[] = [];

let browser: Browser;
const servers = new Map<Build["name"], StaticServer>();
const openVisits = new Set<Visit>();

beforeAll(async () => {
  for (const build of BUILDS) {
    const why = buildProblem(build);
    if (why) throw new Error(`${why}\nRun "npm run test:e2e", which builds both before running these tests.`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  for (const build of BUILDS) servers.set(build.name, await startStaticServer(build.dir));
});

afterEach(async () => {
  for (const visit of openVisits) await visit.close();
  openVisits.clear();
});

afterAll(async () => {
  if (Object.keys(bundleFigures).length > 0) {
    writeFileSync(path.join(SCREENSHOTS, "first-screen-bundle.json"), JSON.stringify(bundleFigures, null, 2));
  }
  await browser?.close();
  for (const server of servers.values()) await server.close();
});

function buildProblem(build: Build): string | null {
  for (const file of ["taskpane.html", "word.html", "taskpane.js", "functions.js", "functions.json"]) {
    if (!existsSync(path.join(build.dir, file)))
      return `${build.name} build: ${path.join(build.dir, file)} is missing.`;
  }
  const html = readFileSync(path.join(build.dir, "taskpane.html"), "utf8");
  if (!html.includes(`src="${build.officeJs}"`) && !html.includes(`src=${build.officeJs}`)) {
    return `${build.name} build: ${build.dir}/taskpane.html does not load ${build.officeJs} (wrong kind of build?).`;
  }
  if (build.name === "dev" && !existsSync(path.join(build.dir, "office.js"))) {
    return `dev build: ${build.dir}/office.js (local Office.js copy) is missing.`;
  }
  return null;
}

function functionIds(build: Build): string[] {
  const metadata = JSON.parse(readFileSync(path.join(build.dir, "functions.json"), "utf8")) as {
    functions: { id: string }[];
  };
  return metadata.functions.map((f) => f.id);
}

interface Scenario {
  build: Build;
  page: PageName;
  /** Browser locale. */
  locale: Language;
  /** Absent: outside Office (real Office.js resolves onReady with host null). */
  office?: { host: string; displayLanguage: Language };
  /** Production build only: the Office.js CDN does not answer (no stand-in). */
  officeJsUnreachable?: boolean;
}

async function visit(scenario: Scenario): Promise<Visit> {
  const server = servers.get(scenario.build.name)!;
  const officeJsUrl = new URL(scenario.build.officeJs, server.origin).href;
  const v = await openVisit(browser, server.origin, {
    locale: scenario.locale,
    officeJsUrl,
    fakeOffice: scenario.office,
    outside:
      scenario.build.name === "prod" && !scenario.office && !scenario.officeJsUnreachable
        ? officeJsCdnStandIn
        : undefined,
  });
  openVisits.add(v);
  await v.page.goto(`${server.origin}${scenario.page}.html`, { waitUntil: "load" });
  await v.page.getByRole("status").waitFor({ state: "visible", timeout: 15_000 });
  await settled(v, scenario);
  await v.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return v;
}

/** Waits until the first screen shows what the file holds (or why it cannot), so nothing is still loading. */
async function settled(v: Visit, scenario: Scenario): Promise<void> {
  const kind = scenario.office?.host;
  if (kind && kind !== "Excel" && kind !== "Word") return;
  const language = (scenario.office?.displayLanguage ?? scenario.locale) as Language;
  await v.page.getByRole("navigation", { name: STRINGS[language].shell.navigation }).waitFor({ timeout: 15_000 });
  if (scenario.office) {
    await v.page.getByRole("alert").first().waitFor({ timeout: 15_000 });
  } else {
    // The preview's sample opens on the loop's current step: its screen's content, no spinner left.
    const idle = () =>
      v.page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), undefined, { timeout: 15_000 });
    await idle();
    // A screen opened on what the file holds loads its chunk after the first read: wait for that one too.
    await v.page.waitForTimeout(500);
    await idle();
  }
}

/** Gzip size of the pane's own scripts the page fetched: taskpane.js and its chunks (not Office.js, not functions.js). */
function firstScreenScripts(v: Visit, build: Build): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const pathname of requestedPaths(v, servers.get(build.name)!.origin)) {
    if (pathname !== "/taskpane.js" && !pathname.startsWith("/chunks/")) continue;
    const file = path.join(build.dir, pathname);
    if (existsSync(file)) sizes[pathname] = gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return sizes;
}

function screenshotName(scenario: Scenario): string {
  const state = scenario.office
    ? `in-${scenario.office.host.toLowerCase()}-${scenario.office.displayLanguage}`
    : `${scenario.officeJsUnreachable ? "no-office-js" : "no-office"}-${scenario.locale}`;
  return `${scenario.build.name}-${scenario.page}-${state}.png`;
}

/** What went wrong on the page besides the assertions: errors, unexpected warnings, failed or outside requests. */
function problems(v: Visit): string[] {
  const found: string[] = [];
  for (const entry of v.console) {
    const allowed =
      entry.type === "error" ? ALLOWED_CONSOLE_ERRORS : entry.type === "warning" ? ALLOWED_CONSOLE_WARNINGS : null;
    if (allowed && !allowed.some((a) => a.pattern.test(entry.text))) {
      found.push(`console.${entry.type}: ${entry.text} (${entry.url})`);
    }
  }
  found.push(...v.pageErrors.map((e) => `page error: ${e}`));
  found.push(...v.failedRequests.map((r) => `request failed: ${r}`));
  found.push(
    ...v.blocked
      .filter((url) => !ALLOWED_BLOCKED.some((pattern) => pattern.test(url)))
      .map((url) => `request outside loopback (blocked): ${url}`),
  );
  return found;
}

/** Draws two different Han characters: with no CJK font both come out as the same "missing glyph" box. */
function cjkGlyphsRender(v: Visit): Promise<boolean> {
  return v.page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 48;
    canvas.height = 48;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return false;
    const draw = (text: string): string => {
      context.clearRect(0, 0, 48, 48);
      context.fillStyle = "#000";
      context.font = "32px sans-serif";
      context.fillText(text, 4, 36);
      return Array.from(context.getImageData(0, 0, 48, 48).data).join(",");
    };
    return draw("运") !== draw("行");
  });
}

/**
 * Checks the rendered pane, the scripts it downloaded, takes the screenshot and checks that nothing went wrong
 * (`expectedProblems`: each must match one of problems(v), and every problem must match one of them).
 */
async function expectPane(
  v: Visit,
  scenario: Scenario,
  kind: HostKind,
  language: Language,
  status: string,
  expectedProblems: RegExp[] = [],
) {
  const { page } = v;
  const t = STRINGS[language];
  const paneState = await page.evaluate(() => {
    const provider = document.querySelector(".fui-FluentProvider");
    const h1 = document.querySelector("h1");
    const h1Style = h1 ? getComputedStyle(h1) : null;
    return {
      htmlLang: document.documentElement.lang,
      providerLang: provider?.getAttribute("lang") ?? null,
      host: document.querySelector("main")?.getAttribute("data-host") ?? null,
      title: h1?.textContent ?? null,
      titleFontSize: h1Style?.fontSize ?? null,
      titleFontWeight: h1Style?.fontWeight ?? null,
      loadingShown: document.getElementById("loading") !== null,
      overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      tagline: document.querySelector("main > header p")?.textContent ?? null,
      navigation: Array.from(document.querySelectorAll("main nav button")).map((b) => b.textContent),
    };
  });

  expect(await page.getByRole("status").textContent()).toBe(status);
  const runs = kind === "excel" || kind === "word" || kind === "none";
  expect(paneState).toEqual({
    htmlLang: language,
    providerLang: language,
    host: kind,
    title: t.title,
    // Fluent UI's Title2 typography (fontSizeHero700, fontWeightSemibold): Fluent's styles were applied.
    titleFontSize: "28px",
    titleFontWeight: "600",
    loadingShown: false,
    overflowX: 0,
    tagline: t.tagline,
    navigation: runs
      ? [
          t.shell.screens.home,
          t.shell.screens.forms,
          t.shell.screens.signoff,
          t.shell.screens.changes,
          // The weekly review reads the WBS, a workbook template: Excel and the preview (a workbook first) only.
          ...(kind === "word" || (kind === "none" && scenario.page === "word") ? [] : [t.shell.screens.weekly]),
          t.shell.screens.archive,
          t.shell.screens.templates,
        ]
      : [],
  });
  if (kind === "excel" || kind === "word") {
    // The fake Office reports no requirement sets, so reading the file fails politely, in the UI language.
    const alert = (await page.getByRole("alert").first().textContent()) ?? "";
    expect(alert.startsWith(t.home.readFailed(""))).toBe(true);
    expect(alert.length).toBeGreaterThan(t.home.readFailed("").length + 10);
  }
  // The budget is the production build's (minified); the development build is not.
  if (runs && scenario.build.name === "prod") {
    const sizes = firstScreenScripts(v, scenario.build);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    bundleFigures[screenshotName(scenario)] = { ...sizes, total };
    expect(sizes).toHaveProperty(["/taskpane.js"]);
    expect(total).toBeLessThan(FIRST_SCREEN_BUDGET);
  }
  if (language === "zh-CN" && !(await cjkGlyphsRender(v))) {
    throw new Error(
      "Chinese text renders as missing-glyph boxes: no CJK font (Debian fonts-noto-cjk; npm run test:e2e installs it).",
    );
  }

  // Excel's page runs the custom functions (shared runtime); Word's must not even download them.
  const paths = requestedPaths(v, servers.get(scenario.build.name)!.origin);
  expect(paths).toContain("/taskpane.js");
  if (scenario.page === "taskpane") expect(paths).toContain("/functions.js");
  else expect(paths).not.toContain("/functions.js");

  await page.screenshot({ path: path.join(SCREENSHOTS, screenshotName(scenario)), fullPage: false });
  const found = problems(v);
  expect(found.filter((problem) => !expectedProblems.some((pattern) => pattern.test(problem)))).toEqual([]);
  expect(expectedProblems.filter((pattern) => !found.some((problem) => pattern.test(problem)))).toEqual([]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const PAGES: PageName[] = ["taskpane", "word"];
const LANGUAGES: Language[] = ["en-US", "zh-CN"];
const other = (language: Language): Language => (language === "en-US" ? "zh-CN" : "en-US");

describe.each(BUILDS.map((build) => [build.name, build] as const))("%s build", (_name, build) => {
  describe("outside Office (Office.onReady resolves with no host)", () => {
    for (const page of PAGES) {
      for (const locale of LANGUAGES) {
        test(`${page}.html, browser locale ${locale}: the preview in ${locale}`, async () => {
          const scenario: Scenario = { build, page, locale };
          const v = await visit(scenario);
          await expectPane(v, scenario, "none", locale, STATUS[locale].none);
          if (build.name === "prod") {
            // The production page asked the CDN for office.js (answered by the stand-in), nothing else outside.
            expect(v.standIns).toContain(OFFICE_JS_CDN);
          }
        });
      }
    }
  });

  describe("inside Office (fake Office global, real office.js kept out)", () => {
    const cases: { page: PageName; host: "Excel" | "Word"; kind: HostKind }[] = [
      { page: "taskpane", host: "Excel", kind: "excel" },
      { page: "word", host: "Word", kind: "word" },
    ];
    for (const { page, host, kind } of cases) {
      for (const displayLanguage of LANGUAGES) {
        // The browser locale is the other language: Office's display language must win.
        const locale = other(displayLanguage);
        test(`${page}.html in ${host}, display language ${displayLanguage} (browser ${locale})`, async () => {
          const scenario: Scenario = { build, page, locale, office: { host, displayLanguage } };
          const v = await visit(scenario);
          await expectPane(v, scenario, kind, displayLanguage, STATUS[displayLanguage][kind as "excel" | "word"]);
          const log = await v.page.evaluate(
            (key) => (window as unknown as Record<string, FakeOfficeLog>)[key],
            FAKE_OFFICE_LOG,
          );
          expect(log.onReadyCalls).toBeGreaterThan(0);
          // taskpane.html registers every custom function of functions.json; word.html registers none.
          expect([...log.associated].sort()).toEqual(page === "taskpane" ? functionIds(build).sort() : []);
        });
      }
    }
  });

  test("an unsupported host (PowerPoint) is named in the status line", async () => {
    const scenario: Scenario = {
      build,
      page: "word",
      locale: "en-US",
      office: { host: "PowerPoint", displayLanguage: "zh-CN" },
    };
    const v = await visit(scenario);
    await expectPane(v, scenario, "other", "zh-CN", STATUS["zh-CN"].other("PowerPoint"));
  });

  test("taskpane.html loads functions.js after taskpane.js; word.html has no functions.js script", async () => {
    const scripts: Record<PageName, (string | null)[]> = { taskpane: [], word: [] };
    for (const page of PAGES) {
      const v = await visit({ build, page, locale: "en-US", office: { host: "Excel", displayLanguage: "en-US" } });
      scripts[page] = await v.page.evaluate(() => Array.from(document.scripts).map((s) => s.getAttribute("src")));
      await v.close();
      openVisits.delete(v);
    }
    // Lazily loaded chunks (the host adapter, the file writers) are not page scripts.
    // Lazily loaded chunks and inline scripts (the legacy-browser check) are not the page's script files.
    for (const list of Object.values(scripts))
      list.splice(0, list.length, ...list.filter((src) => src !== null && !src.includes("/chunks/")));
    expect(scripts).toEqual({
      taskpane: [build.officeJs, "taskpane.js", "functions.js"],
      word: [build.officeJs, "taskpane.js"],
    });
  });

  if (build.name === "prod") {
    // A browser preview of the production pages without network access to Microsoft's CDN: no Office global at all.
    for (const page of PAGES) {
      test(`${page}.html with the Office.js CDN unreachable still runs the preview`, async () => {
        const scenario: Scenario = { build, page, locale: "en-US", officeJsUnreachable: true };
        const v = await visit(scenario);
        await expectPane(v, scenario, "none", "en-US", STATUS["en-US"].none, [
          new RegExp(`^request outside loopback \\(blocked\\): ${escapeRegExp(OFFICE_JS_CDN)}$`),
          /^console\.error: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/,
        ]);
      });
    }
  }

  test("the preview reflows at 200 % zoom (175 CSS px) without horizontal scrolling, on Home and Templates", async () => {
    const v = await visit({ build, page: "taskpane", locale: "zh-CN" });
    await v.page.setViewportSize({ width: 175, height: 700 });
    const nav = v.page.getByRole("navigation");
    const overflow = () =>
      v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const screenName of [STRINGS["zh-CN"].shell.screens.home, STRINGS["zh-CN"].shell.screens.templates]) {
      await nav.getByRole("button", { name: screenName }).click();
      await v.page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
      expect(await overflow()).toBe(0);
    }
    await v.page.screenshot({ path: path.join(SCREENSHOTS, `${build.name}-preview-175px-zh-CN.png`), fullPage: true });
    expect(problems(v)).toEqual([]);
  });

  test("the tagline starts on its own line below the title", async () => {
    const v = await visit({ build, page: "word", locale: "en-US" });
    const boxes = await v.page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON();
      return { title: box("main h1"), tagline: box("main header p") };
    });
    expect(boxes.tagline.top).toBeGreaterThanOrEqual(boxes.title.bottom - 1);
  });
});
