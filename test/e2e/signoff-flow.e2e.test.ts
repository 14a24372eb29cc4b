/**
 * Issue 7's loop end to end, in Debian's Chromium on the built preview (word.html outside Office: the in-memory
 * sample project, Word kind), in both languages, driven from the keyboard: a control is focused and then operated with
 * Enter, Space, arrow keys and typing (focus is moved with locator.focus(), not by counting Tab presses, so the test
 * does not break when a screen gains a control).
 *
 *   Home on the sample → "Empty file" → insert a T2 (Templates) → fill its fields and its responsibilities table with
 *   three departments (Forms) → sign as the three departments, one rejecting (Sign-off) → reword the standard (Forms)
 *   → stale signatures with old → new, the rejection still in view → all three approve: signed and locked → raise a
 *   change request and approve it as the lead (Changes) → every signature superseded → all three re-sign → Verify.
 *
 * Every screen is checked with axe-core (no serious or critical violation) and photographed at a task-pane size into
 * docs/images/<language>/<screen>.png: the README and the docs show these, so each run keeps them current.
 */
import type { Locator } from "playwright-core";
import type { Language } from "../../src/taskpane/strings";
import { FORMS_STRINGS } from "../../src/taskpane/screens/forms/strings";
import { SIGNOFF_STRINGS } from "../../src/taskpane/screens/signoff/strings";
import { CHANGES_STRINGS } from "../../src/taskpane/screens/changes/strings";
import { openPane, previewSession, type Pane } from "./support/pane";

/**
 * What the templates and the sample call things, written out here (not taken from src/) so that a wrong label in the
 * app fails the test; the pane's own UI strings are taken from its strings modules.
 */
interface Names {
  consensus: string;
  t2: string;
  lead: string;
  field: { project: string; goal: string; standard: (n: number) => string };
  table: { responsibilities: string; department: string; role: string; type: string; duty: string; liaison: string };
  raise: { raisedBy: string; goal: string; description: string; reason: string };
}

const NAMES: Record<Language, Names> = {
  "en-US": {
    consensus: "Consensus form",
    t2: "T2 Consensus form",
    lead: "Collaboration lead",
    field: { project: "Project / task name", goal: "Final goal", standard: (n) => `Delivery standard ${n}` },
    table: {
      responsibilities: "Responsibilities",
      department: "Department",
      role: "Role",
      type: "Type",
      duty: "Responsibility",
      liaison: "Liaison",
    },
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
    lead: "协作牵头人",
    field: { project: "项目/任务名称", goal: "最终目标", standard: (n) => `交付标准 ${n}` },
    table: {
      responsibilities: "各部门职责分工",
      department: "部门",
      role: "角色",
      type: "类型",
      duty: "职责描述",
      liaison: "联络人",
    },
    raise: { raisedBy: "申请部门", goal: "目标", description: "变更说明", reason: "变更原因" },
  },
};

/** One department of the consensus form: its table row, the signer's label on the sign form, its head's name. */
interface Department {
  name: string;
  role: string;
  type: string;
  duty: string;
  liaison: string;
  signer: string;
  head: string;
}

/** What the test types, per language. */
const TYPED: Record<
  Language,
  {
    project: string;
    goal: string;
    standard1: string;
    edited: string;
    rejection: string;
    departments: [Department, Department, Department];
    leadName: string;
    raisedBy: string;
    description: string;
    reason: string;
  }
