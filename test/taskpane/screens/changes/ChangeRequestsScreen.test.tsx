/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { getTemplate, LANGUAGES, slotsOf, type InstanceRecord, type Language } from "../../../../src/core";
import type { PreviewHost } from "../../../../src/hosts/preview";
import { CHANGES_STRINGS, ChangeRequestsScreen } from "../../../../src/taskpane/screens/changes";
import { formName, loadSignoff, SIGNOFF_STRINGS } from "../../../../src/taskpane/screens/signoff";
import { recordOf, renderWith, sampleHost, subtle } from "../signoff/support";

afterEach(cleanup);
jest.setTimeout(30_000);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const starting = (text: string) => new RegExp(`^${escape(text)}`);
const T5 = getTemplate("T5");
const label = (key: string, language: Language) => slotsOf(T5).find((s) => s.key === key)!.label[language];
const choice = (id: string, language: Language) =>
  slotsOf(T5)
    .find((s) => s.key === "changes")!
    .field.choices!.find((c) => c.id === id)!.label[language];

describe.each(LANGUAGES)("ChangeRequestsScreen (%s)", (language) => {
  const t = CHANGES_STRINGS[language];
  const s = SIGNOFF_STRINGS[language];

  async function open(host: PreviewHost, t2: InstanceRecord) {
    renderWith(<ChangeRequestsScreen host={host} language={language} instance={t2} />);
    return screen.findByRole("form", { name: t.raiseHeading });
  }

  const type = (form: HTMLElement, key: string, value: string) =>
    fireEvent.change(within(form).getByRole("textbox", { name: starting(label(key, language)) }), {
      target: { value },
    });

  /** Raises a change request adding a department; returns its change id (prefilled by the screen). */
  async function raise(host: PreviewHost, t2: InstanceRecord, department: string): Promise<string> {
    const form = await open(host, t2);
    const id = (within(form).getByRole("textbox", { name: starting(label("changeId", language)) }) as HTMLInputElement)
      .value;
    type(form, "raisedBy", "Legal");
    fireEvent.click(within(form).getByRole("checkbox", { name: choice("departments", language) }));
    type(form, "description", `Add ${department} to the project`);
    type(form, "reason", "Contracts need review");
    type(form, "affectedDepartments", department);
    fireEvent.click(within(form).getByRole("button", { name: t.raise }));
    await screen.findByText(t.raised(id), undefined, { timeout: 10_000 });
    return id;
  }

  /** The lead decides the change request `id` through its sign form. */
  async function decide(id: string, decision: "approve" | "reject", comment = "") {
    const section = screen.getByRole("region", { name: starting(id) });
    const form = within(section).getByRole("form", { name: s.signHeading });
    fireEvent.change(within(form).getByRole("textbox", { name: starting(s.name) }), { target: { value: "Wang Fang" } });
    fireEvent.change(within(form).getByRole("textbox", { name: starting(s.department) }), {
      target: { value: "Customer Service" },
    });
    fireEvent.click(within(form).getByRole("radio", { name: decision === "approve" ? s.approve : s.reject }));
    fireEvent.change(within(form).getByRole("textbox", { name: starting(s.commentLabel) }), {
      target: { value: comment },
    });
    fireEvent.click(within(form).getByRole("button", { name: s.sign(`${formName("T5", language)} ${id}`) }));
    await screen.findByText(decision === "approve" ? t.approved(id) : t.rejected(id), undefined, { timeout: 10_000 });
  }

  it("raises a change request adding a department; the lead's approval unlocks T2 and calls for a full re-sign", async () => {
    const host = await sampleHost("word", language);
    const t2 = await recordOf(host, "T2");
    await host.setFormLocked(t2, true);
    const before = (await host.findTemplates()).filter((i) => i.record.template === "T5").length;
    const id = await raise(host, t2, "Finance");
    const requests = (await host.findTemplates()).filter((i) => i.record.template === "T5");
    expect(requests.length).toBe(before + 1);
    const values = (await host.readForm(requests[requests.length - 1].record)).values;
    expect(values.changeId).toBe(id);
    expect(values.affectedDepartments).toBe("Finance");
    expect(values.projectName).toBe((await host.readForm(t2)).values.projectName);

    await decide(id, "approve");
    const state = (await loadSignoff(host, t2, subtle)).state;
    expect(state.status).toBe("needsFullResign");
    expect(state.signers.find((x) => x.signer.addedBy === id)?.signer.department).toBe("Finance");
    expect(host.isLocked(t2)).toBe(false);
    expect(screen.getByText(t.resign(formName("T2", language)))).toBeTruthy();
    expect(screen.getByText(state.message[language])).toBeTruthy();
    expect(screen.getByRole("button", { name: t.showRequest(id) })).toBeTruthy();
  });

  it("a rejected change request leaves the consensus form's signatures as they were", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const status = (await loadSignoff(host, t2, subtle)).state.status;
    const id = await raise(host, t2, "Finance");
    await decide(id, "reject", "Not in this quarter");
    expect((await loadSignoff(host, t2, subtle)).state.status).toBe(status);
  });

  it("does not insert a change request with required fields empty, and says how many", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const count = (await host.findTemplates()).length;
    const form = await open(host, t2);
    fireEvent.click(within(form).getByRole("button", { name: t.raise }));
    const required = slotsOf(T5).filter((x) => x.blockId === "request" && x.field.required);
    // Project name, change id and date are prefilled; the others are missing.
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain(t.missing(required.length - 3)));
    const raisedBy = within(form).getByRole("textbox", { name: starting(label("raisedBy", language)) });
    expect(raisedBy.getAttribute("aria-invalid")).toBe("true");
    expect((await host.findTemplates()).length).toBe(count);
  });
});
