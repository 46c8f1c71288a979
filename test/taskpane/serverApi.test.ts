import { describe, expect, it } from "@jest/globals";
import { createServerApi, verifyReportUrl } from "../../src/taskpane/api/serverApi.js";
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
    await api.verify(target);
    await api.settings("a+b@example.com", "office365");
    await api.settings("c@example.com");
    await api.domain("example.com");
    expect(server.calls()).toEqual([
      "/api/verify?host=smtp.example.com&port=587&security=starttls",
      "/api/settings?email=a%2Bb%40example.com&accountType=office365",
      "/api/settings?email=c%40example.com",
      "/api/domain?domain=example.com",
    ]);
    expect(verifyReportUrl("", target)).toBe("/verify?host=smtp.example.com&port=587&security=starttls");
  });

  it("returns the answer on success", async () => {
    installFakeServer({ "/api/verify": { body: report }, "/api/settings": { body: settings } });
    await expect(createServerApi().verify(target)).resolves.toEqual({ ok: true, value: report });
    await expect(createServerApi().settings(settings.email)).resolves.toEqual({ ok: true, value: settings });
  });

  it("treats a network error, a non-JSON page and a bare 5xx as unreachable", async () => {
    installFakeServer({ "/api/verify": "network-error" });
    await expect(createServerApi().verify(target)).resolves.toEqual({ ok: false, kind: "unreachable" });
    installFakeServer({ "/api/verify": { status: 502, body: "<html>Bad gateway</html>" } });
    await expect(createServerApi().verify(target)).resolves.toEqual({ ok: false, kind: "unreachable" });
    installFakeServer({ "/api/verify": { status: 500, body: { message: "oops" } } });
    await expect(createServerApi().verify(target)).resolves.toEqual({ ok: false, kind: "unreachable" });
    installFakeServer({ "/api/verify": { status: 200, body: "<html>captive portal</html>" } });
    await expect(createServerApi().verify(target)).resolves.toEqual({ ok: false, kind: "unreachable" });
    installFakeServer({ "/api/verify": { status: 200, body: { unexpected: true } } });
    await expect(createServerApi().verify(target)).resolves.toEqual({ ok: false, kind: "unreachable" });
    installFakeServer({ "/api/settings": { status: 200, body: { email: "a@b.c", servers: [] } } });
    await expect(createServerApi().settings("a@b.c")).resolves.toEqual({ ok: false, kind: "unreachable" });
  });

  it("passes the server's own errors through, including 504 timeout", async () => {
    installFakeServer({
      "/api/verify": {
        status: 403,
        body: { error: { code: "forbidden-target", message: "Private addresses are not probed." } },
      },
    });
    await expect(createServerApi().verify(target)).resolves.toEqual({
      ok: false,
      kind: "rejected",
      code: "forbidden-target",
      message: "Private addresses are not probed.",
    });
    installFakeServer({
      "/api/verify": { status: 504, body: { error: { code: "timeout", message: "The probe timed out." } } },
    });
    await expect(createServerApi().verify(target)).resolves.toMatchObject({
      kind: "rejected",
      code: "timeout",
    });
  });
});
