// The server's environment variables, and the log redaction of query values.
import { describe, expect, test } from "@jest/globals";
import { ConfigError } from "../../src/net/runtimeConfig.js";
import { redactUrlForLog, routeForLog } from "../../src/server/queryParams.js";
import { parseMaxProbesInFlight, parseRateLimit } from "../../src/server/rateLimits.js";
import { parseFrameAncestors } from "../../src/server/securityHeaders.js";
import { parseTrustProxy, readServerConfig } from "../../src/server/serverConfig.js";

describe("OUTBOX_RATE_LIMIT", () => {
  test.each([
    [undefined, { max: 20, timeWindowMs: 60_000 }],
    ["", { max: 20, timeWindowMs: 60_000 }],
    ["30", { max: 30, timeWindowMs: 60_000 }],
    ["20/60s", { max: 20, timeWindowMs: 60_000 }],
    ["5/2m", { max: 5, timeWindowMs: 120_000 }],
    ["100/1h", { max: 100, timeWindowMs: 3_600_000 }],
  ])("%s", (value, expected) => {
    expect(parseRateLimit(value)).toEqual(expected);
  });

  test.each(["0", "-1", "abc", "20/", "20/60", "20/0s", "20/25h", "1000001", "20 / 60s"])(
    "%s is refused",
    (value) => {
      expect(() => parseRateLimit(value)).toThrow(ConfigError);
    },
  );
});

describe("OUTBOX_MAX_PROBES_IN_FLIGHT", () => {
  test("default 32, a number from 4 to 1000", () => {
    expect(parseMaxProbesInFlight(undefined)).toBe(32);
    expect(parseMaxProbesInFlight("8")).toBe(8);
    for (const bad of ["3", "1001", "x", "1.5"])
      expect(() => parseMaxProbesInFlight(bad)).toThrow(ConfigError);
  });
});

describe("OUTBOX_TRUST_PROXY", () => {
  test("a hop count, addresses, ranges or keywords; never everyone", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("10.0.0.0/8, loopback")).toBe("10.0.0.0/8,loopback");
    for (const bad of ["true", "*", "proxy.example.com"])
      expect(() => parseTrustProxy(bad)).toThrow(ConfigError);
  });
});

describe("OUTBOX_FRAME_ANCESTORS", () => {
  test("https origins only", () => {
    expect(parseFrameAncestors("https://mail.contoso.com, https://*.contoso.us:8443")).toEqual([
      "https://mail.contoso.com",
      "https://*.contoso.us:8443",
    ]);
    for (const bad of ["http://mail.contoso.com", "*", "https://mail.contoso.com/owa", "'unsafe-inline'"]) {
      expect(() => parseFrameAncestors(bad)).toThrow(ConfigError);
    }
  });
});

describe("readServerConfig", () => {
  test("defaults", () => {
    const config = readServerConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: "localhost",
      plainHttp: false,
      trustProxy: false,
      maxProbesInFlight: 32,
      frameAncestors: [],
    });
    expect(config.runtime.probePorts).toEqual([25, 465, 587, 2525]);
  });

  test("reverse-proxy mode", () => {
    const config = readServerConfig({
      OUTBOX_HTTP: "1",
      OUTBOX_TRUST_PROXY: "127.0.0.1",
      PORT: "8080",
      HOST: "0.0.0.0",
    });
    expect(config).toMatchObject({ plainHttp: true, trustProxy: "127.0.0.1", port: 8080, host: "0.0.0.0" });
  });

  test.each([
    { PORT: "99999" },
    { PORT: "http" },
    { OUTBOX_HTTP: "maybe" },
    { HOST: "a b" },
    { OUTBOX_PROBE_PORTS: "x" },
    { REDIS_URL: "localhost:6379" },
    { REDIS_URL: "http://localhost:6379" },
    { REDIS_URL: "redis://" },
    { REDIS_URL: "redis://cache.internal:6379/db" },
    { REDIS_URL: "redis://user:s3cret@cache.internal:6379/0?x=1" },
    { OUTBOX_REPORT_TTL: "7" },
    { OUTBOX_REPORT_TTL: "0d" },
    { OUTBOX_REPORT_TTL: "100d" },
    { OUTBOX_REPORT_TTL: "12 h" },
    { OUTBOX_PUBLIC_URL: "outbox.example.org" },
    { OUTBOX_PUBLIC_URL: "https://outbox.example.org/path" },
    { OUTBOX_METRICS: "on" },
    { OUTBOX_METRICS_PORT: "70000" },
  ])("%o is a one-line configuration error", (env) => {
    expect(() => readServerConfig(env)).toThrow(ConfigError);
    try {
      readServerConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/\n/);
    }
  });
});

