// A size-bounded LRU cache whose entries expire, with single flight: callers
// that ask for the same missing key while it is being loaded share that one
// load, so a burst of identical requests costs one upstream lookup.

export interface LruCacheOptions {
  /** Entries kept at most; the least recently used is dropped first. */
  maxEntries: number;
  /** Default lifetime of an entry. */
  ttlMs: number;
  /** Clock, replaceable so expiry can be tested without sleeping. */
  now?: () => number;
}

export interface LruCacheStats {
  /** Answers served from a stored entry. */
  hits: number;
  /** Callers that joined a load already in flight. */
  joined: number;
  /** Loads actually started (upstream work). */
  loads: number;
  size: number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

export class LruCache<V> {
  // A Map iterates in insertion order: re-inserting on every read keeps the
  // least recently used entry first.
  private readonly entries = new Map<string, Entry<V>>();
  private readonly inFlight = new Map<string, Promise<V>>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private hits = 0;
  private joined = 0;
  private loads = 0;

  constructor(options: LruCacheOptions) {
    if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1) {
      throw new RangeError("LruCache maxEntries must be a positive integer");
    }
    if (!(options.ttlMs >= 0)) throw new RangeError("LruCache ttlMs must be zero or more");
    this.maxEntries = options.maxEntries;
    this.ttlMs = options.ttlMs;
    this.now = options.now ?? Date.now;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, ttlMs: number = this.ttlMs): void {
    this.entries.delete(key);
    if (ttlMs <= 0) return;
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /**
   * The stored value, or the result of `load` (stored for `ttlFor(value)` ms,
   * default the cache's TTL). Concurrent calls for one key share one load; a
   * failed load is not stored, and every caller waiting on it gets the error.
   */
  getOrLoad(key: string, load: () => Promise<V>, ttlFor?: (value: V) => number): Promise<V> {
    const cached = this.get(key);
    if (cached !== undefined) {
      this.hits += 1;
      return Promise.resolve(cached);
    }
    const pending = this.inFlight.get(key);
    if (pending !== undefined) {
      this.joined += 1;
      return pending;
    }
    this.loads += 1;
    const flight = (async () => {
      try {
        const value = await load();
        this.set(key, value, ttlFor ? ttlFor(value) : this.ttlMs);
        return value;
      } finally {
        this.inFlight.delete(key);
      }
    })();
    this.inFlight.set(key, flight);
    return flight;
  }

  stats(): LruCacheStats {
    return { hits: this.hits, joined: this.joined, loads: this.loads, size: this.entries.size };
  }
}
