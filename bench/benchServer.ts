// Two server instances sharing one redis-server, under 1,000 concurrent mixed
// requests spread over both: settings (discovery against a local autoconfig
// server), explain, verify against a local SMTP peer, and fetches of stored
// reports. Prints p50/p99 per kind, errors, how often discovery's upstream was
// asked, and the Redis round trips (INFO commandstats). Skips with a message
// when redis-server is not installed.
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { RedisStore } from "../src/net/redisStore.js";
import type { RuntimeConfig } from "../src/net/runtimeConfig.js";
import { buildApp } from "../src/server/app.js";
import { startDnsPeer } from "../test/peers/dnsPeer.js";
import { startHttpsPeer } from "../test/peers/httpsPeer.js";
import { REDIS_MISSING_MESSAGE, startRedisPeer, type RedisPeer } from "../test/peers/redisPeer.js";
import { startSmtpPeer } from "../test/peers/smtpPeers.js";
import { formatTable, percentile, verdict, type Row } from "./table.js";

const REQUESTS = 1000;
const DOMAINS = 20;
const KINDS = ["settings", "explain", "verify", "report"] as const;
type Kind = (typeof KINDS)[number];

function clientConfig(domain: string): string {
  return `<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="${domain}"><domain>${domain}</domain>
<outgoingServer type="smtp"><hostname>smtp.${domain}</hostname><port>465</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>`;
}

/** Total calls per command from INFO commandstats. */
async function redisCalls(redis: RedisPeer): Promise<number> {
  const info = await redis.command("INFO", "commandstats");
  let total = 0;
  for (const match of info.matchAll(/^cmdstat_[^:]+:calls=(\d+)/gm)) total += Number(match[1]);
  return total;
}

interface Outcome {
  kind: Kind;
  ms: number;
  status: number;
}

interface LoadResult {
  outcomes: Outcome[];
  seconds: number;
  upstreamLookups: number;
  /** Round trips the instances sent to Redis during the load. */
  roundTrips: number;
  /** Commands Redis ran during the load (INFO commandstats, scripts' inner calls included). */
  redisCommands: number;
}

/** Two instances (sharing `redis`, or each with its own memory) under the mixed load. */
async function runLoad(
  redis: RedisPeer | null,
  domainPrefix: string,
  requests = REQUESTS,
): Promise<LoadResult> {
  const dns = await startDnsPeer({});
  const routes = Object.fromEntries(
    Array.from({ length: DOMAINS }, (_, i) => [
      `/${domainPrefix}${i}-bench.com/mail/config-v1.1.xml`,
      { body: clientConfig(`${domainPrefix}${i}-bench.com`) },
    ]),
  );
  const upstream = await startHttpsPeer({ plain: true, routes });
  const smtp = await startSmtpPeer({ maxClients: 2000, disabledCommands: ["STARTTLS", "AUTH"] });
  const stores: RedisStore[] = [];
  const apps: FastifyInstance[] = [];
  try {
    const config: RuntimeConfig = {
      dnsServers: [dns.server],
      allowPrivate: true,
      probePorts: [smtp.port],
      extraCaPath: null,
      ispdbUrl: `${upstream.url}/v1.1/`,
      allowHttpAutoconfig: true,
      autoconfigBaseUrl: upstream.url,
    };
    const urls: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      let store: RedisStore | undefined;
      if (redis !== null) {
        store = new RedisStore(redis.url);
        stores.push(store);
        if (!(await store.connect())) throw new Error("the bench's redis-server did not answer");
      }
      const app = await buildApp({
        config,
        paneDir: null,
        ...(store === undefined ? {} : { store }),
        rateLimit: { max: 100_000, timeWindowMs: 60_000 },
        generalRateLimit: { max: 100_000, timeWindowMs: 60_000 },
        maxProbesInFlight: 300,
      });
      await app.listen({ host: "127.0.0.1", port: 0 });
      apps.push(app);
      urls.push(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
    }
    const verifyPath = `/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`;

    // Reports to fetch, made beforehand on the first instance (without Redis, fetched there too).
    const reportIds: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const made = (await (await fetch(`${urls[0]}${verifyPath}`)).json()) as { reportId: string };
      reportIds.push(made.reportId);
    }
    const callsBefore = redis === null ? 0 : await redisCalls(redis);
    const sentBefore = stores.reduce((sum, store) => sum + store.commandsSent, 0);
    const upstreamBefore = upstream.requests.length;

    const pathFor = (kind: Kind, i: number): string => {
      switch (kind) {
        case "settings":
          return `/api/settings?email=user${i}@${domainPrefix}${Math.floor(i / KINDS.length) % DOMAINS}-bench.com`;
        case "explain":
          return "/api/explain?text=535%205.7.139%20Authentication%20unsuccessful";
        case "verify":
          return verifyPath;
        case "report":
          return `/api/report/${reportIds[i % reportIds.length] ?? ""}`;
      }
    };
    const started = performance.now();
    const outcomes: Outcome[] = await Promise.all(
      Array.from({ length: requests }, async (_, i): Promise<Outcome> => {
        const kind = KINDS[i % KINDS.length] as Kind;
        // Without a shared store a report lives on the instance that made it.
        const base = redis === null && kind === "report" ? urls[0] : urls[i % 2];
        const began = performance.now();
        try {
          const response = await fetch(`${base}${pathFor(kind, i)}`);
          await response.arrayBuffer();
          return { kind, ms: performance.now() - began, status: response.status };
        } catch {
          return { kind, ms: performance.now() - began, status: 0 };
        }
      }),
    );
    return {
      outcomes,
      seconds: (performance.now() - started) / 1000,
      upstreamLookups: upstream.requests.length - upstreamBefore,
      roundTrips: stores.reduce((sum, store) => sum + store.commandsSent, 0) - sentBefore,
      redisCommands: redis === null ? 0 : (await redisCalls(redis)) - callsBefore,
    };
  } finally {
    await Promise.all(apps.map((app) => app.close()));
    await Promise.all(stores.map((store) => store.close()));
    await Promise.all([dns.close(), upstream.close(), smtp.close()]);
  }
}

