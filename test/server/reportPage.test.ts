// The HTML report: escaping of everything a server says, the parts a person
// needs (verdict, timeline, TLS and certificate, AUTH, findings with fixes,
// JSON link, time), and the port-survey table. In German (lang=de): the
// /verify page, its form and redirect, the stored verify, survey and domain
// reports and the error pages, checked with the English-sentence detector.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { deVerify } from "../../src/core/i18n/de/verify.js";
import { LANGS, loadLanguage } from "../../src/core/language.js";
import type { DomainReport, VerifyReport } from "../../src/core/types.js";
import { VERIFY_FINDING_TEXT } from "../../src/core/verifyFindings.js";
import type { PortSurveyReport } from "../../src/net/portSurvey.js";
import { escapeHtml } from "../../src/server/htmlEscape.js";
import {
  renderDomainPage,
  renderErrorPage,
  renderSurveyPage,
  renderVerifyFormPage,
  renderVerifyPage,
  verifyUrl,
} from "../../src/server/reportPage.js";
import { REPORT_TEXTS } from "../../src/server/reportTexts.js";
import { englishSentences } from "../core/englishSentences.js";
import { pageTexts, readError, startTestServer, type TestServer } from "./serverHarness.js";
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

/** A German page: lang="de", and nothing a reader meets reads as English (the probe's step details are marked lang="en"). */
function expectGerman(html: string): void {
  expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
  expect(englishSentences(pageTexts(html))).toEqual([]);
  // Only the step details are marked as English, nothing else is hidden from the check.
  expect((html.match(/ lang="en"/g) ?? []).length).toBe(
    (html.match(/<span class="step-detail" lang="en">/g) ?? []).length,
  );
}

