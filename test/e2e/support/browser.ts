/**
 * Debian's Chromium driven by playwright-core (no downloaded browser: `playwright install` is never run),
 * and a page harness that keeps every request on loopback and collects console errors.
 */
import { existsSync } from "fs";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";
import { fakeOfficeScript, OFFICE_JS_STUB, type FakeOfficeOptions } from "./fake-office";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** The task pane size used for every page (a typical Office task pane). */
export const TASK_PANE_VIEWPORT = { width: 350, height: 700 };

// --headless and --no-sandbox are also what playwright passes itself; listed so the flags are in one place.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches Chromium. playwright's launch() gives every browser a fresh, temporary --user-data-dir
 * (it refuses a --user-data-dir argument), deleted again by browser.close().
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: run "npm run test:e2e" (it installs Debian's chromium when it can).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS, timeout: 30_000 });
}

/** Answers a request that is not to the test server (return false to let it be blocked). */
export type OutsideHandler = (route: Route) => Promise<boolean>;

export interface VisitOptions {
  /** Browser locale (navigator.language, Accept-Language). */
  locale: string;
  /** Install a fake Office global and answer `officeJsUrl` with an empty script. */
  fakeOffice?: FakeOfficeOptions;
  /** Absolute URL of office.js as the page loads it (local copy or CDN). */
  officeJsUrl: string;
  /** Lets selected requests outside the test server through a stand-in (e.g. the Office.js CDN). */
  outside?: OutsideHandler;
}

export interface ConsoleEntry {
  type: string;
  text: string;
  url: string;
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested (also those answered by a stub or blocked). */
  requests: string[];
  /** Requests that were blocked because they would have left loopback. */
  blocked: string[];
  /** Requests answered by the `outside` stand-in. */
  standIns: string[];
  console: ConsoleEntry[];
  pageErrors: string[];
  failedRequests: string[];
  close(): Promise<void>;
}

export async function openVisit(browser: Browser, serverOrigin: string, options: VisitOptions): Promise<Visit> {
  const context = await browser.newContext({
    locale: options.locale,
    viewport: TASK_PANE_VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: "block",
  });
  const requests: string[] = [];
  const blocked: string[] = [];
  const standIns: string[] = [];
  const consoleEntries: ConsoleEntry[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

  if (options.fakeOffice) await context.addInitScript(fakeOfficeScript(options.fakeOffice));

  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (options.fakeOffice && url === options.officeJsUrl) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: OFFICE_JS_STUB });
    } else if (url.startsWith(serverOrigin)) {
      await route.continue();
    } else if (options.outside && (await options.outside(route))) {
      standIns.push(url);
    } else {
      blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });

  const page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  page.on("requestfailed", (request) => {
    if (!blocked.includes(request.url())) {
      failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on("console", (message) =>
    consoleEntries.push({ type: message.type(), text: message.text(), url: message.location().url }),
  );
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));

  return {
    page,
    context,
    requests,
    blocked,
    standIns,
    console: consoleEntries,
    pageErrors,
    failedRequests,
    close: () => context.close(),
  };
}

/** Path names (e.g. "/functions.js") of the requests that went to `origin`. */
export function requestedPaths(visit: Visit, origin: string): string[] {
  return visit.requests.filter((url) => url.startsWith(origin)).map((url) => new URL(url).pathname);
}
