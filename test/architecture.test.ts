/** The layers of src/ and how they may import each other (README, "Project layout"). */
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";

const SRC = path.join(__dirname, "../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Relative imports of a file, resolved to paths under src/ ("render/sheet", "core/errors", …). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)].map((m) =>
    path.relative(SRC, path.resolve(path.dirname(file), m[1])).replace(/\\/g, "/"),
  );
}

const layerOf = (p: string) => p.split("/")[0];
/** What each layer may import besides itself. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  render: ["core"],
  functions: ["core"],
  hosts: ["core", "render"],
  files: ["core", "render"],
  taskpane: ["core", "render", "hosts", "files"],
  help: [],
};

/** A module is a folder with an index, or a single file: "render/sheet" or "render/house-style", never deeper. */
function isModuleEntry(target: string): boolean {
  const full = path.join(SRC, target);
  try {
    if (statSync(full).isDirectory()) return readdirSync(full).some((n) => /^index\.tsx?$/.test(n));
  } catch {
    // not a folder: a file module if it exists with an extension and its folder has no index
  }
  const folder = path.dirname(full);
  const hasIndex = readdirSync(folder).some((n) => /^index\.tsx?$/.test(n));
  return !hasIndex || path.basename(full) === "types";
}

const files = sources(SRC);
const rows = files.flatMap((file) => {
  const from = path.relative(SRC, file).replace(/\\/g, "/");
  return importsOf(file).map((target) => ({ from, target }));
});

describe("architecture", () => {
  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(rows.length).toBeGreaterThan(100);
  });

  it("dependencies point one way: core ← render ← hosts, files ← taskpane", () => {
    const wrong = rows.filter(
      ({ from, target }) => layerOf(from) !== layerOf(target) && !ALLOWED[layerOf(from)].includes(layerOf(target)),
    );
    expect(wrong).toEqual([]);
  });

  it("another folder is imported through its index, not a file inside it", () => {
    const deep = rows.filter(({ from, target }) => {
      const fromDir = path.dirname(from);
      const targetDir = path.dirname(target);
      if (fromDir === targetDir || fromDir.startsWith(`${target}/`) || fromDir.startsWith(`${targetDir}/`)) {
        return false;
      }
      return !isModuleEntry(target);
    });
    expect(deep).toEqual([]);
  });
});
