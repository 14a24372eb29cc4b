/**
 * Where this browser keeps its signing key pair. The private key is non-extractable: IndexedDB stores the CryptoKey
 * object itself (structured clone), so the key can sign again after a reload but its bytes can never be read out.
 */
export interface KeyStore {
  load(): Promise<CryptoKeyPair | null>;
  save(keys: CryptoKeyPair): Promise<void>;
}

/** A store that lives as long as the page (tests, and browsers without IndexedDB when a caller wants one). */
export function memoryKeyStore(initial: CryptoKeyPair | null = null): KeyStore {
  let kept = initial;
  return {
    load: async () => kept,
    save: async (keys) => {
      kept = keys;
    },
  };
}

const DATABASE = "concord-signoff";
const STORE = "keys";
const KEY = "signing";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DATABASE, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

async function withStore<T>(factory: IDBFactory, mode: IDBTransactionMode, use: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await open(factory);
  try {
    return await request(use(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

/** The key pair in this origin's IndexedDB; null when the browser has no IndexedDB (then signing uses no key). */
export function indexedDbKeyStore(factory: IDBFactory | undefined = globalThis.indexedDB): KeyStore | null {
  if (!factory) return null;
  return {
    load: async () => {
      const found = (await withStore(factory, "readonly", (s) => s.get(KEY))) as CryptoKeyPair | undefined;
      return found?.privateKey && found.publicKey ? found : null;
    },
    save: async (keys) => {
      await withStore(factory, "readwrite", (s) =>
        s.put({ privateKey: keys.privateKey, publicKey: keys.publicKey }, KEY),
      );
    },
  };
}
