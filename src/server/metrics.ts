// The server's counters in the Prometheus text exposition format (version
// 0.0.4), written by hand: a handful of counters, one histogram and a few
// gauges do not need a client library. Labels carry fixed words only (route
// patterns, outcomes), never hosts, addresses or ids.

/** Upper bounds of the probe duration histogram, seconds. */
export const PROBE_DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 45];

export type ProbeOutcome = "pass" | "fail" | "refused" | "timeout" | "error";
export type RefusalKind = "probe-budget" | "general-budget" | "probe-slots";
export type StoreState = "memory" | "connecting" | "ready" | "down" | "closed";

export interface MetricsSources {
  /** Discovery's own counters (cache hits and upstream lookups). */
  discovery: () => { upstreamLookups: number; cacheHits: number };
  store: () => { kind: "memory" | "redis"; state: StoreState };
  probesInFlight: () => number;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}

export class ServerMetrics {
  private readonly probes = new Map<string, number>();
  private readonly buckets = PROBE_DURATION_BUCKETS.map(() => 0);
  private durationCount = 0;
  private durationSum = 0;
  private readonly refusals = new Map<RefusalKind, number>();
  private readonly storeFallbacks = new Map<string, number>();
  private reportsStored = 0;
  private reportsServed = 0;
  private readonly responses = new Map<string, number>();

  constructor(private readonly sources: MetricsSources) {}

  /** One verify, survey or domain check ended; refused ones (bad input, policy, slots) are counted, not timed. */
  recordProbe(kind: "verify" | "survey" | "domain", outcome: ProbeOutcome, seconds: number): void {
    const key = `${kind}\u0000${outcome}`;
    this.probes.set(key, (this.probes.get(key) ?? 0) + 1);
    if (outcome === "refused") return;
    this.durationCount += 1;
    this.durationSum += seconds;
    PROBE_DURATION_BUCKETS.forEach((bound, index) => {
      if (seconds <= bound) this.buckets[index] = (this.buckets[index] ?? 0) + 1;
    });
  }

  recordRefusal(kind: RefusalKind): void {
    this.refusals.set(kind, (this.refusals.get(kind) ?? 0) + 1);
  }

  /** The shared store failed and a local fallback answered ("rate-limit", "probe-slots") or the request failed ("reports"). */
  recordStoreFailure(use: string): void {
    this.storeFallbacks.set(use, (this.storeFallbacks.get(use) ?? 0) + 1);
  }

  recordReportStored(): void {
    this.reportsStored += 1;
  }

  recordReportServed(): void {
    this.reportsServed += 1;
  }

  /** One HTTP answer, by route pattern (never the URL) and status class. */
  recordResponse(route: string, statusCode: number): void {
    const key = `${route}\u0000${Math.floor(statusCode / 100)}xx`;
    this.responses.set(key, (this.responses.get(key) ?? 0) + 1);
  }

  render(): string {
    const lines: string[] = [];
    const family = (name: string, type: string, help: string) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    };

    family("outbox_checks_total", "counter", "Checks run (verify, survey, domain) by outcome.");
    for (const [key, count] of [...this.probes].sort()) {
      const [kind, outcome] = key.split("\u0000") as [string, string];
      lines.push(
        `outbox_checks_total{kind="${escapeLabel(kind)}",outcome="${escapeLabel(outcome)}"} ${count}`,
      );
    }

    family("outbox_check_duration_seconds", "histogram", "How long checks took.");
    PROBE_DURATION_BUCKETS.forEach((bound, index) => {
      lines.push(`outbox_check_duration_seconds_bucket{le="${bound}"} ${this.buckets[index] ?? 0}`);
    });
    lines.push(`outbox_check_duration_seconds_bucket{le="+Inf"} ${this.durationCount}`);
    lines.push(`outbox_check_duration_seconds_sum ${this.durationSum}`);
    lines.push(`outbox_check_duration_seconds_count ${this.durationCount}`);

    family("outbox_rate_limit_refusals_total", "counter", "Requests refused with 429, by limit.");
    for (const kind of ["probe-budget", "general-budget", "probe-slots"] as const) {
      lines.push(`outbox_rate_limit_refusals_total{limit="${kind}"} ${this.refusals.get(kind) ?? 0}`);
    }

    family("outbox_probes_in_flight", "gauge", "Probe slots held by this instance.");
    lines.push(`outbox_probes_in_flight ${this.sources.probesInFlight()}`);

    const discovery = this.sources.discovery();
    family("outbox_discovery_cache_hits_total", "counter", "Settings discoveries answered from the cache.");
    lines.push(`outbox_discovery_cache_hits_total ${discovery.cacheHits}`);
    family(
      "outbox_discovery_cache_misses_total",
      "counter",
      "Settings discoveries that had to ask upstream sources.",
    );
    lines.push(`outbox_discovery_cache_misses_total ${discovery.upstreamLookups}`);

    family("outbox_reports_stored_total", "counter", "Reports stored under a shareable id.");
    lines.push(`outbox_reports_stored_total ${this.reportsStored}`);
    family("outbox_reports_served_total", "counter", "Stored reports served (page or JSON).");
    lines.push(`outbox_reports_served_total ${this.reportsServed}`);

    const store = this.sources.store();
    family("outbox_store_up", "gauge", "1 when the shared store answers (always 1 for the memory store).");
    lines.push(
      `outbox_store_up{kind="${store.kind}"} ${store.state === "ready" || store.state === "memory" ? 1 : 0}`,
    );
    family("outbox_store_failures_total", "counter", "Shared-store failures, by what was asked of it.");
    for (const [use, count] of [...this.storeFallbacks].sort()) {
      lines.push(`outbox_store_failures_total{use="${escapeLabel(use)}"} ${count}`);
    }

    family("outbox_http_responses_total", "counter", "HTTP answers by route pattern and status class.");
    for (const [key, count] of [...this.responses].sort()) {
      const [route, status] = key.split("\u0000") as [string, string];
      lines.push(`outbox_http_responses_total{route="${escapeLabel(route)}",status="${status}"} ${count}`);
    }
    return `${lines.join("\n")}\n`;
  }
}
