/**
 * npm run templates: every template as a standalone file, for people who receive a form without having the add-in.
 * Writes dist/templates/<language>/<file> (.xlsx for every template, .docx for the Word templates) and lists them.
 * The same list (`templateFiles`, src/files/index.ts) is what the task pane offers for download.
 * Note: the webpack build empties dist/ (output.clean), so run this after a build.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LANGUAGES } from "../src/core";
import { templateFiles } from "../src/files";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "dist", "templates");

async function main(): Promise<void> {
  const started = Date.now();
  for (const language of LANGUAGES) {
    rmSync(path.join(OUT, language), { recursive: true, force: true });
    mkdirSync(path.join(OUT, language), { recursive: true });
  }
  const files = templateFiles();
  for (const file of files) {
    const bytes = await file.build();
    const target = path.join(OUT, file.language, file.fileName);
    writeFileSync(target, bytes);
    console.log(`${path.relative(ROOT, target)}  ${(bytes.length / 1024).toFixed(1)} KB`);
  }
  console.log(
    `${files.length} files in ${path.relative(ROOT, OUT)}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
