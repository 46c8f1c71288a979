import type { CertificateInfo } from "../../src/core/types.js";
import { de } from "../../src/core/i18n/de.js";
import { deVerify } from "../../src/core/i18n/de/verify.js";
import { loadLanguage } from "../../src/core/language.js";
import { allSurveyTexts } from "../../src/net/portSurvey.js";
import { allProbeTexts } from "../../src/net/probeSubmissionServer.js";
import {
  allVerifyTexts,
  buildVerifyFindings,
  chainLeadsToTrustedRoot,
  describeFinding,
  findingText,
  formatMessageSize,
  sizeLimitOf,
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

describe("German", () => {
  // Registered once, as the CLI (--lang de) and the pane do.
  beforeAll(() => loadLanguage("de"));

  const placeholders = (wording: string): string[] =>
    [...wording.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

  function englishById(): Map<string, string> {
    const byId = new Map<string, string>();
    for (const entry of [...allVerifyTexts(), ...allSurveyTexts(), ...allProbeTexts()]) {
      expect(entry.id).toMatch(/^(finding|survey|probe)\.[\w.-]+$/);
      expect(byId.has(entry.id)).toBe(false);
      byId.set(entry.id, entry.en);
    }
    return byId;
  }

  test("every finding text has German, none empty, with the same placeholders", () => {
    const english = englishById();
    expect(english.size).toBeGreaterThan(150);
    for (const [id, wording] of english) {
      const german = deVerify[id];
      expect([id, german?.trim() ? "translated" : "missing"]).toEqual([id, "translated"]);
      expect([id, placeholders(german ?? "")]).toEqual([id, placeholders(wording)]);
      // Nothing to translate when only placeholders, "ms" and upper-case names are left ("{ms} ms").
      const words = wording
        .replace(/\{\w+\}/g, "")
        .replace(/\b(ms|[A-Z0-9]+)\b/g, "")
        .trim();
      if (wording !== "Nothing to do." && words !== "") expect([id, german]).not.toEqual([id, wording]);
    }
  });

  test("no German text that no English text uses, and the table is part of the de chunk", () => {
    const english = englishById();
    expect(Object.keys(deVerify).filter((id) => !english.has(id))).toEqual([]);
    for (const id of Object.keys(deVerify)) expect(de[id]).toBe(deVerify[id]);
  });

  test("buildVerifyFindings in German: same ids, severities and order; German words; evidence kept", () => {
    const o = observation({
      failure: {
        id: "tls-failed",
        step: "tls",
        evidence: "error:0A00010B:SSL routines::wrong version number",
      },
      security: "tls",
      tls: null,
      starttlsOffered: null,
      authBeforeTls: null,
      authAfterTls: null,
    });
    const english = buildVerifyFindings(o);
    const german = buildVerifyFindings(o, "de");
    expect(german.map((f) => [f.id, f.severity])).toEqual(english.map((f) => [f.id, f.severity]));
    expect(german.map((f) => f.id)).toEqual(["tls-failed", "port-wants-starttls"]);
    expect(german[0]?.title).toBe("Der TLS-Verbindungsaufbau schlug fehl");
    expect(german[0]?.detail).toMatch(
      /^Dieser Port spricht einfaches SMTP, nicht SSL\/TLS: .*STARTTLS wählen\./,
    );
    expect(german[0]?.detail).toContain("wrong version number");
    expect(english[0]?.detail).toMatch(/^This port speaks plain SMTP, not SSL\/TLS/);
    expect(findingText("cert-chain-incomplete", "de").title).toBe("Die Zertifikatskette ist unvollständig");
  });

  test("every finding of a full observation renders in German with nothing left unfilled", () => {
    const o = observation({
      port: 25,
      extensions: ["SIZE 35882577", "SMTPUTF8", "8BITMIME"],
      starttlsInjection: true,
      authAfterTls: ["PLAIN", "XOAUTH2"],
      signIn: {
        ok: false,
        mechanism: "PLAIN",
        reply: "535 5.7.8 Username and Password not accepted",
        error: null,
      },
      tls: {
        protocol: "TLSv1.2",
        cipher: "ECDHE",
        certificate: certificate({
          trusted: false,
          error: "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
          chainLength: 1,
          issuerUrl: "http://ca.example/int.cer",
          hostnameMatch: false,
          validTo: new Date(NOW + 3 * DAY).toISOString(),
        }),
      },
    });
    const german = buildVerifyFindings(o, "de");
    expect(german.map((f) => f.id)).toEqual([
      "starttls-injection",
      "tls-ok",
      "cert-expiring-soon",
      "cert-hostname-mismatch",
      "cert-chain-incomplete",
      "auth-ok",
      "oauth2-supported",
      "size-limit",
      "smtputf8-supported",
      "8bitmime-supported",
      "auth-rejected",
      "port-25-submission",
    ]);
    for (const finding of german) {
      expect(finding.detail).not.toMatch(/\{\w+\}/);
      expect(finding.title).toBe(findingText(finding.id as ProbeFindingId, "de").title);
    }
    expect(german.find((f) => f.id === "size-limit")?.detail).toBe("Größte Nachricht 35 MB (SIZE 35882577).");
    expect(german.find((f) => f.id === "oauth2-supported")?.detail).toBe("Der Server bietet XOAUTH2 an.");
  });
});

describe("new rules", () => {
  test("an incomplete chain needs the leaf alone, a missing-issuer error and an AIA URL", () => {
    const incomplete = {
      trusted: false,
      error: "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
      chainLength: 1,
      issuerUrl: "http://x/ca.cer",
    };
    const withCert = (c: Partial<CertificateInfo>) =>
      ids(observation({ tls: { protocol: "TLSv1.3", cipher: "x", certificate: certificate(c) } }));
    expect(withCert(incomplete)).toContain("cert-chain-incomplete");
    expect(withCert(incomplete)).not.toContain("cert-untrusted");
    expect(withCert({ ...incomplete, issuerUrl: null })).toContain("cert-untrusted");
    expect(withCert({ ...incomplete, chainLength: 2 })).toContain("cert-untrusted");
    expect(withCert({ ...incomplete, error: "DEPTH_ZERO_SELF_SIGNED_CERT" })).toContain("cert-untrusted");
  });

  test("sizes are stated as providers state them", () => {
    expect(formatMessageSize(35882577)).toBe("35 MB");
    expect(formatMessageSize(10_485_760)).toBe("10 MB");
    expect(formatMessageSize(52_428_800)).toBe("52 MB");
    expect(formatMessageSize(500_000)).toBe("500 KB");
    expect(sizeLimitOf(["PIPELINING", "SIZE 157286400"])).toBe(157286400);
    expect(sizeLimitOf(["SIZE"])).toBe(0);
    expect(sizeLimitOf(["SIZE lots"])).toBeNull();
    expect(sizeLimitOf([])).toBeNull();
  });

  test("a silent port is said to want SSL/TLS; a port that sent something is not", () => {
    const timeoutAtGreeting = {
      id: "timeout",
      step: "greeting",
      evidence: "no answer within 10000 ms",
    } as const;
    const base = {
      failure: timeoutAtGreeting,
      tls: null,
      starttlsOffered: null,
      authBeforeTls: null,
      authAfterTls: null,
    };
    expect(ids(observation({ ...base, bytesReceived: 0 }))).toEqual(["timeout", "port-wants-tls"]);
    expect(ids(observation({ ...base, bytesReceived: 12 }))).toEqual(["timeout"]);
    expect(ids(observation({ ...base, bytesReceived: 0, security: "tls" }))).toEqual(["timeout"]);
  });

  test("sign-in outcomes: accepted, rejected with a diagnosis, not attempted, interrupted", () => {
    const accepted = buildVerifyFindings(
      observation({ signIn: { ok: true, mechanism: "PLAIN", reply: "235 2.7.0 Accepted", error: null } }),
    );
    expect(accepted.find((f) => f.id === "auth-accepted")?.detail).toBe(
      "Signed in with AUTH PLAIN: 235 2.7.0 Accepted",
    );
    const rejected = buildVerifyFindings(
      observation({
        signIn: {
          ok: false,
          mechanism: "LOGIN",
          reply:
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
          error: null,
        },
      }),
    ).find((f) => f.id === "auth-rejected");
    expect(rejected?.severity).toBe("fail");
    expect(rejected?.detail).toMatch(
      /^The server refused AUTH LOGIN: 535 5\.7\.139 .* Diagnosis \(5\.7\.139\): /,
    );
    const skipped = buildVerifyFindings(
      observation({
        signIn: { ok: false, mechanism: null, reply: null, error: "x" },
        signInSkipped: "noTokenMechanism",
        authAfterTls: ["PLAIN"],
      }),
    ).find((f) => f.id === "auth-not-attempted");
    expect(skipped?.detail).toBe(
      "A token was given, but the server does not offer XOAUTH2 (it offers: PLAIN).",
    );
    const interrupted = ids(
      observation({
        signIn: { ok: false, mechanism: "PLAIN", reply: null, error: "the server closed the connection" },
      }),
    );
    expect(interrupted).toContain("auth-interrupted");
    expect(ids(observation())).not.toEqual(expect.arrayContaining(["auth-accepted"]));
  });
});
