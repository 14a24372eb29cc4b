import { archiveOf, type CaseArchive } from "../../../src/core";
import { acceptance, consensusForm, kickoff, minutes, options, person, Project, task, wbs } from "../workflow/fixtures";

export const ARCHIVED_AT = new Date(Date.UTC(2026, 11, 30, 8, 15, 0));

/**
 * A case to archive: T1 unsigned, T2 signed by its four departments (with hostile text in two fields), a WBS of one
 * task, weekly minutes, and T7 signed by the lead only — 5 ledger entries.
 */
export async function caseProject(): Promise<{ project: Project; archive: CaseArchive }> {
  const liNa = await person("Li Na", "Customer service");
  const others = [
    await person("Wang Fang", "Product"),
    await person("Chen Jie", "Engineering"),
    await person("Zhao Lei", "Legal"),
  ];
  const lead = await person("Sun Hao", "PMO");
  const consensus = consensusForm();
  consensus.values = {
    ...consensus.values,
    dailyChannel: "<script>alert(1)</script>",
    meetingParticipants: "=cmd|'/C calc'!A0",
  };
  const project = new Project()
    .add("T1", "kick01", kickoff())
    .add("T2", "cons01", consensus)
    .add("T3", "wbs001", wbs([task(1, { progress: 0.25, status: "In progress" })]))
    .add("T4", "meet01", minutes("weekly", "2026-10-26"))
    .add("T7", "acc001", acceptance("Pass", "Report"));
  await project.sign("cons01", liNa, "lead");
  for (const who of others) await project.sign("cons01", who, "department");
  await project.sign("acc001", lead, "lead");
  const archive = await archiveOf(project.input(), { crypto: options.crypto, generatedAt: ARCHIVED_AT });
  return { project, archive };
}
