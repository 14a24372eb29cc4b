#!/usr/bin/env node
// npm start: certificates, the dev server on https://localhost:3000 in the background, sideloading instructions.
// npm run stop ends the server. Works with nothing but Node (no office-addin-debugging, no desktop Office needed).
//
// Files (repository root): .concord-dev-server.pid (JSON: pid, start time, command), .concord-dev-server.log.
// Environment: CONCORD_START_TIMEOUT (seconds to wait for the first build, default 180).

import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, existsSync } from "node:fs";
import https from "node:https";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCertificates, readHttpsOptions, trustInstructions } from "./certs.mjs";
import { LOG_FILE, PID_FILE, ROOT, isRunning, readPidFile, removePidFile, writePidFile } from "./dev-server-state.mjs";

const require = createRequire(import.meta.url);
const PORT = 3000;
const ORIGIN = `https://localhost:${PORT}/`;
const PROBE = `${ORIGIN}taskpane.html`;
const TIMEOUT_MS = Number(process.env.CONCORD_START_TIMEOUT || 180) * 1000;

/** GET url; resolves { status } or { error } (never rejects). Verifies the server against our CA when `ca` is given. */
function probe(url, ca) {
  return new Promise((resolve) => {
    const req = https.get(url, { ca, rejectUnauthorized: Boolean(ca), timeout: 5000 }, (res) => {
      res.resume();
      resolve({ status: res.statusCode });
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (error) => resolve({ error }));
  });
}

/** The log is a file: no ANSI colours (colorette treats any FORCE_COLOR, even "0", as "force"). */
function withoutForceColor(env) {
  const copy = { ...env };
  delete copy.FORCE_COLOR;
  return copy;
}

function tail(file, lines = 30) {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

function instructions() {
  const manifest = path.join(ROOT, "manifest.xml");
  const home = "~/Library/Containers";
  return `
Concord dev server: ${ORIGIN}  (log: ${path.relative(process.cwd(), LOG_FILE) || LOG_FILE}; stop with "npm run stop")
  Excel task pane + custom functions: ${ORIGIN}taskpane.html
  Word task pane:                     ${ORIGIN}word.html
  Manifest:                           ${manifest}

No Office at hand? Open ${ORIGIN}taskpane.html in a browser: outside Office the pane runs a labelled preview on a
sample project (Excel/Word switch; nothing is saved).

Sideload the add-in (manifest.xml points at ${ORIGIN}):

  Excel on the web / Word on the web (any OS, incl. Linux)
    1. Open a workbook / document on office.com (or your SharePoint / OneDrive).
    2. Home > Add-ins > More Add-ins (older ribbon: Insert > Add-ins / Office Add-ins) > MY ADD-INS >
       Upload My Add-in (older ribbon: under "Manage My Add-ins").
    3. Browse to manifest.xml above > Upload. Concord opens from its ribbon button (Home tab).
    The browser must trust ${ORIGIN} (see below); if the pane stays blank, open ${PROBE} in a tab once.
    After changing manifest.xml: clear the browser cache and upload it again.

  Windows desktop (shared folder catalog)
    1. Share a folder (e.g. C:\\AddinManifests, Properties > Sharing > Share) and copy manifest.xml into it.
    2. Excel/Word > File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs:
       add the \\\\<computer>\\<share> URL, tick "Show in Menu", OK, restart Excel/Word.
    3. Insert > My Add-ins > SHARED FOLDER > Concord > Add.

  Mac desktop
    mkdir -p ${home}/com.microsoft.Excel/Data/Documents/wef ${home}/com.microsoft.Word/Data/Documents/wef
    cp "${manifest}" ${home}/com.microsoft.Excel/Data/Documents/wef/
    cp "${manifest}" ${home}/com.microsoft.Word/Data/Documents/wef/
    Restart Excel/Word, then Insert > Add-ins > My Add-ins (drop-down) > Concord.

  Desktop Office must run on this machine: the development manifest points at https://localhost:3000.

${trustInstructions()}
`;
}

async function main() {
  await ensureCertificates({ install: "auto" });
  const { ca } = readHttpsOptions();

  const existing = readPidFile();
  if (existing && isRunning(existing)) {
    const answer = await probe(PROBE, ca);
    console.log(
      `The dev server is already running (pid ${existing.pid})${answer.status ? "" : " but not answering yet"}.`,
    );
    console.log(instructions());
    return 0;
  }
  if (existing) removePidFile();

  const busy = await probe(PROBE);
  if (!busy.error || busy.error.code !== "ECONNREFUSED") {
    console.error(
      `Something else is listening on port ${PORT} (${busy.error ? busy.error.message : `HTTP ${busy.status}`}). ` +
        `Stop it first; this script only stops the server it started (${path.basename(PID_FILE)}).`,
    );
    return 1;
  }

  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const args = [webpackCli, "serve", "--mode", "development"];
  const log = openSync(LOG_FILE, "w");
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true, // own process group: survives this script, and "npm run stop" can end the whole group
    stdio: ["ignore", log, log],
    windowsHide: true,
    env: { ...withoutForceColor(process.env), NO_COLOR: "1" },
  });
  closeSync(log);
  let exited = null;
  child.on("exit", (code, signal) => (exited = { code, signal }));
  writePidFile({ pid: child.pid, startedAt: new Date().toISOString(), command: [process.execPath, ...args] });
  console.log(`Starting the dev server (pid ${child.pid}), building... log: ${LOG_FILE}`);

  const started = Date.now();
  let last;
  while (Date.now() - started < TIMEOUT_MS) {
    if (exited) {
      removePidFile();
      console.error(`The dev server exited (${exited.signal ?? `code ${exited.code}`}). Last lines of the log:\n`);
      console.error(tail(LOG_FILE));
      return 1;
    }
    last = await probe(PROBE, ca);
    if (last.status === 200) {
      child.unref();
      console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${PROBE} answers with HTTP 200.`);
      console.log(instructions());
      return 0;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error(
    `${PROBE} did not answer within ${TIMEOUT_MS / 1000} s (${last?.error?.message ?? `HTTP ${last?.status}`}). ` +
      `The server is left running; see ${LOG_FILE}, stop it with "npm run stop".\n`,
  );
  console.error(tail(LOG_FILE));
  child.unref();
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`start: ${err.stack || err.message}`);
      process.exit(1);
    },
  );
}
