import { findCycles, splitPredecessors, unfinishedPredecessors, waitingOnLookup } from "../../src/core";
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

  it("counts a predecessor at 100 % as Excel displays it as finished, arithmetic included", () => {
    const sums = [[0.7 + 0.2 + 0.1], [1 + 2 ** -52], [0.9999999999999], [null]];
    expect(
      unfinishedPredecessors(
        "WBS-001, WBS-002, WBS-003",
        ids,
        finishes.map(() => [null]),
        sums,
      ),
    ).toEqual(["WBS-003"]);
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

describe("unfinishedPredecessors with the whole predecessors column: cycles", () => {
  const ids = [["WBS-001"], ["WBS-002"], ["WBS-003"], ["WBS-004"], ["WBS-005"]];
  const open = ids.map(() => [null]);
  const none = ids.map(() => [0]);
  // 001 and 002 wait on each other; 003 waits on 002; 004 waits on itself; 005 waits on 003.
  const all = [["WBS-002"], ["wbs-001"], ["WBS-002"], ["WBS-004"], ["WBS-003"]];
  const cycleOf = (predecessors: string, column: unknown[][] = all) =>
    inputErrorOf(() => unfinishedPredecessors(predecessors, ids, open, none, column));

  it("is #VALUE! naming the cycle for a task in a cycle of two, in the order the tasks must finish", () => {
    expect(cycleOf("WBS-002")).toMatchObject({
      kind: "value",
      argument: "predecessors",
      key: "cycle",
      params: { other: "WBS-002 → WBS-001 → WBS-002" },
    });
    expect(cycleOf("WBS-001").params.other).toBe("WBS-001 → WBS-002 → WBS-001");
  });

  it("finds a self-reference", () => {
    expect(cycleOf("wbs-004").params.other).toBe("WBS-004 → WBS-004");
  });

  it("names a shortest cycle through the predecessor in a longer one", () => {
    // A waits on C, B on A, C on B: C must finish before A, A before B, B before C. D sits on the cycle's side.
    const abc = [["A"], ["B"], ["C"], ["D"]];
    const column = [["C, D"], ["A"], ["B"], ["B"]];
    const four = abc.map(() => [null]);
    const error = inputErrorOf(() => unfinishedPredecessors("C", abc, four, four, column));
    expect(error.params.other).toBe("C → A → B → C");
  });

  it("names a long cycle by its first and last tasks", () => {
    const ring = Array.from({ length: 10 }, (_, i) => [`R${i}`]);
    const column = ring.map((_, i) => [`R${(i + 9) % 10}`]);
    const error = inputErrorOf(() =>
      unfinishedPredecessors(
        "R9",
        ring,
        column.map(() => [null]),
        ring.map(() => [0]),
        column,
      ),
    );
    expect(error.params.other).toBe("R9 → R0 → R1 → R2 → … → R8 → R9");
  });

  it("is #VALUE! for a task that waits on a cycle, which it would wait on for ever", () => {
    expect(cycleOf("WBS-003, WBS-002").params.other).toBe("WBS-002 → WBS-001 → WBS-002");
  });

  it("leaves tasks outside cycles alone and still lists their unfinished predecessors", () => {
    expect(unfinishedPredecessors("WBS-003", ids, open, none, all)).toEqual(["WBS-003"]);
    expect(unfinishedPredecessors("", ids, open, none, all)).toEqual([]);
  });

  it("reports the cycle even once its tasks are finished: the plan itself is inconsistent", () => {
    expect(
      inputErrorOf(() =>
        unfinishedPredecessors(
          "WBS-001",
          ids,
          open,
          ids.map(() => [1]),
          all,
        ),
      ).key,
    ).toBe("cycle");
  });

  it("checks nothing without the column (the row's own id is not known), and wants it the size of ids", () => {
    expect(unfinishedPredecessors("WBS-004", ids, open, none)).toEqual(["WBS-004"]);
    expect(unfinishedPredecessors("WBS-004", ids, open, none, null)).toEqual(["WBS-004"]);
    expect(inputErrorOf(() => unfinishedPredecessors("WBS-001", ids, open, none, all.slice(1)))).toMatchObject({
      argument: "allPredecessors",
      key: "sizeMismatch",
    });
  });

  it("sees every change of the predecessors column, with the same id column", () => {
    const fixed = [["WBS-002"], [null], ["WBS-002"], [null], ["WBS-003"]];
    expect(cycleOf("WBS-002").key).toBe("cycle");
    expect(unfinishedPredecessors("WBS-002", ids, open, none, fixed)).toEqual(["WBS-002"]);
    expect(cycleOf("WBS-002").key).toBe("cycle");
  });

  // Its cost is measured by `npm run bench` (WAITINGON with allPredecessors), not timed here.
  it("reports a cycle that is the whole 20,000-task table from every row, shortened in the message", () => {
    const n = 20_000;
    const chainIds = Array.from({ length: n }, (_, i) => [`T${i}`]);
    const chain = Array.from({ length: n }, (_, i) => [`T${(i + n - 1) % n}`]);
    const blank = chainIds.map(() => [null]);
    // Excel hands every call its own copy of the ranges.
    const call = (i: number) => () =>
      unfinishedPredecessors(chain[i][0], chainIds.slice(), blank.slice(), blank.slice(), chain.slice());
    expect(inputErrorOf(call(0)).params.other).toBe("T19999 → T0 → … → T19998 → T19999");
    for (let i = 0; i < n; i += 200) expect(inputErrorOf(call(i)).key).toBe("cycle");
  });
});

describe("waitingOnLookup", () => {
  const ids = [["WBS-001"], ["WBS-002"], ["WBS-003"]];
  const finishes = [[d("2026-11-10")], [null], [null]];
  const progresses = [[1], [0.4], [1]];

  it("answers each row as unfinishedPredecessors does, from one table", () => {
    const waiting = waitingOnLookup(ids, finishes, progresses);
    for (const text of ["", "WBS-001", "WBS-001, WBS-002", "wbs-003，WBS-002"]) {
      expect(waiting(text)).toEqual(unfinishedPredecessors(text, ids, finishes, progresses));
    }
    expect(waiting("WBS-001, WBS-002, WBS-003")).toEqual(["WBS-002"]);
  });

  it("checks the columns on the first row that lists a predecessor, or at once with checkNow", () => {
    const short = [[null], [null]];
    const lazy = waitingOnLookup(ids, short, progresses);
    expect(lazy("")).toEqual([]);
    expect(inputErrorOf(() => lazy("WBS-001"))).toMatchObject({ argument: "finishes", key: "sizeMismatch" });
    expect(inputErrorOf(() => waitingOnLookup(ids, short, progresses, undefined, { checkNow: true }))).toMatchObject({
      argument: "finishes",
      key: "sizeMismatch",
    });
  });
});
