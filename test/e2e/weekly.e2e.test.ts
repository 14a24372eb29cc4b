/**
 * Issue 8's weekly review end to end, in Debian's Chromium on the built preview (taskpane.html outside Office: the
 * in-memory sample project, Excel kind), in both languages, from the keyboard: Home → Weekly review → refresh for the
 * status date → select the lagging tasks without a reason in the sheet → copy the brief (read back from the real
 * clipboard: HTML and plain text) → axe on the screen → screenshots docs/images/<language>/weekly.png and
 * weekly-brief.png. Also: the screen reflows at 175 px without horizontal scrolling, and Word's pane does not offer it.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { STRINGS, type Language } from "../../src/taskpane/strings";
import { WEEKLY_STRINGS } from "../../src/taskpane/screens/weekly/strings";
import { seriousViolations, type AxeViolation } from "./support/axe";
import { openVisit, type Visit } from "./support/browser";
import { previewSession } from "./support/pane";

const ROOT = path.resolve(__dirname, "../..");
const IMAGES = path.join(ROOT, "docs", "images");
const PANE = { width: 350, height: 900 };

/**
 * What the sample shows, written out here (not computed from src/) so a wrong analysis fails the test: the three
 * lagging tasks without a lag reason (rows 24, 25 and 28 of the Tasks table), the brief's title.
 */
const SAMPLE: Record<Language, { withoutReason: string[]; rows: number[]; title: string; statusDate: string }> = {
  "en-US": {
    withoutReason: ["Set up the customer survey", "Vendor contract addendum", "Response-time alerts"],
    rows: [24, 25, 28],
    title: "Progress brief",
    statusDate: "2026-11-16",
  },
  "zh-CN": {
    withoutReason: ["配置客户回访问卷", "供应商合同补充条款", "时效预警"],
    rows: [24, 25, 28],
    title: "进度简报",
    statusDate: "2026-11-16",
  },
};

const session = previewSession();

async function press(page: Page, control: Locator, key = "Enter"): Promise<void> {
  await control.focus();
  await page.keyboard.press(key);
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), undefined, { timeout: 15_000 });
}

async function openPreview(language: Language, file: "taskpane" | "word"): Promise<Visit> {
  const v = await openVisit(session.browser, session.origin, {
    locale: language,
    officeJsUrl: `${session.origin}office.js`,
  });
  session.visits.add(v);
  await v.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.origin });
  await v.page.setViewportSize(PANE);
  v.page.setDefaultTimeout(10_000);
  await v.page.goto(`${session.origin}${file}.html`, { waitUntil: "load" });
  const t = STRINGS[language];
  await v.page.getByRole("navigation", { name: t.shell.navigation }).waitFor({ timeout: 15_000 });
  await v.page.getByRole("region", { name: t.shell.screens.home, exact: true }).waitFor({ timeout: 15_000 });
  await idle(v.page);
  await v.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return v;
}

async function photograph(page: Page, language: Language, name: string, show?: Locator): Promise<AxeViolation[]> {
  await idle(page);
  await page.waitForFunction(() => document.getAnimations().length === 0);
  const violations = await seriousViolations(page, session.origin);
  if (show) await show.evaluate((element) => element.scrollIntoView({ block: "start" }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  const dir = path.join(IMAGES, language);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  return violations;
}

describe.each(["en-US", "zh-CN"] as Language[])("the weekly review in the Excel preview, %s", (language) => {
  test("refresh, select the rows lacking a reason, copy the brief; axe; reflow at 175 px", async () => {
    const v = await openPreview(language, "taskpane");
    const { page } = v;
    const t = STRINGS[language];
    const w = WEEKLY_STRINGS[language];
    const sample = SAMPLE[language];

    const nav = page.getByRole("navigation", { name: t.shell.navigation });
    await press(page, nav.getByRole("button", { name: t.shell.screens.weekly, exact: true }));
    const region = page.getByRole("region", { name: t.shell.screens.weekly, exact: true });
    await region.waitFor();
    await region.getByRole("heading", { name: w.briefHeading }).waitFor({ timeout: 15_000 });
    await idle(page);

    // The status date comes from the WBS's cell; Refresh recomputes for it.
    const date = region.getByLabel(w.statusDate);
    expect(await date.inputValue()).toBe(sample.statusDate);
    await press(page, region.getByRole("button", { name: w.refresh }));
    await idle(page);
    await page.waitForFunction(() => document.activeElement?.tagName === "H3");

    // The lagging tasks without a reason, then one click selects their rows.
    const list = region.getByRole("region", { name: new RegExp(`^${w.lists.withoutReason}`) });
    expect(await list.count()).toBe(1);
    const listText = (await list.textContent()) ?? "";
    for (const name of sample.withoutReason) expect(listText).toContain(name);
    await press(page, region.getByRole("button", { name: w.selectName(sample.rows.length, w.lists.withoutReason) }));
    await region.getByText(w.selectedAll(sample.rows.length)).waitFor();
    expect(await region.getByText(w.previewSelection).count()).toBe(1);

    expect(await photograph(page, language, "weekly", region.getByRole("heading", { name: w.heading }))).toEqual([]);

    // The brief: copied formatted, read back from the clipboard as the paste target would get it.
    await press(page, region.getByRole("button", { name: w.copyBrief, exact: true }));
    await region.getByText(w.copiedHtml).waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        types: item.types,
        html: await (await item.getType("text/html")).text(),
        text: await (await item.getType("text/plain")).text(),
      };
    });
    expect(copied.types).toEqual(expect.arrayContaining(["text/html", "text/plain"]));
    expect(copied.html).toContain("<table");
    expect(copied.html).toContain(sample.withoutReason[0]);
    expect(copied.text.startsWith(`# ${sample.title}`)).toBe(true);
    await press(page, region.getByRole("button", { name: w.writeSheet }));
    await region.getByText(w.wrote("\u0000").split("\u0000")[0]).waitFor();
    const preview = region.getByRole("region", { name: w.briefPreview });
    expect((await preview.textContent())?.trim()).toBe(copied.text.trim());

    expect(
      await photograph(page, language, "weekly-brief", region.getByRole("heading", { name: w.briefHeading })),
    ).toEqual([]);

    // 200 % zoom of a 350 px pane: nothing scrolls sideways.
    await page.setViewportSize({ width: 175, height: 900 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    expect(v.pageErrors).toEqual([]);
  });

  test("Word's pane does not offer the weekly review", async () => {
    const v = await openPreview(language, "word");
    const t = STRINGS[language];
    const nav = v.page.getByRole("navigation", { name: t.shell.navigation });
    await nav.getByRole("button", { name: t.shell.screens.home, exact: true }).waitFor();
    expect(await nav.getByRole("button", { name: t.shell.screens.weekly, exact: true }).count()).toBe(0);
  });
});
