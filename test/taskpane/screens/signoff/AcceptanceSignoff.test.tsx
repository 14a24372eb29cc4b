/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  acceptanceVerdict,
  getTemplate,
  LANGUAGES,
  ledgerFromRecords,
  tableCellKey,
  tablesOf,
  type InstanceRecord,
  type Language,
} from "../../../../src/core";
import type { PreviewHost } from "../../../../src/hosts/preview";
import {
  formName,
  loadSignoff,
  type ScreenProps,
  SIGNOFF_STRINGS,
  SignoffScreen,
} from "../../../../src/taskpane/screens/signoff";
import { recordOf, renderWith, sampleHost, subtle } from "./support";

afterEach(cleanup);
jest.setTimeout(30_000);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const starting = (text: string) => new RegExp(`^${escape(text)}`);
const resultColumn = tablesOf(getTemplate("T7"))
  .find((t) => t.id === "checks")!
  .columns.find((c) => c.id === "result")!;

type Result = "pass" | "fail" | "conditional";
interface Check {
  deliverable: string;
  result: Result;
  evidence?: string;
}

/** Writes the checklist's rows as the Forms screen does: the result as its label in the form's language. */
async function writeChecks(host: PreviewHost, t7: InstanceRecord, checks: readonly Check[]) {
  const values: Record<string, string | null> = {};
  checks.forEach((check, i) => {
    const label = resultColumn.choices!.find((c) => c.id === check.result)!.label[t7.language];
    values[tableCellKey("checks", i + 1, "deliverable")] = check.deliverable;
    values[tableCellKey("checks", i + 1, "result")] = label;
    values[tableCellKey("checks", i + 1, "evidence")] = check.evidence ?? null;
  });
  await host.writeFields(t7, values);
}

const passing = (n: number): Check[] =>
  Array.from({ length: n }, (_, i) => ({ deliverable: `Deliverable ${i + 1}`, result: "pass", evidence: `#${i + 1}` }));

/** The verdict the core gives the rows as the host now holds them (what the screen must show). */
async function verdictOf(host: PreviewHost, t7: InstanceRecord) {
  const rows = (await host.readProject()).forms[t7.id].tables.checks;
  return acceptanceVerdict(rows);
}

async function ledgerOf(host: PreviewHost) {
  return ledgerFromRecords((await host.readProject()).ledger).entries;
}

/** The ledger gained exactly one entry since `before` entries: the lead's decision on this T7. */
async function expectLeadEntry(host: PreviewHost, before: number, t7: InstanceRecord, decision: "approve" | "reject") {
  const entries = await ledgerOf(host);
  expect(entries).toHaveLength(before + 1);
  expect(entries[before]).toMatchObject({
    signer: "Zhang Wei",
    role: "lead",
    decision,
    form: { template: "T7", instance: t7.id },
  });
}

function setup(language: Language) {
  const t = SIGNOFF_STRINGS[language];
  const form = formName("T7", language);

  async function withT7(checks: readonly Check[]) {
    const host = await sampleHost("excel", language);
    const t7 = (await host.insertTemplate("T7", language)).record;
    await writeChecks(host, t7, checks);
    const signers = (await loadSignoff(host, t7, subtle)).state.signers.map((s) => s.signer);
    return { host, t7, signers };
  }

  async function open(host: PreviewHost, record: InstanceRecord, onNavigate?: ScreenProps["onNavigate"]) {
    renderWith(<SignoffScreen host={host} language={language} instance={record} onNavigate={onNavigate} />);
    return screen.findByRole("form", { name: t.signHeading });
  }

  const radio = (sign: HTMLElement, name: string) => within(sign).getByRole("radio", { name }) as HTMLInputElement;

  /** The text the Approve choice's aria-describedby points at. */
  function description(input: HTMLElement): string {
    const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
  }

  /** Fills the sign form as a signer and submits it; resolves once the host's ledger grew or the screen answered. */
  async function submitAs(sign: HTMLElement, label: string, name: string, comment = "") {
    const select = within(sign).getByRole("combobox", { name: t.signAs }) as HTMLSelectElement;
    fireEvent.change(select, {
      target: { value: (within(select).getByRole("option", { name: label }) as HTMLOptionElement).value },
    });
    fireEvent.change(within(sign).getByRole("textbox", { name: starting(t.name) }), { target: { value: name } });
    const department = within(sign).getByRole("textbox", { name: starting(t.department) }) as HTMLInputElement;
    if (!department.readOnly) fireEvent.change(department, { target: { value: "Project Office" } });
    fireEvent.change(within(sign).getByRole("textbox", { name: starting(t.commentLabel) }), {
      target: { value: comment },
    });
    fireEvent.click(within(sign).getByRole("button", { name: t.sign(form) }));
    await waitFor(() => expect(screen.getByRole("status").textContent).not.toBe(""));
  }

  return { t, form, withT7, open, radio, description, submitAs };
}

