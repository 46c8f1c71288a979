// Two server instances (buildApp twice) against one real redis-server on a
// loopback port: one client's budget holds across both, the probe-slot cap is
// global, a report made on one is served by the other, and when Redis dies
// mid-run the instances keep answering (limits per instance, stored reports
// 503) and reconnect when it is back.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { RedisStore, type RedisState } from "../../src/net/redisStore.js";
import { startHttpsPeer, type HttpsPeer } from "../peers/httpsPeer.js";
import {
  findRedisServer,
  REDIS_MISSING_MESSAGE,
  startRedisPeer,
  type RedisPeer,
} from "../peers/redisPeer.js";
import { readError, startTestServer, type TestServer } from "./serverHarness.js";
import { startSmtpPeer, type SmtpPeer } from "./smtpTestPeer.js";

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let redis: RedisPeer | null = null;

beforeAll(async () => {
  redis = await startRedisPeer();
  if (redis === null) console.warn(REDIS_MISSING_MESSAGE);
});

afterAll(async () => {
  await redis?.close();
});

const REDIS_INSTALLED = findRedisServer() !== null;

/** Runs only when redis-server is installed; otherwise it is reported as skipped, with the reason. */
function redisTest(name: string, body: (peer: RedisPeer) => Promise<void>, timeoutMs = 30_000): void {
  if (!REDIS_INSTALLED) {
    test.skip(`${name} (${REDIS_MISSING_MESSAGE})`, () => undefined);
    return;
  }
  test(
    name,
    async () => {
      if (redis === null) throw new Error("redis-server is installed but did not start");
      await body(redis);
    },
    timeoutMs,
  );
}

interface Instance {
  server: TestServer;
  store: RedisStore;
  states: RedisState[];
}

async function startInstance(
  peer: RedisPeer,
  app: Parameters<typeof startTestServer>[0] = {},
): Promise<Instance> {
  const states: RedisState[] = [];
  const store = new RedisStore(peer.url, { onStateChange: (state) => states.push(state) });
  expect(await store.connect()).toBe(true);
  const server = await startTestServer({ ...app, app: { ...app.app, store } });
  return { server, store, states };
}

async function stopInstance(instance: Instance): Promise<void> {
  await instance.server.close();
  await instance.store.close();
}

