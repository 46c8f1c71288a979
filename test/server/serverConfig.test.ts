// The server's environment variables, and the log redaction of query values.
import { describe, expect, test } from "@jest/globals";
import { ConfigError } from "../../src/net/runtimeConfig.js";
import { redactUrlForLog } from "../../src/server/queryParams.js";
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
  ])("%o is a one-line configuration error", (env) => {
    expect(() => readServerConfig(env)).toThrow(ConfigError);
    try {
      readServerConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/\n/);
    }
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
