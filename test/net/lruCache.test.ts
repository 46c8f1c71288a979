import { describe, expect, it } from "@jest/globals";
import { LruCache } from "../../src/net/lruCache.js";

function clock(start = 1_000): { now: () => number; advance(ms: number): void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe("LruCache", () => {
  it("returns what was stored until it expires", () => {
    const time = clock();
    const cache = new LruCache<string>({ maxEntries: 10, ttlMs: 1000, now: time.now });
    cache.set("a", "one");
    time.advance(999);
    expect(cache.get("a")).toBe("one");
    time.advance(1);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.stats().size).toBe(0);
  });

  it("honours a per-entry TTL and does not store with TTL 0", () => {
    const time = clock();
    const cache = new LruCache<string>({ maxEntries: 10, ttlMs: 1000, now: time.now });
    cache.set("short", "x", 10);
    cache.set("never", "y", 0);
    expect(cache.get("never")).toBeUndefined();
    time.advance(10);
    expect(cache.get("short")).toBeUndefined();
  });

  it("drops the least recently used entry when full", () => {
    const cache = new LruCache<number>({ maxEntries: 2, ttlMs: 60_000 });
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recently used
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.stats().size).toBe(2);
  });

  it("shares one load between concurrent callers of the same key", async () => {
    const cache = new LruCache<string>({ maxEntries: 100, ttlMs: 60_000 });
    let loads = 0;
    const load = (key: string) => async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return `value of ${key}`;
    };
    const keys = Array.from({ length: 200 }, (_, i) => `k${i % 5}`);
    const values = await Promise.all(keys.map((key) => cache.getOrLoad(key, load(key))));
    expect(values[7]).toBe("value of k2");
    expect(loads).toBe(5);
    expect(cache.stats()).toMatchObject({ loads: 5, joined: 195, hits: 0 });
    await cache.getOrLoad("k1", load("k1"));
    expect(loads).toBe(5);
    expect(cache.stats().hits).toBe(1);
  });

  it("does not store a failed load; everyone waiting gets the error and the next call loads again", async () => {
    const cache = new LruCache<string>({ maxEntries: 10, ttlMs: 60_000 });
    let attempts = 0;
    const failing = async (): Promise<string> => {
      attempts += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error("upstream down");
    };
    const results = await Promise.allSettled([cache.getOrLoad("x", failing), cache.getOrLoad("x", failing)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(attempts).toBe(1);
    await expect(cache.getOrLoad("x", async () => "recovered")).resolves.toBe("recovered");
    expect(cache.get("x")).toBe("recovered");
  });

  it("lets the loaded value choose its TTL", async () => {
    const time = clock();
    const cache = new LruCache<string>({ maxEntries: 10, ttlMs: 60_000, now: time.now });
    await cache.getOrLoad(
      "empty",
      async () => "",
      (value) => (value === "" ? 100 : 60_000),
    );
    time.advance(100);
    expect(cache.get("empty")).toBeUndefined();
  });

  it("refuses nonsense sizes", () => {
    expect(() => new LruCache({ maxEntries: 0, ttlMs: 1 })).toThrow(RangeError);
    expect(() => new LruCache({ maxEntries: 1, ttlMs: -1 })).toThrow(RangeError);
  });
});
