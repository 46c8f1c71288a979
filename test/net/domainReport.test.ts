// The domain report against a real local DNS server (dns2, with TLSA) and a
// local HTTPS server serving MTA-STS policies under our own test CA.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { InputError } from "../../src/core/errors.js";
import { loadLanguage } from "../../src/core/language.js";
import type { DomainReport } from "../../src/core/types.js";
import { createMailDns } from "../../src/net/dnsResolver.js";
import { createDomainChecker, type DomainCheckerDeps } from "../../src/net/domainReport.js";
import type { RuntimeConfig } from "../../src/net/runtimeConfig.js";
import { createTargetPolicy } from "../../src/net/targetPolicy.js";
import { startDnsPeer, type DnsPeer, type DnsPeerRecords } from "../peers/dnsPeer.js";
import { createTestCa, startHttpsPeer, type HttpsPeer } from "../peers/httpsPeer.js";

const LOCAL = { A: ["127.0.0.1"] };
const TLSA = { TLSA: [{ usage: 3, selector: 1, matchingType: 1, data: "aa".repeat(32) }] };

const ZONE: DnsPeerRecords = {
  "good.test": {
    MX: [
      { exchange: "mx2.good.test", priority: 20 },
      { exchange: "mx1.good.test", priority: 10 },
    ],
    TXT: ["v=spf1 include:_spf.good.test -all", "site-verification=123"],
  },
  "_spf.good.test": { TXT: ["v=spf1 ip4:192.0.2.0/24 include:_spf2.good.test -all"] },
  "_spf2.good.test": { TXT: ["v=spf1 a -all"] },
  "_dmarc.good.test": { TXT: ["v=DMARC1; p=reject; rua=mailto:dmarc@good.test"] },
  "_mta-sts.good.test": { TXT: ["v=STSv1; id=20240101"] },
  "mta-sts.good.test": LOCAL,
  "_smtp._tls.good.test": { TXT: ["v=TLSRPTv1; rua=mailto:tls@good.test"] },
  "_submissions._tcp.good.test": { SRV: [{ target: "smtp.good.test", port: 465 }] },
  "_25._tcp.mx1.good.test": TLSA,
  "_25._tcp.mx2.good.test": TLSA,

  // No MX (but an address), two SPF records, no DMARC, MTA-STS or TLS-RPT.
  "bad.test": { A: ["192.0.2.1"], TXT: ["v=spf1 +all", "v=spf1 -all"] },
  // Nothing at all: no MX, no address.
  "bare.test": { TXT: ["hello"] },
  "loose.test": { MX: [{ exchange: "mx.loose.test", priority: 10 }], TXT: ["v=spf1 mx ?all"] },
  "_dmarc.loose.test": { TXT: ["v=DMARC1; p=none"] },
  "_25._tcp.mx.loose.test": TLSA,
  "plusall.test": { MX: [{ exchange: "mx.plusall.test", priority: 10 }], TXT: ["v=spf1 a +all"] },

  // 12 DNS-querying terms through nested includes.
  "many.test": {
    MX: [{ exchange: "mx.many.test", priority: 10 }],
    TXT: ["v=spf1 include:a.many.test include:b.many.test -all"],
  },
  "a.many.test": { TXT: ["v=spf1 a mx ptr exists:x.many.test include:c.many.test -all"] },
  "b.many.test": { TXT: ["v=spf1 a mx include:c.many.test -all"] },
  "c.many.test": { TXT: ["v=spf1 a -all"] },
  // An include without SPF record, and one that loops.
  "brokeninc.test": {
    MX: [{ exchange: "mx.brokeninc.test", priority: 10 }],
    TXT: ["v=spf1 include:nospf.brokeninc.test include:loop.brokeninc.test -all"],
  },
  "nospf.brokeninc.test": { TXT: ["just text"] },
  "loop.brokeninc.test": { TXT: ["v=spf1 include:brokeninc.test -all"] },

  // DMARC inherited from the organisational domain.
  "mail.inherit.test": { MX: [{ exchange: "mx.inherit.test", priority: 10 }], TXT: ["v=spf1 -all"] },
  "_dmarc.inherit.test": { TXT: ["v=DMARC1; p=reject; sp=quarantine; pct=50"] },

  // TLSA on one MX host of two.
  "partial.test": {
    MX: [
      { exchange: "mx1.partial.test", priority: 10 },
      { exchange: "mx2.partial.test", priority: 20 },
    ],
  },
  "_25._tcp.mx1.partial.test": TLSA,

  // RFC 7505 null MX.
  "nullmx.test": { MX: [{ exchange: ".", priority: 0 }], TXT: ["v=spf1 -all"] },

  // MTA-STS problems: policy served as HTML; policy not covering the MX.
  "stshtml.test": { MX: [{ exchange: "mx.stshtml.test", priority: 10 }] },
  "_mta-sts.stshtml.test": { TXT: ["v=STSv1; id=1"] },
  "mta-sts.stshtml.test": LOCAL,
  "stsmismatch.test": { MX: [{ exchange: "mx.stsmismatch.test", priority: 10 }] },
  "_mta-sts.stsmismatch.test": { TXT: ["v=STSv1; id=1"] },
  "mta-sts.stsmismatch.test": LOCAL,

  // DNS failing for every name of the domain.
  "servfail.test": { servfail: true },
  "_dmarc.servfail.test": { servfail: true },
  "_mta-sts.servfail.test": { servfail: true },
  "_smtp._tls.servfail.test": { servfail: true },
  "_submission._tcp.servfail.test": { servfail: true },
  "_submissions._tcp.servfail.test": { servfail: true },

  // An internationalised domain (bücher.test).
  "xn--bcher-kva.test": {
    MX: [{ exchange: "mx.xn--bcher-kva.test", priority: 10 }],
    TXT: ["v=spf1 mx -all"],
  },
};

