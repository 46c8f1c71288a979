import { describe, expect, it } from "@jest/globals";
import { PANE_TIMEOUTS_MS, createServerApi, safeReportUrl } from "../../src/taskpane/api/serverApi.js";
import { DEFAULT_ROUTE_DEADLINES } from "../../src/server/routeDeadline.js";
import { installFakeServer } from "./fakeServer.js";

const report = {
  target: { host: "smtp.example.com", port: 587, security: "starttls", address: "192.0.2.10" },
  ok: true,
  steps: [],
  greeting: "220 smtp.example.com ESMTP",
  tls: null,
  auth: { beforeTls: [], afterTls: ["PLAIN"] },
  extensions: [],
  findings: [],
  checkedAt: "2026-11-22T10:00:00.000Z",
  durationMs: 120,
};
const settings = {
  email: "a+b@example.com",
  domain: "example.com",
  provider: null,
  source: "mx",
  confidence: "medium",
  servers: [],
  notes: [],
};
const target = { host: "smtp.example.com", port: 587, security: "starttls" as const };

describe("serverApi", () => {
  it("builds the documented query strings", async () => {
    const server = installFakeServer({
      "/api/verify": { body: report },
      "/api/settings": { body: settings },
      "/api/domain": { body: { domain: "example.com", mx: [], findings: [] } },
    });
    const api = createServerApi();
    await api.verify(target, "en");
    await api.settings("a+b@example.com", "office365", "de");
    await api.settings("c@example.com", undefined, "en");
    await api.domain("example.com", "de");
    expect(server.calls()).toEqual([
      "/api/verify?host=smtp.example.com&port=587&security=starttls&lang=en",
      "/api/settings?email=a%2Bb%40example.com&accountType=office365&lang=de",
      "/api/settings?email=c%40example.com&lang=en",
      "/api/domain?domain=example.com&lang=de",
    ]);
  });

  it("waits longer than the server's own route deadlines (slow is not down)", () => {
    expect(PANE_TIMEOUTS_MS.settings).toBeGreaterThan(DEFAULT_ROUTE_DEADLINES.settings);
    expect(PANE_TIMEOUTS_MS.verify).toBeGreaterThan(DEFAULT_ROUTE_DEADLINES.verify);
    expect(PANE_TIMEOUTS_MS.domain).toBeGreaterThan(DEFAULT_ROUTE_DEADLINES.domain);
  });

  it("says 'no answer' when its own timeout expires, apart from unreachable", async () => {
    (globalThis as { fetch?: unknown }).fetch = (_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    const api = createServerApi("", { settings: 30, verify: 30, domain: 30, health: 30 });
    await expect(api.settings("a@b.example", undefined, "en")).resolves.toEqual({
      ok: false,
      kind: "no-answer",
      waitedMs: 30,
    });
  });

  it("reads /healthz and accepts only our own report links", async () => {
    installFakeServer({ "/healthz": { body: { status: "ok" } } });
    await expect(createServerApi().health()).resolves.toEqual({ ok: true, value: { status: "ok" } });
    expect(safeReportUrl("/report/AbC_123")).toBe("/report/AbC_123");
    expect(safeReportUrl("https://doctor.example/report/x")).toBe("https://doctor.example/report/x");
    expect(safeReportUrl("javascript:alert(1)")).toBeNull();
    expect(safeReportUrl("//evil.example/x")).toBeNull();
    expect(safeReportUrl(undefined)).toBeNull();
  });

  it("returns the answer on success", async () => {
    installFakeServer({ "/api/verify": { body: report }, "/api/settings": { body: settings } });
    await expect(createServerApi().verify(target, "en")).resolves.toEqual({ ok: true, value: report });
    // An older server without `incoming` is read as "incoming unknown".
    await expect(createServerApi().settings(settings.email, undefined, "en")).resolves.toEqual({
      ok: true,
      value: { ...settings, incoming: [] },
    });
  });

  it("treats a network error, a non-JSON page and a bare 5xx as unreachable", async () => {
    installFakeServer({ "/api/verify": "network-error" });
    await expect(createServerApi().verify(target, "en")).resolves.toEqual({ ok: false, kind: "unreachable" });
    installFakeServer({ "/api/verify": { status: 502, body: "<html>Bad gateway</html>" } });
    await expect(createServerApi().verify(target, "en")).resolves.toEqual({ ok: false, kind: "unreachable" });
    installFakeServer({ "/api/verify": { status: 500, body: { message: "oops" } } });
    await expect(createServerApi().verify(target, "en")).resolves.toEqual({ ok: false, kind: "unreachable" });
    installFakeServer({ "/api/verify": { status: 200, body: "<html>captive portal</html>" } });
    await expect(createServerApi().verify(target, "en")).resolves.toEqual({ ok: false, kind: "unreachable" });
    installFakeServer({ "/api/verify": { status: 200, body: { unexpected: true } } });
    await expect(createServerApi().verify(target, "en")).resolves.toEqual({ ok: false, kind: "unreachable" });
    installFakeServer({ "/api/settings": { status: 200, body: { email: "a@b.c", servers: [] } } });
    await expect(createServerApi().settings("a@b.c", undefined, "en")).resolves.toEqual({
      ok: false,
      kind: "unreachable",
    });
  });

  it("passes the server's own errors through, including 504 timeout", async () => {
    installFakeServer({
      "/api/verify": {
        status: 403,
        body: { error: { code: "forbidden-target", message: "Private addresses are not probed." } },
      },
    });
    await expect(createServerApi().verify(target, "en")).resolves.toEqual({
      ok: false,
      kind: "rejected",
      code: "forbidden-target",
      message: "Private addresses are not probed.",
    });
    installFakeServer({
      "/api/verify": { status: 504, body: { error: { code: "timeout", message: "The probe timed out." } } },
    });
    await expect(createServerApi().verify(target, "en")).resolves.toMatchObject({
      kind: "rejected",
      code: "timeout",
    });
  });
});
