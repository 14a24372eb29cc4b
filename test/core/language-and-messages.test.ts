import {
  ConcordInputError,
  describeInputError,
  languageForDisplay,
  parseLanguage,
  parseFraction,
  showValue,
} from "../../src/core";
import { inputErrorOf } from "../support/dates";

describe("parseLanguage", () => {
  it.each([
    [null, "en-US"],
    ["", "en-US"],
    ["en", "en-US"],
    ["EN-us", "en-US"],
    ["zh", "zh-CN"],
    ["zh-CN", "zh-CN"],
    ["zh_cn", "zh-CN"],
    ["zh-Hans", "zh-CN"],
  ])("%p → %s", (value, expected) => {
    expect(parseLanguage(value)).toBe(expected);
  });

  it.each(["fr", "chinese", 1, true])("rejects %p", (value) => {
    expect(inputErrorOf(() => parseLanguage(value))).toMatchObject({ argument: "language", key: "badLanguage" });
  });

  it("maps Office display languages", () => {
    expect(languageForDisplay("zh-TW")).toBe("zh-CN");
    expect(languageForDisplay("en-GB")).toBe("en-US");
    expect(languageForDisplay(undefined)).toBe("en-US");
  });
});

describe("input error messages", () => {
  const error = new ConcordInputError("due", "notDate", { value: "next week" });

  it("name the argument and the problem in English", () => {
    expect(describeInputError(error, "en-US")).toBe('due: "next week" is not a date: use a date or yyyy-mm-dd text');
  });

  it("name the argument in both forms in Chinese", () => {
    expect(describeInputError(error, "zh-CN")).toBe(
      'due（截止日期）："next week" 不是日期：请填写日期或 yyyy-mm-dd 文本',
    );
  });

  it("give both languages when the language is unknown", () => {
    expect(describeInputError(error, "both")).toMatch(/^due: .* \/ due（截止日期）：/);
  });

  it("show a percentage outside 0–100 % with the digits that put it there", () => {
    const over = (value: number) =>
      describeInputError(new ConcordInputError("progress", "percentRange", { value }), "en-US");
    expect(over(1.2)).toBe("progress: 120% is outside 0%–100%");
    expect(over(1.0000001)).toBe("progress: 100.00001% is outside 0%–100%");
    expect(over(-0.07)).toBe("progress: -7% is outside 0%–100%");
  });

  it("name the new problems in both languages: numbers too large, cycles", () => {
    const large = new ConcordInputError("responseHours", "notFinite", { value: "1e400" });
    expect(describeInputError(large, "both")).toBe(
      'responseHours: "1e400" is too large: use a number Excel can hold / responseHours（响应时限）："1e400" 太大：请填写 Excel 能表示的数字',
    );
    const cycle = new ConcordInputError("predecessors", "cycle", { other: "A → B → A" });
    expect(describeInputError(cycle, "zh-CN")).toBe("predecessors（前置任务）：A → B → A 构成循环依赖");
  });

  it("show long values shortened", () => {
    expect(showValue("x".repeat(100))).toHaveLength(42);
    expect(showValue(null)).toBe("(blank)");
  });
});

describe("parseFraction", () => {
  it("takes fractions, numeric text and percentages", () => {
    expect(parseFraction(0.25, "progress")).toBe(0.25);
    expect(parseFraction("0.25", "progress")).toBe(0.25);
    expect(parseFraction("25 %", "progress")).toBe(0.25);
    expect(parseFraction("100%", "progress")).toBe(1);
    expect(parseFraction(null, "progress")).toBeNull();
  });

  it("rounds to Excel's display precision (15 decimals of 100 %), so 0.7+0.2+0.1 is 100 %", () => {
    expect(parseFraction(0.7 + 0.2 + 0.1, "progress")).toBe(1);
    expect(parseFraction(1 + 2 ** -52, "progress")).toBe(1);
    expect(parseFraction("100.00000000000001%", "progress")).toBe(1);
    expect(parseFraction(0.123456789012345, "progress")).toBe(0.123456789012345);
    expect(parseFraction(1 - 1e-14, "progress")).toBe(1 - 1e-14);
  });
});
