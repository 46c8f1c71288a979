// The SharedStore contract over a real redis-server, the same one the memory
// store keeps: get/set with expiry, setIfAbsent as a lock, add as a counter
// whose expiry is set once; and the extras the server uses: a fixed-window
// rate-limit counter and probe-slot leases that lapse when never released
// (an instance that crashed holding them).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { parseRedisUrl, RedisStore } from "../../src/net/redisStore.js";
import { ConfigError } from "../../src/net/runtimeConfig.js";
import { StoreUnavailableError } from "../../src/net/sharedStore.js";
import {
  findRedisServer,
  REDIS_MISSING_MESSAGE,
  startRedisPeer,
  type RedisPeer,
} from "../peers/redisPeer.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("REDIS_URL", () => {
  test.each(["redis://127.0.0.1:6379", "rediss://user:pw@cache.example.org:6380/3", "redis://cache"])(
    "%s is accepted",
    (url) => {
      expect(parseRedisUrl(url)).toBe(url);
    },
  );

  test("empty means no Redis", () => {
    expect(parseRedisUrl(undefined)).toBeNull();
    expect(parseRedisUrl("  ")).toBeNull();
  });

  test.each([
    "127.0.0.1:6379",
    "http://cache:6379",
    "redis://",
    "redis://cache/abc",
    "redis://cache/0#x",
    "nonsense",
  ])("%s is a one-line ConfigError", (url) => {
    expect(() => parseRedisUrl(url)).toThrow(ConfigError);
  });
});

const describeWithRedis = findRedisServer() === null ? describe.skip : describe;

describeWithRedis(
  `RedisStore against redis-server${findRedisServer() === null ? ` (${REDIS_MISSING_MESSAGE})` : ""}`,
  () => {
    let redis: RedisPeer;
    let store: RedisStore;

    beforeAll(async () => {
      const peer = await startRedisPeer();
      if (peer === null) throw new Error("redis-server is installed but did not start");
      redis = peer;
      store = new RedisStore(redis.url, { maxValueBytes: 1024 });
      expect(await store.connect()).toBe(true);
      expect(store.state).toBe("ready");
    });

    afterAll(async () => {
      await store.close();
      await redis.close();
    });

    test("get, set with expiry, delete; keys carry the prefix", async () => {
      expect(await store.get("a")).toBeNull();
      await store.set("a", "one", 300);
      expect(await store.get("a")).toBe("one");
      expect(await redis.command("EXISTS", "outbox:a")).toBe(":1");
      await sleep(400);
      expect(await store.get("a")).toBeNull();
      await store.set("b", "two", 10_000);
      await store.delete("b");
      expect(await store.get("b")).toBeNull();
      await store.delete("never-there");
    });

    test("setIfAbsent: only the first caller stores", async () => {
      expect(await store.setIfAbsent("lock", "first", 10_000)).toBe(true);
      expect(await store.setIfAbsent("lock", "second", 10_000)).toBe(false);
      expect(await store.get("lock")).toBe("first");
    });

    test("add: a counter whose expiry is set by the creating call only", async () => {
      expect(await store.add("count", 2, 1500)).toBe(2);
      await sleep(100);
      // A later call does not push the expiry back.
      expect(await store.add("count", -1, 10_000)).toBe(1);
      await sleep(1500);
      expect(await store.add("count", 1, 10_000)).toBe(1);
    });

    test("values over the cap are refused both ways", async () => {
      await expect(store.set("big", "x".repeat(1025), 1000)).rejects.toThrow(StoreUnavailableError);
      await redis.command("SET", "outbox:big", "y".repeat(5000));
      await expect(store.get("big")).rejects.toThrow(/the shared store did not answer/);
    });

    test("rate-limit windows count hits and say when they reset", async () => {
      const first = await store.rateLimitHit("rl", 1500);
      expect(first.current).toBe(1);
      expect(first.ttlMs).toBeGreaterThan(0);
      expect(first.ttlMs).toBeLessThanOrEqual(1500);
      expect((await store.rateLimitHit("rl", 1500)).current).toBe(2);
      await sleep(1600);
      expect((await store.rateLimitHit("rl", 1500)).current).toBe(1);
    });

    test("leases: the capacity holds, release frees, unreleased leases lapse", async () => {
      const first = await store.acquireLeases("pool", 3, 4, 1500);
      expect(first).toHaveLength(3);
      expect(await store.acquireLeases("pool", 2, 4, 1500)).toBeNull();
      const second = await store.acquireLeases("pool", 1, 4, 1500);
      expect(second).toHaveLength(1);
      expect(await store.countLeases("pool")).toBe(4);
      await store.releaseLeases("pool", second ?? []);
      expect(await store.countLeases("pool")).toBe(3);
      // The holder of the first three "crashed": after their lifetime they are free again.
      await sleep(1600);
      expect(await store.countLeases("pool")).toBe(0);
      expect(await store.acquireLeases("pool", 4, 4, 1500)).toHaveLength(4);
    });

    test("a stopped server: commands fail at once with StoreUnavailableError, then the client reconnects", async () => {
      await redis.stop();
      const started = Date.now();
      await expect(store.get("a")).rejects.toThrow(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(1500);
      await redis.start();
      const deadline = Date.now() + 10_000;
      while (store.state !== "ready" && Date.now() < deadline) await sleep(50);
      expect(store.state).toBe("ready");
      await store.set("back", "yes", 1000);
      expect(await store.get("back")).toBe("yes");
    }, 20_000);
  },
);
