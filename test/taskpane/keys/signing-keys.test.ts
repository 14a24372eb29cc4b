import { webcrypto } from "crypto";
import type { SignoffCrypto } from "../../../src/core";
import { browserSigningKeys, memoryKeyStore, signoffEnvironment, type KeyStore } from "../../../src/taskpane/keys";

const subtle = webcrypto.subtle as unknown as SignoffCrypto;

describe("browser signing keys", () => {
  it("creates a non-extractable key pair once, keeps it, and signs with the same key afterwards", async () => {
    const store = memoryKeyStore();
    const first = await browserSigningKeys(store, subtle);
    expect(first.status).toBe("created");
    expect(first.keys?.privateKey.extractable).toBe(false);
    const again = await browserSigningKeys(store, subtle);
    expect(again).toEqual({ keys: first.keys, status: "stored" });
  });

  it("signs without a key when there is no store, the store fails, or the browser has no ECDSA", async () => {
    expect(await browserSigningKeys(null, subtle)).toEqual({ keys: null, status: "noStorage" });
    const failing: KeyStore = { load: async () => null, save: () => Promise.reject(new Error("QuotaExceededError")) };
    expect(await browserSigningKeys(failing, subtle)).toEqual({ keys: null, status: "noStorage" });
    const noEcdsa = { ...subtle, generateKey: () => Promise.reject(new Error("NotSupportedError")) } as SignoffCrypto;
    expect(await browserSigningKeys(memoryKeyStore(), noEcdsa)).toEqual({ keys: null, status: "noEcdsa" });
  });

  it("the environment looks the keys up once per page", async () => {
    let loads = 0;
    const store = memoryKeyStore();
    const counting: KeyStore = { load: () => (loads++, store.load()), save: (k) => store.save(k) };
    const environment = signoffEnvironment(subtle, counting);
    const [a, b] = await Promise.all([environment.keys(), environment.keys()]);
    expect(a.keys).toBe(b.keys);
    expect(loads).toBe(1);
    expect(await signoffEnvironment(null, store).keys()).toEqual({ keys: null, status: "noEcdsa" });
  });
});
