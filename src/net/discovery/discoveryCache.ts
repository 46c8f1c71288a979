// Discovery's cache over the shared store (memory by default, Redis across
// instances), so that discovery is not a scanner (issue 11):
//
// - Domain answers are cached per domain; they hold templates only (see
//   source.ts), never one user's data.
// - Negative answers ("nothing found") are also remembered per organisational
//   domain: random subdomains of one domain cost one upstream round per
//   negative lifetime, not one each.
// - At most a few discoveries of one organisational domain run at once across
//   every instance (store locks, setIfAbsent); the others wait, bounded, for
//   an answer (polling the store), then use it or run in turn.
// - Each upstream (a domain's autoconfig host, the ISPDB for a domain) is asked
//   at most once per lifetime: its outcome is stored under the upstream's name.
//
// A store that fails (Redis down) is replaced by an in-process memory store
// for that call: limits become per instance, nothing breaks.
import { randomBytes } from "node:crypto";
import { organisationalDomain } from "../../core/domainFindings.js";
import { text } from "../../core/language.js";
import { isWorded, phraseOf } from "../../core/phrase.js";
import { MemoryStore, type SharedStore } from "../sharedStore.js";
import { SOURCE_ORDER, type DomainDiscovery } from "./arbiter.js";
import type { SourceOutcome } from "./source.js";

// Why the cache answers without running discovery, worded per language when nothing answers.
const CACHE_FAILURE = {
  suppressed: text(
    "discovery.cache.suppressed",
    "nothing was found for another address under {org} a few minutes ago, so {domain} was not looked up again yet",
  ),
  busy: text("discovery.cache.busy", "another check of {org} is still running; try again in a few seconds"),
  upstreamBusy: text("discovery.cache.upstreamBusy", "{upstream} is being asked by another check"),
} as const;

// v2: notes and failures are phrases (objects), which an instance of v1 would pass on as they are.
const PREFIX = "discovery:v2:";
/** Stored values larger than this are ignored (a hostile or corrupted store cannot make us parse megabytes). */
const MAX_STORED_CHARS = 512 * 1024;

export interface DiscoveryCacheOptions {
  store?: SharedStore;
  /** Lifetime of an answer; default 10 minutes. */
  ttlMs: number;
  /** Lifetime of "nothing found" (per domain and per organisational domain); default 5 minutes, at most ttlMs. */
  negativeTtlMs: number;
  /** Lifetime of answers cut by the deadline or a transient failure; default 1 minute. */
  shortTtlMs: number;
  /** Entries kept in the in-process fallback store. */
  maxEntries: number;
  /** How often a waiting caller looks for the winner's answer. */
  pollMs?: number;
  /**
   * Discoveries of one organisational domain running at once, across every
   * instance; default 4. Random subdomains cost at most this many upstream
   * rounds before the negative answer stops them.
   */
  orgConcurrency?: number;
  /** A store operation slower than this is abandoned for the in-process store (a hung Redis must not hang discovery); default 1000. */
  storeTimeoutMs?: number;
}

export type CacheOutcome = "hit" | "joined" | "ran" | "suppressed" | "busy";

export interface CacheStats {
  /** Discoveries actually run by this instance. */
  runs: number;
  /** Answers from the store, a flight in this instance, another instance's run, or a negative of the organisational domain. */
  hits: number;
  /** Callers that gave up waiting for another discovery of the same organisational domain. */
  busy: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const SECURITY_VALUES: readonly unknown[] = ["tls", "starttls", "none"];

/** A stored server template that could have come from us: a plain host name (placeholders allowed), a port, a security value, texts. */
function isTemplate(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.host === "string" &&
    /^[a-z0-9%][a-z0-9.%-]{0,252}$/i.test(t.host) &&
    Number.isInteger(t.port) &&
    (t.port as number) >= 1 &&
    (t.port as number) <= 65535 &&
    SECURITY_VALUES.includes(t.security) &&
    Array.isArray(t.auth) &&
    typeof t.usernameTemplate === "string" &&
    Array.isArray(t.notes)
  );
}

