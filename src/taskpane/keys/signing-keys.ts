import { createSigningKeys, type SignoffCrypto } from "../../core";
import type { KeyStore } from "./key-store";

/**
 * stored: the key this browser signed with before; created: a new key, kept for next time; noEcdsa: the browser
 * cannot make ECDSA P-256 keys; noStorage: it cannot keep one (no IndexedDB, or storage refused), so a key would be
 * new at every signature. Without a key an entry is protected by the hash chain only.
 */
export type KeyStatus = "stored" | "created" | "noEcdsa" | "noStorage";

export interface BrowserKeys {
  keys: CryptoKeyPair | null;
  status: KeyStatus;
}

/** This browser's signing keys: the stored pair, or a new one saved for next time. */
export async function browserSigningKeys(store: KeyStore | null, crypto: SignoffCrypto): Promise<BrowserKeys> {
  if (!store) return { keys: null, status: "noStorage" };
  try {
    const stored = await store.load();
    if (stored) return { keys: stored, status: "stored" };
  } catch {
    return { keys: null, status: "noStorage" };
  }
  const created = await createSigningKeys(crypto);
  if (!created) return { keys: null, status: "noEcdsa" };
  try {
    await store.save(created);
  } catch {
    return { keys: null, status: "noStorage" };
  }
  return { keys: created, status: "created" };
}
