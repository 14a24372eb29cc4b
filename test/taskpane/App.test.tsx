/** @jest-environment jsdom */
import { cleanup, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { detectHost, hostKind, type HostKind, type OfficeLike } from "../../src/taskpane/host";
import { STRINGS, uiLanguage, type Language } from "../../src/taskpane/i18n";

afterEach(cleanup);

const EXPECTED: Record<Language, Record<Exclude<HostKind, "other">, string>> = {
  "en-US": {
    excel: "Concord is running in Excel",
    word: "Concord is running in Word",
    none: "Concord is not running inside Office",
  },
  "zh-CN": {
    excel: "Concord 正在 Excel 中运行",
    word: "Concord 正在 Word 中运行",
    none: "Concord 未在 Office 中运行",
  },
};

describe("App", () => {
  for (const language of ["en-US", "zh-CN"] as const) {
    for (const host of ["excel", "word", "none"] as const) {
      test(`${host} in ${language}`, () => {
        render(<App host={host} language={language} />);
        expect(screen.getByRole("status")).toHaveProperty("textContent", EXPECTED[language][host]);
        expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Concord");
        expect(screen.getByText(STRINGS[language].tagline)).toBeTruthy();
        expect(screen.getByText(STRINGS[language].hostHint(host))).toBeTruthy();
        // Nothing from the other language leaks in.
        const other = language === "en-US" ? "zh-CN" : "en-US";
        expect(document.body.textContent).not.toContain(EXPECTED[other][host]);
      });
    }
  }

  test("names an unsupported host", () => {
    render(<App host="other" hostName="PowerPoint" language="en-US" />);
    expect(screen.getByRole("status").textContent).toBe("Concord does not support PowerPoint");
  });

  test("marks the language on the provider", () => {
    const { container } = render(<App host="word" language="zh-CN" />);
    expect(container.querySelector('[lang="zh-CN"]')).not.toBeNull();
  });
});

describe("uiLanguage", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["ZH-hk", "zh-CN"],
    ["zh", "zh-CN"],
    ["en-US", "en-US"],
    ["de-DE", "en-US"],
    ["", "en-US"],
    [null, "en-US"],
    [undefined, "en-US"],
  ])("%p -> %s", (display, expected) => {
    expect(uiLanguage(display)).toBe(expected);
  });
});

describe("host detection", () => {
  const fakeOffice = (host: string | null, displayLanguage?: string): OfficeLike => ({
    onReady: () => Promise.resolve({ host }),
    context: displayLanguage === undefined ? undefined : { displayLanguage },
  });

  test("hostKind", () => {
    expect(hostKind("Excel")).toBe("excel");
    expect(hostKind("Word")).toBe("word");
    expect(hostKind("PowerPoint")).toBe("other");
    expect(hostKind(null)).toBe("none");
    expect(hostKind(undefined)).toBe("none");
  });

  test("Excel with a Chinese display language", async () => {
    await expect(detectHost(fakeOffice("Excel", "zh-CN"))).resolves.toEqual({
      kind: "excel",
      hostName: "Excel",
      displayLanguage: "zh-CN",
    });
  });

  test("Word with an English display language", async () => {
    await expect(detectHost(fakeOffice("Word", "en-GB"))).resolves.toEqual({
      kind: "word",
      hostName: "Word",
      displayLanguage: "en-GB",
    });
  });

  test("outside Office onReady resolves with host null; the browser language is used", async () => {
    const info = await detectHost(fakeOffice(null));
    expect(info.kind).toBe("none");
    expect(info.hostName).toBeNull();
    expect(info.displayLanguage).toBe(navigator.language);
  });

  test("office.js not loaded at all", async () => {
    const info = await detectHost(undefined);
    expect(info.kind).toBe("none");
  });
});
