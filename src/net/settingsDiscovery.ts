// Settings discovery for any address: the embedded database first (no
// network), then the network sources (src/net/discovery/, one module per
// source behind DiscoverySource) in parallel under one deadline. The pure
// arbiter (discovery/arbiter.ts) decides which answer wins and makes the
// domain's answer personal per address; the cache (discovery/discoveryCache.ts)
// keeps domain answers, negatives per organisational domain and upstream
// "asked once" marks in the shared store. Sources, precedence, privacy and
// trust rules are documented in docs/discovery.md.
import { parseEmailAddress } from "../core/emailAddress.js";
import { text, type Lang } from "../core/language.js";
import { phraseOf, type Worded } from "../core/phrase.js";
import { resolveSettings } from "../core/resolveSettings.js";
import type { MailboxContext, Settings } from "../core/types.js";
import { createAutoconfigSources } from "./discovery/autoconfigSource.js";
import { combine, decide, SOURCE_OF, SOURCE_ORDER, type DomainDiscovery } from "./discovery/arbiter.js";
import { settle } from "./discovery/clientConfigSource.js";
import { DiscoveryCache } from "./discovery/discoveryCache.js";
import { createGuessSource, type WithProbeSlot } from "./discovery/guessSource.js";
import { createIspdbSources } from "./discovery/ispdbSource.js";
import { createMxSource, lookupPreferredMx } from "./discovery/mxSource.js";
import type {
  DiscoveryContext,
  DiscoverySource,
  MxLookup,
  SourceKey,
  SourceOutcome,
} from "./discovery/source.js";
import { createSrvSource } from "./discovery/srvSource.js";
import type { MailDns } from "./dnsResolver.js";
import { probeSubmissionServer } from "./probeSubmissionServer.js";
import type { RuntimeConfig } from "./runtimeConfig.js";
import type { SharedStore } from "./sharedStore.js";
import type { TargetPolicy } from "./targetPolicy.js";

export interface SettingsDiscoveryDeps {
  dns: MailDns;
  policy: TargetPolicy;
  config: RuntimeConfig;
  /** The complete trust store (see loadTrustedCas) for HTTPS fetches and probes. */
  trustedCas: string[];
  probe?: typeof probeSubmissionServer;
  /**
   * Shared state: domain answers, negatives, single-flight locks and upstream
   * marks live here, so several instances ask each upstream once. Default: an
   * in-process memory store.
   */
  store?: SharedStore;
  /** A shared-store operation slower than this falls back to the in-process store; default 1000 ms. */
  storeTimeoutMs?: number;
  /** Runs one guess probe inside a probe slot of the server; may throw when none is free (the probe is then skipped). */
  withProbeSlot?: WithProbeSlot;
  /** How long a domain's answer is reused; default 10 minutes. */
  cacheTtlMs?: number;
  /** How long "nothing found" is reused, for the domain and its organisational domain; default 5 minutes (at most cacheTtlMs). */
  negativeTtlMs?: number;
  /** Entries of the in-process store when no shared store is given (or it fails); default 1000 domains' worth. */
  cacheSize?: number;
  /** Deadline of each HTTP fetch; default 5000 (the overall deadline aborts fetches still running). */
  fetchTimeoutMs?: number;
  /** Port of the derived https://autoconfig.<domain>/ and https://<domain>/.well-known/ URLs (443); tests use an ephemeral port. */
  httpsPort?: number;
  /** Ports tried when guessing (465 implicit TLS, 587 STARTTLS, 993 IMAP over TLS); tests use ephemeral ports. */
  guessPorts?: { tls: number; starttls: number; imaps?: number };
}

export interface DiscoverOptions {
  context?: Partial<MailboxContext>;
  /** Overall deadline of the network sources; default 8000 ms. */
  deadlineMs?: number;
  /** The language of the notes and warnings; default English (another language needs loadLanguage first). */
  lang?: Lang;
}

const STOPPED_WAITING = text("discovery.stoppedWaiting", "stopped waiting after {ms} ms for: {sources}");

export interface DiscoveryStats {
  /** Network discoveries actually run by this instance. */
  upstreamLookups: number;
  /** Requests answered by the cache, by joining a discovery in flight (here or in another instance), or by a negative of the organisational domain. */
  cacheHits: number;
  /** Fetches of autoconfig hosts and the ISPDB, and guess probes, attempted by this instance (a fetch whose host does not resolve counts too). */
  upstreamRequests: number;
  /** Requests that gave up waiting for another discovery of the same organisational domain. */
  busy: number;
}

export interface SettingsDiscovery {
  discover(email: string, options?: DiscoverOptions): Promise<Settings>;
  stats(): DiscoveryStats;
}

export const DEFAULT_DISCOVERY_DEADLINE_MS = 8000;
const DEFAULT_TTL_MS = 10 * 60_000;
const DEFAULT_NEGATIVE_TTL_MS = 5 * 60_000;
const SHORT_TTL_MS = 60_000;
/**
 * Beyond its own deadline, how long a request waits for another discovery of
 * the same domain to be stored (that one runs under its own deadline). Small,
 * because the server gives discovery its route deadline minus one second.
 */
const EXTRA_WAIT_MS = 500;

interface Slot {
  outcome: SourceOutcome | undefined;
  settled: Promise<SourceOutcome>;
  settle(outcome: SourceOutcome): void;
}

