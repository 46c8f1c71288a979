// Issue 11 point 1: a shared cache never holds one user's data. A per-user
// autoconfig server (it fills in the address it receives, and names a host per
// user) is asked once for the domain with a placeholder address; alice's and
// bob's settings are filled in per address; bob never sees alice's name or
// host, and no real address reaches the autoconfig server or the store.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { IncomingMessage } from "node:http";
import { createSettingsDiscovery } from "../../src/net/settingsDiscovery.js";
import { clientConfigXml } from "../peers/httpsPeer.js";
import { LOCAL, RecordingStore, startDiscoveryPeers, type DiscoveryPeers } from "./discoveryHarness.js";

/** What a per-user autoconfig server does: fill in whatever address it is given. */
function perUserConfig(request: IncomingMessage) {
  const asked = new URL(request.url ?? "/", "https://peer").searchParams.get("emailaddress") ?? "";
  const local = asked.split("@")[0] ?? "";
  return {
    body: clientConfigXml({
      id: "corp.test",
      outgoing: [{ hostname: `${local}.pod.corp.test`, port: 465, socketType: "SSL", username: asked }],
      incoming: [
        { type: "imap", hostname: `${local}.imap.corp.test`, port: 993, socketType: "SSL", username: local },
      ],
    }),
  };
}

describe("discovery privacy: no user's data in the shared cache", () => {
  let peers: DiscoveryPeers;

  beforeAll(async () => {
    peers = await startDiscoveryPeers(
      {
        "corp.test": {},
        "autoconfig.corp.test": LOCAL,
        "lookup.test": {},
        "autoconfig.lookup.test": LOCAL,
      },
      {
        "autoconfig.corp.test/mail/config-v1.1.xml": perUserConfig,
        // A server that looked someone up and answers with that person's literal name.
        "autoconfig.lookup.test/mail/config-v1.1.xml": {
          body: clientConfigXml({
            id: "lookup.test",
            outgoing: [
              { hostname: "smtp.lookup.test", port: 465, socketType: "SSL", username: "alice.smith" },
            ],
          }),
        },
      },
      ["autoconfig.corp.test", "autoconfig.lookup.test"],
    );
  }, 30_000);

  afterAll(() => peers.close());

  it("alice, then bob: each gets their own user name and host; bob sees nothing of alice", async () => {
    const store = new RecordingStore();
    const discovery = createSettingsDiscovery({ ...peers.deps, store });
    const alice = await discovery.discover("Alice@corp.test");
    const bob = await discovery.discover("bob@corp.test");

    expect(alice.source).toBe("autoconfig");
    expect(alice.servers[0]).toMatchObject({ host: "alice.pod.corp.test", username: "Alice@corp.test" });
    expect(alice.incoming[0]).toMatchObject({
      protocol: "imap",
      host: "alice.imap.corp.test",
      username: "Alice",
    });
    expect(bob.servers[0]).toMatchObject({ host: "bob.pod.corp.test", username: "bob@corp.test" });
    expect(bob.incoming[0]).toMatchObject({ host: "bob.imap.corp.test", username: "bob" });
    expect(JSON.stringify(bob).toLowerCase()).not.toContain("alice");

    // The autoconfig server was asked once, for the domain, with a placeholder.
    const asked = peers.https.requests.filter((r) => r.startsWith("autoconfig.corp.test"));
    expect(asked).toEqual([
      "autoconfig.corp.test/mail/config-v1.1.xml?emailaddress=%25EMAILLOCALPART%25%40corp.test",
    ]);
    expect(discovery.stats()).toMatchObject({ upstreamLookups: 1, cacheHits: 1 });

    // The shared store holds templates only.
    const written = store.written.join("\n").toLowerCase();
    expect(written).toContain("%emaillocalpart%.pod.corp.test");
    expect(written).not.toContain("alice");
    expect(written).not.toContain("bob");
  });

  it("a literal user name from the server is shown to nobody", async () => {
    const discovery = createSettingsDiscovery(peers.deps);
    for (const email of ["alice@lookup.test", "bob@lookup.test"]) {
      const settings = await discovery.discover(email);
      expect(settings.servers[0]).toMatchObject({ host: "smtp.lookup.test", username: email });
      expect(JSON.stringify(settings)).not.toContain("alice.smith");
      expect(settings.notes.join(" ")).toMatch(/one fixed user name/);
    }
  });

  it("an address whose local part cannot be part of a host name gets a note instead of a broken host", async () => {
    const settings = await createSettingsDiscovery(peers.deps).discover("c+d@corp.test");
    expect(settings.servers).toEqual([]);
    expect(settings.notes.join(" ")).toMatch(
      /per-user server name %EMAILLOCALPART%\.pod\.corp\.test does not work/,
    );
  });
});
