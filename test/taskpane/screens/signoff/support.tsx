/** What the screens' component tests share: Node's Web Crypto, an in-memory key store, the preview host, a render. */
import "../../../support/jsdom-polyfills";
import { webcrypto } from "crypto";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Host, InstanceRecord, Language, SignoffCrypto, TemplateId } from "../../../../src/core";
import { createPreviewHost, type PreviewHost } from "../../../../src/hosts/preview";
import {
  memoryKeyStore,
  signoffEnvironment,
  SignoffEnvironmentProvider,
  type SignoffEnvironment,
} from "../../../../src/taskpane/keys";

export const subtle = webcrypto.subtle as unknown as SignoffCrypto;

/** Signing in the test: Node's Web Crypto, keys kept in memory, a fixed clock. */
export function testEnvironment(at = new Date(Date.UTC(2026, 10, 20, 9))): SignoffEnvironment {
  return signoffEnvironment(subtle, memoryKeyStore(), () => at);
}

export function sampleHost<K extends Host>(kind: K, language: Language, user: string | null = null) {
  return createPreviewHost({ kind, language, crypto: subtle, user });
}

export async function recordOf(host: PreviewHost, template: TemplateId): Promise<InstanceRecord> {
  const found = (await host.findTemplates()).find((i) => i.record.template === template);
  if (!found) throw new Error(`no ${template} in the sample`);
  return found.record;
}

export function renderWith(ui: ReactElement, environment: SignoffEnvironment = testEnvironment()) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SignoffEnvironmentProvider value={environment}>{ui}</SignoffEnvironmentProvider>
    </FluentProvider>,
  );
}
