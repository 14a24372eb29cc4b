/**
 * Copying the brief. Office's webviews may refuse the asynchronous Clipboard API (or only its `write`), so each way is
 * tried in turn: formatted (HTML + plain text), then plain text, then "manual" — the screen shows the text selected
 * for the user to press Ctrl+C.
 */

/** The part of `navigator.clipboard` used here (a fake in tests). */
export interface ClipboardLike {
  write?(items: ClipboardItem[]): Promise<void>;
  writeText?(text: string): Promise<void>;
}

export type CopyResult = "html" | "text" | "manual";

export interface CopyEnvironment {
  clipboard?: ClipboardLike;
  /** The browser's ClipboardItem constructor; absent in older webviews. */
  ClipboardItem?: typeof ClipboardItem;
}

export function browserClipboard(): CopyEnvironment {
  return {
    clipboard: typeof navigator === "undefined" ? undefined : navigator.clipboard,
    ClipboardItem: typeof ClipboardItem === "undefined" ? undefined : ClipboardItem,
  };
}

async function copyText(text: string, env: CopyEnvironment): Promise<CopyResult> {
  try {
    if (!env.clipboard?.writeText) return "manual";
    await env.clipboard.writeText(text);
    return "text";
  } catch {
    return "manual";
  }
}

/** Copies HTML with its plain-text alternative; falls back to plain text, then to "manual". */
export async function copyFormatted(html: string, text: string, env: CopyEnvironment): Promise<CopyResult> {
  const { clipboard, ClipboardItem: Item } = env;
  if (clipboard?.write && Item) {
    try {
      const item = new Item({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      });
      await clipboard.write([item]);
      return "html";
    } catch {
      // Refused (permissions, an unfocused document, a webview without rich clipboard): try plain text.
    }
  }
  return copyText(text, env);
}

/** Copies plain text; "manual" when refused. */
export function copyPlain(text: string, env: CopyEnvironment): Promise<CopyResult> {
  return copyText(text, env);
}
