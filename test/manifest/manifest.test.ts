/**
 * Offline manifest validation (npm run validate:offline).
 *
 * 1. The real manifest.xml passes every rule in manifest-rules.ts.
 * 2. Each rule really fires: a mutated copy of manifest.xml (broken XML, swapped elements, renamed
 *    resid, http:// URL, different Runtime resid, missing zh-CN override, ...) yields that rule's problem.
 * 3. dist/manifest.xml passes too when a build produced it (production: no localhost URL left, and only the
 *    origin prefix differs from manifest.xml); without a build that case is reported as skipped.
 * 4. `office-addin-manifest info` reads the manifest offline and sees both hosts; icons referenced by
 *    the manifest exist in assets/ with the declared pixel size.
 */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { checkManifest, DEV_ORIGIN, RULES, type CheckOptions, type RuleCode } from "./manifest-rules";

const ROOT = join(__dirname, "..", "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const DIST_MANIFEST_PATH = join(ROOT, "dist", "manifest.xml");
const manifest = readFileSync(MANIFEST_PATH, "utf8");

const DEV: CheckOptions = { origin: DEV_ORIGIN };

// ----- mutation helpers: each one fails loudly if the text it targets is not in manifest.xml -----

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Replace the single occurrence of `from` (throws if it occurs 0 or 2+ times). */
function replaceOnce(text: string, from: string, to: string): string {
  const n = count(text, from);
  if (n !== 1) throw new Error(`mutation target occurs ${n} times, expected once: ${from}`);
  return text.replace(from, () => to);
}

/** Replace the first occurrence of `from` (throws if absent). */
function replaceFirst(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`mutation target not found: ${from}`);
  return text.replace(from, () => to);
}

/** Replace every occurrence of `from` (throws if absent). */
function replaceAll(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`mutation target not found: ${from}`);
  return text.split(from).join(to);
}

/** Swap two distinct substrings that each occur exactly once. */
function swap(text: string, a: string, b: string): string {
  const marker = "\u0000SWAP\u0000";
  return replaceOnce(replaceOnce(replaceOnce(text, a, marker), b, a), marker, b);
}

/** Cut `block` (occurring once) and insert it right before `before` (first occurrence). */
function move(text: string, block: string, before: string): string {
  return replaceFirst(replaceOnce(text, block, ""), before, block + before);
}

/** The text of the element starting at the first occurrence of `start` through its matching `end`. */
function blockOf(text: string, start: string, end: string, from = 0): string {
  const i = text.indexOf(start, from);
  if (i < 0) throw new Error(`block start not found: ${start}`);
  const j = text.indexOf(end, i);
  if (j < 0) throw new Error(`block end not found: ${end}`);
  return text.slice(i, j + end.length);
}

/** Apply `mutate` only to the Word (Document) host section of the VersionOverrides. */
function inWordHost(text: string, mutate: (section: string) => string): string {
  const start = text.indexOf('<Host xsi:type="Document">');
  const end = text.indexOf("</Host>", start) + "</Host>".length;
  return text.slice(0, start) + mutate(text.slice(start, end)) + text.slice(end);
}
function inExcelHost(text: string, mutate: (section: string) => string): string {
  const start = text.indexOf('<Host xsi:type="Workbook">');
  const end = text.indexOf("</Host>", start) + "</Host>".length;
  return text.slice(0, start) + mutate(text.slice(start, end)) + text.slice(end);
}

/** Where VersionOverrides' Hosts start: a Requirements element would go right before it. */
const VO_HOSTS = '    <Hosts>\n      <Host xsi:type="Workbook">';

function voRequirements(set: string): string {
  return `    <Requirements>\n      <bt:Sets DefaultMinVersion="1.1">\n        <bt:Set Name="${set}" MinVersion="1.1"/>\n      </bt:Sets>\n    </Requirements>`;
}

function baseRequirements(set: string, version = "1.1"): string {
  return `  <Requirements><Sets DefaultMinVersion="1.1"><Set Name="${set}" MinVersion="${version}"/></Sets></Requirements>`;
}

// ----- the mutation table: one or more cases for every rule -----

