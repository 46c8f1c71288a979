// Issue 9 points 1 and 3 (discovery side): incoming servers from every source
// (autoconfig/ISPDB incomingServer, RFC 6186 SRV, MX inference, guessing
// imap.<d> on 993), and the stale-host guard applied to every answer.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { AddressInfo } from "node:net";
import { createServer, type Server as TlsServer } from "node:tls";
import { parseEmailAddress } from "../../src/core/emailAddress.js";
import { findProviderById } from "../../src/core/providerMatch.js";
import { settingsFromProvider } from "../../src/core/resolveSettings.js";
import { createSettingsDiscovery } from "../../src/net/settingsDiscovery.js";
import { clientConfigXml } from "../peers/httpsPeer.js";
import { LOCAL, startDiscoveryPeers, type DiscoveryPeers } from "./discoveryHarness.js";

describe("incoming servers and the stale-host guard", () => {
  let peers: DiscoveryPeers;
  let imap: TlsServer;
  let imapPort: number;

  beforeAll(async () => {
    peers = await startDiscoveryPeers(
      {
        "stale.test": {},
        "autoconfig.stale.test": LOCAL,
        "srvstale.test": {},
        "_submissions._tcp.srvstale.test": { SRV: [{ target: "smtp.office365.com", port: 465 }] },
        "both.test": {},
        "autoconfig.both.test": LOCAL,
        "inonly.test": {},
        "autoconfig.inonly.test": LOCAL,
        "_submission._tcp.inonly.test": { SRV: [{ target: "smtp.inonly.test", port: 587 }] },
        "srvin.test": {},
        "_submission._tcp.srvin.test": { SRV: [{ target: "mail.srvin.test", port: 587 }] },
        "_imaps._tcp.srvin.test": { SRV: [{ target: "mail.srvin.test", port: 993 }] },
        "_imap._tcp.srvin.test": { SRV: [{ target: "mail.srvin.test", port: 143 }] },
        "_pop3s._tcp.srvin.test": { SRV: [{ target: "pop.srvin.test", port: 995 }] },
        "_pop3._tcp.srvin.test": { SRV: [{ target: ".", port: 0 }] },
        "m365.test": { MX: [{ exchange: "m365-test.mail.protection.outlook.com", priority: 0 }] },
        "guessin.test": {},
        "imap.guessin.test": LOCAL,
      },
      {
        "autoconfig.stale.test/mail/config-v1.1.xml": {
          body: clientConfigXml({
            id: "stale.test",
            outgoing: [
              { hostname: "smtp.live.com", port: 587, socketType: "STARTTLS" },
              { hostname: "smtp.office365.com", port: 465, socketType: "SSL" },
            ],
            incoming: [{ type: "imap", hostname: "pod51000.outlook.com", port: 993, socketType: "SSL" }],
          }),
        },
        "autoconfig.both.test/mail/config-v1.1.xml": {
          body: clientConfigXml({
            id: "both.test",
            outgoing: [{ hostname: "smtp.both.test", port: 465, socketType: "SSL" }],
            incoming: [
              { type: "pop3", hostname: "pop.both.test", port: 995, socketType: "SSL" },
              { type: "imap", hostname: "imap.both.test", port: 143, socketType: "plain" },
              { type: "imap", hostname: "imap.both.test", port: 993, socketType: "SSL" },
              { type: "exchange", hostname: "ews.both.test", port: 443, socketType: "SSL" },
            ],
          }),
        },
        "autoconfig.inonly.test/mail/config-v1.1.xml": {
          body: clientConfigXml({
            id: "inonly.test",
            outgoing: [],
            incoming: [{ type: "imap", hostname: "imap.inonly.test", port: 993, socketType: "SSL" }],
          }),
        },
      },
      ["autoconfig.stale.test", "autoconfig.both.test", "autoconfig.inonly.test"],
    );
    const certificate = peers.ca.issue(["imap.guessin.test"]);
    imap = createServer({ key: certificate.keyPem, cert: certificate.certPem }, (socket) => {
      socket.on("error", () => undefined);
      socket.write("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    });
    await new Promise<void>((resolve) => imap.listen(0, "127.0.0.1", resolve));
    imapPort = (imap.address() as AddressInfo).port;
  }, 30_000);

  afterAll(async () => {
    await Promise.all([peers.close(), new Promise<void>((resolve) => imap.close(() => resolve()))]);
  });

  it("corrects smtp.live.com, smtp.office365.com on 465 and pod names from an autoconfig file, saying so", async () => {
    const settings = await createSettingsDiscovery(peers.deps).discover("ann@stale.test");
    expect(settings.source).toBe("autoconfig");
    expect(settings.servers.map((s) => `${s.host}:${s.port}:${s.security}`)).toEqual([
      "smtp-mail.outlook.com:587:starttls",
      "smtp.office365.com:587:starttls",
    ]);
    expect(settings.incoming.map((s) => `${s.protocol} ${s.host}:${s.port}`)).toEqual([
      "imap outlook.office365.com:993",
    ]);
    const notes = settings.notes.join("\n");
    expect(notes).toContain("Corrected: smtp.live.com is a retired name of Outlook.com's server");
    expect(notes).toContain("Corrected: smtp.office365.com:465 (SSL/TLS) does not work");
    expect(notes).toContain(
      "Corrected: pod51000.outlook.com is a server name from the early days of Office 365",
    );
    expect(JSON.stringify(settings.servers)).not.toContain("smtp.live.com");
  });

  it("corrects an SRV record that names smtp.office365.com on 465", async () => {
    const settings = await createSettingsDiscovery(peers.deps).discover("bo@srvstale.test");
    expect(settings.source).toBe("srv");
    expect(settings.servers).toEqual([
      {
        host: "smtp.office365.com",
        port: 587,
        security: "starttls",
        auth: ["password"],
        username: "bo@srvstale.test",
      },
    ]);
    expect(settings.notes.join(" ")).toMatch(/Corrected: smtp\.office365\.com:465/);
  });

  it("reads incoming servers from autoconfig: IMAP first, encrypted first, other protocols ignored", async () => {
    const settings = await createSettingsDiscovery(peers.deps).discover("cy@both.test");
    expect(settings.incoming.map((s) => `${s.protocol} ${s.host}:${s.port}:${s.security}`)).toEqual([
      "imap imap.both.test:993:tls",
      "imap imap.both.test:143:none",
      "pop3 pop.both.test:995:tls",
    ]);
    expect(settings.incoming[1]?.warning).toMatch(/Not encrypted/);
    expect(settings.notes.join(" ")).toMatch(/type "exchange" is not imap or pop3/);
  });

  it("an incoming-only document does not win: outgoing from SRV, incoming from the document", async () => {
    const settings = await createSettingsDiscovery(peers.deps).discover("di@inonly.test");
    expect(settings.source).toBe("srv");
    expect(settings.servers.map((s) => s.host)).toEqual(["smtp.inonly.test"]);
    expect(settings.incoming.map((s) => s.host)).toEqual(["imap.inonly.test"]);
    expect(settings.notes).toContain("Incoming servers from autoconfig, as srv lists none.");
  });

  it("reads RFC 6186 incoming SRV records, IMAP over TLS first; '.' means not offered", async () => {
    const settings = await createSettingsDiscovery(peers.deps).discover("ed@srvin.test");
    expect(settings.incoming).toEqual([
      {
        protocol: "imap",
        host: "mail.srvin.test",
        port: 993,
        security: "tls",
        auth: ["password"],
        username: "ed@srvin.test",
      },
      {
        protocol: "imap",
        host: "mail.srvin.test",
        port: 143,
        security: "starttls",
        auth: ["password"],
        username: "ed@srvin.test",
      },
      {
        protocol: "pop3",
        host: "pop.srvin.test",
        port: 995,
        security: "tls",
        auth: ["password"],
        username: "ed@srvin.test",
      },
    ]);
  });

  it("MX inference gives the provider's incoming servers, from the resolver", async () => {
    const settings = await createSettingsDiscovery(peers.deps).discover("Fay@m365.test");
    const provider = findProviderById("microsoft365");
    expect(provider).toBeDefined();
    if (!provider) return;
    const expected = settingsFromProvider(provider, parseEmailAddress("Fay@m365.test"), "mx").incoming;
    expect(settings.source).toBe("mx");
    expect(settings.incoming).toEqual(expected);
    // Once the database lists Microsoft 365's IMAP server, discovery passes it on.
    expect(settings.incoming.length).toBe(provider.incoming?.length ?? 0);
  });

  it("guesses imap.<domain> on 993 when it greets over TLS with a valid certificate", async () => {
    const settings = await createSettingsDiscovery({
      ...peers.deps,
      guessPorts: { tls: 1, starttls: 1, imaps: imapPort },
    }).discover("gil@guessin.test", { deadlineMs: 4000 });
    expect(settings.source).toBe("none");
    expect(settings.servers).toEqual([]);
    expect(settings.incoming).toEqual([
      {
        protocol: "imap",
        host: "imap.guessin.test",
        port: imapPort,
        security: "tls",
        auth: ["password"],
        username: "gil@guessin.test",
      },
    ]);
    expect(settings.notes.join(" ")).toMatch(/Incoming servers from guess/);
  });
});
