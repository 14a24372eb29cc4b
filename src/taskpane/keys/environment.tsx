import { createContext, type ReactNode, useContext } from "react";
import type { SignoffCrypto } from "../../core";
import { indexedDbKeyStore, type KeyStore } from "./key-store";
import { browserSigningKeys, type BrowserKeys } from "./signing-keys";

/** What signing needs from the browser: Web Crypto, this browser's keys and the clock. Tests provide their own. */
export interface SignoffEnvironment {
  /** Null without Web Crypto (a page not served over https): nothing can be fingerprinted, so nothing is signed. */
  crypto: SignoffCrypto | null;
  /** This browser's keys, looked up once and then reused. */
  keys(): Promise<BrowserKeys>;
  now(): Date;
}

/** An environment over a crypto and a key store; the keys are looked up on first use only. */
export function signoffEnvironment(crypto: SignoffCrypto | null, store: KeyStore | null, now = () => new Date()) {
  let keys: Promise<BrowserKeys> | null = null;
  const environment: SignoffEnvironment = {
    crypto,
    now,
    keys: () => {
      if (!crypto) return Promise.resolve({ keys: null, status: "noEcdsa" });
      keys ??= browserSigningKeys(store, crypto);
      return keys;
    },
  };
  return environment;
}

let browser: SignoffEnvironment | null = null;

function browserEnvironment(): SignoffEnvironment {
  const crypto = (globalThis.crypto?.subtle as SignoffCrypto | undefined) ?? null;
  browser ??= signoffEnvironment(crypto, indexedDbKeyStore());
  return browser;
}

const SignoffEnvironmentContext = createContext<SignoffEnvironment | null>(null);

export function SignoffEnvironmentProvider({ value, children }: { value: SignoffEnvironment; children: ReactNode }) {
  return <SignoffEnvironmentContext.Provider value={value}>{children}</SignoffEnvironmentContext.Provider>;
}

/** The provided environment, or the browser's (its Web Crypto and IndexedDB). */
export function useSignoffEnvironment(): SignoffEnvironment {
  return useContext(SignoffEnvironmentContext) ?? browserEnvironment();
}
