/**
 * The behaviour every Concord host shares (Excel, Word, the browser preview), run against each of them.
 *
 * Use it from a host's own test file, with a fresh host on a fresh fake per test (test/hosts/word/contract.test.ts):
 *
 *   import { describeHostContract } from "../contract/host-contract";
 *   describeHostContract("Word host on the fake", async () => {
 *     const { run } = fakeWordRun(FakeWordDocument.withParagraphs("Intro"));
 *     return { host: new WordHost({ run, requirements: wordRequirements("1.9") }), lineBreaksAsLf: true };
 *   });
 *
 * (Excel: `const { host, restore } = setUp()` from test/hosts/excel/harness.ts, with `restore()` in an afterEach.)
 * `make` is called once per test. The file may already hold instances and ledger records (the preview's sample):
 * every check inserts its own consensus form (T2, a template of both hosts) and compares the ledger before and after.
 */
import {
  getTemplate,
  ledgerFromRecords,
  tablesOf,
  verifyLedger,
  type InstanceRecord,
  type Language,
} from "../../../src/core";
import { BindingNotFoundError, LocalizedError, UnknownFieldError } from "../../../src/hosts/errors";
import type { ConcordHost, SignatureView, SignoffHost } from "../../../src/hosts/types";
import { canonicalOf, signThroughHost, subtle } from "./sign";

export interface ContractSubject {
  host: ConcordHost & SignoffHost;
  /**
   * The host reads a typed line break back as LF whatever was written (Word keeps a break, not its characters): CR LF
   * and CR then compare as LF. Everything else must come back exactly.
   */
  lineBreaksAsLf?: boolean;
}

/** Text a spreadsheet would take for a formula, a sign or a number: it must stay the text that was written. */
export const INERT_TEXTS: readonly string[] = [
  "=1+1",
  "+1",
  "-1",
  "@SUM(A1:A2)",
  "＝1+1",
  "＋1",
  "－1",
  "＠SUM(A1)",
  "  =1+1",
  '\t=HYPERLINK("http://example.com")',
  "\r\n=1+1",
  "\n-2",
  "00123",
  "TRUE",
];

/** A signature as a form's block shows it. */
const SOME_VIEW: SignatureView = {
  block: "leadDepartment.1",
  signer: "Li Na",
  department: "Customer Service",
  decision: "approve",
  comment: "",
  at: "2026-11-20T09:00:00.000Z",
  code: "0000-0000",
};

/** Fields of T2 that are not text, by kind. */
const TYPED_FIELDS = { date: "date", number: "meetingMinutes", hours: "responseHours", time: "meetingTime" } as const;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to be refused");
}