interface Mutation {
  name: string;
  mutate: (xml: string) => string;
  /** Problem text expected (substring or pattern) among the problems of `rule`. */
  expect: string | RegExp;
  options?: CheckOptions;
}

const MUTATIONS: Record<RuleCode, Mutation[]> = {
  xml: [
    {
      name: "mismatched closing tag",
      mutate: (x) => replaceOnce(x, "</Permissions>", "</Permission>"),
      expect: /tag mismatch/,
    },
    { name: "truncated file", mutate: (x) => x.slice(0, Math.floor(x.length / 2)), expect: /unclosed xml tag/ },
    {
      name: "attribute given twice",
      mutate: (x) => replaceOnce(x, '<Runtime resid="Taskpane.Url"', '<Runtime resid="Taskpane.Url" resid="Other.Url"'),
      expect: /redefined/,
    },
    {
      name: "unbound namespace prefix",
      mutate: (x) => replaceOnce(x, "<Permissions>", "<xx:Permissions>").replace("</Permissions>", "</xx:Permissions>"),
      expect: /namespace/i,
    },
    {
      name: "bare ampersand (xmldom would silently repair it)",
      mutate: (x) =>
        replaceOnce(x, '<DisplayName DefaultValue="Concord">', '<DisplayName DefaultValue="Concord & Co">'),
      expect: /unescaped "&"/,
    },
    {
      name: "control character (xmldom would silently drop it)",
      mutate: (x) =>
        replaceOnce(x, "<ProviderName>Concord</ProviderName>", "<ProviderName>Con\u0007cord</ProviderName>"),
      expect: /U\+0007/,
    },
    { name: "empty file", mutate: () => "", expect: /root element/ },
  ],
  root: [
    {
      name: "wrong OfficeApp namespace",
      mutate: (x) =>
        replaceOnce(
          x,
          'xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"',
          'xmlns="http://schemas.microsoft.com/office/appforoffice/1.0"',
        ),
      expect: /OfficeApp namespace/,
    },
    {
      name: "not a TaskPaneApp",
      mutate: (x) => replaceOnce(x, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'),
      expect: /TaskPaneApp/,
    },
    {
      name: "wrong bt namespace",
      mutate: (x) =>
        replaceOnce(
          x,
          'xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"',
          'xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.1"',
        ),
      expect: /xmlns:bt/,
    },
    {
      name: "VersionOverrides 1.1 (mail only)",
      mutate: (x) => replaceOnce(x, 'xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'),
      expect: /VersionOverridesV1_0/,
    },
    {
      name: "resource element without the bt: prefix",
      mutate: (x) => replaceOnce(x, "<bt:Urls>", "<Urls>").replace("</bt:Urls>", "</Urls>"),
      expect: /must be bt:Urls/,
    },
  ],
  base: [
    {
      name: "Id is not a GUID",
      mutate: (x) => replaceOnce(x, "<Id>00c4336a-9430-41b1-b93e-4ffd9fbca866</Id>", "<Id>concord</Id>"),
      expect: /GUID/,
    },
    {
      name: "read-only permissions",
      mutate: (x) =>
        replaceOnce(x, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"),
      expect: /ReadWriteDocument/,
    },
  ],
  order: [
    {
      name: "Version and ProviderName swapped",
      mutate: (x) => swap(x, "<Version>0.1.0.0</Version>", "<ProviderName>Concord</ProviderName>"),
      expect: /<Version> must come before <ProviderName>/,
    },
    {
      name: "Permissions before DefaultSettings",
      mutate: (x) => move(x, "<Permissions>ReadWriteDocument</Permissions>\n  ", "<DefaultSettings>"),
      expect: /<DefaultSettings> must come before <Permissions>/,
    },
    {
      name: "Requirements after Hosts inside VersionOverrides",
      mutate: (x) => replaceOnce(x, "    <Resources>", `    ${voRequirements("AddinCommands")}\n    <Resources>`),
      expect: /<Requirements> must come before <Hosts>/,
    },
    {
      name: "FunctionFile before GetStarted",
      mutate: (x) => inExcelHost(x, (h) => move(h, '<FunctionFile resid="Taskpane.Url"/>\n          ', "<GetStarted>")),
      expect: /<GetStarted> must come before <FunctionFile>/,
    },
    {
      name: "Runtimes after AllFormFactors in the Workbook host",
      mutate: (x) =>
        inExcelHost(x, (h) => move(h, blockOf(h, "<Runtimes>", "</Runtimes>") + "\n        ", "<DesktopFormFactor>")),
      expect: /<Runtimes> must come before <AllFormFactors>/,
    },
    {
      name: "CustomFunctions Metadata before Script",
      mutate: (x) => move(x, blockOf(x, "<Metadata>", "</Metadata>") + "\n            ", "<Script>"),
      expect: /<Script> must come before <Metadata>/,
    },
    {
      name: "bt:LongStrings before bt:ShortStrings",
      mutate: (x) => move(x, blockOf(x, "<bt:LongStrings>", "</bt:LongStrings>"), "<bt:ShortStrings>"),
      expect: /<bt:ShortStrings> must come before <LongStrings>/,
    },
    {
      name: "Supertip before Label in a button",
      mutate: (x) =>
        inWordHost(x, (h) =>
          move(
            h,
            blockOf(h, "<Supertip>", "</Supertip>") + "\n                  ",
            '<Label resid="TaskpaneButton.Label"/>',
          ),
        ),
      expect: /<Label> must come before <Supertip>/,
    },
    {
      name: "required Permissions missing",
      mutate: (x) => replaceOnce(x, "<Permissions>ReadWriteDocument</Permissions>", ""),
      expect: /missing required <Permissions>/,
    },
    {
      name: "ProviderName twice",
      mutate: (x) =>
        replaceOnce(
          x,
          "<ProviderName>Concord</ProviderName>",
          "<ProviderName>Concord</ProviderName><ProviderName>X</ProviderName>",
        ),
      expect: /2 <ProviderName> elements/,
    },
    {
      name: "unknown element",
      mutate: (x) => replaceOnce(x, "<DefaultLocale>", "<Locale>en-US</Locale><DefaultLocale>"),
      expect: /<Locale> is not allowed/,
    },
  ],
  resid: [
    {
      name: "a resid renamed (typo)",
      mutate: (x) => replaceOnce(x, 'resid="TaskpaneButton.Tooltip"', 'resid="TaskpaneButton.Tooltp"'),
      expect: /"TaskpaneButton.Tooltp", which is not defined/,
    },
    {
      name: "a resource id renamed (now unused)",
      mutate: (x) => replaceOnce(x, '<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Help.Url"'),
      expect: /"Help.Url" is defined but never used/,
    },
    {
      name: "duplicate resource id",
      mutate: (x) =>
        replaceOnce(
          x,
          '<bt:Url id="WordTaskpane.Url"',
          '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/word.html"/><bt:Url id="WordTaskpane.Url"',
        ),
      expect: /"Taskpane.Url" is defined more than once/,
    },
    {
      name: "resource id longer than 32 characters",
      mutate: (x) => replaceAll(x, '"Functions.Metadata.Url"', '"Functions.Metadata.Url.AllLocales.V2"'),
      expect: /"Functions.Metadata.Url.AllLocales.V2" is \d+ characters, at most 32/,
    },
    {
      name: "Label pointing at a long string",
      mutate: (x) => replaceFirst(x, '<Label resid="Group.Label"/>', '<Label resid="TaskpaneButton.Tooltip"/>'),
      expect: /must refer to bt:ShortStrings/,
    },
    {
      name: "SourceLocation pointing at an image",
      mutate: (x) =>
        replaceOnce(x, '<SourceLocation resid="Functions.Script.Url"/>', '<SourceLocation resid="Icon.16x16"/>'),
      expect: /must refer to bt:Urls/,
    },
    {
      name: "the same Control id in both hosts",
      mutate: (x) => replaceOnce(x, 'id="ConcordWordButton"', 'id="ConcordExcelButton"'),
      expect: /Control id "ConcordExcelButton" is used more than once/,
    },
  ],
  length: [
    {
      name: "tooltip longer than 250 characters",
      mutate: (x) =>
        replaceOnce(
          x,
          'DefaultValue="Open the Concord pane to insert templates, refresh task status and review sign-offs."',
          `DefaultValue="${"Open the Concord pane. ".repeat(12)}"`,
        ),
      expect: /"TaskpaneButton.Tooltip" is \d+ characters, at most 250/,
    },
    {
      name: "icon without the 80px image",
      mutate: (x) => replaceFirst(x, '<bt:Image size="80" resid="Icon.80x80"/>', ""),
      expect: /size 80/,
    },
  ],
  https: [
    {
      name: "http:// script URL",
      mutate: (x) => replaceOnce(x, '"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"'),
      expect: /"Functions.Script.Url" must use https/,
    },
    {
      name: "http:// zh-CN override URL",
      mutate: (x) =>
        replaceOnce(
          x,
          'Value="https://localhost:3000/functions-zh-CN.json"',
          'Value="http://localhost:3000/functions-zh-CN.json"',
        ),
      expect: /Override zh-CN must use https/,
    },
    {
      name: "http:// IconUrl",
      mutate: (x) => replaceOnce(x, '<IconUrl DefaultValue="https://', '<IconUrl DefaultValue="http://'),
      expect: /IconUrl DefaultValue must use https/,
    },
    {
      name: "http:// SupportUrl",
      mutate: (x) => replaceOnce(x, '<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'),
      expect: /SupportUrl DefaultValue must use https/,
    },
    {
      name: "http:// default task pane",
      mutate: (x) => replaceOnce(x, '<SourceLocation DefaultValue="https://', '<SourceLocation DefaultValue="http://'),
      expect: /DefaultSettings\/SourceLocation DefaultValue must use https/,
    },
    {
      name: "http:// AppDomain",
      mutate: (x) =>
        replaceOnce(
          x,
          "  <Hosts>\n    <Host Name=",
          "  <AppDomains><AppDomain>http://partner.example.com</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name=",
        ),
      expect: /AppDomain must use https/,
    },
    {
      name: "relative image URL",
      mutate: (x) =>
        replaceOnce(x, 'DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="assets/icon-16.png"'),
      expect: /"Icon.16x16" is not an absolute URL/,
    },
  ],
  origin: [
    {
      name: "an image from another origin in the dev manifest",
      mutate: (x) =>
        replaceOnce(
          x,
          'DefaultValue="https://localhost:3000/assets/icon-80.png"',
          'DefaultValue="https://cdn.example.com/icon-80.png"',
        ),
      expect: /"Icon.80x80" must start with https:\/\/localhost:3000\//,
    },
    {
      name: "the dev manifest checked as a production manifest",
      mutate: (x) => x,
      options: { production: true },
      expect: /still points at localhost in a production manifest/,
    },
    {
      name: "a production manifest mixing origins",
      mutate: (x) =>
        replaceAll(x, "https://localhost:3000/", "https://concord.example.com/").replace(
          "https://concord.example.com/word.html",
          "https://other.example.com/word.html",
        ),
      options: { production: true },
      expect: /one origin/,
    },
  ],
  runtime: [
    {
      name: "a different Runtime resid",
      mutate: (x) => replaceOnce(x, '<Runtime resid="Taskpane.Url"', '<Runtime resid="WordTaskpane.Url"'),
      expect: /differs from the CustomFunctions <Page> SourceLocation resid "Taskpane.Url"/,
    },
    {
      name: "short-lived runtime",
      mutate: (x) => replaceOnce(x, 'lifetime="long"', 'lifetime="short"'),
      expect: /lifetime="long"/,
    },
    {
      name: "Excel task pane button on another page",
      mutate: (x) =>
        inExcelHost(x, (h) =>
          replaceOnce(
            h,
            '<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>',
            '<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>\n                    <SourceLocation resid="WordTaskpane.Url"/>',
          ),
        ),
      expect: /Excel task pane SourceLocation resid "WordTaskpane.Url" must be the Runtime resid/,
    },
    {
      name: "Excel FunctionFile on another page",
      mutate: (x) =>
        inExcelHost(x, (h) =>
          replaceOnce(h, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="WordTaskpane.Url"/>'),
        ),
      expect: /Excel <FunctionFile resid="WordTaskpane.Url"> must use the Runtime resid/,
    },
    {
      name: "no Runtimes",
      mutate: (x) => replaceOnce(x, blockOf(x, "<Runtimes>", "</Runtimes>"), ""),
      expect: /exactly one <Runtimes><Runtime\/>/,
    },
  ],
  namespace: [
    {
      name: "a different default namespace",
      mutate: (x) => replaceOnce(x, 'DefaultValue="CONCORD">', 'DefaultValue="CONCORD2">'),
      expect: /must be "CONCORD" in every language, found "CONCORD2"/,
    },
    {
      name: "a translated namespace",
      mutate: (x) =>
        replaceOnce(x, '<bt:Override Locale="zh-CN" Value="CONCORD"/>', '<bt:Override Locale="zh-CN" Value="协作"/>'),
      expect: /found "协作"/,
    },
  ],
  "zh-CN": [
    {
      name: "a ShortString without zh-CN override",
      mutate: (x) => replaceOnce(x, '<bt:Override Locale="zh-CN" Value="开始使用 Concord 跨部门协作"/>', ""),
      expect: /"GetStarted.Title" has no <bt:Override Locale="zh-CN">/,
    },
    {
      name: "a LongString override for another locale only",
      mutate: (x) =>
        replaceOnce(
          x,
          '<bt:Override Locale="zh-CN" Value="打开 Concord 窗格：插入表单',
          '<bt:Override Locale="zh-TW" Value="打开 Concord 窗格：插入表单',
        ),
      expect: /"WordTaskpaneButton.Tooltip" has no <bt:Override Locale="zh-CN">/,
    },
    {
      name: "DisplayName without zh-CN override",
      mutate: (x) => replaceOnce(x, '<Override Locale="zh-CN" Value="Concord 跨部门协作"/>', ""),
      expect: /<DisplayName> has no <Override Locale="zh-CN">/,
    },
    {
      name: "Description with an empty zh-CN override",
      mutate: (x) =>
        replaceOnce(
          x,
          blockOf(x, '<Override Locale="zh-CN" Value="在 Excel', "/>"),
          '<Override Locale="zh-CN" Value=""/>',
        ),
      expect: /<Description> has no <Override Locale="zh-CN">/,
    },
    {
      name: "functions metadata without zh-CN override",
      mutate: (x) =>
        replaceOnce(x, '<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions-zh-CN.json"/>', ""),
      expect: /functions metadata URL "Functions.Metadata.Url" has no zh-CN override/,
    },
  ],
  word: [
    {
      name: "Word task pane on the shared runtime page",
      mutate: (x) =>
        inWordHost(x, (h) =>
          replaceOnce(h, '<SourceLocation resid="WordTaskpane.Url"/>', '<SourceLocation resid="Taskpane.Url"/>'),
        ),
      expect: /Word <SourceLocation resid="Taskpane.Url"> loads https:\/\/localhost:3000\/taskpane.html/,
    },
    {
      name: "Word FunctionFile on the custom functions script",
      mutate: (x) =>
        inWordHost(x, (h) =>
          replaceOnce(h, '<FunctionFile resid="WordTaskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
        ),
      expect:
        /Word <FunctionFile resid="Functions.Script.Url"> loads .*functions.js, which is the custom functions Script/,
    },
    {
      name: "Word page URL changed to the Excel page (under its own resid)",
      mutate: (x) => replaceOnce(x, '"https://localhost:3000/word.html"', '"https://localhost:3000/taskpane.html"'),
      expect: /Word <FunctionFile resid="WordTaskpane.Url"> loads https:\/\/localhost:3000\/taskpane.html/,
    },
    {
      name: "Runtimes in the Document host",
      mutate: (x) =>
        inWordHost(x, (h) =>
          replaceOnce(
            h,
            "<DesktopFormFactor>",
            '<Runtimes><Runtime resid="WordTaskpane.Url" lifetime="long"/></Runtimes>\n        <DesktopFormFactor>',
          ),
        ),
      expect: /Document host must not declare <Runtimes>/,
    },
  ],
  hosts: [
    {
      name: "Document missing from the base Hosts",
      mutate: (x) => replaceOnce(x, '<Host Name="Document"/>', ""),
      expect: /<Hosts> has no <Host Name="Document"\/>/,
    },
    {
      name: "Workbook missing from the base Hosts",
      mutate: (x) => replaceOnce(x, '<Host Name="Workbook"/>', ""),
      expect: /<Hosts> has no <Host Name="Workbook"\/>/,
    },
    {
      name: "no Document host in VersionOverrides",
      mutate: (x) => replaceOnce(x, blockOf(x, '<Host xsi:type="Document">', "</Host>"), ""),
      expect: /VersionOverrides has no <Host xsi:type="Document">/,
    },
    {
      name: "Word button on the Insert tab",
      mutate: (x) => inWordHost(x, (h) => replaceOnce(h, '<OfficeTab id="TabHome">', '<OfficeTab id="TabInsert">')),
      expect: /the Document host has no Home-tab button/,
    },
    {
      name: "an extra PowerPoint host",
      mutate: (x) =>
        replaceOnce(x, '<Host Name="Document"/>', '<Host Name="Document"/>\n    <Host Name="Presentation"/>'),
      expect: /unexpected <Host Name="Presentation"\/>/,
    },
  ],
  // Office ignores a whole VersionOverrides (both buttons, the custom functions) where a client lacks one of its
  // Requirements (office-js-docs-pr docs/develop/specify-office-hosts-and-api-requirements.md, "Specify requirements in
  // a VersionOverrides element"); SharedRuntime 1.1 is missing in Word 2019/2021 and Excel 2019
  // (office-js-docs-reference docs/requirement-sets/common/shared-runtime-requirement-sets.md); TaskPaneApp supports
  // only VersionOverrides 1.0, nested ones "not currently usable" (docs/manifest/versionoverrides.md,
  // versionoverrides-1-0-taskpane.md). docs/en-US/office-versions.md has the resulting matrix.
  requirements: [
    {
      name: "SharedRuntime back in VersionOverrides (hid the button in Word 2019/2021 and Excel 2019)",
      mutate: (x) => replaceOnce(x, VO_HOSTS, `${voRequirements("SharedRuntime")}\n${VO_HOSTS}`),
      expect: /VersionOverrides <Requirements> \(SharedRuntime\) gates both hosts.*Word 2019\/2021/,
    },
    {
      name: "CustomFunctionsRuntime in VersionOverrides (would hide Word's button)",
      mutate: (x) => replaceOnce(x, VO_HOSTS, `${voRequirements("CustomFunctionsRuntime")}\n${VO_HOSTS}`),
      expect: /VersionOverrides <Requirements> \(CustomFunctionsRuntime\) gates both hosts/,
    },
    {
      name: "WordApi in the base manifest (would hide the add-in from Excel)",
      mutate: (x) => replaceOnce(x, "  <DefaultSettings>", `${baseRequirements("WordApi")}\n  <DefaultSettings>`),
      expect: /base <Requirements> lists WordApi/,
    },
    {
      name: "SharedRuntime in the base manifest (the single-host recipe: no install in Word 2019/2021)",
      mutate: (x) => replaceOnce(x, "  <DefaultSettings>", `${baseRequirements("SharedRuntime")}\n  <DefaultSettings>`),
      expect: /base <Requirements> lists SharedRuntime: Office would not install Concord/,
    },
    {
      name: "nested VersionOverrides 1.1 carrying the shared runtime (Outlook-only)",
      mutate: (x) =>
        replaceOnce(
          x,
          "  </VersionOverrides>",
          '    <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1" ' +
            `xsi:type="VersionOverridesV1_1">\n${voRequirements("SharedRuntime")}\n    </VersionOverrides>\n  </VersionOverrides>`,
        ),
      expect: /nested <VersionOverrides> is not usable in a task pane add-in/,
    },
    {
      name: "invalid version",
      mutate: (x) =>
        replaceOnce(x, "  <DefaultSettings>", `${baseRequirements("DialogApi", "one")}\n  <DefaultSettings>`),
      expect: /invalid version "one"/,
    },
  ],
};

// ------------------------------------------------------------------------------------------------

describe("manifest.xml", () => {
  it("has no problems", () => {
    expect(checkManifest(manifest, DEV)).toEqual([]);
  });

  it("keeps every quoted URL on the dev origin (the production build rewrites that prefix)", () => {
    const urls = [...manifest.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(DEV_ORIGIN))).toEqual([]);
  });

  it("is read offline by `office-addin-manifest info`, which sees both hosts", () => {
    const cli = join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
    const out = execFileSync(process.execPath, [cli, "info", MANIFEST_PATH], { encoding: "utf8", timeout: 30_000 });
    expect(out).toMatch(/Id: 00c4336a-9430-41b1-b93e-4ffd9fbca866/);
    expect(out).toMatch(/Name: Concord/);
    expect(out).toMatch(/Hosts: Workbook, Document/);
  });

  it("references icons that exist in assets/ with the declared pixel size", () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThan(0);
    for (const [, file, size] of icons) {
      const png = readFileSync(join(ROOT, file as string));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
      expect(png.readUInt32BE(16)).toBe(Number(size));
      expect(png.readUInt32BE(20)).toBe(Number(size));
    }
  });
});

describe("each rule detects a broken copy of manifest.xml", () => {
  it("covers every rule with at least one mutation", () => {
    for (const code of Object.keys(RULES) as RuleCode[]) expect(MUTATIONS[code].length).toBeGreaterThan(0);
  });

  for (const code of Object.keys(RULES) as RuleCode[]) {
    describe(`[${code}] ${RULES[code]}`, () => {
      for (const m of MUTATIONS[code]) {
        it(m.name, () => {
          const mutated = m.mutate(manifest);
          const options = m.options ?? DEV;
          if (!m.options) expect(mutated).not.toBe(manifest);
          const problems = checkManifest(mutated, options);
          const ofRule = problems.filter((p) => p.startsWith(`[${code}] `));
          const hit = ofRule.some((p) => (typeof m.expect === "string" ? p.includes(m.expect) : m.expect.test(p)));
          if (!hit) {
            throw new Error(
              `expected a [${code}] problem matching ${String(m.expect)}; got:\n${problems.join("\n") || "(no problems)"}`,
            );
          }
        });
      }
    });
  }
});

describe("built manifest (dist/manifest.xml)", () => {
  const dist = existsSync(DIST_MANIFEST_PATH) ? readFileSync(DIST_MANIFEST_PATH, "utf8") : undefined;
  // `npm run build:dev` copies manifest.xml unchanged; `npm run build` rewrites DEV_ORIGIN to CONCORD_ORIGIN.
  const kind = dist === undefined ? "none" : dist.includes(DEV_ORIGIN) ? "development" : "production";
  const devIcon = /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
  const iconPath = devIcon.slice(DEV_ORIGIN.length); // e.g. "assets/icon-32.png"

  if (dist === undefined) {
    it.skip("dist/manifest.xml — skipped: no build output found (run `npm run build` or `npm run build:dev`)", () => {});
    return;
  }

  it(`dist/manifest.xml (${kind} build) has no problems${kind === "production" ? " and no localhost URL" : ""}`, () => {
    expect(checkManifest(dist, kind === "production" ? { production: true } : DEV)).toEqual([]);
  });

  it(`dist/manifest.xml (${kind} build) differs from manifest.xml only by the origin prefix`, () => {
    // The build only rewrites the origin: same add-in, same resources, same structure.
    const distIcon = /<IconUrl DefaultValue="([^"]+)"/.exec(dist)?.[1] ?? "";
    expect(distIcon.endsWith(iconPath)).toBe(true);
    const prefix = distIcon.slice(0, distIcon.length - iconPath.length);
    expect(prefix).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
    const normalized = dist.split(prefix).join(DEV_ORIGIN);
    if (normalized !== manifest) {
      const a = normalized.split("\n");
      const b = manifest.split("\n");
      const line = a.findIndex((l, i) => l !== b[i]);
      throw new Error(
        `dist/manifest.xml is stale or changed beyond the origin prefix ${prefix} — rebuild it. ` +
          `First difference at line ${line + 1}:\n  dist:         ${a[line] ?? "(end)"}\n  manifest.xml: ${b[line] ?? "(end)"}`,
      );
    }
  });
});
