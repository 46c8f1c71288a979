// Shared set-up of the discovery tests: a DNS peer, an HTTPS peer with a test
// CA (autoconfig hosts and the ISPDB), and the discovery dependencies that
// point at them. Every test builds its own discovery instances.
import { createMailDns } from "../../src/net/dnsResolver.js";
import type { RuntimeConfig } from "../../src/net/runtimeConfig.js";
import type { SettingsDiscoveryDeps } from "../../src/net/settingsDiscovery.js";
import { MemoryStore, type SharedStore } from "../../src/net/sharedStore.js";
import { createTargetPolicy } from "../../src/net/targetPolicy.js";
import { startDnsPeer, type DnsPeer, type DnsPeerRecords } from "../peers/dnsPeer.js";
import {
  createTestCa,
  startHttpsPeer,
  type HttpsPeer,
  type PeerRoutes,
  type TestCa,
} from "../peers/httpsPeer.js";

export const LOCAL = { A: ["127.0.0.1"] };

export interface DiscoveryPeers {
  ca: TestCa;
  dns: DnsPeer;
  https: HttpsPeer;
  deps: SettingsDiscoveryDeps;
  close(): Promise<void>;
}

export async function startDiscoveryPeers(
  zone: DnsPeerRecords,
  routes: PeerRoutes,
  certificateNames: string[],
): Promise<DiscoveryPeers> {
  const ca = createTestCa();
  const dns = await startDnsPeer(zone);
  const https = await startHttpsPeer({ ca, names: ["127.0.0.1", ...certificateNames], routes });
  const config: RuntimeConfig = {
    dnsServers: [dns.server],
    allowPrivate: true,
    probePorts: [465, 587],
    extraCaPath: null,
    ispdbUrl: `${https.url}/v1.1/`,
    allowHttpAutoconfig: false,
    autoconfigBaseUrl: null,
  };
  return {
    ca,
    dns,
    https,
    deps: {
      dns: createMailDns([dns.server], 3000),
      policy: createTargetPolicy(config),
      config,
      trustedCas: [ca.certPem],
      fetchTimeoutMs: 5000,
      httpsPort: https.port,
      // Nothing listens on port 1: guessing fails fast unless a test brings its own peers.
      guessPorts: { tls: 1, starttls: 1, imaps: 1 },
    },
    close: async () => {
      await Promise.all([dns.close(), https.close()]);
    },
  };
}

/** A store that remembers every value written, to prove what the shared cache holds. */
export class RecordingStore implements SharedStore {
  readonly kind = "memory";
  readonly written: string[] = [];
  operations = 0;
  private readonly inner = new MemoryStore();

  get(key: string): Promise<string | null> {
    this.operations += 1;
    return this.inner.get(key);
  }
  set(key: string, value: string, ttlMs: number): Promise<void> {
    this.operations += 1;
    this.written.push(`${key}=${value}`);
    return this.inner.set(key, value, ttlMs);
  }
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    this.operations += 1;
    this.written.push(`${key}=${value}`);
    return this.inner.setIfAbsent(key, value, ttlMs);
  }
  delete(key: string): Promise<void> {
    this.operations += 1;
    return this.inner.delete(key);
  }
  add(key: string, delta: number, ttlMs: number): Promise<number> {
    this.operations += 1;
    return this.inner.add(key, delta, ttlMs);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
