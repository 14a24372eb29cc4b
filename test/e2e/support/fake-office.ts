/**
 * A fake `Office` (and `CustomFunctions`) global for pages opened outside Office, installed with
 * page.addInitScript before any page script runs. The real office.js must then be kept from loading
 * (it would replace the fake): route its URL to an empty script (see OFFICE_JS_STUB).
 *
 * The task pane reads only Office.onReady() → { host } and Office.context.displayLanguage (src/taskpane/host.ts);
 * functions.js calls CustomFunctions.associate(id, fn) for every custom function (taskpane.html only).
 */

export interface FakeOfficeOptions {
  /** What Office.onReady reports as host: "Excel", "Word", "PowerPoint", … */
  host: string;
  /** Office.context.displayLanguage, e.g. "zh-CN". */
  displayLanguage: string;
}

/** Where the fake records what the page did, readable with page.evaluate. */
export const FAKE_OFFICE_LOG = "__concordFakeOffice";

export interface FakeOfficeLog {
  /** Ids passed to CustomFunctions.associate, in call order. */
  associated: string[];
  /** How often Office.onReady was called. */
  onReadyCalls: number;
}

/**
 * Browser-side source. Kept as plain ES2017 text rather than a TypeScript function so that no
 * compiler helper (e.g. __assign for object spread) ends up in code that runs in the page.
 */
export function fakeOfficeScript(options: FakeOfficeOptions): string {
  return `(function (options) {
  "use strict";
  var log = { associated: [], onReadyCalls: 0 };
  window[${JSON.stringify(FAKE_OFFICE_LOG)}] = log;
  var info = { host: options.host, platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: { displayLanguage: options.displayLanguage, contentLanguage: options.displayLanguage },
    onReady: function (callback) {
      log.onReadyCalls += 1;
      if (typeof callback === "function") callback(info);
      return Promise.resolve(info);
    },
  };
  window.CustomFunctions = {
    associate: function (id, fn) {
      if (typeof id !== "string" || typeof fn !== "function") throw new TypeError("bad CustomFunctions.associate call");
      log.associated.push(id);
    },
  };
})(${JSON.stringify(options)});`;
}

/** Body served instead of office.js while the fake is installed. */
export const OFFICE_JS_STUB = "/* office.js replaced by the e2e test's fake Office global */\n";
