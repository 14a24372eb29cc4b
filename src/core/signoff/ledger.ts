import { bi, type Bilingual, type TemplateId } from "../templates";
import { LocalizedError } from "../errors";
import { type CanonicalForm, normalizeText, stableJson } from "./canonical";
import { contentFingerprint, GENESIS, sha256Hex, type SignoffCrypto } from "./fingerprint";
import { exportPublicKey, type PublicKeyJwk, signFingerprint } from "./keys";

/** Who signs, by the part they play for the form (see `requiredSigners`). */
export type SignerRole = "initiatingHead" | "lead" | "department" | "requester";
export const SIGNER_ROLES: readonly SignerRole[] = ["initiatingHead", "lead", "department", "requester"];

export type SignoffDecision = "approve" | "reject";
/** `self`: the signer typed their name; `host`: Office supplied it (still not a verified identity). */
export type IdentitySource = "self" | "host";

export interface FormRef {
  template: TemplateId;
  instance: string;
  version: number;
}

/**
 * One sign-off, version 1. `fp` is the SHA-256 of every other member except `sig` (so it covers the previous entry's
 * fingerprint, the content fingerprint and the public key); `sig` is the signer's ECDSA signature over `fp`. `key`
 * and `sig` are null when the signer's browser had no ECDSA: such an entry is protected by the chain only.
 */
export interface LedgerEntry {
  v: 1;
  /** Position in the ledger, from 1. */
  n: number;
  form: FormRef;
  role: SignerRole;
  department: string;
  signer: string;
  identity: IdentitySource;
  decision: SignoffDecision;
  comment: string;
  /** UTC, `yyyy-mm-ddThh:mm:ss.sssZ`. */
  at: string;
  /** Fingerprint of the form's canonical content when it was signed. */
  content: string;
  prev: string;
  key: PublicKeyJwk | null;
  fp: string;
  sig: string | null;
}

/**
 * Every sign-off in a file, in order, one hash chain across all forms. `snapshots` keeps each signed content once
 * (by its fingerprint) so that a stale signature can show what changed.
 */
export interface Ledger {
  entries: readonly LedgerEntry[];
  snapshots: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const EMPTY_LEDGER: Ledger = { entries: [], snapshots: {} };

/** An error in what the caller asked for, in both languages. */
export class SignoffError extends LocalizedError {
  constructor(messages: Bilingual) {
    super(messages);
    this.name = "SignoffError";
  }
}

/** The members an entry fingerprint covers. */
export function entryBody(entry: LedgerEntry): Omit<LedgerEntry, "fp" | "sig"> {
  const body: Partial<LedgerEntry> = { ...entry };
  delete body.fp;
  delete body.sig;
  return body as Omit<LedgerEntry, "fp" | "sig">;
}

export function entryFingerprint(crypto: SignoffCrypto, entry: LedgerEntry): Promise<string> {
  return sha256Hex(crypto, stableJson(entryBody(entry)));
}

export interface SignRequest {
  /** The form's content now (`canonicalForm`). */
  form: CanonicalForm;
  role: SignerRole;
  department: string;
  signer: string;
  identity?: IdentitySource;
  decision: SignoffDecision;
  /** Required with a rejection: what must change. */
  comment?: string;
  at: Date;
  /** This browser's key pair; null when ECDSA is unavailable. */
  keys: CryptoKeyPair | null;
}

/** The ledger with one more entry, chained to the last one and signed with `request.keys`. */
export async function appendEntry(ledger: Ledger, request: SignRequest, crypto: SignoffCrypto): Promise<Ledger> {
  const signer = normalizeText(request.signer);
  const comment = normalizeText(request.comment ?? "");
  if (signer === "") throw new SignoffError(bi("Type the signer's name.", "请填写签字人姓名。"));
  if (request.decision === "reject" && comment === "") {
    throw new SignoffError(bi("Say why you reject, so it can be fixed.", "请填写不同意的理由，以便修改。"));
  }
  const content = await contentFingerprint(crypto, request.form);
  const last = ledger.entries[ledger.entries.length - 1];
  const unsigned: LedgerEntry = {
    v: 1,
    n: ledger.entries.length + 1,
    form: { template: request.form.template, instance: request.form.instance, version: request.form.version },
    role: request.role,
    department: normalizeText(request.department),
    signer,
    identity: request.identity ?? "self",
    decision: request.decision,
    comment,
    at: request.at.toISOString(),
    content,
    prev: last ? last.fp : GENESIS,
    key: request.keys ? await exportPublicKey(crypto, request.keys.publicKey) : null,
    fp: "",
    sig: null,
  };
  const fp = await entryFingerprint(crypto, unsigned);
  const sig = request.keys ? await signFingerprint(crypto, request.keys.privateKey, fp) : null;
  return {
    entries: [...ledger.entries, { ...unsigned, fp, sig }],
    snapshots: { ...ledger.snapshots, [content]: request.form.fields },
  };
}
