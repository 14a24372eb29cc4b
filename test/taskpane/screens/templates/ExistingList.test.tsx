/** @jest-environment jsdom */
import "../../../support/jsdom-polyfills";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  assessTask,
  calendarFrom,
  detectColumns,
  lagDays,
  LocalizedError,
  parseDate,
  parseTask,
  ROLES_OF,
  SATURDAY_SUNDAY,
  STATUS_LABELS,
  unfinishedPredecessors,
  withColumn,
  ConcordInputError,
  describeInputError,
  parseIssue,
  slaWindowsFromConsensus,
  SLA_LABELS,
  slaState,
  type ColumnMapping,
  type Language,
} from "../../../../src/core";
import type { FieldValues } from "../../../../src/hosts/types";
import { createPreviewHost, type PreviewHost } from "../../../../src/hosts/preview";
import { ExistingList } from "../../../../src/taskpane/screens/templates/existing-list";
import { hasListActions, type ListHost } from "../../../../src/taskpane/screens/templates/existing-list/list-host";
import { EXISTING_LIST_STRINGS } from "../../../../src/taskpane/screens/templates/existing-list/strings";
import { TemplatesScreen } from "../../../../src/taskpane/screens/templates";
import { NO_VERSION_CHECK } from "../../../../src/taskpane/version-check";
import { LANGUAGES, previewHost, renderInProvider } from "../../support/render";

afterEach(cleanup);
// Fluent UI in jsdom is slow on a busy machine.
jest.setTimeout(30_000);

type Preview = PreviewHost<"excel"> & ListHost;

async function renderList(language: Language, host0?: PreviewHost<"excel">): Promise<Preview> {
  const host = host0 ?? (await createPreviewHost({ kind: "excel", language, empty: true }));
  if (!hasListActions(host)) throw new Error("the preview's workbook offers list actions");
  renderInProvider(<ExistingList host={host} language={language} />);
  return host as Preview;
}

/** What the preview's sheet holds in the list's header row and data rows, read without the host. */
function listOf(host: Preview, id: "tasks" | "issues") {
  const sheet = host.lists.sheet(id);
  const width = sheet.values[1].findIndex((v) => v === null || v === undefined);
  const columns = width === -1 ? sheet.values[1].length : width;
  const rows = sheet.values.slice(2).map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? null));
  const formats = sheet.formats.slice(2).map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? "General"));
  return { header: sheet.values[1].slice(0, columns), rows, formats };
}

const detectButton = (language: Language) =>
  screen.getByRole("button", { name: EXISTING_LIST_STRINGS[language].detect });

/** Each role's drop-down value as the pane shows it: the column index, or "none". */
const shownMapping = (mapping: ColumnMapping, language: Language) =>
  Object.fromEntries(
    Object.entries(ROLES_OF[mapping.kind]).map(([role, def]) => [
      role,
      (screen.getByRole("combobox", { name: def!.label[language] }) as HTMLSelectElement).value,
    ]),
  );

const expectedShown = (mapping: ColumnMapping) =>
  Object.fromEntries(
    Object.keys(ROLES_OF[mapping.kind]).map((role) => [
      role,
      String(mapping.columns[role as keyof typeof mapping.columns]?.column ?? "none"),
    ]),
  );