describe("shared state, reports and metrics", () => {
  test("defaults: memory, 7 days, no public URL, metrics off", () => {
    expect(readServerConfig({})).toMatchObject({
      redisUrl: null,
      reportTtlMs: 7 * 86_400_000,
      publicUrl: null,
      metricsOnMainPort: false,
      metricsPort: null,
    });
  });

  test("values", () => {
    expect(
      readServerConfig({
        REDIS_URL: "rediss://:pw@cache.example.org:6380/2",
        OUTBOX_REPORT_TTL: "12h",
        OUTBOX_PUBLIC_URL: "https://Outbox.Example.org/",
        OUTBOX_METRICS: "1",
        OUTBOX_METRICS_PORT: "9464",
      }),
    ).toMatchObject({
      redisUrl: "rediss://:pw@cache.example.org:6380/2",
      reportTtlMs: 12 * 3_600_000,
      publicUrl: "https://outbox.example.org",
      metricsOnMainPort: true,
      metricsPort: 9464,
    });
    expect(readServerConfig({ OUTBOX_REPORT_TTL: "30m" }).reportTtlMs).toBe(1_800_000);
  });

  test("a bad REDIS_URL never echoes its password", () => {
    expect(() => readServerConfig({ REDIS_URL: "redis://user:s3cret@cache.internal:6379/0?x=1" })).toThrow(
      /^REDIS_URL: "redis:\/\/cache.internal:6379\/0": no query or fragment is accepted$/,
    );
  });
});

describe("request log lines carry the route, never the query or a report id", () => {
  test.each([
    ["/api/verify?host=smtp.contoso.com&port=587", "/api/verify?[query omitted]"],
    ["/api/settings?email=ann%40contoso.com", "/api/settings?[query omitted]"],
    ["/report/AAAAAAAAAAAAAAAAAAAAAA", "/report/:id"],
    ["/%72eport/AAAAAAAAAAAAAAAAAAAAAA", "/report/:id"],
    ["/api/%72eport/AAAAAAAAAAAAAAAAAAAAAA", "/api/report/:id"],
    ["/api/report/AAAAAAAAAAAAAAAAAAAAAA?x=1", "/api/report/:id?[query omitted]"],
    ["/healthz", "/healthz"],
  ])("%s", (url, logged) => {
    expect(routeForLog(url)).toBe(logged);
  });
});

describe("log lines never carry addresses, pasted texts or secrets", () => {
  test.each([
    ["/api/settings?email=ann%40contoso.com&offline=1", "/api/settings?email=[redacted]&offline=1"],
    ["/api/explain?text=535+5.7.3+ann%40contoso.com", "/api/explain?text=[redacted]"],
    ["/api/verify?host=smtp.example.com&password=x", "/api/verify?host=smtp.example.com&password=[redacted]"],
    ["/api/verify?host=smtp.example.com&port=587", "/api/verify?host=smtp.example.com&port=587"],
    ["/api/verify?Email=a&%E0=b", "/api/verify?Email=[redacted]&%E0=[redacted]"],
    ["/healthz", "/healthz"],
  ])("%s", (url, logged) => {
    expect(redactUrlForLog(url)).toBe(logged);
  });
});
