/** The shared requirement-set check: one bilingual message per operation naming the set and the Office versions. */
import { readFileSync } from "fs";
import { join } from "path";
import type { Language } from "../../src/core";
import {
  ACTIONS as EXCEL_ACTIONS,
  REQUIRED_SETS as EXCEL_SETS,
  requireExcelApi,
  unsupportedMessages as excelMessages,
  type ExcelOperation,
} from "../../src/hosts/requirements/excel";
import {
  AVAILABILITY,
  availabilityOf,
  requireSet,
  type ApiSet,
  type OfficeRequirements,
} from "../../src/hosts/requirements";
import { LocalizedError, UnsupportedHostError } from "../../src/hosts/errors";
import {
  ACTIONS as WORD_ACTIONS,
  REQUIRED_SETS as WORD_SETS,
  requireWordApi,
  supportsWordApi,
  unsupportedMessages as wordMessages,
  type WordOperation,
} from "../../src/hosts/requirements/word";

/** An Office that has `set` up to `max` and nothing else; records what it was asked. */
function office(set: ApiSet, max: string): OfficeRequirements & { asked: string[] } {
  const minor = (v: string): number => Number(v.split(".")[1]);
  const asked: string[] = [];
  return {
    asked,
    isSetSupported(name: string, version = "1.1") {
      asked.push(`${name} ${version}`);
      return name === set && minor(version) <= minor(max);
    },
  };
}

const CJK = /[\u4e00-\u9fff]/;

// What Microsoft's requirement-set tables say, written out independently of src/hosts/requirements/.
const EXCEL_EXPECTED: Record<ExcelOperation, { set: string; versions: string[] }> = {
  insert: { set: "ExcelApi 1.9", versions: ["Excel 2021", "1903", "16.24"] },
  find: { set: "ExcelApi 1.7", versions: ["Excel 2019", "1801", "16.9"] },
  readFields: { set: "ExcelApi 1.4", versions: ["Excel 2019", "1701", "15.36"] },
  writeFields: { set: "ExcelApi 1.4", versions: ["Excel 2019", "1701", "15.36"] },
  readWbs: { set: "ExcelApi 1.4", versions: ["Excel 2019", "1701", "15.36"] },
  updateWbs: { set: "ExcelApi 1.4", versions: ["Excel 2019", "1701", "15.36"] },
  readForm: { set: "ExcelApi 1.1", versions: ["Excel 2016", "1509", "15.20"] },
  readProject: { set: "ExcelApi 1.7", versions: ["Excel 2019", "1801", "16.9"] },
  sign: { set: "ExcelApi 1.4", versions: ["Excel 2019", "1701", "15.36"] },
  select: { set: "ExcelApi 1.1", versions: ["Excel 2016", "1509", "15.20"] },
  selectRows: { set: "ExcelApi 1.7", versions: ["Excel 2019", "1801", "16.9"] },
  detectList: { set: "ExcelApi 1.7", versions: ["Excel 2019", "1801", "16.9"] },
  augmentList: { set: "ExcelApi 1.7", versions: ["Excel 2019", "1801", "16.9"] },
};
const WORD_EXPECTED: Record<WordOperation, { set: string; versions: string[] }> = {
  insert: { set: "WordApi 1.1", versions: ["Word 2016", "1509", "15.19"] },
  find: { set: "WordApi 1.1", versions: ["Word 2016", "1509", "15.19"] },
  readFields: { set: "WordApi 1.1", versions: ["Word 2016", "1509", "15.19"] },
  writeFields: { set: "WordApi 1.1", versions: ["Word 2016", "1509", "15.19"] },
  writeChoices: { set: "WordApi 1.3", versions: ["Word 2019", "1612", "15.32"] },
  readProject: { set: "WordApi 1.1", versions: ["Word 2016", "1509", "15.19"] },
  sign: { set: "WordApi 1.3", versions: ["Word 2019", "1612", "15.32"] },
  lock: { set: "WordApi 1.1", versions: ["Word 2016", "1509", "15.19"] },
  select: { set: "WordApi 1.3", versions: ["Word 2019", "1612", "15.32"] },
};

const cases = [
  ...Object.entries(EXCEL_EXPECTED).map(([op, want]) => ({
    host: "Excel",
    op,
    want,
    messages: excelMessages(op as ExcelOperation),
    action: EXCEL_ACTIONS[op as ExcelOperation],
  })),
  ...Object.entries(WORD_EXPECTED).map(([op, want]) => ({
    host: "Word",
    op,
    want,
    messages: wordMessages(op as WordOperation),
    action: WORD_ACTIONS[op as WordOperation],
  })),
];

