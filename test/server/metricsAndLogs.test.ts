// GET /metrics in the Prometheus text format (off unless asked for, on the
// main port or on its own loopback port), and request logs that carry routes,
// never the hosts, addresses, pasted texts or report ids of the queries.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { startMetricsServer } from "../../src/server/metricsServer.js";
import { startTestServer, type TestServer } from "./serverHarness.js";
import { startSmtpPeer, type SmtpPeer } from "./smtpTestPeer.js";

function logCollector(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(
        ...chunk
          .toString("utf8")
          .split("\n")
          .filter((line) => line.length > 0),
      );
      callback();
    },
  });
  return { stream, lines };
}

/** The value of one sample line, e.g. sample(text, 'outbox_checks_total{kind="verify",outcome="fail"}'). */
function sample(text: string, series: string): number | null {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

describe("metrics off by default", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  test("GET /metrics is 404", async () => {
    expect((await server.get("/metrics")).status).toBe(404);
  });
});

describe("metrics and logs of a running server", () => {
  let server: TestServer;
  let smtp: SmtpPeer;
  const logs = logCollector();

  beforeAll(async () => {
    smtp = await startSmtpPeer();
    server = await startTestServer({
      config: { allowPrivate: true, probePorts: [smtp.port] },
      app: {
        metricsRoute: true,
        logger: { stream: logs.stream },
        rateLimit: { max: 3, timeWindowMs: 60_000 },
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  test("checks, refusals, reports and the store show up in /metrics", async () => {
    const verify = await server.get(`/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`);
    const { reportId } = (await verify.json()) as { reportId: string };
    expect((await server.get(`/api/report/${reportId}`)).status).toBe(200);
    expect((await server.get("/api/settings?email=ann@gmail.com")).status).toBe(200);
    expect((await server.get("/api/domain?domain=bad..name")).status).toBe(400);
    expect((await server.get("/api/domain?domain=bad..name")).status).toBe(400);
    expect((await server.get("/api/domain?domain=bad..name")).status).toBe(429);

    const response = await server.get("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const text = await response.text();
    expect(text).toContain("# TYPE outbox_checks_total counter");
    // security=none is a failed check (plaintext), so its outcome is "fail".
    expect(sample(text, 'outbox_checks_total{kind="verify",outcome="fail"}')).toBe(1);
    // Bad input is counted as refused, and not timed.
    expect(sample(text, 'outbox_checks_total{kind="domain",outcome="refused"}')).toBe(2);
    expect(text).toContain("# TYPE outbox_check_duration_seconds histogram");
    expect(sample(text, 'outbox_check_duration_seconds_bucket{le="+Inf"}')).toBe(1);
    expect(sample(text, "outbox_check_duration_seconds_count")).toBe(1);
    expect(sample(text, 'outbox_rate_limit_refusals_total{limit="probe-budget"}')).toBe(1);
    expect(sample(text, 'outbox_rate_limit_refusals_total{limit="probe-slots"}')).toBe(0);
    expect(sample(text, "outbox_reports_stored_total")).toBe(1);
    expect(sample(text, "outbox_reports_served_total")).toBe(1);
    expect(sample(text, 'outbox_store_up{kind="memory"}')).toBe(1);
    expect(text).toContain("outbox_discovery_cache_hits_total ");
    expect(text).toContain("outbox_discovery_cache_misses_total ");
    expect(sample(text, 'outbox_http_responses_total{route="/api/report/*",status="2xx"}')).toBe(1);
    // No host, address or id in any label.
    expect(text).not.toContain("127.0.0.1");
    expect(text).not.toContain(reportId);
    expect(text).not.toContain("gmail");
  });

  test("request logs name the route, never the query values or the report id", async () => {
    const verify = await server.get(`/verify?host=secret-host.example.com&port=${smtp.port}`);
    expect(verify.status).toBe(200);
    await server.get("/api/settings?email=alice%40private.example.org&offline=1");
    await server.get("/api/explain?text=550%205.1.1%20bob%40victim.example.net");
    await server.get("/report/AAAAAAAAAAAAAAAAAAAAAA");
    await new Promise((resolve) => setTimeout(resolve, 50));

    const all = logs.lines.join("\n");
    expect(all).toContain('"url":"/verify?[query omitted]"');
    expect(all).toContain('"url":"/report/:id"');
    for (const secret of [
      "secret-host",
      "alice",
      "private.example.org",
      "bob",
      "victim",
      "AAAAAAAAAAAAAAAAAAAAAA",
      "smtp.example",
    ]) {
      expect(all).not.toContain(secret);
    }
    // Every line is JSON (pino), so log pipelines can parse it.
    for (const line of logs.lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });
});

describe("metrics on their own loopback port (OUTBOX_METRICS_PORT)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  test("served there, not on the main port", async () => {
    const metricsApp = await startMetricsServer(server.app.outboxMetrics, 0);
    try {
      const address = metricsApp.server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      expect(typeof address === "object" && address?.address).toBe("127.0.0.1");
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("outbox_store_up");
      expect((await server.get("/metrics")).status).toBe(404);
    } finally {
      await metricsApp.close();
    }
  });
});
