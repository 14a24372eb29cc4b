/**
 * Issue 7's loop end to end, in Debian's Chromium on the built preview (word.html outside Office: the in-memory
 * sample project, Word kind), in both languages, driven from the keyboard: a control is focused and then operated with
 * Enter, Space, arrow keys and typing (focus is moved with locator.focus(), not by counting Tab presses, so the test
 * does not break when a screen gains a control).
 *
 *   insert a T2 (Templates) → fill its fields (Forms) → on the sample's part-signed consensus form, sign as three
 *   departments (Sign-off) → edit a signed field (Forms) → the stale signatures with old → new (Sign-off) → raise a
 *   change request and approve it as the lead (Changes) → the consensus form needs a full re-sign → Verify's report.
 *
 * Every screen is checked with axe-core (no serious or critical violation) and photographed at a task-pane size into
 * docs/images/<language>/<screen>.png: the README and the docs show these, so each run keeps them current.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Browser, Locator, Page } from "playwright-core";
import { STRINGS, type Language } from "../../src/taskpane/strings";
import { FORMS_STRINGS } from "../../src/taskpane/screens/forms/strings";
import { SIGNOFF_STRINGS } from "../../src/taskpane/screens/signoff/strings";
import { CHANGES_STRINGS } from "../../src/taskpane/screens/changes/strings";
import { seriousViolations, type AxeViolation } from "./support/axe";
import { launchChromium, openVisit, type Visit } from "./support/browser";
import { startStaticServer, type StaticServer } from "./support/static-server";

const ROOT = path.resolve(__dirname, "../..");
const DIST = process.env.CONCORD_E2E_DEV_DIST ?? path.join(ROOT, "dist");
const IMAGES = path.join(ROOT, "docs", "images");
/** A task pane in Office is about 350 px wide; 900 px tall shows a screen's main content. */
const PANE = { width: 350, height: 900 };

/**
 * What the sample project and the templates call things, written out here (not taken from src/) so that a wrong
 * label in the app fails the test; the pane's own UI strings are taken from its strings modules.
 */
const SAMPLE: Record<
  Language,
  {
    consensus: string;
    t2: string;
    engineering: string;
    product: string;
    legal: string;
    lead: string;
    field: { project: string; goal: string; standard: (n: number) => string };
    raise: { raisedBy: string; goal: string; description: string; reason: string };
  }
> = {
  "en-US": {
    consensus: "Consensus form",
    t2: "T2 Consensus form",
    engineering: "Head of Engineering",
    product: "Head of Product",
    legal: "Head of Legal",
    lead: "Collaboration lead",
    field: { project: "Project / task name", goal: "Final goal", standard: (n) => `Delivery standard ${n}` },
    raise: {
      raisedBy: "Raised by (department)",
      goal: "Goal",
      description: "Description of the change",
      reason: "Reason",
    },
  },
  "zh-CN": {
    consensus: "跨部门协作共识表",
    t2: "T2 跨部门协作共识表",
    engineering: "技术部负责人",
    product: "产品部负责人",
    legal: "法务部负责人",
    lead: "协作牵头人",
    field: { project: "项目/任务名称", goal: "最终目标", standard: (n) => `交付标准 ${n}` },
    raise: { raisedBy: "申请部门", goal: "目标", description: "变更说明", reason: "变更原因" },
  },
};

