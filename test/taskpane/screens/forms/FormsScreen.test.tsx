/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  formatDate,
  getTemplate,
  LANGUAGES,
  COMMON,
  slotsOf,
  smartAdvice,
  tablesOf,
  type InstanceRecord,
  type Language,
  type TemplateId,
} from "../../../../src/core";
import { FormLockedError } from "../../../../src/hosts/errors";
import type { PreviewHost } from "../../../../src/hosts/preview";
import { FORMS_STRINGS, FormsScreen, todaySerial } from "../../../../src/taskpane/screens/forms";
import { formName, SIGNOFF_STRINGS, SignoffScreen } from "../../../../src/taskpane/screens/signoff";
import { recordOf, renderWith, sampleHost } from "../signoff/support";

afterEach(cleanup);
jest.setTimeout(30_000);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const label = (template: TemplateId, key: string, language: Language) =>
  slotsOf(getTemplate(template)).find((s) => s.key === key)!.label[language];

describe.each(LANGUAGES)("FormsScreen (%s)", (language) => {
  const t = FORMS_STRINGS[language];

  async function open(host: PreviewHost, record: InstanceRecord, onNavigate?: jest.Mock) {
    renderWith(<FormsScreen host={host} language={language} instance={record} onNavigate={onNavigate} />);
    return screen.findByRole("form", { name: t.heading(formName(record.template, language)) });
  }

  const field = (form: HTMLElement, template: TemplateId, key: string) =>
    within(form).getByLabelText(new RegExp(`^${escape(label(template, key, language))}\\s*\\*?$`)) as HTMLInputElement;

  const column = (tableId: string, id: string) =>
    tablesOf(getTemplate("T2"))
      .find((table) => table.id === tableId)!
      .columns.find((c) => c.id === id)!;
  const tableTitle = (tableId: string, lang: Language) =>
    tablesOf(getTemplate("T2")).find((table) => table.id === tableId)!.title[lang];
  const columnInput = (row: HTMLElement, tableId: string, id: string) =>
    within(row).getByLabelText(
      new RegExp(`^${escape(column(tableId, id).label[language])}\\s*\\*?$`),
    ) as HTMLInputElement;

  /** The text of the elements an input's aria-describedby points at. */
  const description = (input: HTMLElement) =>
    (input.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");

  it("shows the form's fields as the file holds them, and its table rows", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const content = await host.readForm(t2);
    const form = await open(host, t2);
    expect(field(form, "T2", "finalGoal").value).toBe(content.values.finalGoal);
    expect(field(form, "T2", "date").value).toBe(formatDate(content.values.date as number));
    expect(field(form, "T2", "meetingFrequency").value).toBe("weekly");
    const table = screen.getByRole("region", {
      name: getTemplate("T2").blocks.flatMap((b) => (b.type === "table" ? [b.table.title[language]] : []))[0],
    });
    const departments = within(table)
      .getAllByLabelText(new RegExp(`^${escape(COMMON.department[language])}\\s*\\*?$`))
      .map((input) => (input as HTMLInputElement).value);
    const filled = content.tables.responsibilities.filter((r) => r.department).map((r) => String(r.department));
    // Every filled row, then one empty row to add a department.
    expect(departments).toEqual(filled.length < content.tables.responsibilities.length ? [...filled, ""] : filled);
  });

  const RESPONSIBILITY_ROW = {
    "en-US": {
      department: "Quality Assurance",
      responsibility: "Audit 20 closed complaints a week",
      liaison: "Zhou Min",
    },
    "zh-CN": { department: "质量保证部", responsibility: "每周抽查20条已结投诉", liaison: "周敏" },
  } as const;

  it("edits a table row as a group of labelled inputs, saved with the fields in one batch; its department signs", async () => {
    const host = await sampleHost("excel", language);
    const t2 = (await host.insertTemplate("T2", language)).record;
    const write = jest.spyOn(host, "writeFields");
    const form = await open(host, t2);
    const title = tableTitle("responsibilities", language);
    const row = (n: number) => within(form).getByRole("group", { name: t.tableRow(title, n) });
    expect(within(form).queryByRole("group", { name: t.tableRow(title, 2) })).toBeNull();

    const typed = RESPONSIBILITY_ROW[language];
    const cell = (n: number, column: string) => columnInput(row(n), "responsibilities", column);
    fireEvent.change(field(form, "T2", "projectName"), { target: { value: "Complaint response" } });
    fireEvent.change(cell(1, "department"), { target: { value: typed.department } });
    fireEvent.change(cell(1, "role"), { target: { value: "lead" } });
    fireEvent.change(cell(1, "type"), { target: { value: "execution" } });
    fireEvent.change(cell(1, "responsibility"), { target: { value: typed.responsibility } });
    fireEvent.change(cell(1, "liaison"), { target: { value: typed.liaison } });
    // Filling row 1 opens row 2.
    expect(cell(2, "department").value).toBe("");
    fireEvent.click(within(form).getByRole("button", { name: t.save(formName("T2", language)) }));
    await screen.findByText(t.saved(6, formName("T2", language)));

    expect(write).toHaveBeenCalledTimes(1);
    const label = (id: string, choice: string) =>
      column("responsibilities", id).choices!.find((c) => c.id === choice)!.label[language];
    expect(write.mock.calls[0][1]).toEqual({
      projectName: "Complaint response",
      "responsibilities.1.department": typed.department,
      "responsibilities.1.role": label("role", "lead"),
      "responsibilities.1.type": label("type", "execution"),
      "responsibilities.1.responsibility": typed.responsibility,
      "responsibilities.1.liaison": typed.liaison,
    });
    expect((await host.readForm(t2)).tables.responsibilities[0]).toMatchObject({
      department: typed.department,
      liaison: typed.liaison,
    });

    cleanup();
    renderWith(<SignoffScreen host={host} language={language} instance={t2} />);
    const signers = await screen.findByRole("list", { name: SIGNOFF_STRINGS[language].signers });
    await waitFor(() => expect(signers.textContent).toContain(typed.department));
  });

  it("asks for the required cells of a started row only", async () => {
    const host = await sampleHost("excel", language);
    const t2 = (await host.insertTemplate("T2", language)).record;
    const form = await open(host, t2);
    const row = within(form).getByRole("group", { name: t.tableRow(tableTitle("responsibilities", language), 1) });
    fireEvent.change(columnInput(row, "responsibilities", "department"), { target: { value: "Legal" } });
    fireEvent.click(within(form).getByRole("button", { name: t.save(formName("T2", language)) }));
    await screen.findByText(t.saved(1, formName("T2", language)), { exact: false });
    const role = columnInput(row, "responsibilities", "role");
    expect(role.getAttribute("aria-invalid")).toBe("true");
    expect(description(role)).toContain(t.required(column("responsibilities", "role").label[language]));
    const next = within(form).getByRole("group", { name: t.tableRow(tableTitle("responsibilities", language), 2) });
    expect(columnInput(next, "responsibilities", "role").getAttribute("aria-invalid")).not.toBe("true");
  });

  it("advises on a goal that is not SMART as you type, tied to the field, and still saves it", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const form = await open(host, t2);
    const goal = field(form, "T2", "finalGoal");
    const vague = language === "en-US" ? "Improve customer satisfaction" : "提升客户满意度";
    fireEvent.change(goal, { target: { value: vague } });
    expect(description(goal)).toContain(smartAdvice(vague, language));
    fireEvent.click(within(form).getByRole("button", { name: t.save(formName("T2", language)) }));
    await screen.findByText(t.saved(1, formName("T2", language)));
    expect((await host.readForm(t2)).values.finalGoal).toBe(vague);
  });

  it("writes every changed field in one batch, as the host stores them (dates as serials, choices as labels)", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const write = jest.spyOn(host, "writeFields");
    const form = await open(host, t2);
    fireEvent.change(field(form, "T2", "date"), { target: { value: "2026-11-02" } });
    fireEvent.change(field(form, "T2", "meetingFrequency"), { target: { value: "biweekly" } });
    fireEvent.change(field(form, "T2", "meetingMinutes"), { target: { value: "45" } });
    fireEvent.click(within(form).getByRole("button", { name: t.save(formName("T2", language)) }));
    await screen.findByText(t.saved(3, formName("T2", language)));
    expect(write).toHaveBeenCalledTimes(1);
    const biweekly = slotsOf(getTemplate("T2")).find((s) => s.key === "meetingFrequency")!.field.choices![1];
    expect(write.mock.calls[0][1]).toEqual({
      date: 46328,
      meetingFrequency: biweekly.label[t2.language],
      meetingMinutes: 45,
    });
    expect(formatDate(46328)).toBe("2026-11-02");
  });

  it("flags a required field left empty (aria-invalid, message tied to it) and a value that cannot be written", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const write = jest.spyOn(host, "writeFields");
    const form = await open(host, t2);
    const project = field(form, "T2", "projectName");
    fireEvent.change(project, { target: { value: "" } });
    fireEvent.change(field(form, "T2", "meetingMinutes"), { target: { value: "half an hour" } });
    fireEvent.click(within(form).getByRole("button", { name: t.save(formName("T2", language)) }));
    await screen.findByText(t.fixFirst(1));
    expect(write).not.toHaveBeenCalled();
    expect(project.getAttribute("aria-invalid")).toBe("true");
    expect(description(project)).toContain(t.required(label("T2", "projectName", language)));
    expect(description(field(form, "T2", "meetingMinutes"))).toContain(t.invalid.number);
  });

  it("warns about dates that look mistyped: far ahead, and a closing date before the request", async () => {
    const host = await sampleHost("excel", language);
    const t5 = await recordOf(host, "T5");
    const form = await open(host, t5);
    const date = field(form, "T5", "date");
    const far = formatDate(todaySerial() + 1000);
    fireEvent.change(date, { target: { value: far } });
    expect(description(date)).toContain(t.farFuture(far));
    fireEvent.change(date, { target: { value: formatDate(todaySerial()) } });
    fireEvent.change(field(form, "T5", "dateClosed"), { target: { value: formatDate(todaySerial() - 3) } });
    expect(description(field(form, "T5", "dateClosed"))).toContain(
      t.before(label("T5", "dateClosed", language), label("T5", "date", language)),
    );
    expect(description(date)).not.toContain(t.farFuture(far));
  });

  it("says in the UI language why a signed, locked form cannot be written", async () => {
    const host = await sampleHost("word", language);
    const t2 = await recordOf(host, "T2");
    await host.setFormLocked(t2, true);
    const form = await open(host, t2);
    fireEvent.change(field(form, "T2", "meetingDay"), { target: { value: "Friday" } });
    fireEvent.click(within(form).getByRole("button", { name: t.save(formName("T2", language)) }));
    const location = (await host.findTemplates()).find((i) => i.record.id === t2.id)!.location;
    const expected = new FormLockedError("word", location).messages[language];
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain(expected));
  });

  it("names its buttons by the form they act on and goes to the form's sign-off", async () => {
    const host = await sampleHost("excel", language);
    const t2 = await recordOf(host, "T2");
    const navigate = jest.fn();
    const form = await open(host, t2, navigate);
    const save = within(form).getByRole("button", { name: t.save(formName("T2", language)) }) as HTMLButtonElement;
    expect(save.type).toBe("submit");
    fireEvent.click(within(form).getByRole("button", { name: t.signoff(formName("T2", language)) }));
    expect(navigate).toHaveBeenCalledWith({ screen: "signoff", instance: t2 });
  });
});
