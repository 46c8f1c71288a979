// Discovery benchmark against local peers only (the dns2 peer and an HTTPS
// peer with its own test CA; nothing leaves 127.0.0.1):
//  1. createSettingsDiscovery on its own: one discovery on a cache miss (DNS,
//     TLS and the autoconfig fetch at https://autoconfig.<domain>/) next to one
//     on a cache hit;
//  2. the server: 1,000 concurrent GET /api/settings over real HTTP for 50
//     custom domains against buildApp on 127.0.0.1, with the upstream
//     discoveries counted to show that the cache and single flight reduce
//     1,000 requests to one discovery per domain;
//  3. not a scanner: 10,000 random subdomains of one domain at once, and two
//     instances sharing one store under 1,000 concurrent requests, with the
//     upstream requests counted at the peers.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSecureContext } from "node:tls";
import { createMailDns } from "../src/net/dnsResolver.js";
import type { RuntimeConfig } from "../src/net/runtimeConfig.js";
import { randomBytes } from "node:crypto";
import { createSettingsDiscovery } from "../src/net/settingsDiscovery.js";
import { MemoryStore } from "../src/net/sharedStore.js";
import { createTargetPolicy } from "../src/net/targetPolicy.js";
import { loadTrustedCas } from "../src/net/trustStore.js";
import { buildApp } from "../src/server/app.js";
import { startDnsPeer, type DnsPeerRecords } from "../test/peers/dnsPeer.js";
import { clientConfigXml, createTestCa, startHttpsPeer, type PeerRoutes } from "../test/peers/httpsPeer.js";
import { formatTable, median, percentile, verdict } from "./table.js";

const LOCAL = { A: ["127.0.0.1"] };
/** Domains of the stand-alone discovery measurement; each is a cache miss once. */
const MISS_DOMAINS = 40;
/** Cache hits measured per domain after its miss. */
const HITS_PER_DOMAIN = 10;
const SERVER_DOMAINS = 50;
const SERVER_REQUESTS = 1000;
/** Every phase is bounded: a hung peer or server fails the benchmark instead of stalling it. */
const PHASE_LIMIT_MS = 60_000;
const REQUEST_LIMIT_MS = 30_000;

// Each its own organisational domain, as real customers' domains are.
const missDomain = (i: number): string => `d${i}-bench.test`;
const serverDomain = (i: number): string => `s${i}-bench.test`;
const sharedDomain = (i: number): string => `p${i}-bench.test`;
const SCAN_SUBDOMAINS = 10_000;
/** Half of the server's domains publish autoconfig, the other half are known by their Microsoft 365 MX. */
const byAutoconfig = (i: number): boolean => i % 2 === 0;

function outgoingConfig(domain: string): string {
  return clientConfigXml({
    id: domain,
    outgoing: [{ hostname: `smtp.${domain}`, port: 465, socketType: "SSL" }],
  });
}