describe.each(LANGUAGES)("Use your own task list (%s, preview)", (language) => {
  const t = EXISTING_LIST_STRINGS[language];

  it("detects the selected list's columns and shows detectColumns' mapping, sureness in words, the minimum", async () => {
    const host = await renderList(language);
    fireEvent.click(detectButton(language));
    await screen.findByText(t.mappingHeading);
    const { header, rows, formats } = listOf(host, "tasks");
    const expected = detectColumns(header, rows, { formats });
    expect(shownMapping(expected, language)).toEqual(expectedShown(expected));
    expect(screen.getByText(expected.minimum[language])).toBeTruthy();
    // Headers equal to a known name are sure; "截止日期(计划)" only contains one (截止日期).
    const likely = language === "zh-CN" ? 1 : 0;
    expect(screen.getAllByText(t.confidence.sure)).toHaveLength(Object.keys(expected.columns).length - likely);
    expect(screen.queryAllByText(t.confidence.likely)).toHaveLength(likely);
    expect(screen.getAllByText(t.confidence.missing)).toHaveLength(expected.missing.length);
    expect(screen.getByText(t.found("tasks", host.lists.sheet("tasks").name, "A2:J13", 11))).toBeTruthy();
    // Every header of the list is offered, and none.
    const due = screen.getByRole("combobox", { name: ROLES_OF.tasks.due!.label[language] });
    expect([...due.querySelectorAll("option")].map((o) => o.textContent)).toEqual([t.none, ...header.map(String)]);
  });

  it("adds Status, Lag and Waiting on whose values are core's status, lag and waiting-on of each row", async () => {
    const host = await renderList(language);
    const before = listOf(host, "tasks");
    fireEvent.click(detectButton(language));
    const name = host.lists.sheet("tasks").name;
    fireEvent.click(await screen.findByRole("button", { name: t.add("tasks", name) }));
    const notice = await screen.findByText(/'!P2/);
    expect(notice.textContent).toContain(`'${name}'!L2:L13`);

    const sheet = host.lists.sheet("tasks");
    const statusDate = sheet.values[1][15] as number;
    expect(statusDate).toBe(parseDate("2026-11-16", "statusDate"));
    const calendar = calendarFrom(SATURDAY_SUNDAY, []);
    const ids = before.rows.map((r) => r[0]);
    const finishes = before.rows.map((r) => r[5]);
    const progresses = before.rows.map((r) => r[6]);
    const predecessors = before.rows.map((r) => r[8]);
    before.rows.forEach(([, , , start, due, finish, progress, blocker, after], i) => {
      const waitingOn = unfinishedPredecessors(after, ids, finishes, progresses, predecessors).join(", ");
      const task = parseTask({ start, due, finish, progress, blocker, waitingOn });
      const [added, status, lag] = sheet.values[2 + i].slice(10, 13);
      expect(added).toBe(waitingOn);
      expect(status).toBe(STATUS_LABELS[language][assessTask(task!, statusDate, calendar).status]);
      const dueDay = parseDate(due, "due")!;
      const finishDay = parseDate(finish, "finish");
      expect(lag).toBe(lagDays(dueDay, finishDay, finishDay ?? statusDate, calendar));
    });
    // The user's cells are as they were.
    expect(listOf(host, "tasks").rows.map((r) => r.slice(0, 10))).toEqual(before.rows);
    // Outside Office the pane shows the added columns beside each task's name.
    const shown = within(screen.getByRole("region", { name: t.previewSheet(name) })).getAllByRole("row");
    expect(shown.map((row) => [...row.children].map((c) => c.textContent))).toEqual(
      sheet.values.slice(1, 13).map((row) => [row[1], ...row.slice(10, 13)].map(String)),
    );
  });

  it("a refusal (text where a column would go) shows the cell and leaves the sheet unchanged", async () => {
    const host = await renderList(language);
    fireEvent.click(detectButton(language));
    const name = host.lists.sheet("tasks").name;
    const add = await screen.findByRole("button", { name: t.add("tasks", name) });
    host.lists.typeInto("tasks", 4, 12, "x");
    const before = host.lists.sheet("tasks");
    fireEvent.click(add);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(`'${name}'!M5`);
    expect(alert.textContent).toContain(t.addFailed("").trim());
    expect(host.lists.sheet("tasks")).toEqual(before);
  });
});

describe("Use your own task list: corrections and issue lists", () => {
  it("a changed drop-down is withColumn's mapping, marked as the user's choice, and is what is added (zh-CN)", async () => {
    const language = "zh-CN";
    const t = EXISTING_LIST_STRINGS[language];
    const host = await renderList(language);
    fireEvent.click(screen.getByRole("radio", { name: host.lists.sheet("issues").name }));
    fireEvent.click(detectButton(language));
    const responded = await screen.findByRole("combobox", { name: ROLES_OF.issues.respondedAt!.label[language] });
    // "首次响应" is not a name detection knows: the role is missing until the user picks it.
    expect((responded as HTMLSelectElement).value).toBe("none");
    expect(screen.getByText(/未找到：响应时间/)).toBeTruthy();

    const augment = jest.spyOn(host, "augmentList");
    fireEvent.change(responded, { target: { value: "3" } });
    expect(screen.getByText(t.confidence.chosen)).toBeTruthy();
    const { header, rows, formats } = listOf(host, "issues");
    const expected = withColumn(detectColumns(header, rows, { formats }), "respondedAt", 3, rows, formats);
    expect(shownMapping(expected, language)).toEqual(expectedShown(expected));

    // No severity column: adding waits for the confirmation that every issue is major.
    const add = screen.getByRole("button", { name: t.add("issues", "问题清单") });
    expect(add.hasAttribute("disabled")).toBe(true);
    expect(add.getAttribute("aria-describedby")).toBe("concord-existing-list-why");
    fireEvent.click(screen.getByRole("checkbox", { name: t.everyIssueMajor }));
    await waitFor(() => expect(add.hasAttribute("disabled")).toBe(false));
    fireEvent.click(add);
    await screen.findByText(/已添加/);
    expect(augment).toHaveBeenCalledWith(expect.anything(), expected, "zh-CN", { everyIssueIsMajor: true });
    expect(host.lists.sheet("issues").values[2][6]).toBe("达标");
  });

  it("choosing none for the due date leaves the list without its minimum: adding is disabled and says why", async () => {
    const language = "en-US";
    const host = await renderList(language);
    fireEvent.click(detectButton(language));
    const due = await screen.findByRole("combobox", { name: "Due" });
    fireEvent.change(due, { target: { value: "none" } });
    const minimum = screen.getByText(/not found: Due\./);
    const add = screen.getByRole("button", { name: EXISTING_LIST_STRINGS[language].add("tasks", "Team tasks") });
    expect(add.hasAttribute("disabled")).toBe(true);
    expect(add.getAttribute("aria-describedby")).toBe(minimum.id);
    expect(host.lists.sheet("tasks").values[1]).toHaveLength(10);
  });

  it("adds the columns in the language chosen for them: Chinese headers and statuses from an English pane", async () => {
    const host = await renderList("en-US");
    fireEvent.click(detectButton("en-US"));
    fireEvent.click(await screen.findByRole("radio", { name: "中文 (Chinese)" }));
    fireEvent.click(screen.getByRole("button", { name: EXISTING_LIST_STRINGS["en-US"].add("tasks", "Team tasks") }));
    await screen.findByText(/^Added/);
    const values = host.lists.sheet("tasks").values;
    expect(values[1].slice(10, 16)).toEqual(["等待前置任务", "状态", "滞后天数", null, "状态日期", 46342]);
    expect(values[3][11]).toBe("滞后");
  });

  it("says before adding when Waiting on will be left out (no task ids), then adds Status and Lag only", async () => {
    const host = await renderList("en-US");
    fireEvent.click(detectButton("en-US"));
    fireEvent.change(await screen.findByRole("combobox", { name: "Task ID" }), { target: { value: "none" } });
    expect(screen.getByText("Waiting on needs a task-id column to look predecessors up.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: EXISTING_LIST_STRINGS["en-US"].add("tasks", "Team tasks") }));
    await screen.findByText(/^Added/);
    expect(host.lists.sheet("tasks").values[1].slice(10, 12)).toEqual(["Status", "Lag (days)"]);
  });

  it("reports a selection that is not a list in the UI language", async () => {
    const host = await renderList("zh-CN");
    jest
      .spyOn(host, "readSelectedList")
      .mockRejectedValue(new LocalizedError({ "en-US": "Select the list", "zh-CN": "请选中整个清单" }));
    fireEvent.click(detectButton("zh-CN"));
    expect((await screen.findByRole("alert")).textContent).toContain("无法识别列：请选中整个清单");
  });
});

/** The sample project (its consensus form keeps the guide's 2 h / 24 h) with `values` written into its T2 and T6. */
async function sampleWith(language: Language, values: Partial<Record<"T2" | "T6", FieldValues>>) {
  const host = (await previewHost("excel", language)) as PreviewHost<"excel">;
  for (const [template, fields] of Object.entries(values)) {
    const form = (await host.findTemplates()).find((i) => i.record.template === template)!;
    await host.writeFields(form.record, fields);
  }
  return host;
}

describe.each(LANGUAGES)("Use your own issue list: the project's SLA windows (%s)", (language) => {
  const t = EXISTING_LIST_STRINGS[language];
  const issues = (host: Preview) => host.lists.sheet("issues");

  async function detectIssues(host: Preview) {
    fireEvent.click(screen.getByRole("radio", { name: issues(host).name }));
    fireEvent.click(detectButton(language));
    return screen.findByRole("button", { name: t.add("issues", issues(host).name) });
  }

  it("the consensus form's 1 h / 4 h: said before adding, passed to the plan, and the SLA values follow them", async () => {
    const host = await renderList(language, await sampleWith(language, { T2: { responseHours: 1, solutionHours: 4 } }));
    const add = await detectIssues(host);
    expect(screen.getByText(t.windows("consensus", { responseHours: 1, solutionHours: 4 }))).toBeTruthy();
    const augment = jest.spyOn(host, "augmentList");
    fireEvent.click(screen.getByRole("checkbox", { name: t.everyIssueMajor }));
    await waitFor(() => expect(add.hasAttribute("disabled")).toBe(false));
    fireEvent.click(add);
    await screen.findByText(language === "zh-CN" ? /已添加/ : /^Added/);
    const majorWindows = { responseHours: 1, solutionHours: 4 };
    expect(augment).toHaveBeenCalledWith(expect.anything(), expect.anything(), language, {
      everyIssueIsMajor: true,
      majorWindows,
    });
    const values = issues(host).values;
    const statusTime = values[1][9] as number;
    const { columns } = augment.mock.calls[0][1];
    const at = (row: unknown[], role: "raisedAt" | "respondedAt" | "resolvedAt") =>
      columns[role] ? row[columns[role].column] : null;
    const sla = values.slice(2, 10).map((row) => {
      const issue = parseIssue(at(row, "raisedAt"), at(row, "respondedAt"), at(row, "resolvedAt"));
      return issue === null ? "" : SLA_LABELS[language][slaState(issue, majorWindows, statusTime)];
    });
    expect(values.slice(2, 10).map((row) => row[6])).toEqual(sla);
    // Solved 19 h after it was raised: late for a 4 h solution window (Met within the guide's 24 h).
    expect(values[2][6]).toBe(SLA_LABELS[language].solutionOverdue);
  });

  it("without hours in the consensus form, the issue log's header gives them; with neither form, the guide's", async () => {
    const host = await renderList(
      language,
      await sampleWith(language, {
        T2: { responseHours: null, solutionHours: null },
        T6: { responseHours: 3, solutionHours: 30 },
      }),
    );
    const augment = jest.spyOn(host, "augmentList");
    await detectIssues(host);
    expect(screen.getByText(t.windows("issueLog", { responseHours: 3, solutionHours: 30 }))).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: t.everyIssueMajor }));
    fireEvent.click(screen.getByRole("button", { name: t.add("issues", issues(host).name) }));
    await waitFor(() => expect(augment).toHaveBeenCalled());
    expect(augment.mock.calls[0][3]).toEqual({
      everyIssueIsMajor: true,
      majorWindows: { responseHours: 3, solutionHours: 30 },
    });
    cleanup();
    // An empty file: the plan gets no windows (CONCORD.SLA's own 2 h / 24 h).
    const empty = await renderList(language);
    const emptyAugment = jest.spyOn(empty, "augmentList");
    await detectIssues(empty);
    expect(screen.getByText(t.windows("default", { responseHours: 2, solutionHours: 24 }))).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: t.everyIssueMajor }));
    fireEvent.click(screen.getByRole("button", { name: t.add("issues", issues(empty).name) }));
    await waitFor(() => expect(emptyAugment).toHaveBeenCalled());
    expect(emptyAugment.mock.calls[0][3]).toEqual({ everyIssueIsMajor: true });
  });

  it("bad hours in the consensus form: the field and the problem are named, and nothing can be added", async () => {
    const host = await renderList(language, await sampleWith(language, { T2: { responseHours: 8, solutionHours: 4 } }));
    const augment = jest.spyOn(host, "augmentList");
    const add = await detectIssues(host);
    fireEvent.click(screen.getByRole("checkbox", { name: t.everyIssueMajor }));
    const why = document.getElementById("concord-existing-list-windows")!;
    const field = language === "zh-CN" ? "重大问题解决时限（小时）" : "Major issue: solution within (h)";
    expect(why.textContent).toContain(field);
    expect(why.textContent).toContain(
      language === "zh-CN" ? "短于响应时限（8 小时）" : "shorter than the response window (8 h)",
    );
    const error = (() => {
      try {
        slaWindowsFromConsensus({ responseHours: 8, solutionHours: 4 });
      } catch (e) {
        return e as ConcordInputError;
      }
      throw new Error("8 h / 4 h are bad windows");
    })();
    expect(why.textContent).toBe(t.badWindows("consensus", field, describeInputError(error, language)));
    expect(add.hasAttribute("disabled")).toBe(true);
    expect(add.getAttribute("aria-describedby")).toBe("concord-existing-list-windows");
    expect(augment).not.toHaveBeenCalled();
    expect(issues(host).values[1]).toHaveLength(6);
  });
});

