/**
 * The user documentation in docs/ is checked against the code, so it cannot drift:
 * - every example row `| … | \`=…CONCORD.X(…)…\` | \`result\` | …` in docs/**.md is evaluated in a real formula engine;
 * - every table after `<!-- wbs-example statusDate=yyyy-mm-dd -->` is a WBS whose Waiting on, Status and Lag columns are
 *   recomputed with the rules of src/core;
 * - the same pages exist in both languages; status/SLA labels, template names and the standalone files' Waiting-on
 *   limit are the code's; the weekly review quotes the analysis's thresholds, and own-task-list.md lists exactly the
 *   header names column detection recognises;
 * - every relative link in README.md and docs/ (and its #anchor) resolves inside the repository, and nothing in
 *   README.md, docs/ or src/ links to the ../shared folder, which a clone of the repository does not have.
 */
import fs from "fs";
import path from "path";
import { DetailedCellError } from "hyperformula";
import { buildFromSheets } from "./support/hyperformula-concord";
import {
  assessTask,
  DEFAULT_CALENDAR,
  ISSUE_ROLES,
  lagDays,
  LIST_SAMPLE_ROWS,
  MAX_PREDECESSORS,
  parseTask,
  requireDate,
  SLA_LABELS,
  STALE_AFTER_DAYS,
  STATUS_LABELS,
  TASK_ROLES,
  TEMPLATES,
  unfinishedPredecessors,
  WEEK_DAYS,
  type Language,
  type RoleDef,
} from "../src/core";
import { MAX_SELECTED_AREAS } from "../src/hosts/excel/select-rows";

const ROOT = path.resolve(__dirname, "..");
const DOCS = path.join(ROOT, "docs");
const LANGUAGES: Language[] = ["en-US", "zh-CN"];
/** The pages every language must have (office-versions.md is the Office support matrix). */
const REQUIRED_PAGES = [
  "getting-started.md",
  "collaboration-loop.md",
  "templates.md",
  "status-and-lag.md",
  "calendar.md",
  "issue-sla.md",
  "sign-off.md",
  "office-versions.md",
  "weekly-review.md",
  "own-task-list.md",
];

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith(".md") ? [full] : [];
  });
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");
const read = (file: string) => fs.readFileSync(file, "utf8");
const docFiles = markdownFiles(DOCS);
const languageOf = (file: string): Language => (relative(file).includes("/zh-CN/") ? "zh-CN" : "en-US");

