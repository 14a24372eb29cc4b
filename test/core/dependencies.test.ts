import { findCycles, splitPredecessors, unfinishedPredecessors } from "../../src/core";
import { d, inputErrorOf } from "../support/dates";

describe("splitPredecessors", () => {
  it("splits on , ， ; ； 、 and spaces, keeps the user's spelling, drops repeats", () => {
    expect(splitPredecessors("WBS-001, WBS-002，WBS-003;WBS-004；WBS-005、WBS-006  WBS-007 wbs-001")).toEqual([
      "WBS-001",
      "WBS-002",
      "WBS-003",
      "WBS-004",
      "WBS-005",
      "WBS-006",
      "WBS-007",
    ]);
    expect(splitPredecessors(null)).toEqual([]);
    expect(splitPredecessors(" , ")).toEqual([]);
  });
});

describe("unfinishedPredecessors", () => {
  const ids = [["WBS-001"], ["WBS-002"], ["WBS-003"], [null]];
  const finishes = [[d("2026-11-10")], [null], [null], [null]];
  const progresses = [[0.5], [1], [0.2], [null]];

  it("lists predecessors with no finish date and progress below 100 %", () => {
    expect(unfinishedPredecessors("WBS-001, WBS-002, wbs-003", ids, finishes, progresses)).toEqual(["wbs-003"]);
    expect(unfinishedPredecessors("WBS-001 WBS-002", ids, finishes, progresses)).toEqual([]);
    expect(unfinishedPredecessors("", ids, finishes, progresses)).toEqual([]);
  });

  it("is #N/A for an id that does not exist", () => {
    expect(inputErrorOf(() => unfinishedPredecessors("WBS-009", ids, finishes, progresses))).toMatchObject({
      kind: "notAvailable",
      argument: "predecessors",
      key: "unknownPredecessor",
    });
  });

  it("is #VALUE! for ranges of different sizes, duplicate ids, or bad cells in the referenced row", () => {
    expect(inputErrorOf(() => unfinishedPredecessors("WBS-001", ids, finishes.slice(1), progresses))).toMatchObject({
      argument: "finishes",
      key: "sizeMismatch",
    });
    expect(
      inputErrorOf(() => unfinishedPredecessors("WBS-001", [["WBS-001"], ["wbs-001"]], [[null], [null]], [[0], [0]])),
    ).toMatchObject({
      argument: "ids",
      key: "duplicateId",
    });
    expect(inputErrorOf(() => unfinishedPredecessors("WBS-003", ids, finishes, [[0], [0], [3], [0]])).argument).toBe(
      "progresses",
    );
    expect(
      inputErrorOf(() => unfinishedPredecessors("WBS-002", ids, [[null], ["done"], [null], [null]], progresses))
        .argument,
    ).toBe("finishes");
  });
});

describe("unfinishedPredecessors with a reused id index", () => {
  it("sees every change of the id column, even with the same cells reused", () => {
    const ids = [["WBS-001"], ["WBS-002"]];
    const open = [[null], [null]];
    const none = [[0], [0]];
    expect(unfinishedPredecessors("WBS-002", ids, open, none)).toEqual(["WBS-002"]);
    expect(inputErrorOf(() => unfinishedPredecessors("WBS-002", [["WBS-001"], ["WBS-003"]], open, none)).kind).toBe(
      "notAvailable",
    );
    expect(unfinishedPredecessors("WBS-003", [["WBS-001"], ["WBS-003"]], open, [[0], [1]])).toEqual([]);
    expect(inputErrorOf(() => unfinishedPredecessors("WBS-003", [["WBS-003"], ["wbs-003"]], open, none)).key).toBe(
      "duplicateId",
    );
    expect(unfinishedPredecessors("WBS-002", ids, [[null], [d("2026-11-10")]], none)).toEqual([]);
  });
});

describe("findCycles", () => {
  it("reports each cycle once, self-references included, and ignores unknown ids", () => {
    const cycles = findCycles([
      { id: "A", predecessors: ["C"] },
      { id: "B", predecessors: ["A"] },
      { id: "C", predecessors: ["B", "X"] },
      { id: "D", predecessors: ["D"] },
      { id: "E", predecessors: ["A"] },
    ]);
    expect(cycles.map((c) => [...c].sort())).toEqual([["A", "B", "C"], ["D"]]);
  });

  it("handles a chain of 100,000 tasks without recursion", () => {
    const nodes = Array.from({ length: 100_000 }, (_, i) => ({
      id: `T${i}`,
      predecessors: i ? [`T${i - 1}`] : [`T${99_999}`],
    }));
    expect(findCycles(nodes)).toHaveLength(1);
    expect(findCycles(nodes.slice(1))).toEqual([]);
  });
});
