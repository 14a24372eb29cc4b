/**
 * Offline checks for Concord's add-in only (XML) manifest.
 *
 * `office-addin-manifest validate` needs Microsoft's online service and no XSD ships in any npm
 * package, so these rules re-check, offline, the parts of the schema and of the product design that
 * break an add-in silently when they are wrong.
 *
 * Every problem is a string starting with a rule code in brackets, e.g. "[order] ...", so tests
 * can assert which rule fired. An empty list means the manifest passed.
 *
 * Sources for the schema facts encoded here:
 * - [MS-OWEMXML] 5.2 (appforoffice/1.1: OfficeApp / TaskPaneApp sequences), 5.6 (officeappbasictypes:
 *   ReferenceId max 32 chars, ShortString 125, LongString 250, URL 2048, Sets/Set), 5.7
 *   (taskpaneappversionoverrides: VersionOverridesV1_0 = Description?, Requirements?, Hosts, Resources?,
 *   WebApplicationInfo?, EquivalentAddins?; Host = Runtimes?, AllFormFactors?, DesktopFormFactor?;
 *   ShowTaskpane = TaskpaneId?, SourceLocation, Title?; Supertip = Title, Description).
 * - learn.microsoft.com "Configure your Office Add-in to use a shared runtime" (same resid for Runtime,
 *   CustomFunctions Page, FunctionFile and the task pane button), "Specify Office hosts and API
 *   requirements", Resources / AppDomain / GetStarted element references, and Microsoft's yo office
 *   custom-functions template manifest.
 * - Requirements in a mixed Excel + Word manifest, in OfficeDev/office-js-docs-pr @096a3ee:
 *   docs/develop/specify-office-hosts-and-api-requirements.md ("Specify requirements in a VersionOverrides element":
 *   markup in a VersionOverrides whose Requirements a client lacks is ignored, every add-in command with it) and
 *   docs/develop/understand-requirement-configuration.md (sets one host lacks disable the add-in for all hosts);
 *   docs/develop/configure-your-add-in-to-use-a-shared-runtime.md (Runtime lifetime="long" is what makes the runtime
 *   shared). In OfficeDev/office-js-docs-reference @fa81c2a: docs/manifest/versionoverrides.md and
 *   versionoverrides-1-0-taskpane.md (TaskPaneApp supports only VersionOverrides 1.0; a nested VersionOverrides is
 *   "not currently usable" there, 1.1 is Outlook's), docs/manifest/runtimes.md (Runtimes is associated with
 *   SharedRuntime 1.1), docs/requirement-sets/common/shared-runtime-requirement-sets.md and
 *   add-in-commands-requirement-sets.md (which Office versions have SharedRuntime and add-in commands).
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";

export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  taskpaneOverrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
} as const;

/** Origin every URL in the development manifest starts with (the production build rewrites it). */
export const DEV_ORIGIN = "https://localhost:3000/";

/** The custom functions namespace (formula prefix) in every language. */
export const FUNCTIONS_NAMESPACE = "CONCORD";

export const REQUIRED_LOCALE = "zh-CN";

export interface CheckOptions {
  /** If set, every URL (except AppDomains) must start with this prefix. */
  origin?: string;
  /** Production manifest: no URL may point at localhost, and all URLs must share one origin. */
  production?: boolean;
}

/** Rule codes, in the order they are checked. */
export const RULES = {
  xml: "XML is well-formed (parser errors and warnings are problems)",
  root: "root is OfficeApp (appforoffice 1.1, TaskPaneApp) with the right namespaces",
  base: "base manifest values (GUID Id, version, permissions)",
  order: "child elements appear in schema order with the right multiplicity",
  resid: "every resid resolves to a resource of the right kind; ids unique and <= 32 chars",
  length: "string and URL resources within schema length limits; icons have 16/32/80",
  https: "every URL is an absolute https URL",
  origin: "every URL starts with the expected origin",
  runtime: "shared runtime: Runtime resid = CustomFunctions Page = FunctionFile = Excel task pane",
  namespace: "custom functions namespace is CONCORD in every language",
  "zh-CN": "DisplayName, Description, every Short/LongString and the functions metadata have a zh-CN override",
  word: "Word (Document host) never loads the custom functions page, script or metadata",
  hosts: "both Workbook and Document hosts are declared and have a task pane button",
  requirements: "no requirement set gates the add-in or its buttons (checked at run time); no nested VersionOverrides",
} as const;

export type RuleCode = keyof typeof RULES;

