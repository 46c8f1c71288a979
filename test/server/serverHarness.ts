// Starts a real server (buildApp) on 127.0.0.1 with its DNS pointed at a local
// DNS peer and discovery pointed at closed local ports, so no test reaches the
// internet. Requests go over real HTTP with the global fetch.
import type { FastifyInstance } from "fastify";
import type { AddressInfo } from "node:net";
import { buildApp, type AppOptions } from "../../src/server/app.js";
import type { RuntimeConfig } from "../../src/net/runtimeConfig.js";
import { startDnsPeer, type DnsPeer, type DnsPeerRecords } from "../peers/dnsPeer.js";

export interface TestServer {
  app: FastifyInstance;
  url: string;
  dns: DnsPeer;
  get(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs an HTML form (application/x-www-form-urlencoded), as the /verify page's button does. */
  postForm(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  dnsRecords?: DnsPeerRecords;
  config?: Partial<RuntimeConfig>;
  app?: Partial<Omit<AppOptions, "config">>;
}

// Port 9 (discard) is closed on the test machine: discovery fails fast and locally.
const CLOSED_LOCAL_URL = "http://127.0.0.1:9/";

export function testRuntimeConfig(dnsServer: string, overrides: Partial<RuntimeConfig> = {}): RuntimeConfig {
  return {
    dnsServers: [dnsServer],
    allowPrivate: false,
    probePorts: [25, 465, 587, 2525],
    extraCaPath: null,
    ispdbUrl: CLOSED_LOCAL_URL,
    allowHttpAutoconfig: false,
    autoconfigBaseUrl: CLOSED_LOCAL_URL,
    ...overrides,
  };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dns = await startDnsPeer(options.dnsRecords ?? {});
  let app: FastifyInstance;
  try {
    app = await buildApp({
      paneDir: null,
      ...options.app,
      config: testRuntimeConfig(dns.server, options.config),
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
  } catch (error) {
    await dns.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    dns,
    get: (path, init) => fetch(`${url}${path}`, { redirect: "manual", ...init }),
    postForm: (path, fields, headers = {}) =>
      fetch(`${url}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams(fields).toString(),
      }),
    async close() {
      await app.close();
      await dns.close();
    },
  };
}

/** The error body of the API, checked for shape on the way. */
export async function readError(response: Response): Promise<{ code: string; message: string }> {
  const text = await response.text();
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
  if (typeof body.error?.code !== "string" || typeof body.error.message !== "string") {
    throw new Error(`not an error body: ${text}`);
  }
  return { code: body.error.code, message: body.error.message };
}

/** A stack trace or a source path in a response body means internals leaked. */
export function looksLikeStackTrace(text: string): boolean {
  return /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|node_modules|Error: /.test(text);
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * The texts a reader meets on one of the server's HTML pages: text nodes (the
 * title too) and the labels narrow screens show (`data-label`), entities
 * decoded. Left out: `<pre>` (the server's own reply, verbatim), `<code>`
 * (ids, error codes, records, ciphers: tokens no language translates) and
 * elements the page marks as English evidence (`lang="en"` inside a page in another language).
 */
export function pageTexts(html: string): string[] {
  const shown = html
    .replace(/<(pre|code)\b[^>]*>[\s\S]*?<\/\1>/g, "\n")
    .replace(/<(span)\b[^>]*\slang="en"[^>]*>[\s\S]*?<\/\1>/g, "\n");
  const labels = [...shown.matchAll(/\sdata-label="([^"]*)"/g)].map((match) => match[1] ?? "");
  const texts = shown.replace(/<[^>]*>/g, "\n").split("\n");
  return [...texts, ...labels]
    .map((text) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity).trim())
    .filter((text) => text !== "");
}
