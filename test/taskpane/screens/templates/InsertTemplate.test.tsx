/** @jest-environment jsdom */
import "../../../support/jsdom-polyfills";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { BindingNotFoundError } from "../../../../src/hosts/errors";
import { InsertTemplate } from "../../../../src/taskpane/screens/templates/InsertTemplate";
import { NO_VERSION_CHECK, versionCheck } from "../../../../src/taskpane/version-check";
import { RecordingHost } from "../../support/recording-host";
import { renderInProvider } from "../../support/render";

afterEach(cleanup);
// Fluent UI in jsdom is slow on a busy machine.
jest.setTimeout(30_000);

const renderInsert = (host: RecordingHost, language: "en-US" | "zh-CN", check = NO_VERSION_CHECK) =>
  renderInProvider(<InsertTemplate host={host} language={language} versionCheck={check} />);

describe("InsertTemplate", () => {
  it("offers Excel all eight templates and Word the six documents, named in the UI language", () => {
    renderInsert(new RecordingHost("excel"), "zh-CN");
    const options = within(screen.getByRole("combobox")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      "T1 · 跨部门协作启动申请表",
      "T2 · 跨部门协作共识表",
      "T3 · 跨部门协作任务分解表",
      "T4 · 会议纪要",
      "T5 · 变更申请",
      "T6 · 问题与风险跟踪",
      "T7 · 成果验收单",
      "T8 · 跨部门协作复盘报告",
    ]);
    cleanup();
    renderInsert(new RecordingHost("word"), "en-US");
    const values = within(screen.getByRole("combobox"))
      .getAllByRole("option")
      .map((o) => o.getAttribute("value"));
    expect(values).toEqual(["T1", "T2", "T4", "T5", "T7", "T8"]);
  });

  it("inserts in the chosen form language and names every sheet created (a T3 adds three)", async () => {
    const host = new RecordingHost("excel");
    host.sheetsFor = (template) => (template === "T3" ? ["Task breakdown", "Dashboard", "Timeline"] : undefined);
    renderInsert(host, "en-US");
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "T3" } });
    // The other language's option carries its lang.
    expect(document.querySelector('[lang="zh-CN"]')?.textContent).toBe("中文 (Chinese)");
    fireEvent.click(screen.getByRole("radio", { name: "中文 (Chinese)" }));
    fireEvent.click(screen.getByRole("button", { name: "Insert T3 Task breakdown (WBS)" }));
    const message = await screen.findByText(
      "Inserted Task breakdown (WBS) on sheets “Task breakdown”, “Dashboard”, “Timeline”. Nothing you had was changed.",
    );
    expect(host.inserted).toEqual([["T3", "zh-CN"]]);
    // Focus lands on the result; dismissing it returns focus to the insert button.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(document.activeElement).toBe(message.parentElement);
    fireEvent.click(screen.getByRole("button", { name: "Dismiss the message" }));
    expect(screen.queryByText(/^Inserted/)).toBeNull();
    expect(document.activeElement?.textContent).toBe("Insert T3 Task breakdown (WBS)");
  });

  it("shows host errors in the UI language and changes nothing", async () => {
    const host = new RecordingHost("word");
    host.failWith = new BindingNotFoundError("word", ["concord:T2:ab12cd"]);
    renderInsert(host, "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "插入 T1 跨部门协作启动申请表" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "无法插入模板：Concord 在本文档中找不到 concord:T2:ab12cd：它已被删除或重命名。未做任何修改。",
    );
    expect(host.instances).toEqual([]);
  });

  it("turns Office's error codes into what to do", async () => {
    const host = new RecordingHost("excel");
    host.failWith = Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" });
    renderInsert(host, "en-US");
    fireEvent.click(screen.getByRole("button", { name: "Insert T1 Kickoff application" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Could not insert the template: A cell is being edited. Press Enter or Esc in the sheet, then try again.",
    );
  });

  it("is disabled with the reason where the version check knows inserting will fail", () => {
    const host = new RecordingHost("excel");
    // Excel with ExcelApi up to 1.8: inserting needs 1.9.
    const requirements = { isSetSupported: (_set: string, version?: string) => Number(version) <= 1.8 };
    renderInsert(host, "en-US", versionCheck("excel", requirements));
    const button = screen.getByRole("button", { name: "Insert T1 Kickoff application" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const reason = document.getElementById(button.getAttribute("aria-describedby")!);
    expect(reason?.textContent).toMatch(/^Not available here: .*ExcelApi 1\.9.*Excel 2021/);
  });
});
