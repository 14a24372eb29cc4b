import { detectColumns, withColumn, type ColumnMapping, type DetectedColumn } from "../../../../src/core";
import { confidenceOf, roleRows } from "../../../../src/taskpane/screens/templates/existing-list/mapping-view";

const at = (
  mapping: ColumnMapping,
  role: "start" | "due" | "finish" | "progress",
  confidence: number,
): ColumnMapping => ({
  ...mapping,
  columns: { ...mapping.columns, [role]: { ...(mapping.columns[role] as DetectedColumn), confidence } },
});

describe("the mapping in words", () => {
  const detected = detectColumns(["Start", "Due", "Finished", "Progress"], []);

  it("sure from 0.9, probably from 0.6, else unsure; missing without a column; the user's choice above all", () => {
    expect(confidenceOf(at(detected, "due", 1), "due", new Set())).toBe("sure");
    expect(confidenceOf(at(detected, "due", 0.9), "due", new Set())).toBe("sure");
    expect(confidenceOf(at(detected, "due", 0.89), "due", new Set())).toBe("likely");
    expect(confidenceOf(at(detected, "due", 0.6), "due", new Set())).toBe("likely");
    expect(confidenceOf(at(detected, "due", 0.59), "due", new Set())).toBe("unsure");
    expect(confidenceOf(detected, "blocker", new Set())).toBe("missing");
    expect(confidenceOf(at(detected, "due", 0.4), "due", new Set(["due"]))).toBe("chosen");
    // A role the user set to none is missing, not chosen.
    expect(confidenceOf(withColumn(detected, "due", null), "due", new Set(["due"]))).toBe("missing");
  });

  it("one row per role of the list's kind, in its order, labelled in the UI language, with its column", () => {
    const rows = roleRows(detected, "zh-CN", new Set());
    expect(rows.map((r) => r.role)).toEqual([
      "taskId",
      "taskName",
      "department",
      "owner",
      "start",
      "due",
      "finish",
      "progress",
      "blocker",
      "predecessors",
      "lagReason",
      "measures",
    ]);
    expect(rows.find((r) => r.role === "due")).toEqual({
      role: "due",
      label: "截止日期",
      column: 1,
      confidence: "sure",
    });
    expect(rows.find((r) => r.role === "taskId")).toEqual({
      role: "taskId",
      label: "任务编号",
      column: null,
      confidence: "missing",
    });
    const issues = roleRows(detectColumns(["Raised at", "Resolved at", "Severity"], []), "en-US", new Set());
    expect(issues.map((r) => [r.label, r.column])).toEqual([
      ["Issue ID", null],
      ["Raised at", 0],
      ["Responded at", null],
      ["Resolved at", 1],
      ["Severity", 2],
      ["Owner", null],
      ["Response measures", null],
    ]);
  });
});