describe.each(LANGUAGES)("Sign-off of an acceptance checklist that failed (%s)", (language) => {
  const { t, withT7, open, radio, description, submitAs } = setup(language);

  it("shows why, keeps Approve unavailable (described by the reason), links to the results, and records a rejection", async () => {
    const checks: Check[] = [...passing(3), { deliverable: "Audit report", result: "fail", evidence: "Missing" }];
    const { host, t7, signers } = await withT7(checks);
    const verdict = await verdictOf(host, t7);
    expect(verdict.accepted).toBe(false);
    expect(verdict.blocking.map((d) => d.row)).toEqual([4]);
    const reason = verdict.blocking[0].blocks![language];
    expect(reason).toContain("Audit report");
    const onNavigate = jest.fn();
    const sign = await open(host, t7, onNavigate);

    const warning = screen.getByTestId("acceptance-verdict");
    expect(warning.textContent).toContain(t.notAccepted);
    expect(within(warning).getByText(reason)).toBeTruthy();
    expect(warning.textContent).toContain(t.rejectStillOpen);
    const approve = radio(sign, t.approve);
    expect(approve.disabled).toBe(true);
    expect(description(approve)).toContain(t.notAccepted);
    expect(description(approve)).toContain(reason);
    expect(radio(sign, t.reject).checked).toBe(true);
    fireEvent.click(approve);
    expect(radio(sign, t.reject).checked).toBe(true);

    fireEvent.click(within(warning).getByRole("button", { name: t.changeResults }));
    expect(onNavigate).toHaveBeenCalledWith({ screen: "forms", instance: t7 });

    const before = (await ledgerOf(host)).length;
    const lead = signers.find((s) => s.role === "lead")!;
    await submitAs(sign, lead.label[language], "Zhang Wei", "Audit report must be redone");
    await expectLeadEntry(host, before, t7, "reject");
    const state = (await loadSignoff(host, t7, subtle)).state;
    expect(state.signers.find((s) => s.signer.role === "lead")!.status).toBe("rejected");
  });
});