function createSlot(): Slot {
  let resolve!: (outcome: SourceOutcome) => void;
  const slot: Slot = {
    outcome: undefined,
    settled: new Promise<SourceOutcome>((r) => (resolve = r)),
    settle(outcome) {
      if (slot.outcome !== undefined) return;
      slot.outcome = outcome;
      resolve(outcome);
    },
  };
  return slot;
}

export function createSettingsDiscovery(deps: SettingsDiscoveryDeps): SettingsDiscovery {
  const { dns, config } = deps;
  const ttlMs = deps.cacheTtlMs ?? DEFAULT_TTL_MS;
  const cache = new DiscoveryCache({
    ...(deps.store ? { store: deps.store } : {}),
    ttlMs,
    negativeTtlMs: deps.negativeTtlMs ?? DEFAULT_NEGATIVE_TTL_MS,
    shortTtlMs: SHORT_TTL_MS,
    maxEntries: Math.max(100, (deps.cacheSize ?? 1000) * 4),
    ...(deps.storeTimeoutMs !== undefined ? { storeTimeoutMs: deps.storeTimeoutMs } : {}),
  });
  let upstreamRequests = 0;
  const counted = (): void => {
    upstreamRequests += 1;
  };
  const fetchDeps = {
    dns,
    policy: deps.policy,
    trustedCas: deps.trustedCas,
    fetchTimeoutMs: deps.fetchTimeoutMs ?? 5000,
    allowHttp: config.allowHttpAutoconfig,
    onFetch: counted,
  };
  const guessPorts = deps.guessPorts ?? { tls: 465, starttls: 587 };
  const sources: DiscoverySource[] = [
    ...createAutoconfigSources(fetchDeps, config, deps.httpsPort),
    ...createIspdbSources(fetchDeps, config.ispdbUrl),
    createSrvSource(dns),
    createMxSource(),
    createGuessSource({
      dns,
      policy: deps.policy,
      trustedCas: deps.trustedCas,
      probe: deps.probe ?? probeSubmissionServer,
      ports: { tls: guessPorts.tls, starttls: guessPorts.starttls, imaps: guessPorts.imaps ?? 993 },
      ...(deps.withProbeSlot ? { withProbeSlot: deps.withProbeSlot } : {}),
      onProbe: counted,
    }),
  ];

  /** Runs every source for one domain under the deadline; the arbiter says when to stop waiting. */
  async function discoverDomain(domain: string, deadlineMs: number): Promise<DomainDiscovery> {
    const deadline = Date.now() + deadlineMs;
    const controller = new AbortController();
    const slots = Object.fromEntries(SOURCE_ORDER.map((key) => [key, createSlot()])) as Record<
      SourceKey,
      Slot
    >;
    let mxLookup: Promise<MxLookup> | undefined;
    const context: DiscoveryContext = {
      domain,
      signal: controller.signal,
      deadline,
      mx: () => (mxLookup ??= lookupPreferredMx(domain, dns)),
      outcomeOf: (key) => slots[key].settled,
      once: (upstream, ask) => cache.once(upstream, ask, deadline),
    };
    for (const source of sources) {
      void settle(() => source.discover(domain, context)).then((outcome) =>
        slots[source.key].settle(outcome),
      );
    }

    let timer: NodeJS.Timeout | undefined;
    const deadlineReached = new Promise<"deadline">((resolve) => {
      timer = setTimeout(() => resolve("deadline"), Math.max(0, deadline - Date.now()));
    });
    let timedOut = false;
    try {
      for (;;) {
        const outcomes: Partial<Record<SourceKey, SourceOutcome>> = {};
        for (const key of SOURCE_ORDER) if (slots[key].outcome) outcomes[key] = slots[key].outcome;
        const decision = decide(outcomes);
        if (decision.state !== "wait") break;
        const first = await Promise.race([slots[decision.on].settled, deadlineReached]);
        if (first === "deadline") {
          timedOut = true;
          break;
        }
      }
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
    const settled = SOURCE_ORDER.map((key) => slots[key].outcome).filter(
      (o): o is SourceOutcome => o !== undefined,
    );
    const failures = settled.map((o) => o.failure).filter((f): f is Worded => f !== null && f !== undefined);
    if (timedOut) {
      const pending = SOURCE_ORDER.filter((key) => slots[key].outcome === undefined);
      failures.push(
        phraseOf(STOPPED_WAITING, {
          ms: deadlineMs,
          sources: [...new Set(pending.map((key) => SOURCE_OF[key]))],
        }),
      );
    }
    return {
      answers: settled.map((o) => o.answer).filter((a) => a !== null),
      failures,
      timedOut,
      deadlineMs,
      ...(settled.some((o) => o.transient) ? { transient: true } : {}),
    };
  }

  return {
    async discover(email: string, options: DiscoverOptions = {}): Promise<Settings> {
      const lang = options.lang ?? "en";
      const builtin = resolveSettings(email, options.context, { lang });
      if (builtin.source === "builtin") return builtin;
      const address = parseEmailAddress(email);
      const deadlineMs = Math.max(1, options.deadlineMs ?? DEFAULT_DISCOVERY_DEADLINE_MS);
      const { discovery } = await cache.getOrRun(
        address.domain,
        () => discoverDomain(address.domain, deadlineMs),
        deadlineMs + EXTRA_WAIT_MS,
      );
      const settings = combine(discovery, address, lang);
      return address.unicodeDomain !== address.domain
        ? ({ ...settings, unicodeDomain: address.unicodeDomain } as Settings)
        : settings;
    },
    stats() {
      const stats = cache.stats();
      return { upstreamLookups: stats.runs, cacheHits: stats.hits, upstreamRequests, busy: stats.busy };
    },
  };
}
