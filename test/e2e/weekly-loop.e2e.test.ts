/**
 * Issue 8's weekly loop as one flow, in Debian's Chromium on the built preview (taskpane.html outside Office: the
 * in-memory sample project, Excel kind), in both languages, from the keyboard:
 *
 *   Home: step 7's action → Weekly review: refresh for the status date → select the lagging tasks without a reason in the sheet → copy the
 *   brief (read back from the real clipboard) and write it as a sheet → create the minutes (T4) from the brief →
 *   write an action item in them on the Forms screen → add it to the WBS (the sample's Tasks table is full: the table
 *   grows) → acceptance checklist (T7) pre-filled from the consensus form, every deliverable passed, signed by the
 *   lead and the requesting side → retrospective (T8) pre-filled from the project, signed by the lead and every
 *   department → the case archive as .json (every form, both closing forms signed, the new task in the WBS, the
 *   ledger intact) and .docx (converted to PDF by LibreOffice).
 *
 * axe-core on every screen on the way; screenshots docs/images/<language>/weekly.png, weekly-brief.png, minutes.png,
 * acceptance.png, acceptance-signed.png, retrospective.png, retrospective-signed.png and archive.png. Also: the weekly
 * screen reflows at 175 px, and Word's pane offers the archive but not the weekly review.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Language } from "../../src/taskpane/strings";
import { ARCHIVE_STRINGS } from "../../src/taskpane/screens/archive/strings";
import { CLOSING_STRINGS } from "../../src/taskpane/screens/forms/closing-strings";
import { FORMS_STRINGS } from "../../src/taskpane/screens/forms/strings";
import { SIGNOFF_STRINGS } from "../../src/taskpane/screens/signoff/strings";
import { MINUTES_STRINGS } from "../../src/taskpane/screens/weekly/minutes-strings";
import { WEEKLY_STRINGS } from "../../src/taskpane/screens/weekly/strings";
import { escapeRegExp, insertAndOpen, signByAll } from "./support/forms";
import { convertToPdf, run } from "./support/office-suite";
import { openPane, previewSession, type Pane } from "./support/pane";

/**
 * What the sample and the templates show, written out here (not computed from src/) so that a wrong analysis or a
 * wrong label fails the test: the three lagging tasks without a lag reason (rows 24, 25 and 28 of the Tasks table),
 * the brief's title, the closing forms' words.
 */
const SAMPLE = {
  "en-US": {
    withoutReason: ["Set up the customer survey", "Vendor contract addendum", "Response-time alerts"],
    rows: [24, 25, 28],
    title: "Progress brief",
    statusDate: "2026-11-16",
    t4: "Meeting minutes",
    t7: "Acceptance checklist",
    t8: "Retrospective report",
    actionItems: "Action items",
    action: "Action",
    owner: "Owner",
    due: "Due date",
    newTask: "Brief the support team on the new escalation rules",
    deliverables: "Deliverables",
    standard: "Delivery standard",
    evidence: "Evidence",
    result: "Result",
    pass: "Pass",
    accepted: "Accepted: all",
    cells: { deliverable: "Deliverable", department: "Responsible department", checkedBy: "Checked by", date: "Date" },
    deliverable: (n: number) => `Deliverable ${n}`,
    people: ["Zhang Wei", "Liu Yang", "Wang Fang", "Zhao Min", "Sun Li", "Zhou Jie"],
    leadDepartment: "Project Office",
  },
  "zh-CN": {
    withoutReason: ["配置客户回访问卷", "供应商合同补充条款", "时效预警"],
    rows: [24, 25, 28],
    title: "进度简报",
    statusDate: "2026-11-16",
    t4: "会议纪要",
    t7: "成果验收单",
    t8: "跨部门协作复盘报告",
    actionItems: "行动项",
    action: "行动项",
    owner: "负责人",
    due: "截止日期",
    newTask: "向客服团队说明新的升级规则",
    deliverables: "交付成果",
    standard: "交付标准",
    evidence: "验收依据",
    result: "验收结果",
    pass: "通过",
    accepted: "验收通过",
    cells: { deliverable: "交付成果", department: "负责部门", checkedBy: "验收人", date: "日期" },
    deliverable: (n: number) => `交付成果 ${n}`,
    people: ["张伟", "刘洋", "王芳", "赵敏", "孙丽", "周杰"],
    leadDepartment: "项目管理办公室",
  },
} as const satisfies Record<Language, unknown>;

/** The sample's forms: Excel holds T1, T4, T2, T3, T4, T5, T6; Word T1, T4, T2, T4, T5. */
const SAMPLE_FORMS = { excel: 7, word: 5 };

