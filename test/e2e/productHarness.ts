// Starts the product as a user does (the built server, dist/node/server/main.js,
// over HTTPS with its own certificate, serving the built pane) next to a local
// DNS server, and drives it with Debian's headless Chromium through
// playwright-core. The only stand-in is office.js: requests for Microsoft's
// CDN copy are answered with fakeOfficeHost.js.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { request } from "node:https";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { test } from "@jest/globals";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { findChromium } from "../../scripts/findChromium.cjs";
import { startDnsPeer, type DnsPeer, type DnsPeerRecords } from "../peers/dnsPeer.js";

export const ROOT = resolve(__dirname, "../..");
export const SCREENSHOT_DIR = join(ROOT, "test-output/screenshots");
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const FAKE_OFFICE_JS = readFileSync(join(__dirname, "fakeOfficeHost.js"), "utf8");
const AXE_SOURCE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The browser the tests drive: CHROMIUM_PATH, /usr/bin/chromium, or an installed Chrome/Edge
 * (scripts/findChromium.cjs). Without one the browser tests skip with what to install, except on
 * CI (CI=true), where a missing browser fails the run instead of passing it silently.
 */
export const CHROMIUM = findChromium();
if (CHROMIUM.path === null) {
  if (process.env.CI === "true")
    throw new Error(`the browser tests need a browser on CI: ${CHROMIUM.problem}`);
  console.warn(`browser tests skipped: ${CHROMIUM.problem}`);
}
/** `test`, or `test.skip` when no browser was found (see CHROMIUM). */
export const browserTest = CHROMIUM.path === null ? test.skip : test;

export function launchChromium(): Promise<Browser> {
  if (CHROMIUM.path === null) throw new Error(CHROMIUM.problem);
  return chromium.launch({ executablePath: CHROMIUM.path, args: CHROMIUM_ARGS });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function healthy(url: string): Promise<boolean> {
  return new Promise((done) => {
    const req = request(`${url}/healthz`, { rejectUnauthorized: false, timeout: 1000 }, (res) => {
      res.resume();
      done(res.statusCode === 200);
    });
    req.on("error", () => done(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

export interface RunningProduct {
  url: string;
  dns: DnsPeer;
  output: () => string;
  close(): Promise<void>;
}

/** The built server as `npm start` runs it, with DNS pointed at a local peer. */
export async function startProduct(
  records: DnsPeerRecords,
  env: NodeJS.ProcessEnv = {},
): Promise<RunningProduct> {
  const dns = await startDnsPeer(records);
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "dist/node/server/main.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      OUTBOX_DNS_SERVERS: dns.server,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `https://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (!(await healthy(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await dns.close();
      throw new Error(`server did not start (exit ${child.exitCode}):\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dns,
    output: () => output,
    async close() {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once("exit", r)));
      await dns.close();
    },
  };
}

export interface FakeOfficeConfig {
  emailAddress: string;
  displayName?: string;
  accountType?: string;
  hostName?: string;
  hostVersion?: string;
  platform?: string;
  displayLanguage?: string;
  requirementSet?: string;
  compose?: { from: string; fromName?: string };
  /** The selected message in read mode (e.g. a non-delivery report). */
  read?: { itemClass?: string; from?: string; fromName?: string; subject?: string; body?: string };
  /** The item is in a shared folder/mailbox of `owner` (getSharedPropertiesAsync). */
  shared?: { owner: string; delegatePermissions?: number };
  theme?: Record<string, string>;
  /** How long Office.onReady takes to answer (default 10 ms). */
  readyDelayMs?: number;
}

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations and page errors seen so far. */
  problems: string[];
}

/** Opens the pane as Outlook would (fake office.js with `office`), or standalone when `office` is null. */
export async function openPane(
  browser: Browser,
  product: RunningProduct,
  office: FakeOfficeConfig | null,
  colorScheme: "light" | "dark" = "light",
  /** A script run in the page before any of its own (e.g. an observer that records what appears). */
  initScript?: string,
  /** Runs before the page opens, e.g. to hold back a chunk with context.route. */
  prepare?: (context: BrowserContext) => Promise<void>,
  /** "load" waits for every script the page asked for before its load event; a held one never comes. */
  waitUntil: "load" | "domcontentloaded" = "load",
): Promise<PaneSession> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 320, height: 900 },
    colorScheme,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: product.url });
  // Anything off this machine is refused: the tests never reach the internet.
  // Registered first because Playwright tries the newest route first.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await context.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: FAKE_OFFICE_JS }),
  );
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to/i.test(text)) problems.push(text);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  if (office)
    await page.addInitScript(
      (config) => ((window as unknown as { __FAKE_OFFICE__: unknown }).__FAKE_OFFICE__ = config),
      office,
    );
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${product.url}/taskpane.html`, { waitUntil });
  return { context, page, problems };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page (evaluated over CDP, so the page's CSP needs no exception). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ html: string }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((node) => node.html.slice(0, 300)),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}
