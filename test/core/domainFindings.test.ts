import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import {
  buildDomainReport,
  DOMAIN_FINDING_IDS,
  domainFindings,
  isDmarcRecord,
  isSpfRecord,
  mtaStsPatternMatches,
  organisationalDomain,
  parseDmarc,
  parseMtaStsPolicy,
  parseMtaStsRecord,
  parseSpf,
  problemInEnglish,
  parseTlsRpt,
  resolveDmarc,
  type DomainEvidence,
  type Gathered,
} from "../../src/core/domainFindings.js";
import { de } from "../../src/core/i18n/de.js";
import { deDomain } from "../../src/core/i18n/de/domain.js";
import { loadLanguage } from "../../src/core/language.js";
import type { Finding, Severity } from "../../src/core/types.js";

const ok = <T>(value: T): Gathered<T> => ({ value, failure: null });
const failed = <T>(value: T, name: string): Gathered<T> => ({
  value,
  failure: `DNS lookup of ${name} failed (servfail)`,
});

/** A well-run domain: every check passes. */
function goodEvidence(overrides: Partial<DomainEvidence> = {}): DomainEvidence {
  return {
    domain: "example.com",
    notFound: false,
    mx: ok([
      { exchange: "mx2.example.com", priority: 20 },
      { exchange: "mx1.example.com", priority: 10 },
    ]),
    hasAddress: true,
    txt: ok(["google-site-verification=abc", "v=spf1 include:_spf.example.net -all"]),
    spfLookups: { count: 3, complete: true, errors: [], unchecked: [] },
    dmarcOwn: ok(["v=DMARC1; p=reject; rua=mailto:dmarc@example.com"]),
    dmarcOrg: null,
    mtaStsTxt: ok(["v=STSv1; id=20240101T000000"]),
    mtaStsPolicy: {
      text: "version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmx: *.example.com\r\nmax_age: 604800\r\n",
      error: null,
    },
    tlsRptTxt: ok(["v=TLSRPTv1; rua=mailto:tlsrpt@example.com"]),
    srvSubmission: ok([]),
    srvSubmissions: ok([]),
    dane: [
      { mx: "mx1.example.com", tlsa: true, failure: null },
      { mx: "mx2.example.com", tlsa: true, failure: null },
    ],
    ...overrides,
  };
}

function ids(findings: Finding[]): string[] {
  return findings.map((f) => f.id);
}

function find(evidence: DomainEvidence, id: string): Finding | undefined {
  return domainFindings(evidence).find((f) => f.id === id);
}

describe("domainFindings on a well-run domain", () => {
  it("gives only passes", () => {
    const findings = domainFindings(goodEvidence());
    expect(ids(findings)).toEqual([
      "mx-ok",
      "spf-ok",
      "dmarc-ok",
      "mta-sts-ok",
      "tls-rpt-ok",
      "dane-present",
    ]);
    expect(findings.every((f) => f.severity === "pass")).toBe(true);
    expect(findings.every((f) => f.fix === undefined && f.title.length > 0 && f.detail.length > 0)).toBe(
      true,
    );
  });
});

