import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

/** Text without any white space: table cells wrap labels onto several lines in a PDF. */
export const squeeze = (text: string): string => text.replace(/\s+/g, "");

/** Runs a command (soffice, pdftotext, pdftoppm) and returns its output; a failure throws with its stderr. */
export function run(command: string, args: string[], timeout = 180_000): string {
  const result = spawnSync(command, args, { encoding: "utf8", timeout });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/**
 * Converts office files to PDF with one LibreOffice run (a fresh profile each time) and returns the seconds it took.
 * Base names must differ: a PDF takes its file's base name.
 */
export function convertToPdf(paths: readonly string[], outDir: string): number {
  const profile = mkdtempSync(path.join(os.tmpdir(), "concord-lo-"));
  const started = Date.now();
  try {
    run("soffice", [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...paths,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return (Date.now() - started) / 1000;
}

/**
 * A converted PDF's text and its pages rendered to `<base>-N.png` beside it; null when LibreOffice made no PDF.
 * Text is read with -raw (drawing order), so a label wrapped in its cell reads on instead of mixing with its row.
 */
export function readPdf(outDir: string, base: string): { text: string; pages: number } | null {
  const pdf = path.join(outDir, `${base}.pdf`);
  if (!existsSync(pdf)) return null;
  const text = run("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"]);
  run("pdftoppm", ["-png", "-r", "60", pdf, path.join(outDir, base)]);
  const pages = readdirSync(outDir).filter((name) => name.startsWith(`${base}-`) && name.endsWith(".png")).length;
  return { text, pages };
}

/**
 * Recalculates office files in LibreOffice and saves them as .xlsx into `outDir` (one run, a fresh profile). LibreOffice
 * shows an .xlsx's cached values unless told otherwise: the profile sets Calc's OOXMLRecalcMode to 0 ("always
 * recalculate on load"). Returns the seconds it took.
 */
export function recalculateToXlsx(paths: readonly string[], outDir: string): number {
  const profile = mkdtempSync(path.join(os.tmpdir(), "concord-lo-recalc-"));
  const started = Date.now();
  try {
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(
      path.join(profile, "user", "registrymodifications.xcu"),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
    run("soffice", [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      ...paths,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return (Date.now() - started) / 1000;
}
