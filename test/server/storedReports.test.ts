// Stored reports (memory store): every verify, survey and domain run gets an
// unguessable id and a lifetime; /report/<id> and /api/report/<id> show the
// stored result without probing again; unknown and expired ids are 404,
// malformed ids 400; /verify?host= only offers a button, and the button's POST
// runs the check and redirects to the stored report.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import type { VerifyReport } from "../../src/core/types.js";
import { MemoryStore } from "../../src/net/sharedStore.js";
import {
  isReportId,
  MAX_STORED_REPORT_BYTES,
  newReportId,
  ReportStore,
  ReportTooLargeError,
} from "../../src/server/reportStore.js";
import { looksLikeStackTrace, readError, startTestServer, type TestServer } from "./serverHarness.js";
import { startSmtpPeer, type SmtpPeer } from "./smtpTestPeer.js";

const START = Date.parse("2026-12-01T00:00:00.000Z");
let clock = START;
let server: TestServer;
let smtp: SmtpPeer;

beforeAll(async () => {
  smtp = await startSmtpPeer({ greeting: "220 <b>stored</b> ESMTP" });
  server = await startTestServer({
    config: { allowPrivate: true, probePorts: [25, 465, 587, 2525, smtp.port] },
    dnsRecords: {
      "contoso.example.com": {
        MX: [{ exchange: "mx.contoso.example.com", priority: 10 }],
        TXT: ["v=spf1 -all"],
      },
    },
    app: {
      rateLimit: { max: 1000, timeWindowMs: 60_000 },
      now: () => new Date(clock),
      reportTtlMs: 3_600_000,
    },
  });
});

afterAll(async () => {
  await server.close();
  await smtp.close();
});

interface Stored {
  reportId: string;
  reportUrl: string;
  kind: string;
  createdAt: string;
  expiresAt: string;
  report: Record<string, unknown>;
}

