// Discovery against real local peers: a DNS server (dns2), an HTTPS server
// with our own test CA playing autoconfig.<domain>, <domain>/.well-known and
// the ISPDB, and SMTP servers (smtp-server) for guessing.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { InputError } from "../../src/core/errors.js";
import { createMailDns } from "../../src/net/dnsResolver.js";
import type { RuntimeConfig } from "../../src/net/runtimeConfig.js";
import { createSettingsDiscovery, type SettingsDiscoveryDeps } from "../../src/net/settingsDiscovery.js";
import { createTargetPolicy } from "../../src/net/targetPolicy.js";
import { startDnsPeer, type DnsPeer, type DnsPeerRecords } from "../peers/dnsPeer.js";
import {
  clientConfigXml,
  createTestCa,
  startHttpsPeer,
  type HttpsPeer,
  type PeerRoutes,
  type TestCa,
} from "../peers/httpsPeer.js";

const LOCAL = { A: ["127.0.0.1"] };

const smtpConfig = (id: string, host: string, extra: Partial<{ port: number; socketType: string }> = {}) =>
  clientConfigXml({
    id,
    outgoing: [
      {
        hostname: host,
        port: extra.port ?? 465,
        socketType: extra.socketType ?? "SSL",
        authentication: ["password-cleartext"],
      },
    ],
  });

const ZONE: DnsPeerRecords = {
  // autoconfig.<domain> only
  "auto.test": { MX: [{ exchange: "mx.auto.test", priority: 10 }] },
  "autoconfig.auto.test": LOCAL,
  // https://<domain>/.well-known only
  "wk.test": LOCAL,
  // ISPDB only
  "isp.test": {},
  // SRV only
  "srv.test": {},
  "_submissions._tcp.srv.test": { SRV: [{ target: "smtp.srv.test", port: 465 }] },
  "_submission._tcp.srv.test": { SRV: [{ target: "smtp.srv.test", port: 587 }] },
  // SRV "." : explicitly not offered
  "nosrv.test": {},
  "_submissions._tcp.nosrv.test": { SRV: [{ target: ".", port: 0 }] },
  "_submission._tcp.nosrv.test": { SRV: [{ target: ".", port: 0 }] },
  // SRV pointing outside the domain
  "srvout.test": {},
  "_submission._tcp.srvout.test": { SRV: [{ target: "smtp.elsewhere.test", port: 587 }] },
  // Custom domains on Microsoft 365 and Google Workspace, by MX
  "contoso.test": { MX: [{ exchange: "contoso-test.mail.protection.outlook.com", priority: 0 }] },
  "fabrikam.test": {
    MX: [
      { exchange: "alt1.aspmx.l.google.com", priority: 5 },
      { exchange: "aspmx.l.google.com", priority: 1 },
    ],
  },
  // ISPDB entry of the MX's base domain
  "hosted.test": { MX: [{ exchange: "mx01.mail.hoster.test", priority: 10 }] },
  // Guessing: smtp.guess.test has a valid certificate, mail.guess.test does not
  "guess.test": {},
  "smtp.guess.test": LOCAL,
  "mail.guess.test": LOCAL,
  // Precedence: every source answers
  "multi.test": { MX: [{ exchange: "multi-test.mail.protection.outlook.com", priority: 0 }] },
  "autoconfig.multi.test": LOCAL,
  "_submissions._tcp.multi.test": { SRV: [{ target: "submit.multi.test", port: 465 }] },
  "ispsrv.test": {},
  "_submission._tcp.ispsrv.test": { SRV: [{ target: "smtp.ispsrv.test", port: 587 }] },
  "srvmx.test": { MX: [{ exchange: "srvmx-test.mail.protection.outlook.com", priority: 0 }] },
  "_submissions._tcp.srvmx.test": { SRV: [{ target: "smtp.srvmx.test", port: 465 }] },
  "mxguess.test": { MX: [{ exchange: "mxguess-test.mail.protection.outlook.com", priority: 0 }] },
  "smtp.mxguess.test": LOCAL,
  // Failures
  "broken.test": { servfail: true },
  "autoconfig.broken.test": { servfail: true },
};

