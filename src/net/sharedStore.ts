// The one small interface for state that several server instances must share
// (DESIGN.md: rate limits, probe slots, the discovery cache, stored reports).
// Values are strings (JSON by convention), keys are plain strings that callers
// namespace ("report:", "discovery:", ...). Memory is the embedded default, so
// `npm start` needs nothing else; a Redis implementation stands behind the same
// interface when REDIS_URL is set.

/** Thrown by a store that cannot answer now (e.g. Redis unreachable); callers decide how to degrade. */
export class StoreUnavailableError extends Error {
  constructor(message = "the shared store is unreachable") {
    super(message);
    this.name = "StoreUnavailableError";
  }
}

export interface SharedStore {
  /** "memory" or "redis": shown by health and metrics. */
  readonly kind: "memory" | "redis";
  /** The value stored under `key`, or null when absent or expired. */
  get(key: string): Promise<string | null>;
  /** Stores `value` under `key` for `ttlMs` milliseconds, replacing any earlier value. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Stores only when `key` is absent; true when this call stored it (a lock, or a "first asker" mark). */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Removes `key`; no error when it is absent. */
  delete(key: string): Promise<void>;
  /**
   * Adds `delta` to the counter at `key` and returns its new value. A counter
   * created by this call expires after `ttlMs`; later calls keep that expiry.
   */
  add(key: string, delta: number, ttlMs: number): Promise<number>;
  /** Releases connections and timers. */
  close(): Promise<void>;
}

interface MemoryEntry {
  value: string;
  expiresAt: number;
}

/** In-process store: the default, and the fallback when no shared store is configured. */
export class MemoryStore implements SharedStore {
  readonly kind = "memory";
  private readonly entries = new Map<string, MemoryEntry>();
  private readonly now: () => number;
  private readonly maxEntries: number;

  /** `maxEntries` bounds memory: past it the oldest entries are dropped first. */
  constructor(options: { now?: () => number; maxEntries?: number } = {}) {
    this.now = options.now ?? Date.now;
    this.maxEntries = options.maxEntries ?? 100_000;
  }

  private live(key: string): MemoryEntry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private put(key: string, value: string, expiresAt: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get(key: string): Promise<string | null> {
    return Promise.resolve(this.live(key)?.value ?? null);
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    this.put(key, value, this.now() + ttlMs);
    return Promise.resolve();
  }

  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return Promise.resolve(false);
    this.put(key, value, this.now() + ttlMs);
    return Promise.resolve(true);
  }

  delete(key: string): Promise<void> {
    this.entries.delete(key);
    return Promise.resolve();
  }

  add(key: string, delta: number, ttlMs: number): Promise<number> {
    const entry = this.live(key);
    const next = (entry ? Number(entry.value) || 0 : 0) + delta;
    this.put(key, String(next), entry ? entry.expiresAt : this.now() + ttlMs);
    return Promise.resolve(next);
  }

  close(): Promise<void> {
    this.entries.clear();
    return Promise.resolve();
  }
}
