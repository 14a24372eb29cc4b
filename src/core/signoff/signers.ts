import { bi, type Bilingual } from "../templates";
import type { CanonicalForm } from "./canonical";
import { nameKey, sameName } from "./identity";
import type { LedgerEntry, SignerRole } from "./ledger";

/** One signature a form needs. */
export interface RequiredSigner {
  role: SignerRole;
  /** The department signed for; "" when any department may (the collaboration lead, or one not yet known). */
  department: string;
  label: Bilingual;
  /** Lower steps sign first (T1: the initiating head, then the lead's approval). */
  step: number;
  /** Change id (T5 `changeId`) of the approved change request that added this department. */
  addedBy?: string;
}

/** What other forms of the project tell about a form's signers. */
export interface SignerContext {
  /** The consensus form (T2): its responsibilities table lists the departments that sign T2 and T8. */
  consensus?: CanonicalForm;
  /** The kickoff application (T1): its initiating department is the requesting side of the acceptance (T7). */
  kickoff?: CanonicalForm;
  /** Departments added by approved change requests (see `departmentsAdded`), signing T2 and T8 too. */
  addedDepartments?: ReadonlyArray<{ department: string; changeId: string }>;
}

const LEAD: RequiredSigner = { role: "lead", department: "", label: bi("Collaboration lead", "协作牵头人"), step: 1 };

function departmentHead(department: string, role: SignerRole = "department"): RequiredSigner {
  if (role === "lead") {
    return { role, department, label: bi(`Lead department: ${department}`, `牵头部门：${department}`), step: 1 };
  }
  return { role, department, label: bi(`Head of ${department}`, `${department}负责人`), step: 1 };
}

/** Rows of T2's responsibilities table: department and role (`lead` / `cooperating`), blank departments skipped. */
export function responsibilities(consensus: CanonicalForm): Array<{ department: string; lead: boolean }> {
  return Object.keys(consensus.fields)
    .map((key) => /^responsibilities\.(\d+)\.department$/.exec(key))
    .flatMap((match) => (match ? [Number(match[1])] : []))
    .sort((a, b) => a - b)
    .map((row) => ({
      department: consensus.fields[`responsibilities.${row}.department`],
      lead: consensus.fields[`responsibilities.${row}.role`] === "lead",
    }));
}

/** The departments an approved change request adds: T5 `changes` includes departments, listed in affectedDepartments. */
export function departmentsAdded(change: CanonicalForm): string[] {
  const changes = (change.fields.changes ?? "").split(", ");
  if (!changes.includes("departments")) return [];
  return (change.fields.affectedDepartments ?? "").split(/\s*[,，;；、/\n]\s*/).filter((d) => d !== "");
}

function uniqueDepartments(signers: RequiredSigner[]): RequiredSigner[] {
  const seen = new Set<string>();
  return signers.filter((s) => {
    const key = `${s.role}:${nameKey(s.department)}`;
    if (s.role === "department" && signers.some((o) => o.role === "lead" && sameName(o.department, s.department))) {
      return false;
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function added(context: SignerContext, departments: string[]): RequiredSigner[] {
  return (context.addedDepartments ?? [])
    .filter((a) => !departments.some((d) => sameName(d, a.department)))
    .map((a) => ({ ...departmentHead(a.department), addedBy: a.changeId }));
}

/**
 * The signatures a form needs, from its fields and the project's other forms:
 * T1: the initiating department's head, then the lead; T2: every department of its responsibilities table (the one
 * marked lead signs as the lead department; the lead signs alone when none is marked); T5: the lead; T7: the lead and
 * the requesting side (T1's initiating department); T8: the lead and every department of T2's table. Departments added
 * by approved change requests sign T2 and T8. T3, T4 and T6 are not signed.
 */
export function requiredSigners(form: CanonicalForm, context: SignerContext = {}): RequiredSigner[] {
  switch (form.template) {
    case "T1": {
      const department = form.fields.initiatingDepartment ?? "";
      return [
        {
          role: "initiatingHead",
          department,
          label: bi(`Initiating department head (${department || "?"})`, `发起部门负责人（${department || "?"}）`),
          step: 1,
        },
        { ...LEAD, step: 2 },
      ];
    }
    case "T2": {
      const rows = responsibilities(form);
      const signers = rows.map((r) => departmentHead(r.department, r.lead ? "lead" : "department"));
      const withLead = signers.some((s) => s.role === "lead") ? signers : [LEAD, ...signers];
      return uniqueDepartments([
        ...withLead,
        ...added(
          context,
          rows.map((r) => r.department),
        ),
      ]);
    }
    case "T5":
      return [LEAD];
    case "T7": {
      const department = context.kickoff?.fields.initiatingDepartment ?? "";
      const label = bi(`Requesting side (${department || "?"})`, `需求方（${department || "?"}）`);
      return [LEAD, { role: "requester", department, label, step: 1 }];
    }
    case "T8": {
      const departments = context.consensus ? responsibilities(context.consensus).map((r) => r.department) : [];
      return uniqueDepartments([LEAD, ...departments.map((d) => departmentHead(d)), ...added(context, departments)]);
    }
    default:
      return [];
  }
}

/** Whether an entry is a signature for this requirement: same role, and same department unless any may sign. */
export function signsFor(entry: LedgerEntry, signer: RequiredSigner): boolean {
  return entry.role === signer.role && (signer.department === "" || sameName(entry.department, signer.department));
}
