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

// The minified HTML drops attribute quotes: src=a.js as well as src="a.js".
const ATTRIBUTE = (name: string) => `\\s${name}=(?:"([^"]+)"|([^\\s>]+))`;

function localUrls(html: string, tag: RegExp, attribute: string): string[] {
  const value = new RegExp(ATTRIBUTE(attribute));
  return [...html.matchAll(tag)]
    .map((match) => value.exec(match[0]))
    .map((match) => (match ? (match[1] ?? match[2] ?? "") : ""))
    .filter((src) => src !== "" && !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

/** The scripts taskpane.html runs (webpack's initial chunks) and the ones it preloads. */
export function initialScripts(paneDir: string): { scripts: string[]; preloaded: string[] } {
  const html = readFileSync(join(paneDir, "taskpane.html"), "utf8");
  return {
    scripts: localUrls(html, /<script\b[^>]*>/g, "src"),
    preloaded: localUrls(html, /<link\b[^>]*\brel=(?:"preload"|preload)[^>]*>/g, "href"),
  };
}

function sizes(paneDir: string, files: string[]): { raw: number; gzip: number } {
  const code = Buffer.concat(files.map((file) => readFileSync(join(paneDir, file))));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function benchPane(root = resolve(".")): Promise<string> {
  const paneDir = join(root, "dist/pane");
  const { scripts, preloaded } = initialScripts(paneDir);
  if (scripts.length === 0) throw new Error("no scripts found in dist/pane/taskpane.html: run npm run build");
  const initial = sizes(paneDir, scripts);
  const withPreload = sizes(paneDir, [...scripts, ...preloaded]);

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
      // Recorded in the page when the server name is first in the DOM, so
      // Playwright's own polling does not count towards the time.
      await page.addInitScript(() => {
        const record = () => {
          const observer = new MutationObserver(() => {
            if (document.body?.textContent?.includes("smtp.office365.com")) {
              (window as unknown as { __settingsAt: number }).__settingsAt = performance.now();
              observer.disconnect();
            }
          });
          observer.observe(document, { childList: true, subtree: true, characterData: true });
        };
        record();
      });
      await page.goto(url);
      await page.getByText("smtp.office365.com").first().waitFor({ state: "visible", timeout: 10_000 });
      const ms = await page.evaluate(() => (window as unknown as { __settingsAt: number }).__settingsAt);
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
      { measure: "raw", value: kib(initial.raw), target: "-", result: "-" },
      {
        measure: "gzip",
        value: kib(initial.gzip),
        target: "<= 150 KB",
        result: verdict(initial.gzip <= 150 * 1024),
      },
      {
        measure: "+ preloaded (settings lookup), raw",
        value: kib(withPreload.raw),
        target: "-",
        result: "-",
      },
      {
        measure: "+ preloaded (settings lookup), gzip",
        value: kib(withPreload.gzip),
        target: "-",
        result: "-",
      },
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
