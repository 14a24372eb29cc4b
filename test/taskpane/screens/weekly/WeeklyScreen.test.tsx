/** @jest-environment jsdom */
import "../../../support/jsdom-polyfills";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  analyseWbs,
  formatDate,
  parseCalendarEntries,
  STATUS_LABELS,
  type InstanceRecord,
  type Language,
  type WbsAnalysis,
} from "../../../../src/core";
import { LocalizedError } from "../../../../src/hosts/errors";
import { SAMPLE_STATUS_DATE, type PreviewHost } from "../../../../src/hosts/preview";
import { briefHtml, briefText, planBriefSheet } from "../../../../src/render/brief";
import {
  analyseWeekly,
  briefOf,
  countsText,
  STATUS_ORDER,
  WEEKLY_STRINGS,
  WeeklyScreen,
  type CopyEnvironment,
} from "../../../../src/taskpane/screens/weekly";
import { LANGUAGES, previewHost, renderInProvider } from "../../support/render";

afterEach(cleanup);
jest.setTimeout(30_000);

/** 10:00 on the sample's status date, local time: the preview's own clock. */
const NOW = () => {
  const { year, month, day } = { year: 2026, month: 11, day: 16 };
  return new Date(year, month - 1, day, 10, 0);
};

async function t3Of(host: PreviewHost): Promise<InstanceRecord> {
  return (await host.findTemplates()).find((i) => i.record.template === "T3")!.record;
}

/** The core analysis of the same snapshot, computed here without the screen's data module. */
async function coreAnalysis(host: PreviewHost, t3: InstanceRecord): Promise<WbsAnalysis> {
  const wbs = (await host.readProject()).wbs[t3.id];
  return analyseWbs({
    rows: wbs.tasks,
    statusDate: wbs.statusDate!,
    calendar: parseCalendarEntries(wbs.calendar ?? []),
    updateDate: wbs.updateDate ?? null,
  });
}

/** A clipboard that records what was written, as the browser's would take it. */
function fakeClipboard(refuse: { write?: boolean; writeText?: boolean } = {}) {
  const written: Array<Record<string, Blob>> = [];
  const texts: string[] = [];
  class Item {
    constructor(readonly items: Record<string, Blob>) {}
  }
  const env: CopyEnvironment = {
    ClipboardItem: Item as unknown as typeof ClipboardItem,
    clipboard: {
      write: async (items) => {
        if (refuse.write) throw new DOMException("Write permission denied.", "NotAllowedError");
        written.push(...items.map((i) => (i as unknown as Item).items));
      },
      writeText: async (text) => {
        if (refuse.writeText) throw new DOMException("Write permission denied.", "NotAllowedError");
        texts.push(text);
      },
    },
  };
  return { env, written, texts };
}

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

/** The screen's live regions (the review's and the brief's), as read out. */
const notices = () =>
  screen
    .getAllByRole("status")
    .map((s) => s.textContent)
    .join(" ");