const session = previewSession();

/** Weekly review: refresh, select the rows lacking a reason, copy the brief and write it as a sheet; reflow. */
async function weeklyReview(pane: Pane): Promise<void> {
  const { page, language } = pane;
  const w = WEEKLY_STRINGS[language];
  const sample = SAMPLE[language];
  // Home's loop: step 7 (track the WBS) needs the reasons of the lagging tasks, and its action opens the review.
  const step7 = pane.t.home.nextAction("\u0000", "7").split("\u0000")[1];
  const home = pane.region(pane.t.shell.screens.home);
  await pane.press(home.getByRole("button", { name: new RegExp(`${escapeRegExp(step7)}$`) }));
  const region = pane.region(pane.t.shell.screens.weekly);
  await region.getByRole("heading", { name: w.briefHeading }).waitFor({ timeout: 15_000 });
  await pane.idle();

  // The status date comes from the WBS's cell; Refresh recomputes for it.
  expect(await region.getByLabel(w.statusDate).inputValue()).toBe(sample.statusDate);
  await pane.press(region.getByRole("button", { name: w.refresh }));
  await pane.idle();
  await page.waitForFunction(() => document.activeElement?.tagName === "H3");

  const list = region.getByRole("region", { name: new RegExp(`^${w.lists.withoutReason}`) });
  expect(await list.count()).toBe(1);
  const listText = (await list.textContent()) ?? "";
  for (const name of sample.withoutReason) expect(listText).toContain(name);
  await pane.press(region.getByRole("button", { name: w.selectName(sample.rows.length, w.lists.withoutReason) }));
  await region.getByText(w.selectedAll(sample.rows.length)).waitFor();
  expect(await region.getByText(w.previewSelection).count()).toBe(1);
  await pane.check("weekly", region.getByRole("heading", { name: w.heading }));

  // The brief, copied formatted and read back from the clipboard as the paste target would get it.
  await pane.press(region.getByRole("button", { name: w.copyBrief, exact: true }));
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
  await pane.press(region.getByRole("button", { name: w.writeSheet }));
  await region.getByText(w.wrote("\u0000").split("\u0000")[0]).waitFor();
  const preview = region.getByRole("region", { name: w.briefPreview });
  expect((await preview.textContent())?.trim()).toBe(copied.text.trim());
  await pane.check("weekly-brief", region.getByRole("heading", { name: w.briefHeading }));

  // 200 % zoom of a 350 px pane: nothing scrolls sideways.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 175, height: size.height });
  await page.waitForTimeout(100);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize(size);
}

/** Minutes from the brief, one action item written in them, then added to the full WBS; the minutes' sheet. */
async function minutesAndActions(pane: Pane): Promise<string> {
  const { page, language } = pane;
  const m = MINUTES_STRINGS[language];
  const f = FORMS_STRINGS[language];
  const sample = SAMPLE[language];
  const weekly = pane.region(pane.t.shell.screens.weekly);

  await pane.press(weekly.getByRole("button", { name: m.create }));
  await pane.idle();
  // The success message has focus and names the new sheet, the one the screen now acts on.
  const focused = (await page.evaluate(() => document.activeElement?.textContent ?? "")).trim();
  const sheet = /["“]([^"”]+)["”]/.exec(focused)?.[1];
  expect(sheet).toBeTruthy();
  expect(await weekly.getByText(m.current(sheet!)).count()).toBe(1);
  expect(await weekly.getByText(m.noActions).count()).toBe(1);
  await pane.check("minutes", weekly.getByRole("heading", { name: m.heading }));

  // The meeting writes its action item in the minutes (Forms screen), due in a fortnight.
  await pane.press(weekly.getByRole("button", { name: m.fillActions }));
  const t4 = `T4 ${sample.t4}`;
  const fill = pane.region(f.heading(t4));
  await fill.waitFor();
  await pane.idle();
  const row = fill.getByRole("group", { name: f.tableRow(sample.actionItems, 1), exact: true });
  await pane.type(row.getByRole("textbox", { name: sample.action, exact: true }), sample.newTask);
  await pane.type(row.getByRole("textbox", { name: sample.owner, exact: true }), sample.people[2]);
  await row.getByLabel(new RegExp(`^${sample.due}\\s*\\*?$`)).focus();
  // Debian's headless Chromium shows date inputs as mm/dd/yyyy whatever the page's locale.
  await page.keyboard.type("11/30/2026");
  await pane.press(fill.getByRole("button", { name: f.save(t4) }));
  await fill.getByText(new RegExp(`^${escapeRegExp(f.saved(1, t4).split("1")[0])}`)).waitFor();

  // Back on the weekly review: the item goes into the WBS, whose 40-row Tasks table has no blank row left.
  await pane.go("weekly");
  const add = weekly.getByRole("button", { name: m.add(1) });
  await add.waitFor({ timeout: 15_000 });
  await pane.press(add);
  await pane.idle();
  await weekly.getByText(m.added(1, 1)).waitFor();
  await pane.check("minutes-added", weekly.getByRole("heading", { name: m.heading }));
  // Added once: the same item is not offered again.
  expect(await weekly.getByRole("button", { name: m.add(1) }).count()).toBe(0);
  return sheet!;
}