// Each case turns one finding on; the well-run domain above has none of them,
// which is the other way round.
const CASES: Array<{ id: string; severity: Severity; evidence: Partial<DomainEvidence>; absent?: string[] }> =
  [
    {
      id: "mx-lookup-failed",
      severity: "warn",
      evidence: { mx: failed([], "example.com"), dane: [] },
      absent: ["mx-missing", "mx-ok"],
    },
    {
      id: "mx-missing",
      severity: "fail",
      evidence: { mx: ok([]), hasAddress: false, dane: [] },
      absent: ["mx-ok"],
    },
    { id: "mx-missing", severity: "warn", evidence: { mx: ok([]), hasAddress: true, dane: [] } },
    {
      id: "mx-null",
      severity: "info",
      evidence: { mx: ok([{ exchange: "", priority: 0 }]), dane: [] },
      absent: ["mx-missing", "mx-ok"],
    },
    {
      id: "spf-lookup-failed",
      severity: "warn",
      evidence: { txt: failed([], "example.com"), spfLookups: null },
      absent: ["spf-missing"],
    },
    {
      id: "spf-missing",
      severity: "fail",
      evidence: { txt: ok(["v=spf10 -all", "other"]), spfLookups: null },
      absent: ["spf-ok"],
    },
    {
      id: "spf-missing",
      severity: "warn",
      evidence: { mx: ok([{ exchange: ".", priority: 0 }]), txt: ok([]), spfLookups: null, dane: [] },
    },
    {
      id: "spf-multiple",
      severity: "fail",
      evidence: { txt: ok(["v=spf1 -all", "v=spf1 include:_spf.example.net -all"]), spfLookups: null },
      absent: ["spf-ok", "spf-missing"],
    },
    {
      id: "spf-invalid",
      severity: "fail",
      evidence: { txt: ok(["v=spf1 ip4:192.0.2.1 allow:all -all"]) },
      absent: ["spf-ok"],
    },
    { id: "spf-permissive", severity: "fail", evidence: { txt: ok(["v=spf1 +all"]) }, absent: ["spf-ok"] },
    {
      id: "spf-permissive",
      severity: "fail",
      evidence: { txt: ok(["v=spf1 ip4:192.0.2.0/24 all"]) },
      absent: ["spf-ok"],
    },
    { id: "spf-permissive", severity: "warn", evidence: { txt: ok(["v=spf1 mx ?all"]) }, absent: ["spf-ok"] },
    { id: "spf-permissive", severity: "warn", evidence: { txt: ok(["v=spf1 mx"]) }, absent: ["spf-ok"] },
    {
      id: "spf-too-many-lookups",
      severity: "fail",
      evidence: { spfLookups: { count: 11, complete: true, errors: [], unchecked: [] } },
      absent: ["spf-ok"],
    },
    {
      id: "spf-include-invalid",
      severity: "fail",
      evidence: {
        spfLookups: {
          count: 2,
          complete: true,
          errors: ["include:_spf.example.net has no SPF record"],
          unchecked: [],
        },
      },
      absent: ["spf-ok"],
    },
    {
      id: "spf-include-unchecked",
      severity: "info",
      evidence: {
        spfLookups: {
          count: 2,
          complete: false,
          errors: [],
          unchecked: ["include:%{i}._spf.example.net uses macros"],
        },
      },
    },
    {
      id: "dmarc-lookup-failed",
      severity: "warn",
      evidence: { dmarcOwn: failed([], "_dmarc.example.com") },
      absent: ["dmarc-missing", "dmarc-ok"],
    },
    {
      id: "dmarc-missing",
      severity: "warn",
      evidence: { dmarcOwn: ok(["v=spf1 -all"]) },
      absent: ["dmarc-ok"],
    },
    {
      id: "dmarc-missing",
      severity: "warn",
      evidence: { domain: "mail.example.com", dmarcOwn: ok([]), dmarcOrg: ok([]) },
    },
    {
      id: "dmarc-invalid",
      severity: "warn",
      evidence: { dmarcOwn: ok(["v=DMARC1; p=reject", "v=DMARC1; p=none"]) },
      absent: ["dmarc-missing", "dmarc-ok"],
    },
    {
      id: "dmarc-invalid",
      severity: "warn",
      evidence: { dmarcOwn: ok(["v=DMARC1; p=block"]) },
      absent: ["dmarc-ok"],
    },
    {
      id: "dmarc-none",
      severity: "warn",
      evidence: { dmarcOwn: ok(["v=DMARC1; p=none; rua=mailto:d@example.com"]) },
      absent: ["dmarc-ok"],
    },
    {
      id: "dmarc-none",
      severity: "warn",
      evidence: {
        domain: "shop.example.com",
        dmarcOwn: ok([]),
        dmarcOrg: ok(["v=DMARC1; p=reject; sp=none"]),
      },
      absent: ["dmarc-ok", "dmarc-missing"],
    },
    { id: "dmarc-partial", severity: "info", evidence: { dmarcOwn: ok(["v=DMARC1; p=quarantine; pct=25"]) } },
    {
      id: "mta-sts-lookup-failed",
      severity: "warn",
      evidence: { mtaStsTxt: failed([], "_mta-sts.example.com"), mtaStsPolicy: null },
      absent: ["mta-sts-missing"],
    },
    {
      id: "mta-sts-missing",
      severity: "info",
      evidence: { mtaStsTxt: ok(["v=spf1 -all"]), mtaStsPolicy: null },
      absent: ["mta-sts-ok"],
    },
    {
      id: "mta-sts-invalid",
      severity: "warn",
      evidence: { mtaStsPolicy: { text: null, error: "policy file: served as text/html" } },
      absent: ["mta-sts-ok", "mta-sts-missing"],
    },
    {
      id: "mta-sts-invalid",
      severity: "warn",
      evidence: {
        mtaStsPolicy: {
          text: "version: STSv1\nmode: strict\nmx: mx1.example.com\nmax_age: 86400\n",
          error: null,
        },
      },
      absent: ["mta-sts-ok"],
    },
    { id: "mta-sts-invalid", severity: "warn", evidence: { mtaStsTxt: ok(["v=STSv1; id=not valid!"]) } },
    {
      id: "mta-sts-invalid",
      severity: "warn",
      evidence: { mtaStsTxt: ok(["v=STSv1; id=1", "v=STSv1; id=2"]) },
    },
    {
      id: "mta-sts-mx-mismatch",
      severity: "fail",
      evidence: {
        mtaStsPolicy: {
          text: "version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 86400\n",
          error: null,
        },
      },
    },
    {
      id: "mta-sts-mx-mismatch",
      severity: "warn",
      evidence: {
        mtaStsPolicy: {
          text: "version: STSv1\nmode: testing\nmx: *.example.net\nmax_age: 86400\n",
          error: null,
        },
      },
    },
    {
      id: "mta-sts-testing",
      severity: "info",
      evidence: {
        mtaStsPolicy: {
          text: "version: STSv1\nmode: testing\nmx: *.example.com\nmax_age: 86400\n",
          error: null,
        },
      },
      absent: ["mta-sts-ok", "mta-sts-mx-mismatch"],
    },
    {
      id: "tls-rpt-lookup-failed",
      severity: "warn",
      evidence: { tlsRptTxt: failed([], "_smtp._tls.example.com") },
      absent: ["tls-rpt-missing"],
    },
    { id: "tls-rpt-missing", severity: "info", evidence: { tlsRptTxt: ok([]) }, absent: ["tls-rpt-ok"] },
    {
      id: "tls-rpt-invalid",
      severity: "warn",
      evidence: { tlsRptTxt: ok(["v=TLSRPTv1; rua=ftp://example.com"]) },
      absent: ["tls-rpt-ok"],
    },
    {
      id: "tls-rpt-invalid",
      severity: "warn",
      evidence: {
        tlsRptTxt: ok(["v=TLSRPTv1; rua=mailto:a@example.com", "v=TLSRPTv1; rua=mailto:b@example.com"]),
      },
      absent: ["tls-rpt-ok"],
    },
    {
      id: "srv-lookup-failed",
      severity: "warn",
      evidence: { srvSubmissions: failed([], "_submissions._tcp.example.com") },
    },
    {
      id: "srv-published",
      severity: "info",
      evidence: { srvSubmissions: ok([{ name: "smtp.example.com", port: 465, priority: 0, weight: 1 }]) },
    },
    {
      id: "dane-lookup-failed",
      severity: "warn",
      evidence: {
        dane: [
          {
            mx: "mx1.example.com",
            tlsa: null,
            failure: "DNS lookup of _25._tcp.mx1.example.com failed (timeout)",
          },
        ],
      },
      absent: ["dane-missing", "dane-present"],
    },
    {
      id: "dane-partial",
      severity: "warn",
      evidence: {
        dane: [
          { mx: "mx1.example.com", tlsa: true, failure: null },
          { mx: "mx2.example.com", tlsa: false, failure: null },
        ],
      },
      absent: ["dane-present", "dane-missing"],
    },
    {
      id: "dane-missing",
      severity: "info",
      evidence: { dane: [{ mx: "mx1.example.com", tlsa: false, failure: null }] },
      absent: ["dane-present"],
    },
  ];