describe("verify, survey and domain answers are stored", () => {
  test("verify: reportId is 128 random bits in base64url, reportUrl points at its page", async () => {
    const response = await server.get(`/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as VerifyReport & { reportId: string; reportUrl: string };
    expect(body.reportId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(body.reportId, "base64url")).toHaveLength(16);
    expect(body.reportUrl).toBe(`${server.url}/report/${body.reportId}`);
    expect(body.greeting).toBe("220 <b>stored</b> ESMTP");

    const connections = smtp.connections;
    const stored = await server.get(`/api/report/${body.reportId}`);
    expect(stored.status).toBe(200);
    expect(stored.headers.get("cache-control")).toBe("no-store");
    const envelope = (await stored.json()) as Stored;
    expect(envelope).toMatchObject({
      reportId: body.reportId,
      reportUrl: body.reportUrl,
      kind: "verify",
      createdAt: new Date(START).toISOString(),
      expiresAt: new Date(START + 3_600_000).toISOString(),
    });
    expect(envelope.report.greeting).toBe(body.greeting);
    expect(envelope.report.findings).toEqual(body.findings);

    const page = await server.get(`/report/${body.reportId}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect(html).toContain("220 &lt;b&gt;stored&lt;/b&gt; ESMTP");
    expect(html).not.toContain("<b>stored</b>");
    expect(html).toContain(`href="/api/report/${body.reportId}"`);
    expect(html).toContain("it does not check again");
    // The report profile: no script at all, framed only by Outlook.
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    // Neither the JSON nor the page probed again.
    expect(smtp.connections).toBe(connections);
  });

  test("two runs of the same check get different ids", async () => {
    const path = `/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`;
    const first = (await (await server.get(path)).json()) as { reportId: string };
    const second = (await (await server.get(path)).json()) as { reportId: string };
    expect(first.reportId).not.toBe(second.reportId);
  });

  test("survey (port=all): stored with kind survey, its page shows the table", async () => {
    const response = await server.get("/api/verify?host=127.0.0.1&port=all");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { reportId: string; results: unknown[] };
    expect(isReportId(body.reportId)).toBe(true);
    const envelope = (await (await server.get(`/api/report/${body.reportId}`)).json()) as Stored;
    expect(envelope.kind).toBe("survey");
    const html = await (await server.get(`/report/${body.reportId}`)).text();
    expect(html).toContain('<table class="survey">');
  });

  test("domain: stored, and rendered as a mail DNS page", async () => {
    const response = await server.get("/api/domain?domain=contoso.example.com");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { reportId: string; reportUrl: string; domain: string };
    expect(body.domain).toBe("contoso.example.com");
    const envelope = (await (await server.get(`/api/report/${body.reportId}`)).json()) as Stored;
    expect(envelope.kind).toBe("domain");
    const html = await (await server.get(`/report/${body.reportId}`)).text();
    expect(html).toContain("Mail DNS of");
    expect(html).toContain("<code>v=spf1 -all</code>");
    expect(html).toContain("10 mx.contoso.example.com");
  });
});

describe("ids that do not lead to a report", () => {
  test("an unknown id is 404 in the error shape (JSON and page)", async () => {
    const id = newReportId();
    const response = await server.get(`/api/report/${id}`);
    expect(response.status).toBe(404);
    const error = await readError(response);
    expect(error.code).toBe("not-found");
    expect(error.message).toMatch(/kept for 1 h/);
    const page = await server.get(`/report/${id}`);
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const german = await server.get(`/report/${id}?lang=de`);
    expect(german.status).toBe(404);
    expect(await german.text()).toContain("Berichte werden 1 Std. lang aufbewahrt");
    const json = await readError(await server.get(`/api/report/${id}?lang=de`));
    expect(json).toEqual({
      code: "not-found",
      message:
        "Kein Bericht mit dieser ID. Berichte werden 1 Std. lang aufbewahrt; für einen neuen Bericht die Prüfung erneut ausführen.",
    });
  });

  test.each([
    ["too short", "abc"],
    ["too long", `${"A".repeat(22)}A`],
    ["a character outside base64url", `${"A".repeat(21)}=`],
    ["padding bits set (not one of our ids)", `${"A".repeat(21)}B`],
    ["another instance's format (a UUID)", "3f1c1a5e-8d3b-4c47-9d7e-6f2b1c0a9e11"],
    ["a path", `${"A".repeat(22)}/x`],
    ["percent-encoded traversal", "..%2F..%2Fetc%2Fpasswd"],
    ["empty", ""],
  ])("%s is 400 bad-input", async (_name, id) => {
    for (const prefix of ["/api/report/", "/report/"]) {
      const response = await server.get(`${prefix}${id}`);
      const text = await response.clone().text();
      expect(response.status).toBe(400);
      expect(text).toContain("bad-input");
      expect(looksLikeStackTrace(text)).toBe(false);
    }
  });

  test("a query on a report route is refused, apart from lang", async () => {
    expect((await server.get(`/api/report/${newReportId()}?host=x`)).status).toBe(400);
    expect((await server.get(`/report/${newReportId()}?host=x`)).status).toBe(400);
    expect((await server.get(`/report/${newReportId()}?lang=de`)).status).toBe(404);
  });

  test("an expired report is 404, and stays gone", async () => {
    const made = (await (
      await server.get(`/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`)
    ).json()) as { reportId: string };
    expect((await server.get(`/api/report/${made.reportId}`)).status).toBe(200);
    clock += 3_600_000 + 1000;
    try {
      expect((await server.get(`/api/report/${made.reportId}`)).status).toBe(404);
      expect((await server.get(`/report/${made.reportId}`)).status).toBe(404);
    } finally {
      clock = START;
    }
  });
});

describe("no probe from a plain GET of a page", () => {
  test("/verify?host= shows the target and a button, and connects nowhere", async () => {
    const connections = smtp.connections;
    const response = await server.get(`/verify?host=127.0.0.1&port=${smtp.port}&security=none`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<form method="post" action="/verify"');
    expect(html).toContain('value="127.0.0.1"');
    expect(html).toContain(`value="${smtp.port}"`);
    expect(html).toContain('<option value="none" selected>');
    expect(html).toContain('<button type="submit">Run the check</button>');
    expect(response.headers.get("content-security-policy")).toContain("script-src 'none'");
    expect((await server.get(`/verify?host=127.0.0.1&port=${smtp.port}`, { method: "HEAD" })).status).toBe(
      200,
    );
    expect(smtp.connections).toBe(connections);
  });

  test("the page escapes what it echoes, and refuses what the check would refuse", async () => {
    expect((await server.get("/verify?host=%3Cscript%3E")).status).toBe(400);
    const empty = await server.get("/verify");
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain("Check an outgoing mail server");
  });

  test("the button: POST runs the check once and answers 303 to the stored report", async () => {
    const connections = smtp.connections;
    const response = await server.postForm("/verify", {
      host: "127.0.0.1",
      port: String(smtp.port),
      security: "none",
    });
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    expect(location).toMatch(/^\/report\/[A-Za-z0-9_-]{22}$/);
    expect(smtp.connections).toBe(connections + 1);
    const page = await server.get(location);
    expect(page.status).toBe(200);
    expect(smtp.connections).toBe(connections + 1);
  });

  test("the form's empty fields mean the defaults", async () => {
    const response = await server.postForm("/verify", { host: "127.0.0.1", port: "all", security: "" });
    expect(response.status).toBe(303);
    const id = (response.headers.get("location") ?? "").slice("/report/".length);
    expect(((await (await server.get(`/api/report/${id}`)).json()) as Stored).kind).toBe("survey");
  });

  test("POST is only for /verify, as a form", async () => {
    const api = await fetch(`${server.url}/api/verify?host=x`, { method: "POST" });
    expect(api.status).toBe(405);
    expect(api.headers.get("allow")).toBe("GET, HEAD");
    const json = await fetch(`${server.url}/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ host: "127.0.0.1" }),
    });
    expect(json.status).toBe(400);
    expect(await json.text()).toContain("bad-input");
    const put = await fetch(`${server.url}/verify`, { method: "PUT" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, HEAD, POST");
    const credentials = await server.postForm("/verify", { host: "127.0.0.1", password: "x" });
    expect(credentials.status).toBe(400);
    expect(await credentials.text()).toContain("never asks for or accepts passwords");
  });
});

describe("ReportStore", () => {
  const now = () => new Date(START);

  test("a report over the size cap is not stored", async () => {
    const reports = new ReportStore(new MemoryStore(), 60_000, now);
    const huge = { greeting: "x".repeat(MAX_STORED_REPORT_BYTES) } as unknown as VerifyReport;
    await expect(reports.save({ kind: "verify", result: huge })).rejects.toThrow(ReportTooLargeError);
  });

  test("what comes back is what went in", async () => {
    const reports = new ReportStore(new MemoryStore(), 60_000, now);
    const result = { greeting: "220 hi", ok: true } as unknown as VerifyReport;
    const { id } = await reports.save({ kind: "verify", result });
    expect(isReportId(id)).toBe(true);
    expect(await reports.load(id)).toEqual({
      kind: "verify",
      result,
      createdAt: new Date(START).toISOString(),
      expiresAt: new Date(START + 60_000).toISOString(),
    });
    expect(await reports.load(newReportId())).toBeNull();
  });
});
