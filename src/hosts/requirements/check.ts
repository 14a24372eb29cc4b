/**
 * The one requirement-set check both hosts use. Each host declares, per operation, the API requirement set it needs
 * (sets are cumulative: ExcelApi 1.9 contains everything in 1.1–1.8, so one minimum per operation is enough); the
 * check runs before `Excel.run` / `Word.run`, so an Office that lacks the set gets one bilingual message naming the
 * operation, the set and the Office versions that have it, and nothing is half-written.
 *
 * Which Office versions have a set comes from Microsoft's requirement-set pages (OfficeDev/office-js-docs-reference
 * `docs/requirement-sets/excel/excel-api-requirement-sets.md` and `docs/requirement-sets/word/word-api-requirement-sets.md`,
 * minimum builds). docs/<language>/office-versions.md carries the same table for people; a test keeps the two in step.
 */
import type { Language } from "../../core";
import { UnsupportedHostError } from "../errors";

export type ApiSet = "ExcelApi" | "WordApi";

/** A requirement set at a minimum version, e.g. `{ set: "ExcelApi", version: "1.9" }`. */
export interface Requirement {
  readonly set: ApiSet;
  readonly version: string;
}

/** Where a requirement set is available (minimum versions; null where the set is not available there). */
export interface Availability {
  /** First perpetual (one-time purchase, volume-licensed) Office on Windows with the set, e.g. "2019". */
  readonly perpetual: string;
  /** Microsoft 365 on Windows: first version (YYMM), e.g. "1903". */
  readonly windows: string;
  /** Microsoft 365 / Office on Mac: first version, e.g. "16.24". */
  readonly mac: string;
  /** Office on iPad: first version, or "" where every supported iPad version has it. */
  readonly ipad: string;
}

/** Microsoft's requirement-set tables, for the sets Concord checks. Office on the web has all of them. */
export const AVAILABILITY: Readonly<Record<ApiSet, Readonly<Record<string, Availability>>>> = {
  ExcelApi: {
    "1.1": { perpetual: "2016", windows: "1509", mac: "15.20", ipad: "" },
    "1.2": { perpetual: "2019", windows: "1601", mac: "15.22", ipad: "" },
    "1.4": { perpetual: "2019", windows: "1701", mac: "15.36", ipad: "" },
    "1.7": { perpetual: "2019", windows: "1801", mac: "16.9", ipad: "" },
    "1.9": { perpetual: "2021", windows: "1903", mac: "16.24", ipad: "" },
  },
  WordApi: {
    "1.1": { perpetual: "2016", windows: "1509", mac: "15.19", ipad: "1.18" },
    "1.3": { perpetual: "2019", windows: "1612", mac: "15.32", ipad: "2.22" },
  },
};

const APP: Readonly<Record<ApiSet, string>> = { ExcelApi: "Excel", WordApi: "Word" };

export function availabilityOf(requirement: Requirement): Availability {
  const found = AVAILABILITY[requirement.set][requirement.version];
  if (!found) throw new Error(`no availability recorded for ${requirementName(requirement)}`);
  return found;
}

/** "ExcelApi 1.9" */
export function requirementName(requirement: Requirement): string {
  return `${requirement.set} ${requirement.version}`;
}

/** Which Office versions have the set, as a phrase in each language. */
export function availabilityText(requirement: Requirement): Record<Language, string> {
  const a = availabilityOf(requirement);
  const app = APP[requirement.set];
  const ipadEn = a.ipad ? `${app} on iPad ${a.ipad} or later` : `${app} on iPad`;
  const ipadZh = a.ipad ? `iPad 版 ${app} ${a.ipad} 或更高版本` : `iPad 版 ${app}`;
  return {
    "en-US":
      `${app} ${a.perpetual} or later, Microsoft 365 (Windows version ${a.windows} or later, Mac ${a.mac} or later), ` +
      `${app} on the web and ${ipadEn}`,
    "zh-CN":
      `${app} ${a.perpetual} 及更高版本、Microsoft 365（Windows 版本 ${a.windows} 或更高、Mac ${a.mac} 或更高）、` +
      `${app} 网页版和 ${ipadZh}`,
  };
}

/** The message of an operation that needs `requirement`; `action` is what the user tried, e.g. "insert a template". */
export function unsupportedMessages(
  requirement: Requirement,
  action: Readonly<Record<Language, string>>,
): Record<Language, string> {
  const app = APP[requirement.set];
  const where = availabilityText(requirement);
  const name = requirementName(requirement);
  return {
    "en-US":
      `This version of ${app} lacks the ${app} JavaScript API ${requirement.version} (requirement set ${name}), ` +
      `which Concord needs to ${action["en-US"]}. It is in ${where["en-US"]}.`,
    "zh-CN":
      `当前 ${app} 版本缺少 ${app} JavaScript API ${requirement.version}（要求集 ${name}），` +
      `Concord 需要它来${action["zh-CN"]}。该 API 见于 ${where["zh-CN"]}。`,
  };
}

export interface OfficeRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Office.context.requirements, or null outside Office. */
export function officeRequirements(): OfficeRequirements | null {
  const office = (globalThis as { Office?: { context?: { requirements?: OfficeRequirements } } }).Office;
  const requirements = office?.context?.requirements;
  return requirements && typeof requirements.isSetSupported === "function" ? requirements : null;
}

export function supports(requirements: OfficeRequirements | null, requirement: Requirement): boolean {
  return requirements !== null && requirements.isSetSupported(requirement.set, requirement.version);
}

/** Throws UnsupportedHostError (a LocalizedError) when Office lacks the set, or when there is no Office at all. */
export function requireSet(
  requirements: OfficeRequirements | null,
  requirement: Requirement,
  action: Readonly<Record<Language, string>>,
): void {
  if (!supports(requirements, requirement)) {
    throw new UnsupportedHostError(requirementName(requirement), unsupportedMessages(requirement, action));
  }
}
