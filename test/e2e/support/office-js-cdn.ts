/**
 * The production build loads Office.js from Microsoft's CDN, which the tests cannot reach (and must not: every
 * request stays on loopback). This stand-in answers CDN requests from the @microsoft/office-js npm package,
 * the same files the development build copies into dist/ (office.js loads its other files relative to itself).
 */
import { existsSync, statSync } from "fs";
import path from "path";
import type { Route } from "playwright-core";
import type { OutsideHandler } from "./browser";
import { contentTypeFor } from "./static-server";

/** What webpack.config.js puts into the production pages (OFFICE_JS_CDN). */
export const OFFICE_JS_CDN_BASE = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_JS_CDN = `${OFFICE_JS_CDN_BASE}office.js`;

const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** Serves https://appsforoffice.microsoft.com/lib/1/hosted/<file> from node_modules/@microsoft/office-js/dist/<file>. */
export const officeJsCdnStandIn: OutsideHandler = async (route: Route) => {
  const url = new URL(route.request().url());
  const cdn = new URL(OFFICE_JS_CDN_BASE);
  if (url.origin !== cdn.origin || !url.pathname.startsWith(cdn.pathname)) return false;
  const relative = decodeURIComponent(url.pathname.slice(cdn.pathname.length));
  const file = path.resolve(OFFICE_JS_DIST, relative);
  if (!file.startsWith(OFFICE_JS_DIST + path.sep) || !existsSync(file) || !statSync(file).isFile()) return false;
  await route.fulfill({ status: 200, path: file, contentType: contentTypeFor(file) });
  return true;
};