function isDomainDiscovery(value: unknown): value is DomainDiscovery {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.answers) &&
    Array.isArray(v.failures) &&
    typeof v.timedOut === "boolean" &&
    typeof v.deadlineMs === "number" &&
    v.answers.every(
      (a: unknown) =>
        a !== null &&
        typeof a === "object" &&
        SOURCE_ORDER.includes((a as { key: never }).key) &&
        Array.isArray((a as { outgoing: unknown }).outgoing) &&
        (a as { outgoing: unknown[] }).outgoing.every(isTemplate) &&
        Array.isArray((a as { incoming: unknown }).incoming) &&
        (a as { incoming: unknown[] }).incoming.every(isTemplate) &&
        Array.isArray((a as { notes: unknown }).notes) &&
        (a as { notes: unknown[] }).notes.every(isWorded),
    ) &&
    v.failures.every(isWorded)
  );
}

function isSourceOutcome(value: unknown): value is SourceOutcome {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (v.failure === null || isWorded(v.failure)) && (v.answer === null || typeof v.answer === "object");
}

export class DiscoveryCache {
  private readonly local: MemoryStore;
  private readonly shared: SharedStore;
  private readonly flights = new Map<
    string,
    Promise<{ discovery: DomainDiscovery; outcome: CacheOutcome }>
  >();
  private readonly orgSlots = new Map<string, { running: number; waiters: Array<() => void> }>();
  private readonly upstreamFlights = new Map<string, Promise<SourceOutcome>>();
  private readonly counts: CacheStats = { runs: 0, hits: 0, busy: 0 };
  private readonly pollMs: number;
  private readonly storeTimeoutMs: number;
  private readonly orgConcurrency: number;

  constructor(private readonly options: DiscoveryCacheOptions) {
    this.local = new MemoryStore({ maxEntries: options.maxEntries });
    this.shared = options.store ?? this.local;
    this.pollMs = options.pollMs ?? 50;
    this.storeTimeoutMs = options.storeTimeoutMs ?? 1000;
    this.orgConcurrency = Math.max(1, options.orgConcurrency ?? 4);
  }

  stats(): CacheStats {
    return { ...this.counts };
  }

  // ---- the store, degraded to memory when it fails --------------------------

