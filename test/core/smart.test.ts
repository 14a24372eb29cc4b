import { missingSmartAspects, smartAdvice } from "../../src/core";

describe("SMART check (SPEC §6)", () => {
  it("the seed's example: the vague goal misses a target and a deadline, the rewrite only a deadline", () => {
    expect(missingSmartAspects("提升客户满意度")).toEqual(["measurable", "timeBound"]);
    expect(missingSmartAspects("满意度评分从85分提升至90分")).toEqual(["timeBound"]);
  });

  it.each([
    "2026年12月31日前将满意度评分从85分提升至90分",
    "三个月内将投诉量降低百分之二十",
    "第四季度上线3个新功能",
    "年底前客户投诉下降两成",
    "Raise NPS from 30 to 40 by Q4 2026",
    "Reduce complaints by half within 3 months",
    "Cut response time to 2 hours by end of year",
    "Ship 3 features by 2026-12-31",
    "Launch in 5 cities before March 2027",
  ])("accepts a SMART goal: %s", (text) => {
    expect(missingSmartAspects(text)).toEqual([]);
  });

  it.each([
    ["Launch the product by 2026-12-31", ["measurable"]],
    ["Launch the product in Q3", ["measurable"]],
    ["新品在2026年6月前上市", ["measurable"]],
    ["Improve customer satisfaction", ["measurable", "timeBound"]],
    ["Increase the pass rate to 98%", ["timeBound"]],
    ["Ship it in May", ["measurable"]],
  ])("finds what %s misses", (text, missing) => {
    expect(missingSmartAspects(text)).toEqual(missing);
  });

  it("advises in the chosen language and says nothing for blank or SMART text", () => {
    expect(smartAdvice("提升客户满意度", "zh-CN")).toBe(
      "缺少可衡量的目标（数字，如“满意度评分从85分提升至90分”）和截止时间（日期，如“2026年12月31日前”）",
    );
    expect(smartAdvice("Increase the pass rate to 98%", "en-US")).toBe(
      'Missing a deadline (a date, e.g. "by 2026-12-31")',
    );
    expect(smartAdvice("  ", "en-US")).toBe("");
    expect(smartAdvice("Raise NPS from 30 to 40 by Q4 2026", "zh-CN")).toBe("");
  });
});

describe("SMART check on a full cell (32,767 characters, Excel's limit)", () => {
  const CELL = 32_767;
  /** `unit` repeated to fill a cell, ending with `tail`. */
  const fill = (unit: string, tail = "") =>
    unit.repeat(Math.ceil(CELL / unit.length)).slice(0, CELL - tail.length) + tail;

  /** Shapes that made backtracking patterns quadratic (a run of numerals retried from each of its characters). */
  const shapes: Array<[string, string]> = [
    ["all CJK numerals", fill("一")],
    ["all digits and one CJK character", fill("1", "中")],
    ["digits then spaces", "1".repeat(16_000) + " ".repeat(CELL - 16_001) + "x"],
    ["alternating digit and letter", fill("1a")],
    ['repeated "by "', fill("by ")],
    ['repeated "in 1 "', fill("in 1 ")],
    ["numerals before 年 and 月", fill("1年一月")],
    ["numerals and spans without 内", fill("十 天 ")],
    ["large numerals without a counter", fill("万", "x")],
    ["quarters and months", fill("Q1 jan ")],
    ["a mix of every kind of token", fill("1 一年 by in 3 jan 十 月 2026-1 第 % ")],
  ];

  it.each(shapes)("takes at most 50 ms: %s", (_, text) => {
    expect(text.length).toBe(CELL);
    smartAdvice(text, "en-US"); // compiles the patterns
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      smartAdvice(text, "zh-CN");
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThanOrEqual(50);
  });

  it("still finds targets and deadlines in long text", () => {
    expect(missingSmartAspects(fill("一"))).toEqual(["measurable", "timeBound"]);
    expect(missingSmartAspects(fill("1", "中"))).toEqual(["timeBound"]);
    expect(missingSmartAspects(fill("一", "3个月内"))).toEqual(["measurable"]);
    expect(missingSmartAspects(fill("很", "2026年12月31日前完成5项"))).toEqual([]);
  });
});
