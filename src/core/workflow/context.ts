import { fileSignoff, SIGNED_TEMPLATES } from "../closing";
import type { CanonicalForm, FormSignoffState, Ledger, VerifyReport } from "../signoff";
import { type Bilingual, getTemplate, type Host, type InstanceRecord, type TemplateId } from "../templates";
import type { ProjectInput, WorkflowOptions } from "./types";
import { type WbsFacts, wbsFacts } from "./wbs";

/** Everything the steps read, derived once from the file. */
export interface ProjectContext {
  input: ProjectInput;
  /** The host the pane runs in, when known: what it can insert. */
  host: Host | undefined;
  now: number;
  today: number;
  /** Instances by template, in file order. */
  instances: ReadonlyMap<TemplateId, readonly InstanceRecord[]>;
  /** Canonical content of every instance by instance id (the WBS's is blank: its rows are in `wbs`). */
  forms: ReadonlyMap<string, CanonicalForm>;
  /** Sign-off state of every signed form (T1, T2, T5, T7, T8), by instance id. */
  signoff: ReadonlyMap<string, FormSignoffState>;
  ledger: Ledger;
  report: VerifyReport;
  /** The project's WBS (the first T3) in figures; null without a T3 or when the host did not read its rows. */
  wbs: WbsFacts | null;
  ledgerProblem: Bilingual | null;
}

export const instancesOf = (context: ProjectContext, template: TemplateId): readonly InstanceRecord[] =>
  context.instances.get(template) ?? [];

/** Whether the pane can insert the template here (any template when the host is not known). */
export const insertable = (context: ProjectContext, template: TemplateId): boolean =>
  !context.host || getTemplate(template).hosts.includes(context.host);

/**
 * The form of a step that takes one instance of a template: the first in file order. (A copy of a form is a separate
 * instance; the first one is the project's.)
 */
export function primary(context: ProjectContext, template: TemplateId): InstanceRecord | null {
  return instancesOf(context, template)[0] ?? null;
}

export async function projectContext(input: ProjectInput, options: WorkflowOptions): Promise<ProjectContext> {
  const instances = new Map<TemplateId, InstanceRecord[]>();
  for (const { record } of input.instances) {
    const list = instances.get(record.template);
    if (list) list.push(record);
    else instances.set(record.template, [record]);
  }
  const { forms, ledger, problem, report, stateOf } = await fileSignoff(input, options.crypto);
  const signoff = new Map<string, FormSignoffState>();
  for (const form of forms.values())
    if (SIGNED_TEMPLATES.includes(form.template)) signoff.set(form.instance, await stateOf(form));
  const t3 = instances.get("T3")?.[0];
  const rows = t3 && input.wbs[t3.id];
  return {
    input,
    host: options.host,
    now: options.now,
    today: Math.floor(options.now),
    instances,
    forms,
    signoff,
    ledger,
    report,
    wbs: rows ? wbsFacts(rows, Math.floor(options.now)) : null,
    ledgerProblem: problem,
  };
}
