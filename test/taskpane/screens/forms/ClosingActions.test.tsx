/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  acceptanceFromConsensus,
  acceptanceVerdict,
  consensusStandards,
  getTemplate,
  LANGUAGES,
  slotsOf,
  tablesOf,
  type Language,
} from "../../../../src/core";
import { FORMS_STRINGS, FormsScreen, todaySerial } from "../../../../src/taskpane/screens/forms";
import { CLOSING_STRINGS } from "../../../../src/taskpane/screens/forms/closing-strings";
import { formName } from "../../../../src/taskpane/screens/signoff";
import type { PreviewHost } from "../../../../src/hosts/preview";
import type { InstanceRecord } from "../../../../src/core";
import { createPreviewHost } from "../../../../src/hosts/preview";
import { recordOf, renderWith, sampleHost, subtle } from "../signoff/support";

afterEach(cleanup);
jest.setTimeout(30_000);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const checksTable = tablesOf(getTemplate("T7")).find((t) => t.id === "checks")!;

describe.each(LANGUAGES)("Forms screen on acceptance and retrospective (%s)", (language: Language) => {
  const t = FORMS_STRINGS[language];
  const c = CLOSING_STRINGS[language];

  async function open(host: PreviewHost, record: InstanceRecord) {
    renderWith(<FormsScreen host={host} language={language} instance={record} />);
    return screen.findByRole("form", { name: t.heading(formName(record.template, language)) });
  }
  const row = (form: HTMLElement, n: number) =>
    within(form).getByRole("group", { name: t.tableRow(checksTable.title[language], n) });
  const cell = (form: HTMLElement, n: number, id: string) => {
    const column = checksTable.columns.find((col) => col.id === id)!;
    return within(row(form, n)).getByLabelText(
      new RegExp(`^${escape(column.label[language])}\\s*\\*?$`),
    ) as HTMLInputElement;
  };
  const verdictBox = () => screen.getByTestId("acceptance-verdict");

  it("pre-fills T7 with exactly the consensus form's standards in one write, then judges the rows as they change", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await host.readForm(await recordOf(host, "T2"));
    const t7 = (await host.insertTemplate("T7", language)).record;
    const expected = acceptanceFromConsensus(t2, { acceptance: await host.readForm(t7), date: todaySerial() });
    const standards = consensusStandards(t2);
    expect(standards.length).toBeGreaterThan(0);
    const write = jest.spyOn(host, "writeFields");
    const form = await open(host, t7);
    // Nothing listed yet: not ready.
    expect(verdictBox().textContent).toContain(c.notReady);

    fireEvent.click(screen.getByRole("button", { name: c.prefillAcceptance }));
    await screen.findByText(c.placed(expected.placed));
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0][1]).toEqual(expected.values);
    await waitFor(() => expect(cell(form, 1, "standard").value).toBe(standards[0]));
    const rows = standards.length;

    // Every listed row blank of result: each blocks, named by its standard.
    const blankVerdict = acceptanceVerdict(standards.map((standard) => ({ standard })));
    expect(verdictBox().textContent).toContain(blankVerdict.blocking[0].blocks![language]);

    for (let n = 1; n <= rows; n++) {
      fireEvent.change(cell(form, n, "result"), { target: { value: "pass" } });
      fireEvent.change(cell(form, n, "evidence"), { target: { value: `Report ${n}` } });
    }
    const passed = acceptanceVerdict(standards.map((standard, i) => ({ standard, result: "pass", evidence: `R${i}` })));
    expect(passed.accepted).toBe(true);
    expect(verdictBox().textContent).toContain(passed.message[language]);
    expect(verdictBox().textContent).toContain(c.readyToSign);

    // One row fails: not ready, that row named; conditional without evidence blocks too.
    fireEvent.change(cell(form, 1, "result"), { target: { value: "fail" } });
    const failed = acceptanceVerdict([{ standard: standards[0], result: "fail" }]);
    expect(verdictBox().textContent).toContain(c.notReady);
    expect(verdictBox().textContent).toContain(failed.blocking[0].blocks![language]);
    fireEvent.change(cell(form, 1, "result"), { target: { value: "conditional" } });
    fireEvent.change(cell(form, 1, "evidence"), { target: { value: "" } });
    const unexplained = acceptanceVerdict([{ standard: standards[0], result: "conditional" }]);
    expect(verdictBox().textContent).toContain(unexplained.blocking[0].blocks![language]);
    fireEvent.change(cell(form, 1, "evidence"), { target: { value: "Accepted if the SLA report ships by Friday" } });
    expect(verdictBox().textContent).toContain(c.readyToSign);
  });

  it("pre-filling T7 again lists nothing twice and says so", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await host.readForm(await recordOf(host, "T2"));
    const t7 = (await host.insertTemplate("T7", language)).record;
    await open(host, t7);
    fireEvent.click(screen.getByRole("button", { name: c.prefillAcceptance }));
    await screen.findByText(c.placed(consensusStandards(t2).length));
    fireEvent.click(screen.getByRole("button", { name: c.prefillAcceptance }));
    await screen.findByText(c.placed(0));
    expect(screen.getByText(c.listed(consensusStandards(t2)))).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("status"));
  });

  it("says there is nothing to pre-fill from in a file without a consensus form, and writes nothing", async () => {
    const host = await createPreviewHost({ kind: "excel", language, crypto: subtle, user: null, empty: true });
    const t7 = (await host.insertTemplate("T7", language)).record;
    const write = jest.spyOn(host, "writeFields");
    await open(host, t7);
    fireEvent.click(screen.getByRole("button", { name: c.prefillAcceptance }));
    await screen.findByText(c.noConsensus);
    expect(write).not.toHaveBeenCalled();
  });

  it("pre-fills T8 in one write, leaving the text the user typed", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await host.readForm(await recordOf(host, "T2"));
    const t8 = (await host.insertTemplate("T8", language)).record;
    const write = jest.spyOn(host, "writeFields");
    const form = await open(host, t8);
    const highlights = slotsOf(getTemplate("T8")).find((s) => s.key === "highlights")!;
    const input = within(form).getByLabelText(
      new RegExp(`^${escape(highlights.label[language])}\\s*\\*?$`),
    ) as HTMLTextAreaElement;
    fireEvent.change(input, { target: { value: "Typed by the team" } });

    fireEvent.click(screen.getByRole("button", { name: c.prefillRetrospective }));
    await screen.findByText(c.kept(1));
    expect(write).toHaveBeenCalledTimes(1);
    const values = write.mock.calls[0][1];
    expect(values).not.toHaveProperty("highlights");
    expect(typeof values.problems).toBe("string");
    const standards = consensusStandards(t2);
    standards.forEach((standard, i) => expect(values[`goals.${i + 1}.standard`]).toBe(standard));
    expect(input.value).toBe("Typed by the team");
    const saved = await host.readForm(t8);
    expect(saved.values.highlights ?? null).toBeNull();
    expect(saved.values.problems).toBe(values.problems);

    // Again: everything it would write now holds text.
    fireEvent.click(screen.getByRole("button", { name: c.prefillRetrospective }));
    await screen.findByText(c.nothingBlank);
    expect(write).toHaveBeenCalledTimes(1);
  });
});
