/**
 * Which Office application the task pane runs in, kept apart from React so tests can drive it without Office.
 * Outside Office (a browser preview) Office.onReady resolves with host null after a few seconds.
 */

export type HostKind = "excel" | "word" | "other" | "none";

export interface HostInfo {
  kind: HostKind;
  /** Office's host name as reported ("Excel", "Word", "PowerPoint", …), null outside Office. */
  hostName: string | null;
  /** Office.context.displayLanguage (e.g. "zh-CN"), or the browser's language outside Office. */
  displayLanguage: string | null;
  /** Office's theme is dark (Office.context.officeTheme); outside Office, the browser's colour scheme. */
  dark: boolean;
}

/** The parts of the Office global this module uses (a fake in tests). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  context?: { displayLanguage?: string | null; officeTheme?: { bodyBackgroundColor?: string } | null } | null;
}

export function hostKind(hostName: unknown): HostKind {
  if (hostName === null || hostName === undefined || hostName === "") return "none";
  // Office.HostType.Excel === "Excel", Office.HostType.Word === "Word" (string enum; compared as text so
  // that this module does not need the Office global).
  if (hostName === "Excel") return "excel";
  if (hostName === "Word") return "word";
  return "other";
}

function browserLanguage(): string | null {
  return typeof navigator !== "undefined" && navigator.language ? navigator.language : null;
}

/** True for a dark background colour ("#1f1f1f"): Office's theme has no "is dark" flag on every platform. */
export function isDarkColor(color: string | null | undefined): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!match) return false;
  const value = parseInt(match[1], 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  // Relative luminance (sRGB weights) below the midpoint.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

function browserPrefersDark(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Waits for Office (if office.js loaded at all) and reports the host and the UI language. */
export async function detectHost(
  office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office,
): Promise<HostInfo> {
  if (!office || typeof office.onReady !== "function") {
    return { kind: "none", hostName: null, displayLanguage: browserLanguage(), dark: browserPrefersDark() };
  }
  const { host } = await office.onReady();
  const kind = hostKind(host);
  const displayLanguage = kind === "none" ? browserLanguage() : (office.context?.displayLanguage ?? null);
  const dark = kind === "none" ? browserPrefersDark() : isDarkColor(office.context?.officeTheme?.bodyBackgroundColor);
  return { kind, hostName: kind === "none" ? null : String(host), displayLanguage, dark };
}
