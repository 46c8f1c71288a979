import type { CertificateInfo } from "../../src/core/types.js";
import {
  buildVerifyFindings,
  chainLeadsToTrustedRoot,
  describeFinding,
  SURVEY_FINDING_TEXT,
  VERIFY_FINDING_TEXT,
  type ProbeFindingId,
  type ProbeObservation,
} from "../../src/core/verifyFindings.js";

const NOW = Date.parse("2026-11-20T12:00:00.000Z");
const DAY = 86_400_000;

function certificate(overrides: Partial<CertificateInfo> = {}): CertificateInfo {
  return {
    subject: "smtp.example.com",
    issuer: "CN=Example CA",
    validFrom: new Date(NOW - 30 * DAY).toISOString(),
    validTo: new Date(NOW + 60 * DAY).toISOString(),
    daysLeft: 60,
    hostnameMatch: true,
    trusted: true,
    error: null,
    altNames: ["smtp.example.com"],
    ...overrides,
  };
}

/** A clean STARTTLS session on 587: AUTH only under TLS, TLS 1.3, good certificate. */
function observation(overrides: Partial<ProbeObservation> = {}): ProbeObservation {
  return {
    host: "smtp.example.com",
    port: 587,
    security: "starttls",
    nowMs: NOW,
    failure: null,
    starttlsOffered: true,
    tls: { protocol: "TLSv1.3", cipher: "TLS_AES_256_GCM_SHA384", certificate: certificate() },
    authBeforeTls: [],
    authAfterTls: ["PLAIN", "LOGIN"],
    ...overrides,
  };
}

function ids(o: ProbeObservation): string[] {
  return buildVerifyFindings(o).map((f) => f.id);
}

const CONTRACT_IDS: ProbeFindingId[] = [
  "connect-failed",
  "timeout",
  "greeting-rejected",
  "starttls-missing",
  "tls-failed",
  "tls-old-version",
  "tls-ok",
  "cert-expired",
  "cert-expiring-soon",
  "cert-hostname-mismatch",
  "cert-untrusted",
  "auth-before-tls",
  "auth-missing",
  "auth-ok",
  "oauth2-supported",
  "plaintext",
  "port-25-submission",
  "reply-too-long",
  "connection-closed",
];

describe("finding texts", () => {
  test("every contract id has words and the contract's severity", () => {
    const severities: Record<string, string> = {
      "connect-failed": "fail",
      timeout: "fail",
      "greeting-rejected": "fail",
      "starttls-missing": "fail",
      "tls-failed": "fail",
      "tls-old-version": "fail",
      "tls-ok": "pass",
      "cert-expired": "fail",
      "cert-expiring-soon": "warn",
      "cert-hostname-mismatch": "fail",
      "cert-untrusted": "fail",
      "auth-before-tls": "fail",
      "auth-missing": "warn",
      "auth-ok": "pass",
      "oauth2-supported": "info",
      plaintext: "fail",
      "port-25-submission": "warn",
      "reply-too-long": "fail",
      "connection-closed": "fail",
    };
    for (const id of CONTRACT_IDS) {
      const text = VERIFY_FINDING_TEXT[id];
      expect(text.severity).toBe(severities[id]);
      for (const words of [text.title, text.explanation, text.fix]) expect(words.length).toBeGreaterThan(5);
    }
  });

  test("no stale advice in the words", () => {
    const all = JSON.stringify([VERIFY_FINDING_TEXT, SURVEY_FINDING_TEXT]);
    expect(all).not.toMatch(/smtp\.live\.com|basic auth/i);
  });

  test("describeFinding carries severity, title and fix from the table", () => {
    expect(describeFinding("port-wants-tls", "Port 587 ...")).toEqual({
      id: "port-wants-tls",
      severity: "warn",
      title: SURVEY_FINDING_TEXT["port-wants-tls"].title,
      detail: "Port 587 ...",
      fix: SURVEY_FINDING_TEXT["port-wants-tls"].fix,
    });
  });
});

