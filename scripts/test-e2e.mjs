#!/usr/bin/env node
// npm run test:e2e: end-to-end tests in a real browser and a real office suite (test/e2e, jest.e2e.config.js; not
// part of "npm test").
//
//   1. System tools the tests need (Debian packages): installed with apt-get when missing and running as root,
//      otherwise the script names the packages to install and exits 1.
//   2. Builds: "npm run build:dev" into dist/, and a production build (CONCORD_ORIGIN=https://concord.example.com/)
//      into test-results/e2e-dist-prod/.
//   3. jest --config jest.e2e.config.js (extra arguments are passed on, e.g. npm run test:e2e -- -t word);
//      exits with jest's exit code. Screenshots: test-results/e2e/*.png; the generated template files, their PDFs
//      and page images: test-results/templates/.

import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEV_DIST = path.join(ROOT, "dist");
const PROD_DIST = path.join(ROOT, "test-results", "e2e-dist-prod");
const PROD_ORIGIN = "https://concord.example.com/";

/** True when `command` is an executable file on PATH. */
function onPath(command) {
  return (process.env.PATH || "").split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * True when fontconfig gives Carlito for Calibri: Calibri's metric twin, so LibreOffice measures the .xlsx columns
 * (and so the print scale and the page breaks) as Excel does, not with a wider stand-in font.
 */
function hasCalibriMetrics() {
  const result = spawnSync("fc-match", ["-f", "%{family}", "Calibri"], { encoding: "utf8" });
  return result.status === 0 && /Carlito|Calibri/i.test(result.stdout);
}

/** True when fontconfig knows a font covering Chinese (else Chinese renders as boxes in the screenshots). */
function hasChineseFont() {
  const result = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() !== "";
}

// What the e2e tests need from the system, and the Debian packages that provide it (installed with
// --no-install-recommends). LibreOffice opens the generated .xlsx/.docx files (test/e2e/*-files.e2e.test.ts) and
// converts them to PDF (with Carlito for Calibri, so that pages break as in Excel); poppler-utils reads the PDF text
// (pdftotext) and renders pages to PNG (pdftoppm).
const REQUIREMENTS = [
  { what: "Chromium (/usr/bin/chromium)", present: () => existsSync("/usr/bin/chromium"), packages: ["chromium"] },
  { what: "a Chinese font (fontconfig :lang=zh)", present: hasChineseFont, packages: ["fonts-noto-cjk"] },
  {
    what: "Carlito, Calibri's metric twin (fontconfig)",
    present: hasCalibriMetrics,
    packages: ["fonts-crosextra-carlito"],
  },
  {
    what: "LibreOffice Calc and Writer (soffice)",
    present: () => onPath("soffice"),
    packages: ["libreoffice-calc", "libreoffice-writer"],
  },
  {
    what: "pdftotext and pdftoppm",
    present: () => onPath("pdftotext") && onPath("pdftoppm"),
    packages: ["poppler-utils"],
  },
];

function log(message) {
  console.log(`[test:e2e] ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function step(title, body) {
  const started = Date.now();
  log(`${title}…`);
  const status = body();
  log(
    `${title}: ${status === 0 ? "done" : `FAILED (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return status;
}

function missingRequirements() {
  return REQUIREMENTS.filter((requirement) => !requirement.present());
}

function ensureSystemPackages() {
  let missing = missingRequirements();
  if (missing.length === 0) return true;
  const packages = [...new Set(missing.flatMap((requirement) => requirement.packages))];
  const names = missing.map((requirement) => requirement.what).join(", ");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !onPath("apt-get")) {
    console.error(
      `[test:e2e] Missing: ${names}.\n` +
        `Install these Debian packages, then run "npm run test:e2e" again:\n` +
        `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}\n` +
        (isRoot ? "(apt-get was not found on PATH.)" : "(Not running as root, so this script does not install them.)"),
    );
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const status = step(`Installing ${packages.join(" ")} (missing: ${names})`, () => {
    const updated = run("apt-get", ["-q", "update"], { env });
    if (updated !== 0) return updated;
    return run("apt-get", ["-q", "install", "-y", "--no-install-recommends", ...packages], { env });
  });
  missing = missingRequirements();
  if (status !== 0 || missing.length > 0) {
    console.error(`[test:e2e] Still missing after apt-get: ${missing.map((r) => r.what).join(", ") || names}.`);
    return false;
  }
  return true;
}

function main() {
  const started = Date.now();
  if (!ensureSystemPackages()) return 1;

  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const dev = step("Development build into dist/", () =>
    run(npm, ["run", "--silent", "build:dev", "--", "--stats", "errors-warnings"]),
  );
  if (dev !== 0) return dev;
  const prod = step(`Production build (CONCORD_ORIGIN=${PROD_ORIGIN}) into ${path.relative(ROOT, PROD_DIST)}/`, () =>
    run(npm, ["run", "--silent", "build", "--", "--output-path", PROD_DIST, "--stats", "errors-warnings"], {
      env: { ...process.env, CONCORD_ORIGIN: PROD_ORIGIN },
    }),
  );
  if (prod !== 0) return prod;

  const jest = require.resolve("jest/bin/jest");
  const status = step("jest --config jest.e2e.config.js", () =>
    run(process.execPath, [jest, "--config", "jest.e2e.config.js", ...process.argv.slice(2)], {
      env: { ...process.env, CONCORD_E2E_DEV_DIST: DEV_DIST, CONCORD_E2E_PROD_DIST: PROD_DIST },
    }),
  );
  log(`Total ${((Date.now() - started) / 1000).toFixed(1)} s. Screenshots: test-results/e2e/, test-results/templates/`);
  return status;
}

process.exitCode = main();
