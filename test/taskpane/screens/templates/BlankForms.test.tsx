/** @jest-environment jsdom */
import "../../../support/jsdom-polyfills";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Language, TemplateId } from "../../../../src/core";
import type { TemplateFile, TemplateFileKind } from "../../../../src/files";
import { BlankForms, offeredFiles } from "../../../../src/taskpane/screens/templates/BlankForms";
import { renderInProvider } from "../../support/render";

afterEach(cleanup);
// Fluent UI in jsdom is slow on a busy machine.
jest.setTimeout(30_000);

const file = (template: TemplateId, language: Language, kind: TemplateFileKind, build?: () => Promise<Uint8Array>) => ({
  template,
  language,
  kind,
  fileName: `${template}-${language}.${kind}`,
  build: build ?? (async () => new Uint8Array([80, 75, 3, 4])),
});

const FILES: TemplateFile[] = (["en-US", "zh-CN"] as const).flatMap((language) => [
  file("T1", language, "xlsx"),
  file("T2", language, "xlsx"),
  file("T1", language, "docx"),
  file("T2", language, "docx"),
]);

describe("offeredFiles", () => {
  it("lists one language, the host's own kind first", () => {
    expect(offeredFiles(FILES, "zh-CN", "word").map((f) => f.fileName)).toEqual([
      "T1-zh-CN.docx",
      "T2-zh-CN.docx",
      "T1-zh-CN.xlsx",
      "T2-zh-CN.xlsx",
    ]);
    expect(offeredFiles(FILES, "en-US", "excel").map((f) => f.kind)).toEqual(["xlsx", "xlsx", "docx", "docx"]);
  });
});

describe("BlankForms", () => {
  it("fetches the file writers only when opened, then offers named downloads in the UI language", async () => {
    let loads = 0;
    const saved: string[] = [];
    renderInProvider(
      <BlankForms
        hostKind="word"
        language="en-US"
        files={async () => {
          loads += 1;
          return FILES;
        }}
        save={(f, bytes) => saved.push(`${f.fileName}:${bytes.length}`)}
      />,
    );
    expect(loads).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: "Blank forms…" }));
    const list = await screen.findByRole("list", { name: "Blank forms to download" });
    expect(loads).toBe(1);
    expect(within(list).getAllByRole("button")[0].textContent).toBe("Download T1 Kickoff application (.docx)");
    fireEvent.click(screen.getByRole("button", { name: "Download T2 Consensus form (.docx)" }));
    await screen.findByText("T2-en-US.docx is ready in your downloads.");
    expect(saved).toEqual(["T2-en-US.docx:4"]);
    // Another language on request.
    fireEvent.click(screen.getByRole("radio", { name: "中文 (Chinese)" }));
    fireEvent.click(screen.getByRole("button", { name: "Download T1 Kickoff application (.xlsx)" }));
    await waitFor(() => expect(saved).toEqual(["T2-en-US.docx:4", "T1-zh-CN.xlsx:4"]));
  });

  it("a failed load reports here, stops its spinner and retries", async () => {
    let fail = true;
    renderInProvider(
      <BlankForms
        hostKind="excel"
        language="zh-CN"
        files={async () => {
          if (fail) throw new Error("ChunkLoadError");
          return FILES;
        }}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "空白表单…" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("无法生成文件：ChunkLoadError");
    expect(screen.queryByText("正在加载文件生成组件…")).toBeNull();
    fail = false;
    fireEvent.click(within(alert).getByRole("button", { name: "重新加载空白表单" }));
    await screen.findByRole("button", { name: "下载 T1 跨部门协作启动申请表（.xlsx）" });
  });

  it("a failed download reports in its own section and stops its spinner", async () => {
    const broken = [file("T2", "en-US", "xlsx", async () => Promise.reject(new Error("out of memory")))];
    renderInProvider(
      <BlankForms hostKind="excel" language="en-US" files={async () => broken} save={() => undefined} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Blank forms…" }));
    fireEvent.click(await screen.findByRole("button", { name: "Download T2 Consensus form (.xlsx)" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Could not prepare the file: out of memory");
    expect(screen.queryByText(/^Preparing/)).toBeNull();
    expect(
      (screen.getByRole("button", { name: "Download T2 Consensus form (.xlsx)" }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });
});
