import {
  canonicalForm,
  canonicalNumber,
  canonicalString,
  contentFingerprint,
  normalizeText,
  sha256Hex,
  shortCode,
  stableJson,
} from "../../../src/core/signoff";
import { consensus, consensusInput, subtle } from "./fixtures";

describe("normalizeText", () => {
  test("line endings, Word's vertical tab, no-break and ideographic spaces, zero-width characters", () => {
    expect(normalizeText("  Goal:\r\n\tcut\u00a0time \u3000to 24 h\r\rnext\u000bline\u200b  ")).toBe(
      "Goal:\ncut time to 24 h\n\nnext\nline",
    );
  });

  test("Unicode NFC: a decomposed é equals the composed one", () => {
    expect(normalizeText("Cafe\u0301")).toBe("Café");
  });
});

describe("canonicalNumber", () => {
  test.each([
    [0.1 + 0.2, "0.3"],
    [-0, "0"],
    [24, "24"],
    [1e21, "1e+21"],
    [2 / 3, "0.666666666666667"],
  ])("%p → %s", (value, text) => expect(canonicalNumber(value)).toBe(text));
});

describe("stableJson", () => {
  test("sorts keys at every level and drops undefined members", () => {
    expect(stableJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});

describe("canonicalForm", () => {
  test("the same content typed differently gives the same canonical text and fingerprint", async () => {
    const base = consensusInput();
    const retyped = consensusInput({
      values: {
        ...base.values,
        date: "2026-11-30",
        projectName: " Complaint  response\r\n",
        meetingTime: "10:30",
        responseHours: "2",
        solutionHours: 24.000000000000004,
      },
      tables: {
        responsibilities: [
          { department: "Customer service", role: "牵头", type: "执行", responsibility: "Own", liaison: "Li Na" },
          { department: "", role: null, type: "", responsibility: "  ", liaison: "" },
          { department: "Product", role: "cooperating", type: "support", responsibility: "Spec", liaison: "Wang Fang" },
          {
            department: "Engineering",
            role: "Cooperating",
            type: "Execution",
            responsibility: "Build",
            liaison: "Chen",
          },
        ],
      },
    });
    expect(canonicalForm(base).fields.date).toBe("2026-11-30");
    expect(canonicalString(canonicalForm(retyped))).toBe(canonicalString(canonicalForm(base)));
    expect(await contentFingerprint(subtle, canonicalForm(retyped))).toBe(
      await contentFingerprint(subtle, canonicalForm(base)),
    );
  });

  test("choices are stored by id, blank rows are dropped and rows renumbered", () => {
    const fields = consensus().fields;
    expect(fields["responsibilities.1.role"]).toBe("lead");
    expect(fields["responsibilities.2.role"]).toBe("cooperating");
    expect(fields["responsibilities.3.department"]).toBe("Engineering");
    expect(fields.meetingTime).toBe("10:30");
  });

  test("signature blocks and fields the sign-off fills in are not signed content", () => {
    expect(consensus().fields["leadDepartment.1.signer"]).toBeUndefined();
    const kickoff = canonicalForm({
      template: "T1",
      instance: "kk1234",
      values: { projectName: "X", approvalDecision: "approve", approvalOpinion: "ok", "lead.1.signer": "Li" },
    });
    expect(kickoff.fields).toEqual({ projectName: "X" });
  });

  test("multi-choice values are an order-free set of ids", () => {
    const a = canonicalForm({ template: "T5", instance: "cr0001", values: { changes: "Departments, 目标" } });
    const b = canonicalForm({ template: "T5", instance: "cr0001", values: { changes: ["goal", "departments"] } });
    expect(a.fields.changes).toBe("departments, goal");
    expect(b.fields).toEqual(a.fields);
  });

  test("every signed value matters: one changed character changes the fingerprint", async () => {
    const before = await contentFingerprint(subtle, consensus());
    const input = consensusInput();
    const after = await contentFingerprint(
      subtle,
      canonicalForm({ ...input, values: { ...input.values, "standards.1": "Complaint response time ≤ 12 h" } }),
    );
    expect(after).not.toBe(before);
    const elsewhere = await contentFingerprint(subtle, consensus({ instance: "zzz999" }));
    expect(elsewhere).not.toBe(before);
  });
});

describe("fingerprints", () => {
  test("sha256Hex matches the FIPS 180-2 test vectors", async () => {
    expect(await sha256Hex(subtle, "abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await sha256Hex(subtle, "")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  test("shortCode is the first 8 hex digits in two groups", () => {
    expect(shortCode("ba7816bf8f01cfea")).toBe("BA78-16BF");
  });
});
