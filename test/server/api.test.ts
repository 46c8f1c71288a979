// Every route of the public contract over real HTTP: settings (builtin and
// offline), explain, verify against a loopback SMTP peer, domain against a
// local DNS peer, health, the redirect, and the shape of refusals.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { request as httpRequest } from "node:http";
import { looksLikeStackTrace, readError, startTestServer, type TestServer } from "./serverHarness.js";
import { startSmtpPeer, type SmtpPeer } from "./smtpTestPeer.js";

let server: TestServer;
let smtp: SmtpPeer;

beforeAll(async () => {
  smtp = await startSmtpPeer({ extensions: ["SIZE 1000000", "8BITMIME", "AUTH PLAIN LOGIN"] });
  server = await startTestServer({
    config: { allowPrivate: true, probePorts: [smtp.port] },
    app: { rateLimit: { max: 1000, timeWindowMs: 60_000 } },
    dnsRecords: {
      "example.test": {
        MX: [{ exchange: "mx1.example.test", priority: 10 }],
        TXT: ["v=spf1 -all"],
      },
      "_dmarc.example.test": { TXT: ["v=DMARC1; p=reject"] },
      "mx1.example.test": { A: ["192.0.2.25"] },
    },
  });
});

afterAll(async () => {
  await server.close();
  await smtp.close();
});

describe("health and navigation", () => {
  test("GET /healthz answers {status: ok} as uncached JSON", async () => {
    const response = await server.get("/healthz");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("HEAD /healthz has the headers and no body", async () => {
    const response = await server.get("/healthz", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  test("GET / redirects to the task pane", async () => {
    const response = await server.get("/");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/taskpane.html");
  });

  test("without a built pane, /taskpane.html says how to build it", async () => {
    const response = await server.get("/taskpane.html");
    expect(response.status).toBe(404);
    const error = await readError(response);
    expect(error.code).toBe("not-found");
    expect(error.message).toMatch(/npm run build/);
  });

  test("an unknown API route is a JSON 404", async () => {
    const response = await server.get("/api/nothing-here?x=1");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await readError(response)).code).toBe("not-found");
  });

  test("an unknown page is a JSON 404 too", async () => {
    const response = await server.get("/wp-login.php");
    expect(response.status).toBe(404);
    expect((await readError(response)).code).toBe("not-found");
  });

  test.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])(
    "%s is refused with 405 and Allow",
    async (method) => {
      const response = await server.get("/api/verify?host=smtp.example.com", { method });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
      expect((await readError(response)).code).toBe("method-not-allowed");
    },
  );

  test("POST to an unknown path is 405 as well, not 404", async () => {
    const response = await server.get("/nowhere", { method: "POST", body: "x=1" });
    expect(response.status).toBe(405);
  });
});

describe("GET /api/settings", () => {
  test("a builtin provider, offline: Outlook.com's current host, never smtp.live.com", async () => {
    const response = await server.get("/api/settings?email=ann%40outlook.com&offline=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const settings = await response.json();
    expect(settings.email).toBe("ann@outlook.com");
    expect(settings.domain).toBe("outlook.com");
    expect(settings.source).toBe("builtin");
    expect(settings.servers[0]).toMatchObject({
      host: "smtp-mail.outlook.com",
      port: 587,
      security: "starttls",
    });
    expect(settings.servers[0].auth).toEqual(["oauth2"]);
    expect(JSON.stringify(settings.servers)).not.toContain("smtp.live.com");
  });

  test("a builtin provider through discovery (the embedded database answers first)", async () => {
    const response = await server.get("/api/settings?email=ann@gmail.com");
    expect(response.status).toBe(200);
    const settings = await response.json();
    expect(settings.source).toBe("builtin");
    expect(settings.servers.map((s: { host: string }) => s.host)).toContain("smtp.gmail.com");
  });

  test("accountType decides the provider of a custom domain", async () => {
    const response = await server.get(
      "/api/settings?email=ann%40contoso.test&accountType=office365&offline=1",
    );
    expect(response.status).toBe(200);
    const settings = await response.json();
    expect(settings.servers[0]).toMatchObject({
      host: "smtp.office365.com",
      port: 587,
      security: "starttls",
    });
  });

  test("an unknown domain offline has no provider", async () => {
    const response = await server.get("/api/settings?email=ann%40unknown-domain.test&offline=1");
    expect(response.status).toBe(200);
    const settings = await response.json();
    expect(settings.provider).toBeNull();
  });

  test("a bad accountType is refused", async () => {
    const response = await server.get("/api/settings?email=ann%40outlook.com&accountType=imap&offline=1");
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toMatch(/accountType/);
  });
});

describe("GET /api/explain", () => {
  test("explains a Microsoft 365 SMTP AUTH refusal", async () => {
    const text =
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.";
    const response = await server.get(`/api/explain?text=${encodeURIComponent(text)}`);
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.input).toBe(text);
    expect(result.matches[0].code).toBe("5.7.139");
    expect(result.matches[0].fix.length).toBeGreaterThan(0);
  });

  test("accepts a multi-line pasted bounce", async () => {
    const text =
      "Remote Server returned '550 5.7.30 Basic authentication is not supported for Client Submission'\r\nmore";
    const response = await server.get(`/api/explain?text=${encodeURIComponent(text)}`);
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.matches.map((m: { code: string }) => m.code)).toContain("5.7.30");
  });
});