> = {
  "en-US": {
    project: "Supplier onboarding",
    goal: "Onboard a new supplier in 10 working days instead of 25 by 2027-03-31",
    standard1: "By 2027-03-31, 90% of suppliers onboarded",
    edited: "By 2027-03-31, 90% of suppliers onboarded within 10 working days, checked by Legal",
    rejection: "Standard 1 has no time limit and no legal check.",
    departments: [
      {
        name: "Purchasing",
        role: "Lead",
        type: "Execution",
        duty: "Runs the onboarding and the weekly meeting",
        liaison: "Wu Lei",
        signer: "Lead department: Purchasing",
        head: "Chen Jing",
      },
      {
        name: "Engineering",
        role: "Cooperating",
        type: "Support",
        duty: "Builds the supplier portal",
        liaison: "Sun Hao",
        signer: "Head of Engineering",
        head: "Li Na",
      },
      {
        name: "Legal",
        role: "Cooperating",
        type: "Supervision",
        duty: "Reviews the supplier contracts",
        liaison: "Gao Yu",
        signer: "Head of Legal",
        head: "Ma Lin",
      },
    ],
    leadName: "Chen Jing",
    raisedBy: "Engineering",
    description: "Add the portal's self-registration to the goal.",
    reason: "Suppliers register themselves first.",
  },
  "zh-CN": {
    project: "供应商准入提速",
    goal: "2027-03-31前将新供应商准入时间从25个工作日缩短至10个工作日",
    standard1: "2027-03-31前，90%的供应商完成准入",
    edited: "2027-03-31前，90%的供应商在10个工作日内完成准入，并经法务审核",
    rejection: "交付标准 1 没有时限，也没有法务审核。",
    departments: [
      {
        name: "采购部",
        role: "牵头",
        type: "执行",
        duty: "负责准入流程和每周例会",
        liaison: "吴磊",
        signer: "牵头部门：采购部",
        head: "陈静",
      },
      {
        name: "技术部",
        role: "配合",
        type: "支持",
        duty: "建设供应商门户",
        liaison: "孙浩",
        signer: "技术部负责人",
        head: "李娜",
      },
      {
        name: "法务部",
        role: "配合",
        type: "监督",
        duty: "审核供应商合同",
        liaison: "高宇",
        signer: "法务部负责人",
        head: "马琳",
      },
    ],
    leadName: "陈静",
    raisedBy: "技术部",
    description: "将门户自助注册纳入目标。",
    reason: "供应商会先自行注册。",
  },
};

const session = previewSession();

const openPreview = (language: Language, page: "word" | "taskpane") =>
  openPane(session.browser, session.origin, language, page, session.visits);

/**
 * A sign form (Sign-off or Changes screen): sign as `signer`, typing the name (and the department where any may sign:
 * the collaboration lead), approving or rejecting with a comment.
 */
async function sign(
  pane: Pane,
  scope: Locator,
  formName: string,
  signer: string,
  name: string,
  options: { department?: string; reject?: string } = {},
): Promise<void> {
  const s = SIGNOFF_STRINGS[pane.language];
  const form = scope.getByRole("form", { name: s.signHeading });
  await pane.choose(form.getByRole("combobox", { name: s.signAs }), signer);
  await pane.type(form.getByRole("textbox", { name: s.name }), name);
  const department = form.getByRole("textbox", { name: s.department });
  if (!(await department.getAttribute("readonly"))) await pane.type(department, options.department ?? "");
  if (options.reject) {
    await pane.press(form.getByRole("radio", { name: s.reject }), "Space");
    await pane.type(form.getByRole("textbox", { name: s.commentLabel }), options.reject);
  }
  await pane.press(form.getByRole("button", { name: s.sign(formName) }));
}

/** Signs on the Sign-off screen and waits for "<name> signed: …" (with the entry's code, not known in advance). */
async function signForm(pane: Pane, scope: Locator, formName: string, who: Department, reject?: string) {
  await sign(pane, scope, formName, who.signer, who.head, { reject });
  await scope
    .getByText(SIGNOFF_STRINGS[pane.language].signed(who.head, "", "").split(/[:：]/)[0])
    .first()
    .waitFor();
  await pane.idle();
}

