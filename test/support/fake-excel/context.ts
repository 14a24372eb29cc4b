/**
 * Proxy semantics of Office.js, for the fake: every call is "queued" (applied to the model at once, in order), a
 * failing call poisons the rest of the batch and surfaces at the next `context.sync()`, and a property can be read
 * only after it was `load`ed AND a `context.sync()` ran after that load (PropertyNotLoaded otherwise).
 * Loaded values are snapshots taken at the point of the batch where the load was queued, like Excel's.
 */
import { FakeExcelError } from "./model";

interface PendingLoad {
  target: ClientObject;
  property: string;
  value: unknown;
}

export class FakeRequestContext {
  /** Set by the fake after construction (the workbook proxy needs the context). */
  workbook!: unknown;
  syncCount = 0;
  /** Bumped by every sync; objects created before it can report isNullObject. */
  generation = 0;
  private pendingLoads: PendingLoad[] = [];
  private batchError: unknown = null;
  /** Operations and loads queued since the last sync. */
  pendingOperations = 0;

  constructor(private readonly onSync: () => void) {}

  /** Queues one operation: runs it now unless an earlier one in this batch failed. */
  queue<T>(operation: () => T, fallback?: () => T): T | undefined {
    this.pendingOperations++;
    if (this.batchError !== null) return fallback?.();
    try {
      return operation();
    } catch (error) {
      this.batchError = error;
      return fallback?.();
    }
  }

  queueLoad(target: ClientObject, property: string, read: () => unknown): void {
    this.queue(() => this.pendingLoads.push({ target, property, value: read() }));
  }

  async sync(): Promise<void> {
    this.syncCount++;
    this.onSync();
    this.generation++;
    this.pendingOperations = 0;
    const loads = this.pendingLoads;
    const error = this.batchError;
    this.pendingLoads = [];
    this.batchError = null;
    // Office.js resolves sync asynchronously; so does the fake, so code that forgets to await it fails here too.
    await Promise.resolve();
    if (error !== null) throw error;
    for (const load of loads) load.target.loaded.set(load.property, load.value);
  }
}

function parseLoadArgument(arg: unknown): string[] {
  if (arg === undefined || arg === null) return ["*"];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoadArgument(a));
  if (typeof arg === "object") {
    const options = arg as { select?: string; expand?: string; $all?: boolean };
    return [...parseLoadArgument(options.select ?? ""), ...parseLoadArgument(options.expand ?? "")];
  }
  throw new FakeExcelError("InvalidArgument", `bad load argument ${String(arg)}`);
}

/** Base of every fake proxy. */
export abstract class ClientObject {
  readonly loaded = new Map<string, unknown>();
  private readonly createdAt: number;

  constructor(
    readonly context: FakeRequestContext,
    /** False for a *OrNullObject result that found nothing. */
    protected readonly exists = true,
  ) {
    this.createdAt = context.generation;
  }

  /** Scalar properties that `load()` without arguments loads. */
  protected abstract scalarProperties(): string[];
  /** Reads a scalar property from the model (called when a load is queued). */
  protected abstract readProperty(name: string): unknown;
  /** Navigation properties: child proxies a load path can go through ("format/font/bold"). */
  protected children(): Record<string, ClientObject> {
    return {};
  }

  get isNullObject(): boolean {
    if (this.context.generation <= this.createdAt) {
      throw new FakeExcelError("PropertyNotLoaded", "isNullObject is known only after context.sync()");
    }
    return !this.exists;
  }

  load(arg?: unknown): this {
    for (const path of parseLoadArgument(arg)) this.loadPath(path);
    return this;
  }

  loadPath(path: string): void {
    if (!this.exists) {
      // Loading a *OrNullObject result is allowed; after the sync it reports isNullObject and has no properties.
      this.context.queue(() => undefined);
      return;
    }
    if (path === "*" || path === "$all") {
      for (const property of this.scalarProperties()) this.loadPath(property);
      return;
    }
    const [head, ...rest] = path.split("/");
    const child = Object.prototype.hasOwnProperty.call(this.children(), head) ? this.children()[head] : undefined;
    if (child) {
      child.loadPath(rest.length ? rest.join("/") : "*");
      return;
    }
    if (rest.length) throw new FakeExcelError("InvalidArgument", `${head} is not a navigation property`);
    if (!this.scalarProperties().includes(head)) {
      throw new FakeExcelError(
        "InvalidArgument",
        `the fake does not know property "${head}" of ${this.constructor.name}`,
      );
    }
    this.context.queueLoad(this, head, () => this.readProperty(head));
  }

  /** Reads a loaded property, like Office.js: only after load + sync. */
  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.constructor.name} is not available. Call load() and context.sync() first.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** Queues a write or method call; on a null object the batch fails with ItemNotFound. */
  protected act<T>(operation: () => T, fallback?: () => T): T | undefined {
    return this.context.queue(() => {
      if (!this.exists) throw new FakeExcelError("ItemNotFound", `${this.constructor.name} does not exist`);
      return operation();
    }, fallback);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection: `items` is readable after `load("items/…")` (or `load("prop")`) and a sync. */
export abstract class CollectionObject<T extends ClientObject> extends ClientObject {
  protected abstract currentItems(): T[];

  protected scalarProperties(): string[] {
    return ["items", "count"];
  }

  protected readProperty(name: string): unknown {
    return name === "count" ? this.currentItems().length : undefined;
  }

  /** The item proxies a load of this batch created, so that several item paths load onto the same items. */
  private batchItems: { generation: number; items: T[] } | null = null;

  loadPath(path: string): void {
    if (path === "count") {
      super.loadPath(path);
      return;
    }
    const itemPath = path.startsWith("items/") ? path.slice(6) : path === "items" || path === "*" ? "*" : path;
    if (this.batchItems?.generation !== this.context.generation) {
      let items: T[] = [];
      this.context.queue(() => {
        items = this.currentItems();
      });
      this.batchItems = { generation: this.context.generation, items };
      this.context.queueLoad(this, "items", () => items);
    }
    for (const item of this.batchItems.items) item.loadPath(itemPath);
  }

  get items(): T[] {
    return this.get<T[]>("items");
  }

  get count(): number {
    return this.get<number>("count");
  }
}
