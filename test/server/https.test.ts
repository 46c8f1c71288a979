// The HTTPS set-up: which certificate is chosen, generation and reuse in
// .certs/, configuration errors, and a real HTTPS server (HSTS only there).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { get as httpsGet } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { ConfigError } from "../../src/net/runtimeConfig.js";
import { buildApp } from "../../src/server/app.js";
import { generateLocalhostCertificate, loadHttpsCertificate } from "../../src/server/httpsCertificate.js";
import { startDnsPeer, type DnsPeer } from "../peers/dnsPeer.js";
import { startTestServer, testRuntimeConfig } from "./serverHarness.js";

const DAY_MS = 86_400_000;
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "outbox-certs-"));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("loadHttpsCertificate", () => {
  test("generates a localhost certificate on first run, stores it privately, reuses it afterwards", async () => {
    const locations = { env: {}, homeDir: join(work, "home"), certsDir: join(work, ".certs") };
    const first = await loadHttpsCertificate(locations);
    expect(first.source).toBe("generated");
    expect(first.trustHint).toContain(join(work, ".certs", "localhost.crt"));

    const x509 = new X509Certificate(first.cert);
    expect(x509.subjectAltName).toContain("DNS:localhost");
    expect(x509.subjectAltName).toContain("IP Address:127.0.0.1");
    expect(x509.checkHost("localhost")).toBe("localhost");
    expect(x509.ca).toBe(false);
    expect((statSync(join(work, ".certs", "localhost.key")).mode & 0o777).toString(8)).toBe("600");

    const second = await loadHttpsCertificate(locations);
    expect(second.source).toBe("generated-earlier");
    expect(second.cert).toBe(first.cert);
  }, 30_000);

  test("replaces a kept certificate that is about to expire", async () => {
    const locations = { env: {}, homeDir: join(work, "home"), certsDir: join(work, ".certs") };
    const first = await loadHttpsCertificate(locations);
    const later = new Date(first.validTo.getTime() - 3 * DAY_MS);
    const renewed = await loadHttpsCertificate({ ...locations, now: later });
    expect(renewed.source).toBe("generated");
    expect(renewed.cert).not.toBe(first.cert);
    expect(renewed.notes.join(" ")).toMatch(/made a new one/);
  }, 30_000);

  test("prefers office-addin-dev-certs' files when they exist", async () => {
    const pair = await generateLocalhostCertificate(new Date());
    const devDir = join(work, "home", ".office-addin-dev-certs");
    mkdirSync(devDir, { recursive: true });
    writeFileSync(join(devDir, "localhost.crt"), pair.cert);
    writeFileSync(join(devDir, "localhost.key"), pair.key);
    const chosen = await loadHttpsCertificate({
      env: {},
      homeDir: join(work, "home"),
      certsDir: join(work, ".certs"),
    });
    expect(chosen.source).toBe("office-addin-dev-certs");
    expect(chosen.cert).toBe(pair.cert);
    expect(existsSync(join(work, ".certs"))).toBe(false);
  }, 30_000);

  test("HTTPS_CERT and HTTPS_KEY win, and must come together and match", async () => {
    const a = await generateLocalhostCertificate(new Date());
    const b = await generateLocalhostCertificate(new Date());
    writeFileSync(join(work, "a.crt"), a.cert);
    writeFileSync(join(work, "a.key"), a.key);
    writeFileSync(join(work, "b.key"), b.key);
    const base = { homeDir: join(work, "home"), certsDir: join(work, ".certs") };

    const own = await loadHttpsCertificate({
      ...base,
      env: { HTTPS_CERT: join(work, "a.crt"), HTTPS_KEY: join(work, "a.key") },
    });
    expect(own.source).toBe("env");

    await expect(loadHttpsCertificate({ ...base, env: { HTTPS_CERT: join(work, "a.crt") } })).rejects.toThrow(
      /must be set together/,
    );
    await expect(
      loadHttpsCertificate({
        ...base,
        env: { HTTPS_CERT: join(work, "a.crt"), HTTPS_KEY: join(work, "b.key") },
      }),
    ).rejects.toThrow(/does not belong/);
    await expect(
      loadHttpsCertificate({
        ...base,
        env: { HTTPS_CERT: join(work, "missing.crt"), HTTPS_KEY: join(work, "a.key") },
      }),
    ).rejects.toBeInstanceOf(ConfigError);
    writeFileSync(join(work, "junk.crt"), "not a certificate");
    await expect(
      loadHttpsCertificate({
        ...base,
        env: { HTTPS_CERT: join(work, "junk.crt"), HTTPS_KEY: join(work, "a.key") },
      }),
    ).rejects.toThrow(/not a PEM certificate/);
  }, 30_000);
});

describe("an HTTPS server with the generated certificate", () => {
  let app: FastifyInstance;
  let dns: DnsPeer;
  let cert: string;

  beforeAll(async () => {
    dns = await startDnsPeer({});
    const certsDir = mkdtempSync(join(tmpdir(), "outbox-https-"));
    const chosen = await loadHttpsCertificate({ env: {}, homeDir: join(certsDir, "home"), certsDir });
    cert = readFileSync(join(certsDir, "localhost.crt"), "utf8");
    rmSync(certsDir, { recursive: true, force: true });
    app = await buildApp({
      config: testRuntimeConfig(dns.server),
      paneDir: null,
      https: { key: chosen.key, cert: chosen.cert },
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
  }, 30_000);

  afterAll(async () => {
    await app.close();
    await dns.close();
  });

  test("answers over TLS for localhost, with HSTS", async () => {
    const { port } = app.server.address() as AddressInfo;
    const response = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        httpsGet({ host: "127.0.0.1", port, path: "/healthz", ca: cert, servername: "localhost" }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        }).on("error", reject);
      },
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: "ok" });
    expect(response.headers["strict-transport-security"]).toBe("max-age=31536000");
  });

  test("takes a 20,000-character text in the URL over a real connection (the raised header limit holds)", async () => {
    const { port } = app.server.address() as AddressInfo;
    const text = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown "
      .repeat(300)
      .slice(0, 20_000);
    const path = `/api/explain?text=${encodeURIComponent(text)}`;
    expect(path.length).toBeGreaterThan(16 * 1024);
    const status = await new Promise<number>((resolve, reject) => {
      httpsGet({ host: "127.0.0.1", port, path, ca: cert, servername: "localhost" }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      }).on("error", reject);
    });
    expect(status).toBe(200);
  });
});

describe("behind a TLS-terminating proxy (OUTBOX_HTTP=1)", () => {
  test("HSTS follows X-Forwarded-Proto only from a trusted proxy", async () => {
    const trusted = await startTestServer({ app: { trustProxy: "127.0.0.1" } });
    const untrusted = await startTestServer();
    try {
      const viaProxy = { headers: { "x-forwarded-proto": "https" } };
      const fromTrusted = await trusted.get("/healthz", viaProxy);
      expect(fromTrusted.headers.get("strict-transport-security")).toBe("max-age=31536000");
      const fromUntrusted = await untrusted.get("/healthz", viaProxy);
      expect(fromUntrusted.headers.get("strict-transport-security")).toBeNull();
    } finally {
      await trusted.close();
      await untrusted.close();
    }
  });
});
