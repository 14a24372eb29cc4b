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