function latencyRows(label: string, outcomes: Outcome[]): Row[] {
  return [...KINDS, "all" as const].map((kind) => {
    const chosen = outcomes.filter((outcome) => kind === "all" || outcome.kind === kind);
    const times = chosen.map((outcome) => outcome.ms).sort((a, b) => a - b);
    const errors = chosen.filter((outcome) => outcome.status !== 200);
    const statuses = [...new Set(errors.map((outcome) => outcome.status))].sort().join(",");
    return {
      state: label,
      requests: kind,
      count: chosen.length,
      p50: `${percentile(times, 50).toFixed(1)} ms`,
      p99: `${percentile(times, 99).toFixed(1)} ms`,
      errors: errors.length === 0 ? "0" : `${errors.length} (${statuses})`,
    };
  });
}

export async function benchServer(): Promise<string> {
  const redis = await startRedisPeer();
  if (redis === null) return `\nServer with Redis: skipped. ${REDIS_MISSING_MESSAGE}.\n`;
  try {
    // A smaller round first, discarded: the measured rounds then both run warm (JIT, TLS, sockets).
    await runLoad(redis, "warm", 300);
    // The same load on two instances that share nothing, for comparison.
    const memory = await runLoad(null, "mem");
    const shared = await runLoad(redis, "shared");
    const errors = shared.outcomes.filter((outcome) => outcome.status !== 200).length;
    const perDomain = (result: LoadResult) => result.upstreamLookups / DOMAINS;
    const rate = (result: LoadResult) => `${(REQUESTS / result.seconds).toFixed(0)} per second`;
    return (
      formatTable(
        `Server: 2 instances, ${REQUESTS} concurrent mixed requests (memory: ${rate(memory)}; Redis: ${rate(shared)})`,
        [...latencyRows("memory", memory.outcomes), ...latencyRows("Redis", shared.outcomes)],
      ) +
      formatTable("Server: shared state (2 instances + Redis)", [
        { measure: "errors (not 200)", value: errors, target: "0", result: verdict(errors === 0) },
        {
          measure: `upstream lookups, ${DOMAINS} domains (memory: ${memory.upstreamLookups})`,
          value: `${shared.upstreamLookups} (${perDomain(shared).toFixed(1)} per domain)`,
          target: "<= 4 per domain",
          result: verdict(perDomain(shared) <= 4),
        },
        {
          measure: "Redis round trips from the instances",
          value: `${shared.roundTrips} (${(shared.roundTrips / REQUESTS).toFixed(1)} per request)`,
          target: "-",
          result: "-",
        },
        {
          measure: "Redis commands run (INFO commandstats)",
          value: shared.redisCommands,
          target: "-",
          result: "-",
        },
      ])
    );
  } finally {
    await redis.close();
  }
}
