/**
 * "Add status and lag to this table" end to end, in Debian's Chromium on the built preview (taskpane.html outside
 * Office: Excel kind, whose workbook holds a team's own task list and issue list), in both languages, from the
 * keyboard: Templates → detect the columns of the selected task list → correct nothing → add Status, Lag and Waiting
 * on → the added columns shown with core's values → axe → screenshots docs/images/<language>/existing-list.png (the
 * mapping) and existing-list-added.png (the result); the issue list waits for "every issue is major"; the section
 * reflows at 175 px without horizontal scrolling.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { STRINGS, type Language } from "../../src/taskpane/strings";
import { EXISTING_LIST_STRINGS } from "../../src/taskpane/screens/templates/existing-list/strings";
import { seriousViolations, type AxeViolation } from "./support/axe";
import { openVisit, type Visit } from "./support/browser";
import { previewSession } from "./support/pane";

const ROOT = path.resolve(__dirname, "../..");
const IMAGES = path.join(ROOT, "docs", "images");
const PANE = { width: 350, height: 900 };

/**
 * The preview's lists and what their rows show on Monday 2026-11-16, written out here (not computed from src/) so a
 * wrong detection or status fails the test.
 */
const SAMPLE: Record<
  Language,
  { tasks: string; issues: string; due: string; dueRole: string; draft: string[]; guide: string[] }
> = {
  "en-US": {
    tasks: "Team tasks",
    issues: "Issue list",
    dueRole: "Due",
    due: "Deadline",
    // name, waiting on, status, lag
    draft: ["Draft the design", "", "Lagging", "1"],
    guide: ["Write the user guide", "4", "Blocked", "0"],
  },
  "zh-CN": {
    tasks: "团队任务",
    issues: "问题清单",
    dueRole: "截止日期",
    due: "截止日期(计划)",
    draft: ["编写设计稿", "", "滞后", "1"],
    guide: ["编写用户手册", "4", "阻塞", "0"],
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

async function openTemplates(language: Language): Promise<{ v: Visit; section: Locator }> {
  const v = await openVisit(session.browser, session.origin, {
    locale: language,
    officeJsUrl: `${session.origin}office.js`,
  });
  session.visits.add(v);
  await v.page.setViewportSize(PANE);
  v.page.setDefaultTimeout(10_000);
  await v.page.goto(`${session.origin}taskpane.html`, { waitUntil: "load" });
  const t = STRINGS[language];
  const nav = v.page.getByRole("navigation", { name: t.shell.navigation });
  await nav.waitFor({ timeout: 15_000 });
  await idle(v.page);
  await press(v.page, nav.getByRole("button", { name: t.shell.screens.templates, exact: true }));
  const section = v.page.getByRole("region", { name: EXISTING_LIST_STRINGS[language].heading, exact: true });
  await section.waitFor({ timeout: 15_000 });
  await v.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { v, section };
}

async function photograph(page: Page, language: Language, name: string, show: Locator): Promise<AxeViolation[]> {
  await idle(page);
  await page.waitForFunction(() => document.getAnimations().length === 0);
  const violations = await seriousViolations(page, session.origin);
  await show.evaluate((element) => element.scrollIntoView({ block: "start" }));
  const dir = path.join(IMAGES, language);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  return violations;
}

describe.each(["en-US", "zh-CN"] as Language[])("Use your own task list in the Excel preview, %s", (language) => {
  const t = EXISTING_LIST_STRINGS[language];
  const sample = SAMPLE[language];

  test("detect the task list's columns, add Status, Lag and Waiting on; axe; reflow at 175 px", async () => {
    const { v, section } = await openTemplates(language);
    const { page } = v;
    await press(page, section.getByRole("button", { name: t.detect }));
    await section.getByRole("heading", { name: t.mappingHeading }).waitFor();
    const due = section.getByRole("combobox", { name: sample.dueRole, exact: true });
    expect(await due.locator("option:checked").textContent()).toBe(sample.due);

    await press(page, section.getByRole("button", { name: t.add("tasks", sample.tasks) }));
    await idle(page);
    const notice = section.getByText(new RegExp(`'${sample.tasks}'!P2`));
    await notice.waitFor();
    const table = section.getByRole("region", { name: t.previewSheet(sample.tasks) });
    const row = (name: string) =>
      table.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    for (const expected of [sample.draft, sample.guide]) {
      expect(await row(expected[0]).locator("th, td").allTextContents()).toEqual(expected);
    }

    const mappingHeading = section.getByRole("heading", { name: t.mappingHeading });
    expect(await photograph(page, language, "existing-list", mappingHeading)).toEqual([]);
    const addButton = section.getByRole("button", { name: t.add("tasks", sample.tasks) });
    expect(await photograph(page, language, "existing-list-added", addButton)).toEqual([]);

    await page.setViewportSize({ width: 175, height: 900 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(v.pageErrors).toEqual([]);
  });

  test("the issue list asks to confirm every issue is major before adding its SLA", async () => {
    const { v, section } = await openTemplates(language);
    const { page } = v;
    await press(page, section.getByRole("radio", { name: sample.issues }), " ");
    await press(page, section.getByRole("button", { name: t.detect }));
    const add = section.getByRole("button", { name: t.add("issues", sample.issues) });
    await add.waitFor();
    expect(await add.isDisabled()).toBe(true);
    await press(page, section.getByRole("checkbox", { name: t.everyIssueMajor }), " ");
    await press(page, add);
    await section.getByText(new RegExp(`'${sample.issues}'!G2:G10`)).waitFor();
    expect(v.pageErrors).toEqual([]);
  });
});
