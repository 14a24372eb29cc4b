import { webcrypto } from "node:crypto";
import { STATUS_LABELS, type Host, type InstanceRecord, type Language, type SignoffCrypto } from "../../../src/core";
import { FormLockedError, LocalizedError } from "../../../src/hosts/errors";
import { createPreviewHost, SAMPLE_IDS, SAMPLE_PENDING_SIGNER, type PreviewHost } from "../../../src/hosts/preview";
import type { ExcelConcordHost, SignoffHost } from "../../../src/hosts/types";
import { describeHostContract } from "../contract/host-contract";

const crypto = webcrypto.subtle as unknown as SignoffCrypto;

const preview = <K extends Host>(kind: K, language: Language = "en-US", more = {}) =>
  createPreviewHost({ kind, language, crypto, random: sequence(), ...more });

/** A deterministic `random` for instance ids. */
function sequence(): () => number {
  let n = 0;
  return () => ((n = (n * 7 + 3) % 101) / 101) as number;
}

describeHostContract("preview, Excel kind, sample project", async () => ({ host: await preview("excel") }));
describeHostContract("preview, Word kind, sample project in Chinese", async () => ({
  host: await preview("word", "zh-CN"),
}));
describeHostContract("preview, Word kind, empty document", async () => ({
  host: await preview("word", "en-US", { empty: true, user: null }),
}));

/** The record of a sample instance, as the file lists it. */
async function sampleRecord(host: PreviewHost, id: string): Promise<InstanceRecord> {
  return (await host.findTemplates()).find((i) => i.record.id === id)!.record;
}

