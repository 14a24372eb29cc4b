import fs from "fs";
import path from "path";
import { DetailedCellError } from "hyperformula";
import { buildFromSheets, CONCORD_FUNCTIONS } from "./support/hyperformula-concord";

/** Rows of the README's function reference: | language | `=CONCORD.X(...)` | `result` | */
const ROW = /^\| (en-US|zh-CN) \| `(=CONCORD\.[^`]+)` \| `([^`]*)`/;
const readme = fs.readFileSync(path.resolve(__dirname, "../README.md"), "utf8");
const examples = readme
  .split("\n")
  .map((line) => ROW.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([, language, formula, result]) => ({ language, formula, result }));

describe("README function reference", () => {
  it("has an example in each language for every function", () => {
    for (const name of Object.keys(CONCORD_FUNCTIONS)) {
      const of = examples.filter((e) => e.formula.startsWith(`=${name}(`));
      expect({ name, languages: [...new Set(of.map((e) => e.language))].sort() }).toEqual({
        name,
        languages: ["en-US", "zh-CN"],
      });
    }
  });

  it.each(examples.map((e) => [e.formula, e.result]))("%s gives %s", (formula, result) => {
    const engine = buildFromSheets({ Example: [[formula]] });
    const value = engine.getCellValue({ sheet: engine.getSheetId("Example")!, row: 0, col: 0 });
    const error = /^(#VALUE!|#N\/A) (.*)$/.exec(result);
    if (error) {
      expect(value).toBeInstanceOf(DetailedCellError);
      expect([(value as DetailedCellError).value, (value as DetailedCellError).message]).toEqual([error[1], error[2]]);
    } else if (/^-?\d+(\.\d+)?$/.test(result)) {
      expect(value).toBeCloseTo(Number(result), 12);
    } else {
      expect(value).toBe(result);
    }
  });
});
