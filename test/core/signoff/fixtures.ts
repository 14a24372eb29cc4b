import { webcrypto } from "node:crypto";
import {
  appendEntry,
  canonicalForm,
  createSigningKeys,
  EMPTY_LEDGER,
  type CanonicalForm,
  type SignoffDecision,
  type FormInput,
  type Ledger,
  type SignerRole,
  type SignoffCrypto,
} from "../../../src/core/signoff";

/** Node's Web Crypto, the same API the task pane gets from the browser. */
export const subtle = webcrypto.subtle as unknown as SignoffCrypto;

/** A browser without ECDSA (EdgeHTML, IE11): hashing works, key generation fails. */
export const noEcdsa: SignoffCrypto = {
  digest: subtle.digest.bind(subtle),
  exportKey: subtle.exportKey.bind(subtle),
  importKey: subtle.importKey.bind(subtle),
  sign: subtle.sign.bind(subtle),
  verify: subtle.verify.bind(subtle),
  generateKey: () => Promise.reject(new DOMException("Algorithm: Unrecognized name", "NotSupportedError")),
} as SignoffCrypto;

export function consensusInput(overrides: Partial<FormInput> = {}): FormInput {
  return {
    template: "T2",
    instance: "abc123",
    values: {
      projectName: "Complaint response",
      date: 46356,
      finalGoal: "Cut the average complaint response time from 48 h to 24 h by 2026-12-31",
      "standards.1": "Complaint response time ≤ 24 h",
      dailyChannel: "Project chat",
      meetingDay: "Monday",
      meetingTime: 0.4375,
      responseHours: 2,
      solutionHours: 24,
      "leadDepartment.1.signer": "Li Na",
    },
    tables: {
      responsibilities: [
        { department: "Customer service", role: "Lead", type: "Execution", responsibility: "Own", liaison: "Li Na" },
        { department: "Product", role: "配合", type: "Support", responsibility: "Spec", liaison: "Wang Fang" },
        { department: "Engineering", role: "cooperating", type: "execution", responsibility: "Build", liaison: "Chen" },
      ],
    },
    ...overrides,
  };
}

export const consensus = (overrides: Partial<FormInput> = {}): CanonicalForm =>
  canonicalForm(consensusInput(overrides));

/** A person at their own browser, with their own non-extractable key (or none, without ECDSA). */
export interface Person {
  name: string;
  department: string;
  keys: CryptoKeyPair | null;
}

export async function person(name: string, department: string, crypto: SignoffCrypto = subtle): Promise<Person> {
  return { name, department, keys: await createSigningKeys(crypto) };
}

let clock = Date.UTC(2026, 10, 20, 9, 0, 0);

export function sign(
  ledger: Ledger,
  who: Person,
  form: CanonicalForm,
  role: SignerRole,
  decision: SignoffDecision = "approve",
  comment = "",
  crypto: SignoffCrypto = subtle,
): Promise<Ledger> {
  clock += 60_000;
  return appendEntry(
    ledger,
    {
      form,
      role,
      department: who.department,
      signer: who.name,
      decision,
      comment,
      at: new Date(clock),
      keys: who.keys,
    },
    crypto,
  );
}

/** Signs several times in a row, each `[person, role, decision?, comment?]`. */
export async function signAll(
  form: CanonicalForm,
  steps: ReadonlyArray<[Person, SignerRole, SignoffDecision?, string?]>,
  ledger: Ledger = EMPTY_LEDGER,
): Promise<Ledger> {
  for (const [who, role, decision, comment] of steps) ledger = await sign(ledger, who, form, role, decision, comment);
  return ledger;
}