/** A table row's cells, without the outer pipes. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());
}

// ---------------------------------------------------------------------------------------------------------------
// Formula examples

const EXAMPLE = /\| `(=[^`]*CONCORD\.[^`]*)` \| `([^`]*)` \|/;
const examples = docFiles.flatMap((file) =>
  read(file)
    .split("\n")
    .map((line) => EXAMPLE.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, formula, result]) => ({ file: relative(file), formula, result })),
);

function evaluate(formula: string): unknown {
  const engine = buildFromSheets({ Example: [[formula]] });
  return engine.getCellValue({ sheet: engine.getSheetId("Example")!, row: 0, col: 0 });
}

/** Checks a value against a documented result: `#VALUE!` alone checks the error type, with a message the message too. */
function expectResult(value: unknown, result: string): void {
  const error = /^(#VALUE!|#N\/A)(?: (.*))?$/.exec(result);
  if (error) {
    expect(value).toBeInstanceOf(DetailedCellError);
    const cellError = value as DetailedCellError;
    expect(cellError.value).toBe(error[1]);
    if (error[2] !== undefined) expect(cellError.message).toBe(error[2]);
  } else if (/^-?\d+(\.\d+)?$/.test(result)) {
    expect(value).toBeCloseTo(Number(result), 12);
  } else {
    expect(value).toBe(result === '""' ? "" : result);
  }
}

describe("docs: formula examples", () => {
  it("has examples on the status, calendar and SLA pages of both languages", () => {
    for (const language of LANGUAGES) {
      for (const page of ["status-and-lag.md", "calendar.md", "issue-sla.md"]) {
        const of = examples.filter((e) => e.file === `docs/${language}/${page}`);
        expect({ page: `${language}/${page}`, count: of.length > 3 }).toEqual({
          page: `${language}/${page}`,
          count: true,
        });
      }
    }
  });

  it.each(examples.map((e) => [e.file, e.formula, e.result]))("%s: %s gives %s", (_file, formula, result) => {
    expectResult(evaluate(formula), result);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Worked WBS tables

interface WbsExample {
  file: string;
  statusDate: string;
  rows: string[][];
}

const WBS_MARKER = /^<!-- wbs-example statusDate=(\d{4}-\d{2}-\d{2}) -->$/;
const wbsExamples: WbsExample[] = docFiles.flatMap((file) => {
  const lines = read(file).split("\n");
  return lines.flatMap((line, i) => {
    const marker = WBS_MARKER.exec(line.trim());
    if (!marker) return [];
    let start = i + 1;
    while (lines[start].trim() === "") start++;
    const table: string[] = [];
    for (let j = start; j < lines.length && lines[j].trim().startsWith("|"); j++) table.push(lines[j]);
    return [{ file: relative(file), statusDate: marker[1], rows: table.slice(2).map(cells) }];
  });
});

/** Columns of a worked WBS table, in order (the header is in the page's language). */
const WBS_COLUMNS = 11;

describe("docs: worked WBS examples", () => {
  it("exist in both languages", () => {
    expect(wbsExamples.map((e) => languageOf(path.join(ROOT, e.file))).sort()).toEqual(
      expect.arrayContaining(LANGUAGES),
    );
  });

  it.each(wbsExamples.map((e) => [e.file, e]))("%s: waiting on, status and lag follow the rules", (_file, example) => {
    const { rows, statusDate } = example as WbsExample;
    const language = languageOf(path.join(ROOT, (example as WbsExample).file));
    const day = requireDate(statusDate, "statusDate");
    for (const row of rows) expect(row).toHaveLength(WBS_COLUMNS);
    const column = (index: number) => rows.map((row) => [row[index] === "" ? null : row[index]]);
    const ids = column(0);
    const finishes = column(4);
    const progresses = column(5);
    const computed = rows.map(([id, , start, due, finish, progress, blocker, predecessors]) => {
      const task = parseTask({ start, due, finish, progress, blocker })!;
      const waitingOn = unfinishedPredecessors(predecessors, ids, finishes, progresses);
      const { status } = assessTask({ ...task, waitingOn }, day, DEFAULT_CALENDAR);
      const lag = task.due === null ? "" : String(lagDays(task.due, task.finish, day, DEFAULT_CALENDAR));
      return [id, waitingOn.join(", "), STATUS_LABELS[language][status], lag];
    });
    expect(rows.map((row) => [row[0], row[8], row[9], row[10]])).toEqual(computed);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Pages, labels and names

describe("docs: pages", () => {
  const pagesOf = (language: Language) => fs.readdirSync(path.join(DOCS, language)).sort();

  it("has the same pages in both languages, including every required page", () => {
    expect(pagesOf("zh-CN")).toEqual(pagesOf("en-US"));
    expect(pagesOf("en-US")).toEqual(expect.arrayContaining(REQUIRED_PAGES));
  });

  it("indexes every page of both languages in docs/README.md", () => {
    const index = read(path.join(DOCS, "README.md"));
    for (const language of LANGUAGES) {
      for (const page of pagesOf(language)) expect(index).toContain(`(${language}/${page})`);
    }
  });

  it("links every page of both languages from README.md", () => {
    const readme = read(path.join(ROOT, "README.md"));
    for (const language of LANGUAGES) {
      for (const page of pagesOf(language)) expect(readme).toContain(`(docs/${language}/${page})`);
    }
  });

  it.each(LANGUAGES)("%s: uses the code's labels, template names and the standalone Waiting-on limit", (language) => {
    const page = (name: string) => read(path.join(DOCS, language, name));
    for (const label of Object.values(STATUS_LABELS[language])) expect(page("status-and-lag.md")).toContain(label);
    for (const label of Object.values(SLA_LABELS[language])) expect(page("issue-sla.md")).toContain(label);
    const limit = {
      "en-US": `at most ${MAX_PREDECESSORS} predecessor ids`,
      "zh-CN": `最多读取 ${MAX_PREDECESSORS} 个前置任务编号`,
    };
    expect(page("getting-started.md")).toContain(limit[language]);
    for (const template of TEMPLATES) {
      expect(page("templates.md")).toContain(template.name[language]);
      expect(page("collaboration-loop.md")).toContain(template.id);
    }
  });
});

describe("docs: the weekly loop's pages quote the code", () => {
  const page = (language: Language, name: string) => read(path.join(DOCS, language, name));

  it.each(LANGUAGES)("%s: the weekly review's thresholds", (language) => {
    const quoted = {
      "en-US": [`**${STALE_AFTER_DAYS} days**`, `**${WEEK_DAYS} calendar days**`, `**${MAX_SELECTED_AREAS} blocks**`],
      "zh-CN": [`**${STALE_AFTER_DAYS} 天以上**`, `**${WEEK_DAYS} 个自然日**`, `**${MAX_SELECTED_AREAS} 段**`],
    };
    for (const text of quoted[language]) expect(page(language, "weekly-review.md")).toContain(text);
  });

  it.each(LANGUAGES)("%s: own-task-list.md lists exactly the header names detection recognises", (language) => {
    const text = page(language, "own-task-list.md");
    expect(text).toContain(language === "en-US" ? `first ${LIST_SAMPLE_ROWS} rows` : `前 ${LIST_SAMPLE_ROWS} 行`);
    const rows = text
      .split("\n")
      .filter((line) => line.trim().startsWith("|"))
      .map(cells);
    const documented = (def: RoleDef) => {
      const row = rows.find((r) => r[0] === def.label[language]);
      return row && [row[1], row[2]].flatMap((cell) => cell.split(/, |、/).map((name) => name.trim().toLowerCase()));
    };
    for (const def of new Set([...Object.values(TASK_ROLES), ...Object.values(ISSUE_ROLES)])) {
      expect({ role: def.label["en-US"], names: documented(def)?.sort() }).toEqual({
        role: def.label["en-US"],
        names: [...def.aliases].sort(),
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Links

/** GitHub's heading anchors: lower case, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsOf(file: string): Set<string> {
  const headings = read(file)
    .replace(/```[\s\S]*?```/g, "")
    .split("\n")
    .filter((line) => /^#{1,6} /.test(line));
  return new Set(headings.map((line) => slug(line.replace(/^#+ /, ""))));
}

/** Inline links and images `[text](target)` outside code. */
function linksOf(file: string): string[] {
  const text = read(file)
    .replace(/```[\s\S]*?```/g, "")
    .replace(/`[^`\n]*`/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
}

describe("docs: links", () => {
  const files = [path.join(ROOT, "README.md"), ...docFiles];
  const local = files.flatMap((file) =>
    linksOf(file)
      .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
      .map((target) => [relative(file), target] as const),
  );

  it("finds links to check", () => {
    expect(local.length).toBeGreaterThan(20);
  });

  it.each(local)("%s → %s resolves in the repository", (from, target) => {
    const [pathPart, anchor] = target.split("#");
    const resolved =
      pathPart === "" ? path.join(ROOT, from) : path.resolve(path.dirname(path.join(ROOT, from)), pathPart);
    expect(path.relative(ROOT, resolved).startsWith("..")).toBe(false);
    expect(fs.existsSync(resolved)).toBe(true);
    if (anchor !== undefined && resolved.endsWith(".md")) expect([...anchorsOf(resolved)]).toContain(anchor);
  });

  it("never points at ../shared from README.md, docs/ or src/", () => {
    const all = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? all(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const offenders = [path.join(ROOT, "README.md"), ...all(DOCS), ...all(path.join(ROOT, "src"))].filter((file) =>
      /\.\.\/shared\b|\.\.\\shared\b/.test(read(file)),
    );
    expect(offenders.map(relative)).toEqual([]);
  });
});
