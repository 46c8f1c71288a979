// One bounded GET for discovery documents (autoconfig XML, ISPDB, MTA-STS
// policies): the host is resolved through our resolver, every answer is
// checked by the target policy, and the socket connects to exactly the
// checked address (custom lookup, so no second resolution and no DNS
// rebinding), with SNI and certificate checks against the host name. The body
// is untrusted: limited in size and time, content type checked, redirects not
// followed (RFC 8461 3.3 forbids them for MTA-STS; for autoconfig a redirect
// would let a third party choose the answer).
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { request as httpRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { createSecureContext, type SecureContext } from "node:tls";
import { ForbiddenTargetError } from "../core/errors.js";
import { DnsLookupError, type MailDns } from "./dnsResolver.js";
import { resolveTargetAddress, type TargetPolicy } from "./targetPolicy.js";
import type { FetchFailureKindName } from "../core/fetchFailureWords.js";

const secureContexts = new WeakMap<readonly string[], SecureContext>();

function fetchSecureContext(trustedCas: readonly string[]): SecureContext {
  let context = secureContexts.get(trustedCas);
  if (!context) {
    context = createSecureContext({ ca: [...trustedCas], minVersion: "TLSv1.2" });
    secureContexts.set(trustedCas, context);
  }
  return context;
}

/** The kinds are listed once, in core, beside the words users read for each. */
export type FetchFailureKind = FetchFailureKindName;

export class FetchError extends Error {
  constructor(
    readonly kind: FetchFailureKind,
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

export interface BoundedFetchOptions {
  dns: MailDns;
  policy: TargetPolicy;
  /** The complete trust store (PEM); empty means Node's bundled roots. */
  trustedCas: readonly string[];
  /** For the whole request: resolve, connect, TLS, headers and body. */
  timeoutMs: number;
  /** Bytes of body read at most; the download stops there. */
  maxBytes: number;
  /** Lowercase media types accepted (parameters ignored); "+xml" accepts any */
  /** structured-syntax XML type (RFC 6839). */
  accept: readonly string[];
  /** Allow http:// URLs (local testing only). */
  allowHttp?: boolean;
  signal?: AbortSignal;
}

export interface FetchedDocument {
  url: string;
  /** The address actually connected to. */
  address: string;
  contentType: string;
  body: string;
}

export const XML_MEDIA_TYPES: readonly string[] = ["application/xml", "text/xml", "+xml"];

function mediaTypeAccepted(contentType: string, accept: readonly string[]): boolean {
  const type = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  return accept.some((wanted) =>
    wanted.startsWith("+") ? type.endsWith(wanted) && type.includes("/") : type === wanted,
  );
}

function describeNetworkError(error: NodeJS.ErrnoException): { kind: FetchFailureKind; text: string } {
  const code = error.code ?? "";
  if (
    /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO|HOSTNAME|ERR_TLS/.test(code) ||
    /certificate|SSL|TLS/i.test(error.message)
  ) {
    return { kind: "tls", text: `TLS failed (${code || error.message})` };
  }
  return { kind: "connect", text: `could not connect (${code || error.message})` };
}

/** GET `url` within the bounds; throws FetchError with a one-line reason. */
export async function fetchBounded(url: string, options: BoundedFetchOptions): Promise<FetchedDocument> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError("bad-url", url, `"${url}" is not a URL`);
  }
  const secure = parsed.protocol === "https:";
  if (!secure && !(parsed.protocol === "http:" && options.allowHttp)) {
    throw new FetchError(
      "http-refused",
      url,
      `${parsed.protocol}//${parsed.host} refused: discovery documents are fetched over HTTPS only`,
    );
  }
  if (parsed.username || parsed.password)
    throw new FetchError("bad-url", url, "URLs with credentials are not fetched");
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const where = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  const failWithAbort = (): FetchError =>
    options.signal?.aborted
      ? new FetchError("aborted", url, `${where}: cancelled`)
      : new FetchError("timeout", url, `${where}: no complete answer within ${options.timeoutMs} ms`);
  try {
    let address: string;
    try {
      address = await Promise.race([
        resolveTargetAddress(host, options.dns, options.policy),
        new Promise<never>((_, reject) =>
          controller.signal.addEventListener("abort", () => reject(failWithAbort()), { once: true }),
        ),
      ]);
    } catch (error) {
      if (error instanceof FetchError) throw error;
      if (error instanceof ForbiddenTargetError)
        throw new FetchError("forbidden", url, `${where}: ${error.message}`);
      if (error instanceof DnsLookupError)
        throw new FetchError("dns", url, `${where}: ${host} does not resolve (${error.kind})`);
      throw error;
    }
    const family = isIP(address);
    // Hand the socket the checked address whatever it asks for (Node 20 asks with all: true).
    const lookup = ((
      _name: string,
      lookupOptions: { all?: boolean },
      callback: (...args: unknown[]) => void,
    ) => {
      if (lookupOptions?.all) callback(null, [{ address, family }]);
      else callback(null, address, family);
    }) as unknown as LookupFunction;
    const requestOptions: RequestOptions & {
      servername?: string;
      secureContext?: SecureContext;
      minVersion?: "TLSv1.2";
    } = {
      protocol: parsed.protocol,
      hostname: host,
      port: parsed.port || (secure ? 443 : 80),
      path: `${parsed.pathname}${parsed.search}`,
      method: "GET",
      headers: {
        accept: options.accept.filter((t) => !t.startsWith("+")).join(", ") || "*/*",
        "user-agent": "outbox-doctor",
      },
      lookup,
      agent: false,
      signal: controller.signal,
    };
    if (secure) {
      if (isIP(host) === 0) requestOptions.servername = host;
      // One context per trust store: building it from ~150 roots blocks the event loop for tens of ms.
      if (options.trustedCas.length > 0)
        requestOptions.secureContext = fetchSecureContext(options.trustedCas);
      requestOptions.minVersion = "TLSv1.2";
    }
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = (secure ? httpsRequest : httpRequest)(requestOptions, resolve);
      req.on("error", (error: NodeJS.ErrnoException) => {
        if (controller.signal.aborted) reject(failWithAbort());
        else {
          const { kind, text } = describeNetworkError(error);
          reject(new FetchError(kind, url, `${where}: ${text}`));
        }
      });
      req.end();
    });
    try {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        throw new FetchError("redirect", url, `${where}: redirect (${status}) not followed`);
      }
      if (status !== 200) throw new FetchError("status", url, `${where}: HTTP ${status}`);
      const contentType = response.headers["content-type"] ?? "";
      if (!mediaTypeAccepted(contentType, options.accept)) {
        throw new FetchError(
          "content-type",
          url,
          `${where}: served as ${contentType || "no content type"}, expected ${options.accept.join(" or ")}`,
        );
      }
      const declared = Number(response.headers["content-length"] ?? NaN);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        throw new FetchError(
          "too-large",
          url,
          `${where}: ${declared} bytes, more than the ${options.maxBytes} allowed`,
        );
      }
      const body = await readLimited(
        response,
        options.maxBytes,
        where,
        url,
        controller.signal,
        failWithAbort,
      );
      return { url, address, contentType, body };
    } finally {
      response.destroy();
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

function readLimited(
  response: IncomingMessage,
  maxBytes: number,
  where: string,
  url: string,
  signal: AbortSignal,
  abortError: () => FetchError,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cut = (): void =>
      reject(
        signal.aborted
          ? abortError()
          : new FetchError("connect", url, `${where}: connection closed before the end of the body`),
      );
    response.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new FetchError("too-large", url, `${where}: more than the ${maxBytes} bytes allowed`));
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    response.on("aborted", cut);
    response.on("error", cut);
    response.on("close", () => {
      if (!response.complete) cut();
    });
  });
}
