import { fromBase64Url, toBase64Url, toHex, utf8 } from "../../../src/core/signoff/encoding";

describe("byte encodings", () => {
  const samples = [
    "",
    "a",
    "Zhang Wei",
    "跨部门协作共识表",
    "ok ✓ 𠮷 🙂",
    "line\r\nbreak",
    "\u0000\u007f\u0080\u07ff\u0800\uffff",
  ];

  test.each(samples)("utf8(%j) equals Node's encoder", (text) => {
    expect(Buffer.from(utf8(text)).equals(Buffer.from(text, "utf8"))).toBe(true);
  });

  test("a lone surrogate becomes U+FFFD, as TextEncoder does", () => {
    expect(Array.from(utf8("a\ud800b"))).toEqual(Array.from(new TextEncoder().encode("a\ud800b")));
  });

  test("hex and base64url match Node for every length 0..40", () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 255);
      expect(toHex(bytes)).toBe(Buffer.from(bytes).toString("hex"));
      expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
      expect(Array.from(fromBase64Url(toBase64Url(bytes)) ?? [])).toEqual(Array.from(bytes));
    }
  });

  test("fromBase64Url refuses padding, other alphabets and impossible lengths", () => {
    expect(fromBase64Url("AQ==")).toBeNull();
    expect(fromBase64Url("a+b/")).toBeNull();
    expect(fromBase64Url("AAAAA")).toBeNull();
    expect(fromBase64Url("AR")).toBeNull(); // non-zero trailing bits: not the canonical text of any bytes
  });
});