describe("preview host", () => {
  it("holds what each kind of file can: Excel every sample form, Word its document templates", async () => {
    // The Excel kind is an Excel host to the pane (WBS reads and updates), the Word kind a Word one.
    const excelHost: ExcelConcordHost & SignoffHost = await preview("excel");
    const excel = await excelHost.findTemplates();
    const word = await (await preview("word")).findTemplates();
    expect(excel.map((i) => i.record.template)).toEqual(["T1", "T4", "T2", "T3", "T4", "T5", "T6"]);
    expect(word.map((i) => i.record.template)).toEqual(["T1", "T4", "T2", "T4", "T5"]);
    expect(excel.map((i) => i.location)).toEqual([
      "Kickoff application",
      "Meeting minutes",
      "Consensus form",
      "Task breakdown (WBS)",
      "Meeting minutes (2)",
      "Change request",
      "Issue & risk log",
    ]);
  });

  it("refuses to insert an Excel-only template in the Word kind", async () => {
    const host = await preview("word");
    const error = await host.insertTemplate("T3", "en-US").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalizedError);
    expect((error as LocalizedError).messages["zh-CN"]).toContain("Word");
    expect(await host.findTemplates()).toHaveLength(5);
  });

  it("inserts a fresh instance with the template's starting values, on a sheet of its own name", async () => {
    const host = await preview("excel");
    const { record: t2, location } = await host.insertTemplate("T2", "zh-CN");
    expect(location).toBe("跨部门协作共识表");
    const values = await host.readFields(t2);
    expect(values).toMatchObject({ meetingFrequency: "周会", meetingMinutes: 30, responseHours: 2, projectName: null });
    expect((await host.insertTemplate("T2", "zh-CN")).location).toBe("跨部门协作共识表 (2)");

    const wbs = await host.readWbs((await host.insertTemplate("T3", "en-US")).record);
    expect(wbs.tasks.map((t) => t.taskId).slice(0, 3)).toEqual(["WBS-001", "WBS-002", "WBS-003"]);
    expect(wbs.tasks.every((t) => t.status === "")).toBe(true);
    expect(wbs.statusDate).toBe((await host.readWbs(await sampleRecord(host, SAMPLE_IDS.wbs))).statusDate);
  });

  it("recomputes the WBS formulas after an update, as the sheet would", async () => {
    const host = await preview("excel");
    const t3 = await sampleRecord(host, SAMPLE_IDS.wbs);
    const status = async (id: string) => (await host.readWbs(t3)).tasks.find((t) => t.taskId === id)!;
    // WBS-032 waits on WBS-027; finishing WBS-027 releases it.
    expect(await status("WBS-032")).toMatchObject({ waitingOn: "WBS-027", status: STATUS_LABELS["en-US"].blocked });
    await host.updateWbs(t3, [{ row: 27, progress: 1 }]);
    expect(await status("WBS-027")).toMatchObject({ status: "Completed", progress: 1 });
    expect(await status("WBS-032")).toMatchObject({ waitingOn: "", status: "In progress" });
    // Errors show as the sheet's cells would: an unknown predecessor is #N/A, a cycle #VALUE!.
    await host.updateWbs(t3, [{ row: 32, predecessors: "WBS-999" }]);
    expect(await status("WBS-032")).toMatchObject({ waitingOn: "#N/A", status: "#N/A" });
    await host.updateWbs(t3, [
      { row: 32, predecessors: "WBS-033" },
      { row: 33, predecessors: "WBS-032" },
    ]);
    expect(await status("WBS-033")).toMatchObject({ waitingOn: "#VALUE!", status: "#VALUE!" });
  });

  it("grows the Tasks table by the rows past it, blank rows shaped like the others; a gap is refused", async () => {
    const host = await preview("excel");
    const t3 = await sampleRecord(host, SAMPLE_IDS.wbs);
    const before = (await host.readWbs(t3)).tasks;
    const n = before.length;
    const gap = [
      { row: n + 1, taskName: "x" },
      { row: n + 3, taskName: "y" },
    ];
    await expect(host.updateWbs(t3, gap)).rejects.toThrow(new RegExp(`row ${n + 2} is missing`));
    await expect(host.updateWbs(t3, [{ row: 0, notes: "x" }])).rejects.toThrow(RangeError);
    expect((await host.readWbs(t3)).tasks).toEqual(before);

    await host.updateWbs(t3, [
      { row: n, notes: "last of the old rows" },
      { row: n + 1, taskId: "WBS-901", taskName: "Follow up", owner: "Li Lei", due: 46100, predecessors: "WBS-001" },
      { row: n + 2, taskName: "=not a formula" },
    ]);
    const after = (await host.readWbs(t3)).tasks;
    expect(after).toHaveLength(n + 2);
    expect(after[n - 1].notes).toBe("last of the old rows");
    expect(after[n]).toMatchObject({ row: n + 1, taskId: "WBS-901", taskName: "Follow up", due: 46100 });
    expect(after[n].status).not.toBe("");
    expect(after[n + 1]).toMatchObject({ taskId: "", taskName: "=not a formula", due: null, progress: null });
    const tables = (await host.readForm(t3)).tables.tasks;
    expect(Object.keys(tables[n + 1]).sort()).toEqual(Object.keys(tables[0]).sort());
  });

  it("locks forms against writing in the Word kind only, and records the lock in both", async () => {
    for (const kind of ["word", "excel"] as const) {
      const host = await preview(kind);
      const t1 = await sampleRecord(host, SAMPLE_IDS.kickoffApplication);
      await host.setFormLocked(t1, true);
      expect(host.isLocked(t1)).toBe(true);
      const write = host.writeFields(t1, { number: "XT-2026-999" });
      if (kind === "word") await expect(write).rejects.toBeInstanceOf(FormLockedError);
      else await expect(write).resolves.toBeUndefined();
    }
  });

  it("records the selected instance", async () => {
    const host = await preview("word");
    expect(host.selection).toBeNull();
    await host.selectInstance(await sampleRecord(host, SAMPLE_IDS.consensus));
    expect(host.selection).toMatchObject({ template: "T2", id: SAMPLE_IDS.consensus });
  });

  it("tells the pending signer as the Word user, nobody in Excel, or whom it is told", async () => {
    const word = await preview("word", "zh-CN");
    expect(await word.currentUser()).toBe(SAMPLE_PENDING_SIGNER.name["zh-CN"]);
    expect(word.capabilities).toEqual({ lockForms: true, identity: true });
    const excel = await preview("excel");
    expect(await excel.currentUser()).toBeNull();
    expect(excel.capabilities).toEqual({ lockForms: false, identity: false });
    expect(await (await preview("excel", "en-US", { user: "Li Na" })).currentUser()).toBe("Li Na");
  });

  it("answers after the delay it is given, so spinners show", async () => {
    const host = await preview("excel", "en-US", { delayMs: 40 });
    const started = Date.now();
    await host.findTemplates();
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });

  it("hands out copies: changing what it returned does not change the file", async () => {
    const host = await preview("excel");
    const t2 = await sampleRecord(host, SAMPLE_IDS.consensus);
    const form = await host.readForm(t2);
    const records = (await host.readProject()).ledger.length;
    form.values.projectName = "changed";
    form.tables.responsibilities[0].department = "changed";
    (await host.readProject()).ledger.pop();
    const again = await host.readForm(t2);
    expect(again.values.projectName).toBe("Faster complaint response");
    expect(again.tables.responsibilities[0].department).toBe("Customer Service");
    expect((await host.readProject()).ledger).toHaveLength(records);
  });

  it("selects WBS rows as Excel does (every listed row that exists) and reads the WBS calendar", async () => {
    const host = await preview("excel");
    const wbs = await sampleRecord(host, SAMPLE_IDS.wbs);
    expect(await host.selectTaskRows(wbs, [7, 3, 3, 0, 999])).toEqual({ selected: 2 });
    expect(host.selectedTaskRows).toEqual([3, 7]);
    expect(host.selection?.id).toBe(wbs.id);
    expect(await host.selectTaskRows(wbs, [])).toEqual({ selected: 0 });
    expect(host.selectedTaskRows).toEqual([3, 7]);
    const issues = await sampleRecord(host, SAMPLE_IDS.issueLog);
    await expect(host.selectTaskRows(issues, [1])).rejects.toThrow(RangeError);
    const { record: fresh } = await host.insertTemplate("T3", "zh-CN");
    await host.writeFields(fresh, { "calendar.1.date": 46115, "calendar.1.kind": "休", "calendar.3.date": 46120 });
    expect((await host.readProject()).wbs[fresh.id].calendar).toEqual([
      [46115, "休"],
      [46120, null],
    ]);
  });

  it("adds report sheets under free names in the Excel kind, and refuses them in Word", async () => {
    const host = await preview("excel");
    const plan = { sheetName: "Kickoff application" } as Parameters<PreviewHost["addReportSheet"]>[0];
    expect(await host.addReportSheet(plan)).toEqual({ sheet: "Kickoff application (2)" });
    expect(await host.addReportSheet(plan)).toEqual({ sheet: "Kickoff application (3)" });
    expect(host.reportSheets.map((r) => r.sheet)).toEqual(["Kickoff application (2)", "Kickoff application (3)"]);
    await expect((await preview("word")).addReportSheet(plan)).rejects.toBeInstanceOf(LocalizedError);
  });
});