  /** The shared store's answer, or the in-process store's when the shared one fails or is too slow. */
  private async withFallback<T>(operation: (store: SharedStore) => Promise<T>): Promise<T> {
    if (this.shared === this.local) return operation(this.local);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error("store too slow")), this.storeTimeoutMs);
    });
    try {
      return await Promise.race([operation(this.shared), timeout]);
    } catch {
      return operation(this.local);
    } finally {
      clearTimeout(timer);
    }
  }

  private get(key: string): Promise<string | null> {
    return this.withFallback((store) => store.get(key));
  }

  private set(key: string, value: string, ttlMs: number): Promise<void> {
    return this.withFallback((store) => store.set(key, value, ttlMs));
  }

  private setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return this.withFallback((store) => store.setIfAbsent(key, value, ttlMs));
  }

  private async release(key: string): Promise<void> {
    await Promise.all([this.withFallback((store) => store.delete(key)), this.local.delete(key)]);
  }

  private async read<T>(key: string, guard: (value: unknown) => value is T): Promise<T | null> {
    const raw = await this.get(key);
    if (raw === null || raw.length > MAX_STORED_CHARS) return null;
    try {
      const value: unknown = JSON.parse(raw);
      return guard(value) ? value : null;
    } catch {
      return null;
    }
  }

  private ttlOf(discovery: DomainDiscovery): number {
    const { ttlMs, negativeTtlMs, shortTtlMs } = this.options;
    if (discovery.timedOut || discovery.transient) return Math.min(ttlMs, shortTtlMs);
    if (discovery.answers.length === 0) return Math.min(ttlMs, negativeTtlMs);
    return ttlMs;
  }

  // ---- domain answers -----------------------------------------------------

  /**
   * The domain's discovery: from the store, from a flight already running
   * (here or, through the store, in another instance), or by running `run`.
   * Waiting for another discovery of the same organisational domain lasts at
   * most `waitMs`; then a "busy" answer is returned (not cached).
   */
  getOrRun(
    domain: string,
    run: () => Promise<DomainDiscovery>,
    waitMs: number,
  ): Promise<{ discovery: DomainDiscovery; outcome: CacheOutcome }> {
    const pending = this.flights.get(domain);
    if (pending) {
      this.counts.hits += 1;
      return pending.then(({ discovery }) => ({ discovery, outcome: "joined" as const }));
    }
    const flight = this.resolve(domain, run, Date.now() + waitMs, waitMs + 5000).finally(() =>
      this.flights.delete(domain),
    );
    this.flights.set(domain, flight);
    return flight;
  }

  private async known(
    domain: string,
    org: string,
  ): Promise<{ discovery: DomainDiscovery; outcome: CacheOutcome } | null> {
    const cached = await this.read(`${PREFIX}answer:${domain}`, isDomainDiscovery);
    if (cached) return { discovery: cached, outcome: "hit" };
    if (domain !== org && (await this.get(`${PREFIX}negative:${org}`)) !== null) {
      return {
        discovery: {
          answers: [],
          failures: [phraseOf(CACHE_FAILURE.suppressed, { org, domain })],
          timedOut: false,
          deadlineMs: 0,
        },
        outcome: "suppressed",
      };
    }
    return null;
  }

  private async resolve(
    domain: string,
    run: () => Promise<DomainDiscovery>,
    waitUntil: number,
    lockTtlMs: number,
  ): Promise<{ discovery: DomainDiscovery; outcome: CacheOutcome }> {
    const org = organisationalDomain(domain);
    const first = await this.known(domain, org);
    if (first) {
      this.counts.hits += 1;
      return first;
    }
    // At most orgConcurrency discoveries per organisational domain at a time in
    // this instance: the next in line usually finds the answer (or the
    // negative) of those before it.
    if (!(await this.acquireOrgSlot(org, waitUntil))) return this.busy(org);
    try {
      return await this.resolveInTurn(domain, org, run, waitUntil, lockTtlMs);
    } finally {
      this.releaseOrgSlot(org);
    }
  }

  private acquireOrgSlot(org: string, waitUntil: number): Promise<boolean> {
    let slots = this.orgSlots.get(org);
    if (!slots) {
      slots = { running: 0, waiters: [] };
      this.orgSlots.set(org, slots);
    }
    if (slots.running < this.orgConcurrency) {
      slots.running += 1;
      return Promise.resolve(true);
    }
    const queue = slots;
    return new Promise<boolean>((resolve) => {
      const waiter = (): void => {
        clearTimeout(timer);
        queue.running += 1;
        resolve(true);
      };
      const timer = setTimeout(
        () => {
          const at = queue.waiters.indexOf(waiter);
          if (at >= 0) queue.waiters.splice(at, 1);
          resolve(false);
        },
        Math.max(0, waitUntil - Date.now()),
      );
      queue.waiters.push(waiter);
    });
  }

  private releaseOrgSlot(org: string): void {
    const slots = this.orgSlots.get(org);
    if (!slots) return;
    slots.running -= 1;
    const next = slots.waiters.shift();
    if (next) next();
    else if (slots.running === 0) this.orgSlots.delete(org);
  }

  private busy(org: string): { discovery: DomainDiscovery; outcome: CacheOutcome } {
    this.counts.busy += 1;
    return {
      discovery: {
        answers: [],
        failures: [phraseOf(CACHE_FAILURE.busy, { org })],
        timedOut: false,
        deadlineMs: 0,
        transient: true,
      },
      outcome: "busy",
    };
  }

  private async resolveInTurn(
    domain: string,
    org: string,
    run: () => Promise<DomainDiscovery>,
    waitUntil: number,
    lockTtlMs: number,
  ): Promise<{ discovery: DomainDiscovery; outcome: CacheOutcome }> {
    const token = randomBytes(9).toString("base64url");
    const domainLock = `${PREFIX}lock:domain:${domain}`;
    let orgLock: string | null = null;
    let holdsDomain = false;
    try {
      for (;;) {
        const known = await this.known(domain, org);
        if (known) {
          this.counts.hits += 1;
          return known;
        }
        // One discovery per domain and orgConcurrency per organisational
        // domain, across every instance; a lock outlives a crashed holder
        // only by its TTL (the run's budget plus 5 s).
        holdsDomain ||= await this.setIfAbsent(domainLock, token, lockTtlMs);
        for (let i = 0; holdsDomain && i < this.orgConcurrency && orgLock === null; i += 1) {
          const candidate = `${PREFIX}lock:${org}:${i}`;
          if (await this.setIfAbsent(candidate, token, lockTtlMs)) orgLock = candidate;
        }
        if (orgLock !== null) break;
        // Only waiting is bounded: a caller that gets the locks runs, however long it queued.
        if (Date.now() >= waitUntil) return this.busy(org);
        await sleep(this.pollMs);
      }
      const again = await this.known(domain, org);
      if (again) {
        this.counts.hits += 1;
        return again;
      }
      this.counts.runs += 1;
      const discovery = await run();
      const ttl = this.ttlOf(discovery);
      await this.set(`${PREFIX}answer:${domain}`, JSON.stringify(discovery), ttl);
      if (discovery.answers.length === 0) await this.set(`${PREFIX}negative:${org}`, "1", ttl);
      return { discovery, outcome: "ran" };
    } finally {
      if (orgLock !== null) await this.release(orgLock);
      if (holdsDomain) await this.release(domainLock);
    }
  }

  // ---- upstream "asked once" marks ----------------------------------------

  /**
   * The stored outcome of asking `upstream`, or the result of `ask` (stored
   * for the answer's lifetime; failures for the negative lifetime, transient
   * ones not at all). While another instance asks, waits for its outcome
   * until `waitUntil`, then answers with a failure instead of asking twice.
   */
  once(upstream: string, ask: () => Promise<SourceOutcome>, waitUntil: number): Promise<SourceOutcome> {
    const pending = this.upstreamFlights.get(upstream);
    if (pending) return pending;
    const flight = this.onceAcrossInstances(upstream, ask, waitUntil).finally(() =>
      this.upstreamFlights.delete(upstream),
    );
    this.upstreamFlights.set(upstream, flight);
    return flight;
  }

  private async onceAcrossInstances(
    upstream: string,
    ask: () => Promise<SourceOutcome>,
    waitUntil: number,
  ): Promise<SourceOutcome> {
    const valueKey = `${PREFIX}upstream:${upstream}`;
    const lockKey = `${PREFIX}upstream-lock:${upstream}`;
    for (;;) {
      const stored = await this.read(valueKey, isSourceOutcome);
      if (stored) return stored;
      if (await this.setIfAbsent(lockKey, "1", Math.max(1000, waitUntil - Date.now()) + 5000)) break;
      if (Date.now() >= waitUntil)
        return {
          answer: null,
          failure: phraseOf(CACHE_FAILURE.upstreamBusy, { upstream: upstream.replace(/^[^:]+:/, "") }),
          transient: true,
        };
      await sleep(this.pollMs);
    }
    try {
      const outcome = await ask();
      if (!outcome.transient) {
        const { ttlMs, negativeTtlMs } = this.options;
        await this.set(
          valueKey,
          JSON.stringify(outcome),
          outcome.answer ? ttlMs : Math.min(ttlMs, negativeTtlMs),
        );
      }
      return outcome;
    } finally {
      await this.release(lockKey);
    }
  }
}
