/**
 * Issue 8's closing steps end to end, in Debian's Chromium on the built preview (taskpane.html outside Office: the
 * in-memory sample project), in both languages, from the keyboard: Weekly review → refresh → the last minutes' action
 * items cannot be added to the sample's full Tasks table (the pane says how many rows to add) → create the minutes (T4)
 * from the brief → the archive screen downloads a .docx and a .json (the JSON names every form the screen lists; the
 * .docx converts to PDF in LibreOffice) → axe on both screens → screenshots docs/images/<language>/minutes.png and
 * archive.png. Word's pane offers the archive too.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { STRINGS, type Language } from "../../src/taskpane/strings";
import { ARCHIVE_STRINGS } from "../../src/taskpane/screens/archive/strings";
import { MINUTES_STRINGS } from "../../src/taskpane/screens/weekly/minutes-strings";
import { WEEKLY_STRINGS } from "../../src/taskpane/screens/weekly/strings";
import { seriousViolations, type AxeViolation } from "./support/axe";
import { openVisit, type Visit } from "./support/browser";
import { previewSession } from "./support/pane";
import { convertToPdf, run } from "./support/office-suite";

const ROOT = path.resolve(__dirname, "../..");
const IMAGES = path.join(ROOT, "docs", "images");
const PANE = { width: 350, height: 900 };

/** The sample's forms, written out here: Excel holds T1, T4, T2, T3, T4, T5, T6; Word T1, T4, T2, T4, T5. */
const SAMPLE_FORMS = { excel: 7, word: 5 };

const session = previewSession();

async function press(page: Page, control: Locator): Promise<void> {
  await control.focus();
  await page.keyboard.press("Enter");
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), undefined, { timeout: 20_000 });
}

async function openPreview(language: Language, file: "taskpane" | "word"): Promise<Visit> {
  const v = await openVisit(session.browser, session.origin, {
    locale: language,
    officeJsUrl: `${session.origin}office.js`,
  });
  session.visits.add(v);
  await v.page.setViewportSize(PANE);
  v.page.setDefaultTimeout(15_000);
  await v.page.goto(`${session.origin}${file}.html`, { waitUntil: "load" });
  const t = STRINGS[language];
  await v.page.getByRole("navigation", { name: t.shell.navigation }).waitFor({ timeout: 20_000 });
  await idle(v.page);
  await v.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return v;
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

/** Downloads the archive file behind `button`; its name and bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer; file: string }> {
  const [event] = await Promise.all([page.waitForEvent("download"), press(page, button)]);
  const file = await event.path();
  return { name: event.suggestedFilename(), bytes: readFileSync(file), file };
}

describe.each(["en-US", "zh-CN"] as Language[])("minutes and the case archive in the preview, %s", (language) => {
  const t = STRINGS[language];
  const m = MINUTES_STRINGS[language];
  const a = ARCHIVE_STRINGS[language];

  test("Excel: minutes from the brief, action items vs a full WBS, archive .docx and .json; axe", async () => {
    const { page } = await openPreview(language, "taskpane");
    const nav = page.getByRole("navigation", { name: t.shell.navigation });
    await press(page, nav.getByRole("button", { name: t.shell.screens.weekly, exact: true }));
    const weekly = page.getByRole("region", { name: t.shell.screens.weekly, exact: true });
    await weekly.getByRole("heading", { name: m.heading }).waitFor({ timeout: 20_000 });
    await press(page, weekly.getByRole("button", { name: WEEKLY_STRINGS[language].refresh }));
    await idle(page);

    // The sample's last minutes hold two action items; its 40-row Tasks table has no blank row left.
    expect(await weekly.getByRole("button", { name: m.add(2) }).isDisabled()).toBe(true);
    expect(await weekly.getByText(m.noRoom(2, 0)).count()).toBe(1);

    await press(page, weekly.getByRole("button", { name: m.create }));
    await idle(page);
    // The success message has focus and names the new sheet, the one the screen now acts on.
    const focused = (await page.evaluate(() => document.activeElement?.textContent ?? "")).trim();
    const sheet = /["“]([^"”]+)["”]/.exec(focused)?.[1];
    expect(sheet).toBeTruthy();
    expect(await weekly.getByText(m.current(sheet!)).count()).toBe(1);
    expect(await weekly.getByText(m.noActions).count()).toBe(1);
    const minutesViolations = await photograph(
      page,
      language,
      "minutes",
      weekly.getByRole("heading", { name: m.heading }),
    );
    expect(minutesViolations).toEqual([]);

    await press(page, nav.getByRole("button", { name: t.shell.screens.archive, exact: true }));
    const archive = page.getByRole("region", { name: t.shell.screens.archive, exact: true });
    await archive.getByRole("button", { name: a.download.docx }).waitFor({ timeout: 20_000 });
    const listed = await archive.getByRole("listitem").count();
    // The sample's forms plus the minutes just created.
    expect(listed).toBe(SAMPLE_FORMS.excel + 1);

    const json = await download(page, archive.getByRole("button", { name: a.download.json }));
    expect(json.name).toMatch(/^case-archive-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(json.bytes.toString("utf8"));
    expect(data.format).toBe("concord-archive");
    expect(data.instances).toHaveLength(listed);
    expect(data.instances.map((i: { location: string }) => i.location)).toContain(sheet);

    const docx = await download(page, archive.getByRole("button", { name: a.download.docx }));
    expect(docx.name).toMatch(/^case-archive-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(docx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    await archive.getByText(a.downloaded(docx.name)).waitFor();

    const out = mkdtempSync(path.join(os.tmpdir(), "concord-archive-"));
    try {
      const copy = path.join(out, docx.name);
      writeFileSync(copy, docx.bytes);
      const seconds = convertToPdf([copy], out);
      const info = run("pdfinfo", [path.join(out, docx.name.replace(/\.docx$/, ".pdf"))]);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      // Every form's section starts on its own page or shares one: at least one page per few forms, never none.
      expect(pages).toBeGreaterThanOrEqual(2);
      console.log(`archive ${language}: ${pages} PDF pages, LibreOffice ${seconds.toFixed(1)} s`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }

    const archiveViolations = await photograph(
      page,
      language,
      "archive",
      archive.getByRole("heading", { name: a.heading }),
    );
    expect(archiveViolations).toEqual([]);
  });

  test("Word: the archive is offered and saves the JSON of the document's forms", async () => {
    const { page } = await openPreview(language, "word");
    const nav = page.getByRole("navigation", { name: t.shell.navigation });
    await press(page, nav.getByRole("button", { name: t.shell.screens.archive, exact: true }));
    const archive = page.getByRole("region", { name: t.shell.screens.archive, exact: true });
    await archive.getByRole("button", { name: a.download.json }).waitFor({ timeout: 20_000 });
    expect(await archive.getByRole("listitem").count()).toBe(SAMPLE_FORMS.word);
    const json = await download(page, archive.getByRole("button", { name: a.download.json }));
    expect(JSON.parse(json.bytes.toString("utf8")).instances).toHaveLength(SAMPLE_FORMS.word);
  });
});
