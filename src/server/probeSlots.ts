// A global cap on outgoing probes in flight, over all clients. The per-client
// rate limit does not bound concurrency (many clients, slow targets), and each
// probe holds a socket and a TLS handshake for up to its deadline. A slot is
// returned when the probe really ends, not when the HTTP request gives up on it.
//
// With a shared pool (Redis) the cap holds across every instance: each slot is
// a lease with a safety lifetime, so slots of an instance that crashed lapse
// instead of leaking forever. Each instance also keeps its own count, which is
// the cap while the shared pool cannot be reached.
import { StoreUnavailableError } from "../net/sharedStore.js";
import { RateLimitedError } from "./httpErrors.js";

/** How long a refused client should wait: about one typical probe. */
export const PROBE_SLOTS_RETRY_AFTER_SECONDS = 5;

/**
 * Longest a shared slot is held without release: longer than the slowest
 * check (a survey's 45 s route deadline; probes end themselves within 15 s per
 * step), so only a crashed instance's leases ever lapse.
 */
export const SHARED_SLOT_LEASE_MS = 120_000;

/** A pool of leases shared by the instances (RedisStore implements it). */
export interface SharedSlotPool {
  acquireLeases(key: string, count: number, capacity: number, ttlMs: number): Promise<string[] | null>;
  releaseLeases(key: string, ids: readonly string[]): Promise<void>;
}

export interface ProbeSlotsOptions {
  shared?: SharedSlotPool;
  /** Told when the shared pool failed and the local cap was used instead. */
  onSharedFailure?: (error: StoreUnavailableError) => void;
  /** Told when a check is refused because the slots are full. */
  onRefused?: () => void;
}

const SHARED_POOL_KEY = "probe-slots";

export class ProbeSlots {
  private used = 0;

  constructor(
    readonly capacity: number,
    private readonly options: ProbeSlotsOptions = {},
  ) {}

  /** Slots held by this instance. */
  get inFlight(): number {
    return this.used;
  }

  /** Takes `count` local slots, or returns null when they are not all free. The release function is idempotent. */
  tryAcquire(count: number): (() => void) | null {
    if (this.used + count > this.capacity) return null;
    this.used += count;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= count;
    };
  }

  private refuse(): never {
    this.options.onRefused?.();
    throw new RateLimitedError(
      PROBE_SLOTS_RETRY_AFTER_SECONDS,
      "The server is running as many checks as it allows at once.",
    );
  }

  /** The shared leases, [] when the pool failed (the local cap then governs), null when it is full. */
  private async acquireShared(count: number): Promise<string[] | null> {
    const shared = this.options.shared;
    if (shared === undefined) return [];
    try {
      return await shared.acquireLeases(SHARED_POOL_KEY, count, this.capacity, SHARED_SLOT_LEASE_MS);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      this.options.onSharedFailure?.(error);
      return [];
    }
  }

  private releaseShared(ids: string[]): void {
    const shared = this.options.shared;
    if (shared === undefined || ids.length === 0) return;
    // A failed release leaves the leases to lapse after SHARED_SLOT_LEASE_MS.
    shared.releaseLeases(SHARED_POOL_KEY, ids).catch((error: unknown) => {
      if (error instanceof StoreUnavailableError) this.options.onSharedFailure?.(error);
    });
  }

  /**
   * Runs `work` while holding `count` slots; rejects with RateLimitedError
   * when the server (or, with a shared pool, the deployment) is at capacity.
   * The slots are freed when the work settles.
   */
  async run<T>(count: number, work: () => Promise<T>): Promise<T> {
    const releaseLocal = this.tryAcquire(count);
    if (releaseLocal === null) this.refuse();
    let leases: string[] | null;
    try {
      leases = await this.acquireShared(count);
    } catch (error) {
      releaseLocal();
      throw error;
    }
    if (leases === null) {
      releaseLocal();
      this.refuse();
    }
    const held = leases;
    const release = () => {
      releaseLocal();
      this.releaseShared(held);
    };
    let running: Promise<T>;
    try {
      running = work();
    } catch (error) {
      release();
      throw error;
    }
    running.then(release, release);
    return running;
  }
}