/** What the test types, per language. */
const TYPED: Record<Language, Record<string, string>> = {
  "en-US": {
    project: "Supplier onboarding",
    goal: "Onboard a new supplier in 10 working days instead of 25 by 2027-03-31",
    standard1: "By 2027-03-31, 90% of suppliers onboarded within 10 working days",
    edited: "By 2027-01-04, 98% of complaints get a first response within 24 h",
    rejection: "The answer texts need a legal review first.",
    engineer: "Li Na",
    productHead: "Zhou Min",
    legalHead: "Ma Lin",
    leadName: "Chen Jing",
    raisedBy: "Engineering",
    description: "Add the answer library's search to the goal.",
    reason: "Customers look for answers themselves first.",
  },
  "zh-CN": {
    project: "供应商准入提速",
    goal: "2027-03-31前将新供应商准入时间从25个工作日缩短至10个工作日",
    standard1: "2027-03-31前，90%的供应商在10个工作日内完成准入",
    edited: "2027-01-04前，98%的投诉在24小时内得到首次响应",
    rejection: "答复文本须先经法务审核。",
    engineer: "李娜",
    productHead: "周敏",
    legalHead: "马琳",
    leadName: "陈静",
    raisedBy: "技术部",
    description: "将答复库检索纳入目标。",
    reason: "客户会先自行查找答案。",
  },
};

let browser: Browser;
let server: StaticServer;
const visits = new Set<Visit>();

beforeAll(async () => {
  browser = await launchChromium();
  server = await startStaticServer(DIST);
});

