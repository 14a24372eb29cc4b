/** This browser's sign-off keys (non-extractable ECDSA P-256, kept in IndexedDB) and the environment signing runs in. */
export { indexedDbKeyStore, memoryKeyStore, type KeyStore } from "./key-store";
export { browserSigningKeys, type BrowserKeys, type KeyStatus } from "./signing-keys";
export {
  signoffEnvironment,
  SignoffEnvironmentProvider,
  useSignoffEnvironment,
  type SignoffEnvironment,
} from "./environment";