describe("GET /api/verify against a loopback SMTP peer", () => {
  test("a plaintext session: the report of the contract, with the greeting and the plaintext failure", async () => {
    const response = await server.get(`/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const report = await response.json();
    expect(report.target).toEqual({
      host: "127.0.0.1",
      port: smtp.port,
      security: "none",
      address: "127.0.0.1",
    });
    expect(report.greeting).toBe("220 peer.test ESMTP ready");
    expect(report.ok).toBe(false);
    expect(report.tls).toBeNull();
    expect(report.steps.map((s: { step: string }) => s.step)).toEqual([
      "resolve",
      "connect",
      "greeting",
      "ehlo",
    ]);
    const ids = report.findings.map((f: { id: string }) => f.id);
    expect(ids).toContain("plaintext");
    expect(ids).toContain("auth-before-tls");
    expect(report.extensions).toContain("8BITMIME");
  });

  test("STARTTLS asked of a server that does not offer it: starttls-missing, still 200", async () => {
    const response = await server.get(`/api/verify?host=127.0.0.1&port=${smtp.port}&security=starttls`);
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.findings.map((f: { id: string }) => f.id)).toContain("starttls-missing");
  });

  test("defaults are port 587 and STARTTLS (587 is outside this server's port list: 403)", async () => {
    const response = await server.get("/api/verify?host=127.0.0.1");
    expect(response.status).toBe(403);
    const error = await readError(response);
    expect(error.code).toBe("forbidden-target");
    expect(error.message).toMatch(/587/);
  });

  test("port=all runs the survey (ports outside the list are reported as skipped)", async () => {
    const response = await server.get("/api/verify?host=127.0.0.1&port=all");
    expect(response.status).toBe(200);
    const survey = await response.json();
    expect(survey.host).toBe("127.0.0.1");
    expect(survey.findings.map((f: { id: string }) => f.id)).toContain("ports-skipped");
  });
});

describe("GET /api/domain against a local DNS peer", () => {
  test("MX, SPF and DMARC of the zone", async () => {
    const response = await server.get("/api/domain?domain=example.test");
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.domain).toBe("example.test");
    expect(report.mx).toEqual([{ exchange: "mx1.example.test", priority: 10 }]);
    expect(report.spf.record).toBe("v=spf1 -all");
    expect(report.dmarc).toMatchObject({ record: "v=DMARC1; p=reject", policy: "reject" });
    expect(report.findings.map((f: { id: string }) => f.id)).toContain("mta-sts-missing");
  });

  test("an address instead of a domain is bad input", async () => {
    const response = await server.get("/api/domain?domain=ann%40example.test");
    expect(response.status).toBe(400);
    expect((await readError(response)).code).toBe("bad-input");
  });
});

describe("credentials are never taken", () => {
  test.each([
    "/api/verify?host=smtp.example.com&password=hunter2",
    "/api/verify?host=smtp.example.com&Password=hunter2",
    "/api/settings?email=ann%40outlook.com&pass=x",
    "/api/settings?email=ann%40outlook.com&app_password=x",
    "/api/domain?domain=example.test&token=abc",
    "/api/explain?text=hello&client-secret=abc",
    "/verify?host=smtp.example.com&secret=abc",
  ])("%s is refused with an explanation", async (path) => {
    const response = await server.get(path);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/never asks for or accepts passwords/);
    expect(text).not.toContain("hunter2");
  });
});

describe("request shapes Fastify itself would reject, in our error shape", () => {
  function rawRequest(options: {
    path: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  }): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port,
          path: options.path,
          method: options.method ?? "GET",
          headers: options.headers,
        },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      if (options.body !== undefined) req.write(options.body);
      req.end();
    });
  }

  test("a GET with a body", async () => {
    const response = await rawRequest({
      path: "/api/explain?text=hi",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": "3" },
      body: "x=1",
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error.code).toBe("bad-input");
  });

  test("bad percent-encoding in the path", async () => {
    const response = await rawRequest({ path: "/api/%E0%A4%A" });
    expect(response.status).toBe(400);
    const body = JSON.parse(response.body);
    expect(body.error.code).toBe("bad-input");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(looksLikeStackTrace(response.body)).toBe(false);
  });

  test("an address longer than the server reads (414)", async () => {
    const response = await rawRequest({ path: `/api/explain?text=${"a".repeat(70_000)}` });
    expect(response.status).toBe(414);
    expect(JSON.parse(response.body).error.code).toBe("bad-input");
  });

  test("a request line beyond the header limit (431) still gets a JSON body", async () => {
    const response = await rawRequest({ path: `/api/explain?text=${"a".repeat(120_000)}` });
    expect(response.status).toBe(431);
    expect(JSON.parse(response.body).error.code).toBe("bad-input");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });
});
