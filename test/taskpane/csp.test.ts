/**
 * The pages' Content-Security-Policy: no inline script but the legacy-browser check (allowed by its hash, recomputed
 * here from the page, so editing the script without updating the hash fails), no eval, scripts from this origin and
 * the Office.js CDN only. Checked on the template and on built pages when a build made them.
 */
import { createHash } from "crypto";
import { existsSync, readFileSync, statSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const TEMPLATE = "src/taskpane/taskpane.html";
const built = (path: string) =>
  existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).mtimeMs >= statSync(join(ROOT, TEMPLATE)).mtimeMs;
// Built pages older than the template come from an earlier build: not checked.
const PAGES = [TEMPLATE, ...["dist/taskpane.html", "dist/word.html"].filter(built)];

function policyOf(page: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(page);
  if (!meta) throw new Error("no Content-Security-Policy meta tag");
  return new Map(
    meta[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe.each(PAGES)("%s", (path) => {
  const page = readFileSync(join(ROOT, path), "utf8");
  const policy = policyOf(page);

  it("allows scripts from this origin, the Office.js CDN and the inline legacy check by its hash only", () => {
    const inline = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const hashes = inline.map((code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`);
    const scriptSrc = policy.get("script-src") ?? [];
    expect(hashes).toHaveLength(1);
    // The template's hash and the production build's (the minified script); nothing else.
    expect(scriptSrc).toEqual(expect.arrayContaining(["'self'", "https://appsforoffice.microsoft.com", ...hashes]));
    expect(scriptSrc.filter((s) => !s.startsWith("'sha256-"))).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
    ]);
    expect(scriptSrc.filter((s) => s.startsWith("'sha256-"))).toHaveLength(2);
  });

  it("allows no eval or inline script anywhere, no plugins, no base or form hijacking", () => {
    for (const values of policy.values()) {
      expect(values).not.toContain("'unsafe-eval'");
    }
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
  });

  it("comes before any script", () => {
    expect(page.indexOf("Content-Security-Policy")).toBeLessThan(page.indexOf("<script"));
  });
});

describe("dev server", () => {
  const config = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
  const devServer = config.slice(config.indexOf("devServer:"));

  it("listens on localhost only and sends no Access-Control-Allow-Origin header", () => {
    expect(devServer).toMatch(/host: "localhost"/);
    expect(config).not.toMatch(/Access-Control-Allow-Origin/);
  });
});
