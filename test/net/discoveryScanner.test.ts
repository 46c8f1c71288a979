// Issue 11 point 2 (discovery side): discovery is not a scanner. Random
// subdomains of one domain cost one upstream round; each upstream is asked at
// most once per domain per cache lifetime, across instances sharing a store;
// guess probes run inside the server's probe slots.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { randomBytes } from "node:crypto";
import { createSettingsDiscovery } from "../../src/net/settingsDiscovery.js";
import { MemoryStore } from "../../src/net/sharedStore.js";
import { clientConfigXml } from "../peers/httpsPeer.js";
import { LOCAL, RecordingStore, startDiscoveryPeers, type DiscoveryPeers } from "./discoveryHarness.js";

const config = (id: string) =>
  clientConfigXml({ id, outgoing: [{ hostname: `smtp.${id}`, port: 465, socketType: "SSL" }] });

describe("discovery is not a scanner", () => {
  let peers: DiscoveryPeers;

  beforeAll(async () => {
    peers = await startDiscoveryPeers(
      {
        "scan.test": LOCAL,
        "shared.test": {},
        "autoconfig.shared.test": { ...LOCAL, delayMs: 200 },
        "one.test": { MX: [{ exchange: "mx1.mail.hoster.test", priority: 10 }] },
        "two.test": { MX: [{ exchange: "mx2.mail.hoster.test", priority: 10 }] },
        "three.test": { MX: [{ exchange: "mx1.mail.hoster.test", priority: 10 }] },
        "probe.test": {},
      },
      {
        "autoconfig.shared.test/mail/config-v1.1.xml": { body: config("shared.test") },
        "127.0.0.1/v1.1/hoster.test": { body: config("hoster.test") },
      },
      ["autoconfig.shared.test", "scan.test"],
    );
  }, 30_000);

  afterAll(() => peers.close());

  it("10,000 random subdomains of one domain cost at most one upstream round per concurrent slot (4)", async () => {
    const store = new RecordingStore();
    const discovery = createSettingsDiscovery({ ...peers.deps, store });
    const httpBefore = peers.https.requests.length;
    const dnsBefore = peers.dns.queries.length;
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 10_000 }, () =>
        discovery.discover(`user@x${randomBytes(6).toString("hex")}.scan.test`, { deadlineMs: 3000 }),
      ),
    );
    const elapsed = Date.now() - started;
    expect(results.every((s) => s.source === "none" && s.servers.length === 0)).toBe(true);
    const stats = discovery.stats();
    expect(stats.upstreamLookups).toBeGreaterThanOrEqual(1);
    expect(stats.upstreamLookups).toBeLessThanOrEqual(4);
    expect(stats.cacheHits + stats.busy).toBe(10_000 - stats.upstreamLookups);
    // One ISPDB request per round (the random names' autoconfig hosts do not resolve), about a dozen DNS questions per round (more when a busy machine makes the resolver retry).
    const rounds = stats.upstreamLookups;
    expect(peers.https.requests.length - httpBefore).toBeLessThanOrEqual(rounds);
    expect(peers.dns.queries.length - dnsBefore).toBeLessThanOrEqual(rounds * 40);
    expect(results[results.length - 1]?.notes[0]).toMatch(/another address under scan\.test/);
    expect(elapsed).toBeLessThan(30_000);
    // The organisational domain itself is still looked up.
    await discovery.discover("user@scan.test", { deadlineMs: 3000 });
    expect(discovery.stats().upstreamLookups).toBe(rounds + 1);
  }, 60_000);

  it("two instances sharing one store ask the autoconfig host and the ISPDB once", async () => {
    const store = new MemoryStore();
    const first = createSettingsDiscovery({ ...peers.deps, store });
    const second = createSettingsDiscovery({ ...peers.deps, store });
    const before = peers.https.requests.length;
    const [a, b] = await Promise.all([first.discover("ann@shared.test"), second.discover("ben@shared.test")]);
    const later = await second.discover("cy@shared.test");
    expect([a.servers[0]?.username, b.servers[0]?.username, later.servers[0]?.username]).toEqual([
      "ann@shared.test",
      "ben@shared.test",
      "cy@shared.test",
    ]);
    const requests = peers.https.requests.slice(before);
    expect(requests.filter((r) => r.startsWith("autoconfig.shared.test"))).toHaveLength(1);
    expect(requests.filter((r) => r === "127.0.0.1/v1.1/shared.test")).toHaveLength(1);
    expect(first.stats().upstreamLookups + second.stats().upstreamLookups).toBe(1);
  });

  it("the ISPDB entry of a shared MX host's domain is asked once for all its customers", async () => {
    const store = new MemoryStore();
    const instances = [1, 2, 3].map(() => createSettingsDiscovery({ ...peers.deps, store }));
    const before = peers.https.requests.length;
    const settings = await Promise.all(
      ["a@one.test", "b@two.test", "c@three.test"].map((email, i) => instances[i]?.discover(email)),
    );
    expect(settings.map((s) => s?.servers[0]?.host)).toEqual([
      "smtp.hoster.test",
      "smtp.hoster.test",
      "smtp.hoster.test",
    ]);
    expect(peers.https.requests.slice(before).filter((r) => r === "127.0.0.1/v1.1/hoster.test")).toHaveLength(
      1,
    );
  });

  it("guess probes run inside the probe slots; without a slot they are not made", async () => {
    let slots = 0;
    const counting = createSettingsDiscovery({
      ...peers.deps,
      withProbeSlot: (work) => {
        slots += 1;
        return work();
      },
    });
    await counting.discover("a@probe.test", { deadlineMs: 3000 });
    // smtp./mail. on two ports, imap./mail. on 993.
    expect(slots).toBe(6);

    let attempted = 0;
    const full = createSettingsDiscovery({
      ...peers.deps,
      // Like the server's ProbeSlots.run: refuses by throwing at once.
      withProbeSlot: () => {
        attempted += 1;
        throw new Error("all probe slots are taken");
      },
    });
    const settings = await full.discover("b@probe.test", { deadlineMs: 3000 });
    expect(attempted).toBe(6);
    // Three document fetches (autoconfig, well-known, ISPDB) either way; the six probes only with slots.
    expect(counting.stats().upstreamRequests).toBe(9);
    expect(full.stats().upstreamRequests).toBe(3);
    expect(settings.notes[0]).toMatch(/too busy to probe/);
  });
});
