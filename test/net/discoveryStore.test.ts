// Discovery over a shared store that misbehaves (issue 11, bad input: hostile
// or slow Redis): a store that fails, one that never answers, and one that
// returns garbage or huge values. Discovery keeps answering, right.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createSettingsDiscovery } from "../../src/net/settingsDiscovery.js";
import { StoreUnavailableError, type SharedStore } from "../../src/net/sharedStore.js";
import { clientConfigXml } from "../peers/httpsPeer.js";
import { LOCAL, startDiscoveryPeers, type DiscoveryPeers } from "./discoveryHarness.js";

function storeThat(behaviour: (key: string) => Promise<never> | Promise<string | null>): SharedStore {
  return {
    kind: "redis",
    get: (key) => behaviour(key),
    set: () => Promise.resolve(),
    setIfAbsent: () => Promise.resolve(true),
    delete: () => Promise.resolve(),
    add: () => Promise.resolve(1),
    close: () => Promise.resolve(),
  };
}

const failing: SharedStore = {
  kind: "redis",
  get: () => Promise.reject(new StoreUnavailableError()),
  set: () => Promise.reject(new StoreUnavailableError()),
  setIfAbsent: () => Promise.reject(new StoreUnavailableError()),
  delete: () => Promise.reject(new StoreUnavailableError()),
  add: () => Promise.reject(new StoreUnavailableError()),
  close: () => Promise.resolve(),
};

describe("discovery over a misbehaving shared store", () => {
  let peers: DiscoveryPeers;

  beforeAll(async () => {
    peers = await startDiscoveryPeers(
      { "store.test": {}, "autoconfig.store.test": LOCAL },
      {
        "autoconfig.store.test/mail/config-v1.1.xml": {
          body: clientConfigXml({
            id: "store.test",
            outgoing: [{ hostname: "smtp.store.test", port: 465, socketType: "SSL" }],
          }),
        },
      },
      ["autoconfig.store.test"],
    );
  }, 30_000);

  afterAll(() => peers.close());

  const expectRight = (
    settings: { source: string; servers: Array<{ host: string; username: string }> },
    email: string,
  ) => {
    expect(settings.source).toBe("autoconfig");
    expect(settings.servers[0]).toMatchObject({ host: "smtp.store.test", username: email });
  };

  it("a store that is down: answers from this instance, and caches in memory meanwhile", async () => {
    const discovery = createSettingsDiscovery({ ...peers.deps, store: failing });
    expectRight(await discovery.discover("a@store.test"), "a@store.test");
    expectRight(await discovery.discover("b@store.test"), "b@store.test");
    expect(discovery.stats()).toMatchObject({ upstreamLookups: 1, cacheHits: 1 });
  });

  it("a store that never answers: each operation is abandoned after storeTimeoutMs", async () => {
    const hung = storeThat(() => new Promise<never>(() => undefined));
    const discovery = createSettingsDiscovery({ ...peers.deps, store: hung, storeTimeoutMs: 50 });
    const started = Date.now();
    expectRight(await discovery.discover("c@store.test"), "c@store.test");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("garbage, wrong shapes and huge values from the store are ignored", async () => {
    for (const value of [
      "{not json",
      '{"answers":"x"}',
      JSON.stringify({ answers: [{ key: "evil" }], failures: [], timedOut: false, deadlineMs: 1 }),
      JSON.stringify({
        answers: [
          {
            key: "autoconfig",
            provider: null,
            outgoing: [
              {
                host: "evil.example/<script>",
                port: 465,
                security: "tls",
                auth: [],
                usernameTemplate: "",
                notes: [],
              },
            ],
            incoming: [],
            notes: [],
            unauthenticated: false,
          },
        ],
        failures: [],
        timedOut: false,
        deadlineMs: 1,
      }),
      "x".repeat(2_000_000),
    ]) {
      const discovery = createSettingsDiscovery({
        ...peers.deps,
        store: storeThat(() => Promise.resolve(value)),
      });
      expectRight(await discovery.discover("d@store.test"), "d@store.test");
    }
  });
});
