/**
 * Sign-off ledger (SPEC §5): pure rules, no Office.js, no DOM; Web Crypto is passed in.
 *
 * A signature covers a form's canonical content (`canonicalForm`: its fields and tables, blank = missing, text
 * normalized, choices by id; the signature blocks and the decision fields the sign-off fills are left out). Each ledger
 * entry records the form, role, department, signer, decision, UTC time and the content fingerprint, chains the previous
 * entry's fingerprint, and carries the signer's ECDSA P-256 public key with a signature over its own fingerprint (or
 * neither, where the browser has no ECDSA). `verifyLedger` says per entry what is and is not proven;
 * `formSignoffState` says whether a form is signed, needs signatures, is stale (with the changes), rejected, or needs a
 * full re-sign after an approved change request.
 */
export {
  canonicalForm,
  canonicalNumber,
  canonicalString,
  canonicalValue,
  normalizeText,
  SIGNOFF_FIELDS,
  stableJson,
} from "./canonical";
export type { CanonicalForm, FormInput } from "./canonical";
export { contentFingerprint, GENESIS, sha256Hex, shortCode } from "./fingerprint";
export type { SignoffCrypto } from "./fingerprint";
export { createSigningKeys, exportPublicKey, keyFingerprint, signFingerprint, verifyFingerprint } from "./keys";
export type { PublicKeyJwk } from "./keys";
export { appendEntry, EMPTY_LEDGER, entryFingerprint, SIGNER_ROLES, SignoffError } from "./ledger";
export type { FormRef, IdentitySource, Ledger, LedgerEntry, SignerRole, SignoffDecision, SignRequest } from "./ledger";
export { LEDGER_FORMAT, LedgerFormatError, parseLedger, serializeLedger } from "./serialize";
export { diffFields } from "./diff";
export type { FieldChange } from "./diff";
export type { Finding, FindingKind, FindingSeverity } from "./messages";
export { verifyLedger } from "./verify";
export type { EntryReport, VerifyReport } from "./verify";
export { departmentsAdded, requiredSigners, signsFor } from "./signers";
export type { RequiredSigner, SignerContext } from "./signers";
export { formSignoffState } from "./state";
export type { ApprovedChange, FormSignoffState, FormStatus, SignerState, SignerStatus, StateOptions } from "./state";
export * from "./records";