afterEach(async () => {
  for (const v of visits) await v.close();
  visits.clear();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The pane, its language and the checks every screen gets. */
class Pane {
  readonly violations: Record<string, AxeViolation[]> = {};
  constructor(
    readonly page: Page,
    readonly language: Language,
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

  async go(screen: "home" | "forms" | "signoff" | "changes" | "templates") {
    const nav = this.page.getByRole("navigation", { name: this.t.shell.navigation });
    await this.press(nav.getByRole("button", { name: this.t.shell.screens[screen], exact: true }));
    await this.region(this.t.shell.screens[screen]).waitFor();
    await this.idle();
  }

  region(name: string): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }

  /** axe-core on the screen as it is, then the screenshot (scrolled so that `show` is at the top, if given). */
  async check(screen: string, show?: Locator): Promise<void> {
    await this.idle();
    // A pressed button's colour is still fading back (Fluent's transitions): check and photograph the settled state.
    await this.page.waitForFunction(() => document.getAnimations().length === 0);
    this.violations[screen] = await seriousViolations(this.page, server.origin);
    if (show) await show.evaluate((element) => element.scrollIntoView({ block: "start" }));
    else await this.page.evaluate(() => window.scrollTo(0, 0));
    const dir = path.join(IMAGES, this.language);
    mkdirSync(dir, { recursive: true });
    await this.page.screenshot({ path: path.join(dir, `${screen}.png`) });
  }
}

async function openPreview(language: Language, page: "word" | "taskpane"): Promise<Pane> {
  const v = await openVisit(browser, server.origin, { locale: language, officeJsUrl: `${server.origin}office.js` });
  visits.add(v);
  await v.page.setViewportSize(PANE);
  v.page.setDefaultTimeout(10_000);
  await v.page.goto(`${server.origin}${page}.html`, { waitUntil: "load" });
  const pane = new Pane(v.page, language);
  await v.page.getByRole("navigation", { name: pane.t.shell.navigation }).waitFor({ timeout: 15_000 });
  await pane.region(pane.t.shell.screens.home).waitFor({ timeout: 15_000 });
  await pane.idle();
  await v.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return pane;
}

/** A sign form (Sign-off or Changes screen): sign as `signer`, typing the name, approving or rejecting with a comment. */
async function sign(
  pane: Pane,
  scope: Locator,
  formName: string,
  signer: string,
  name: string,
  reject?: string,
): Promise<void> {
  const s = SIGNOFF_STRINGS[pane.language];
  const form = scope.getByRole("form", { name: s.signHeading });
  await pane.choose(form.getByRole("combobox", { name: s.signAs }), signer);
  await pane.type(form.getByRole("textbox", { name: s.name }), name);
  const department = form.getByRole("textbox", { name: s.department });
  if (!(await department.getAttribute("readonly"))) await pane.type(department, SAMPLE[pane.language].lead);
  if (reject) {
    await pane.press(form.getByRole("radio", { name: s.reject }), "Space");
    await pane.type(form.getByRole("textbox", { name: s.commentLabel }), reject);
  }
  await pane.press(form.getByRole("button", { name: s.sign(formName) }));
}

/** Signs on the Sign-off screen and waits for "<name> signed: …" (with the entry's code, not known in advance). */
async function signForm(pane: Pane, scope: Locator, formName: string, signer: string, name: string, reject?: string) {
  await sign(pane, scope, formName, signer, name, reject);
  await scope
    .getByText(SIGNOFF_STRINGS[pane.language].signed(name, "", "").split(/[:：]/)[0])
    .first()
    .waitFor();
}

/** The sample's change requests: the next one's id is proposed by the pane; the form's name on the sign button. */
const SAMPLE_CHANGE_ID: Record<Language, string> = { "en-US": "Change ID", "zh-CN": "变更编号" };
const SAMPLE_CHANGE_NAME: Record<Language, string> = { "en-US": "Change request", "zh-CN": "变更申请" };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The element's text contains every one of `parts`. */
async function expectText(element: Locator, parts: string[]): Promise<void> {
  await element.waitFor();
  const text = (await element.textContent()) ?? "";
  for (const part of parts) expect(text).toContain(part);
}

const LANGUAGES: Language[] = ["en-US", "zh-CN"];

describe.each(LANGUAGES)("the sign-off loop in the Word preview, %s", (language) => {
  test("insert and fill a T2; sign, go stale, change, re-sign, verify; axe on every screen", async () => {
    const pane = await openPreview(language, "word");
    const { page, t } = pane;
    const sample = SAMPLE[language];
    const typed = TYPED[language];
    const f = FORMS_STRINGS[language];
    const s = SIGNOFF_STRINGS[language];
    const c = CHANGES_STRINGS[language];

    await pane.check("home");

    // Templates: insert a T2.
    await pane.go("templates");
    const insert = pane.region(t.templates.insertHeading);
    await pane.choose(insert.getByRole("combobox", { name: t.templates.templateLabel }), `T2 · ${sample.consensus}`);
    await pane.press(insert.getByRole("button", { name: t.templates.insert("T2", sample.consensus) }));
    await insert
      .getByText(t.templates.inserted(sample.consensus, ["\u0000"], "word").split("\u0000")[0])
      .first()
      .waitFor();
    await pane.check("templates");

    // Forms: the new T2 is the last consensus form in the file; an empty form opens on its fields.
    await pane.go("home");
    const inFile = pane.region(t.home.inFileHeading).getByRole("list", { name: t.home.inFileHeading });
    const consensusRows = inFile.getByRole("button", {
      name: t.home.open(`T2 · ${sample.consensus}`, sample.consensus),
    });
    expect(await consensusRows.count()).toBe(2);
    await pane.press(consensusRows.last());
    const fill = pane.region(f.heading(sample.t2));
    await fill.waitFor();
    await pane.idle();
    await pane.type(fill.getByRole("textbox", { name: sample.field.project, exact: true }), typed.project);
    await pane.type(fill.getByRole("textbox", { name: sample.field.goal, exact: true }), typed.goal);
    await pane.type(fill.getByRole("textbox", { name: sample.field.standard(1), exact: true }), typed.standard1);
    await pane.press(fill.getByRole("button", { name: f.save(sample.t2) }));
    await fill.getByText(f.saved(3, sample.t2)).waitFor();
    await pane.check("forms", fill);

    // Sign-off of the sample's consensus form (lead and Product approved, Engineering stale, Legal missing).
    await pane.go("home");
    await pane.press(consensusRows.first());
    const signoff = pane.region(s.heading(sample.t2));
    await signoff.waitFor();
    await pane.idle();
    await signForm(pane, signoff, sample.t2, sample.engineering, typed.engineer);
    await signForm(pane, signoff, sample.t2, sample.product, typed.productHead);
    await signForm(pane, signoff, sample.t2, sample.legal, typed.legalHead, typed.rejection);
    const signers = signoff.getByRole("list", { name: s.signers });
    const signerRow = (label: string) => signers.getByRole("listitem", { name: new RegExp(`^${escapeRegExp(label)}`) });
    await expectText(signerRow(sample.engineering), [s.status.approved, typed.engineer]);
    await expectText(signerRow(sample.product), [s.status.approved, typed.productHead]);
    await expectText(signerRow(sample.legal), [s.status.rejected, typed.legalHead, typed.rejection]);

    // Forms: edit a field every signer signed; the Sign-off screen shows the stale signatures with old → new.
    await pane.press(signoff.getByRole("button", { name: s.editForm(sample.t2) }));
    await fill.waitFor();
    await pane.idle();
    const standard = fill.getByRole("textbox", { name: sample.field.standard(1), exact: true });
    const old = await standard.inputValue();
    expect(old).not.toBe("");
    await pane.type(standard, typed.edited);
    await pane.press(fill.getByRole("button", { name: f.save(sample.t2) }));
    await fill.getByText(f.saved(1, sample.t2)).waitFor();
    await pane.press(fill.getByRole("button", { name: f.signoff(sample.t2) }));
    await signoff.waitFor();
    await pane.idle();
    for (const signer of [sample.engineering, sample.product]) {
      const row = signerRow(signer);
      await expectText(row, [s.status.stale]);
      const diff = row.getByRole("list", { name: s.changed });
      await expectText(diff, [sample.field.standard(1), old, "→", typed.edited]);
    }
    await pane.check("signoff-stale", signers);

    // Change requests: raise one, approve it as the lead → the consensus form needs a full re-sign.
    await pane.go("changes");
    const changes = pane.region(c.heading);
    const raise = changes.getByRole("form", { name: c.raiseHeading });
    const id = await raise.getByRole("textbox", { name: SAMPLE_CHANGE_ID[language] }).inputValue();
    await pane.type(raise.getByRole("textbox", { name: sample.raise.raisedBy }), typed.raisedBy);
    await pane.press(raise.getByRole("checkbox", { name: sample.raise.goal }), "Space");
    await pane.type(raise.getByRole("textbox", { name: sample.raise.description }), typed.description);
    await pane.type(raise.getByRole("textbox", { name: sample.raise.reason }), typed.reason);
    await pane.press(raise.getByRole("button", { name: c.raise }));
    await changes.getByText(c.raised(id)).waitFor();
    const request = changes.getByRole("region", { name: c.request(id, typed.raisedBy) });
    await sign(pane, request, `T5 ${SAMPLE_CHANGE_NAME[language]} ${id}`, sample.lead, typed.leadName);
    await changes.getByText(c.approved(id)).first().waitFor();
    const resign = changes.getByText(c.resign(sample.t2)).first();
    await resign.waitFor();
    await pane.check("changes", resign);

    // Sign-off: every signature must be collected again; Verify reports on the whole ledger.
    await pane.press(changes.getByRole("button", { name: c.goToSignoff(sample.t2) }).first());
    await signoff.waitFor();
    await pane.idle();
    for (const signer of [sample.engineering, sample.product, sample.legal]) {
      await expectText(signerRow(signer), [s.status.superseded]);
    }
    await pane.press(signoff.getByRole("button", { name: s.verify }));
    const report = page.getByRole("region", { name: s.verifyHeading });
    await report.waitFor();
    await pane.check("verify", report);

    expect(pane.violations).toEqual(Object.fromEntries(Object.keys(pane.violations).map((k) => [k, []])));
  }, 180_000);
});

describe.each(LANGUAGES)("the Excel preview, %s", (language) => {
  test("Home and Templates of the workbook sample; axe finds nothing serious", async () => {
    const pane = await openPreview(language, "taskpane");
    const kinds = pane.page.getByRole("group", { name: pane.t.shell.previewKindLabel });
    expect(await kinds.getByRole("button", { name: pane.t.shell.excel }).getAttribute("aria-pressed")).toBe("true");
    await pane.check("home-excel");
    await pane.go("templates");
    await pane.check("templates-excel");
    expect(pane.violations).toEqual({ "home-excel": [], "templates-excel": [] });
  }, 60_000);
});
