import { ARCHIVE_FORMAT, archiveJson, archiveOf, archiveTime, type CaseArchive, shortCode } from "../../../src/core";
import { options, type Project } from "../workflow/fixtures";
import { ARCHIVED_AT as AT, caseProject } from "./case-fixture";
import type { ProjectSnapshot } from "../../../src/hosts/types";

describe("archiveOf", () => {
  let project: Project;
  let archive: CaseArchive;

  beforeAll(async () => ({ project, archive } = await caseProject()));

  it("lists every instance in file order with its name and sign-off state", () => {
    expect(archive).toMatchObject({ format: ARCHIVE_FORMAT, version: 1, generatedAt: "2026-12-30T08:15:00.000Z" });
    expect(archive.projectName).toBe("Complaint response");
    expect(archive.instances.map((i) => [i.template, i.instance, i.name["en-US"], i.state.status])).toEqual([
      ["T1", "kick01", "Kickoff application", "needsSignatures"],
      ["T2", "cons01", "Consensus form", "signed"],
      ["T3", "wbs001", "Task breakdown (WBS)", "notSigned"],
      ["T4", "meet01", "Meeting minutes", "notSigned"],
      ["T7", "acc001", "Acceptance checklist", "needsSignatures"],
    ]);
    expect(archive.instances[1].state.message).toEqual({
      "en-US": "Signed: all 4 required signers approved.",
      "zh-CN": "已签署：4 位签字人均已同意。",
    });
  });

  it("gives each form's fields and tables as people read them", () => {
    const t2 = archive.instances[1];
    const field = (key: string) => t2.fields.find((f) => f.key === key);
    expect(field("date")).toEqual({ key: "date", label: { "en-US": "Date", "zh-CN": "日期" }, value: "2026-10-20" });
    expect(field("meetingFrequency")?.value).toBe("Weekly");
    expect(field("dailyChannel")?.value).toBe("<script>alert(1)</script>");
    expect(field("meetingParticipants")?.value).toBe("=cmd|'/C calc'!A0");
    expect(field("standards.3")).toBeUndefined();
    const responsibilities = t2.tables.find((t) => t.id === "responsibilities")!;
    expect(responsibilities.columns.map((c) => c.id)).toEqual([
      "department",
      "role",
      "type",
      "responsibility",
      "liaison",
    ]);
    expect(responsibilities.rows[1]).toEqual(["Product", "Cooperating", "Support", "Product part", "Wang Fang"]);
    const tasks = archive.instances[2].tables[0];
    const row = Object.fromEntries(tasks.columns.map((c, i) => [c.id, tasks.rows[0][i]]));
    expect(row).toMatchObject({ taskId: "WBS-001", progress: "25%", status: "In progress", start: "2026-11-10" });
    expect(archive.instances[2].fields.map((f) => [f.key, f.value])).toEqual([
      ["updateDate", "2026-11-18"],
      ["statusDate", "2026-11-20"],
    ]);
  });

  it("lists each form's signatures with role, decision, time and the code of its ledger entry", () => {
    const entries = project.ledger.entries;
    const t2 = archive.instances[1].signatures;
    expect(t2.map((s) => [s.n, s.signer, s.roleLabel["en-US"], s.decisionLabel["zh-CN"], s.trusted])).toEqual([
      [1, "Li Na", "Lead department: Customer service", "同意", true],
      [2, "Wang Fang", "Head of Product", "同意", true],
      [3, "Chen Jie", "Head of Engineering", "同意", true],
      [4, "Zhao Lei", "Head of Legal", "同意", true],
    ]);
    expect(t2[0].code).toBe(shortCode(entries[0].fp));
    expect(t2[0].at).toBe(entries[0].at);
    expect(archive.instances[4].signatures.map((s) => [s.n, s.role, s.roleLabel["en-US"]])).toEqual([
      [5, "lead", "Collaboration lead"],
    ]);
    expect(archive.instances[0].signatures).toEqual([]);
  });

  it("reports the verification in words: intact, 5 entries, the last code", () => {
    const v = archive.verification;
    const last = shortCode(project.ledger.entries[4].fp);
    expect(v).toMatchObject({ intact: true, count: 5, lastCode: last, problem: null });
    expect(v.summary).toEqual({
      "en-US": `The ledger is intact: all 5 entries verify. Last code ${last}: compare it with a copy kept elsewhere.`,
      "zh-CN": `签字账本完整：5 条记录全部通过校验。最后一条的校验码为 ${last}，可与另存的副本核对。`,
    });
    expect(v.entries.map((e) => e.findings[0].kind)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(v.limits.length).toBeGreaterThan(0);
  });

  it("an edited record does not count, and an unreadable one is reported and left out", async () => {
    const input = project.input();
    const edited = input.ledger.map((r, i) => (i === 1 ? r.replace('"signer":"Wang Fang"', '"signer":"Mallory"') : r));
    const broken = await archiveOf(
      { ...input, ledger: [...edited, "not json"] },
      { crypto: options.crypto, generatedAt: AT },
    );
    const v = broken.verification;
    expect(v.intact).toBe(false);
    expect(v.problem).not.toBeNull();
    expect(v.count).toBe(5);
    expect(v.summary["en-US"]).toMatch(/^1 of 5 entries do not count as signatures \(see below\)\. Last code /);
    expect(v.summary["zh-CN"]).toMatch(/^5 条记录中有 1 条不计为有效签字（见下文）。/);
    expect(v.entries[1].findings.map((f) => f.severity)).toContain("error");
    expect(broken.instances[1].signatures[1]).toMatchObject({ signer: "Mallory", trusted: false });
    expect(broken.instances[1].state.status).toBe("needsSignatures");
  });

  it("an empty file (the hosts' ProjectSnapshot as it is): no instances, a ledger without entries", async () => {
    const snapshot: ProjectSnapshot = { instances: [], forms: {}, ledger: [], wbs: {} };
    const empty = await archiveOf(snapshot, { crypto: options.crypto, generatedAt: AT });
    expect(empty.instances).toEqual([]);
    expect(empty.projectName).toBe("");
    expect(empty.verification.summary).toEqual({
      "en-US": "The ledger has no entries.",
      "zh-CN": "签字账本中没有记录。",
    });
  });
});

describe("archiveJson", () => {
  const model = (): CaseArchive => ({
    format: ARCHIVE_FORMAT,
    version: 1,
    generatedAt: "2026-12-30T08:15:00.000Z",
    projectName: "</script><script>alert(1)</script>",
    instances: [],
    verification: {
      intact: true,
      count: 0,
      lastCode: null,
      summary: { "en-US": "The ledger has no entries.", "zh-CN": "签字账本中没有记录。" },
      problem: null,
      entries: [],
      limits: [],
    },
  });

  it("is stable: sorted keys at every level, two-space indent, a final newline", () => {
    const a = model();
    const b = { ...model(), verification: { ...model().verification } };
    const reversed = Object.fromEntries(Object.entries(b).reverse()) as unknown as CaseArchive;
    expect(archiveJson(reversed)).toBe(archiveJson(a));
    const text = archiveJson(a);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n").slice(0, 4)).toEqual([
      "{",
      '  "format": "concord-archive",',
      '  "generatedAt": "2026-12-30T08:15:00.000Z",',
      '  "instances": [],',
    ]);
    expect(JSON.parse(text)).toEqual(a);
  });

  it("keeps hostile text as a JSON string", () => {
    expect(JSON.parse(archiveJson(model())).projectName).toBe("</script><script>alert(1)</script>");
  });

  it("prints signature times to the minute in UTC", () => {
    expect(archiveTime("2026-11-20T09:01:30.000Z")).toBe("2026-11-20 09:01 UTC");
    expect(archiveTime("garbage")).toBe("garbage");
  });
});