/** Where SharedRuntime 1.1 is missing (office-js-docs-reference docs/requirement-sets/common/shared-runtime-requirement-sets.md). */
const SHARED_RUNTIME_GAP = " (no SharedRuntime 1.1 in Word 2019/2021, Word before Microsoft 365 2205, Excel 2016/2019)";

/** Requirement sets that only one Office application supports. */
const HOST_SPECIFIC_SETS =
  /^(ExcelApi|ExcelApiOnline|ExcelApiDesktop|WordApi|WordApiOnline|WordApiDesktop|WordApiHiddenDocument|CustomFunctionsRuntime|PowerPointApi|OneNoteApi|Mailbox)$/i;

// ---------------------------------------------------------------------------------------------
// DOM helpers

function elementChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const n = el.childNodes[i];
    if (n && n.nodeType === 1) out.push(n as XmlElement);
  }
  return out;
}

function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of elementChildren(e)) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function firstChild(el: XmlElement | undefined, localName: string): XmlElement | undefined {
  if (!el) return undefined;
  return elementChildren(el).find((c) => c.localName === localName);
}

function childrenNamed(el: XmlElement | undefined, localName: string): XmlElement[] {
  if (!el) return [];
  return elementChildren(el).filter((c) => c.localName === localName);
}

/** xsi:type without a namespace prefix ("ov:Workbook" → "Workbook"). */
function xsiType(el: XmlElement): string | undefined {
  const v = el.getAttributeNS(NS.xsi, "type");
  if (!v) return undefined;
  const i = v.indexOf(":");
  return i >= 0 ? v.slice(i + 1) : v;
}

function attr(el: XmlElement, name: string): string | undefined {
  return el.hasAttribute(name) ? (el.getAttribute(name) ?? undefined) : undefined;
}

function at(el: XmlElement): string {
  return el.lineNumber ? ` (line ${el.lineNumber})` : "";
}

function label(el: XmlElement): string {
  const t = xsiType(el);
  const id = attr(el, "id");
  return `<${el.tagName}${t ? ` xsi:type="${t}"` : ""}${id ? ` id="${id}"` : ""}>`;
}

// ---------------------------------------------------------------------------------------------
// Schema sequences (child order and multiplicity)

interface Slot {
  name: string;
  min: number;
  max: number; // Infinity for unbounded
}

const seq = (...slots: Array<[string, number, number]>): Slot[] =>
  slots.map(([name, min, max]) => ({ name, min, max }));

const N = Infinity;

/** OfficeApp (base type) followed by the TaskPaneApp extension — MS-OWEMXML 5.2. */
const TASKPANE_APP = seq(
  ["Id", 1, 1],
  ["AlternateId", 0, 1],
  ["Version", 1, 1],
  ["ProviderName", 1, 1],
  ["DefaultLocale", 1, 1],
  ["DisplayName", 1, 1],
  ["Description", 1, 1],
  ["IconUrl", 0, 1],
  ["HighResolutionIconUrl", 0, 1],
  ["SupportUrl", 0, 1],
  ["AppDomains", 0, 1],
  ["Hosts", 0, 1],
  ["Requirements", 0, 1],
  ["DefaultSettings", 1, 1],
  ["Permissions", 1, 1],
  ["Dictionary", 0, 1],
  ["VersionOverrides", 0, 1],
  ["ExtendedOverrides", 0, 1],
  ["Signature", 0, 1],
);

const VERSION_OVERRIDES_V1_0 = seq(
  ["Description", 0, 1],
  ["Requirements", 0, 1],
  ["Hosts", 1, 1],
  ["Resources", 0, 1],
  ["WebApplicationInfo", 0, 1],
  ["EquivalentAddins", 0, 1],
);

const HOST = seq(["Runtimes", 0, 1], ["AllFormFactors", 0, 1], ["DesktopFormFactor", 0, 1]);

/**
 * GetStarted → FunctionFile → ExtensionPoint, as in Microsoft's yo office templates. The DesktopFormFactor
 * reference lists FunctionFile as optional; Concord's manifest declares it for both hosts anyway.
 */
const DESKTOP_FORM_FACTOR = seq(
  ["GetStarted", 0, 1],
  ["FunctionFile", 0, 1],
  ["ExtensionPoint", 1, N],
  ["KeyboardShortcuts", 0, 1],
);