/** T7 pre-filled, every deliverable passed, accepted, saved and signed by its two signers. */
async function acceptance(pane: Pane): Promise<void> {
  const { language } = pane;
  const names = SAMPLE[language];
  const f = FORMS_STRINGS[language];
  const c = CLOSING_STRINGS[language];
  const s = SIGNOFF_STRINGS[language];
  const t7 = `T7 ${names.t7}`;

  const fill = await insertAndOpen(pane, "T7", names.t7);
  const verdict = fill.getByTestId("acceptance-verdict");
  await pane.press(fill.getByRole("button", { name: c.prefillAcceptance }));
  await pane.idle();
  await fill.getByRole("status").getByText(c.placed(1).split(/\d/)[0]).waitFor();
  expect(await verdict.textContent()).toContain(c.notReady);
  const row = (n: number) => fill.getByRole("group", { name: f.tableRow(names.deliverables, n), exact: true });
  let rows = 0;
  while ((await row(rows + 1).count()) > 0) {
    const standard = await row(rows + 1)
      .getByRole("textbox", { name: names.standard, exact: true })
      .inputValue();
    if (!standard) break;
    rows++;
  }
  expect(rows).toBeGreaterThan(0);
  expect(await fill.getByRole("status").textContent()).toContain(c.placed(rows));
  const cell = (n: number, label: string) => row(n).getByRole("textbox", { name: label, exact: true });
  for (let n = 1; n <= rows; n++) {
    await pane.choose(row(n).getByRole("combobox", { name: names.result, exact: true }), names.pass);
    await pane.type(cell(n, names.evidence), `#${n}`);
    if (n < rows) expect(await verdict.textContent()).toContain(c.notReady);
  }
  expect(await verdict.textContent()).toContain(names.accepted);
  for (let n = 1; n <= rows; n++) {
    await pane.type(cell(n, names.cells.deliverable), names.deliverable(n));
    await pane.type(cell(n, names.cells.department), names.leadDepartment);
    await pane.type(cell(n, names.cells.checkedBy), names.people[0]);
    await row(n)
      .getByLabel(new RegExp(`^${names.cells.date}\\s*\\*?$`))
      .focus();
    await pane.page.keyboard.type("12/15/2026");
  }
  expect(await verdict.textContent()).toContain(c.readyToSign);
  await pane.press(fill.getByRole("button", { name: f.save(t7) }));
  await fill.getByText(f.saved(6 * rows, t7)).waitFor();
  await pane.check("acceptance", fill);

  await pane.press(fill.getByRole("button", { name: f.signoff(t7) }));
  const signoff = pane.region(s.heading(t7));
  await signoff.waitFor();
  await pane.idle();
  expect(await signByAll(pane, signoff, t7, names)).toHaveLength(2);
  await pane.check("acceptance-signed", signoff.getByRole("list", { name: s.signers }));
}

/** T8 pre-filled from the project, signed by the lead and every department; how many signed. */
async function retrospective(pane: Pane): Promise<number> {
  const { language } = pane;
  const names = SAMPLE[language];
  const f = FORMS_STRINGS[language];
  const c = CLOSING_STRINGS[language];
  const s = SIGNOFF_STRINGS[language];
  const t8 = `T8 ${names.t8}`;

  const fill = await insertAndOpen(pane, "T8", names.t8);
  await pane.press(fill.getByRole("button", { name: c.prefillRetrospective }));
  await pane.idle();
  await fill.getByRole("status").getByText(c.retrospectiveWritten(1, 1).split(/\d/)[0]).waitFor();
  await pane.check("retrospective", fill);
  await pane.press(fill.getByRole("button", { name: f.signoff(t8) }));
  const signoff = pane.region(s.heading(t8));
  await signoff.waitFor();
  await pane.idle();
  const signers = await signByAll(pane, signoff, t8, names);
  expect(signers.length).toBeGreaterThan(2);
  await pane.check("retrospective-signed", signoff.getByRole("list", { name: s.signers }));
  return signers.length;
}

