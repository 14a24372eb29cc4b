/** @jest-environment jsdom */
import "../../../support/jsdom-polyfills";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { TextDecoder, TextEncoder } from "util";
import type { Host, Language } from "../../../../src/core";
import { LocalizedError } from "../../../../src/hosts/errors";
import { ARCHIVE_STRINGS, ArchiveScreen } from "../../../../src/taskpane/screens/archive";
import type { DownloadFile } from "../../../../src/taskpane/components/download";
import { LANGUAGES, NODE_CRYPTO, previewHost, renderInProvider } from "../../support/render";

// jsdom has no TextEncoder; the browsers the pane runs in all do.
Object.assign(globalThis, { TextEncoder, TextDecoder });

afterEach(cleanup);
jest.setTimeout(30_000);

/** The archive's time: 2026-11-16 10:00 UTC, so the files are named for that day. */
const NOW = () => new Date(Date.UTC(2026, 10, 16, 10, 0));

function saved() {
  const files: Array<{ file: DownloadFile; bytes: Uint8Array }> = [];
  return { files, save: (file: DownloadFile, bytes: Uint8Array) => void files.push({ file, bytes }) };
}

describe.each(LANGUAGES)("ArchiveScreen (%s)", (language: Language) => {
  const t = ARCHIVE_STRINGS[language];

  for (const kind of ["excel", "word"] as Host[]) {
    it(`lists every form of the ${kind} sample and saves the archive as .docx and .json`, async () => {
      const host = await previewHost(kind, language);
      const instances = (await host.findTemplates()).map((i) => i.record.id);
      const { files, save } = saved();
      renderInProvider(<ArchiveScreen host={host} language={language} crypto={NODE_CRYPTO} save={save} now={NOW} />);
      expect(await screen.findByRole("heading", { name: t.contents(instances.length) })).toBeTruthy();
      expect(screen.getAllByRole("listitem")).toHaveLength(instances.length);

      fireEvent.click(screen.getByRole("button", { name: t.download.json }));
      await screen.findByText(t.downloaded("case-archive-2026-11-16.json"));
      fireEvent.click(screen.getByRole("button", { name: t.download.docx }));
      await screen.findByText(t.downloaded("case-archive-2026-11-16.docx"));
      expect(files.map((f) => [f.file.fileName, f.file.kind])).toEqual([
        ["case-archive-2026-11-16.json", "json"],
        ["case-archive-2026-11-16.docx", "docx"],
      ]);
      const json = JSON.parse(new TextDecoder().decode(files[0].bytes));
      expect(json.format).toBe("concord-archive");
      expect(json.generatedAt).toBe("2026-11-16T10:00:00.000Z");
      expect(json.instances.map((i: { instance: string }) => i.instance).sort()).toEqual([...instances].sort());
      const zip = await JSZip.loadAsync(files[1].bytes);
      expect(zip.file("word/document.xml")).not.toBeNull();
      // The message after a download has focus, for screen readers and the keyboard.
      await waitFor(() => expect(document.activeElement?.textContent).toContain("case-archive-2026-11-16.docx"));
    });
  }

  it("says that the archive cannot be made without Web Crypto", async () => {
    const host = await previewHost("word", language);
    renderInProvider(<ArchiveScreen host={host} language={language} crypto={undefined} now={NOW} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(t.noCrypto);
    expect(screen.queryByRole("button", { name: t.download.docx })).toBeNull();
  });

  it("shows a host error with a retry that reads the file again", async () => {
    const host = await previewHost("excel", language);
    const read = jest
      .spyOn(host, "readProject")
      .mockRejectedValueOnce(new LocalizedError({ "en-US": "The workbook is busy.", "zh-CN": "工作簿正忙。" }));
    renderInProvider(<ArchiveScreen host={host} language={language} crypto={NODE_CRYPTO} now={NOW} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(t.readFailed(language === "en-US" ? "The workbook is busy." : "工作簿正忙。"));
    fireEvent.click(screen.getByRole("button", { name: t.retry }));
    expect(await screen.findByRole("button", { name: t.download.docx })).toBeTruthy();
    expect(read).toHaveBeenCalledTimes(2);
  });
});

describe("an archive list item", () => {
  test("names the place only when it differs from the form's name, in each language's punctuation", () => {
    const en = ARCHIVE_STRINGS["en-US"];
    expect(en.item("T2", "Consensus form", "Consensus form", "Signed", en.signatures(3))).toBe(
      "T2 Consensus form: Signed · 3 signatures",
    );
    expect(en.item("T4", "Meeting minutes", "Meeting minutes (2)", "No sign-off", en.signatures(0))).toBe(
      "T4 Meeting minutes (Meeting minutes (2)): No sign-off · no signatures",
    );
    const zh = ARCHIVE_STRINGS["zh-CN"];
    expect(zh.item("T4", "会议纪要", "会议纪要 (2)", "无需签字", zh.signatures(1))).toBe(
      "T4 会议纪要（会议纪要 (2)）：无需签字 · 1 个签字",
    );
    expect(zh.item("T1", "启动申请表", null, "已签署", zh.signatures(2))).toBe("T1 启动申请表：已签署 · 2 个签字");
  });
});
