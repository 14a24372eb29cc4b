import {
  appendEntry,
  contentFingerprint,
  EMPTY_LEDGER,
  entryFingerprint,
  GENESIS,
  LedgerFormatError,
  parseLedger,
  serializeLedger,
  SignoffError,
  verifyFingerprint,
} from "../../../src/core/signoff";
import { getTemplate } from "../../../src/core/templates";
import { consensus, noEcdsa, person, sign, subtle } from "./fixtures";

describe("appendEntry", () => {
  test("records the form, signer, decision, UTC time and content fingerprint, chained and signed", async () => {
    const form = consensus();
    const liNa = await person("  Li  Na ", "Customer service");
    const wang = await person("Wang Fang", "Product");
    let ledger = await sign(EMPTY_LEDGER, liNa, form, "lead");
    ledger = await sign(ledger, wang, form, "department", "reject", "Standard 1 needs a date");
    const [first, second] = ledger.entries;
    expect(first).toMatchObject({
      v: 1,
      n: 1,
      form: { template: "T2", instance: "abc123", version: getTemplate("T2").version },
      role: "lead",
      department: "Customer service",
      signer: "Li Na",
      identity: "self",
      decision: "approve",
      prev: GENESIS,
      content: await contentFingerprint(subtle, form),
    });
    expect(first.at).toMatch(/^2026-11-20T\d\d:\d\d:00\.000Z$/);
    expect(second).toMatchObject({ n: 2, prev: first.fp, decision: "reject", comment: "Standard 1 needs a date" });
    expect(first.fp).toBe(await entryFingerprint(subtle, first));
    expect(await verifyFingerprint(subtle, first.key!, first.fp, first.sig!)).toBe(true);
    expect(await verifyFingerprint(subtle, second.key!, first.fp, second.sig!)).toBe(false);
    expect(ledger.snapshots[first.content]).toEqual(form.fields);
  });

  test("the private key stays non-extractable; only the public key is carried", async () => {
    const liNa = await person("Li Na", "Customer service");
    expect(liNa.keys!.privateKey.extractable).toBe(false);
    await expect(subtle.exportKey("jwk", liNa.keys!.privateKey)).rejects.toThrow();
    const ledger = await sign(EMPTY_LEDGER, liNa, consensus(), "lead");
    expect(Object.keys(ledger.entries[0].key!).sort()).toEqual(["crv", "kty", "x", "y"]);
  });

  test("without ECDSA the entry is written without key or signature", async () => {
    const liNa = await person("Li Na", "Customer service", noEcdsa);
    expect(liNa.keys).toBeNull();
    const ledger = await sign(EMPTY_LEDGER, liNa, consensus(), "lead", "approve", "", noEcdsa);
    expect(ledger.entries[0]).toMatchObject({ key: null, sig: null, signer: "Li Na" });
  });

  test("a rejection needs a reason and a signature needs a name, in both languages", async () => {
    const request = { form: consensus(), role: "lead" as const, department: "CS", at: new Date(), keys: null };
    await expect(
      appendEntry(EMPTY_LEDGER, { ...request, signer: "Li Na", decision: "reject", comment: "  " }, subtle),
    ).rejects.toMatchObject({
      messages: { "en-US": expect.stringContaining("why"), "zh-CN": expect.stringContaining("理由") },
    });
    await expect(
      appendEntry(EMPTY_LEDGER, { ...request, signer: " ", decision: "approve" }, subtle),
    ).rejects.toBeInstanceOf(SignoffError);
  });
});

describe("serializeLedger / parseLedger", () => {
  test("round trip, and the same ledger always serializes to the same text", async () => {
    const form = consensus();
    const ledger = await sign(
      await sign(EMPTY_LEDGER, await person("Li Na", "CS"), form, "lead"),
      await person("Wang", "Product", noEcdsa),
      form,
      "department",
      "approve",
      "",
      noEcdsa,
    );
    const text = serializeLedger(ledger);
    expect(parseLedger(text)).toEqual(ledger);
    expect(serializeLedger(parseLedger(text))).toBe(text);
    expect(text.length).toBeLessThan(2600);
  });

  async function stored(): Promise<Record<string, unknown>> {
    const ledger = await sign(EMPTY_LEDGER, await person("Li Na", "CS"), consensus(), "lead");
    return JSON.parse(serializeLedger(ledger)) as Record<string, unknown>;
  }

  const entry = (data: Record<string, unknown>) => (data.entries as Array<Record<string, unknown>>)[0];

  test.each<[string, (data: Record<string, unknown>) => void, RegExp]>([
    ["unknown member", (d) => (entry(d).extra = 1), /entry 1 has an unknown member "extra"/],
    ["missing member", (d) => delete entry(d).prev, /entry 1 has no "prev"/],
    ["bad decision", (d) => (entry(d).decision = "maybe"), /entry 1 "decision" must be approve or reject/],
    ["local time", (d) => (entry(d).at = "2026-11-20 09:00"), /"at" must be a UTC time/],
    ["short fingerprint", (d) => (entry(d).fp = "abc"), /"fp" must be 64 lowercase hex digits/],
    ["key without signature", (d) => (entry(d).sig = null), /"sig" must be a base64url signature/],
    ["signature without key", (d) => (entry(d).key = null), /"sig" must be a base64url signature/],
    ["not a P-256 key", (d) => ((entry(d).key as Record<string, unknown>).crv = "P-384"), /EC P-256/],
    ["unknown template", (d) => ((entry(d).form as Record<string, unknown>).template = "T9"), /form.template/],
    ["bad instance id", (d) => ((entry(d).form as Record<string, unknown>).instance = "X1"), /6 lowercase letters/],
    ["entries not a list", (d) => (d.entries = {}), /"entries" is not a list/],
  ])("refuses %s with a message naming the place", async (_, damage, message) => {
    const data = await stored();
    damage(data);
    const parse = () => parseLedger(JSON.stringify(data));
    expect(parse).toThrow(LedgerFormatError);
    expect(parse).toThrow(message);
  });

  test("refuses text that is not JSON, and a newer format with a request to update", () => {
    expect(() => parseLedger("{")).toThrow(/not valid JSON/);
    try {
      parseLedger('{"concordLedger":2,"entries":[],"snapshots":{}}');
      throw new Error("parsed");
    } catch (error) {
      expect((error as LedgerFormatError).messages["zh-CN"]).toContain("更新");
      expect((error as LedgerFormatError).messages["en-US"]).toContain("newer version");
    }
  });
});
