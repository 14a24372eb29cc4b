/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  getTemplate,
  LANGUAGES,
  ledgerFromRecords,
  shortCode,
  slotsOf,
  type InstanceRecord,
  type Language,
} from "../../../../src/core";
import type { PreviewHost } from "../../../../src/hosts/preview";
import { memoryKeyStore, signoffEnvironment } from "../../../../src/taskpane/keys";
import { formName, loadSignoff, SIGNOFF_STRINGS, SignoffScreen } from "../../../../src/taskpane/screens/signoff";
import { recordOf, renderWith, sampleHost, subtle, testEnvironment } from "./support";

afterEach(cleanup);
jest.setTimeout(30_000);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const starting = (text: string) => new RegExp(`^${escape(text)}`);

/** The sample's consensus form signers' labels in a language, from the form itself. */
async function signerLabels(host: PreviewHost, t2: InstanceRecord, language: Language) {
  const data = await loadSignoff(host, t2, subtle);
  return data.state.signers.map((s) => s.signer.label[language]);
}

async function ledgerOf(host: PreviewHost) {
  return ledgerFromRecords((await host.readProject()).ledger);
}

function signerItem(label: string) {
  return screen.getByRole("listitem", { name: starting(`${label}:`) });
}

describe.each(LANGUAGES)("SignoffScreen (%s)", (language) => {
  const t = SIGNOFF_STRINGS[language];
  const form = formName("T2", language);

  async function open(host: PreviewHost, t2: InstanceRecord, environment = testEnvironment()) {
    renderWith(<SignoffScreen host={host} language={language} instance={t2} />, environment);
    await screen.findByRole("form", { name: t.signHeading });
  }

  /** Signs through the form: picks the signer, types the name, decides, submits; waits for the new entry. */
  async function signAs(
    host: PreviewHost,
    label: string,
    name: string,
    decision: "approve" | "reject" = "approve",
    comment = "",
  ) {
    const before = (await host.readProject()).ledger.length;
    const sign = screen.getByRole("form", { name: t.signHeading });
    const select = within(sign).getByRole("combobox", { name: t.signAs }) as HTMLSelectElement;
    const option = within(select).getByRole("option", { name: label }) as HTMLOptionElement;
    fireEvent.change(select, { target: { value: option.value } });
    fireEvent.change(within(sign).getByRole("textbox", { name: starting(t.name) }), { target: { value: name } });
    fireEvent.click(within(sign).getByRole("radio", { name: decision === "approve" ? t.approve : t.reject }));
    fireEvent.change(within(sign).getByRole("textbox", { name: starting(t.commentLabel) }), {
      target: { value: comment },
    });
    fireEvent.click(within(sign).getByRole("button", { name: t.sign(form) }));
    await waitFor(async () => expect((await host.readProject()).ledger.length).toBe(before + 1));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain(name));
    await waitFor(() =>
      expect(screen.getByRole("button", { name: t.sign(form) }).hasAttribute("disabled")).toBe(false),
    );
  }

  it("shows each required signer's state, and a stale signature with what changed (old → new)", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const data = await loadSignoff(host, t2, subtle);
    await open(host, t2);
    expect(screen.getByRole("heading", { name: t.heading(form) })).toBeTruthy();
    for (const signer of data.state.signers) {
      expect(signerItem(signer.signer.label[language]).getAttribute("aria-label")).toContain(t.status[signer.status]);
    }
    const stale = data.state.signers.find((s) => s.status === "stale")!;
    const diff = within(signerItem(stale.signer.label[language])).getByRole("list", { name: t.changed });
    const change = stale.changes[0];
    expect(diff.textContent).toContain(`${change.label[language]}: “${change.before}” → “${change.after}”`);
    expect(screen.getByText(data.state.message[language])).toBeTruthy();
  });

  it("signs as three departments; the signatures are chained, key-signed and shown in the form's blocks", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    // A change after everyone signed: every earlier signature is stale.
    await host.writeFields(t2, { meetingDay: language === "en-US" ? "Tuesday" : "每周二" });
    const labels = await signerLabels(host, t2, language);
    await open(host, t2);
    const [, product, engineering, legal] = labels;
    await signAs(host, product, "Zhao Lei");
    await signAs(host, engineering, "Liu Yang");
    await signAs(host, legal, "Chen Jing");

    const data = await loadSignoff(host, t2, subtle);
    expect(data.state.signers.map((s) => s.status)).toEqual(["stale", "approved", "approved", "approved"]);
    for (const label of [product, engineering, legal]) {
      expect(signerItem(label).getAttribute("aria-label")).toContain(t.status.approved);
    }
    const ledger = await ledgerOf(host);
    const last = ledger.entries.slice(-3);
    expect(last.map((e) => e.signer)).toEqual(["Zhao Lei", "Liu Yang", "Chen Jing"]);
    expect(last.every((e) => e.sig !== null && e.identity === "self")).toBe(true);
    expect(last[2].prev).toBe(last[1].fp);
    const values = (await host.readForm(t2)).values;
    expect(values["cooperatingDepartment.3.signer"]).toBe("Chen Jing");
    expect(values["cooperatingDepartment.2.signer"]).toBe("Liu Yang");
  });

  it("after a signed field is edited, the signature shows stale with the field's old and new value", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const labels = await signerLabels(host, t2, language);
    const old = (await host.readForm(t2)).values.meetingDay as string;
    const frequency = slotsOf(getTemplate("T2")).find((x) => x.key === "meetingFrequency")!.field.choices!;
    const [weekly, monthly] = [frequency[0], frequency[2]];
    await host.writeFields(t2, { meetingDay: "Friday 15:00", meetingFrequency: monthly.label[t2.language] });
    await open(host, t2);
    const item = signerItem(labels[0]);
    expect(item.getAttribute("aria-label")).toContain(t.status.stale);
    const diff = within(item).getByRole("list", { name: t.changed }).textContent;
    expect(diff).toContain(`“${old}” → “Friday 15:00”`);
    // Choices are shown by their label in the UI language, not by the id the signature covers.
    expect(diff).toContain(`“${weekly.label[language]}” → “${monthly.label[language]}”`);
  });

  it("a rejection needs a comment (tied to its field), and one rejection blocks the form", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const labels = await signerLabels(host, t2, language);
    const before = (await host.readProject()).ledger.length;
    await open(host, t2);
    const sign = screen.getByRole("form", { name: t.signHeading });
    fireEvent.change(within(sign).getByRole("textbox", { name: starting(t.name) }), { target: { value: "Chen Jing" } });
    fireEvent.click(within(sign).getByRole("radio", { name: t.reject }));
    fireEvent.click(within(sign).getByRole("button", { name: t.sign(form) }));
    const comment = within(sign).getByRole("textbox", { name: starting(t.commentLabel) });
    const message = await within(sign).findByText(t.commentRequired);
    expect(comment.getAttribute("aria-describedby")).toContain(message.id);
    expect((await host.readProject()).ledger.length).toBe(before);

    await signAs(host, labels[3], "Chen Jing", "reject", "Add the legal review to the standards");
    const data = await loadSignoff(host, t2, subtle);
    expect(data.state.status).toBe("rejected");
    expect(screen.getByText(data.state.message[language])).toBeTruthy();
    expect(signerItem(labels[3]).getAttribute("aria-label")).toContain(t.status.rejected);

    // The form is changed in answer: the rejection no longer blocks, but stays in view with its comment.
    cleanup();
    await host.writeFields(t2, { meetingDay: "Friday 15:00" });
    await open(host, t2);
    const item = signerItem(labels[3]);
    expect(item.getAttribute("aria-label")).toBe(`${labels[3]}: ${t.staleRejected}`);
    expect(within(item).getByText(t.comment("Add the legal review to the standards"))).toBeTruthy();
    const changed = await loadSignoff(host, t2, subtle);
    expect(changed.state.status).toBe("stale");
    expect(screen.getByText(changed.state.message[language]).textContent).toContain(
      "Add the legal review to the standards",
    );
  });

  it("a known signer signing from a key the file has not seen is listed to confirm (new device or browser?)", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const before = (await loadSignoff(host, t2, subtle)).state.signers[1];
    await open(host, t2);
    await signAs(host, before.signer.label[language], before.entry!.signer);
    const after = (await loadSignoff(host, t2, subtle)).state.signers[1];
    const finding = after.toConfirm.find((f) => f.kind === "newKey")!;
    expect(finding).toBeTruthy();
    const item = signerItem(before.signer.label[language]);
    expect(within(item).getByText(t.toConfirm)).toBeTruthy();
    expect(within(item).getByText(finding.message[language])).toBeTruthy();
  });

  it("without a key store it signs without a key and says the entry is protected by the chain only", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const labels = await signerLabels(host, t2, language);
    await open(
      host,
      t2,
      signoffEnvironment(subtle, null, () => new Date(Date.UTC(2026, 10, 20))),
    );
    await signAs(host, labels[3], "Chen Jing");
    expect(await screen.findByText(t.keyStatus.noStorage)).toBeTruthy();
    const ledger = await ledgerOf(host);
    expect(ledger.entries[ledger.entries.length - 1].key).toBeNull();
  });

  it("prefills the name Office gives, locks the form once fully signed (Word), and verifies the ledger in words", async () => {
    const host = await sampleHost("word", language, "Chen Jing");
    const t2 = await recordOf(host, "T2");
    const labels = await signerLabels(host, t2, language);
    const environment = signoffEnvironment(subtle, memoryKeyStore(), () => new Date(Date.UTC(2026, 10, 20)));
    const before = (await host.readProject()).ledger.length;
    await open(host, t2, environment);
    const sign = screen.getByRole("form", { name: t.signHeading });
    expect((within(sign).getByRole("textbox", { name: starting(t.name) }) as HTMLInputElement).value).toBe("Chen Jing");
    expect(within(sign).getByText(t.nameFromOffice)).toBeTruthy();
    await signAs(host, labels[3], "Chen Jing");
    await signAs(host, labels[2], "Liu Yang");
    expect((await host.readProject()).ledger.length).toBe(before + 2);
    expect(host.isLocked(t2)).toBe(true);
    expect(await screen.findByText(t.locked)).toBeTruthy();
    const ledger = await ledgerOf(host);
    expect(ledger.entries[before].identity).toBe("host");
    expect(ledger.entries[before + 1].identity).toBe("self");

    fireEvent.click(screen.getByRole("button", { name: t.verify }));
    const panel = await screen.findByRole("region", { name: t.verifyHeading });
    expect(within(panel).getByText(t.intact(before + 2, shortCode(ledger.entries[before + 1].fp)))).toBeTruthy();
    expect(within(panel).getByRole("heading", { name: t.limits })).toBeTruthy();
  });

  it("names every button by what it acts on, and every control is a native, keyboard-operable element", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    await open(host, t2);
    const names = screen.getAllByRole("button").map((b) => b.textContent);
    expect(names).toEqual(expect.arrayContaining([t.showForm(form), t.sign(form), t.verify]));
    const controls = document.querySelectorAll("button, input, select, textarea");
    for (const control of Array.from(controls)) expect(control.getAttribute("tabindex")).not.toBe("-1");
    // Enter in a field submits the form (implicit submission): the submit button is the form's.
    const submit = screen.getByRole("button", { name: t.sign(form) }) as HTMLButtonElement;
    expect(submit.type).toBe("submit");
    expect(submit.form).toBe(screen.getByRole("form", { name: t.signHeading }));
  });
});
