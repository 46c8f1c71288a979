// A global cap on outgoing probes in flight, over all clients. The per-client
// rate limit does not bound concurrency (many clients, slow targets), and each
// probe holds a socket and a TLS handshake for up to its deadline. A slot is
// returned when the probe really ends, not when the HTTP request gives up on it.
import { RateLimitedError } from "./httpErrors.js";

/** How long a refused client should wait: about one typical probe. */
export const PROBE_SLOTS_RETRY_AFTER_SECONDS = 5;

export class ProbeSlots {
  private used = 0;

  constructor(readonly capacity: number) {}

  get inFlight(): number {
    return this.used;
  }

  /** Takes `count` slots, or returns null when they are not all free. The release function is idempotent. */
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

  /**
   * Runs `work` while holding `count` slots; throws RateLimitedError when the
   * server is at capacity. The slots are freed when the work settles.
   */
  run<T>(count: number, work: () => Promise<T>): Promise<T> {
    const release = this.tryAcquire(count);
    if (release === null) {
      throw new RateLimitedError(
        PROBE_SLOTS_RETRY_AFTER_SECONDS,
        "The server is running as many checks as it allows at once.",
      );
    }
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
