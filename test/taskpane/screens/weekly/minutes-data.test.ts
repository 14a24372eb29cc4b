import { tableCellKey, type InstanceRecord, type Language } from "../../../../src/core";
import type { ProjectSnapshot } from "../../../../src/hosts/types";
import { actionsFor, analyseWeekly, latestMinutes, minutesDraftFor } from "../../../../src/taskpane/screens/weekly";
import { LANGUAGES, previewHost } from "../../support/render";
import { wbsTask } from "../../support/wbs-task";

const NOW = new Date(2026, 10, 16, 10, 0);
const record = (template: string, id: string): InstanceRecord =>
  ({ template, id, version: 1, language: "en-US" }) as InstanceRecord;

describe("latestMinutes", () => {
  test("the file's last T4, or null without one", () => {
    const snapshot = (templates: string[]): ProjectSnapshot => ({
      instances: templates.map((t, i) => ({ record: record(t, `i${i}`), location: `Sheet ${i}` })),
      forms: {},
      ledger: [],
      wbs: {},
    });
    expect(latestMinutes(snapshot(["T1", "T4", "T2", "T4", "T3"]))?.record.id).toBe("i3");
    expect(latestMinutes(snapshot(["T1", "T2"]))).toBeNull();
  });
});

describe("actionsFor", () => {
  const wbs = record("T3", "wbs");
  const minutes = record("T4", "m");
  const task = (row: number, taskId: string, taskName: string, owner: string, department: string) =>
    wbsTask(row, { taskId, taskName, owner, department });
  const snapshot: ProjectSnapshot = {
    instances: [
      { record: wbs, location: "WBS" },
      { record: minutes, location: "Minutes" },
    ],
    forms: {
      m: {
        values: {},
        tables: {
          actions: [
            { action: "Book the venue", owner: "Li Na", due: "2026-12-04", taskId: "WBS-002" },
            { action: "Write the test plan", owner: "Wang Wei", due: null, taskId: null },
            { action: "Draft the FAQ", owner: "Chen Jie", due: null, taskId: null },
            { action: null, owner: null, due: null, taskId: null },
          ],
        },
      },
    },
    ledger: [],
    wbs: {
      wbs: {
        instance: wbs,
        statusDate: null,
        // Row 3 holds only its pre-filled id: free for a new task.
        tasks: [
          task(1, "WBS-001", "Draft the FAQ", "Chen Jie", "Support"),
          task(2, "WBS-002", "Plan the launch", "Li Na", "Marketing"),
          task(3, "WBS-003", "", "", ""),
        ] as never,
        departments: [{ department: "Quality", type: "", liaison: "Wang Wei" }],
      },
    },
  };

  test("new tasks after the last used row, ids after the highest in use, departments from the WBS", () => {
    const { rows, notes } = actionsFor(snapshot, minutes, wbs);
    expect(rows).toEqual([
      // 2026-12-04 is serial 46360 (2026-01-01 is 46023; + 337 days).
      expect.objectContaining({ row: 3, taskId: "WBS-003", taskName: "Book the venue", owner: "Li Na", due: 46360 }),
      expect.objectContaining({ row: 4, taskId: "WBS-004", taskName: "Write the test plan", department: "Quality" }),
    ]);
    expect(rows[0]).toMatchObject({ department: "Marketing", predecessors: "WBS-002" });
    // The FAQ is already WBS-001 (same name and owner); the blank row is not an action.
    expect(notes.map((n) => n.actionRow)).toEqual([3]);
    expect(notes[0].message["en-US"]).toContain("WBS-001");
  });

  test("grows: how many of the new rows fall past the table's three rows (row 4 does, row 3 does not)", () => {
    expect(actionsFor(snapshot, minutes, wbs).grows).toBe(1);
    const roomier = {
      ...snapshot.wbs.wbs,
      tasks: [...snapshot.wbs.wbs.tasks, { ...snapshot.wbs.wbs.tasks[2], row: 4 }],
    };
    expect(actionsFor({ ...snapshot, wbs: { wbs: roomier } }, minutes, wbs).grows).toBe(0);
  });

  test("minutes the snapshot does not hold yet (just inserted) have nothing to add", () => {
    expect(actionsFor(snapshot, record("T4", "new"), wbs)).toEqual({ rows: [], notes: [], grows: 0 });
  });
});

describe("minutesDraftFor on the preview's sample", () => {
  for (const language of LANGUAGES) {
    test(`the draft is written in the WBS's language (${language}), whatever the pane's`, async () => {
      const host = await previewHost("excel", language);
      const snapshot = await host.readProject();
      const t3 = snapshot.instances.find((i) => i.record.template === "T3")!.record;
      const analysis = analyseWeekly(snapshot, t3, { statusDate: 46342, now: NOW });
      expect(analysis.language).toBe(language);
      const draft = minutesDraftFor(snapshot, analysis, t3);
      const weekly: Record<Language, string> = { "en-US": "Weekly", "zh-CN": "周会" };
      expect(draft.values.meetingType).toBe(weekly[language]);
      // The sample's consensus form has four departments: one attendee row each.
      expect(draft.attendees).toBe(4);
      const t2 = snapshot.instances.find((i) => i.record.template === "T2")!.record;
      const departments = snapshot.forms[t2.id].tables.responsibilities.map((r) => r.department).filter(Boolean);
      expect(departments).toHaveLength(4);
      departments.forEach((d, i) => expect(draft.values[tableCellKey("attendees", i + 1, "department")]).toBe(d));
      expect(String(draft.values.agenda).split("\n")).toEqual(draft.agenda);
    });
  }
});