const SEQUENCES: Record<string, Slot[]> = {
  DefaultSettings: seq(["SourceLocation", 1, 1], ["RequestedWidth", 0, 1], ["RequestedHeight", 0, 1]),
  Runtimes: seq(["Runtime", 1, N]),
  AllFormFactors: seq(["ExtensionPoint", 1, N]),
  "ExtensionPoint:CustomFunctions": seq(["Script", 1, 1], ["Page", 1, 1], ["Metadata", 1, 1], ["Namespace", 0, 1]),
  Script: seq(["SourceLocation", 1, 1]),
  Page: seq(["SourceLocation", 1, 1]),
  Metadata: seq(["SourceLocation", 1, 1]),
  GetStarted: seq(["Title", 1, 1], ["Description", 1, 1], ["LearnMoreUrl", 1, 1]),
  "ExtensionPoint:PrimaryCommandSurface": seq(["CustomTab", 0, N], ["OfficeTab", 0, N]),
  OfficeTab: seq(["Group", 1, N]),
  Group: seq(["Label", 1, 1], ["Icon", 0, 1], ["Control", 1, N]),
  "Control:Button": seq(["Label", 1, 1], ["Supertip", 1, 1], ["Icon", 1, 1], ["Action", 1, 1], ["Enabled", 0, 1]),
  Supertip: seq(["Title", 1, 1], ["Description", 1, 1]),
  "Action:ShowTaskpane": seq(["TaskpaneId", 0, 1], ["SourceLocation", 1, 1], ["Title", 0, 1]),
  Resources: seq(["Images", 0, 1], ["Urls", 0, 1], ["ShortStrings", 0, 1], ["LongStrings", 0, 1]),
};

