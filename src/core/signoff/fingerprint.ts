import { type CanonicalForm, canonicalString } from "./canonical";
import { toHex, utf8 } from "./encoding";

/**
 * The Web Crypto operations the sign-off uses (`crypto.subtle` in a browser or in Node). Passed in, never taken from
 * a global, so the rules run unchanged in the task pane and in tests.
 */
export type SignoffCrypto = Pick<
  SubtleCrypto,
  "digest" | "generateKey" | "exportKey" | "importKey" | "sign" | "verify"
>;

/** What the first entry of a ledger names as its previous fingerprint. */
export const GENESIS = "0".repeat(64);

export async function sha256Hex(crypto: SignoffCrypto, text: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.digest("SHA-256", utf8(text))));
}

/** SHA-256 of a form's canonical content. */
export function contentFingerprint(crypto: SignoffCrypto, form: CanonicalForm): Promise<string> {
  return sha256Hex(crypto, canonicalString(form));
}

/** A fingerprint as people read it out or compare it on paper: the first 8 hex digits in two groups, `1A2B-3C4D`. */
export function shortCode(hex: string): string {
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}`.toUpperCase();
}
