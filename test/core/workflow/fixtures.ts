import { serialFromDate } from "../../../src/core/dates";
import {
  canonicalForm,
  EMPTY_LEDGER,
  entryRecord,
  type Ledger,
  type SignerRole,
  type SignoffDecision,
} from "../../../src/core/signoff";
import { getTemplate, type InstanceRecord, type TemplateId } from "../../../src/core/templates";
import type { ProjectForm, ProjectInput, ProjectTask, ProjectWbs, StepId, StepState } from "../../../src/core/workflow";
import { type Person, sign as signEntry, subtle } from "../signoff/fixtures";

export { person, subtle, type Person } from "../signoff/fixtures";

/** Friday 2026-11-20, 10:00. */
export const TODAY = serialFromDate(2026, 11, 20);
export const NOW = TODAY + 10 / 24;
export const options = { crypto: subtle, now: NOW };

export const record = (template: TemplateId, id: string): InstanceRecord => ({
  template,
  id,
  language: "en-US",
  version: getTemplate(template).version,
});

export const kickoff = (): ProjectForm => ({
  values: {
    projectName: "Complaint response",
    number: "XT-2026-001",
    initiatingDepartment: "Customer service",
    initiationDate: "2026-10-08",
    scenario: "Problem solving",
    backgroundAndGoal: "Cut the average complaint response time from 48 h to 24 h by 2026-12-31",
    expectedResults: "Complaint SOP v1.0",
    involvedDepartments: "Customer service, Product, Engineering, Legal",
  },
  tables: { milestones: [{ milestone: "Launch", date: "2026-10-15" }] },
});

const department = (name: string, role: string, type: string, liaison: string) => ({
  department: name,
  role,
  type,
  responsibility: `${name} part`,
  liaison,
});

export const consensusForm = (): ProjectForm => ({
  values: {
    projectName: "Complaint response",
    date: "2026-10-20",
    finalGoal: "Cut the average complaint response time from 48 h to 24 h by 2026-12-31",
    "standards.1": "Complaint response time ≤ 24 h",
    "standards.2": "Resolution rate at least 90%",
    dailyChannel: "Project chat",
    meetingFrequency: "Weekly",
    meetingDay: "Monday",
    meetingTime: "10:00",
    meetingParticipants: "Heads and liaisons",
  },
  tables: {
    responsibilities: [
      department("Customer service", "Lead", "Execution", "Li Na"),
      department("Product", "Cooperating", "Support", "Wang Fang"),
      department("Engineering", "Cooperating", "Execution", "Chen Jie"),
      department("Legal", "Cooperating", "Supervision", "Zhao Lei"),
    ],
  },
});

export const minutes = (meetingType: string, date: string): ProjectForm => ({
  values: { projectName: "Complaint response", meetingType, date, time: "10:00", agenda: "Progress" },
  tables: { attendees: [{ department: "Customer service", attendees: "Li Na" }] },
});

export const changeRequest = (decided = {}): ProjectForm => ({
  values: {
    projectName: "Complaint response",
    changeId: "CR-001",
    raisedBy: "Customer service",
    date: "2026-11-02",
    changes: "Plan",
    description: "Move the launch by a week",
    reason: "Supplier delay",
    ...decided,
  },
  tables: {},
});

export const acceptance = (result = "Pass", evidence = "Report"): ProjectForm => ({
  values: { projectName: "Complaint response", date: "2026-12-20" },
  tables: {
    checks: [
      {
        deliverable: "Complaint SOP",
        department: "Customer service",
        standard: "Complaint response time ≤ 24 h",
        evidence,
        result,
        checkedBy: "Li Na",
        date: "2026-12-20",
      },
    ],
  },
});

export const retrospective = (): ProjectForm => ({
  values: { projectName: "Complaint response", date: "2026-12-28", highlights: "Fast sync" },
  tables: {
    goals: [{ standard: "Response ≤ 24 h", target: "24 h", actual: "20 h", achieved: "Yes" }],
    improvements: [{ measure: "Change review board", owner: "Li Na", due: "2027-01-31" }],
  },
});

export function task(n: number, overrides: Partial<ProjectTask> = {}): ProjectTask {
  return {
    taskId: `WBS-${String(n).padStart(3, "0")}`,
    taskName: `Task ${n}`,
    department: "Engineering",
    owner: "Chen Jie",
    predecessors: "",
    start: TODAY - 10,
    due: TODAY + 10,
    finish: null,
    progress: 0.5,
    blocker: "",
    lagReason: "",
    status: "In progress",
    ...overrides,
  };
}

export const wbs = (tasks: ProjectTask[], updateDate: number | null = TODAY - 2): ProjectWbs => ({
  statusDate: TODAY,
  updateDate,
  tasks,
});

/** A project being built: instances in file order, their content, the ledger and the WBS rows. */
export class Project {
  readonly instances: Array<{ record: InstanceRecord }> = [];
  readonly forms: Record<string, ProjectForm> = {};
  readonly wbs: Record<string, ProjectWbs> = {};
  ledger: Ledger = EMPTY_LEDGER;

  add(template: TemplateId, id: string, content?: ProjectForm | ProjectWbs): this {
    this.instances.push({ record: record(template, id) });
    if (content && "tasks" in content) this.wbs[id] = content;
    else if (content) this.forms[id] = content;
    return this;
  }

  /** Signs the form's content as it is now, as the pane would. */
  async sign(id: string, who: Person, role: SignerRole, decision: SignoffDecision = "approve", comment = "") {
    const { record: r } = this.instances.find((i) => i.record.id === id)!;
    const content = this.forms[id];
    const form = canonicalForm({ template: r.template, instance: r.id, version: r.version, ...content });
    this.ledger = await signEntry(this.ledger, who, form, role, decision, comment);
    return this;
  }

  input(): ProjectInput {
    const ledger = this.ledger;
    return {
      instances: this.instances,
      forms: this.forms,
      wbs: this.wbs,
      ledger: ledger.entries.map((e) => entryRecord(ledger, e)),
    };
  }
}

export function stepOf(state: { phases: Array<{ steps: StepState[] }> }, id: StepId): StepState {
  return state.phases.flatMap((p) => p.steps).find((s) => s.id === id)!;
}

export const states = (state: { phases: Array<{ steps: StepState[] }> }) =>
  Object.fromEntries(state.phases.flatMap((p) => p.steps).map((s) => [s.id, s.state]));