interface ArchivedInstance {
  template: string;
  location: string | null;
  state: { status: string };
  signatures: Array<{ decision: string; trusted: boolean }>;
  tables: unknown[];
}

/** The case archive: the JSON holds the whole case as it now is; the .docx converts in LibreOffice. */
async function archive(pane: Pane, minutesSheet: string, t8Signers: number): Promise<void> {
  const { language } = pane;
  const a = ARCHIVE_STRINGS[language];
  await pane.go("archive");
  const region = pane.region(pane.t.shell.screens.archive);
  await region.getByRole("button", { name: a.download.docx }).waitFor({ timeout: 20_000 });
  // The sample's forms, the brief's sheet is no form; the minutes, the T7 and the T8 made on the way are.
  const listed = await region.getByRole("listitem").count();
  expect(listed).toBe(SAMPLE_FORMS.excel + 3);

  const json = await pane.download(region.getByRole("button", { name: a.download.json }));
  expect(json.name).toMatch(/^case-archive-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(json.bytes.toString("utf8")) as {
    format: string;
    instances: ArchivedInstance[];
    verification: { intact: boolean };
  };
  expect(data.format).toBe("concord-archive");
  expect(data.instances).toHaveLength(listed);
  expect(data.instances.map((i) => i.location)).toContain(minutesSheet);
  const only = (template: string) => {
    const found = data.instances.filter((i) => i.template === template);
    expect(found).toHaveLength(1);
    return found[0];
  };
  expect(only("T7").state.status).toBe("signed");
  expect(only("T7").signatures.filter((x) => x.decision === "approve" && x.trusted)).toHaveLength(2);
  expect(only("T8").state.status).toBe("signed");
  expect(only("T8").signatures.filter((x) => x.decision === "approve" && x.trusted)).toHaveLength(t8Signers);
  expect(JSON.stringify(only("T3").tables)).toContain(SAMPLE[language].newTask);
  expect(data.verification.intact).toBe(true);

  const docx = await pane.download(region.getByRole("button", { name: a.download.docx }));
  expect(docx.name).toMatch(/^case-archive-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(docx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  await region.getByText(a.downloaded(docx.name)).waitFor();
  const out = mkdtempSync(path.join(os.tmpdir(), "concord-archive-"));
  try {
    const copy = path.join(out, docx.name);
    writeFileSync(copy, docx.bytes);
    const seconds = convertToPdf([copy], out);
    const info = run("pdfinfo", [path.join(out, docx.name.replace(/\.docx$/, ".pdf"))]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(listed);
    console.log(`archive ${language}: ${listed} forms, ${pages} PDF pages, LibreOffice ${seconds.toFixed(1)} s`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  await pane.check("archive", region.getByRole("heading", { name: a.heading }));
}

describe.each(["en-US", "zh-CN"] as Language[])("the weekly loop in the Excel preview, %s", (language) => {
  test("refresh → select → brief → minutes → action item into the WBS → T7 and T8 signed → archive", async () => {
    const pane = await openPane(session.browser, session.origin, language, "taskpane", session.visits, {
      clipboard: true,
    });
    await weeklyReview(pane);
    const minutesSheet = await minutesAndActions(pane);
    await acceptance(pane);
    const t8Signers = await retrospective(pane);
    await archive(pane, minutesSheet, t8Signers);

    expect(pane.violations).toEqual(Object.fromEntries(Object.keys(pane.violations).map((k) => [k, []])));
    expect(pane.pageErrors).toEqual([]);
  }, 600_000);

  test("Word's pane offers the archive (JSON of the document's forms) but not the weekly review", async () => {
    const pane = await openPane(session.browser, session.origin, language, "word", session.visits);
    const nav = pane.page.getByRole("navigation", { name: pane.t.shell.navigation });
    expect(await nav.getByRole("button", { name: pane.t.shell.screens.weekly, exact: true }).count()).toBe(0);
    await pane.go("archive");
    const region = pane.region(pane.t.shell.screens.archive);
    const a = ARCHIVE_STRINGS[language];
    await region.getByRole("button", { name: a.download.json }).waitFor({ timeout: 20_000 });
    expect(await region.getByRole("listitem").count()).toBe(SAMPLE_FORMS.word);
    const json = await pane.download(region.getByRole("button", { name: a.download.json }));
    expect(JSON.parse(json.bytes.toString("utf8")).instances).toHaveLength(SAMPLE_FORMS.word);
  });
});