describe("buildVerifyFindings", () => {
  test("a clean STARTTLS session", () => {
    const findings = buildVerifyFindings(observation());
    expect(findings.map((f) => f.id)).toEqual(["tls-ok", "auth-ok"]);
    expect(findings[0]).toMatchObject({
      severity: "pass",
      detail: "Negotiated TLSv1.3 (TLS_AES_256_GCM_SHA384).",
    });
    expect(findings[1]?.detail).toBe("Under TLS the server offers AUTH PLAIN LOGIN.");
    expect(findings[1]?.fix).toBe(VERIFY_FINDING_TEXT["auth-ok"].fix);
  });

  test.each([
    ["connect-failed", "connect"],
    ["timeout", "greeting"],
    ["connection-closed", "ehlo"],
    ["reply-too-long", "greeting"],
    ["greeting-rejected", "greeting"],
    ["ehlo-rejected", "ehlo"],
  ] as const)("a %s failure at %s is the only finding", (id, step) => {
    const o = observation({
      failure: { id, step, evidence: "what happened" },
      starttlsOffered: null,
      tls: null,
      authBeforeTls: null,
      authAfterTls: null,
    });
    const findings = buildVerifyFindings(o);
    expect(findings.map((f) => f.id)).toEqual([id]);
    expect(findings[0]?.detail).toBe(`At step "${step}": what happened`);
    expect(findings[0]?.severity).toBe("fail");
  });

  test("a TLS failure after a plaintext EHLO keeps the plaintext AUTH verdict", () => {
    const o = observation({
      failure: { id: "tls-failed", step: "tls", evidence: "handshake failed" },
      tls: null,
      authBeforeTls: ["PLAIN"],
      authAfterTls: null,
    });
    expect(ids(o)).toEqual(["tls-failed", "auth-before-tls"]);
  });

  test("STARTTLS missing only matters when STARTTLS was asked for", () => {
    const missing = { starttlsOffered: false, tls: null, authAfterTls: null, authBeforeTls: [] };
    expect(ids(observation(missing))).toEqual(["starttls-missing"]);
    expect(ids(observation({ ...missing, security: "none" }))).toEqual(["plaintext"]);
    // Unknown (no plaintext EHLO completed) is not "missing".
    expect(ids(observation({ ...missing, starttlsOffered: null }))).toEqual([]);
  });

  test.each([
    ["SSLv3", "tls-old-version"],
    ["TLSv1", "tls-old-version"],
    ["TLSv1.1", "tls-old-version"],
    ["TLSv1.2", "tls-ok"],
    ["TLSv1.3", "tls-ok"],
  ])("%s gives %s", (protocol, id) => {
    const o = observation({ tls: { protocol, cipher: "X", certificate: certificate() } });
    expect(ids(o)).toEqual([id, "auth-ok"]);
  });

  describe("certificate dates", () => {
    const withCert = (c: Partial<CertificateInfo>) =>
      observation({ tls: { protocol: "TLSv1.2", cipher: "X", certificate: certificate(c) } });

    test("expired", () => {
      const o = withCert({ validTo: new Date(NOW - 1000).toISOString(), error: "CERT_HAS_EXPIRED" });
      expect(ids(o)).toEqual(["tls-ok", "cert-expired", "auth-ok"]);
    });

    test("not yet valid", () => {
      const o = withCert({ validFrom: new Date(NOW + DAY).toISOString(), error: "CERT_NOT_YET_VALID" });
      const findings = buildVerifyFindings(o);
      expect(findings.map((f) => f.id)).toEqual(["tls-ok", "cert-expired", "auth-ok"]);
      expect(findings[1]?.detail).toContain("not valid before");
    });

    test("an expired certificate elsewhere in the chain", () => {
      const findings = buildVerifyFindings(withCert({ error: "CERT_HAS_EXPIRED" }));
      expect(findings.map((f) => f.id)).toEqual(["tls-ok", "cert-expired", "auth-ok"]);
      expect(findings[1]?.detail).toContain("a certificate of its chain");
    });

    test.each([
      [13.9, true],
      [5, true],
      [0.5, true],
      [14, false],
      [30, false],
    ])("%d days left: expiring soon = %s", (days, soon) => {
      const o = withCert({ validTo: new Date(NOW + days * DAY).toISOString() });
      expect(ids(o).includes("cert-expiring-soon")).toBe(soon);
      expect(ids(o).includes("cert-expired")).toBe(false);
    });

    test("an expired certificate is not also expiring soon", () => {
      expect(ids(withCert({ validTo: new Date(NOW - DAY).toISOString() }))).not.toContain(
        "cert-expiring-soon",
      );
    });
  });

  test("a certificate for another name lists what it covers", () => {
    const o = observation({
      tls: {
        protocol: "TLSv1.3",
        cipher: "X",
        certificate: certificate({ hostnameMatch: false, altNames: ["a.net", "b.net"] }),
      },
    });
    const findings = buildVerifyFindings(o);
    expect(findings.map((f) => f.id)).toEqual(["tls-ok", "cert-hostname-mismatch", "auth-ok"]);
    expect(findings[1]?.detail).toBe("The certificate covers a.net, b.net, not smtp.example.com.");
  });

  test("an untrusted chain, and no certificate at all", () => {
    const untrusted = certificate({ trusted: false, error: "DEPTH_ZERO_SELF_SIGNED_CERT" });
    const findings = buildVerifyFindings(
      observation({ tls: { protocol: "TLSv1.3", cipher: "X", certificate: untrusted } }),
    );
    expect(findings.map((f) => f.id)).toEqual(["tls-ok", "cert-untrusted", "auth-ok"]);
    expect(findings[1]?.detail).toContain("DEPTH_ZERO_SELF_SIGNED_CERT");
    expect(ids(observation({ tls: { protocol: "TLSv1.3", cipher: "X", certificate: null } }))).toEqual([
      "tls-ok",
      "cert-untrusted",
      "auth-ok",
    ]);
  });

  test("chainLeadsToTrustedRoot: date errors still reach a trusted root", () => {
    expect(chainLeadsToTrustedRoot(null)).toBe(true);
    expect(chainLeadsToTrustedRoot("CERT_HAS_EXPIRED")).toBe(true);
    expect(chainLeadsToTrustedRoot("CERT_NOT_YET_VALID")).toBe(true);
    expect(chainLeadsToTrustedRoot("UNABLE_TO_VERIFY_LEAF_SIGNATURE")).toBe(false);
    expect(chainLeadsToTrustedRoot("SELF_SIGNED_CERT_IN_CHAIN")).toBe(false);
  });

  describe("AUTH", () => {
    test.each([
      [["PLAIN"], ["PLAIN"], ["tls-ok", "auth-before-tls"]],
      [["LOGIN", "CRAM-MD5"], ["LOGIN"], ["tls-ok", "auth-before-tls"]],
      [["plain"], [], ["tls-ok", "auth-before-tls", "auth-missing"]],
      // Offered before TLS, but no password mechanism in the clear: neither verdict.
      [["CRAM-MD5"], ["PLAIN"], ["tls-ok"]],
      [[], [], ["tls-ok", "auth-missing"]],
      [[], ["XOAUTH2"], ["tls-ok", "auth-ok", "oauth2-supported"]],
      [[], ["PLAIN", "OAUTHBEARER", "XOAUTH2"], ["tls-ok", "auth-ok", "oauth2-supported"]],
      [["XOAUTH2"], ["XOAUTH2"], ["tls-ok", "oauth2-supported"]],
    ])("before TLS %j, after TLS %j", (before, after, expected) => {
      expect(ids(observation({ authBeforeTls: before, authAfterTls: after }))).toEqual(expected);
    });

    test("implicit TLS: no EHLO before TLS", () => {
      expect(ids(observation({ security: "tls", starttlsOffered: null, authBeforeTls: null }))).toEqual([
        "tls-ok",
        "auth-ok",
      ]);
    });

    test("oauth2-supported names what is offered", () => {
      const findings = buildVerifyFindings(observation({ authAfterTls: ["XOAUTH2", "OAUTHBEARER"] }));
      expect(findings.find((f) => f.id === "oauth2-supported")?.detail).toBe(
        "The server offers XOAUTH2 and OAUTHBEARER.",
      );
    });

    test("no EHLO under TLS yet: no verdict on AUTH after TLS", () => {
      expect(ids(observation({ authAfterTls: null }))).toEqual(["tls-ok"]);
    });
  });

  test('security "none": plaintext, and AUTH in the clear', () => {
    const o = observation({
      security: "none",
      tls: null,
      starttlsOffered: true,
      authBeforeTls: ["PLAIN", "LOGIN"],
      authAfterTls: null,
    });
    expect(ids(o)).toEqual(["auth-before-tls", "plaintext"]);
    expect(ids({ ...o, authBeforeTls: [] })).toEqual(["plaintext"]);
  });

  test("plaintext and port 25 apply whatever else happened", () => {
    const failed = observation({
      port: 25,
      security: "none",
      failure: { id: "connect-failed", step: "connect", evidence: "refused" },
      starttlsOffered: null,
      tls: null,
      authBeforeTls: null,
      authAfterTls: null,
    });
    expect(ids(failed)).toEqual(["connect-failed", "plaintext", "port-25-submission"]);
  });

  test("port 25 with a good session is a warning only", () => {
    const findings = buildVerifyFindings(observation({ port: 25 }));
    expect(findings.map((f) => f.id)).toEqual(["tls-ok", "auth-ok", "port-25-submission"]);
    expect(findings.some((f) => f.severity === "fail")).toBe(false);
  });
});
