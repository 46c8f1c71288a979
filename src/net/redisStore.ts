// The SharedStore over Redis or Valkey (REDIS_URL), through ioredis. Several
// server instances then share rate limits, probe slots, the discovery cache
// and stored reports. Every command is bounded: no offline queue (a command
// while disconnected fails at once), a per-command timeout, no retries of a
// command whose connection died, and a size cap on every value read or
// written. Failures surface as StoreUnavailableError so callers degrade
// (limits fall back to per-instance, report storage answers 503); the client
// reconnects by itself and the state changes are reported once each.
import { randomBytes } from "node:crypto";
import { Redis, type RedisOptions } from "ioredis";
import { ConfigError } from "./runtimeConfig.js";
import { StoreUnavailableError, type SharedStore } from "./sharedStore.js";

/** "ready": commands run; "connecting": first connection or reconnecting; "down": the last attempt failed; "closed": close() was called. */
export type RedisState = "connecting" | "ready" | "down" | "closed";

export interface RedisStoreOptions {
  /** Per command; a slow or hostile server cannot hold a request longer. Default 1000 ms. */
  commandTimeoutMs?: number;
  /** Longest value read or written, in bytes; default 1 MiB. */
  maxValueBytes?: number;
  /** Key prefix, so one Redis can serve several deployments. Default "outbox:". */
  keyPrefix?: string;
  /** Told once per state change (down, ready again); the server logs it. */
  onStateChange?: (state: RedisState, detail: string) => void;
}

const DEFAULT_COMMAND_TIMEOUT_MS = 1000;
const DEFAULT_MAX_VALUE_BYTES = 1024 * 1024;
const CONNECT_TIMEOUT_MS = 2000;
const MAX_RECONNECT_DELAY_MS = 2000;

// GET that refuses to transfer a value over the cap (STRLEN is O(1)).
const BOUNDED_GET = `
local size = redis.call('STRLEN', KEYS[1])
if size > tonumber(ARGV[1]) then return redis.error_reply('OUTBOX_TOO_LARGE ' .. size) end
return redis.call('GET', KEYS[1])`;

// INCRBY whose key gets an expiry only when it has none (the creating call).
const ADD_WITH_TTL = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return value`;

// A fixed-window counter for @fastify/rate-limit: {hits in this window, ms left}.
const RATE_LIMIT_HIT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if hits == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {hits, ttl}`;

// Leases of a pool (the global probe slots): a sorted set of lease ids scored
// by their expiry in the Redis server's own clock, so a crashed instance's
// leases lapse after the safety TTL and clock skew between instances does not
// matter. ARGV: capacity, ttl ms, lease ids...
const ACQUIRE_LEASES = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local wanted = #ARGV - 2
if redis.call('ZCARD', KEYS[1]) + wanted > tonumber(ARGV[1]) then return 0 end
for i = 3, #ARGV do redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

const COUNT_LEASES = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZCARD', KEYS[1])`;

interface ScriptCommands {
  outboxGet(key: string, maxBytes: number): Promise<string | null>;
  outboxAdd(key: string, delta: number, ttlMs: number): Promise<number>;
  outboxRateLimitHit(key: string, windowMs: number): Promise<[number, number]>;
  outboxAcquireLeases(key: string, capacity: number, ttlMs: number, ...ids: string[]): Promise<number>;
  outboxCountLeases(key: string): Promise<number>;
}

/**
 * REDIS_URL: redis://[user:password@]host[:port][/db] or rediss:// (TLS).
 * Anything else is a one-line ConfigError.
 */
export function parseRedisUrl(value: string | undefined): string | null {
  const text = (value ?? "").trim();
  if (text === "") return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError("REDIS_URL: not a URL (write redis://host:6379 or rediss://host:6380)");
  }
  const shown = `${url.protocol}//${url.host}${url.pathname}`;
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") {
    throw new ConfigError(`REDIS_URL: "${shown}" must start with redis:// or rediss://`);
  }
  if (url.hostname === "") throw new ConfigError(`REDIS_URL: "${shown}" has no host`);
  if (url.pathname !== "" && url.pathname !== "/" && !/^\/\d{1,2}$/.test(url.pathname)) {
    throw new ConfigError(`REDIS_URL: "${shown}": the path must be a database number such as /0`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new ConfigError(`REDIS_URL: "${shown}": no query or fragment is accepted`);
  }
  return text;
}

function errorSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // ioredis messages can carry the URL; keep only the first line, never credentials.
  return (message.split("\n")[0] ?? "").replace(/\/\/[^@/\s]*@/g, "//");
}

export class RedisStore implements SharedStore {
  readonly kind = "redis";
  /** The ioredis client; also what @fastify/rate-limit would take. */
  readonly client: Redis;
  private readonly scripts: ScriptCommands;
  private readonly maxValueBytes: number;
  private readonly keyPrefix: string;
  private readonly onStateChange: (state: RedisState, detail: string) => void;
  private currentState: RedisState = "connecting";
  /** Round trips issued by this store (the bench and metrics read it). */
  commandsSent = 0;

