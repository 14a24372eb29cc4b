#!/usr/bin/env node
// Development HTTPS certificates for https://localhost:3000 (npm run certs).
//
// Uses the files office-addin-dev-certs keeps in ~/.office-addin-dev-certs (ca.crt, localhost.crt, localhost.key)
// and reads them directly: office-addin-dev-certs' getHttpsServerOptions() throws on Linux without sudo.
// Missing, expired or inconsistent certificates are regenerated with office-addin-dev-certs' generateCertificates().
// Trusting the CA is the operating system's / browser's business: on Windows and macOS we try office-addin-dev-certs'
// installer (it may ask for confirmation); on Linux we only print instructions.
//
//   node scripts/certs.mjs              ensure certificates, try to trust the CA on Windows/macOS if newly created
//   node scripts/certs.mjs --force      regenerate even if the current ones are fine
//   node scripts/certs.mjs --install    also try to trust the CA (any platform; needs sudo on Linux)
//   node scripts/certs.mjs --no-install never try to trust the CA
//   node scripts/certs.mjs --check      exit 1 if the certificates are missing or invalid, change nothing

import { X509Certificate, createPrivateKey } from "node:crypto";
import { chmodSync, existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

export const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
export const CA_PATH = path.join(CERT_DIR, "ca.crt");
export const CERT_PATH = path.join(CERT_DIR, "localhost.crt");
export const KEY_PATH = path.join(CERT_DIR, "localhost.key");

/** Validity of newly generated certificates. office-addin-dev-certs' default is 30 days (then the CA must be trusted again). */
const VALID_DAYS = 365;
/** Regenerate when the localhost certificate expires within this many days. */
const RENEW_BEFORE_DAYS = 2;

/** Why the current certificates are unusable, or null when they are fine. */
export function certificateProblem() {
  for (const file of [CA_PATH, CERT_PATH, KEY_PATH]) {
    if (!existsSync(file)) return `${file} does not exist`;
  }
  try {
    const ca = new X509Certificate(readFileSync(CA_PATH));
    const cert = new X509Certificate(readFileSync(CERT_PATH));
    const key = createPrivateKey(readFileSync(KEY_PATH));
    const now = Date.now();
    if (Date.parse(cert.validTo) - now < RENEW_BEFORE_DAYS * 86_400_000) return `${CERT_PATH} expires ${cert.validTo}`;
    if (Date.parse(ca.validTo) - now < RENEW_BEFORE_DAYS * 86_400_000) return `${CA_PATH} expires ${ca.validTo}`;
    if (Date.parse(cert.validFrom) > now + 60_000) return `${CERT_PATH} is not valid before ${cert.validFrom}`;
    if (!cert.checkPrivateKey(key)) return `${KEY_PATH} does not belong to ${CERT_PATH}`;
    if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return `${CERT_PATH} was not issued by ${CA_PATH}`;
    if (!cert.checkHost("localhost")) return `${CERT_PATH} is not valid for localhost`;
  } catch (err) {
    return `cannot read the certificates in ${CERT_DIR}: ${err.message}`;
  }
  return null;
}

/** `{ key, cert, ca }` for an https server (webpack-dev-server `server.options`). Call ensureCertificates() first. */
export function readHttpsOptions() {
  return { key: readFileSync(KEY_PATH), cert: readFileSync(CERT_PATH), ca: readFileSync(CA_PATH) };
}

export function trustInstructions() {
  const ca = CA_PATH;
  const lines = [
    `To make browsers and Office trust https://localhost:3000, trust the development CA certificate:`,
    `  ${ca}`,
  ];
  if (process.platform === "win32") {
    lines.push(
      `  Windows: certutil -user -addstore Root "${ca}"`,
      `           (or double-click ca.crt > Install Certificate > Current User > "Trusted Root Certification Authorities")`,
    );
  } else if (process.platform === "darwin") {
    lines.push(`  macOS:   security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db "${ca}"`);
  } else {
    lines.push(
      `  Linux, Chrome/Edge: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in dev CA" -i "${ca}"`,
      `                      (package libnss3-tools; or Settings > Privacy and security > Security > Manage certificates > Authorities > Import)`,
      `  Linux, system-wide: sudo cp "${ca}" /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
      `  Firefox:            Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import`,
    );
  }
  lines.push(
    `  Then restart the browser / Office. (Office on the web uses the browser's trust store; desktop Office the system's.)`,
  );
  return lines.join("\n");
}

async function tryInstallCa() {
  const { installCaCertificate } = require("office-addin-dev-certs");
  try {
    await installCaCertificate(CA_PATH, false);
    return true;
  } catch (err) {
    console.warn(`Could not trust the CA certificate automatically: ${String(err.message).split("\n")[0]}`);
    return false;
  }
}

/**
 * Make sure valid certificates exist (generating them if needed).
 * @param {{ force?: boolean, install?: boolean | "auto", quiet?: boolean }} [options]
 *   install "auto" (default): try to trust a newly generated CA on Windows/macOS only.
 * @returns {Promise<{ generated: boolean, trusted: boolean | null }>}
 */
export async function ensureCertificates(options = {}) {
  const { force = false, install = "auto", quiet = false } = options;
  const log = quiet ? () => {} : (...args) => console.log(...args);
  const problem = force ? "regeneration requested" : certificateProblem();
  if (!problem) {
    log(`Development certificates OK: ${CERT_DIR}`);
    if (install === true) return { generated: false, trusted: await tryInstallCa() };
    return { generated: false, trusted: null };
  }

  log(`Generating development certificates (${problem}).`);
  // generateCertificates() does not overwrite an existing ca.crt, so remove the three files first.
  for (const file of [CA_PATH, CERT_PATH, KEY_PATH]) rmSync(file, { force: true });
  const { generateCertificates } = require("office-addin-dev-certs");
  await generateCertificates(CA_PATH, CERT_PATH, KEY_PATH, VALID_DAYS, ["127.0.0.1", "localhost"]);
  if (process.platform !== "win32") chmodSync(KEY_PATH, 0o600); // written world-readable by office-addin-dev-certs
  const after = certificateProblem();
  if (after) throw new Error(`office-addin-dev-certs did not produce usable certificates: ${after}`);

  let trusted = null;
  const shouldInstall = install === true || (install === "auto" && process.platform !== "linux");
  if (shouldInstall) trusted = await tryInstallCa();
  if (!trusted) log(`\n${trustInstructions()}\n`);
  return { generated: true, trusted };
}

async function main(argv) {
  if (argv.includes("--check")) {
    const problem = certificateProblem();
    console.log(problem ? `Certificates unusable: ${problem}` : `Development certificates OK: ${CERT_DIR}`);
    return problem ? 1 : 0;
  }
  const install = argv.includes("--no-install") ? false : argv.includes("--install") ? true : "auto";
  const result = await ensureCertificates({ force: argv.includes("--force"), install });
  if (!result.generated && result.trusted === null) {
    console.log(`(The CA must be trusted once per machine; run "npm run certs -- --install" or see below.)\n`);
    console.log(trustInstructions());
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`certs: ${err.message}`);
      process.exit(1);
    },
  );
}
