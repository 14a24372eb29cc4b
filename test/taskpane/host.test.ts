/** @jest-environment jsdom */
import { detectHost, hostKind, isDarkColor, type OfficeLike } from "../../src/taskpane/host";
import { uiLanguage } from "../../src/taskpane/strings";

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
  const fakeOffice = (host: string | null, displayLanguage?: string, background?: string): OfficeLike => ({
    onReady: () => Promise.resolve({ host }),
    context:
      displayLanguage === undefined
        ? undefined
        : { displayLanguage, officeTheme: background ? { bodyBackgroundColor: background } : null },
  });

  test("hostKind", () => {
    expect(hostKind("Excel")).toBe("excel");
    expect(hostKind("Word")).toBe("word");
    expect(hostKind("PowerPoint")).toBe("other");
    expect(hostKind(null)).toBe("none");
    expect(hostKind(undefined)).toBe("none");
  });

  test("Excel with a Chinese display language and a light theme", async () => {
    await expect(detectHost(fakeOffice("Excel", "zh-CN", "#FFFFFF"))).resolves.toEqual({
      kind: "excel",
      hostName: "Excel",
      displayLanguage: "zh-CN",
      dark: false,
    });
  });

  test("Word in Office's dark theme", async () => {
    const info = await detectHost(fakeOffice("Word", "en-GB", "#262626"));
    expect(info).toEqual({ kind: "word", hostName: "Word", displayLanguage: "en-GB", dark: true });
  });

  test("outside Office onReady resolves with host null; the browser language is used", async () => {
    const info = await detectHost(fakeOffice(null));
    expect(info.kind).toBe("none");
    expect(info.hostName).toBeNull();
    expect(info.displayLanguage).toBe(navigator.language);
  });

  test("office.js not loaded at all", async () => {
    expect((await detectHost(undefined)).kind).toBe("none");
  });

  test.each([
    ["#000000", true],
    ["#1f1f1f", true],
    ["#6d6d6d", true],
    ["#ffffff", false],
    ["#F3F2F1", false],
    ["", false],
    ["red", false],
    [undefined, false],
  ])("isDarkColor(%p) = %p", (color, dark) => {
    expect(isDarkColor(color)).toBe(dark);
  });
});