describe.each(LANGUAGES)("WeeklyScreen (%s)", (language: Language) => {
  const t = WEEKLY_STRINGS[language];

  async function open(host: PreviewHost, clipboard?: CopyEnvironment) {
    const t3 = await t3Of(host);
    renderInProvider(
      <WeeklyScreen host={host} language={language} instance={t3} preview now={NOW} clipboard={clipboard} />,
    );
    await screen.findByRole("heading", { name: t.briefHeading });
    return t3;
  }

  it("prefills the WBS's status date and shows the counts analyseWbs gives, by status and by department", async () => {
    const host = await previewHost("excel", language);
    const t3 = await open(host);
    const expected = await coreAnalysis(host, t3);
    expect((screen.getByLabelText(t.statusDate) as HTMLInputElement).value).toBe(formatDate(SAMPLE_STATUS_DATE));
    const chart = screen.getByRole("img", { name: t.statusChart(countsText(expected.counts, STATUS_ORDER, language)) });
    // The numbers are visible too, beside each status.
    for (const status of STATUS_ORDER) {
      const row = chart.querySelector(`[data-status="${status}"]`)!;
      expect(row.textContent).toBe(`${STATUS_LABELS[language][status]}${expected.counts[status]}`);
    }
    for (const d of expected.byDepartment) {
      const shown = STATUS_ORDER.filter((s) => d.counts[s] > 0);
      expect(
        screen.getByRole("img", {
          name: t.departmentChart(d.department, d.total, countsText(d.counts, shown, language)),
        }),
      ).toBeTruthy();
    }
    // Every list of the screen has rows in the sample.
    expect(expected.withoutReason.length).toBeGreaterThan(0);
    expect(expected.withoutMeasures.map((m) => m.problem).sort()).toContain("overdue");
    expect(expected.withoutMeasures.map((m) => m.problem)).toContain("missing");
    for (const [list, count] of [
      ["withoutReason", expected.withoutReason.length],
      ["withoutMeasures", expected.withoutMeasures.length],
      ["blocked", expected.blocked.length],
    ] as const) {
      expect(screen.getByRole("heading", { name: `${t.lists[list]} (${count})` })).toBeTruthy();
    }
  });

  it("selects the rows of the lagging tasks without a reason in the sheet and says so", async () => {
    const host = await previewHost("excel", language);
    const t3 = await open(host);
    const rows = (await coreAnalysis(host, t3)).withoutReason.map((x) => x.row);
    fireEvent.click(screen.getByRole("button", { name: t.selectName(rows.length, t.lists.withoutReason) }));
    // Said under the button, in its list's section, and focused there.
    const section = screen.getByRole("region", { name: `${t.lists.withoutReason} (${rows.length})` });
    await waitFor(() => expect(within(section).getByRole("status").textContent).toContain(t.selectedAll(rows.length)), {
      timeout: 5000,
    });
    expect(within(section).getByRole("status").contains(document.activeElement)).toBe(true);
    expect(host.selectedTaskRows).toEqual(rows);
    expect(host.selection?.id).toBe(t3.id);
    expect(notices()).toContain(t.previewSelection);
  });

  it("says when only the first block was selected (Excel without multi-area selection)", async () => {
    const host = await previewHost("excel", language);
    const partial = Object.create(host) as PreviewHost;
    partial.selectTaskRows = async () => ({ selected: 1 });
    const t3 = await t3Of(host);
    renderInProvider(<WeeklyScreen host={partial} language={language} instance={t3} now={NOW} />);
    const blocked = (await coreAnalysis(host, t3)).blocked.length;
    fireEvent.click(await screen.findByRole("button", { name: t.selectName(blocked, t.lists.blocked) }));
    await waitFor(() => expect(notices()).toContain(t.selectedFirst(1)));
    expect(notices()).not.toContain(t.previewSelection);
  });

  it("warns of a stale WBS after an old update date is written, with the date and its age", async () => {
    const host = await previewHost("excel", language);
    const t3 = await open(host);
    expect(screen.queryByText(t.stale(formatDate(SAMPLE_STATUS_DATE - 10), 10))).toBeNull();
    await host.writeFields(t3, { updateDate: SAMPLE_STATUS_DATE - 10 });
    fireEvent.click(screen.getByRole("button", { name: t.refresh }));
    expect(await screen.findByText(t.stale(formatDate(SAMPLE_STATUS_DATE - 10), 10))).toBeTruthy();
  });

  it("recomputes for a chosen status date", async () => {
    const host = await previewHost("excel", language);
    const t3 = await open(host);
    const later = SAMPLE_STATUS_DATE + 14;
    fireEvent.change(screen.getByLabelText(t.statusDate), { target: { value: formatDate(later) } });
    fireEvent.click(screen.getByRole("button", { name: t.refresh }));
    const snapshot = await host.readProject();
    const expected = analyseWeekly(snapshot, t3, { statusDate: later, now: NOW() }).wbs;
    expect(
      await screen.findByRole("img", { name: t.statusChart(countsText(expected.counts, STATUS_ORDER, language)) }),
    ).toBeTruthy();
    // Two weeks on, the WBS updated on the old status date is stale.
    expect(screen.getByText(t.stale(formatDate(SAMPLE_STATUS_DATE), 14))).toBeTruthy();
  });

  it("copies the brief as HTML and text; falls back to text, then to the text selected for Ctrl+C", async () => {
    const host = await previewHost("excel", language);
    const fake = fakeClipboard();
    const t3 = await open(host, fake.env);
    const brief = briefOf(
      analyseWeekly(await host.readProject(), t3, { statusDate: SAMPLE_STATUS_DATE, now: NOW() }),
      language,
    );
    fireEvent.click(screen.getByRole("button", { name: t.copyBrief }));
    await waitFor(() => expect(fake.written).toHaveLength(1));
    expect(await blobText(fake.written[0]["text/html"])).toBe(briefHtml(brief));
    expect(await blobText(fake.written[0]["text/plain"])).toBe(briefText(brief));
    expect(notices()).toContain(t.copiedHtml);
    expect(screen.getByRole("region", { name: t.briefPreview }).textContent).toBe(briefText(brief));

    fireEvent.click(screen.getByRole("button", { name: t.copyText }));
    await waitFor(() => expect(fake.texts).toEqual([briefText(brief)]));
    cleanup();

    const textOnly = fakeClipboard({ write: true });
    await open(host, textOnly.env);
    fireEvent.click(screen.getByRole("button", { name: t.copyBrief }));
    await waitFor(() => expect(notices()).toContain(t.copiedText));
    expect(textOnly.texts).toEqual([briefText(brief)]);
    cleanup();

    await open(host, fakeClipboard({ write: true, writeText: true }).env);
    fireEvent.click(screen.getByRole("button", { name: t.copyBrief }));
    const box = (await screen.findByRole("textbox", { name: t.copyBox })) as HTMLTextAreaElement;
    expect(box.value).toBe(briefText(brief));
    expect(box.readOnly).toBe(true);
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it("writes the brief as a new sheet where the host can", async () => {
    const host = await previewHost("excel", language);
    const t3 = await open(host);
    const brief = briefOf(
      analyseWeekly(await host.readProject(), t3, { statusDate: SAMPLE_STATUS_DATE, now: NOW() }),
      language,
    );
    fireEvent.click(screen.getByRole("button", { name: t.writeSheet }));
    await waitFor(() => expect(host.reportSheets).toHaveLength(1));
    expect(host.reportSheets[0].plan).toEqual(planBriefSheet(brief));
    await waitFor(() => expect(notices()).toContain(t.wrote(host.reportSheets[0].sheet)));
  });

  it("marks the WBS's text with its language when the pane shows another", async () => {
    const other: Language = language === "en-US" ? "zh-CN" : "en-US";
    const host = await previewHost("excel", other);
    const t3 = await t3Of(host);
    renderInProvider(<WeeklyScreen host={host} language={language} instance={t3} now={NOW} />);
    await screen.findByRole("heading", { name: t.briefHeading });
    const first = (await coreAnalysis(host, t3)).withoutReason[0];
    const name = screen.getAllByText(first.taskName).find((e) => e.tagName === "SPAN")!;
    expect(name.getAttribute("lang")).toBe(other);
  });

  it("shows a host error with a retry that reads the file again", async () => {
    const host = await previewHost("excel", language);
    const failing = Object.create(host) as PreviewHost;
    let calls = 0;
    failing.readProject = async () => {
      calls++;
      if (calls === 1) throw new LocalizedError({ "en-US": "The workbook is busy.", "zh-CN": "工作簿正忙。" });
      return host.readProject();
    };
    const t3 = await t3Of(host);
    renderInProvider(<WeeklyScreen host={failing} language={language} instance={t3} now={NOW} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(t.readFailed(language === "en-US" ? "The workbook is busy." : "工作簿正忙。"));
    fireEvent.click(within(alert).getByRole("button", { name: t.retry }));
    expect(await screen.findByRole("heading", { name: t.briefHeading })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(calls).toBe(2);
  });
});
