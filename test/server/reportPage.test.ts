// The HTML report: escaping of everything a server says, the parts a person
// needs (verdict, timeline, TLS and certificate, AUTH, findings with fixes,
// JSON link, time), and the port-survey table.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import type { VerifyReport } from "../../src/core/types.js";
import type { PortSurveyReport } from "../../src/net/portSurvey.js";
import { escapeHtml } from "../../src/server/htmlEscape.js";
import {
  renderErrorPage,
  renderSurveyPage,
  renderVerifyPage,
  verifyUrl,
} from "../../src/server/reportPage.js";
import { startTestServer, type TestServer } from "./serverHarness.js";
import { startSmtpPeer, type SmtpPeer } from "./smtpTestPeer.js";

const GENERATED_AT = new Date("2026-11-20T10:00:00.000Z");

describe("over HTTP with a hostile SMTP server", () => {
  let server: TestServer;
  let smtp: SmtpPeer;

  beforeAll(async () => {
    smtp = await startSmtpPeer({
      greeting: "220 <script>alert(1)</script> ESMTP",
      extensions: ["AUTH PLAIN <img src=x onerror=alert(2)>", "X-\"QUOTED\"='x'"],
    });
    server = await startTestServer({
      config: { allowPrivate: true, probePorts: [smtp.port] },
      app: { now: () => GENERATED_AT },
    });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  // The page's button: POST the form, follow the 303 to the stored report.
  async function checkPage(): Promise<{ response: Response; id: string }> {
    const posted = await server.postForm("/verify", {
      host: "127.0.0.1",
      port: String(smtp.port),
      security: "none",
    });
    expect(posted.status).toBe(303);
    const location = posted.headers.get("location") ?? "";
    expect(location).toMatch(/^\/report\/[A-Za-z0-9_-]{22}$/);
    return { response: await server.get(location), id: location.slice("/report/".length) };
  }

  test("the greeting and extensions show as text, never as markup", async () => {
    const { response } = await checkPage();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain("220 &lt;script&gt;alert(1)&lt;/script&gt; ESMTP");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
    expect(html).toContain("X-&quot;QUOTED&quot;=&#39;x&#39;");
  });

  test("a complete, accessible page: lang, viewport, stylesheet, verdict in words, JSON link", async () => {
    const { response, id } = await checkPage();
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<link rel="stylesheet" href="/report.css">');
    expect(html).not.toContain("<style");
    expect(html).not.toMatch(/ style=/);
    expect(html).toContain('role="status">✗ Failed:');
    expect(html).toContain('<span class="badge badge-fail">✗ FAIL</span>');
    expect(html).toContain("<code>plaintext</code>");
    expect(html).toContain(`href="/api/report/${id}"`);
    expect(html).toContain(`href="/verify?host=127.0.0.1&amp;port=${smtp.port}&amp;security=none"`);
    expect(html).toContain(`datetime="${GENERATED_AT.toISOString()}"`);
    expect(html).toContain("<h2>Timeline</h2>");
    expect(html).toMatch(/<strong>Server greeting<\/strong>: OK<\/span><span class="ms">\d+ ms<\/span>/);
  });
});

function tlsReport(overrides: Partial<VerifyReport> = {}): VerifyReport {
  return {
    target: { host: "smtp.example.com", port: 465, security: "tls", address: "192.0.2.10" },
    ok: false,
    steps: [
      { step: "resolve", ok: true, ms: 3, detail: "192.0.2.10" },
      { step: "connect", ok: true, ms: 12, detail: "connected" },
      { step: "tls", ok: true, ms: 40, detail: "TLSv1.3" },
      { step: "greeting", ok: true, ms: 5, detail: "220" },
      { step: "ehlo-tls", ok: true, ms: 4, detail: "250" },
    ],
    greeting: "220 smtp.example.com ESMTP",
    tls: {
      protocol: "TLSv1.3",
      cipher: "TLS_AES_256_GCM_SHA384",
      certificate: {
        subject: 'CN=smtp.example.com, O="Example & <Sons>"',
        issuer: "CN=Example CA",
        validFrom: "2026-01-01T00:00:00.000Z",
        validTo: "2026-11-30T00:00:00.000Z",
        daysLeft: 9,
        hostnameMatch: true,
        trusted: false,
        error: "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
        altNames: ["smtp.example.com", "mail.example.com"],
        fingerprint256: "AB:CD:EF",
      },
    },
    auth: { beforeTls: [], afterTls: ["PLAIN", "LOGIN", "XOAUTH2"] },
    extensions: ["SIZE 35882577", "PIPELINING"],
    findings: [
      { id: "tls-ok", severity: "pass", title: "TLS 1.2 or newer", detail: "TLSv1.3" },
      {
        id: "cert-untrusted",
        severity: "fail",
        title: "Certificate not trusted",
        detail: "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
      },
      {
        id: "cert-expiring-soon",
        severity: "warn",
        title: "Certificate expires soon",
        detail: "9 days left",
      },
      { id: "custom-id", severity: "info", title: "Something new", detail: "Words from the finding itself." },
    ],
    checkedAt: "2026-11-21T09:00:00.000Z",
    durationMs: 70,
    ...overrides,
  };
}

describe("renderVerifyPage", () => {
  const html = renderVerifyPage(tlsReport(), GENERATED_AT);

  test("shows TLS and every certificate detail, escaped", () => {
    expect(html).toContain("TLSv1.3");
    expect(html).toContain("<code>TLS_AES_256_GCM_SHA384</code>");
    expect(html).toContain("CN=smtp.example.com, O=&quot;Example &amp; &lt;Sons&gt;&quot;");
    expect(html).toContain("<li><code>mail.example.com</code></li>");
    expect(html).toContain("CN=Example CA");
    expect(html).toContain(
      '<time datetime="2026-11-30T00:00:00.000Z">Mon, 30 Nov 2026 00:00:00 GMT</time> (9 days left)',
    );
    expect(html).toMatch(/<dt>Covers the host name<\/dt><dd>Yes<\/dd>/);
    expect(html).toMatch(/<dt>Trusted<\/dt><dd>No \(<code>UNABLE_TO_GET_ISSUER_CERT_LOCALLY<\/code>\)<\/dd>/);
    expect(html).toContain("<code>AB:CD:EF</code>");
  });

  test("AUTH before and after TLS, extensions", () => {
    expect(html).toMatch(/<dt>Before TLS<\/dt><dd><span class="muted">none offered<\/span><\/dd>/);
    expect(html).toContain("<li><code>XOAUTH2</code></li>");
    expect(html).toContain("<li><code>PIPELINING</code></li>");
  });

  test("findings: failures first, badge in words, the standard explanation and fix, the evidence", () => {
    const order = ["cert-untrusted", "cert-expiring-soon", "custom-id", "tls-ok"].map((id) =>
      html.indexOf(`<code>${id}</code>`),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
    expect(html).toContain('<span class="badge badge-fail">✗ FAIL</span>Certificate not trusted');
    expect(html).toContain('<span class="badge badge-warn">! WARNING</span>');
    expect(html).toContain('<span class="label">What we saw:</span> UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
    expect(html).toMatch(/<span class="label">Fix:<\/span> \S/);
    // An id without standard words falls back to the finding's own detail.
    expect(html).toContain("<p>Words from the finding itself.</p>");
  });

  test("verdict, timeline with milliseconds, times in ISO and in words", () => {
    expect(html).toContain(
      '<p class="verdict verdict-fail" role="status">✗ Failed: 1 check failed. First problem: Certificate not trusted.</p>',
    );
    expect(html).toMatch(/<strong>TLS handshake<\/strong>: OK<\/span><span class="ms">40 ms<\/span>/);
    expect(html).toContain('<time datetime="2026-11-21T09:00:00.000Z">Sat, 21 Nov 2026 09:00:00 GMT</time>');
  });

  test("a passing report with warnings says so in words", () => {
    const passing = renderVerifyPage(
      tlsReport({
        ok: true,
        findings: [
          { id: "cert-expiring-soon", severity: "warn", title: "Certificate expires soon", detail: "9 days" },
        ],
      }),
      GENERATED_AT,
    );
    expect(passing).toContain("verdict-warn");
    expect(passing).toContain("Passed with 1 warning");
  });
});

describe("renderSurveyPage", () => {
  const base = tlsReport();
  const survey: PortSurveyReport = {
    host: "smtp.example.com",
    results: [
      {
        port: 587,
        security: "starttls",
        ok: true,
        connected: true,
        summary: "TLSv1.3, AUTH PLAIN",
        report: base,
      },
      { port: 465, security: "tls", ok: true, connected: true, summary: "TLSv1.3 <b>", report: base },
      {
        port: 25,
        security: "starttls",
        ok: false,
        connected: false,
        summary: "Could not connect",
        report: base,
      },
      {
        port: 2525,
        security: "starttls",
        ok: false,
        connected: true,
        summary: "STARTTLS missing",
        report: base,
      },
    ],
    findings: [
      { id: "recommended-port", severity: "pass", title: "A working submission port", detail: "Use 465" },
    ],
    recommended: { port: 465, security: "tls" },
    checkedAt: "2026-11-21T09:00:00.000Z",
  };
  const html = renderSurveyPage(survey, GENERATED_AT);

  test("a table of the four combinations, labelled for narrow screens", () => {
    expect(html.match(/<tr>/g)).toHaveLength(5);
    expect(html).toContain('<td data-label="Result">No connection</td>');
    expect(html).toContain('<td data-label="Result">✗ Fail</td>');
    expect(html).toContain('<td data-label="Summary">TLSv1.3 &lt;b&gt;</td>');
    expect(html).toContain('href="/verify?host=smtp.example.com&amp;port=2525&amp;security=starttls"');
    expect(html).toContain("Use port 465 with SSL/TLS (implicit TLS).");
    expect(html).toContain('href="/api/verify?host=smtp.example.com&amp;port=all"');
  });
});

describe("renderSurveyPage when no port could be tested", () => {
  test("says so instead of an empty table", () => {
    const html = renderSurveyPage(
      {
        host: "smtp.example.com",
        results: [],
        findings: [
          {
            id: "ports-skipped",
            severity: "info",
            title: "Some ports were not tested",
            detail: "Not tested: 587",
          },
        ],
        recommended: null,
        checkedAt: "2026-11-21T09:00:00.000Z",
      },
      GENERATED_AT,
    );
    expect(html).not.toContain("<table");
    expect(html).toContain('role="status">! No port was tested');
    expect(html).toContain("<code>ports-skipped</code>");
  });
});

describe("helpers", () => {
  test("escapeHtml replaces the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  test("verifyUrl encodes every parameter", () => {
    expect(verifyUrl("json", { host: "a b&c", port: 587, security: "starttls" })).toBe(
      "/api/verify?host=a+b%26c&port=587&security=starttls",
    );
    expect(verifyUrl("page", { host: "x", port: "all", security: "tls" })).toBe("/verify?host=x&port=all");
  });

  test("renderErrorPage escapes the message and keeps the status", () => {
    const html = renderErrorPage(403, "forbidden-target", 'host "<x>" is private');
    expect(html).toContain("host &quot;&lt;x&gt;&quot; is private");
    expect(html).toContain("Error 403");
  });
});