export function describeHostContract(name: string, make: () => Promise<ContractSubject>): void {
  describe(`host contract: ${name}`, () => {
    let subject: ContractSubject;
    let host: ConcordHost & SignoffHost;
    beforeEach(async () => {
      subject = await make();
      host = subject.host;
    });

    const insertConsensus = async (language: Language = "en-US") => (await host.insertTemplate("T2", language)).record;
    const missing = (record: InstanceRecord): InstanceRecord => ({ ...record, id: "zzzzz9" });
    const asRead = (text: string) => (subject.lineBreaksAsLf ? text.replace(/\r\n?/g, "\n") : text);

    it("lists an inserted instance with its record and location", async () => {
      const before = await host.findTemplates();
      const inserted = await host.insertTemplate("T2", "zh-CN");
      expect(inserted.record).toEqual({
        template: "T2",
        id: expect.stringMatching(/^[a-z][a-z0-9]{5}$/),
        language: "zh-CN",
        version: getTemplate("T2").version,
      });
      const after = await host.findTemplates();
      expect(after).toHaveLength(before.length + 1);
      // `sheets` (Excel: every sheet the insert added) is reported by insertTemplate only.
      expect(after).toContainEqual({ record: inserted.record, location: inserted.location });
      expect(before.map((i) => i.record.id)).not.toContain(inserted.record.id);
    });

    it("gives every inserted instance its own id", async () => {
      const a = await insertConsensus();
      const b = await insertConsensus();
      expect(a.id).not.toBe(b.id);
      const ids = (await host.findTemplates()).map((i) => i.record.id);
      expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    });

    it("reads back exactly the text it wrote, never as a formula, number or trimmed", async () => {
      const record = await insertConsensus();
      for (const text of INERT_TEXTS) {
        await host.writeFields(record, { projectName: text, finalGoal: text });
        const read = await host.readFields(record);
        expect({ text, projectName: read.projectName, finalGoal: read.finalGoal }).toEqual({
          text,
          projectName: asRead(text),
          finalGoal: asRead(text),
        });
      }
    });

    it.each(Object.entries(TYPED_FIELDS))(
      "keeps formula-like text inert in a %s field (or refuses it)",
      async (_, key) => {
        const record = await insertConsensus();
        const before = await host.readFields(record);
        const error = await host.writeFields(record, { [key]: "=1+1" }).catch((e: unknown) => e);
        const read = await host.readFields(record);
        if (error === undefined) expect(read[key]).toBe("=1+1");
        else {
          expect(error).toBeInstanceOf(LocalizedError);
          expect(read[key]).toEqual(before[key]);
        }
      },
    );

    it("round-trips dates, numbers and blanks", async () => {
      const record = await insertConsensus();
      await host.writeFields(record, { date: 46342, meetingMinutes: 45, responseHours: 4, meetingDay: "Monday" });
      expect(await host.readFields(record)).toMatchObject({
        date: 46342,
        meetingMinutes: 45,
        responseHours: 4,
        meetingDay: "Monday",
      });
      await host.writeFields(record, { meetingDay: null, date: null });
      expect(await host.readFields(record)).toMatchObject({ meetingDay: null, date: null });
    });

    it("refuses a field the template does not have, writing nothing", async () => {
      const record = await insertConsensus();
      const error = await rejection(host.writeFields(record, { projectName: "Written?", noSuchField: "x" }));
      expect(error).toBeInstanceOf(LocalizedError);
      expect((await host.readFields(record)).projectName).toBeNull();
    });

    it("writes table rows with fields in one call, readForm returns them in rows, and they are signed content", async () => {
      const record = await insertConsensus();
      const cells = {
        "responsibilities.1.department": "Customer Service",
        "responsibilities.1.role": "Lead",
        "responsibilities.1.type": "Execution",
        "responsibilities.1.responsibility": "=answer complaints within 24 h",
        "responsibilities.1.liaison": "Li Na",
        "responsibilities.3.department": "＋Product",
        "responsibilities.3.role": "Cooperating",
      };
      await host.writeFields(record, { projectName: "Complaint response", ...cells });
      const form = await host.readForm(record);
      expect(form.values.projectName).toBe("Complaint response");
      const rows = form.tables.responsibilities;
      expect(rows[0]).toMatchObject({
        department: "Customer Service",
        responsibility: "=answer complaints within 24 h",
        liaison: "Li Na",
      });
      expect(rows[1].department ?? null).toBeNull();
      expect(rows[2].department).toBe("＋Product");
      // Blank rows are dropped from the canonical form: row 3 is the 2nd signed row; choices read as their ids.
      expect(canonicalOf(record, form).fields).toMatchObject({
        "responsibilities.1.role": "lead",
        "responsibilities.1.type": "execution",
        "responsibilities.2.department": "＋Product",
        "responsibilities.2.role": "cooperating",
      });
      await host.writeFields(record, { "responsibilities.1.liaison": null });
      expect((await host.readForm(record)).tables.responsibilities[0].liaison ?? null).toBeNull();
    });

    it.each([["responsibilities.1.noSuchColumn"], ["noSuchTable.1.department"], ["responsibilities.0.department"]])(
      "refuses the table cell %s with UnknownFieldError, writing nothing",
      async (key) => {
        const record = await insertConsensus();
        const before = await host.readForm(record);
        const write = { projectName: "Written?", "responsibilities.1.department": "Written?", [key]: "x" };
        const error = await rejection(host.writeFields(record, write));
        expect(error).toBeInstanceOf(UnknownFieldError);
        expect((error as UnknownFieldError).keys).toEqual([key]);
        expect(await host.readForm(record)).toEqual(before);
      },
    );

    it("refuses a row beyond the table with a bilingual message, writing nothing", async () => {
      const record = await insertConsensus();
      const before = await host.readForm(record);
      const rows = before.tables.responsibilities.length;
      const key = `responsibilities.${rows + 1}.department`;
      const error = await rejection(
        host.writeFields(record, { projectName: "Written?", "responsibilities.1.department": "Written?", [key]: "x" }),
      );
      expect(error).toBeInstanceOf(LocalizedError);
      expect(error).not.toBeInstanceOf(UnknownFieldError);
      const { messages } = error as LocalizedError;
      expect([messages["en-US"], messages["zh-CN"]]).toEqual([
        expect.stringContaining(`${key}: the table Responsibilities has ${rows} rows`),
        expect.stringContaining(`表格“各部门职责分工”只有 ${rows} 行`),
      ]);
      expect(await host.readForm(record)).toEqual(before);
    });

    it("reads a form's fields and every table of its template", async () => {
      const record = await insertConsensus();
      await host.writeFields(record, { projectName: "Complaint response" });
      const form = await host.readForm(record);
      expect(form.values).toEqual(await host.readFields(record));
      for (const table of tablesOf(getTemplate("T2"))) {
        const columns = table.columns.map((c) => c.id);
        expect(Array.isArray(form.tables[table.id])).toBe(true);
        for (const row of form.tables[table.id])
          for (const column of Object.keys(row)) expect(columns).toContain(column);
      }
    });

    it("reads the whole project: every instance, its content and the ledger", async () => {
      const record = await insertConsensus();
      await host.writeFields(record, { projectName: "Complaint response" });
      const project = await host.readProject();
      expect(project.instances).toEqual(await host.findTemplates());
      expect(project.forms[record.id]).toEqual(await host.readForm(record));
      for (const instance of project.instances) {
        const where = instance.record.template === "T3" ? project.wbs : project.forms;
        expect(where[instance.record.id]).toBeDefined();
      }
      expect(project.ledger.every((r) => typeof r === "string")).toBe(true);
    });

    it("appends signatures to the ledger in order, never rewriting it, and shows them in the form", async () => {
      const record = await insertConsensus();
      await host.writeFields(record, { projectName: "Complaint response", finalGoal: "48 h to 24 h by 2026-12-31" });
      const before = await host.readProject();
      const content = canonicalOf(record, before.forms[record.id]);
      const appended = [
        await signThroughHost(host, record, {
          role: "lead",
          department: "Customer Service",
          signer: "Li Na",
          block: "leadDepartment.1",
        }),
        await signThroughHost(host, record, {
          role: "department",
          department: "Product",
          signer: "王芳",
          block: "cooperatingDepartment.1",
        }),
      ];

      const after = await host.readProject();
      expect(after.ledger).toEqual([...before.ledger, ...appended]);
      const report = await verifyLedger(
        ledgerFromRecords(after.ledger),
        [canonicalOf(record, after.forms[record.id])],
        subtle,
      );
      expect(report.entries.slice(-2).map((e) => [e.entry.signer, e.trusted])).toEqual([
        ["Li Na", true],
        ["王芳", true],
      ]);
      expect(report.intact).toBe(true);
      const fields = await host.readFields(record);
      expect([fields["leadDepartment.1.signer"], fields["cooperatingDepartment.1.signer"]]).toEqual(["Li Na", "王芳"]);
      // The signature blocks are not signed content: showing the signatures leaves the form's fingerprint alone.
      expect(canonicalOf(record, after.forms[record.id])).toEqual(content);
    });

    it("refuses a signature block the form does not have, appending nothing", async () => {
      const record = await insertConsensus();
      const before = await host.readProject();
      const view: SignatureView = { ...SOME_VIEW, block: "noSuchBlock.1" };
      expect(await rejection(host.appendSignature(record, "{}", view))).toBeInstanceOf(LocalizedError);
      expect((await host.readProject()).ledger).toEqual(before.ledger);
    });

    it("refuses writes to a locked form where forms can be locked, and allows them once unlocked", async () => {
      const record = await insertConsensus();
      await host.writeFields(record, { projectName: "Signed" });
      await host.setFormLocked(record, true);
      const write = host.writeFields(record, { projectName: "Edited" });
      if (host.capabilities.lockForms) {
        expect(await rejection(write)).toBeInstanceOf(LocalizedError);
        expect((await host.readFields(record)).projectName).toBe("Signed");
      } else {
        await write;
        expect((await host.readFields(record)).projectName).toBe("Edited");
      }
      await host.setFormLocked(record, false);
      await host.writeFields(record, { projectName: "Changed after approval" });
      expect((await host.readFields(record)).projectName).toBe("Changed after approval");
    });

    it("selects an instance", async () => {
      const record = await insertConsensus();
      await expect(host.selectInstance(record)).resolves.toBeUndefined();
    });

    it("names the user only where Office tells who it is", async () => {
      const user = await host.currentUser();
      if (host.capabilities.identity) expect(typeof user === "string" ? user.trim() : user).toBeTruthy();
      else expect(user).toBeNull();
    });

    it("reports an instance that is not in the file with BindingNotFoundError, changing nothing", async () => {
      const gone = missing(await insertConsensus());
      const before = await host.readProject();
      const view = SOME_VIEW;
      const calls: Array<[string, () => Promise<unknown>]> = [
        ["readFields", () => host.readFields(gone)],
        ["writeFields", () => host.writeFields(gone, { projectName: "x" })],
        ["readForm", () => host.readForm(gone)],
        ["appendSignature", () => host.appendSignature(gone, "{}", view)],
        ["setFormLocked", () => host.setFormLocked(gone, true)],
        ["selectInstance", () => host.selectInstance(gone)],
      ];
      for (const [call, run] of calls) {
        const error = await rejection(run());
        expect({ call, error: error instanceof BindingNotFoundError }).toEqual({ call, error: true });
      }
      expect(await host.readProject()).toEqual(before);
    });
  });
}
