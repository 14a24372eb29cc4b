#!/usr/bin/env node
// npm run stop: ends the dev server that "npm start" started (and only that one), using .concord-dev-server.pid.

import { execFileSync } from "node:child_process";
import { PID_FILE, isRunning, readPidFile, removePidFile } from "./dev-server-state.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function signal(pid, sig) {
  try {
    // start.mjs spawns the server detached, so it leads its own process group: signal the group.
    process.kill(-pid, sig);
  } catch {
    try {
      process.kill(pid, sig);
    } catch {
      /* already gone */
    }
  }
}

async function main() {
  const state = readPidFile();
  if (!state) {
    console.log(`No dev server recorded (${PID_FILE} not found); nothing to stop.`);
    return 0;
  }
  if (!isRunning(state)) {
    removePidFile();
    console.log(`The dev server (pid ${state.pid}) is not running any more; removed the stale pid file.`);
    return 0;
  }

  if (process.platform === "win32") {
    execFileSync("taskkill", ["/pid", String(state.pid), "/T", "/F"], { stdio: "inherit" });
  } else {
    signal(state.pid, "SIGTERM");
    for (let i = 0; i < 50 && isRunning(state); i++) await sleep(200);
    if (isRunning(state)) {
      console.log(`pid ${state.pid} ignored SIGTERM for 10 s; sending SIGKILL.`);
      signal(state.pid, "SIGKILL");
      for (let i = 0; i < 25 && isRunning(state); i++) await sleep(200);
    }
  }
  if (isRunning(state)) {
    console.error(`Could not stop the dev server (pid ${state.pid}).`);
    return 1;
  }
  removePidFile();
  console.log(`Stopped the dev server (pid ${state.pid}).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`stop: ${err.message}`);
    process.exit(1);
  },
);