describe("Use your own issue list: the file cannot be read", () => {
  it.each(LANGUAGES)("%s: says the windows could not be read and offers no SLA column", async (language) => {
    const t = EXISTING_LIST_STRINGS[language];
    const host = await renderList(language);
    jest
      .spyOn(host, "readProject")
      .mockRejectedValue(new LocalizedError({ "en-US": "The file is busy", "zh-CN": "文件正忙" }));
    fireEvent.click(screen.getByRole("radio", { name: host.lists.sheet("issues").name }));
    fireEvent.click(detectButton(language));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(t.windowsUnread(language === "zh-CN" ? "文件正忙" : "The file is busy"));
    expect(screen.queryByRole("button", { name: t.add("issues", host.lists.sheet("issues").name) })).toBeNull();
  });
});

describe("Templates screen", () => {
  it("offers the section in Excel (and the preview's workbook), not in Word", async () => {
    for (const kind of ["excel", "word"] as const) {
      const host = await createPreviewHost({ kind, language: "en-US", empty: true });
      renderInProvider(<TemplatesScreen host={host} language="en-US" versionCheck={NO_VERSION_CHECK} project={null} />);
      expect(screen.queryByRole("heading", { name: EXISTING_LIST_STRINGS["en-US"].heading }) !== null).toBe(
        kind === "excel",
      );
      cleanup();
    }
  });
});