describe("messages per operation", () => {
  it.each(cases)("$host $op names the operation, $want.set and the Office versions that have it", (c) => {
    for (const language of ["en-US", "zh-CN"] as Language[]) {
      const text = c.messages[language];
      expect(text).toContain(c.action[language]);
      expect(text).toContain(c.want.set);
      expect(text).toContain(language === "en-US" ? `${c.host} on the web` : `${c.host} 网页版`);
      for (const version of c.want.versions) expect(text).toContain(version);
    }
    expect(c.messages["zh-CN"]).toMatch(CJK);
    expect(c.messages["en-US"]).not.toMatch(CJK);
  });

  it("drop-down and checkbox writes point at Word 2019, not Word 2016", () => {
    const m = wordMessages("writeChoices");
    expect(m["en-US"]).toContain("Word 2019 or later");
    expect(m["en-US"]).not.toContain("2016");
    expect(m["zh-CN"]).toContain("Word 2019 及更高版本");
  });

  it("only inserting asks for more than Excel 2019 has", () => {
    const beyond2019 = (Object.keys(EXCEL_SETS) as ExcelOperation[]).filter(
      (op) => Number(availabilityOf(EXCEL_SETS[op]).perpetual) > 2019,
    );
    expect(beyond2019).toEqual(["insert"]);
  });
});

describe("requireSet", () => {
  const action = { "en-US": "do it", "zh-CN": "执行" };

  it("passes when the set is there and asks Office for exactly that set", () => {
    const requirements = office("ExcelApi", "1.9");
    expect(() => requireSet(requirements, { set: "ExcelApi", version: "1.9" }, action)).not.toThrow();
    expect(requirements.asked).toEqual(["ExcelApi 1.9"]);
  });

  it("throws one UnsupportedHostError, a LocalizedError the task pane shows in its language", () => {
    const error = (() => {
      try {
        requireSet(office("ExcelApi", "1.8"), { set: "ExcelApi", version: "1.9" }, action);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnsupportedHostError);
    expect(error).toBeInstanceOf(LocalizedError);
    const unsupported = error as UnsupportedHostError;
    expect(unsupported.requirement).toBe("ExcelApi 1.9");
    expect(unsupported.message).toBe(unsupported.messages["en-US"]);
    expect(unsupported.messages["en-US"]).toMatch(/^This version of Excel lacks .* which Concord needs to do it\./);
  });

  it("a set of the other host does not count", () => {
    expect(() => requireSet(office("WordApi", "1.9"), { set: "ExcelApi", version: "1.1" }, action)).toThrow(
      UnsupportedHostError,
    );
  });

  it("no Office at all is unsupported", () => {
    expect(() => requireSet(null, { set: "WordApi", version: "1.1" }, action)).toThrow(UnsupportedHostError);
  });
});

describe("hosts", () => {
  it("Excel 2019 (ExcelApi 1.7) can find, read and write; only inserting is refused", () => {
    const globals = globalThis as { Office?: unknown };
    const previous = globals.Office;
    globals.Office = { context: { requirements: office("ExcelApi", "1.7") } };
    try {
      const refused = (Object.keys(EXCEL_SETS) as ExcelOperation[]).filter((op) => {
        try {
          requireExcelApi(op);
          return false;
        } catch (e) {
          expect(e).toBeInstanceOf(UnsupportedHostError);
          return true;
        }
      });
      expect(refused).toEqual(["insert"]);
    } finally {
      globals.Office = previous;
    }
  });

  it("Word with WordApi 1.2 reads and writes text and locks forms, but neither sets drop-downs nor signs", () => {
    const requirements = office("WordApi", "1.2");
    const refused = (Object.keys(WORD_SETS) as WordOperation[]).filter((op) => {
      try {
        requireWordApi(op, requirements);
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toEqual(["writeChoices", "sign", "select"]);
    expect(supportsWordApi(requirements, "1.3")).toBe(false);
    expect(supportsWordApi(requirements, "1.2")).toBe(true);
  });
});

describe("docs/<language>/office-versions.md", () => {
  const root = join(__dirname, "..", "..");
  for (const language of ["en-US", "zh-CN"]) {
    const doc = readFileSync(join(root, "docs", language, "office-versions.md"), "utf8");
    const rows = doc.split("\n").filter((line) => line.startsWith("|"));

    it(`${language}: every set's row carries the same versions as the check`, () => {
      for (const set of Object.keys(AVAILABILITY) as ApiSet[]) {
        for (const [version, a] of Object.entries(AVAILABILITY[set])) {
          const row = rows.find((line) => line.startsWith(`| \`${set} ${version}\``));
          expect(row).toBeDefined();
          const cells = (row as string).split("|").map((c) => c.trim());
          expect(cells).toEqual(expect.arrayContaining([expect.stringContaining(a.perpetual)]));
          expect(row).toContain(` ${a.windows} `);
          expect(row).toContain(` ${a.mac} `);
        }
      }
    });

    it(`${language}: the example message is the one Excel shows`, () => {
      expect(doc).toContain(`> ${excelMessages("insert")[language as Language]}\n`);
    });

    it(`${language}: every operation is listed with the set it needs`, () => {
      for (const { action: actions, want } of cases) {
        const action = actions[language as Language];
        const set = want.set;
        const api = set.split(" ")[0];
        const row = rows.find((line) => line.toLowerCase().includes(action.toLowerCase()) && line.includes(api));
        expect({ action, row }).toEqual({ action, row: expect.stringContaining(`\`${set}\``) });
      }
    });
  }
});
