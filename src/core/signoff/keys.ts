import { fromBase64Url, toBase64Url, utf8 } from "./encoding";
import { sha256Hex, type SignoffCrypto } from "./fingerprint";

/** A signer's public key as carried in an entry: a P-256 JWK reduced to the members that define the key. */
export interface PublicKeyJwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
}

const ECDSA_KEY = { name: "ECDSA", namedCurve: "P-256" } as const;
const ECDSA_SIGN = { name: "ECDSA", hash: "SHA-256" } as const;

/**
 * A new key pair for this browser: the private key is not extractable (it can be stored in IndexedDB but never read
 * out), the public key is. Null when the browser has no ECDSA P-256 (e.g. EdgeHTML, Internet Explorer): the caller then
 * signs without a key and the entry says so.
 */
export async function createSigningKeys(crypto: SignoffCrypto): Promise<CryptoKeyPair | null> {
  try {
    return (await crypto.generateKey(ECDSA_KEY, false, ["sign", "verify"])) as CryptoKeyPair;
  } catch {
    return null;
  }
}

export async function exportPublicKey(crypto: SignoffCrypto, publicKey: CryptoKey): Promise<PublicKeyJwk> {
  const jwk = await crypto.exportKey("jwk", publicKey);
  if (jwk.kty !== "EC" || jwk.crv !== "P-256" || !jwk.x || !jwk.y) throw new Error("not an ECDSA P-256 public key");
  return { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y };
}

/** The bytes a signature covers: the entry fingerprint, with a prefix so the signature means nothing elsewhere. */
function signedMessage(fingerprint: string): Uint8Array<ArrayBuffer> {
  return utf8(`concord-signoff:1:${fingerprint}`);
}

/** Signature (IEEE P1363 r‖s, base64url) over an entry fingerprint. */
export async function signFingerprint(
  crypto: SignoffCrypto,
  privateKey: CryptoKey,
  fingerprint: string,
): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.sign(ECDSA_SIGN, privateKey, signedMessage(fingerprint))));
}

/** Whether `signature` was made over `fingerprint` with the private half of `key`; false for a malformed key. */
export async function verifyFingerprint(
  crypto: SignoffCrypto,
  key: PublicKeyJwk,
  fingerprint: string,
  signature: string,
): Promise<boolean> {
  const bytes = fromBase64Url(signature);
  if (!bytes) return false;
  try {
    const publicKey = await crypto.importKey("jwk", { ...key, ext: true }, ECDSA_KEY, true, ["verify"]);
    return await crypto.verify(ECDSA_SIGN, publicKey, bytes, signedMessage(fingerprint));
  } catch {
    return false;
  }
}

/** Same key, whatever else the JWK carried. */
export function sameKey(a: PublicKeyJwk, b: PublicKeyJwk): boolean {
  return a.x === b.x && a.y === b.y;
}

/** SHA-256 of the key's coordinates, for showing which key signed (`shortCode` of it). */
export function keyFingerprint(crypto: SignoffCrypto, key: PublicKeyJwk): Promise<string> {
  return sha256Hex(crypto, `${key.crv}.${key.x}.${key.y}`);
}
