// Security headers on the pane, the API, the report page and the errors, and
// the static serving of a built pane (a small real one in a temp directory).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { startTestServer, type TestServer } from "./serverHarness.js";

let server: TestServer;
let paneDir: string;

const HASHED_SCRIPT = "taskpane.0123456789abcdef0123.js";
// The built page carries inline scripts (the old-webview guard, webpack.config.js); the CSP allows exactly these.
const INLINE_SCRIPTS = ['document.title = "Outbox Doctor";', "window.__started = 1;\n"];
const PANE_HTML = `<!doctype html><html lang="en"><head><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body><div id="root"></div>${INLINE_SCRIPTS.map((code) => `<script>${code}</script>`).join("")}<script defer src="${HASHED_SCRIPT}"></script></body></html>`;
const sha256 = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

function csp(response: Response): Map<string, string[]> {
  const header = response.headers.get("content-security-policy") ?? "";
  return new Map(
    header
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

function expectCommonHeaders(response: Response): void {
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  // X-Frame-Options would stop Outlook from framing the pane; CSP frame-ancestors decides.
  expect(response.headers.get("x-frame-options")).toBeNull();
  // Plain HTTP here: HSTS is only sent over HTTPS.
  expect(response.headers.get("strict-transport-security")).toBeNull();
  expect(csp(response).get("frame-ancestors")).toBeDefined();
}

beforeAll(async () => {
  paneDir = mkdtempSync(join(tmpdir(), "outbox-pane-"));
  writeFileSync(join(paneDir, "taskpane.html"), PANE_HTML);
  // As the build writes them: brotli and gzip copies beside the file.
  writeFileSync(join(paneDir, "taskpane.html.br"), brotliCompressSync(PANE_HTML));
  writeFileSync(join(paneDir, "taskpane.html.gz"), gzipSync(PANE_HTML));
  writeFileSync(join(paneDir, HASHED_SCRIPT), "console.log('pane');\n");
  writeFileSync(join(paneDir, `${HASHED_SCRIPT}.br`), brotliCompressSync("console.log('pane');\n"));
  mkdirSync(join(paneDir, "assets"));
  writeFileSync(join(paneDir, "assets", "icon-32.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(paneDir, ".env"), "SECRET=1\n");
  server = await startTestServer({
    app: { paneDir, frameAncestors: ["https://mail.contoso.test"] },
  });
});

afterAll(async () => {
  await server.close();
  rmSync(paneDir, { recursive: true, force: true });
});

describe("the task pane", () => {
  test("taskpane.html: pane CSP framed by Outlook, office.js allowed, only the page's own inline scripts", async () => {
    const response = await server.get("/taskpane.html");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expectCommonHeaders(response);
    const policy = csp(response);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toContain("https://appsforoffice.microsoft.com");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    // Each inline script of the page by its hash, and no other hash.
    expect(policy.get("script-src")?.filter((source) => source.startsWith("'sha256-"))).toEqual(
      INLINE_SCRIPTS.map(sha256),
    );
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    const ancestors = policy.get("frame-ancestors") ?? [];
    for (const origin of [
      "'self'",
      "https://outlook.office.com",
      "https://outlook.office365.com",
      "https://outlook.live.com",
      "https://outlook.cloud.microsoft",
      "https://mail.contoso.test",
    ]) {
      expect(ancestors).toContain(origin);
    }
    expect(ancestors).not.toContain("*");
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });

  test("the page and the scripts go out precompressed when the browser takes it, as they are otherwise", async () => {
    const brotli = await server.get("/taskpane.html", { headers: { "accept-encoding": "br" } });
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(brotli.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(brotli.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await brotli.text()).toBe(PANE_HTML);
    const gzip = await server.get("/taskpane.html", { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(await gzip.text()).toBe(PANE_HTML);
    const plain = await server.get("/taskpane.html", { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(PANE_HTML);
    const script = await server.get(`/${HASHED_SCRIPT}`, { headers: { "accept-encoding": "br" } });
    expect(script.headers.get("content-encoding")).toBe("br");
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await script.text()).toBe("console.log('pane');\n");
  });

  test("hashed scripts are cached for good", async () => {
    const response = await server.get(`/${HASHED_SCRIPT}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-type")).toMatch(/javascript/);
  });

  test("icons may be loaded by Outlook from its own origin", async () => {
    const response = await server.get("/assets/icon-32.png");
    expect(response.status).toBe(200);
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  });

  test("dot files and paths outside the pane are not served", async () => {
    expect((await server.get("/.env")).status).toBe(404);
    const traversal = await server.get("/..%2f..%2fpackage.json");
    expect([400, 403, 404]).toContain(traversal.status);
    expect(await traversal.text()).not.toContain("outbox-doctor");
  });
});

describe("the API", () => {
  test("strictest CSP, no-store, JSON with charset", async () => {
    const response = await server.get("/api/explain?text=535%205.7.3");
    expect(response.status).toBe(200);
    expectCommonHeaders(response);
    const policy = csp(response);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });

  test("errors and 404s carry the same headers", async () => {
    for (const path of ["/api/verify", "/api/nope", "/nope"]) {
      const response = await server.get(path);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expectCommonHeaders(response);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});

describe("the report page", () => {
  test("no script at all, stylesheet from self only, framed like the pane", async () => {
    const response = await server.get("/verify?host=bad..name");
    expect(response.status).toBe(400);
    expectCommonHeaders(response);
    const policy = csp(response);
    expect(policy.get("script-src")).toEqual(["'none'"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toContain("https://outlook.office.com");
  });

  test("/report.css is served as CSS", async () => {
    const response = await server.get("/report.css");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const css = await response.text();
    expect(css).toContain("overflow-wrap: anywhere");
    expect(css).toContain("@media (max-width");
  });
});
