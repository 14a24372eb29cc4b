/**
 * A file's forms in canonical text and their sign-off, read once the same way for the loop (workflow/context.ts) and
 * the case archive (archive.ts): the ledger's readable records, verified against the signed forms' current content.
 */
import {
  canonicalForm,
  type CanonicalForm,
  formSignoffState,
  type FormSignoffState,
  type Ledger,
  readableLedger,
  type SignoffCrypto,
  verifyLedger,
  type VerifyReport,
} from "../signoff";
import type { Bilingual, InstanceRecord, TemplateId } from "../templates";
import type { ClosingForm } from "./form-data";

/** The templates people sign. */
export const SIGNED_TEMPLATES: readonly TemplateId[] = ["T1", "T2", "T5", "T7", "T8"];

/** What sign-off is read from: the instances in file order, their content by instance id, the ledger's records. */
export interface SignoffSource {
  instances: ReadonlyArray<{ record: InstanceRecord }>;
  forms: Readonly<Record<string, ClosingForm>>;
  ledger: readonly string[];
}

export interface FileSignoff {
  /** Every instance's canonical content by instance id; the WBS's is blank (its rows are not signed). */
  forms: ReadonlyMap<string, CanonicalForm>;
  ledger: Ledger;
  /** Records that could not be read (they are left out), else null. */
  problem: Bilingual | null;
  report: VerifyReport;
  /** A form's sign-off state: T7's requesting side from the first T1, T8's departments from the first T2. */
  stateOf(form: CanonicalForm): Promise<FormSignoffState>;
}

export async function fileSignoff(source: SignoffSource, crypto: SignoffCrypto): Promise<FileSignoff> {
  const forms = new Map<string, CanonicalForm>();
  for (const { record } of source.instances) {
    const content = record.template === "T3" ? undefined : source.forms[record.id];
    forms.set(
      record.id,
      canonicalForm({
        template: record.template,
        instance: record.id,
        version: record.version,
        values: content?.values ?? {},
        tables: content?.tables ?? {},
      }),
    );
  }
  const { ledger, problem } = readableLedger(source.ledger);
  const report = await verifyLedger(
    ledger,
    [...forms.values()].filter((f) => SIGNED_TEMPLATES.includes(f.template)),
    crypto,
  );
  const first = (template: TemplateId) => {
    const found = source.instances.find((i) => i.record.template === template);
    return found && forms.get(found.record.id);
  };
  const options = { kickoff: first("T1"), consensus: first("T2"), report };
  return { forms, ledger, problem, report, stateOf: (form) => formSignoffState(ledger, form, crypto, options) };
}
