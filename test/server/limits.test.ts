// Rate limits per client, the global cap on probes in flight, and route
// deadlines, with small limits and real slow peers.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { readError, startTestServer, type TestServer } from "./serverHarness.js";
import { startSmtpPeer, type SmtpPeer } from "./smtpTestPeer.js";

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("per-client rate limit of the probe routes", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ app: { rateLimit: { max: 3, timeWindowMs: 60_000 } } });
  });
  afterAll(async () => {
    await server.close();
  });

  test("/api/verify, /api/domain and the /verify button share one budget; the next call is 429 with Retry-After", async () => {
    // Bad inputs answer at once and still count: a client cannot hammer with junk either.
    expect((await server.get("/api/verify?host=bad..name")).status).toBe(400);
    expect((await server.get("/api/domain?domain=bad..name")).status).toBe(400);
    expect((await server.postForm("/verify", { host: "bad..name" })).status).toBe(400);

    const refused = await server.get("/api/verify?host=bad..name");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const error = await readError(refused);
    expect(error.code).toBe("rate-limited");
    expect(error.message).toMatch(/Try again in \d+ s/);

    const page = await server.postForm("/verify", { host: "smtp.example.com" });
    expect(page.status).toBe(429);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("retry-after")).not.toBeNull();
    // The German /verify page's button: the budget is spent once the form (with its lang) is read.
    const german = await server.postForm("/verify", { host: "smtp.example.com", lang: "de" });
    expect(german.status).toBe(429);
    const html = await german.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toMatch(/Zu viele Prüfungen von Ihrer Adresse\. Bitte in \d+ s erneut versuchen\./);
  });

  test("routes that do not probe keep working, the /verify page (no probe) too", async () => {
    const response = await server.get("/api/explain?text=535%205.7.3");
    expect(response.status).toBe(200);
    expect((await server.get("/verify?host=smtp.example.com")).status).toBe(200);
  });

  test("/api/settings discovery spends the same budget; the embedded database and offline=1 do not", async () => {
    expect((await server.get("/api/settings?email=ann@gmail.com")).status).toBe(200);
    expect((await server.get("/api/settings?email=ann@unknown-domain.example.com&offline=1")).status).toBe(
      200,
    );
    const discovery = await server.get("/api/settings?email=ann@unknown-domain.example.com");
    expect(discovery.status).toBe(429);
    expect((await readError(discovery)).code).toBe("rate-limited");
  });
});

describe("a burst in one tick", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ app: { rateLimit: { max: 3, timeWindowMs: 60_000 } } });
  });
  afterAll(async () => {
    await server.close();
  });

  test("exactly the budget gets through, not none of it", async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => server.app.inject({ url: "/api/domain?domain=bad..name" })),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([400, 400, 400, 429, 429, 429, 429, 429, 429, 429]);
  });
});

describe("general rate limit", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ app: { generalRateLimit: { max: 5, timeWindowMs: 60_000 } } });
  });
  afterAll(async () => {
    await server.close();
  });

  test("every route has a budget too", async () => {
    for (let i = 0; i < 5; i++) expect((await server.get("/healthz")).status).toBe(200);
    const refused = await server.get("/healthz");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await readError(refused)).code).toBe("rate-limited");
  });
});

describe("clients behind a trusted proxy are told apart by X-Forwarded-For", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      app: { rateLimit: { max: 1, timeWindowMs: 60_000 }, trustProxy: "127.0.0.1" },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  test("each forwarded client has its own budget", async () => {
    const as = (client: string) => ({ headers: { "x-forwarded-for": client } });
    expect((await server.get("/api/domain?domain=bad..name", as("198.51.100.1"))).status).toBe(400);
    expect((await server.get("/api/domain?domain=bad..name", as("198.51.100.1"))).status).toBe(429);
    expect((await server.get("/api/domain?domain=bad..name", as("198.51.100.2"))).status).toBe(400);
  });
});

describe("global cap on probes in flight", () => {
  let server: TestServer;
  let silent: SmtpPeer;
  let normal: SmtpPeer;

  beforeAll(async () => {
    silent = await startSmtpPeer({ greetingDelayMs: Infinity });
    normal = await startSmtpPeer();
    server = await startTestServer({
      config: { allowPrivate: true, probePorts: [silent.port, normal.port] },
      app: { maxProbesInFlight: 1, rateLimit: { max: 1000, timeWindowMs: 60_000 } },
    });
  });
  afterAll(async () => {
    await server.close();
    await silent.close();
    await normal.close();
  });

  test("a slow probe holds the only slot: others get 429 until it ends", async () => {
    const held = server.get(`/api/verify?host=127.0.0.1&port=${silent.port}&security=none`);
    await waitFor(() => silent.connections === 1);

    const refused = await server.get(`/api/verify?host=127.0.0.1&port=${normal.port}&security=none`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect((await readError(refused)).message).toMatch(/as many checks as it allows/);
    expect(normal.connections).toBe(0);

    // A survey needs four slots: refused before any connection.
    const survey = await server.get("/api/verify?host=127.0.0.1&port=all");
    expect(survey.status).toBe(429);

    // The silent peer hangs up: the held probe ends with a report and frees its slot.
    await silent.close();
    const finished = await held;
    expect(finished.status).toBe(200);
    expect((await finished.json()).ok).toBe(false);

    const next = await server.get(`/api/verify?host=127.0.0.1&port=${normal.port}&security=none`);
    expect(next.status).toBe(200);
    expect(normal.connections).toBe(1);
  }, 20_000);
});

describe("route deadline", () => {
  let server: TestServer;
  let silent: SmtpPeer;

  beforeAll(async () => {
    silent = await startSmtpPeer({ greetingDelayMs: Infinity });
    server = await startTestServer({
      config: { allowPrivate: true, probePorts: [silent.port] },
      app: {
        maxProbesInFlight: 2,
        rateLimit: { max: 1000, timeWindowMs: 60_000 },
        deadlinesMs: { verify: 300 },
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await silent.close();
  });

  test("a check that outlives the route deadline is 504 timeout; its slot stays taken until it really ends", async () => {
    const started = Date.now();
    const response = await server.get(`/api/verify?host=127.0.0.1&port=${silent.port}&security=none`);
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(5000);
    const error = await readError(response);
    expect(error.code).toBe("timeout");
    expect(error.message).toMatch(/300 ms/);

    const page = await server.postForm("/verify", {
      host: "127.0.0.1",
      port: String(silent.port),
      security: "none",
    });
    expect(page.status).toBe(504);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("did not finish within 300 ms");

    // Both probes still run in the background, so both slots are busy.
    expect((await server.get(`/api/verify?host=127.0.0.1&port=${silent.port}&security=none`)).status).toBe(
      429,
    );
  }, 20_000);
});