function checkSequence(el: XmlElement, slots: Slot[], problems: string[]): void {
  const counts = new Map<string, number>();
  let lastIndex = -1;
  let lastName = "";
  for (const c of elementChildren(el)) {
    const name = c.localName ?? "";
    const idx = slots.findIndex((s) => s.name === name);
    if (idx < 0) {
      problems.push(
        `[order] ${label(c)} is not allowed in ${label(el)}; expected one of ${slots.map((s) => s.name).join(", ")}${at(c)}`,
      );
      continue;
    }
    if (idx < lastIndex) {
      problems.push(
        `[order] ${label(c)} must come before <${lastName}> in ${label(el)} (schema order: ${slots
          .map((s) => s.name)
          .join(" → ")})${at(c)}`,
      );
    } else {
      lastIndex = idx;
      lastName = name;
    }
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const s of slots) {
    const n = counts.get(s.name) ?? 0;
    if (n < s.min) problems.push(`[order] ${label(el)} is missing required <${s.name}>${at(el)}`);
    if (n > s.max)
      problems.push(`[order] ${label(el)} has ${n} <${s.name}> elements, at most ${s.max} allowed${at(el)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Resources

type ResourceKind = "image" | "url" | "short" | "long";

interface Resource {
  id: string;
  kind: ResourceKind;
  el: XmlElement;
  defaultValue: string;
  overrides: Array<{ locale: string; value: string; el: XmlElement }>;
}

const RESOURCE_CONTAINERS: Array<[string, string, ResourceKind]> = [
  ["Images", "Image", "image"],
  ["Urls", "Url", "url"],
  ["ShortStrings", "String", "short"],
  ["LongStrings", "String", "long"],
];

const KIND_NAMES: Record<ResourceKind, string> = {
  image: "bt:Images/bt:Image",
  url: "bt:Urls/bt:Url",
  short: "bt:ShortStrings/bt:String",
  long: "bt:LongStrings/bt:String",
};

function readResources(resourcesEl: XmlElement | undefined): Resource[] {
  const out: Resource[] = [];
  for (const [container, item, kind] of RESOURCE_CONTAINERS) {
    for (const c of childrenNamed(resourcesEl, container)) {
      for (const r of childrenNamed(c, item)) {
        out.push({
          id: attr(r, "id") ?? "",
          kind,
          el: r,
          defaultValue: attr(r, "DefaultValue") ?? "",
          overrides: childrenNamed(r, "Override").map((o) => ({
            locale: attr(o, "Locale") ?? "",
            value: attr(o, "Value") ?? "",
            el: o,
          })),
        });
      }
    }
  }
  return out;
}

/** Which resource kind an element's resid must point to. */
function expectedKind(el: XmlElement): ResourceKind | undefined {
  if (el.namespaceURI === NS.bt && el.localName === "Image") return "image";
  switch (el.localName) {
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Runtime":
      return "url";
    case "Label":
    case "Title":
    case "Namespace":
      return "short";
    case "Description":
      return "long";
    default:
      return undefined;
  }
}

const sameLocale = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

// ---------------------------------------------------------------------------------------------
// Well-formedness errors that xmldom repairs without reporting anything

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lexicalProblems(xmlText: string): string[] {
  const problems: string[] = [];
  // Blank out comments, CDATA sections and processing instructions (same length keeps line numbers).
  const blank = (m: string): string => m.replace(/[^\n]/g, " ");
  const markup = xmlText
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, blank)
    .replace(/<\?[\s\S]*?\?>/g, blank);
  // xmldom turns a bare "&" into "&amp;" silently; an XML parser (and Office) rejects it.
  const bareAmp = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g;
  for (let m = bareAmp.exec(markup); m; m = bareAmp.exec(markup)) {
    problems.push(`[xml] error: unescaped "&" (write &amp;) at line ${lineAt(xmlText, m.index)}`);
  }
  // Characters that are not allowed anywhere in an XML 1.0 document; xmldom drops them silently.
  // eslint-disable-next-line no-control-regex
  const badChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
  for (let m = badChar.exec(xmlText); m; m = badChar.exec(xmlText)) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    problems.push(`[xml] error: character U+${code} is not allowed in XML at line ${lineAt(xmlText, m.index)}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Main entry point

export function checkManifest(xmlText: string, options: CheckOptions = {}): string[] {
  const problems: string[] = [];

  // [xml] — collect every parser report; xmldom would otherwise log and carry on.
  const parseReports: string[] = lexicalProblems(xmlText);
  let doc: ReturnType<DOMParser["parseFromString"]> | undefined;
  try {
    doc = new DOMParser({
      onError: (level, msg, context: { locator?: { lineNumber?: number } } | undefined) => {
        const line = context?.locator?.lineNumber;
        parseReports.push(`[xml] ${level}: ${String(msg).trim()}${line ? ` (line ${line})` : ""}`);
      },
    }).parseFromString(xmlText, "text/xml");
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).trim();
    if (!parseReports.some((r) => r.includes(msg))) parseReports.push(`[xml] fatalError: ${msg}`);
  }
  if (parseReports.length > 0 || !doc || !doc.documentElement) {
    return parseReports.length > 0 ? parseReports : ["[xml] no document element"];
  }
  const root = doc.documentElement as XmlElement;

  // [root]
  if (root.localName !== "OfficeApp") problems.push(`[root] root element is <${root.tagName}>, expected <OfficeApp>`);
  if (root.namespaceURI !== NS.officeApp)
    problems.push(`[root] OfficeApp namespace is "${root.namespaceURI}", expected "${NS.officeApp}"`);
  if (xsiType(root) !== "TaskPaneApp")
    problems.push(
      `[root] OfficeApp xsi:type is "${xsiType(root) ?? ""}", expected "TaskPaneApp" (xmlns:xsi="${NS.xsi}")`,
    );
  if (root.getAttribute("xmlns:bt") !== NS.bt)
    problems.push(`[root] xmlns:bt must be "${NS.bt}" (found "${root.getAttribute("xmlns:bt") ?? ""}")`);
  if (problems.length > 0) return problems; // nothing else can be interpreted reliably

  const vo = firstChild(root, "VersionOverrides");
  for (const c of elementChildren(root)) {
    if (c !== vo && c.namespaceURI !== NS.officeApp)
      problems.push(`[root] ${label(c)} must be in the ${NS.officeApp} namespace${at(c)}`);
  }
  if (vo) {
    if (vo.namespaceURI !== NS.taskpaneOverrides)
      problems.push(`[root] VersionOverrides namespace must be "${NS.taskpaneOverrides}" (TaskPaneApp)${at(vo)}`);
    if (xsiType(vo) !== "VersionOverridesV1_0")
      problems.push(`[root] VersionOverrides xsi:type must be "VersionOverridesV1_0" for a TaskPaneApp${at(vo)}`);
    for (const d of descendants(vo)) {
      if (d.namespaceURI !== NS.taskpaneOverrides && d.namespaceURI !== NS.bt)
        problems.push(`[root] ${label(d)} inside VersionOverrides is in namespace "${d.namespaceURI}"${at(d)}`);
    }
  }
  for (const d of descendants(root)) {
    if (d.prefix === "bt" && d.namespaceURI !== NS.bt)
      problems.push(`[root] ${label(d)} has the wrong bt namespace${at(d)}`);
  }
  const btNames = new Set([
    "Images",
    "Urls",
    "ShortStrings",
    "LongStrings",
    "Image",
    "Url",
    "String",
    "Override",
    "Sets",
    "Set",
  ]);
  for (const d of vo ? descendants(vo) : []) {
    if (btNames.has(d.localName ?? "") && d.namespaceURI !== NS.bt)
      problems.push(`[root] <${d.tagName}> must be bt:${d.localName} (namespace ${NS.bt})${at(d)}`);
  }

  // [base]
  const text = (name: string): string => (firstChild(root, name)?.textContent ?? "").trim();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id")))
    problems.push(`[base] <Id> must be a GUID (found "${text("Id")}")`);
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version")))
    problems.push(`[base] <Version> must look like n.n.n.n (found "${text("Version")}")`);
  if (text("Permissions") !== "ReadWriteDocument")
    problems.push(`[base] <Permissions> must be ReadWriteDocument (found "${text("Permissions")}")`);
  if (!sameLocale(text("DefaultLocale"), "en-US"))
    problems.push(`[base] <DefaultLocale> must be en-US (found "${text("DefaultLocale")}")`);
  const displayName = firstChild(root, "DisplayName");
  if (displayName && (attr(displayName, "DefaultValue") ?? "").length > 125)
    problems.push(`[base] DisplayName is longer than 125 characters${at(displayName)}`);

  // [order]
  checkSequence(root, TASKPANE_APP, problems);
  const checkIf = (el: XmlElement | undefined, key: string): void => {
    if (el && SEQUENCES[key]) checkSequence(el, SEQUENCES[key], problems);
  };
  checkIf(firstChild(root, "DefaultSettings"), "DefaultSettings");
  if (vo) {
    checkSequence(vo, VERSION_OVERRIDES_V1_0, problems);
    for (const host of childrenNamed(firstChild(vo, "Hosts"), "Host")) checkSequence(host, HOST, problems);
    for (const d of descendants(vo)) {
      const name = d.localName ?? "";
      if (name === "DesktopFormFactor") checkSequence(d, DESKTOP_FORM_FACTOR, problems);
      else if (name === "ExtensionPoint" || name === "Control" || name === "Action")
        checkIf(d, `${name}:${xsiType(d) ?? ""}`);
      else if (d.namespaceURI === NS.taskpaneOverrides) checkIf(d, name);
    }
  }

  const resources = readResources(vo ? firstChild(vo, "Resources") : undefined);
  const byId = new Map<string, Resource>();

  // [resid] — resource ids and references
  for (const r of resources) {
    if (!r.id) problems.push(`[resid] ${KIND_NAMES[r.kind]} without an id${at(r.el)}`);
    else if (r.id.length > 32)
      problems.push(`[resid] resource id "${r.id}" is ${r.id.length} characters, at most 32 allowed${at(r.el)}`);
    if (r.id && byId.has(r.id)) problems.push(`[resid] resource id "${r.id}" is defined more than once${at(r.el)}`);
    else if (r.id) byId.set(r.id, r);
  }
  const used = new Set<string>();
  for (const d of vo ? descendants(vo) : []) {
    const resid = attr(d, "resid");
    if (resid === undefined) continue;
    used.add(resid);
    const target = byId.get(resid);
    if (!target) {
      problems.push(`[resid] ${label(d)} refers to resid "${resid}", which is not defined in Resources${at(d)}`);
      continue;
    }
    const want = expectedKind(d);
    if (want && want !== target.kind)
      problems.push(
        `[resid] ${label(d)} resid "${resid}" must refer to ${KIND_NAMES[want]}, but it is a ${KIND_NAMES[target.kind]}${at(d)}`,
      );
  }
  for (const r of resources) {
    if (r.id && !used.has(r.id)) problems.push(`[resid] resource "${r.id}" is defined but never used${at(r.el)}`);
  }
  const controlIds = new Map<string, XmlElement>();
  for (const d of vo ? descendants(vo) : []) {
    if (d.localName !== "Group" && d.localName !== "Control") continue;
    const id = attr(d, "id");
    if (!id) problems.push(`[resid] ${label(d)} needs an id${at(d)}`);
    else if (controlIds.has(id)) problems.push(`[resid] ${d.localName} id "${id}" is used more than once${at(d)}`);
    else controlIds.set(id, d);
  }

  // [length]
  for (const r of resources) {
    const limit = r.kind === "short" ? 125 : r.kind === "long" ? 250 : 2048;
    for (const v of [r.defaultValue, ...r.overrides.map((o) => o.value)]) {
      if (v.length === 0) problems.push(`[length] resource "${r.id}" has an empty value${at(r.el)}`);
      if (v.length > limit)
        problems.push(`[length] resource "${r.id}" is ${v.length} characters, at most ${limit} allowed${at(r.el)}`);
    }
  }
  for (const icon of vo ? descendants(vo).filter((d) => d.localName === "Icon") : []) {
    const sizes = childrenNamed(icon, "Image").map((i) => attr(i, "size"));
    for (const s of ["16", "32", "80"]) {
      if (!sizes.includes(s)) problems.push(`[length] <Icon> needs a bt:Image of size ${s}${at(icon)}`);
    }
  }

  // [https] and [origin] — every URL in the manifest
  interface UrlRef {
    where: string;
    value: string;
    el: XmlElement;
    appDomain: boolean;
  }
  const urls: UrlRef[] = [];
  const localeAware = (el: XmlElement | undefined, where: string): void => {
    if (!el) return;
    urls.push({ where: `${where} DefaultValue`, value: attr(el, "DefaultValue") ?? "", el, appDomain: false });
    for (const o of childrenNamed(el, "Override"))
      urls.push({
        where: `${where} Override ${attr(o, "Locale") ?? ""}`,
        value: attr(o, "Value") ?? "",
        el: o,
        appDomain: false,
      });
  };
  localeAware(firstChild(root, "IconUrl"), "IconUrl");
  localeAware(firstChild(root, "HighResolutionIconUrl"), "HighResolutionIconUrl");
  localeAware(firstChild(root, "SupportUrl"), "SupportUrl");
  localeAware(firstChild(firstChild(root, "DefaultSettings"), "SourceLocation"), "DefaultSettings/SourceLocation");
  for (const d of childrenNamed(firstChild(root, "AppDomains"), "AppDomain"))
    urls.push({ where: "AppDomain", value: (d.textContent ?? "").trim(), el: d, appDomain: true });
  for (const r of resources) {
    if (r.kind !== "url" && r.kind !== "image") continue;
    urls.push({ where: `${KIND_NAMES[r.kind]} "${r.id}"`, value: r.defaultValue, el: r.el, appDomain: false });
    for (const o of r.overrides)
      urls.push({
        where: `${KIND_NAMES[r.kind]} "${r.id}" Override ${o.locale}`,
        value: o.value,
        el: o.el,
        appDomain: false,
      });
  }
  const origins = new Set<string>();
  for (const u of urls) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(u.value);
    } catch {
      problems.push(`[https] ${u.where} is not an absolute URL: "${u.value}"${at(u.el)}`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`[https] ${u.where} must use https: "${u.value}"${at(u.el)}`);
    if (u.appDomain) {
      if (u.value.endsWith("/")) problems.push(`[https] AppDomain must not end with "/": "${u.value}"${at(u.el)}`);
      continue;
    }
    origins.add(parsed.origin);
    if (options.origin && !u.value.startsWith(options.origin))
      problems.push(`[origin] ${u.where} must start with ${options.origin}: "${u.value}"${at(u.el)}`);
    if (options.production && /^(localhost|127\.0\.0\.1|\[::1\])$/i.test(parsed.hostname))
      problems.push(
        `[origin] ${u.where} still points at ${parsed.hostname} in a production manifest: "${u.value}"${at(u.el)}`,
      );
  }
  if (options.production && origins.size > 1)
    problems.push(
      `[origin] a production manifest must serve every URL from one origin, found ${[...origins].join(", ")}`,
    );

  // Hosts in VersionOverrides
  const voHosts = childrenNamed(vo ? firstChild(vo, "Hosts") : undefined, "Host");
  const workbook = voHosts.find((h) => xsiType(h) === "Workbook");
  const documentHost = voHosts.find((h) => xsiType(h) === "Document");
  const urlOf = (resid: string | undefined): string | undefined => {
    const r = resid === undefined ? undefined : byId.get(resid);
    return r && r.kind === "url" ? r.defaultValue : undefined;
  };
  const showTaskpaneActions = (host: XmlElement | undefined): XmlElement[] =>
    host ? descendants(host).filter((d) => d.localName === "Action" && xsiType(d) === "ShowTaskpane") : [];
  const customFunctions = workbook
    ? descendants(workbook).find((d) => d.localName === "ExtensionPoint" && xsiType(d) === "CustomFunctions")
    : undefined;
  const cfResid = (part: string): string | undefined => {
    const sl = firstChild(firstChild(customFunctions, part), "SourceLocation");
    return sl ? attr(sl, "resid") : undefined;
  };

  // [runtime]
  if (!workbook) {
    problems.push(`[runtime] no Workbook host in VersionOverrides, so no shared runtime is configured`);
  } else {
    const runtimes = childrenNamed(firstChild(workbook, "Runtimes"), "Runtime");
    const pageResid = cfResid("Page");
    if (runtimes.length !== 1) {
      problems.push(
        `[runtime] the Workbook host must declare exactly one <Runtimes><Runtime/> (found ${runtimes.length})${at(workbook)}`,
      );
    }
    const runtime = runtimes[0];
    if (!customFunctions)
      problems.push(`[runtime] the Workbook host has no CustomFunctions extension point${at(workbook)}`);
    if (runtime) {
      const rt = attr(runtime, "resid");
      if (attr(runtime, "lifetime") !== "long")
        problems.push(
          `[runtime] <Runtime> must have lifetime="long" so custom functions keep running with the pane closed${at(runtime)}`,
        );
      if (customFunctions && rt !== pageResid)
        problems.push(
          `[runtime] <Runtime resid="${rt ?? ""}"> differs from the CustomFunctions <Page> SourceLocation resid "${pageResid ?? ""}"; the shared runtime will not load${at(runtime)}`,
        );
      const ff = firstChild(firstChild(workbook, "DesktopFormFactor"), "FunctionFile");
      if (ff && attr(ff, "resid") !== rt)
        problems.push(
          `[runtime] Excel <FunctionFile resid="${attr(ff, "resid") ?? ""}"> must use the Runtime resid "${rt ?? ""}"${at(ff)}`,
        );
      for (const a of showTaskpaneActions(workbook)) {
        const sl = firstChild(a, "SourceLocation");
        if (sl && attr(sl, "resid") !== rt)
          problems.push(
            `[runtime] Excel task pane SourceLocation resid "${attr(sl, "resid") ?? ""}" must be the Runtime resid "${rt ?? ""}"${at(sl)}`,
          );
      }
    }
  }

  // [namespace]
  if (customFunctions) {
    const nsEl = firstChild(customFunctions, "Namespace");
    const nsRes = nsEl ? byId.get(attr(nsEl, "resid") ?? "") : undefined;
    if (!nsEl || !nsRes) {
      problems.push(
        `[namespace] CustomFunctions needs <Namespace resid> pointing at a short string "${FUNCTIONS_NAMESPACE}"${at(customFunctions)}`,
      );
    } else {
      for (const v of [nsRes.defaultValue, ...nsRes.overrides.map((o) => o.value)]) {
        if (v !== FUNCTIONS_NAMESPACE)
          problems.push(
            `[namespace] custom functions namespace must be "${FUNCTIONS_NAMESPACE}" in every language, found "${v}"${at(nsRes.el)}`,
          );
      }
    }
  }

  // [zh-CN]
  const hasLocale = (el: XmlElement | undefined): boolean =>
    childrenNamed(el, "Override").some(
      (o) => sameLocale(attr(o, "Locale") ?? "", REQUIRED_LOCALE) && (attr(o, "Value") ?? "").trim() !== "",
    );
  for (const name of ["DisplayName", "Description"]) {
    const el = firstChild(root, name);
    if (el && !hasLocale(el)) problems.push(`[zh-CN] <${name}> has no <Override Locale="${REQUIRED_LOCALE}">${at(el)}`);
  }
  for (const r of resources) {
    if ((r.kind === "short" || r.kind === "long") && !hasLocale(r.el))
      problems.push(`[zh-CN] string resource "${r.id}" has no <bt:Override Locale="${REQUIRED_LOCALE}">${at(r.el)}`);
  }
  const metadataRes = byId.get(cfResid("Metadata") ?? "");
  if (customFunctions && metadataRes && !hasLocale(metadataRes.el))
    problems.push(
      `[zh-CN] functions metadata URL "${metadataRes.id}" has no zh-CN override (functions-zh-CN.json)${at(metadataRes.el)}`,
    );

  // [word]
  if (documentHost) {
    const forbidden = new Map<string, string>();
    for (const part of ["Page", "Script", "Metadata"]) {
      const u = urlOf(cfResid(part));
      if (u) forbidden.set(u, `the custom functions ${part}`);
    }
    const runtimeEl = firstChild(firstChild(workbook, "Runtimes"), "Runtime");
    const rtUrl = urlOf(runtimeEl ? attr(runtimeEl, "resid") : undefined);
    if (rtUrl) forbidden.set(rtUrl, "the Excel shared runtime page");
    if (firstChild(documentHost, "Runtimes"))
      problems.push(
        `[word] the Document host must not declare <Runtimes> (the shared runtime hosts Excel's custom functions)${at(documentHost)}`,
      );
    for (const d of descendants(documentHost)) {
      if (d.localName === "ExtensionPoint" && xsiType(d) === "CustomFunctions")
        problems.push(`[word] the Document host must not have a CustomFunctions extension point${at(d)}`);
      if (d.localName !== "FunctionFile" && d.localName !== "SourceLocation") continue;
      const resid = attr(d, "resid");
      const u = urlOf(resid);
      if (!u) continue;
      const reason =
        forbidden.get(u) ?? (/\/functions[^/]*\.(js|json)(\?|#|$)/.test(u) ? "a custom functions file" : undefined);
      if (reason)
        problems.push(
          `[word] Word <${d.localName} resid="${resid ?? ""}"> loads ${u}, which is ${reason}; Word must use its own page${at(d)}`,
        );
    }
  }

  // [hosts]
  const baseHosts = childrenNamed(firstChild(root, "Hosts"), "Host").map((h) => attr(h, "Name") ?? "");
  for (const want of ["Workbook", "Document"]) {
    if (!baseHosts.includes(want)) problems.push(`[hosts] <Hosts> has no <Host Name="${want}"/>`);
    const h = voHosts.find((x) => xsiType(x) === want);
    if (!h) {
      problems.push(`[hosts] VersionOverrides has no <Host xsi:type="${want}">`);
      continue;
    }
    const onHome = descendants(h).some(
      (d) => d.localName === "OfficeTab" && attr(d, "id") === "TabHome" && showTaskpaneActions(d).length > 0,
    );
    if (!onHome) problems.push(`[hosts] the ${want} host has no Home-tab button that shows the task pane${at(h)}`);
  }
  for (const name of baseHosts) {
    if (name !== "Workbook" && name !== "Document")
      problems.push(`[hosts] unexpected <Host Name="${name}"/> (Concord runs in Excel and Word)`);
  }
  for (const h of voHosts) {
    const t = xsiType(h) ?? "";
    if (t !== "Workbook" && t !== "Document") problems.push(`[hosts] unexpected VersionOverrides host "${t}"${at(h)}`);
    if (voHosts.filter((x) => xsiType(x) === t).length > 1 && h !== voHosts.find((x) => xsiType(x) === t))
      problems.push(`[hosts] VersionOverrides declares host "${t}" more than once${at(h)}`);
  }

  // [requirements]
  // A requirement set in the base manifest stops Office from installing the add-in where the set is missing; one in
  // VersionOverrides makes Office ignore the whole VersionOverrides there (both hosts' buttons, the custom functions).
  // Either applies to every host of this manifest, so Concord declares none and checks API levels at run time.
  const setsIn = (req: XmlElement | undefined): XmlElement[] => childrenNamed(firstChild(req, "Sets"), "Set");
  const baseReq = firstChild(root, "Requirements");
  for (const s of setsIn(baseReq)) {
    const name = attr(s, "Name") ?? "";
    problems.push(
      HOST_SPECIFIC_SETS.test(name)
        ? `[requirements] base <Requirements> lists ${name}, which only one host supports; it would hide the add-in from the other host. Check it at run time with isSetSupported instead${at(s)}`
        : `[requirements] base <Requirements> lists ${name}: Office would not install Concord where ${name} is missing${name === "SharedRuntime" ? SHARED_RUNTIME_GAP : ""}. Check it at run time instead${at(s)}`,
    );
  }
  for (const v of vo ? [vo, ...descendants(vo).filter((d) => d.localName === "VersionOverrides")] : []) {
    if (v !== vo)
      problems.push(
        `[requirements] nested <VersionOverrides> is not usable in a task pane add-in (VersionOverrides 1.1 is Outlook-only)${at(v)}`,
      );
    const req = firstChild(v, "Requirements");
    if (!req) continue;
    const names = setsIn(req).map((s) => attr(s, "Name") ?? "");
    problems.push(
      `[requirements] VersionOverrides <Requirements> (${names.join(", ") || "empty"}) gates both hosts: where a client lacks it, Office ignores the whole VersionOverrides and the Concord buttons${names.includes("SharedRuntime") ? SHARED_RUNTIME_GAP : ""} and custom functions disappear${at(req)}`,
    );
  }
  for (const s of [...setsIn(baseReq), ...(vo ? descendants(vo).filter((d) => d.localName === "Set") : [])]) {
    const v = attr(s, "MinVersion") ?? attr(s.parentNode as XmlElement, "DefaultMinVersion") ?? "1.1";
    if (!/^\d+\.\d+$/.test(v))
      problems.push(`[requirements] set ${attr(s, "Name") ?? ""} has an invalid version "${v}"${at(s)}`);
  }

  return problems;
}
