/** @jest-environment jsdom */
import "../../../support/jsdom-polyfills";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { tableCellKey, type Language } from "../../../../src/core";
import { LocalizedError } from "../../../../src/hosts/errors";
import { WbsBlockedError } from "../../../../src/hosts/excel/wbs-append";
import { createPreviewHost, type PreviewHost } from "../../../../src/hosts/preview";
import { MINUTES_STRINGS, WEEKLY_STRINGS, WeeklyScreen } from "../../../../src/taskpane/screens/weekly";
import { LANGUAGES, NODE_CRYPTO, previewHost, renderInProvider } from "../../support/render";

afterEach(cleanup);
jest.setTimeout(30_000);

const NOW = () => new Date(2026, 10, 16, 10, 0);
const other = (language: Language): Language => (language === "en-US" ? "zh-CN" : "en-US");

async function open(host: PreviewHost, language: Language, onNavigate?: jest.Mock) {
  const t3 = (await host.findTemplates()).find((i) => i.record.template === "T3")!.record;
  renderInProvider(<WeeklyScreen host={host} language={language} instance={t3} now={NOW} onNavigate={onNavigate} />);
  await screen.findByRole("heading", { name: MINUTES_STRINGS[language].heading });
  return t3;
}

describe.each(LANGUAGES)("Meeting minutes on the Weekly review (%s)", (language: Language) => {
  const t = MINUTES_STRINGS[language];

  it("adds the newest minutes' action items to the WBS in one write, in its first blank rows", async () => {
    // The table has room: the message says nothing of growing.
    // An empty workbook; ids drawn from a sequence (the shared helper's constant random repeats the first id).
    let n = 0;
    const host = await createPreviewHost({
      kind: "excel",
      language,
      crypto: NODE_CRYPTO,
      empty: true,
      random: () => (++n % 97) / 97,
    });
    const t3 = (await host.insertTemplate("T3", language)).record;
    const t4 = (await host.insertTemplate("T4", language)).record;
    await host.writeFields(t4, {
      [tableCellKey("actions", 1, "action")]: "Book the venue",
      [tableCellKey("actions", 1, "owner")]: "Li Na",
      [tableCellKey("actions", 1, "due")]: 46360,
      [tableCellKey("actions", 2, "action")]: "Write the test plan",
      [tableCellKey("actions", 2, "owner")]: "Wang Wei",
    });
    await open(host, language);
    const update = jest.spyOn(host, "updateWbs");
    fireEvent.click(await screen.findByRole("button", { name: t.add(2) }));
    await screen.findByText(t.added(2));
    expect(t.added(2)).toBe(t.added(2, 0));
    expect(update).toHaveBeenCalledTimes(1);
    const tasks = (await host.readWbs(t3)).tasks;
    expect(tasks).toHaveLength(20);
    expect(tasks.slice(0, 3).map((task) => [task.taskId, task.taskName, task.owner, task.due])).toEqual([
      ["WBS-001", "Book the venue", "Li Na", 46360],
      ["WBS-002", "Write the test plan", "Wang Wei", null],
      ["WBS-003", "", "", null],
    ]);
    // The screen read the file again: nothing is left to add, and the message kept focus.
    await waitFor(() => expect(screen.queryByRole("button", { name: t.add(2) })).toBeNull());
    expect(document.activeElement?.textContent).toContain(t.added(2));
  });

  it("a full Tasks table grows: the action items go into new rows, and the message says by how many", async () => {
    // The sample's 40-row table is full; its last minutes hold two action items the WBS does not have.
    const host = await previewHost("excel", language);
    const t3 = await open(host, language);
    const before = (await host.readWbs(t3)).tasks.length;
    const update = jest.spyOn(host, "updateWbs");
    fireEvent.click(await screen.findByRole("button", { name: t.add(2) }));
    await screen.findByText(t.added(2, 2));
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0][1].map((row) => row.row)).toEqual([before + 1, before + 2]);
    const tasks = (await host.readWbs(t3)).tasks;
    expect(tasks).toHaveLength(before + 2);
    expect(tasks.slice(before).every((task) => task.taskName !== "" && task.taskId !== "")).toBe(true);
    await waitFor(() => expect(screen.queryByRole("button", { name: t.add(2) })).toBeNull());
  });

  it("shows the host's refusal (a cell below the table) and adds nothing", async () => {
    const host = await previewHost("excel", language);
    const t3 = await open(host, language);
    const before = (await host.readWbs(t3)).tasks;
    const refusal = new WbsBlockedError("Task breakdown (WBS)", "A49", 2);
    jest.spyOn(host, "updateWbs").mockRejectedValue(refusal);
    fireEvent.click(await screen.findByRole("button", { name: t.add(2) }));
    expect(await screen.findByText(t.addFailed(refusal.messages[language]))).toBeTruthy();
    expect((await host.readWbs(t3)).tasks).toEqual(before);
    expect(screen.getByRole("button", { name: t.add(2) })).toBeTruthy();
  });

  it("creates a T4 in the forms' language from the brief and names its sheet", async () => {
    // The pane speaks the other language: the minutes follow the sample's forms.
    const formsLanguage = other(language);
    const host = await previewHost("excel", formsLanguage);
    await open(host, language);
    const insert = jest.spyOn(host, "insertTemplate");
    const write = jest.spyOn(host, "writeFields");
    fireEvent.click(screen.getByRole("button", { name: t.create }));
    await waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    expect(insert).toHaveBeenCalledWith("T4", formsLanguage);
    const inserted = await insert.mock.results[0].value;
    // The sample's consensus form has four departments; the brief's agenda has at least its progress line.
    const message = await screen.findByText((text) => text.startsWith(t.created(inserted.location, 4, 1).slice(0, 20)));
    expect(message.textContent).toMatch(/4/);
    expect(message.textContent).toContain(inserted.location);
    const values = await host.readFields(inserted.record);
    expect(values.meetingType).toBe(formsLanguage === "zh-CN" ? "周会" : "Weekly");
    // The new minutes have no action items yet: nothing to add, and the way to write them.
    expect(screen.getByText(t.current(inserted.location))).toBeTruthy();
    expect(screen.getByText(t.noActions)).toBeTruthy();
    expect(screen.queryByRole("button", { name: t.add(2) })).toBeNull();
  });

  it("opens the minutes on the Forms screen to write the action items", async () => {
    const host = await previewHost("excel", language);
    const navigate = jest.fn();
    await open(host, language, navigate);
    fireEvent.click(screen.getByRole("button", { name: t.fillActions }));
    const minutes = (await host.findTemplates()).filter((i) => i.record.template === "T4").pop()!;
    expect(navigate).toHaveBeenCalledWith("forms", minutes.record);
  });

  it("says why the minutes could not be created", async () => {
    const host = await previewHost("excel", language);
    await open(host, language);
    jest
      .spyOn(host, "insertTemplate")
      .mockRejectedValue(new LocalizedError({ "en-US": "The workbook is protected.", "zh-CN": "工作簿受保护。" }));
    fireEvent.click(screen.getByRole("button", { name: t.create }));
    const reason = language === "en-US" ? "The workbook is protected." : "工作簿受保护。";
    expect(await screen.findByText(t.createFailed(reason))).toBeTruthy();
    expect(screen.getByRole("button", { name: WEEKLY_STRINGS[language].refresh })).toBeTruthy();
  });
});