function ids(report: DomainReport): string[] {
  return report.findings.map((f) => f.id);
}

function severityOf(report: DomainReport, id: string): string | undefined {
  return report.findings.find((f) => f.id === id)?.severity;
}

describe("domain report against local peers", () => {
  let dnsPeer: DnsPeer;
  let https: HttpsPeer;
  let deps: DomainCheckerDeps;

  beforeAll(async () => {
    const ca = createTestCa();
    dnsPeer = await startDnsPeer(ZONE);
    https = await startHttpsPeer({
      ca,
      names: ["mta-sts.good.test", "mta-sts.stshtml.test", "mta-sts.stsmismatch.test"],
      routes: {
        "mta-sts.good.test/.well-known/mta-sts.txt": {
          contentType: "text/plain",
          body: "version: STSv1\r\nmode: enforce\r\nmx: *.good.test\r\nmax_age: 604800\r\n",
        },
        "mta-sts.stshtml.test/.well-known/mta-sts.txt": {
          contentType: "text/html",
          body: "<html>nope</html>",
        },
        "mta-sts.stsmismatch.test/.well-known/mta-sts.txt": {
          contentType: "text/plain; charset=utf-8",
          body: "version: STSv1\nmode: enforce\nmx: mail.elsewhere.test\nmax_age: 86400\n",
        },
      },
    });
    const config: RuntimeConfig = {
      dnsServers: [dnsPeer.server],
      allowPrivate: true,
      probePorts: [587],
      extraCaPath: null,
      ispdbUrl: "https://127.0.0.1:1/",
      allowHttpAutoconfig: false,
      autoconfigBaseUrl: null,
    };
    deps = {
      dns: createMailDns([dnsPeer.server], 3000),
      policy: createTargetPolicy(config),
      config,
      trustedCas: [ca.certPem],
      httpsPort: https.port,
      now: () => new Date("2026-11-20T10:00:00.000Z"),
    };
  }, 30_000);

  afterAll(async () => {
    await Promise.all([dnsPeer.close(), https.close()]);
  });

  const check = (domain: string) => createDomainChecker(deps).check(domain);

  it("a well-run domain: every record found, only passes", async () => {
    const report = await check("Good.Test");
    expect(report).toMatchObject({
      domain: "good.test",
      mx: [
        { exchange: "mx1.good.test", priority: 10 },
        { exchange: "mx2.good.test", priority: 20 },
      ],
      spf: { record: "v=spf1 include:_spf.good.test -all", lookups: 3, all: "-all" },
      dmarc: {
        record: "v=DMARC1; p=reject; rua=mailto:dmarc@good.test",
        policy: "reject",
        rua: ["mailto:dmarc@good.test"],
      },
      mtaSts: {
        record: "v=STSv1; id=20240101",
        policy: { mode: "enforce", maxAge: 604800, mx: ["*.good.test"] },
        policyError: null,
      },
      tlsRpt: { record: "v=TLSRPTv1; rua=mailto:tls@good.test" },
      srv: { submissions: [{ name: "smtp.good.test", port: 465 }], submission: [] },
      dane: [
        { mx: "mx1.good.test", tlsa: true },
        { mx: "mx2.good.test", tlsa: true },
      ],
      checkedAt: "2026-11-20T10:00:00.000Z",
    });
    expect(ids(report)).toEqual([
      "mx-ok",
      "spf-ok",
      "dmarc-ok",
      "mta-sts-ok",
      "tls-rpt-ok",
      "srv-published",
      "dane-present",
    ]);
    expect(https.requests).toContain("mta-sts.good.test/.well-known/mta-sts.txt");
  });

  it("a neglected domain: the contract's missing/multiple findings", async () => {
    const report = await check("bad.test");
    expect(ids(report)).toEqual([
      "mx-missing",
      "spf-multiple",
      "dmarc-missing",
      "mta-sts-missing",
      "tls-rpt-missing",
    ]);
    expect(severityOf(report, "mx-missing")).toBe("warn"); // it has an address (implicit MX)
    expect(severityOf(report, "spf-multiple")).toBe("fail");
    expect(report.spf.records).toEqual(["v=spf1 +all", "v=spf1 -all"]);
    expect(report.dane).toEqual([]);
  });

  it("no MX and no address: mx-missing fails; no SPF: spf-missing", async () => {
    const report = await check("bare.test");
    expect(severityOf(report, "mx-missing")).toBe("fail");
    expect(severityOf(report, "spf-missing")).toBe("fail");
    expect(report.spf.record).toBeNull();
  });

  it("permissive SPF and a p=none DMARC policy", async () => {
    const loose = await check("loose.test");
    expect(severityOf(loose, "spf-permissive")).toBe("warn");
    expect(severityOf(loose, "dmarc-none")).toBe("warn");
    expect(ids(loose)).not.toContain("dmarc-missing");
    expect(loose.spf.all).toBe("?all");
    expect(severityOf(await check("plusall.test"), "spf-permissive")).toBe("fail");
  });

  it("counts SPF lookups through nested includes", async () => {
    const report = await check("many.test");
    expect(report.spf.lookups).toBeGreaterThan(10);
    expect(severityOf(report, "spf-too-many-lookups")).toBe("fail");
    expect(ids(report)).not.toContain("spf-ok");
  });

  it("reports an include without SPF record and an include loop", async () => {
    const report = await check("brokeninc.test");
    const finding = report.findings.find((f) => f.id === "spf-include-invalid");
    expect(finding?.severity).toBe("fail");
    expect(finding?.detail).toMatch(/include:nospf\.brokeninc\.test has no SPF record/);
    expect(finding?.detail).toMatch(/include:brokeninc\.test loops back to brokeninc\.test/);
  });

  it("inherits DMARC from the organisational domain", async () => {
    const report = await check("mail.inherit.test");
    expect(report.dmarc).toMatchObject({ policy: "quarantine", pct: 50, inheritedFrom: "inherit.test" });
    expect(ids(report)).toEqual(expect.arrayContaining(["dmarc-ok", "dmarc-partial"]));
    expect(ids(report)).not.toContain("dmarc-missing");
    expect(dnsPeer.queries).toContain("_dmarc.inherit.test TXT");
  });

  it("recognises a null MX (RFC 7505)", async () => {
    const report = await check("nullmx.test");
    expect(ids(report)).toContain("mx-null");
    expect(ids(report)).not.toContain("mx-missing");
    expect(report.dane).toEqual([]);
  });

  it("MTA-STS: a policy served as HTML is not usable", async () => {
    const report = await check("stshtml.test");
    expect(report.mtaSts.policyError).toMatch(/served as text\/html, expected text\/plain/);
    expect(severityOf(report, "mta-sts-invalid")).toBe("warn");
    expect(ids(report)).not.toContain("mta-sts-missing");
  });

  it("MTA-STS: an enforced policy that does not cover the MX fails", async () => {
    const report = await check("stsmismatch.test");
    expect(severityOf(report, "mta-sts-mx-mismatch")).toBe("fail");
    expect(report.findings.find((f) => f.id === "mta-sts-mx-mismatch")?.detail).toMatch(
      /mx\.stsmismatch\.test is not matched/,
    );
  });

  it("DANE: TLSA on some MX hosts, none, or all", async () => {
    const partial = await check("partial.test");
    expect(partial.dane).toEqual([
      { mx: "mx1.partial.test", tlsa: true },
      { mx: "mx2.partial.test", tlsa: false },
    ]);
    expect(severityOf(partial, "dane-partial")).toBe("warn");
    expect(ids(partial)).not.toContain("dane-present");
    expect(ids(await check("loose.test"))).toContain("dane-present");
    expect(ids(await check("many.test"))).toContain("dane-missing");
  });

  it("NXDOMAIN: one clear finding", async () => {
    const report = await check("nowhere.test");
    expect(report.findings).toEqual([expect.objectContaining({ id: "domain-not-found", severity: "fail" })]);
    expect(report.mx).toEqual([]);
  });

  it("SERVFAIL: says the DNS failed, never that records are missing", async () => {
    const report = await check("servfail.test");
    expect(ids(report)).toEqual([
      "mx-lookup-failed",
      "spf-lookup-failed",
      "dmarc-lookup-failed",
      "mta-sts-lookup-failed",
      "tls-rpt-lookup-failed",
      "srv-lookup-failed",
    ]);
    expect(report.findings.every((f) => f.severity === "warn" && /servfail/.test(f.detail))).toBe(true);
  });

  it("accepts an internationalised domain and reports its A-label form", async () => {
    const report = await check("bücher.test");
    expect(report.domain).toBe("xn--bcher-kva.test");
    expect(report.mx[0]?.exchange).toBe("mx.xn--bcher-kva.test");
  });

  it("refuses what is not a domain with a one-line InputError", async () => {
    for (const input of ["", "not a domain", "192.0.2.1", "ann@example.com", "localhost", "exa_mple.com"]) {
      await expect(check(input)).rejects.toBeInstanceOf(InputError);
    }
    await expect(createDomainChecker(deps).check(42 as unknown as string)).rejects.toBeInstanceOf(InputError);
  });

  it("caches reports and shares one flight between concurrent checks", async () => {
    const checker = createDomainChecker(deps);
    const before = dnsPeer.queries.length;
    const reports = await Promise.all(
      Array.from({ length: 50 }, (_, i) => checker.check(i % 2 === 0 ? "good.test" : "GOOD.test.")),
    );
    expect(checker.stats()).toEqual({ upstreamLookups: 1, cacheHits: 49 });
    const queries = dnsPeer.queries.length - before;
    expect(dnsPeer.queries.slice(before).filter((q) => q === "good.test MX")).toHaveLength(1);
    await checker.check("good.test");
    expect(dnsPeer.queries.length - before).toBe(queries);
    expect(checker.stats()).toEqual({ upstreamLookups: 1, cacheHits: 50 });
    // Each caller gets its own copy.
    reports[0]?.findings.pop();
    expect((await checker.check("good.test")).findings).toHaveLength(7);
  });

  it("words the findings in German on request, from the same cached lookups", async () => {
    await loadLanguage("de");
    const checker = createDomainChecker(deps);
    const english = await checker.check("stsmismatch.test");
    const german = await checker.check("stsmismatch.test", "de");
    expect(checker.stats()).toEqual({ upstreamLookups: 1, cacheHits: 1 });
    expect(german.findings.map((f) => [f.id, f.severity])).toEqual(
      english.findings.map((f) => [f.id, f.severity]),
    );
    expect(german.checkedAt).toBe(english.checkedAt);
    const mismatch = german.findings.find((f) => f.id === "mta-sts-mx-mismatch");
    expect(mismatch?.title).toBe("Die MTA-STS-Richtlinie deckt nicht jeden MX ab");
    expect(mismatch?.detail).toMatch(/^mx\.stsmismatch\.test passt zu keinem mx-Muster der Richtlinie/);
    expect(english.findings.find((f) => f.id === "mta-sts-mx-mismatch")?.title).toBe(
      "The MTA-STS policy does not cover every MX",
    );
  });
});
