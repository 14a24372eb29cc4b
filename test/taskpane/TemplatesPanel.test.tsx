/** @jest-environment jsdom */
import "../support/jsdom-polyfills";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { InstanceRecord, Language, TemplateId } from "../../src/core";
import { UnsupportedHostError } from "../../src/hosts/errors";
import type { ConcordHost, TemplateInstance } from "../../src/hosts/types";
import type { TemplateFile } from "../../src/files";
import { TemplatesPanel } from "../../src/taskpane/TemplatesPanel";
import { BindingNotFoundError } from "../../src/hosts/word";

afterEach(cleanup);

/** A host that records calls and keeps inserted instances in memory. */
class RecordingHost implements ConcordHost {
  readonly inserted: Array<[TemplateId, Language]> = [];
  instances: TemplateInstance[] = [];
  failWith: Error | null = null;
  constructor(readonly kind: "excel" | "word") {}
  async insertTemplate(template: TemplateId, language: Language): Promise<TemplateInstance> {
    if (this.failWith) throw this.failWith;
    this.inserted.push([template, language]);
    const record: InstanceRecord = { template, id: `abc00${this.inserted.length}`, language, version: 1 };
    const instance = { record, location: `${template} sheet` };
    this.instances.push(instance);
    return instance;
  }
  async findTemplates() {
    return [...this.instances];
  }
  async readFields() {
    return {};
  }
  async writeFields() {}
}

const renderPanel = (
  host: ConcordHost,
  language: Language,
  extra: Partial<Parameters<typeof TemplatesPanel>[0]> = {},
) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesPanel host={host} language={language} {...extra} />
    </FluentProvider>,
  );

describe("TemplatesPanel", () => {
  it("offers Excel all eight templates and Word the six documents, named in the UI language", async () => {
    renderPanel(new RecordingHost("excel"), "zh-CN");
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
    await screen.findByText("本文件中还没有 Concord 模板。");
    cleanup();
    renderPanel(new RecordingHost("word"), "en-US");
    expect(
      within(screen.getByRole("combobox"))
        .getAllByRole("option")
        .map((o) => o.getAttribute("value")),
    ).toEqual(["T1", "T2", "T4", "T5", "T7", "T8"]);
  });

  it("inserts the chosen template in the chosen form language, confirms and lists it", async () => {
    const host = new RecordingHost("excel");
    renderPanel(host, "en-US");
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "T3" } });
    fireEvent.click(screen.getByRole("radio", { name: "中文 (Chinese)" }));
    fireEvent.click(screen.getByRole("button", { name: "Insert" }));
    await screen.findByText("Inserted Task breakdown (WBS) (abc001) in “T3 sheet”. Nothing you had was changed.");
    expect(host.inserted).toEqual([["T3", "zh-CN"]]);
    const list = await screen.findByRole("list", { name: "Templates in this file" });
    expect(list.textContent).toContain("跨部门协作任务分解表");
    expect(list.textContent).toContain("abc001");
  });

  it("shows an unsupported host's message in the UI language and changes nothing", async () => {
    const host = new RecordingHost("word");
    host.failWith = new UnsupportedHostError("WordApi 1.1", {
      "en-US": "Needs Word 2016 or later.",
      "zh-CN": "需要 Word 2016 或更高版本。",
    });
    renderPanel(host, "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "插入" }));
    expect((await screen.findByRole("alert")).textContent).toBe("无法插入模板：需要 Word 2016 或更高版本。");
    expect(host.instances).toEqual([]);
  });

  it("shows any bilingual host error in the UI language, e.g. a form part the user deleted", async () => {
    const host = new RecordingHost("word");
    host.failWith = new BindingNotFoundError("word", ["concord:T2:ab12cd"]);
    renderPanel(host, "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "插入" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "无法插入模板：Concord 在本文档中找不到 concord:T2:ab12cd：它已被删除或重命名。未做任何修改。",
    );
  });

  it("offers the blank forms of the chosen language for download and saves the built bytes", async () => {
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const files: TemplateFile[] = (["en-US", "zh-CN"] as const).map((language) => ({
      template: "T2",
      language,
      kind: "docx",
      fileName: `T2-${language}.docx`,
      build: async () => bytes,
    }));
    const saved: string[] = [];
    renderPanel(new RecordingHost("word"), "en-US", {
      files: async () => files,
      save: (file, data) => saved.push(`${file.fileName}:${data.length}`),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Download .docx" }));
    await waitFor(() => expect(saved).toEqual(["T2-en-US.docx:4"]));
    const downloads = () => screen.getByRole("list", { name: "Blank forms to download" });
    expect(downloads().textContent).toContain("T2 · Consensus form");
    fireEvent.click(screen.getByRole("radio", { name: "中文 (Chinese)" }));
    await waitFor(() => expect(downloads().textContent).toContain("T2 · 跨部门协作共识表"));
    fireEvent.click(screen.getByRole("button", { name: "Download .docx" }));
    await waitFor(() => expect(saved).toEqual(["T2-en-US.docx:4", "T2-zh-CN.docx:4"]));
  });
});
