// The server's own environment variables (the shared ones are read by
// readRuntimeConfig). Every bad value is a ConfigError with a one-line reason;
// main.ts prints it and exits 2.
import { parseRedisUrl } from "../net/redisStore.js";
import { ConfigError, readRuntimeConfig, type RuntimeConfig } from "../net/runtimeConfig.js";
import { parseMaxProbesInFlight, parseRateLimit, type RateLimit } from "./rateLimits.js";
import { parseReportTtl } from "./reportStore.js";
import { parseFrameAncestors } from "./securityHeaders.js";

export interface ServerConfig {
  runtime: RuntimeConfig;
  port: number;
  /** Listen address; "localhost" listens on every address the name resolves to (127.0.0.1, ::1). */
  host: string;
  /** OUTBOX_HTTP=1: plain HTTP behind a TLS-terminating reverse proxy. */
  plainHttp: boolean;
  /** OUTBOX_TRUST_PROXY: whose X-Forwarded-For / -Proto to believe. */
  trustProxy: boolean | number | string;
  rateLimit: RateLimit;
  maxProbesInFlight: number;
  frameAncestors: string[];
  /** REDIS_URL: shared state for several instances; null keeps everything in memory. */
  redisUrl: string | null;
  /** OUTBOX_REPORT_TTL in ms. */
  reportTtlMs: number;
  /** OUTBOX_PUBLIC_URL: the origin users reach the server at (reportUrl, origin checks). */
  publicUrl: string | null;
  /** OUTBOX_METRICS=1: GET /metrics on the main port. */
  metricsOnMainPort: boolean;
  /** OUTBOX_METRICS_PORT: GET /metrics on its own port, on the loopback interface. */
  metricsPort: number | null;
}

const DEFAULT_PORT = 3000;
const DEFAULT_HOST = "localhost";

function parsePort(value: string | undefined): number {
  const text = (value ?? "").trim();
  if (text === "") return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT: "${text}" is not a port number (1-65535)`);
  }
  return port;
}

function parseHost(value: string | undefined): string {
  const text = (value ?? "").trim();
  if (text === "") return DEFAULT_HOST;
  if (!/^[0-9A-Za-z.:-]+$/.test(text))
    throw new ConfigError(`HOST: "${text}" is not a host name or IP address`);
  return text;
}

function parseFlag(name: string, value: string | undefined): boolean {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text === "false" || text === "no") return false;
  if (text === "1" || text === "true" || text === "yes") return true;
  throw new ConfigError(`${name}: "${text}" is not 1 or 0`);
}

/**
 * OUTBOX_TRUST_PROXY: a number of proxy hops ("1" = the one proxy in front of
 * the server), or a comma list of proxy addresses, CIDR ranges or the words
 * loopback, linklocal, uniquelocal. Never "everyone": a client could then
 * choose its own address and escape the rate limits.
 */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const text = (value ?? "").trim();
  if (text === "" || text === "0") return false;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const items = text.split(",").map((item) => item.trim());
  for (const item of items) {
    if (!/^(?:loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(?:\/\d{1,3})?)$/.test(item)) {
      throw new ConfigError(
        `OUTBOX_TRUST_PROXY: "${item}" is not a hop count, proxy address, CIDR range, loopback, linklocal or uniquelocal`,
      );
    }
  }
  return items.join(",");
}

/** OUTBOX_PUBLIC_URL: an http(s) origin with no path ("https://outbox.example.org"). */
export function parsePublicUrl(value: string | undefined): string | null {
  const text = (value ?? "").trim();
  if (text === "") return null;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (
    url === null ||
    (url.protocol !== "https:" && url.protocol !== "http:") ||
    (url.pathname !== "/" && url.pathname !== "") ||
    url.search !== "" ||
    url.hash !== "" ||
    url.username !== "" ||
    url.password !== ""
  ) {
    throw new ConfigError(`OUTBOX_PUBLIC_URL: "${text}" is not an origin like https://outbox.example.org`);
  }
  return url.origin;
}

function parseMetricsPort(value: string | undefined): number | null {
  const text = (value ?? "").trim();
  if (text === "") return null;
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port < 1 || port > 65535) {
    throw new ConfigError(`OUTBOX_METRICS_PORT: "${text}" is not a port number (1-65535)`);
  }
  return port;
}

export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  return {
    runtime: readRuntimeConfig(env),
    port: parsePort(env.PORT),
    host: parseHost(env.HOST),
    plainHttp: parseFlag("OUTBOX_HTTP", env.OUTBOX_HTTP),
    trustProxy: parseTrustProxy(env.OUTBOX_TRUST_PROXY),
    rateLimit: parseRateLimit(env.OUTBOX_RATE_LIMIT),
    maxProbesInFlight: parseMaxProbesInFlight(env.OUTBOX_MAX_PROBES_IN_FLIGHT),
    frameAncestors: parseFrameAncestors(env.OUTBOX_FRAME_ANCESTORS),
    redisUrl: parseRedisUrl(env.REDIS_URL),
    reportTtlMs: parseReportTtl(env.OUTBOX_REPORT_TTL),
    publicUrl: parsePublicUrl(env.OUTBOX_PUBLIC_URL),
    metricsOnMainPort: parseFlag("OUTBOX_METRICS", env.OUTBOX_METRICS),
    metricsPort: parseMetricsPort(env.OUTBOX_METRICS_PORT),
  };
}