describe("German pages over HTTP (lang=de)", () => {
  let server: TestServer;
  let smtp: SmtpPeer;

  beforeAll(async () => {
    smtp = await startSmtpPeer({
      greeting: "220 <script>alert(1)</script> ESMTP",
      extensions: ["SIZE 1000000", "AUTH PLAIN <img src=x onerror=alert(2)>"],
    });
    server = await startTestServer({
      // The survey's four ports on 127.0.0.1 are closed: its table has a row for each.
      config: { allowPrivate: true, probePorts: [25, 465, 587, 2525, smtp.port] },
      app: { now: () => GENERATED_AT, rateLimit: { max: 1000, timeWindowMs: 60_000 } },
      dnsRecords: {
        "example.test": { MX: [{ exchange: "mx1.example.test", priority: 10 }], TXT: ["v=spf1 ?all"] },
        "_dmarc.example.test": { TXT: ["v=DMARC1; p=none"] },
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  async function page(path: string, status = 200): Promise<string> {
    const response = await server.get(path);
    expect([path, response.status]).toEqual([path, status]);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'none'");
    return response.text();
  }

  /** The /verify page's button in German: POST with the form's hidden lang, 303 to the German report. */
  async function germanCheck(fields: Record<string, string>): Promise<string> {
    const posted = await server.postForm("/verify", { ...fields, lang: "de" });
    expect(posted.status).toBe(303);
    const location = posted.headers.get("location") ?? "";
    expect(location).toMatch(/^\/report\/[A-Za-z0-9_-]{22}\?lang=de$/);
    return location;
  }

  test("the /verify page: German words, its form carries lang=de hidden; the English one has no such field", async () => {
    const html = await page(`/verify?host=127.0.0.1&port=${smtp.port}&security=none&lang=de`);
    expectGerman(html);
    expect(html).toContain(
      '<form method="post" action="/verify" class="check-form">\n<input type="hidden" name="lang" value="de">',
    );
    expect(html).toContain('<button type="submit">Prüfung starten</button>');
    expect(html).toContain('<option value="none" selected>Keine (unverschlüsselt)</option>');
    expectGerman(await page("/verify?lang=de"));
    const english = await page(`/verify?host=127.0.0.1&port=${smtp.port}&security=none`);
    expect(english).not.toContain('name="lang"');
    expect(englishSentences(pageTexts(english)).length).toBeGreaterThan(0);
  });

  test("POST /verify with lang=de: 303 to /report/<id>?lang=de, a German report, the server's words escaped", async () => {
    const location = await germanCheck({ host: "127.0.0.1", port: String(smtp.port), security: "none" });
    const html = await page(location);
    expectGerman(html);
    expect(html).toContain("<h2>Ergebnisse</h2>");
    expect(html).toContain(
      `<span class="badge badge-fail">✗ PROBLEM</span>${deVerify["finding.plaintext.title"]}`,
    );
    expect(html).toContain(`<p>${escapeHtml(deVerify["finding.plaintext.explanation"])}</p>`);
    expect(html).toContain(
      `<span class="label">Abhilfe:</span> ${escapeHtml(deVerify["finding.plaintext.fix"])}`,
    );
    expect(html).toMatch(
      /<strong>Begrüßung des Servers<\/strong>: OK<\/span><span class="ms">\d+ ms<\/span>/,
    );
    expect(html).toContain("<dt>Verschlüsselung</dt><dd>Keine (unverschlüsselt)</dd>");
    // A human date in German, the ISO time kept in datetime.
    expect(html).toContain(
      `Seite erstellt am <time datetime="${GENERATED_AT.toISOString()}">Freitag, 20. November 2026, 10:00 UTC</time>.`,
    );
    expect(html).toContain("Aufbewahrt bis <time");
    // The links stay German.
    const id = location.slice("/report/".length, location.indexOf("?"));
    expect(html).toContain(`href="/api/report/${id}?lang=de"`);
    expect(html).toContain(
      `href="/verify?host=127.0.0.1&amp;port=${smtp.port}&amp;security=none&amp;lang=de"`,
    );
    // Escaping holds: the greeting and the AUTH line show as text.
    expect(html).toContain("220 &lt;script&gt;alert(1)&lt;/script&gt; ESMTP");
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt;");
    expect(html).not.toMatch(/<script|<img/i);
  });

  test("a survey (port=all) in German: the table, its labels and the findings", async () => {
    const html = await page(await germanCheck({ host: "127.0.0.1", port: "all" }));
    expectGerman(html);
    expect(html).toContain("<caption>Getestete Einlieferungsports und Verschlüsselungsarten</caption>");
    expect(html).toContain('<td data-label="Ergebnis">Keine Verbindung</td>');
    expect(html).toContain("Nur diese Kombination prüfen");
    expect(html).toContain(`href="/verify?host=127.0.0.1&amp;port=587&amp;security=starttls&amp;lang=de"`);
  });

  test("a domain report from /api/domain?lang=de: its reportUrl opens the German page", async () => {
    const body = (await (await server.get("/api/domain?domain=example.test&lang=de")).json()) as {
      reportId: string;
      reportUrl: string;
    };
    expect(body.reportUrl).toBe(`${server.url}/report/${body.reportId}?lang=de`);
    const html = await page(body.reportUrl.slice(server.url.length));
    expectGerman(html);
    expect(html).toContain('<h1>Mail-DNS von <span class="token">example.test</span></h1>');
    expect(html).toContain("<code>v=spf1 ?all</code>");
    expect(html).toContain("<dt>SRV-Einträge für die Einlieferung</dt>");
  });

  test("a report made in English, shown in German: the stored words as they are, the page's own words and the standard explanation and fix in German", async () => {
    const made = (await (
      await server.get(`/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`)
    ).json()) as { reportId: string; reportUrl: string };
    expect(made.reportUrl).toBe(`${server.url}/report/${made.reportId}`);
    const html = await page(`/report/${made.reportId}?lang=de`);
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(html).toContain(`✗ PROBLEM</span>${VERIFY_FINDING_TEXT.plaintext.title}</h3>`);
    expect(html).toContain(`<p>${escapeHtml(deVerify["finding.plaintext.explanation"])}</p>`);
    expect(html).toContain(`Abhilfe:</span> ${escapeHtml(deVerify["finding.plaintext.fix"])}`);
    expect(html).not.toContain(escapeHtml(VERIFY_FINDING_TEXT.plaintext.explanation));
    // The same report in English is the English page.
    const english = await page(`/report/${made.reportId}`);
    expect(english).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(english).toContain(`<p>${escapeHtml(VERIFY_FINDING_TEXT.plaintext.explanation)}</p>`);
    expect(english).not.toContain('class="step-detail" lang="en"');
  });

  test("error pages in German: a bad report id, an unknown one, a bad host, all escaped", async () => {
    const badId = await page("/report/not-an-id?lang=de", 400);
    expectGerman(badId);
    expect(badId).toContain("Das ist keine Berichts-ID");
    expect(badId).toContain("Fehler 400 · <code>bad-input</code>");
    const unknown = await page("/report/AAAAAAAAAAAAAAAAAAAAAA?lang=de", 404);
    expectGerman(unknown);
    expect(unknown).toContain("Kein Bericht mit dieser ID. Berichte werden 7 Tage lang aufbewahrt");
    const host = await page("/verify?host=a%3Cb%3E.example.com&lang=de", 400);
    expectGerman(host);
    expect(host).toContain("Der Server (host) enthält &quot;&lt;&quot;");
    expect(host).not.toMatch(/"<"|<b>/);
    const form = await server.postForm("/verify", { host: "bad..name", lang: "de" });
    expect(form.status).toBe(400);
    expectGerman(await form.text());
    // The same errors without lang stay English.
    expect(await page("/report/not-an-id", 400)).toContain(
      "That is not a report id: a report link ends in 22 letters, digits, - or _.",
    );
  });

  test("a lang other than en or de is refused everywhere, before any probe; a report page takes no other parameter", async () => {
    const connections = smtp.connections;
    for (const path of ["/verify?host=127.0.0.1&lang=fr", "/report/AAAAAAAAAAAAAAAAAAAAAA?lang=DE"]) {
      const html = await page(path, 400);
      expect(html).toContain('<html lang="en">');
      expect(html).toContain("The parameter &quot;lang&quot; must be one of en, de.");
    }
    const api = await server.get("/api/report/AAAAAAAAAAAAAAAAAAAAAA?lang=fr");
    expect(api.status).toBe(400);
    expect((await readError(api)).message).toBe('The parameter "lang" must be one of en, de.');
    const posted = await server.postForm("/verify", {
      host: "127.0.0.1",
      port: String(smtp.port),
      lang: "fr",
    });
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain("The parameter &quot;lang&quot; must be one of en, de.");
    expect(smtp.connections).toBe(connections);
    expect((await server.get("/report/AAAAAAAAAAAAAAAAAAAAAA?lang=de&x=1")).status).toBe(400);
  });
});

describe("the German render functions", () => {
  beforeAll(() => loadLanguage("de"));

  test("a verify report: labels, certificate, dates and counts in German; the certificate's words escaped", () => {
    const html = renderVerifyPage(tlsReport(), GENERATED_AT, undefined, "de");
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(html).toContain(
      '<p class="verdict verdict-fail" role="status">✗ Nicht bestanden: 1 Prüfung ist fehlgeschlagen. Erstes Problem: Certificate not trusted.</p>',
    );
    expect(html).toContain(
      '<time datetime="2026-11-30T00:00:00.000Z">Montag, 30. November 2026, 00:00 UTC</time> (noch 9 Tage gültig)',
    );
    expect(html).toContain("CN=smtp.example.com, O=&quot;Example &amp; &lt;Sons&gt;&quot;");
    expect(html).toMatch(/<dt>Gilt für den Servernamen<\/dt><dd>Ja<\/dd>/);
    expect(html).toMatch(
      /<dt>Vertrauenswürdig<\/dt><dd>Nein \(<code>UNABLE_TO_GET_ISSUER_CERT_LOCALLY<\/code>\)<\/dd>/,
    );
    expect(html).toContain('<span class="badge badge-warn">! WARNUNG</span>');
    expect(html).toContain(`<p>${escapeHtml(deVerify["finding.cert-untrusted.explanation"])}</p>`);
    expect(html).toContain('<span class="label">Beobachtet:</span> UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
    expect(html).toMatch(/<strong>TLS-Verbindungsaufbau<\/strong>: OK<\/span>/);
    expect(html).toContain('<dt>Vor TLS</dt><dd><span class="muted">keine angeboten</span></dd>');
    const expired = renderVerifyPage(
      tlsReport({
        tls: { ...tlsReport().tls!, certificate: { ...tlsReport().tls!.certificate!, daysLeft: -1 } },
      }),
      GENERATED_AT,
      undefined,
      "de",
    );
    expect(expired).toContain("(seit 1 Tag abgelaufen)");
  });

  test("a survey and a domain report without a store: German links to the JSON and to the check", () => {
    const survey = renderSurveyPage(
      {
        host: "smtp.example.com",
        results: [],
        findings: [],
        recommended: null,
        checkedAt: "2026-11-21T09:00:00.000Z",
      },
      GENERATED_AT,
      undefined,
      "de",
    );
    expect(survey).toContain("! Es wurde kein Port getestet: Sehen Sie sich die Ergebnisse an.");
    expect(survey).toContain('href="/api/verify?host=smtp.example.com&amp;port=all&amp;lang=de"');
    expect(englishSentences(pageTexts(survey))).toEqual([]);
    const domain: DomainReport = {
      domain: "example.com",
      mx: [],
      spf: { record: null },
      dmarc: { record: null },
      mtaSts: { record: null },
      tlsRpt: { record: null },
      srv: { submission: [], submissions: [] },
      findings: [],
    } as unknown as DomainReport;
    const page = renderDomainPage(domain, GENERATED_AT, undefined, "de");
    expect(page).toContain("✓ Bestanden: Alle Prüfungen waren erfolgreich.");
    expect(page).toContain("<h2>Ergebnisse</h2>\n<p>Keine Ergebnisse.</p>");
    expect(englishSentences(pageTexts(page))).toEqual([]);
  });

  test("the form and the error page", () => {
    const form = renderVerifyFormPage({ host: '"><script>' }, "de");
    expect(form).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(form).not.toContain("<script>");
    expect(englishSentences(pageTexts(form))).toEqual([]);
    const error = renderErrorPage(429, "rate-limited", "Zu viele <Prüfungen>", "de");
    expect(error).toContain("<h1>Gerade zu viele Prüfungen</h1>");
    expect(error).toContain("Zu viele &lt;Prüfungen&gt;");
    expect(error).toContain(
      "<code>/verify?host=smtp.example.com&amp;port=587&amp;security=starttls&amp;lang=de</code>",
    );
  });

  test("every language has every text, none empty, with the English placeholders", () => {
    const placeholders = (wording: string) => [...wording.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const english = REPORT_TEXTS.en;
    for (const lang of LANGS) {
      const table = REPORT_TEXTS[lang];
      expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
      for (const [id, wording] of Object.entries(table)) {
        expect([lang, id, wording.trim() === ""]).toEqual([lang, id, false]);
        // The date format may leave parts out (German shows no seconds); everything else keeps them all.
        if (id !== "date.format") {
          expect([lang, id, placeholders(wording)]).toEqual([
            lang,
            id,
            placeholders(english[id as keyof typeof english]),
          ]);
        }
      }
    }
  });
});