describe("settings discovery against local peers", () => {
  let ca: TestCa;
  let dnsPeer: DnsPeer;
  let https: HttpsPeer;
  let smtpTls: SMTPServer;
  let smtpStarttls: SMTPServer;
  let tlsPort: number;
  let starttlsPort: number;
  let baseDeps: SettingsDiscoveryDeps;

  const routes = (): PeerRoutes => ({
    "autoconfig.auto.test/mail/config-v1.1.xml": { body: smtpConfig("auto.test", "smtp.auto.test") },
    "wk.test/.well-known/autoconfig/mail/config-v1.1.xml": {
      body: smtpConfig("wk.test", "mail.wk.test", { port: 587, socketType: "STARTTLS" }),
    },
    "127.0.0.1/v1.1/isp.test": {
      contentType: "application/xml",
      body: smtpConfig("isp.test", "smtp.isp.test"),
    },
    "127.0.0.1/v1.1/hoster.test": { body: smtpConfig("hoster.test", "smtp.hoster.test") },
    // Arrives after SRV and ISPDB have answered, so both are there to become alternatives.
    "autoconfig.multi.test/mail/config-v1.1.xml": {
      delayMs: 300,
      body: smtpConfig("multi.test", "smtp.multi.test"),
    },
    "127.0.0.1/v1.1/multi.test": {
      body: smtpConfig("multi.test", "smtp.multi.test", { port: 587, socketType: "STARTTLS" }),
    },
    // ISPDB slower than SRV still wins.
    "127.0.0.1/v1.1/ispsrv.test": { delayMs: 300, body: smtpConfig("ispsrv.test", "mail.ispsrv.test") },
  });

  beforeAll(async () => {
    ca = createTestCa();
    dnsPeer = await startDnsPeer(ZONE);
    https = await startHttpsPeer({
      ca,
      names: [
        "127.0.0.1",
        "autoconfig.auto.test",
        "wk.test",
        "autoconfig.multi.test",
        "autoconfig.broken.test",
      ],
      routes: routes(),
    });
    const valid = ca.issue(["smtp.guess.test", "smtp.mxguess.test"]);
    const wrongCa = createTestCa("Some Other CA").issue(["mail.guess.test"]);
    const tlsOptions = {
      key: valid.keyPem,
      cert: valid.certPem,
      sniOptions: { "mail.guess.test": { key: wrongCa.keyPem, cert: wrongCa.certPem } },
      disableReverseLookup: true,
      authOptional: false,
      onAuth: (_auth: unknown, _session: unknown, callback: (error: Error) => void) =>
        callback(new Error("no")),
    };
    smtpTls = new SMTPServer({ ...tlsOptions, secure: true });
    smtpStarttls = new SMTPServer({ ...tlsOptions, secure: false });
    for (const server of [smtpTls, smtpStarttls]) server.on("error", () => undefined);
    await new Promise<void>((resolve) => smtpTls.listen(0, "127.0.0.1", resolve));
    await new Promise<void>((resolve) => smtpStarttls.listen(0, "127.0.0.1", resolve));
    tlsPort = (smtpTls.server.address() as AddressInfo).port;
    starttlsPort = (smtpStarttls.server.address() as AddressInfo).port;
    const config: RuntimeConfig = {
      dnsServers: [dnsPeer.server],
      allowPrivate: true,
      probePorts: [tlsPort, starttlsPort],
      extraCaPath: null,
      ispdbUrl: `${https.url}/v1.1/`,
      allowHttpAutoconfig: false,
      autoconfigBaseUrl: null,
    };
    baseDeps = {
      // Generous timeouts: the peers answer in milliseconds, but a loaded CI machine may stall.
      dns: createMailDns([dnsPeer.server], 3000),
      policy: createTargetPolicy(config),
      config,
      trustedCas: [ca.certPem],
      fetchTimeoutMs: 5000,
      httpsPort: https.port,
      guessPorts: { tls: tlsPort, starttls: starttlsPort },
    };
  }, 30_000);

  afterAll(async () => {
    await Promise.all([
      dnsPeer.close(),
      https.close(),
      new Promise<void>((resolve) => smtpTls.close(() => resolve())),
      new Promise<void>((resolve) => smtpStarttls.close(() => resolve())),
    ]);
  });

  const discovery = () => createSettingsDiscovery(baseDeps);

  describe("each source on its own", () => {
    it("autoconfig.<domain>, asked with a placeholder address and the user name filled in", async () => {
      const settings = await discovery().discover("Bea@auto.test");
      expect(settings).toMatchObject({
        email: "Bea@auto.test",
        domain: "auto.test",
        source: "autoconfig",
        confidence: "high",
        provider: { id: "auto.test", name: "auto.test" },
        servers: [
          {
            host: "smtp.auto.test",
            port: 465,
            security: "tls",
            auth: ["password"],
            username: "Bea@auto.test",
          },
        ],
      });
      expect(settings.notes[0]).toMatch(
        /autoconfig file for auto\.test \(https:\/\/autoconfig\.auto\.test:\d+\/mail\/config-v1\.1\.xml\)/,
      );
      expect(https.requests).toContain(
        "autoconfig.auto.test/mail/config-v1.1.xml?emailaddress=%25EMAILLOCALPART%25%40auto.test",
      );
    });

    it("https://<domain>/.well-known/autoconfig", async () => {
      const settings = await discovery().discover("cy@wk.test");
      expect(settings).toMatchObject({
        source: "autoconfig",
        servers: [{ host: "mail.wk.test", port: 587, security: "starttls", username: "cy@wk.test" }],
      });
    });

    it("the ISPDB", async () => {
      const settings = await discovery().discover("dee@isp.test");
      expect(settings).toMatchObject({
        source: "ispdb",
        confidence: "medium",
        servers: [{ host: "smtp.isp.test", port: 465, security: "tls" }],
      });
      expect(settings.notes[0]).toMatch(/Thunderbird ISPDB entry for isp\.test/);
    });

    it("SRV records, implicit TLS first", async () => {
      const settings = await discovery().discover("eve@srv.test");
      expect(settings.source).toBe("srv");
      expect(settings.servers).toEqual([
        { host: "smtp.srv.test", port: 465, security: "tls", auth: ["password"], username: "eve@srv.test" },
        {
          host: "smtp.srv.test",
          port: 587,
          security: "starttls",
          auth: ["password"],
          username: "eve@srv.test",
        },
      ]);
      expect(settings.notes.join(" ")).toMatch(/RFC 6186/);
      expect(settings.notes.join(" ")).not.toMatch(/outside/);
    });

    it("SRV target '.' means not offered, and a host outside the domain is flagged", async () => {
      const none = await discovery().discover("fay@nosrv.test");
      expect(none.source).toBe("none");
      expect(none.servers).toEqual([]);
      expect(none.notes[0]).toMatch(/submission is not offered \(target "\."\)/);

      const outside = await discovery().discover("gus@srvout.test");
      expect(outside.source).toBe("srv");
      expect(outside.notes).toContain(
        "smtp.elsewhere.test is outside srvout.test: confirm with your provider before sending credentials.",
      );
    });

    it("a custom domain on Microsoft 365, by MX", async () => {
      const settings = await discovery().discover("Hal@contoso.test");
      expect(settings).toMatchObject({
        source: "mx",
        confidence: "medium",
        provider: { id: "microsoft365" },
        servers: [{ host: "smtp.office365.com", port: 587, security: "starttls" }],
      });
      expect(settings.servers[0]?.auth[0]).toBe("oauth2");
      expect(settings.servers.some((s) => s.port === 465)).toBe(false);
      expect(settings.notes[0]).toBe(
        "Inferred from MX: mail for contoso.test is received by contoso-test.mail.protection.outlook.com, which belongs to Microsoft 365.",
      );
      expect(settings.notes).toContain(
        "smtp.office365.com is outside contoso.test: confirm with your provider before sending credentials.",
      );
    });

    it("a custom domain on Google Workspace, by the most preferred MX", async () => {
      const settings = await discovery().discover("ivy@fabrikam.test");
      expect(settings).toMatchObject({ source: "mx", provider: { id: "google-workspace" } });
      expect(settings.servers[0]?.host).toBe("smtp.gmail.com");
      expect(settings.notes[0]).toMatch(/received by aspmx\.l\.google\.com/);
    });

    it("the ISPDB entry of the MX host's base domain, flagged as outside the domain", async () => {
      const settings = await discovery().discover("jo@hosted.test");
      expect(settings).toMatchObject({
        source: "ispdb",
        confidence: "low",
        servers: [{ host: "smtp.hoster.test" }],
      });
      expect(settings.notes[0]).toMatch(/ISPDB entry for hoster\.test .*MX host mx01\.mail\.hoster\.test/);
      expect(settings.notes).toContain(
        "smtp.hoster.test is outside hosted.test: confirm with your provider before sending credentials.",
      );
    });

    it("guessing: only servers with a trusted certificate for their name", async () => {
      const settings = await discovery().discover("kim@guess.test");
      expect(settings.source).toBe("guess");
      expect(settings.confidence).toBe("low");
      expect(settings.servers).toEqual([
        {
          host: "smtp.guess.test",
          port: tlsPort,
          security: "tls",
          auth: ["password"],
          username: "kim@guess.test",
        },
        {
          host: "smtp.guess.test",
          port: starttlsPort,
          security: "starttls",
          auth: ["password"],
          username: "kim@guess.test",
        },
      ]);
      expect(settings.servers.some((s) => s.host === "mail.guess.test")).toBe(false);
      expect(settings.notes[0]).toMatch(/Found by probing/);
    });
  });

  describe("precedence", () => {
    it("the domain's autoconfig beats ISPDB, SRV and MX; encrypted servers of ISPDB and SRV become alternatives", async () => {
      const settings = await discovery().discover("lou@multi.test");
      expect(settings.source).toBe("autoconfig");
      expect(settings.servers.map((s) => `${s.host}:${s.port}:${s.security}`)).toEqual([
        "smtp.multi.test:465:tls",
        "smtp.multi.test:587:starttls",
        "submit.multi.test:465:tls",
      ]);
      expect(settings.servers.some((s) => s.host === "smtp.office365.com")).toBe(false);
      expect(settings.notes).toContain("submit.multi.test:465 is also listed by srv.");
    });

    it("the ISPDB beats SRV even when it answers later", async () => {
      const settings = await discovery().discover("max@ispsrv.test");
      expect(settings.source).toBe("ispdb");
      expect(settings.servers[0]?.host).toBe("mail.ispsrv.test");
      expect(settings.servers[1]?.host).toBe("smtp.ispsrv.test");
    });

    it("SRV beats MX inference", async () => {
      const settings = await discovery().discover("ned@srvmx.test");
      expect(settings.source).toBe("srv");
      expect(settings.servers.map((s) => s.host)).toEqual(["smtp.srvmx.test"]);
    });

    it("MX inference beats guessing, which is then not even tried", async () => {
      const before = dnsPeer.queries.length;
      const settings = await discovery().discover("oz@mxguess.test");
      expect(settings.source).toBe("mx");
      expect(dnsPeer.queries.slice(before)).not.toContain("smtp.mxguess.test A");
    });

    it("the embedded database answers at once, without any network", async () => {
      const service = discovery();
      const before = dnsPeer.queries.length;
      const settings = await service.discover("someone@gmail.com");
      expect(settings).toMatchObject({ source: "builtin", provider: { id: "gmail" } });
      expect(dnsPeer.queries.length).toBe(before);
      expect(service.stats()).toMatchObject({ upstreamLookups: 0, cacheHits: 0, upstreamRequests: 0 });
    });

    it("Outlook's account type identifies a custom domain without network", async () => {
      const settings = await discovery().discover("pat@auto.test", { context: { accountType: "office365" } });
      expect(settings).toMatchObject({ source: "builtin", provider: { id: "microsoft365" } });
    });
  });

  describe("failures", () => {
    it("a domain that does not exist gives source none and says so", async () => {
      const settings = await discovery().discover("quin@missing.test");
      expect(settings).toMatchObject({ source: "none", provider: null, servers: [] });
      expect(settings.notes[0]).toMatch(/No settings found for missing\.test: .*nxdomain/);
    });

    it("SERVFAIL is reported as a DNS failure", async () => {
      const settings = await discovery().discover("rae@broken.test");
      expect(settings.source).toBe("none");
      expect(settings.notes[0]).toMatch(/servfail/);
    });

    it("bad input is an InputError", async () => {
      await expect(discovery().discover("not an address")).rejects.toBeInstanceOf(InputError);
      await expect(discovery().discover("a@localhost")).rejects.toBeInstanceOf(InputError);
    });
  });

  describe("cache and single flight", () => {
    it("1 network discovery per domain however many concurrent requests; addresses stay personal", async () => {
      const service = discovery();
      const domains = ["auto.test", "wk.test", "isp.test", "srv.test", "contoso.test"];
      const emails = Array.from({ length: 200 }, (_, i) => `user${i}@${domains[i % domains.length]}`);
      const results = await Promise.all(emails.map((email) => service.discover(email)));
      expect(service.stats()).toMatchObject({ upstreamLookups: 5, cacheHits: 195 });
      results.forEach((settings, i) => {
        const email = emails[i] as string;
        expect(settings.email).toBe(email);
        expect(settings.servers[0]?.username).toBe(email);
      });
      const queries = dnsPeer.queries.length;
      const again = await service.discover("someone.else@srv.test");
      expect(again.servers[0]?.username).toBe("someone.else@srv.test");
      expect(dnsPeer.queries.length).toBe(queries);
      expect(service.stats()).toMatchObject({ upstreamLookups: 5, cacheHits: 196 });
    });

    it("an expired entry is looked up again", async () => {
      const service = createSettingsDiscovery({ ...baseDeps, cacheTtlMs: 1 });
      await service.discover("a@srv.test");
      await new Promise((resolve) => setTimeout(resolve, 5));
      await service.discover("b@srv.test");
      expect(service.stats().upstreamLookups).toBe(2);
    });
  });
});
