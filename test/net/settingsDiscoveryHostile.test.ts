// Discovery under a deadline and against hostile or broken autoconfig servers
// (real local DNS and HTTPS peers; nothing of ours is mocked).
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createMailDns } from "../../src/net/dnsResolver.js";
import type { RuntimeConfig } from "../../src/net/runtimeConfig.js";
import { createSettingsDiscovery, type SettingsDiscoveryDeps } from "../../src/net/settingsDiscovery.js";
import { createTargetPolicy } from "../../src/net/targetPolicy.js";
import { startDnsPeer, type DnsPeer } from "../peers/dnsPeer.js";
import {
  clientConfigXml,
  createTestCa,
  startHttpsPeer,
  type HttpsPeer,
  type TestCa,
} from "../peers/httpsPeer.js";

const LOCAL = { A: ["127.0.0.1"] };
const VALID = clientConfigXml({
  id: "example.test",
  outgoing: [{ hostname: "smtp.example.test", port: 465, socketType: "SSL" }],
});
const SRV_465 = (host: string) => ({ SRV: [{ target: host, port: 465 }] });

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<clientConfig version="1.1"><emailProvider id="x"><displayName>&lol3;</displayName></emailProvider></clientConfig>`;
const XXE = `<?xml version="1.0"?><!DOCTYPE c [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<clientConfig version="1.1"><emailProvider id="x"><outgoingServer type="smtp"><hostname>&xxe;</hostname></outgoingServer></emailProvider></clientConfig>`;

const HOSTILE_DOMAINS = [
  "slow",
  "hang",
  "slowdns",
  "laughs",
  "xxe",
  "huge",
  "declared",
  "html",
  "broken",
  "redirect",
  "otherca",
  "notfound",
];

describe("discovery with slow and hostile sources", () => {
  let ca: TestCa;
  let dnsPeer: DnsPeer;
  let https: HttpsPeer;
  let otherCa: HttpsPeer;
  let plain: HttpsPeer;
  let config: RuntimeConfig;
  let baseDeps: SettingsDiscoveryDeps;

  beforeAll(async () => {
    ca = createTestCa();
    const zone: Record<string, object> = {};
    for (const name of HOSTILE_DOMAINS) {
      zone[`${name}.test`] = {};
      zone[`autoconfig.${name}.test`] = LOCAL;
    }
    zone["autoconfig.slowdns.test"] = { ...LOCAL, delayMs: 2500 };
    zone["_submissions._tcp.slow.test"] = SRV_465("smtp.slow.test");
    zone["_submissions._tcp.slowdns.test"] = SRV_465("smtp.slowdns.test");
    zone["_submissions._tcp.laughs.test"] = SRV_465("smtp.laughs.test");
    zone["based.test"] = {};
    zone["private.test"] = {};
    zone["autoconfig.private.test"] = LOCAL;
    dnsPeer = await startDnsPeer(zone);
    const names = [
      "127.0.0.1",
      ...HOSTILE_DOMAINS.map((name) => `autoconfig.${name}.test`),
      "autoconfig.private.test",
    ];
    const at = (name: string) => `autoconfig.${name}.test/mail/config-v1.1.xml`;
    https = await startHttpsPeer({
      ca,
      names,
      routes: {
        [at("slow")]: { hang: true },
        [at("hang")]: { hang: true },
        [at("slowdns")]: { body: VALID },
        [at("laughs")]: { body: BILLION_LAUGHS },
        [at("xxe")]: { body: XXE },
        [at("huge")]: { body: "<clientConfig>", streamBytes: 10 * 1024 * 1024 },
        [at("declared")]: { body: VALID, declaredLength: 10 * 1024 * 1024 },
        [at("html")]: {
          contentType: "text/html; charset=utf-8",
          body: "<html><body>Parked domain</body></html>",
        },
        [at("broken")]: { body: "<clientConfig><emailProvider id='x'><outgoingServer>" },
        [at("redirect")]: { status: 302, headers: { location: "https://evil.example/config.xml" }, body: "" },
        [at("private")]: { body: VALID },
        "127.0.0.1/based.test/mail/config-v1.1.xml": { body: VALID },
      },
    });
    // Same names, certificate from a CA nobody trusts.
    otherCa = await startHttpsPeer({
      ca: createTestCa("Untrusted CA"),
      names,
      routes: { [at("otherca")]: { body: VALID } },
    });
    plain = await startHttpsPeer({
      plain: true,
      routes: { "/based.test/mail/config-v1.1.xml": { body: VALID } },
    });
    config = {
      dnsServers: [dnsPeer.server],
      allowPrivate: true,
      probePorts: [465, 587],
      extraCaPath: null,
      ispdbUrl: `${https.url}/v1.1/`,
      allowHttpAutoconfig: false,
      autoconfigBaseUrl: null,
    };
    baseDeps = {
      dns: createMailDns([dnsPeer.server], 3000),
      policy: createTargetPolicy(config),
      config,
      trustedCas: [ca.certPem],
      fetchTimeoutMs: 3000,
      httpsPort: https.port,
      // Nothing listens on these: guessing fails fast with "connection refused".
      guessPorts: { tls: 465, starttls: 587 },
    };
  }, 30_000);

  afterAll(async () => {
    await Promise.all([dnsPeer.close(), https.close(), otherCa.close(), plain.close()]);
  });

  const discover = (email: string, deps: Partial<SettingsDiscoveryDeps> = {}, deadlineMs?: number) =>
    createSettingsDiscovery({ ...baseDeps, ...deps }).discover(
      email,
      deadlineMs === undefined ? {} : { deadlineMs },
    );

  /** The first note of a discovery that found nothing: the reasons each source gave. */
  const failureOf = async (
    domain: string,
    deps: Partial<SettingsDiscoveryDeps> = {},
    deadlineMs?: number,
  ): Promise<string> => {
    const settings = await discover(`user@${domain}`, deps, deadlineMs);
    expect(settings.source).toBe("none");
    expect(settings.servers).toEqual([]);
    return settings.notes[0] ?? "";
  };

  describe("the overall deadline", () => {
    it("cuts a server that never answers and returns the other source's answer", async () => {
      const started = Date.now();
      const settings = await discover("a@slow.test", { fetchTimeoutMs: 10_000 }, 1000);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(950);
      expect(elapsed).toBeLessThan(1500);
      expect(settings.source).toBe("srv");
      expect(settings.servers[0]?.host).toBe("smtp.slow.test");
      expect(settings.notes).toContain(
        "Some sources did not answer within 1000 ms; a more reliable answer may exist.",
      );
    });

    it("cuts a slow DNS answer the same way", async () => {
      const started = Date.now();
      const settings = await discover("b@slowdns.test", { dns: createMailDns([dnsPeer.server], 3000) }, 800);
      expect(Date.now() - started).toBeLessThan(1300);
      expect(settings.source).toBe("srv");
    });

    it("says what it was waiting for when nothing answered in time", async () => {
      const started = Date.now();
      const note = await failureOf("hang.test", { fetchTimeoutMs: 10_000 }, 500);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(note).toMatch(/stopped waiting after 500 ms for: autoconfig, guess\.$/);
    });
  });

  describe("hostile and broken autoconfig servers", () => {
    it("billion laughs: refused without expansion, and the other source still wins", async () => {
      const started = Date.now();
      const settings = await discover("d@laughs.test");
      expect(Date.now() - started).toBeLessThan(2000);
      expect(settings.source).toBe("srv");
    });

    it("external entities: refused", async () => {
      expect(await failureOf("xxe.test")).toMatch(/DOCTYPE or entities, which are refused/);
    });

    it("a 10 MB body: reading stops at the size limit", async () => {
      const started = Date.now();
      expect(await failureOf("huge.test")).toMatch(/more than the 262144 bytes allowed/);
      expect(Date.now() - started).toBeLessThan(3000);
    });

    it("a declared 10 MB Content-Length: refused before reading", async () => {
      expect(await failureOf("declared.test")).toMatch(/10485760 bytes, more than the 262144 allowed/);
    });

    it("HTML instead of XML: refused by content type", async () => {
      expect(await failureOf("html.test")).toMatch(
        /served as text\/html; charset=utf-8, expected application\/xml or text\/xml/,
      );
    });

    it("malformed XML: refused with the parser's reason", async () => {
      expect(await failureOf("broken.test")).toMatch(/not well-formed XML/);
    });

    it("a redirect is not followed", async () => {
      expect(await failureOf("redirect.test")).toMatch(/redirect \(302\) not followed/);
      expect(https.requests.some((r) => r.includes("evil.example"))).toBe(false);
    });

    it("a certificate from an untrusted CA: refused", async () => {
      expect(await failureOf("otherca.test", { httpsPort: otherCa.port })).toMatch(
        /autoconfig\.otherca\.test:\d+\/mail\/config-v1\.1\.xml: TLS failed/,
      );
    });

    it("an address the target policy forbids (loopback without allowPrivate): not contacted", async () => {
      const before = https.requests.length;
      const strict = createTargetPolicy({ allowPrivate: false, probePorts: [465, 587] });
      expect(await failureOf("private.test", { policy: strict })).toMatch(/loopback/);
      expect(https.requests.slice(before).some((r) => r.startsWith("autoconfig.private.test"))).toBe(false);
    });
  });

  describe("redirecting autoconfig to a local server (OUTBOX_AUTOCONFIG_BASE_URL)", () => {
    it("fetches <base>/<domain>/mail/config-v1.1.xml over HTTPS", async () => {
      const settings = await discover("Eli@based.test", {
        config: { ...config, autoconfigBaseUrl: https.url },
      });
      expect(settings).toMatchObject({
        source: "autoconfig",
        servers: [{ host: "smtp.example.test", username: "Eli@based.test" }],
      });
      expect(https.requests).toContain(
        "127.0.0.1/based.test/mail/config-v1.1.xml?emailaddress=%25EMAILLOCALPART%25%40based.test",
      );
    });

    it("refuses plain http:// unless allowHttpAutoconfig", async () => {
      const refused = await failureOf("based.test", { config: { ...config, autoconfigBaseUrl: plain.url } });
      expect(refused).toMatch(
        /http:\/\/127\.0\.0\.1:\d+ refused: discovery documents are fetched over HTTPS only/,
      );
      expect(plain.requests).toEqual([]);
    });

    it("with allowHttpAutoconfig, uses plain HTTP but says so and flags hosts outside the domain", async () => {
      const settings = await discover("fin@based.test", {
        config: { ...config, autoconfigBaseUrl: plain.url, allowHttpAutoconfig: true },
      });
      expect(settings.source).toBe("autoconfig");
      expect(settings.notes.join("\n")).toMatch(/fetched over plain HTTP/);
      expect(settings.notes).toContain(
        "smtp.example.test is outside based.test: confirm with your provider before sending credentials.",
      );
    });
  });
});
