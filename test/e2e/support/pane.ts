/**
 * The task pane driven from the keyboard, for the end-to-end tests on the preview: a control is focused and then
 * operated with Enter, Space, arrow keys and typing (focus moved with locator.focus(), not by counting Tab presses);
 * every screen checked with axe-core and photographed into docs/images/<language>/<screen>.png.
 */
import { mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Browser, Locator, Page } from "playwright-core";
import { STRINGS, type Language } from "../../../src/taskpane/strings";
import { seriousViolations, type AxeViolation } from "./axe";
import { launchChromium, openVisit, type Visit } from "./browser";
import { startStaticServer, type StaticServer } from "./static-server";

export const IMAGES = path.resolve(__dirname, "../../../docs/images");
/** The built pane the tests open: dist/ (the development build), or CONCORD_E2E_DEV_DIST. */
export const E2E_DIST = process.env.CONCORD_E2E_DEV_DIST ?? path.resolve(__dirname, "../../../dist");
/** A task pane in Office is about 350 px wide; 900 px tall shows a screen's main content. */
export const PANE = { width: 350, height: 900 };

export type PaneScreen = "home" | "forms" | "signoff" | "changes" | "weekly" | "archive" | "templates";

export class Pane {
  readonly violations: Record<string, AxeViolation[]> = {};
  constructor(
    readonly page: Page,
    readonly language: Language,
    readonly origin: string,
    /** Uncaught errors of the page so far. */
    readonly pageErrors: readonly string[] = [],
  ) {}

  get t() {
    return STRINGS[this.language];
  }

  /** Focus, then Enter: how a keyboard user presses a button. */
  async press(control: Locator, key = "Enter"): Promise<void> {
    await control.focus();
    await this.page.keyboard.press(key);
  }

  /** Replaces a text field's content by typing. */
  async type(field: Locator, text: string): Promise<void> {
    await field.focus();
    await this.page.keyboard.press("Control+A");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.type(text);
  }

  /** Picks an option of a native select with the arrow keys (closed select: each arrow changes the value). */
  async choose(select: Locator, label: string): Promise<void> {
    await select.focus();
    const labels = await select.locator("option").allTextContents();
    const target = labels.indexOf(label);
    if (target < 0) throw new Error(`No option "${label}" in ${labels.join(" | ")}`);
    const current = await select.evaluate((s: HTMLSelectElement) => s.selectedIndex);
    const key = target > current ? "ArrowDown" : "ArrowUp";
    for (let i = 0; i < Math.abs(target - current); i++) await this.page.keyboard.press(key);
    expect(await select.evaluate((s: HTMLSelectElement) => s.selectedIndex)).toBe(target);
  }

  async idle(): Promise<void> {
    await this.page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), undefined, {
      timeout: 15_000,
    });
  }

  async go(screen: PaneScreen): Promise<void> {
    const nav = this.page.getByRole("navigation", { name: this.t.shell.navigation });
    await this.press(nav.getByRole("button", { name: this.t.shell.screens[screen], exact: true }));
    await this.region(this.t.shell.screens[screen]).waitFor();
    await this.idle();
  }

  region(name: string): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }

  /** Presses a download button; the file's suggested name and bytes. */
  async download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [event] = await Promise.all([this.page.waitForEvent("download"), this.press(button)]);
    return { name: event.suggestedFilename(), bytes: readFileSync(await event.path()) };
  }

  /** axe-core on the screen as it is, then the screenshot (scrolled so that `show` is at the top, if given). */
  async check(screen: string, show?: Locator): Promise<void> {
    await this.idle();
    // A pressed button's colour is still fading back (Fluent's transitions): check and photograph the settled state.
    await this.page.waitForFunction(() => document.getAnimations().length === 0);
    this.violations[screen] = await seriousViolations(this.page, this.origin);
    if (show) await show.evaluate((element) => element.scrollIntoView({ block: "start" }));
    else await this.page.evaluate(() => window.scrollTo(0, 0));
    const dir = path.join(IMAGES, this.language);
    mkdirSync(dir, { recursive: true });
    await this.page.screenshot({ path: path.join(dir, `${screen}.png`) });
  }
}

/** Opens the preview page (`word` or `taskpane`) at the task-pane size, on Home, fonts loaded. */
export async function openPane(
  browser: Browser,
  origin: string,
  language: Language,
  page: "word" | "taskpane",
  visits: Set<Visit>,
  options: { clipboard?: boolean } = {},
): Promise<Pane> {
  const v = await openVisit(browser, origin, { locale: language, officeJsUrl: `${origin}office.js` });
  visits.add(v);
  if (options.clipboard) await v.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  await v.page.setViewportSize(PANE);
  v.page.setDefaultTimeout(10_000);
  await v.page.goto(`${origin}${page}.html`, { waitUntil: "load" });
  const pane = new Pane(v.page, language, origin, v.pageErrors);
  await v.page.getByRole("navigation", { name: pane.t.shell.navigation }).waitFor({ timeout: 15_000 });
  await pane.region(pane.t.shell.screens.home).waitFor({ timeout: 15_000 });
  await pane.idle();
  await v.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return pane;
}

/** One Chromium and one static server of the built pane for a test file; each test's pages are closed after it. */
export interface PreviewSession {
  readonly browser: Browser;
  readonly origin: string;
  readonly visits: Set<Visit>;
}

/** Registers the test file's hooks (call at its top level) and returns the session they maintain. */
export function previewSession(dist = E2E_DIST): PreviewSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const visits = new Set<Visit>();
  beforeAll(async () => {
    browser = await launchChromium();
    server = await startStaticServer(dist);
  });
  afterEach(async () => {
    for (const v of visits) await v.close();
    visits.clear();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("Chromium is not running yet (previewSession's beforeAll has not run)");
      return browser;
    },
    get origin() {
      if (!server) throw new Error("the pane is not served yet (previewSession's beforeAll has not run)");
      return server.origin;
    },
    visits,
  };
}