describe("Sign-off of an acceptance checklist (en-US)", () => {
  const language: Language = "en-US";
  const { t, withT7, open, radio, description, submitAs } = setup(language);

  it("a conditional pass without its conditions in the evidence keeps Approve unavailable with that reason", async () => {
    const { host, t7 } = await withT7([...passing(2), { deliverable: "Data migration", result: "conditional" }]);
    const reason = (await verdictOf(host, t7)).blocking[0].blocks![language];
    expect(reason).toContain("Data migration");
    expect(reason).toContain("conditions");
    const sign = await open(host, t7);
    expect(within(screen.getByTestId("acceptance-verdict")).getByText(reason)).toBeTruthy();
    const approve = radio(sign, t.approve);
    expect(approve.disabled).toBe(true);
    expect(description(approve)).toContain(reason);
    // Without navigation, the warning says where to change the results instead of offering a button.
    expect(screen.getByText(t.changeResultsHint)).toBeTruthy();
    expect(screen.queryByRole("button", { name: t.changeResults })).toBeNull();
  });

  it("all passed (one on written conditions): a success line, Approve available, and the approval recorded", async () => {
    const { host, t7, signers } = await withT7([
      ...passing(3),
      { deliverable: "Training", result: "conditional", evidence: "Second session by 2026-12-20" },
    ]);
    const verdict = await verdictOf(host, t7);
    expect(verdict.accepted).toBe(true);
    expect(verdict.conditional).toBe(1);
    const sign = await open(host, t7);
    const line = screen.getByTestId("acceptance-verdict");
    expect(line.textContent).toBe(verdict.message[language]);
    expect(line.textContent).not.toContain(t.notAccepted);
    const approve = radio(sign, t.approve);
    expect(approve.disabled).toBe(false);
    expect(approve.checked).toBe(true);
    expect(approve.hasAttribute("aria-describedby")).toBe(false);

    const before = (await ledgerOf(host)).length;
    const lead = signers.find((s) => s.role === "lead")!;
    await submitAs(sign, lead.label[language], "Zhang Wei");
    await expectLeadEntry(host, before, t7, "approve");
  });

  it("results changed after an approval: the signature goes stale and the verdict is judged on the new results", async () => {
    const { host, t7, signers } = await withT7(passing(4));
    const lead = signers.find((s) => s.role === "lead")!;
    const before = (await ledgerOf(host)).length;
    const sign = await open(host, t7);
    expect(screen.getByTestId("acceptance-verdict").textContent).toBe((await verdictOf(host, t7)).message[language]);
    await submitAs(sign, lead.label[language], "Zhang Wei");
    expect(await ledgerOf(host)).toHaveLength(before + 1);

    cleanup();
    await writeChecks(host, t7, [...passing(3), { deliverable: "Deliverable 4", result: "fail" }]);
    const after = await verdictOf(host, t7);
    expect(after.accepted).toBe(false);
    const again = await open(host, t7);
    const item = screen.getByRole("listitem", { name: starting(`${lead.label[language]}:`) });
    expect(item.getAttribute("aria-label")).toContain(t.status.stale);
    expect(
      within(screen.getByTestId("acceptance-verdict")).getByText(after.blocking[0].blocks![language]),
    ).toBeTruthy();
    expect(radio(again, t.approve).disabled).toBe(true);
  });

  it("results failed in the file after the screen read them: approving is refused and the warning shown", async () => {
    const { host, t7, signers } = await withT7(passing(2));
    const before = (await ledgerOf(host)).length;
    const sign = await open(host, t7);
    expect(radio(sign, t.approve).disabled).toBe(false);
    await writeChecks(host, t7, [passing(1)[0], { deliverable: "Deliverable 2", result: "fail" }]);
    const lead = signers.find((s) => s.role === "lead")!;
    await submitAs(sign, lead.label[language], "Zhang Wei");
    const status = screen.getByRole("status").textContent ?? "";
    expect(status).toContain(t.notApprovable);
    expect(await ledgerOf(host)).toHaveLength(before);
    const reason = (await verdictOf(host, t7)).blocking[0].blocks![language];
    expect(within(screen.getByTestId("acceptance-verdict")).getByText(reason)).toBeTruthy();
    expect(radio(sign, t.approve).disabled).toBe(true);
  });

  it("a consensus form (T2) shows no verdict and keeps Approve available", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const sign = await open(host, t2);
    expect(screen.queryByTestId("acceptance-verdict")).toBeNull();
    expect(radio(sign, t.approve).disabled).toBe(false);
    expect(radio(sign, t.approve).checked).toBe(true);
    expect((await loadSignoff(host, t2, subtle)).acceptance).toBeNull();
  });
});
