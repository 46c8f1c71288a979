// Cross-site triggering: another web site must not make a visitor's browser
// run checks (an <img> pointing at /api/verify, a form posting to /verify, a
// fetch from a foreign origin). Browsers label such requests with Fetch
// Metadata and Origin; requests without those headers (curl, scripts) and
// same-origin pane requests keep working, and a shared report link opened
// from another site (a top-level navigation) still shows the report.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { readError, startTestServer, type TestServer } from "./serverHarness.js";
import { startSmtpPeer, type SmtpPeer } from "./smtpTestPeer.js";

let server: TestServer;
let smtp: SmtpPeer;
let reportId: string;

beforeAll(async () => {
  smtp = await startSmtpPeer();
  server = await startTestServer({
    config: { allowPrivate: true, probePorts: [smtp.port] },
    app: { rateLimit: { max: 1000, timeWindowMs: 60_000 } },
  });
  const made = await server.get(`/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`);
  reportId = ((await made.json()) as { reportId: string }).reportId;
});

afterAll(async () => {
  await server.close();
  await smtp.close();
});

/** GET with exactly these headers: fetch() would rewrite Sec-Fetch-Mode to "cors". */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${server.url}${path}`, { headers }, (incoming) => {
      let body = "";
      incoming.setEncoding("utf8");
      incoming.on("data", (chunk: string) => (body += chunk));
      incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, body }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

const NAVIGATION_FROM_ANOTHER_SITE = {
  "sec-fetch-site": "cross-site",
  "sec-fetch-mode": "navigate",
  "sec-fetch-dest": "document",
};

const verifyPath = () => `/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`;
const self = () => server.url;

describe("the JSON API", () => {
  test.each<[string, Record<string, string>]>([
    ["no browser headers (curl, scripts)", {}],
    ["Sec-Fetch-Site: same-origin (the pane)", { "sec-fetch-site": "same-origin", "sec-fetch-mode": "cors" }],
    ["Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site" }],
    ["Sec-Fetch-Site: none (typed in the address bar)", { "sec-fetch-site": "none" }],
    ["its own Origin", { origin: "ORIGIN", "sec-fetch-site": "same-origin" }],
  ])("allowed: %s", async (_name, headers) => {
    const withOrigin = Object.fromEntries(
      Object.entries(headers).map(([key, value]) => [key, value === "ORIGIN" ? self() : value]),
    );
    const connections = smtp.connections;
    const response = await server.get(verifyPath(), { headers: withOrigin });
    expect(response.status).toBe(200);
    expect(smtp.connections).toBe(connections + 1);
  });

  test.each<[string, Record<string, string>]>([
    [
      "Sec-Fetch-Site: cross-site (an <img> on another site)",
      { "sec-fetch-site": "cross-site", "sec-fetch-dest": "image", "sec-fetch-mode": "no-cors" },
    ],
    ["a foreign Origin without Fetch Metadata", { origin: "https://evil.example.net" }],
    [
      "a foreign Origin claiming same-site",
      { origin: "https://evil.example.net", "sec-fetch-site": "same-site" },
    ],
    ["Origin: null (sandboxed frame)", { origin: "null" }],
  ])("refused before any probe: %s", async (_name, headers) => {
    const connections = smtp.connections;
    const response = await server.get(verifyPath(), { headers });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const error = await readError(response);
    expect(error.code).toBe("forbidden-origin");
    expect(error.message).toMatch(/other web sites/);
    expect(smtp.connections).toBe(connections);
  });

  test("a link to the API clicked on another site (a top-level navigation) is refused too", async () => {
    const connections = smtp.connections;
    const response = await rawGet(verifyPath(), NAVIGATION_FROM_ANOTHER_SITE);
    expect(response.status).toBe(403);
    expect(response.body).toContain("forbidden-origin");
    expect(smtp.connections).toBe(connections);
  });

  test("every /api route is covered, stored reports included", async () => {
    const crossSite = { headers: { "sec-fetch-site": "cross-site" } };
    for (const path of [
      "/api/settings?email=ann@gmail.com",
      "/api/domain?domain=example.com",
      "/api/explain?text=535",
      `/api/report/${reportId}`,
      "/api/nothing",
    ]) {
      const response = await server.get(path, crossSite);
      expect(response.status).toBe(403);
      expect((await readError(response)).code).toBe("forbidden-origin");
    }
  });

  test("a percent-encoded path routed to the API is covered too", async () => {
    const crossSite = { headers: { "sec-fetch-site": "cross-site" } };
    for (const url of ["/%61pi/explain?text=535", "/api/%65xplain?text=535", "/%61pi/verify?host=x"]) {
      const response = await server.app.inject({ url, ...crossSite });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toHaveProperty("error.code", "forbidden-origin");
    }
    const encodedPost = await server.app.inject({
      method: "POST",
      url: "/%76erify",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example.net" },
      payload: `host=127.0.0.1&port=${smtp.port}&security=none`,
    });
    expect(encodedPost.statusCode).toBe(403);
  });

  test("a refused cross-site request does not spend the visitor's budget", async () => {
    const limited = await startTestServer({ app: { rateLimit: { max: 1, timeWindowMs: 60_000 } } });
    try {
      for (let i = 0; i < 3; i++) {
        const response = await limited.get("/api/domain?domain=bad..name", {
          headers: { "sec-fetch-site": "cross-site" },
        });
        expect(response.status).toBe(403);
      }
      expect((await limited.get("/api/domain?domain=bad..name")).status).toBe(400);
    } finally {
      await limited.close();
    }
  });
});

describe("the HTML routes", () => {
  test("a form posted from another site runs nothing (Origin and Fetch Metadata)", async () => {
    const connections = smtp.connections;
    const fields = { host: "127.0.0.1", port: String(smtp.port), security: "none" };
    const attempts: Array<Record<string, string>> = [
      { origin: "https://evil.example.net", "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example.net" },
      { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" },
    ];
    for (const headers of attempts) {
      const response = await server.postForm("/verify", fields, headers);
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toContain("forbidden-origin");
    }
    expect(smtp.connections).toBe(connections);
  });

  test("the same form from the server's own page runs and redirects to the stored report", async () => {
    const response = await server.postForm(
      "/verify",
      { host: "127.0.0.1", port: String(smtp.port), security: "none" },
      { origin: self(), "sec-fetch-site": "same-origin", "sec-fetch-mode": "navigate" },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/report\/[A-Za-z0-9_-]{22}$/);
  });

  test("a shared report link opened from another site (top-level navigation) shows the report", async () => {
    const response = await rawGet(`/report/${reportId}`, NAVIGATION_FROM_ANOTHER_SITE);
    expect(response.status).toBe(200);
    expect(response.body).toContain("peer.test");
    const form = await rawGet("/verify?host=smtp.example.com", NAVIGATION_FROM_ANOTHER_SITE);
    expect(form.status).toBe(200);
    expect(form.body).toContain('<form method="post" action="/verify"');
  });

  test("but not as an embedded resource of another site", async () => {
    for (const path of [`/report/${reportId}`, "/verify?host=smtp.example.com"]) {
      const response = await server.get(path, {
        headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors", "sec-fetch-dest": "image" },
      });
      expect(response.status).toBe(403);
    }
  });

  test("the pane's files, health and the stylesheet stay open (Outlook loads the pane from its own origin)", async () => {
    const crossSite = { headers: { "sec-fetch-site": "cross-site", "sec-fetch-dest": "iframe" } };
    expect((await server.get("/healthz", crossSite)).status).toBe(200);
    expect((await server.get("/report.css", crossSite)).status).toBe(200);
  });
});

describe("behind a proxy with OUTBOX_PUBLIC_URL", () => {
  let proxied: TestServer;

  beforeAll(async () => {
    proxied = await startTestServer({ app: { publicUrl: "https://outbox.example.org" } });
  });
  afterAll(async () => {
    await proxied.close();
  });

  test("the public origin is the server's own; the internal one is foreign", async () => {
    const own = await proxied.get("/api/explain?text=535", {
      headers: { origin: "https://outbox.example.org" },
    });
    expect(own.status).toBe(200);
    const internal = await proxied.get("/api/explain?text=535", { headers: { origin: proxied.url } });
    expect(internal.status).toBe(403);
  });
});
