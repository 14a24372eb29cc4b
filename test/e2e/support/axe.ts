/**
 * axe-core in a page under the pane's Content-Security-Policy: the script is served from the page's own origin
 * (a route on the page, so script-src 'self' admits it) rather than inlined, which the policy forbids.
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_PATH = "__e2e-axe.min.js";

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Each failing element's HTML (cut short) and axe's summary of what is wrong. */
  targets: string[];
}

/** Serious and critical violations of WCAG 2.x A/AA rules (and axe's best practices) on the page as it is now. */
export async function seriousViolations(page: Page, origin: string): Promise<AxeViolation[]> {
  const url = `${origin}${AXE_PATH}`;
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: AXE_SOURCE }),
    );
    await page.addScriptTag({ url });
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; html: string; failureSummary?: string }[];
      }[];
    }
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => `${n.html.slice(0, 160)} — ${n.failureSummary ?? ""}`),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
