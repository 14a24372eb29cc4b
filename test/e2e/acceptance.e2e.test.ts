/**
 * Issue 8's closing forms end to end, in Debian's Chromium on the built preview (taskpane.html outside Office: the
 * in-memory sample project, Excel kind), in both languages, from the keyboard:
 *
 *   Templates: insert a T7 → Forms: pre-fill from the consensus form → every listed deliverable Pass with evidence →
 *   the verdict says Accepted → save → Sign-off: the lead and the requesting side approve → signed.
 *   Templates: insert a T8 → Forms: pre-fill from the project → Sign-off: the lead and every department → signed.
 *
 * axe-core on each screen; screenshots docs/images/<language>/acceptance.png and retrospective.png.
 */
import type { Locator } from "playwright-core";
import type { Language } from "../../src/taskpane/strings";
import { FORMS_STRINGS } from "../../src/taskpane/screens/forms/strings";
import { CLOSING_STRINGS } from "../../src/taskpane/screens/forms/closing-strings";
import { SIGNOFF_STRINGS } from "../../src/taskpane/screens/signoff/strings";
import { openPane, previewSession, type Pane } from "./support/pane";

/** The templates' words, written out (not taken from src/) so that a wrong label in the app fails the test. */
const NAMES: Record<
  Language,
  {
    t7: string;
    t8: string;
    deliverables: string;
    standard: string;
    evidence: string;
    result: string;
    pass: string;
    accepted: string;
    cells: { deliverable: string; department: string; checkedBy: string; date: string };
    deliverable: (n: number) => string;
    people: string[];
    leadDepartment: string;
  }
> = {
  "en-US": {
    t7: "Acceptance checklist",
    t8: "Retrospective report",
    deliverables: "Deliverables",
    standard: "Delivery standard",
    evidence: "Evidence",
    result: "Result",
    pass: "Pass",
    accepted: "Accepted: all",
    cells: { deliverable: "Deliverable", department: "Responsible department", checkedBy: "Checked by", date: "Date" },
    deliverable: (n) => `Deliverable ${n}`,
    people: ["Zhang Wei", "Liu Yang", "Wang Fang", "Zhao Min", "Sun Li", "Zhou Jie"],
    leadDepartment: "Project Office",
  },
  "zh-CN": {
    t7: "成果验收单",
    t8: "跨部门协作复盘报告",
    deliverables: "交付成果",
    standard: "交付标准",
    evidence: "验收依据",
    result: "验收结果",
    pass: "通过",
    accepted: "验收通过",
    cells: { deliverable: "交付成果", department: "负责部门", checkedBy: "验收人", date: "日期" },
    deliverable: (n) => `交付成果 ${n}`,
    people: ["张伟", "刘洋", "王芳", "赵敏", "孙丽", "周杰"],
    leadDepartment: "项目管理办公室",
  },
};

const session = previewSession();