async function within<T>(what: string, work: Promise<T>, limitMs = PHASE_LIMIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${limitMs} ms`)), limitMs);
  });
  try {
    return await Promise.race([work, expiry]);
  } finally {
    clearTimeout(timer);
  }
}

function elapsedMs(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

interface HttpAnswer {
  status: number;
  body: string;
}

function getJson(agent: Agent, port: number, path: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", reject);
    });
    req.setTimeout(REQUEST_LIMIT_MS, () => req.destroy(new Error(`no answer within ${REQUEST_LIMIT_MS} ms`)));
    req.on("error", reject);
    req.end();
  });
}

export async function benchDiscovery(): Promise<string> {
  const ca = createTestCa("Outbox Doctor Bench CA");
  const zone: DnsPeerRecords = {
    "warm-bench.test": { MX: [{ exchange: "warm-bench.mail.protection.outlook.com", priority: 0 }] },
    "scan-bench.test": LOCAL,
  };
  const routes: PeerRoutes = {};
  for (let i = 0; i < MISS_DOMAINS; i += 1) {
    zone[`autoconfig.${missDomain(i)}`] = LOCAL;
    zone[missDomain(i)] = { MX: [{ exchange: `mx.${missDomain(i)}`, priority: 10 }] };
    routes[`autoconfig.${missDomain(i)}/mail/config-v1.1.xml`] = { body: outgoingConfig(missDomain(i)) };
  }
  for (let i = 0; i < SERVER_DOMAINS; i += 1) {
    zone[`autoconfig.${sharedDomain(i)}`] = LOCAL;
    zone[sharedDomain(i)] = {};
    routes[`autoconfig.${sharedDomain(i)}/mail/config-v1.1.xml`] = { body: outgoingConfig(sharedDomain(i)) };
  }
  for (let i = 0; i < SERVER_DOMAINS; i += 1) {
    const domain = serverDomain(i);
    if (byAutoconfig(i)) {
      zone[domain] = { MX: [{ exchange: `mx.${domain}`, priority: 10 }] };
      // The server fetches <OUTBOX_AUTOCONFIG_BASE_URL>/<domain>/mail/config-v1.1.xml.
      routes[`/${domain}/mail/config-v1.1.xml`] = { body: outgoingConfig(domain) };
    } else {
      zone[domain] = { MX: [{ exchange: `s${i}-bench.mail.protection.outlook.com`, priority: 0 }] };
    }
  }

  const workDir = mkdtempSync(join(tmpdir(), "outbox-doctor-bench-"));
  const caFile = join(workDir, "bench-ca.pem");
  writeFileSync(caFile, ca.certPem);
  const dnsPeer = await startDnsPeer(zone);
  const closers: Array<() => Promise<void>> = [() => dnsPeer.close()];
  try {
    const https = await startHttpsPeer({
      ca,
      names: [
        "127.0.0.1",
        ...Array.from({ length: MISS_DOMAINS }, (_, i) => `autoconfig.${missDomain(i)}`),
        ...Array.from({ length: SERVER_DOMAINS }, (_, i) => `autoconfig.${sharedDomain(i)}`),
      ],
      routes,
    });
    closers.push(() => https.close());
    const config: RuntimeConfig = {
      dnsServers: [dnsPeer.server],
      allowPrivate: true,
      probePorts: [25, 465, 587, 2525],
      extraCaPath: caFile,
      // No ISPDB entries: answered 404 by the local peer.
      ispdbUrl: `${https.url}/v1.1/`,
      allowHttpAutoconfig: false,
      autoconfigBaseUrl: null,
    };

    // ---- 1. One discovery: cache miss and cache hit ----
    // The derived URLs (https://autoconfig.<domain>:<port>/) as in the discovery tests, via the httpsPort hook.
    const discovery = createSettingsDiscovery({
      dns: createMailDns([dnsPeer.server], 3000),
      policy: createTargetPolicy(config),
      config,
      trustedCas: [ca.certPem],
      httpsPort: https.port,
    });
    const missTimes: number[] = [];
    const hitTimes: number[] = [];
    let wrongAnswers = 0;
    await within(
      "the cache miss/hit measurement",
      (async () => {
        for (let i = 0; i < MISS_DOMAINS; i += 1) {
          const email = `user@${missDomain(i)}`;
          let started = process.hrtime.bigint();
          const miss = await discovery.discover(email);
          missTimes.push(elapsedMs(started));
          if (miss.source !== "autoconfig" || miss.servers[0]?.host !== `smtp.${missDomain(i)}`)
            wrongAnswers += 1;
          for (let hit = 0; hit < HITS_PER_DOMAIN; hit += 1) {
            started = process.hrtime.bigint();
            const cached = await discovery.discover(`user${hit}@${missDomain(i)}`);
            hitTimes.push(elapsedMs(started));
            if (cached.source !== "autoconfig") wrongAnswers += 1;
          }
        }
      })(),
    );
    const discoveryStats = discovery.stats();
    missTimes.sort((a, b) => a - b);
    hitTimes.sort((a, b) => a - b);
    // The first miss pays for JIT and the first TLS context; the median is the fair figure.
    const missMedian = median(missTimes);
    const hitMedian = median(hitTimes);

    // ---- 2. The server: 1,000 concurrent /api/settings for 50 domains ----
    const app = await buildApp({
      config: { ...config, autoconfigBaseUrl: https.url },
      paneDir: null,
      logger: false,
      generalRateLimit: { max: 100_000, timeWindowMs: 60_000 },
      // /api/settings counts against the per-client probe budget; the benchmark is one client.
      rateLimit: { max: 100_000, timeWindowMs: 60_000 },
    });
    closers.push(() => app.close());
    await app.listen({ host: "127.0.0.1", port: 0 });
    const port = (app.server.address() as AddressInfo).port;
    const agent = new Agent({
      keepAlive: true,
      maxSockets: SERVER_REQUESTS,
      maxFreeSockets: SERVER_REQUESTS,
    });
    closers.push(async () => agent.destroy());

    // Warm the server (JIT, TLS context, rate limiter) on a domain outside the measured set.
    for (let i = 0; i < 20; i += 1) {
      const warm = await within(
        "the warm-up",
        getJson(agent, port, `/api/settings?email=w${i}%40warm-bench.test`),
      );
      if (warm.status !== 200) throw new Error(`warm-up request answered HTTP ${warm.status}: ${warm.body}`);
    }

    const fire = async (): Promise<{
      seconds: number;
      latencies: number[];
      errors: number;
      errorSample: string;
    }> => {
      const latencies: number[] = [];
      let errors = 0;
      let errorSample = "";
      const started = process.hrtime.bigint();
      await within(
        `${SERVER_REQUESTS} concurrent requests`,
        Promise.all(
          Array.from({ length: SERVER_REQUESTS }, async (_, i) => {
            const index = i % SERVER_DOMAINS;
            const domain = serverDomain(index);
            const began = process.hrtime.bigint();
            try {
              const answer = await getJson(agent, port, `/api/settings?email=u${i}%40${domain}`);
              latencies.push(elapsedMs(began));
              const settings =
                answer.status === 200
                  ? (JSON.parse(answer.body) as { source?: string; email?: string })
                  : null;
              const expected = byAutoconfig(index) ? "autoconfig" : "mx";
              if (settings?.source !== expected || settings.email !== `u${i}@${domain}`) {
                errors += 1;
                errorSample ||= `HTTP ${answer.status}: ${answer.body.slice(0, 200)}`;
              }
            } catch (error) {
              latencies.push(elapsedMs(began));
              errors += 1;
              errorSample ||= (error as Error).message;
            }
          }),
        ),
      );
      latencies.sort((a, b) => a - b);
      return { seconds: elapsedMs(started) / 1000, latencies, errors, errorSample };
    };

    const queriesBefore = dnsPeer.queries.length;
    const requestsBefore = https.requests.length;
    const cold = await fire();
    // buildApp keeps its discovery instance private (createCheckServices does not expose
    // stats()), so upstream discoveries are counted where they arrive: every network
    // discovery asks the DNS peer exactly one "<domain> MX" question (MX inference runs
    // for every domain, whichever source wins). Requests answered by the cache or by
    // joining a flight in progress ask nothing. Every discovery asks for the autoconfig
    // file (404 for the MX half), so that count must be one per domain as well.
    const measuredDomains = new Set(Array.from({ length: SERVER_DOMAINS }, (_, i) => serverDomain(i)));
    const mxQueries = dnsPeer.queries
      .slice(queriesBefore)
      .filter((query) => query.endsWith(" MX") && measuredDomains.has(query.slice(0, -3)));
    const upstreamLookups = mxQueries.length;
    const distinctLookedUp = new Set(mxQueries).size;
    const autoconfigFetches = https.requests
      .slice(requestsBefore)
      .filter((line) => /^127\.0\.0\.1\/s\d+-bench\.test\/mail\/config-v1\.1\.xml/.test(line)).length;
    const queriesAfterCold = dnsPeer.queries.length;
    const warm = await fire();
    const cachedRoundQueries = dnsPeer.queries.length - queriesAfterCold;

    // ---- 3. Not a scanner ----
    const networkDeps = {
      dns: createMailDns([dnsPeer.server], 3000),
      policy: createTargetPolicy(config),
      config,
      trustedCas: [ca.certPem],
      httpsPort: https.port,
      // Nothing listens on port 1: guessing fails at once instead of probing anything real.
      guessPorts: { tls: 1, starttls: 1, imaps: 1 },
    };
    const scanner = createSettingsDiscovery({ ...networkDeps, store: new MemoryStore() });
    const scanRequestsBefore = https.requests.length;
    const scanQueriesBefore = dnsPeer.queries.length;
    let scanStarted = process.hrtime.bigint();
    const scanned = await within(
      `${SCAN_SUBDOMAINS} random subdomains`,
      Promise.all(
        Array.from({ length: SCAN_SUBDOMAINS }, () =>
          scanner.discover(`x@r${randomBytes(6).toString("hex")}.scan-bench.test`, { deadlineMs: 3000 }),
        ),
      ),
    );
    const scanSeconds = elapsedMs(scanStarted) / 1000;
    const scanHttp = https.requests.length - scanRequestsBefore;
    const scanDns = dnsPeer.queries.length - scanQueriesBefore;
    const scanRounds = scanner.stats().upstreamLookups;
    const scanWrong = scanned.filter((s) => s.source !== "none").length;

    const store = new MemoryStore();
    // The DNS and HTTPS peers share this process's event loop with 1,000 discoveries
    // at once: lookups and the deadline get room, so the count measures the store, not the loop.
    const patientDeps = { ...networkDeps, dns: createMailDns([dnsPeer.server], 10_000), store };
    const instances = [createSettingsDiscovery(patientDeps), createSettingsDiscovery(patientDeps)];
    const sharedBefore = https.requests.length;
    scanStarted = process.hrtime.bigint();
    const sharedLatencies: number[] = [];
    let sharedWrong = 0;
    let sharedSample = "";
    await within(
      `${SERVER_REQUESTS} requests on two instances`,
      Promise.all(
        Array.from({ length: SERVER_REQUESTS }, async (_, i) => {
          const domain = sharedDomain(i % SERVER_DOMAINS);
          const began = process.hrtime.bigint();
          const settings = await instances[i % 2]?.discover(`u${i}@${domain}`, { deadlineMs: 20_000 });
          sharedLatencies.push(elapsedMs(began));
          if (
            settings?.servers[0]?.host !== `smtp.${domain}` ||
            settings.servers[0].username !== `u${i}@${domain}`
          ) {
            sharedWrong += 1;
            sharedSample ||= settings?.notes.join(" ").slice(0, 400) ?? "no answer";
          }
        }),
      ),
    );
    sharedLatencies.sort((a, b) => a - b);
    const sharedAutoconfig = https.requests
      .slice(sharedBefore)
      .filter((line) => /^autoconfig\.p\d+-bench\.test\//.test(line)).length;
    const sharedIspdb = https.requests
      .slice(sharedBefore)
      .filter((line) => /\/v1\.1\/p\d+-bench\.test$/.test(line)).length;
    const sharedRuns = instances.reduce((sum, instance) => sum + instance.stats().upstreamLookups, 0);

    // fetchBounded hands the whole trust store to each HTTPS request (agent: false), so
    // Node builds a new TLS context from every root for each autoconfig, well-known and
    // ISPDB fetch; this is that cost, on the event loop, per fetch.
    const trustStore = loadTrustedCas(caFile);
    const contextTimes: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const started = process.hrtime.bigint();
      createSecureContext({ ca: trustStore });
      contextTimes.push(elapsedMs(started));
    }

    const coldOk = cold.errors === 0;
    const lookupsOk = upstreamLookups === SERVER_DOMAINS && distinctLookedUp === SERVER_DOMAINS;
    return (
      formatTable(
        `Discovery (createSettingsDiscovery, autoconfig over HTTPS from a local peer): ${MISS_DOMAINS} misses, ${MISS_DOMAINS * HITS_PER_DOMAIN} hits`,
        [
          { measure: "cache miss, median", value: `${missMedian.toFixed(2)} ms`, target: "-", result: "-" },
          {
            measure: "cache miss, p99",
            value: `${percentile(missTimes, 99).toFixed(2)} ms`,
            target: "-",
            result: "-",
          },
          { measure: "cache hit, median", value: `${hitMedian.toFixed(3)} ms`, target: "-", result: "-" },
          {
            measure: "cache hit, p99",
            value: `${percentile(hitTimes, 99).toFixed(3)} ms`,
            target: "-",
            result: "-",
          },
          {
            measure: "miss/hit ratio (medians)",
            value: `${(missMedian / hitMedian).toFixed(0)}x`,
            target: "-",
            result: "-",
          },
          {
            measure: "upstream lookups (stats)",
            value: discoveryStats.upstreamLookups,
            target: String(MISS_DOMAINS),
            result: verdict(discoveryStats.upstreamLookups === MISS_DOMAINS),
          },
          {
            measure: "cache hits (stats)",
            value: discoveryStats.cacheHits,
            target: String(MISS_DOMAINS * HITS_PER_DOMAIN),
            result: verdict(discoveryStats.cacheHits === MISS_DOMAINS * HITS_PER_DOMAIN),
          },
          { measure: "wrong answers", value: wrongAnswers, target: "0", result: verdict(wrongAnswers === 0) },
        ],
      ) +
      formatTable(
        `Server: ${SERVER_REQUESTS} concurrent GET /api/settings over HTTP for ${SERVER_DOMAINS} custom domains (half autoconfig, half MX)`,
        [
          {
            measure: "requests per second",
            value: (SERVER_REQUESTS / cold.seconds).toFixed(0),
            target: "-",
            result: "-",
          },
          {
            measure: "p50 latency",
            value: `${percentile(cold.latencies, 50).toFixed(1)} ms`,
            target: "-",
            result: "-",
          },
          {
            measure: "p99 latency",
            value: `${percentile(cold.latencies, 99).toFixed(1)} ms`,
            target: "-",
            result: "-",
          },
          { measure: "errors", value: cold.errors, target: "0", result: verdict(coldOk) },
          {
            measure: "upstream lookups (MX queries at the DNS peer)",
            value: upstreamLookups,
            target: String(SERVER_DOMAINS),
            result: verdict(lookupsOk),
          },
          {
            measure: `TLS context from ${trustStore.length} roots (median)`,
            value: `${median(contextTimes).toFixed(1)} ms`,
            target: "-",
            result: "-",
          },
          {
            measure: "autoconfig file fetches (HTTPS peer)",
            value: autoconfigFetches,
            target: String(SERVER_DOMAINS),
            result: verdict(autoconfigFetches === SERVER_DOMAINS),
          },
        ],
      ) +
      formatTable(`Server, same ${SERVER_REQUESTS} requests again (all cached)`, [
        {
          measure: "requests per second",
          value: (SERVER_REQUESTS / warm.seconds).toFixed(0),
          target: "-",
          result: "-",
        },
        {
          measure: "p50 latency",
          value: `${percentile(warm.latencies, 50).toFixed(1)} ms`,
          target: "-",
          result: "-",
        },
        {
          measure: "p99 latency",
          value: `${percentile(warm.latencies, 99).toFixed(1)} ms`,
          target: "-",
          result: "-",
        },
        { measure: "errors", value: warm.errors, target: "0", result: verdict(warm.errors === 0) },
        {
          measure: "DNS queries",
          value: cachedRoundQueries,
          target: "0",
          result: verdict(cachedRoundQueries === 0),
        },
      ]) +
      formatTable(
        `Not a scanner: ${SCAN_SUBDOMAINS} random subdomains of one domain at once, one discovery instance`,
        [
          { measure: "time for all", value: `${scanSeconds.toFixed(2)} s`, target: "-", result: "-" },
          {
            measure: "discoveries run (rounds)",
            value: scanRounds,
            target: "<= 4",
            result: verdict(scanRounds <= 4),
          },
          {
            measure: "HTTP requests at the peers",
            value: scanHttp,
            target: "<= rounds",
            result: verdict(scanHttp <= scanRounds),
          },
          { measure: "DNS questions", value: scanDns, target: "-", result: "-" },
          {
            measure: "answers other than none",
            value: scanWrong,
            target: "0",
            result: verdict(scanWrong === 0),
          },
        ],
      ) +
      formatTable(
        `Two discovery instances on one shared store: ${SERVER_REQUESTS} concurrent requests for ${SERVER_DOMAINS} autoconfig domains`,
        [
          {
            measure: "p50 latency",
            value: `${percentile(sharedLatencies, 50).toFixed(1)} ms`,
            target: "-",
            result: "-",
          },
          {
            measure: "p99 latency",
            value: `${percentile(sharedLatencies, 99).toFixed(1)} ms`,
            target: "-",
            result: "-",
          },
          {
            measure: "wrong or impersonal answers",
            value: sharedWrong,
            target: "0",
            result: verdict(sharedWrong === 0),
          },
          {
            measure: "discoveries run (both instances)",
            value: sharedRuns,
            target: String(SERVER_DOMAINS),
            result: verdict(sharedRuns === SERVER_DOMAINS),
          },
          {
            measure: "autoconfig fetches",
            value: sharedAutoconfig,
            target: String(SERVER_DOMAINS),
            result: verdict(sharedAutoconfig === SERVER_DOMAINS),
          },
          {
            measure: "ISPDB fetches",
            value: sharedIspdb,
            target: String(SERVER_DOMAINS),
            result: verdict(sharedIspdb === SERVER_DOMAINS),
          },
        ],
      ) +
      (cold.errorSample || warm.errorSample
        ? `\nfirst error: ${cold.errorSample || warm.errorSample}\n`
        : "") +
      (sharedSample ? `\nfirst wrong answer on two instances: ${sharedSample}\n` : "")
    );
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
}
