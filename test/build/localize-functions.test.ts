import fs from "fs";
import path from "path";
import {
  findMissingTranslations,
  findUnusedTranslations,
  localizeMetadata,
  type CustomFunctionsMetadata,
  type TranslationTable,
} from "../../tools/localize-functions";

const metadata = (): CustomFunctionsMetadata => ({
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "STATUS",
      name: "STATUS",
      description: "Status of a task.",
      parameters: [
        { name: "due", description: "Due date.", type: "any" },
        { name: "language", description: "en-US or zh-CN.", type: "any", optional: true },
      ],
      result: { type: "string" },
    },
    {
      id: "TODAYISH",
      name: "TODAYISH",
      description: "No parameters.",
      result: { type: "number" },
      options: { volatile: true },
    },
  ],
});

const table = (): TranslationTable => ({
  STATUS: { description: "任务状态。", parameters: { due: "截止日期。", language: "en-US 或 zh-CN。" } },
  TODAYISH: { description: "没有参数。" },
});

describe("localizeMetadata", () => {
  test("copies ids, names, types and options; replaces the descriptions", () => {
    const input = metadata();
    const out = localizeMetadata(input, table());
    expect(out).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "STATUS",
          name: "STATUS",
          description: "任务状态。",
          parameters: [
            { name: "due", description: "截止日期。", type: "any" },
            { name: "language", description: "en-US 或 zh-CN。", type: "any", optional: true },
          ],
          result: { type: "string" },
        },
        {
          id: "TODAYISH",
          name: "TODAYISH",
          description: "没有参数。",
          result: { type: "number" },
          options: { volatile: true },
        },
      ],
    });
  });

  test("does not modify its input", () => {
    const input = metadata();
    const before = JSON.stringify(input);
    const out = localizeMetadata(input, table());
    expect(JSON.stringify(input)).toBe(before);
    expect(out).not.toBe(input);
    expect(out.functions[0]).not.toBe(input.functions[0]);
  });

  test("throws naming every missing function and parameter", () => {
    const partial = table();
    delete partial.TODAYISH;
    delete partial.STATUS.parameters!.language;
    let error: (Error & { missing?: string[] }) | undefined;
    try {
      localizeMetadata(metadata(), partial);
    } catch (e) {
      error = e as Error & { missing?: string[] };
    }
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toContain("TODAYISH");
    expect(error!.message).toContain('STATUS parameter "language"');
    expect(error!.message).not.toContain('"due"');
    expect(error!.missing).toEqual(['STATUS parameter "language"', "TODAYISH (whole function)"]);
  });

  test("a blank function description counts as missing", () => {
    const t = table();
    t.STATUS.description = "  ";
    expect(() => localizeMetadata(metadata(), t)).toThrow("STATUS (function description)");
  });

  test("a function without a parameters object in the table misses all its parameters", () => {
    const t = table();
    delete t.STATUS.parameters;
    expect(findMissingTranslations(metadata(), t)).toEqual(['STATUS parameter "due"', 'STATUS parameter "language"']);
  });

  test("rejects metadata that is not custom-functions metadata", () => {
    expect(() => localizeMetadata({} as CustomFunctionsMetadata, table())).toThrow(/functions/);
  });

  test("reports translations that match nothing, ignoring $ notes", () => {
    const t = table() as TranslationTable & Record<string, unknown>;
    t.OLDNAME = { description: "旧函数" };
    t.STATUS.parameters!.dueDate = "旧参数";
    (t as Record<string, unknown>).$comment = "translator notes";
    expect(findUnusedTranslations(metadata(), t)).toEqual([
      'STATUS parameter "dueDate" (no such parameter)',
      "OLDNAME (no such function)",
    ]);
    // Unused entries are not an error.
    expect(() => localizeMetadata(metadata(), t)).not.toThrow();
  });
});

describe("the real translation table", () => {
  test("translates every function and parameter in src/functions/functions.ts", async () => {
    // The same metadata CustomFunctionsMetadataPlugin generates for the build.
    const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
    const source = path.join(__dirname, "../../src/functions/functions.ts");
    const generated = await generateCustomFunctionsMetadata(source, false);
    expect(generated.errors).toEqual([]);
    const real = JSON.parse(fs.readFileSync(path.join(__dirname, "../../src/functions/functions.zh-CN.json"), "utf8"));
    const english = JSON.parse(generated.metadataJson) as CustomFunctionsMetadata;
    const chinese = localizeMetadata(english, real);
    expect(chinese.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    expect(findUnusedTranslations(english, real)).toEqual([]);
  }, 30_000);
});