/** The change request's fields the pane proposes or the form's name on the sign button, per language. */
const CHANGE_ID: Record<Language, string> = { "en-US": "Change ID", "zh-CN": "变更编号" };
const CHANGE_NAME: Record<Language, string> = { "en-US": "Change request", "zh-CN": "变更申请" };

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
  test("insert and fill a T2; sign as three departments, reject, edit, re-sign, change, re-sign, verify; axe on every screen", async () => {
    const pane = await openPreview(language, "word");
    const { page, t } = pane;
    const names = NAMES[language];
    const typed = TYPED[language];
    const [lead, engineering, legal] = typed.departments;
    const f = FORMS_STRINGS[language];
    const s = SIGNOFF_STRINGS[language];
    const c = CHANGES_STRINGS[language];

    // Home on the sample project, then an empty document to run the loop from its first form.
    await pane.check("home");
    const starts = page.getByRole("group", { name: t.shell.previewStartLabel });
    await pane.press(starts.getByRole("button", { name: t.shell.previewEmpty }));
    await page.getByText(t.home.none).waitFor();
    await pane.idle();

    // Templates: insert a T2.
    await pane.go("templates");
    const insert = pane.region(t.templates.insertHeading);
    await pane.choose(insert.getByRole("combobox", { name: t.templates.templateLabel }), `T2 · ${names.consensus}`);
    await pane.press(insert.getByRole("button", { name: t.templates.insert("T2", names.consensus) }));
    await insert
      .getByText(t.templates.inserted(names.consensus, ["\u0000"], "word").split("\u0000")[0])
      .first()
      .waitFor();
    await pane.check("templates");

    // Forms: the new T2 is the one form in the file; an empty form opens on its fields. Fill the goal, a standard
    // and the responsibilities table: three departments, the first of them leading.
    await pane.go("home");
    const inFile = pane.region(t.home.inFileHeading).getByRole("list", { name: t.home.inFileHeading });
    const consensusRow = inFile.getByRole("button", { name: t.home.open(`T2 · ${names.consensus}`, names.consensus) });
    expect(await consensusRow.count()).toBe(1);
    await pane.press(consensusRow);
    const fill = pane.region(f.heading(names.t2));
    await fill.waitFor();
    await pane.idle();
    await pane.type(fill.getByRole("textbox", { name: names.field.project, exact: true }), typed.project);
    await pane.type(fill.getByRole("textbox", { name: names.field.goal, exact: true }), typed.goal);
    await pane.type(fill.getByRole("textbox", { name: names.field.standard(1), exact: true }), typed.standard1);
    for (const [i, d] of typed.departments.entries()) {
      // Filling a row opens the next one.
      const row = fill.getByRole("group", { name: f.tableRow(names.table.responsibilities, i + 1), exact: true });
      await pane.type(row.getByRole("textbox", { name: names.table.department, exact: true }), d.name);
      await pane.choose(row.getByRole("combobox", { name: names.table.role, exact: true }), d.role);
      await pane.choose(row.getByRole("combobox", { name: names.table.type, exact: true }), d.type);
      await pane.type(row.getByRole("textbox", { name: names.table.duty, exact: true }), d.duty);
      await pane.type(row.getByRole("textbox", { name: names.table.liaison, exact: true }), d.liaison);
    }
    await pane.press(fill.getByRole("button", { name: f.save(names.t2) }));
    await fill.getByText(f.saved(3 + 5 * typed.departments.length, names.t2)).waitFor();
    await pane.check("forms", fill);

    // Sign-off: the required signers come from the table; Purchasing and Engineering approve, Legal rejects.
    await pane.press(fill.getByRole("button", { name: f.signoff(names.t2) }));
    const signoff = pane.region(s.heading(names.t2));
    await signoff.waitFor();
    await pane.idle();
    const signers = signoff.getByRole("list", { name: s.signers });
    const signerRow = (label: string) => signers.getByRole("listitem", { name: new RegExp(`^${escapeRegExp(label)}`) });
    expect(
      await signers.getByRole("listitem").evaluateAll((items) => items.map((i) => i.getAttribute("aria-label"))),
    ).toEqual(typed.departments.map((d) => `${d.signer}: ${s.status.missing}`));
    await signForm(pane, signoff, names.t2, lead);
    await signForm(pane, signoff, names.t2, engineering);
    await signForm(pane, signoff, names.t2, legal, typed.rejection);
    await expectText(signerRow(lead.signer), [s.status.approved, lead.head]);
    await expectText(signerRow(legal.signer), [s.status.rejected, legal.head, typed.rejection]);

    // Forms: the standard is reworded in answer; every signature is stale, with old → new, the rejection still shown.
    await pane.press(signoff.getByRole("button", { name: s.editForm(names.t2) }));
    await fill.waitFor();
    await pane.idle();
    await pane.type(fill.getByRole("textbox", { name: names.field.standard(1), exact: true }), typed.edited);
    await pane.press(fill.getByRole("button", { name: f.save(names.t2) }));
    await fill.getByText(f.saved(1, names.t2)).waitFor();
    await pane.press(fill.getByRole("button", { name: f.signoff(names.t2) }));
    await signoff.waitFor();
    await pane.idle();
    for (const d of typed.departments) {
      const row = signerRow(d.signer);
      await expectText(row, [d === legal ? s.staleRejected : s.status.stale]);
      await expectText(row.getByRole("list", { name: s.changed }), [
        names.field.standard(1),
        typed.standard1,
        "→",
        typed.edited,
      ]);
    }
    await expectText(signerRow(legal.signer), [typed.rejection]);
    await pane.check("signoff-stale", signers);

    // Everyone signs the new wording: the form is signed, and locked in Word.
    for (const d of typed.departments) await signForm(pane, signoff, names.t2, d);
    for (const d of typed.departments) await expectText(signerRow(d.signer), [s.status.approved, d.head]);
    await signoff.getByText(s.locked).first().waitFor();
    await pane.check("signoff-signed", signers);

    // Change requests: raise one, approve it as the lead → the consensus form is unlocked and needs a full re-sign.
    await pane.go("changes");
    const changes = pane.region(c.heading);
    const raise = changes.getByRole("form", { name: c.raiseHeading });
    const id = await raise.getByRole("textbox", { name: CHANGE_ID[language] }).inputValue();
    expect(id).toBe("CR-001");
    await pane.type(raise.getByRole("textbox", { name: names.raise.raisedBy }), typed.raisedBy);
    await pane.press(raise.getByRole("checkbox", { name: names.raise.goal }), "Space");
    await pane.type(raise.getByRole("textbox", { name: names.raise.description }), typed.description);
    await pane.type(raise.getByRole("textbox", { name: names.raise.reason }), typed.reason);
    await pane.press(raise.getByRole("button", { name: c.raise }));
    await changes.getByText(c.raised(id)).waitFor();
    const request = changes.getByRole("region", { name: c.request(id, typed.raisedBy) });
    await sign(pane, request, `T5 ${CHANGE_NAME[language]} ${id}`, names.lead, typed.leadName, {
      department: lead.name,
    });
    await changes.getByText(c.approved(id)).first().waitFor();
    const resign = changes.getByText(c.resign(names.t2)).first();
    await resign.waitFor();
    await pane.check("changes", resign);

    // Sign-off: every signature must be collected again; after the three re-sign, Verify reports on the whole ledger.
    await pane.press(changes.getByRole("button", { name: c.goToSignoff(names.t2) }).first());
    await signoff.waitFor();
    await pane.idle();
    for (const d of typed.departments) await expectText(signerRow(d.signer), [s.status.superseded]);
    for (const d of typed.departments) await signForm(pane, signoff, names.t2, d);
    for (const d of typed.departments) await expectText(signerRow(d.signer), [s.status.approved]);
    await pane.press(signoff.getByRole("button", { name: s.verify }));
    const report = page.getByRole("region", { name: s.verifyHeading });
    await report.waitFor();
    await pane.check("verify", report);

    expect(pane.violations).toEqual(Object.fromEntries(Object.keys(pane.violations).map((k) => [k, []])));
  }, 240_000);
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