  constructor(url: string, options: RedisStoreOptions = {}) {
    this.maxValueBytes = options.maxValueBytes ?? DEFAULT_MAX_VALUE_BYTES;
    this.keyPrefix = options.keyPrefix ?? "outbox:";
    this.onStateChange = options.onStateChange ?? (() => undefined);
    const clientOptions: RedisOptions = {
      lazyConnect: true,
      enableOfflineQueue: false,
      // A command whose connection dies is failed, not replayed: the caller has a fallback.
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      commandTimeout: options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
      connectTimeout: CONNECT_TIMEOUT_MS,
      retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 5), MAX_RECONNECT_DELAY_MS),
      reconnectOnError: () => false,
    };
    this.client = new Redis(url, clientOptions);
    this.client.defineCommand("outboxGet", { numberOfKeys: 1, lua: BOUNDED_GET });
    this.client.defineCommand("outboxAdd", { numberOfKeys: 1, lua: ADD_WITH_TTL });
    this.client.defineCommand("outboxRateLimitHit", { numberOfKeys: 1, lua: RATE_LIMIT_HIT });
    this.client.defineCommand("outboxAcquireLeases", { numberOfKeys: 1, lua: ACQUIRE_LEASES });
    this.client.defineCommand("outboxCountLeases", { numberOfKeys: 1, lua: COUNT_LEASES });
    this.scripts = this.client as unknown as ScriptCommands;
    this.client.on("ready", () => this.moveTo("ready", "connected"));
    this.client.on("error", (error: unknown) => this.moveTo("down", errorSummary(error)));
    this.client.on("close", () => {
      if (this.currentState === "ready") this.moveTo("down", "connection closed");
    });
  }

  get state(): RedisState {
    return this.currentState;
  }

  private moveTo(state: RedisState, detail: string): void {
    if (this.currentState === state || this.currentState === "closed") return;
    this.currentState = state;
    this.onStateChange(state, detail);
  }

  /** Connects; resolves true when Redis answered within `waitMs`, false otherwise (the client keeps trying). */
  async connect(waitMs = CONNECT_TIMEOUT_MS): Promise<boolean> {
    const connecting = this.client.connect().then(
      () => true,
      () => false,
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), waitMs);
    });
    try {
      return await Promise.race([connecting, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private key(key: string): string {
    return `${this.keyPrefix}${key}`;
  }

  /** Runs one command; every failure becomes StoreUnavailableError. */
  private async run<T>(command: () => Promise<T>): Promise<T> {
    if (this.currentState === "closed") throw new StoreUnavailableError("the shared store is closed");
    this.commandsSent += 1;
    try {
      return await command();
    } catch (error) {
      const detail = errorSummary(error);
      if (/timed out/i.test(detail) && this.currentState === "ready") {
        // A server that stalls mid-reply may be streaming a huge value: drop the connection and its buffers.
        this.client.disconnect(true);
      }
      throw new StoreUnavailableError(`the shared store did not answer (${detail})`);
    }
  }

  private checkSize(value: string): void {
    if (Buffer.byteLength(value) > this.maxValueBytes) {
      throw new StoreUnavailableError(`a value over ${this.maxValueBytes} bytes cannot be stored`);
    }
  }

  async get(key: string): Promise<string | null> {
    const value = await this.run(() => this.scripts.outboxGet(this.key(key), this.maxValueBytes));
    if (value !== null && typeof value !== "string") {
      throw new StoreUnavailableError("the shared store answered something that is not a string");
    }
    // A server that ignored the cap (not Redis, or altered) still cannot hand us more.
    if (value !== null && Buffer.byteLength(value) > this.maxValueBytes) {
      throw new StoreUnavailableError(`the shared store answered a value over ${this.maxValueBytes} bytes`);
    }
    return value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.checkSize(value);
    await this.run(() => this.client.set(this.key(key), value, "PX", Math.max(1, Math.round(ttlMs))));
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    this.checkSize(value);
    const answer = await this.run(() =>
      this.client.set(this.key(key), value, "PX", Math.max(1, Math.round(ttlMs)), "NX"),
    );
    return answer === "OK";
  }

  async delete(key: string): Promise<void> {
    await this.run(() => this.client.del(this.key(key)));
  }

  async add(key: string, delta: number, ttlMs: number): Promise<number> {
    const value = await this.run(() =>
      this.scripts.outboxAdd(this.key(key), Math.trunc(delta), Math.max(1, Math.round(ttlMs))),
    );
    return Number(value);
  }

  /** One hit of a fixed-window rate limit: the hits in the window so far and the ms until it resets. */
  async rateLimitHit(key: string, windowMs: number): Promise<{ current: number; ttlMs: number }> {
    const answer = await this.run(() => this.scripts.outboxRateLimitHit(this.key(key), windowMs));
    const [current, ttl] = Array.isArray(answer) ? answer : [NaN, NaN];
    if (!Number.isFinite(Number(current)) || !Number.isFinite(Number(ttl))) {
      throw new StoreUnavailableError("the shared store gave a malformed rate-limit answer");
    }
    return { current: Number(current), ttlMs: Math.max(0, Number(ttl)) };
  }

  /**
   * Takes `count` leases of the pool `key` when at most `capacity` unexpired
   * leases would then be held; each lease lapses after `ttlMs` unless released.
   * Returns the lease ids, or null when the pool is full.
   */
  async acquireLeases(key: string, count: number, capacity: number, ttlMs: number): Promise<string[] | null> {
    const ids = Array.from({ length: count }, () => randomBytes(9).toString("base64url"));
    const taken = await this.run(() =>
      this.scripts.outboxAcquireLeases(this.key(key), capacity, Math.round(ttlMs), ...ids),
    );
    return Number(taken) === 1 ? ids : null;
  }

  async releaseLeases(key: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.run(() => this.client.zrem(this.key(key), ...ids));
  }

  async countLeases(key: string): Promise<number> {
    return Number(await this.run(() => this.scripts.outboxCountLeases(this.key(key))));
  }

  close(): Promise<void> {
    if (this.currentState === "closed") return Promise.resolve();
    this.currentState = "closed";
    // disconnect, not QUIT: QUIT waits on a server that may be gone or hostile.
    this.client.disconnect();
    return Promise.resolve();
  }
}
