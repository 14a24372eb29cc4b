import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { webcrypto } from "crypto";
import type { ReactElement } from "react";
import type { Host, Language, SignoffCrypto } from "../../../src/core";
import { createPreviewHost } from "../../../src/hosts/preview";

export const NODE_CRYPTO = webcrypto.subtle as unknown as SignoffCrypto;

export const renderInProvider = (element: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

/** The preview's sample project (or an empty file), with Node's Web Crypto. */
export const previewHost = (kind: Host, language: Language, empty = false) =>
  createPreviewHost({ kind, language, crypto: NODE_CRYPTO, empty, random: sequence() });

/** A deterministic `random` that never repeats itself soon (a constant one would draw the same instance id forever). */
function sequence(): () => number {
  let n = 0;
  return () => (n = (n * 7 + 3) % 101) / 101;
}

export const LANGUAGES: readonly Language[] = ["en-US", "zh-CN"];
