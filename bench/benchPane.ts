// Pane benchmark: the initial JavaScript of the built pane (what
// taskpane.html loads before first paint, raw and gzip), and the median time
// from navigation to the outgoing server being visible in headless Chromium
// over 10 loads, served by the real server with a fake Office host (an
// Office 365 mailbox). Needs `npm run build` first.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { buildApp } from "../src/server/app.js";
import { generateLocalhostCertificate } from "../src/server/httpsCertificate.js";
import { readRuntimeConfig } from "../src/net/runtimeConfig.js";
import { formatTable, kib, median, verdict } from "./table.js";

const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOADS = 10;

/** The scripts taskpane.html references: webpack's initial chunks. */
export function initialScripts(paneDir: string): string[] {
  const html = readFileSync(join(paneDir, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
    .map((match) => match[1] as string)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

export async function benchPane(root = resolve(".")): Promise<string> {
  const paneDir = join(root, "dist/pane");
  const scripts = initialScripts(paneDir);
  const code = Buffer.concat(scripts.map((file) => readFileSync(join(paneDir, file))));
  const raw = code.length;
  const gzip = gzipSync(code, { level: 9 }).length;

  const app = await buildApp({
    config: readRuntimeConfig({}),
    paneDir,
    https: await generateLocalhostCertificate(new Date()),
    generalRateLimit: { max: 10_000, timeWindowMs: 60_000 },
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const url = `https://127.0.0.1:${port}/taskpane.html`;
  const fakeOffice = readFileSync(join(root, "test/e2e/fakeOfficeHost.js"), "utf8");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < LOADS + 1; i += 1) {
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        viewport: { width: 320, height: 800 },
      });
      await context.route(OFFICE_JS_URL, (route) =>
        route.fulfill({ status: 200, contentType: "application/javascript", body: fakeOffice }),
      );
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { __FAKE_OFFICE__: unknown }).__FAKE_OFFICE__ = {
          emailAddress: "ann@contoso.onmicrosoft.com",
          displayName: "Ann",
          accountType: "office365",
          hostName: "OutlookWebApp",
          platform: "OfficeOnline",
          readyDelayMs: 1,
        };
      });
      await page.goto(url);
      await page.getByText("smtp.office365.com").first().waitFor({ state: "visible", timeout: 10_000 });
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) times.push(ms); // the first load warms the server's file cache
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  const medianMs = median(times);
  return (
    formatTable("Pane: initial JavaScript (scripts in taskpane.html)", [
      { measure: "files", value: scripts.length, target: "-", result: "-" },
      { measure: "raw", value: kib(raw), target: "-", result: "-" },
      { measure: "gzip", value: kib(gzip), target: "<= 150 KB", result: verdict(gzip <= 150 * 1024) },
    ]) +
    formatTable(`Pane: navigation to settings visible, headless Chromium, ${LOADS} loads`, [
      {
        measure: "median",
        value: `${medianMs.toFixed(0)} ms`,
        target: "< 500 ms",
        result: verdict(medianMs < 500),
      },
      { measure: "fastest", value: `${Math.min(...times).toFixed(0)} ms`, target: "-", result: "-" },
      { measure: "slowest", value: `${Math.max(...times).toFixed(0)} ms`, target: "-", result: "-" },
    ])
  );
}
