// Discovery across two instances over a real Redis (redis-server on a random
// loopback port): one discovery and one request per upstream for both, the
// store holds no user's data, and Redis dying mid-run costs nothing but sharing.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { RedisStore } from "../../src/net/redisStore.js";
import { createSettingsDiscovery } from "../../src/net/settingsDiscovery.js";
import { clientConfigXml } from "../peers/httpsPeer.js";
import { REDIS_MISSING_MESSAGE, startRedisPeer, type RedisPeer } from "../peers/redisPeer.js";
import { LOCAL, startDiscoveryPeers, type DiscoveryPeers } from "./discoveryHarness.js";

let redis: RedisPeer | null = null;
let peers: DiscoveryPeers;
const stores: RedisStore[] = [];

beforeAll(async () => {
  redis = await startRedisPeer();
  if (redis === null) console.warn(REDIS_MISSING_MESSAGE);
  const zone: Record<string, object> = {};
  const routes: Record<string, (request: import("node:http").IncomingMessage) => { body: string }> = {};
  const names: string[] = [];
  for (const domain of ["red.test", "down.test"]) {
    zone[domain] = {};
    zone[`autoconfig.${domain}`] = LOCAL;
    names.push(`autoconfig.${domain}`);
    // Per-user: fills in whatever address it is sent.
    routes[`autoconfig.${domain}/mail/config-v1.1.xml`] = (request) => {
      const asked = new URL(request.url ?? "/", "https://peer").searchParams.get("emailaddress") ?? "";
      return {
        body: clientConfigXml({
          id: domain,
          outgoing: [{ hostname: `smtp.${domain}`, port: 465, socketType: "SSL", username: asked }],
        }),
      };
    };
  }
  peers = await startDiscoveryPeers(zone, routes, names);
}, 30_000);

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await Promise.all([peers.close(), redis?.close()]);
});

async function connectedStore(peer: RedisPeer): Promise<RedisStore> {
  const store = new RedisStore(peer.url, { commandTimeoutMs: 500 });
  stores.push(store);
  expect(await store.connect()).toBe(true);
  return store;
}

describe("discovery over Redis", () => {
  const redisTest = (name: string, run: (peer: RedisPeer) => Promise<void>) =>
    test(
      name,
      async () => {
        if (redis === null) {
          console.warn(`${name}: ${REDIS_MISSING_MESSAGE}`);
          return;
        }
        await run(redis);
      },
      30_000,
    );

  redisTest(
    "two instances: one discovery, one request per upstream, no user's data in Redis",
    async (peer) => {
      const first = createSettingsDiscovery({ ...peers.deps, store: await connectedStore(peer) });
      const second = createSettingsDiscovery({ ...peers.deps, store: await connectedStore(peer) });
      const before = peers.https.requests.length;
      const [alice, bob] = await Promise.all([
        first.discover("alice@red.test"),
        second.discover("bob@red.test"),
      ]);
      const carol = await second.discover("carol@red.test");
      expect([alice, bob, carol].map((s) => s.servers[0]?.username)).toEqual([
        "alice@red.test",
        "bob@red.test",
        "carol@red.test",
      ]);
      const requests = peers.https.requests.slice(before);
      expect(requests.filter((r) => r.startsWith("autoconfig.red.test"))).toHaveLength(1);
      expect(requests.filter((r) => r.endsWith("/v1.1/red.test"))).toHaveLength(1);
      expect(first.stats().upstreamLookups + second.stats().upstreamLookups).toBe(1);

      const keys = (await peer.command("KEYS", "*discovery:v2:*")).toLowerCase();
      expect(keys).toContain("discovery:v2:answer:red.test");
      const stored = (await peer.command("GET", "outbox:discovery:v2:answer:red.test")).toLowerCase();
      expect(stored).toContain("%emaillocalpart%@red.test");
      expect(stored).not.toMatch(/alice|bob|carol/);
    },
  );

  redisTest("Redis killed mid-run: discovery keeps answering from this instance", async (peer) => {
    const discovery = createSettingsDiscovery({
      ...peers.deps,
      store: await connectedStore(peer),
      storeTimeoutMs: 300,
    });
    await peer.stop();
    try {
      const settings = await discovery.discover("dan@down.test");
      expect(settings.servers[0]).toMatchObject({ host: "smtp.down.test", username: "dan@down.test" });
      const again = await discovery.discover("eve@down.test");
      expect(again.servers[0]?.username).toBe("eve@down.test");
      expect(discovery.stats().upstreamLookups).toBe(1);
    } finally {
      await peer.start();
    }
  });
});