describe("two instances, one Redis", () => {
  let smtp: SmtpPeer;
  let silent: SmtpPeer;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    if (redis === null) return;
    smtp = await startSmtpPeer();
    silent = await startSmtpPeer({ greetingDelayMs: Infinity });
    const options = {
      config: { allowPrivate: true, probePorts: [smtp.port, silent.port] },
      app: { rateLimit: { max: 4, timeWindowMs: 60_000 }, maxProbesInFlight: 1 },
    };
    a = await startInstance(redis, options);
    b = await startInstance(redis, options);
  });

  afterAll(async () => {
    if (redis === null) return;
    await stopInstance(a);
    await stopInstance(b);
    await smtp.close();
    await silent.close();
  });

  redisTest("a report made on one instance is served by the other, never probing again", async () => {
    const answer = await a.server.get(`/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`);
    expect(answer.status).toBe(200);
    const report = (await answer.json()) as { reportId: string; reportUrl: string; greeting: string };
    expect(report.reportId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(report.reportUrl).toBe(`${a.server.url}/report/${report.reportId}`);
    const connections = smtp.connections;

    const stored = await b.server.get(`/api/report/${report.reportId}`);
    expect(stored.status).toBe(200);
    const body = (await stored.json()) as { kind: string; report: { greeting: string } };
    expect(body.kind).toBe("verify");
    expect(body.report.greeting).toBe(report.greeting);
    const page = await b.server.get(`/report/${report.reportId}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("220 peer.test ESMTP ready");
    expect(smtp.connections).toBe(connections);
  });

  redisTest("one client's budget holds across both instances", async () => {
    // The first test spent one check on a; bad input counts as well.
    expect((await b.server.get("/api/verify?host=bad..name")).status).toBe(400);
    expect((await a.server.get("/api/domain?domain=bad..name")).status).toBe(400);
    expect((await b.server.get("/api/verify?host=bad..name")).status).toBe(400);
    const refusedOnA = await a.server.get("/api/verify?host=bad..name");
    expect(refusedOnA.status).toBe(429);
    expect((await readError(refusedOnA)).code).toBe("rate-limited");
    expect((await b.server.get("/api/domain?domain=bad..name")).status).toBe(429);
    // Keys live in Redis, under the deployment's prefix.
    expect(await redis?.command("KEYS", "outbox:rate:*")).not.toBe("*0");
  });
});

describe("the probe-slot cap is global", () => {
  let silent: SmtpPeer;
  let normal: SmtpPeer;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    if (redis === null) return;
    await redis.command("FLUSHALL");
    silent = await startSmtpPeer({ greetingDelayMs: Infinity });
    normal = await startSmtpPeer();
    const options = {
      config: { allowPrivate: true, probePorts: [silent.port, normal.port] },
      app: { rateLimit: { max: 100, timeWindowMs: 60_000 }, maxProbesInFlight: 1 },
    };
    a = await startInstance(redis, options);
    b = await startInstance(redis, options);
  });

  afterAll(async () => {
    if (redis === null) return;
    await stopInstance(a);
    await stopInstance(b);
    await normal.close();
  });

  redisTest("a probe held on one instance takes the only slot of the other", async () => {
    const held = a.server.get(`/api/verify?host=127.0.0.1&port=${silent.port}&security=none`);
    await waitFor(() => silent.connections === 1);
    const refused = await b.server.get(`/api/verify?host=127.0.0.1&port=${normal.port}&security=none`);
    expect(refused.status).toBe(429);
    expect((await readError(refused)).message).toMatch(/as many checks as it allows/);
    expect(normal.connections).toBe(0);

    await silent.close();
    expect((await held).status).toBe(200);
    const next = await b.server.get(`/api/verify?host=127.0.0.1&port=${normal.port}&security=none`);
    expect(next.status).toBe(200);
    expect(normal.connections).toBe(1);
  });
});

describe("Redis dies mid-run, then comes back", () => {
  let smtp: SmtpPeer;
  let a: Instance;
  let b: Instance;
  const logLines: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logLines.push(
        ...chunk
          .toString("utf8")
          .split("\n")
          .filter((line) => line.length > 0),
      );
      callback();
    },
  });

  beforeAll(async () => {
    if (redis === null) return;
    await redis.command("FLUSHALL");
    smtp = await startSmtpPeer();
    const options = {
      config: { allowPrivate: true, probePorts: [smtp.port] },
      app: { rateLimit: { max: 3, timeWindowMs: 60_000 } },
    };
    a = await startInstance(redis, options);
    b = await startInstance(redis, { ...options, app: { ...options.app, logger: { stream: logStream } } });
  });

  afterAll(async () => {
    if (redis === null) return;
    await stopInstance(a);
    await stopInstance(b);
    await smtp.close();
  });

  redisTest(
    "limits fall back per instance, stored reports answer 503, then it reconnects",
    async (peer) => {
      const verify = `/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`;
      const before = (await (await a.server.get(verify)).json()) as { reportId: string };
      expect(before.reportId).toMatch(/^[A-Za-z0-9_-]{22}$/);

      await peer.stop();
      await waitFor(() => a.store.state === "down" && b.store.state === "down");

      // Still answering: health, explain, and checks (without a stored report).
      expect((await a.server.get("/healthz")).status).toBe(200);
      const ready = await a.server.get("/readyz");
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "degraded", store: { kind: "redis", state: "down" } });
      const during = await b.server.get(verify);
      expect(during.status).toBe(200);
      const duringBody = (await during.json()) as { ok: boolean; reportId: unknown; reportUrl: unknown };
      expect(duringBody.reportId).toBeNull();
      expect(duringBody.reportUrl).toBeNull();

      const lost = await b.server.get(`/api/report/${before.reportId}`);
      expect(lost.status).toBe(503);
      expect(lost.headers.get("retry-after")).toBe("30");
      expect((await readError(lost)).code).toBe("store-unavailable");
      const lostPage = await b.server.get(`/report/${before.reportId}`);
      expect(lostPage.status).toBe(503);
      expect(lostPage.headers.get("content-type")).toBe("text/html; charset=utf-8");
      // The page's button runs no probe whose report could not be kept.
      const connectionsBefore = smtp.connections;
      const button = await a.server.postForm("/verify", {
        host: "127.0.0.1",
        port: String(smtp.port),
        security: "none",
      });
      expect(button.status).toBe(503);
      expect(await button.text()).toContain("store-unavailable");
      expect(smtp.connections).toBe(connectionsBefore);

      // The budget now holds per instance: b has spent 1 of its own 3.
      expect((await b.server.get("/api/verify?host=bad..name")).status).toBe(400);
      expect((await b.server.get("/api/verify?host=bad..name")).status).toBe(400);
      expect((await b.server.get("/api/verify?host=bad..name")).status).toBe(429);
      expect((await a.server.get("/api/verify?host=bad..name")).status).toBe(400);

      // Logged once per kind of use, however many requests fell back.
      const warnings = logLines.filter((line) => line.includes("shared store unreachable for"));
      expect(warnings.filter((line) => line.includes("for rate-limits"))).toHaveLength(1);
      expect(warnings.filter((line) => line.includes("for reports"))).toHaveLength(1);
      expect(warnings.filter((line) => line.includes("for probe-slots"))).toHaveLength(1);

      await peer.start();
      await waitFor(() => a.store.state === "ready" && b.store.state === "ready", 15_000);
      expect(a.states).toEqual(["ready", "down", "ready"]);
      expect((await a.server.get("/readyz")).status).toBe(200);
      const after = (await (await a.server.get(verify)).json()) as { reportId: string };
      expect(after.reportId).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect((await b.server.get(`/api/report/${after.reportId}`)).status).toBe(200);
      // The killed server kept nothing (no persistence): the earlier report is gone, 404.
      expect((await b.server.get(`/api/report/${before.reportId}`)).status).toBe(404);
    },
    45_000,
  );
});

function clientConfig(domain: string): string {
  return `<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="${domain}">
    <domain>${domain}</domain>
    <displayName>Shared Test Mail</displayName>
    <outgoingServer type="smtp">
      <hostname>smtp.${domain}</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>`;
}

describe("discovery through the shared store", () => {
  let upstream: HttpsPeer;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    if (redis === null) return;
    await redis.command("FLUSHALL");
    upstream = await startHttpsPeer({
      plain: true,
      routes: {
        "/shared-one.example.com/mail/config-v1.1.xml": { body: clientConfig("shared-one.example.com") },
        "/shared-two.example.com/mail/config-v1.1.xml": {
          delayMs: 300,
          body: clientConfig("shared-two.example.com"),
        },
      },
    });
    const options = {
      config: {
        allowPrivate: true,
        allowHttpAutoconfig: true,
        autoconfigBaseUrl: upstream.url,
        ispdbUrl: `${upstream.url}/v1.1/`,
      },
      app: { rateLimit: { max: 100, timeWindowMs: 60_000 } },
    };
    a = await startInstance(redis, options);
    b = await startInstance(redis, options);
  });

  afterAll(async () => {
    if (redis === null) return;
    await stopInstance(a);
    await stopInstance(b);
    await upstream.close();
  });

  const asked = (domain: string) => upstream.requests.filter((request) => request.includes(domain));

  redisTest("each upstream is asked once, whichever instance is asked", async () => {
    const first = await a.server.get("/api/settings?email=ann@shared-one.example.com");
    expect(first.status).toBe(200);
    const settings = (await first.json()) as {
      source: string;
      servers: Array<{ host: string; username: string }>;
    };
    expect(settings.source).toBe("autoconfig");
    expect(settings.servers[0]?.host).toBe("smtp.shared-one.example.com");
    const upstreamAfterFirst = asked("shared-one.example.com");
    expect(upstreamAfterFirst.length).toBeGreaterThan(0);

    const second = await b.server.get("/api/settings?email=bob@shared-one.example.com");
    expect(second.status).toBe(200);
    const secondSettings = (await second.json()) as { servers: Array<{ username: string }> };
    // Bob gets his own address as the username, never Ann's.
    expect(secondSettings.servers[0]?.username).toBe("bob@shared-one.example.com");
    expect(asked("shared-one.example.com")).toEqual(upstreamAfterFirst);
    // No upstream URL was fetched twice.
    expect(new Set(upstreamAfterFirst).size).toBe(upstreamAfterFirst.length);
  });

  redisTest("concurrent requests on both instances share one flight", async () => {
    const answers = await Promise.all([
      a.server.get("/api/settings?email=ann@shared-two.example.com"),
      b.server.get("/api/settings?email=bob@shared-two.example.com"),
      a.server.get("/api/settings?email=cy@shared-two.example.com"),
      b.server.get("/api/settings?email=di@shared-two.example.com"),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const fetches = asked("shared-two.example.com");
    expect(fetches.filter((request) => request.includes("/shared-two.example.com/mail/"))).toHaveLength(1);
    expect(new Set(fetches).size).toBe(fetches.length);
  });
});