/** Templates → insert the form; Home → open it on the Forms screen; resolves to the Forms screen's region. */
async function insertAndOpen(pane: Pane, template: "T7" | "T8", name: string): Promise<Locator> {
  const { t } = pane;
  await pane.go("templates");
  const insert = pane.region(t.templates.insertHeading);
  await pane.choose(insert.getByRole("combobox", { name: t.templates.templateLabel }), `${template} · ${name}`);
  await pane.press(insert.getByRole("button", { name: t.templates.insert(template, name) }));
  await insert
    .getByText(t.templates.inserted(name, ["\u0000"], "excel").split("\u0000")[0])
    .first()
    .waitFor();
  await pane.go("home");
  const inFile = pane.region(t.home.inFileHeading).getByRole("list", { name: t.home.inFileHeading });
  const opens = t.home.open(`${template} · ${name}`, "\u0000").split("\u0000")[0];
  const row = inFile.getByRole("button", { name: new RegExp(`^${escapeRegExp(opens)}`) });
  await row.first().waitFor();
  expect(await row.count()).toBe(1);
  await pane.press(row);
  const fill = pane.region(FORMS_STRINGS[pane.language].heading(`${template} ${name}`));
  await fill.waitFor();
  await pane.idle();
  return fill;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Signs as every required signer, one after the other, until every signer shows Approved. */
async function signByAll(pane: Pane, signoff: Locator, form: string): Promise<string[]> {
  const s = SIGNOFF_STRINGS[pane.language];
  const names = NAMES[pane.language];
  const signers = signoff.getByRole("list", { name: s.signers });
  const labels = await signers
    .getByRole("listitem")
    .evaluateAll((items) => items.map((i) => i.getAttribute("aria-label") ?? ""));
  const who = labels.map((l) => l.slice(0, l.lastIndexOf(": ")));
  for (const [i, signer] of who.entries()) {
    const sign = signoff.getByRole("form", { name: s.signHeading });
    await pane.choose(sign.getByRole("combobox", { name: s.signAs }), signer);
    const person = names.people[i % names.people.length];
    await pane.type(sign.getByRole("textbox", { name: s.name }), person);
    const department = sign.getByRole("textbox", { name: s.department });
    if ((await department.getAttribute("readonly")) === null) await pane.type(department, names.leadDepartment);
    await pane.press(sign.getByRole("button", { name: s.sign(form) }));
    await signoff
      .getByText(s.signed(person, "", "").split(/[:：]/)[0])
      .first()
      .waitFor();
    await pane.idle();
  }
  await signoff.page().waitForFunction(
    ([name, approved]) => {
      const list = document.querySelector(`ul[aria-label="${name}"]`);
      const items = [...(list?.querySelectorAll(":scope > li") ?? [])];
      return items.length > 0 && items.every((li) => li.getAttribute("aria-label")?.endsWith(`: ${approved}`));
    },
    [s.signers, s.status.approved],
  );
  return who;
}

const LANGUAGES: Language[] = ["en-US", "zh-CN"];

describe.each(LANGUAGES)("acceptance and retrospective in the Excel preview, %s", (language) => {
  test("T7 pre-filled, passed, accepted and signed; T8 pre-filled and signed; axe on each screen", async () => {
    const pane = await openPane(session.browser, session.origin, language, "taskpane", session.visits);
    const names = NAMES[language];
    const f = FORMS_STRINGS[language];
    const c = CLOSING_STRINGS[language];
    const s = SIGNOFF_STRINGS[language];
    const t7 = `T7 ${names.t7}`;
    const t8 = `T8 ${names.t8}`;

    // T7: pre-fill lists the consensus form's standards; the verdict is not ready until every row passed.
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
    // The rest of each row, so that the saved checklist is complete.
    for (let n = 1; n <= rows; n++) {
      await pane.type(cell(n, names.cells.deliverable), names.deliverable(n));
      await pane.type(cell(n, names.cells.department), names.leadDepartment);
      await pane.type(cell(n, names.cells.checkedBy), names.people[0]);
      await row(n)
        .getByLabel(new RegExp(`^${names.cells.date}\\s*\\*?$`))
        .focus();
      // Debian's headless Chromium shows date inputs as mm/dd/yyyy whatever the page's locale.
      await pane.page.keyboard.type("12/15/2026");
    }
    expect(await verdict.textContent()).toContain(c.readyToSign);
    await pane.press(fill.getByRole("button", { name: f.save(t7) }));
    await fill.getByText(f.saved(6 * rows, t7)).waitFor();
    await pane.check("acceptance", fill);

    await pane.press(fill.getByRole("button", { name: f.signoff(t7) }));
    const signoff7 = pane.region(s.heading(t7));
    await signoff7.waitFor();
    await pane.idle();
    const t7Signers = await signByAll(pane, signoff7, t7);
    expect(t7Signers).toHaveLength(2);
    await pane.check("acceptance-signed", signoff7.getByRole("list", { name: s.signers }));

    // T8: pre-fill from the project, then the lead and every department sign.
    const fill8 = await insertAndOpen(pane, "T8", names.t8);
    await pane.press(fill8.getByRole("button", { name: c.prefillRetrospective }));
    await pane.idle();
    await fill8.getByRole("status").getByText(c.retrospectiveWritten(1, 1).split(/\d/)[0]).waitFor();
    await pane.check("retrospective", fill8);
    await pane.press(fill8.getByRole("button", { name: f.signoff(t8) }));
    const signoff8 = pane.region(s.heading(t8));
    await signoff8.waitFor();
    await pane.idle();
    const t8Signers = await signByAll(pane, signoff8, t8);
    expect(t8Signers.length).toBeGreaterThan(2);
    await pane.check("retrospective-signed", signoff8.getByRole("list", { name: s.signers }));

    expect(pane.violations).toEqual(Object.fromEntries(Object.keys(pane.violations).map((k) => [k, []])));
  }, 240_000);
});
