// A store for @fastify/rate-limit that counts in Redis, so one client's budget
// holds across every instance, and counts in this process while Redis cannot
// be reached (the limits then hold per instance instead of failing open or
// refusing everyone). The plugin takes a store class and constructs it with
// its global parameters; `child` gives each limiter its own key space.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import { StoreUnavailableError } from "../net/sharedStore.js";

export interface RateLimitCounter {
  rateLimitHit(key: string, windowMs: number): Promise<{ current: number; ttlMs: number }>;
}

interface HitResult {
  current: number;
  ttl: number;
}

type HitCallback = (error: Error | null, result?: HitResult) => void;

interface LocalWindow {
  current: number;
  resetsAt: number;
}

// Clients remembered by the fallback counter; the oldest window is dropped first.
const MAX_LOCAL_CLIENTS = 20_000;

/** Fixed windows in process memory: the fallback while the shared counter is unreachable. */
class LocalWindows {
  private readonly windows = new Map<string, LocalWindow>();

  hit(key: string, windowMs: number, now: number): HitResult {
    let entry = this.windows.get(key);
    if (entry === undefined || entry.resetsAt <= now) {
      entry = { current: 0, resetsAt: now + windowMs };
      this.windows.delete(key);
      this.windows.set(key, entry);
      while (this.windows.size > MAX_LOCAL_CLIENTS) {
        const oldest = this.windows.keys().next().value;
        if (oldest === undefined) break;
        this.windows.delete(oldest);
      }
    }
    entry.current += 1;
    return { current: entry.current, ttl: entry.resetsAt - now };
  }
}

export interface SharedRateLimitOptions {
  /** The shared counter (Redis); null counts in this process only. */
  counter: RateLimitCounter | null;
  /** Told each time the shared counter failed and the local one answered. */
  onFallback: (error: StoreUnavailableError) => void;
  now?: () => number;
}

/**
 * The class to pass as @fastify/rate-limit's `store` option. Limiters are
 * created in the same order on every instance (the global one, then
 * createRateLimit calls), so their key spaces match across instances.
 */
export function sharedRateLimitStore(options: SharedRateLimitOptions): FastifyRateLimitStoreCtor {
  const now = options.now ?? Date.now;
  let children = 0;

  class SharedRateLimitStore implements FastifyRateLimitStore {
    private readonly local = new LocalWindows();
    private readonly prefix: string;

    // The plugin passes its options first; children pass their key prefix.
    constructor(_pluginOptions?: unknown, prefix = "rate:g:") {
      this.prefix = prefix;
    }

    incr(key: string, callback: HitCallback, timeWindow: number, _max: number): void {
      if (options.counter === null) {
        // Synchronous and a fresh object per hit: the plugin's own LocalStore hands every
        // concurrent caller the same mutable object, so a burst in one tick read the burst's total.
        callback(null, this.local.hit(key, timeWindow, now()));
        return;
      }
      options.counter.rateLimitHit(`${this.prefix}${key}`, timeWindow).then(
        (result) => callback(null, { current: result.current, ttl: result.ttlMs }),
        (error: unknown) => {
          if (!(error instanceof StoreUnavailableError)) {
            callback(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          options.onFallback(error);
          callback(null, this.local.hit(key, timeWindow, now()));
        },
      );
    }

    child(): SharedRateLimitStore {
      children += 1;
      return new SharedRateLimitStore(undefined, `rate:${children}:`);
    }
  }

  return SharedRateLimitStore;
}
