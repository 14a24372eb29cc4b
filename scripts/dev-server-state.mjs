// Shared by start.mjs and stop.mjs: where the background dev server's pid and log live, and whether it still runs.

import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PID_FILE = path.join(ROOT, ".concord-dev-server.pid");
export const LOG_FILE = path.join(ROOT, ".concord-dev-server.log");

/** `{ pid, startedAt, command }` or null (no file, or unreadable). */
export function readPidFile() {
  if (!existsSync(PID_FILE)) return null;
  try {
    const text = readFileSync(PID_FILE, "utf8").trim();
    const data = text.startsWith("{") ? JSON.parse(text) : { pid: Number(text) };
    return Number.isInteger(data.pid) && data.pid > 0 ? data : null;
  } catch {
    return null;
  }
}

export function writePidFile(data) {
  writeFileSync(PID_FILE, JSON.stringify(data, null, 2) + "\n");
}

export function removePidFile() {
  rmSync(PID_FILE, { force: true });
}

/**
 * Whether the process in the pid file is alive and (where /proc exists) still the webpack dev server,
 * so that a recycled pid is never mistaken for ours.
 */
export function isRunning(state) {
  try {
    process.kill(state.pid, 0);
  } catch (err) {
    if (err.code !== "EPERM") return false;
  }
  const cmdline = `/proc/${state.pid}/cmdline`;
  if (existsSync(cmdline)) {
    // webpack-cli sets process.title to "webpack", which replaces the visible command line.
    return readFileSync(cmdline, "utf8").includes("webpack");
  }
  return true;
}
