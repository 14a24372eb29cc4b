import { KICKOFF } from "./t1-kickoff";
import { CONSENSUS } from "./t2-consensus";
import { WBS } from "./t3-wbs";
import { MINUTES } from "./t4-minutes";
import { CHANGE_REQUEST } from "./t5-change";
import { ISSUE_LOG } from "./t6-issues";
import { ACCEPTANCE } from "./t7-acceptance";
import { RETROSPECTIVE } from "./t8-retrospective";
import type { Host, TemplateDef, TemplateId } from "./types";

/** Every template, in the order of the collaboration loop. */
export const TEMPLATES: readonly TemplateDef[] = [
  KICKOFF,
  CONSENSUS,
  WBS,
  MINUTES,
  CHANGE_REQUEST,
  ISSUE_LOG,
  ACCEPTANCE,
  RETROSPECTIVE,
];

export function getTemplate(id: TemplateId): TemplateDef {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`unknown template ${id}`);
  return template;
}

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === "string" && TEMPLATES.some((t) => t.id === value);
}

/** The templates a host can insert. */
export function templatesFor(host: Host): TemplateDef[] {
  return TEMPLATES.filter((t) => t.hosts.includes(host));
}