describe("each domain finding, both ways", () => {
  const good = ids(domainFindings(goodEvidence()));

  it.each(CASES.map((c) => [c.id, c.severity, c] as const))(
    "%s (%s) applies to its case only",
    (id, severity, c) => {
      const finding = find(goodEvidence(c.evidence), id);
      expect(finding).toBeDefined();
      expect(finding?.severity).toBe(severity);
      expect(finding?.detail.length).toBeGreaterThan(10);
      if (severity !== "pass") expect(typeof (finding?.fix ?? "")).toBe("string");
      expect(good).not.toContain(id);
      for (const other of c.absent ?? [])
        expect(ids(domainFindings(goodEvidence(c.evidence)))).not.toContain(other);
    },
  );

  it("domain-not-found replaces every other finding", () => {
    const findings = domainFindings(goodEvidence({ notFound: true }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: "domain-not-found", severity: "fail" });
    expect(good).not.toContain("domain-not-found");
  });

  it("covers every finding id the module can produce", () => {
    const covered = new Set([...CASES.map((c) => c.id), ...good, "domain-not-found", "srv-published"]);
    expect(DOMAIN_FINDING_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it("uses the contract's finding ids", () => {
    for (const id of [
      "mx-missing",
      "spf-missing",
      "spf-permissive",
      "spf-multiple",
      "dmarc-missing",
      "dmarc-none",
      "mta-sts-missing",
      "tls-rpt-missing",
    ]) {
      expect(DOMAIN_FINDING_IDS).toContain(id);
    }
  });

  it("says SRV target '.' means not offered", () => {
    const finding = find(
      goodEvidence({ srvSubmission: ok([{ name: "", port: 0, priority: 0, weight: 0 }]) }),
      "srv-published",
    );
    expect(finding?.detail).toMatch(/_submission\._tcp \(STARTTLS\): not offered/);
  });
});

describe("SPF parsing", () => {
  it("recognises only v=spf1 records", () => {
    expect(isSpfRecord("v=spf1 -all")).toBe(true);
    expect(isSpfRecord("V=SPF1 mx -all")).toBe(true);
    expect(isSpfRecord("v=spf1")).toBe(true);
    expect(isSpfRecord("v=spf10 -all")).toBe(false);
    expect(isSpfRecord("spf2.0/pra -all")).toBe(false);
  });

  it("counts the DNS-querying terms of RFC 7208 4.6.4 and no others", () => {
    const spf = parseSpf(
      "v=spf1 a mx:mail.example.com/24 ptr exists:%{i}.x.example include:_spf.google.com ip4:192.0.2.0/24 ip6:2001:db8::/32 redirect=_spf.example.net exp=explain.example.com -all",
    );
    expect(spf.lookupTerms).toBe(6);
    expect(spf.includes).toEqual(["_spf.google.com"]);
    expect(spf.redirect).toBe("_spf.example.net");
    expect(spf.all).toBe("-all");
    expect(spf.problems).toEqual([]);
  });

  it("reads the qualifier of all, the first one winning", () => {
    expect(parseSpf("v=spf1 ~all").all).toBe("~all");
    expect(parseSpf("v=spf1 all").all).toBe("+all");
    expect(parseSpf("v=spf1 ?all -all").all).toBe("?all");
    expect(parseSpf("v=spf1 mx").all).toBeNull();
  });

  it("reports unknown mechanisms and an include without domain", () => {
    expect(parseSpf("v=spf1 include -all").problems.map(problemInEnglish)).toEqual([
      '"include" has no domain',
    ]);
    expect(parseSpf("v=spf1 a:b:c ipv4:1.2.3.4 -all").problems.map(problemInEnglish)).toEqual([
      'unknown term "ipv4:1.2.3.4"',
    ]);
  });
});

describe("DMARC parsing and the organisational domain", () => {
  it("recognises records by their first tag", () => {
    expect(isDmarcRecord("v=DMARC1; p=none")).toBe(true);
    expect(isDmarcRecord("v = DMARC1 ; p=none")).toBe(true);
    expect(isDmarcRecord("p=none; v=DMARC1")).toBe(false);
  });

  it("reads p, sp, pct and rua", () => {
    expect(
      parseDmarc("v=DMARC1; p=Quarantine; sp=reject; pct=50; rua=mailto:a@example.com, mailto:b@example.net"),
    ).toEqual({
      record: "v=DMARC1; p=Quarantine; sp=reject; pct=50; rua=mailto:a@example.com, mailto:b@example.net",
      policy: "quarantine",
      subdomainPolicy: "reject",
      pct: 50,
      rua: ["mailto:a@example.com", "mailto:b@example.net"],
      problems: [],
    });
    expect(parseDmarc("v=DMARC1; rua=mailto:a@example.com").problems.map(problemInEnglish)).toEqual([
      "the p= tag (policy) is missing",
    ]);
    expect(parseDmarc("v=DMARC1; p=none; pct=150").problems.map(problemInEnglish)).toEqual([
      "pct=150 is not a number from 0 to 100",
    ]);
  });

  it("approximates the organisational domain, with common two-level suffixes", () => {
    expect(organisationalDomain("example.com")).toBe("example.com");
    expect(organisationalDomain("a.b.example.com")).toBe("example.com");
    expect(organisationalDomain("mail.example.co.uk")).toBe("example.co.uk");
    expect(organisationalDomain("example.co.uk")).toBe("example.co.uk");
    expect(organisationalDomain("shop.example.com.au")).toBe("example.com.au");
    expect(organisationalDomain("x.example.co.jp.")).toBe("example.co.jp");
  });

  it("inherits the organisational domain's sp= (or p=) when the subdomain has no record", () => {
    const inherited = resolveDmarc("mail.example.co.uk", [], ["v=DMARC1; p=reject; sp=quarantine"]);
    expect(inherited).toMatchObject({
      policy: "quarantine",
      inheritedFrom: "example.co.uk",
      multiple: false,
    });
    expect(resolveDmarc("mail.example.com", [], ["v=DMARC1; p=reject"]).policy).toBe("reject");
  });

  it("prefers the domain's own record and never inherits for the organisational domain itself", () => {
    expect(resolveDmarc("mail.example.com", ["v=DMARC1; p=none"], ["v=DMARC1; p=reject"])).toMatchObject({
      policy: "none",
      inheritedFrom: null,
    });
    expect(resolveDmarc("example.com", [], ["v=DMARC1; p=reject"])).toMatchObject({
      record: null,
      policy: null,
    });
  });

  it("applies no policy when several records are published (RFC 7489 6.6.3)", () => {
    expect(resolveDmarc("example.com", ["v=DMARC1; p=reject", "v=DMARC1; p=none"], null)).toMatchObject({
      record: null,
      multiple: true,
    });
  });
});

describe("MTA-STS and TLS-RPT parsing", () => {
  it("parses a policy file with CRLF or LF line ends", () => {
    expect(
      parseMtaStsPolicy(
        "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.Example.net\r\nmax_age: 86400\r\n",
      ),
    ).toEqual({
      policy: { mode: "enforce", maxAge: 86400, mx: ["mail.example.com", "*.example.net"] },
      problems: [],
    });
    expect(parseMtaStsPolicy("version: STSv1\nmode: none\nmax_age: 0\n").policy).toEqual({
      mode: "none",
      maxAge: 0,
      mx: [],
    });
  });

  it("refuses an invalid policy and says why", () => {
    expect(parseMtaStsPolicy("<html>hello</html>").problems.map(problemInEnglish)).toEqual([
      '"version: STSv1" is missing',
      'mode "" is not enforce, testing or none',
      "max_age is missing",
      "no mx: lines",
    ]);
    expect(
      parseMtaStsPolicy("version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 99999999\n").problems.map(
        problemInEnglish,
      ),
    ).toEqual(['max_age "99999999" is not a number of seconds up to 31557600']);
  });

  it("matches mx patterns as RFC 8461 4.1 says", () => {
    expect(mtaStsPatternMatches("mail.example.com", "MAIL.example.com.")).toBe(true);
    expect(mtaStsPatternMatches("*.example.com", "mx1.example.com")).toBe(true);
    expect(mtaStsPatternMatches("*.example.com", "a.mx1.example.com")).toBe(false);
    expect(mtaStsPatternMatches("*.example.com", "example.com")).toBe(false);
  });

  it("reads the record id and the TLS-RPT addresses", () => {
    expect(parseMtaStsRecord("v=STSv1; id=20240101T000000;").id).toBe("20240101T000000");
    expect(parseMtaStsRecord("v=STSv1;").id).toBeNull();
    expect(parseTlsRpt("v=TLSRPTv1; rua=mailto:tls@example.com,https://report.example.com/tls").rua).toEqual([
      "mailto:tls@example.com",
      "https://report.example.com/tls",
    ]);
  });
});

describe("buildDomainReport", () => {
  it("summarises the records in the contract shape", () => {
    const report = buildDomainReport(goodEvidence());
    expect(report).toMatchObject({
      domain: "example.com",
      mx: [
        { exchange: "mx1.example.com", priority: 10 },
        { exchange: "mx2.example.com", priority: 20 },
      ],
      spf: { record: "v=spf1 include:_spf.example.net -all", lookups: 3, all: "-all" },
      dmarc: {
        record: "v=DMARC1; p=reject; rua=mailto:dmarc@example.com",
        policy: "reject",
        inheritedFrom: null,
      },
      mtaSts: {
        record: "v=STSv1; id=20240101T000000",
        policy: { mode: "enforce", maxAge: 604800 },
        policyError: null,
      },
      tlsRpt: { record: "v=TLSRPTv1; rua=mailto:tlsrpt@example.com", rua: ["mailto:tlsrpt@example.com"] },
      srv: { submission: [], submissions: [] },
      dane: [
        { mx: "mx1.example.com", tlsa: true },
        { mx: "mx2.example.com", tlsa: true },
      ],
    });
  });

  it("reports the inherited DMARC policy and where it came from", () => {
    const report = buildDomainReport(
      goodEvidence({
        domain: "news.example.com",
        dmarcOwn: ok([]),
        dmarcOrg: ok(["v=DMARC1; p=reject; sp=quarantine"]),
      }),
    );
    expect(report.dmarc).toMatchObject({
      policy: "quarantine",
      inheritedFrom: "example.com",
      record: "v=DMARC1; p=reject; sp=quarantine",
    });
  });
});

describe("German", () => {
  beforeAll(() => loadLanguage("de"));

  // The rules word their texts inline, next to the condition they describe,
  // so the English is read from the module's source: every text("domain.…", …) call.
  function englishById(): Map<string, string> {
    const source = readFileSync(join(process.cwd(), "src/core/domainFindings.ts"), "utf8");
    const byId = new Map<string, string>();
    for (const match of source.matchAll(/text\(\s*"(domain\.[^"]+)",\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/g)) {
      const id = match[1] ?? "";
      expect(byId.has(id)).toBe(false);
      byId.set(id, match[2] ?? match[3] ?? "");
    }
    return byId;
  }
  const placeholders = (wording: string): string[] =>
    [...wording.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

  it("every domain text has German, none empty, with the same placeholders, and no orphans", () => {
    const english = englishById();
    expect(english.size).toBeGreaterThan(100);
    for (const [id, wording] of english) {
      const german = deDomain[id];
      expect([id, german?.trim() ? "translated" : "missing"]).toEqual([id, "translated"]);
      expect([id, placeholders(german ?? "")]).toEqual([id, placeholders(wording)]);
    }
    expect(Object.keys(deDomain).filter((id) => !english.has(id))).toEqual([]);
    for (const id of Object.keys(deDomain)) expect(de[id]).toBe(deDomain[id]);
  });

  it("a German report has the same ids and severities, German words, and the records quoted as they are", () => {
    const evidence = goodEvidence({
      txt: ok(["v=spf1 +all"]),
      dmarcOwn: ok(["v=DMARC1; p=none"]),
    });
    const english = buildDomainReport(evidence);
    const german = buildDomainReport(evidence, "de");
    expect(german.findings.map((f) => [f.id, f.severity])).toEqual(
      english.findings.map((f) => [f.id, f.severity]),
    );
    const byId = (report: typeof german, id: string): Finding | undefined =>
      report.findings.find((f) => f.id === id);
    expect(byId(german, "mx-ok")?.title).toBe("MX-Einträge gefunden");
    expect(byId(german, "spf-permissive")?.title).toBe("Der SPF-Eintrag erlaubt jeden Server");
    expect(byId(german, "spf-permissive")?.detail).toBe(
      "„v=spf1 +all“ endet auf +all: Jeder Server im Internet darf als example.com senden.",
    );
    expect(byId(german, "dmarc-none")?.fix).toMatch(/^Sobald die Berichte zeigen/);
    for (const finding of german.findings) {
      const twin = byId(english, finding.id);
      expect([finding.id, finding.title]).not.toEqual([finding.id, twin?.title]);
    }
    // A failed lookup named by the net layer is worded in German too; response codes stay.
    const failedLookups = buildDomainReport(
      goodEvidence({
        txt: {
          value: [],
          failure: "DNS lookup of example.com failed (timeout)",
          failedLookup: { name: "example.com", kind: "timeout" },
        },
        tlsRptTxt: {
          value: [],
          failure: "DNS lookup of _smtp._tls.example.com failed (servfail)",
          failedLookup: { name: "_smtp._tls.example.com", kind: "servfail" },
        },
      }),
      "de",
    );
    expect(byId(failedLookups, "spf-lookup-failed")?.detail).toBe(
      "DNS-Abfrage von example.com fehlgeschlagen (Zeitüberschreitung). SPF ließ sich nicht prüfen.",
    );
    expect(byId(failedLookups, "tls-rpt-lookup-failed")?.detail).toBe(
      "DNS-Abfrage von _smtp._tls.example.com fehlgeschlagen (SERVFAIL). TLS-Berichte ließen sich nicht prüfen.",
    );
    // English stays the default.
    expect(byId(english, "mx-ok")?.title).toBe("MX records found");
    expect(domainFindings({ ...evidence, notFound: true }, "de")[0]?.title).toBe(
      "Die Domain existiert nicht",
    );
  });
});
