// The companion server as a Fastify instance: security headers, request shape
// rules, rate limits, the error shape, the API, the report page and the built
// task pane. Everything that varies (limits, deadlines, clock, TLS) comes in
// through AppOptions so tests can build small, fast instances.
import { readFile } from "node:fs/promises";
import { STATUS_CODES } from "node:http";
import type { Server as HttpsServer } from "node:https";
import type { Socket } from "node:net";
import { join } from "node:path";
import type { Writable } from "node:stream";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, {
  type FastifyError,
  type FastifyHttpsOptions,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from "fastify";
import { ForbiddenTargetError, InputError } from "../core/errors.js";
import { LANGS, loadLanguage, text, type Lang } from "../core/language.js";
import { phraseOf } from "../core/phrase.js";
import { RedisStore } from "../net/redisStore.js";
import type { RuntimeConfig } from "../net/runtimeConfig.js";
import { MemoryStore, StoreUnavailableError, type SharedStore } from "../net/sharedStore.js";
import { createCheckServices, type CheckObserver } from "./checkServices.js";
import { checkCrossSite, crossSitePolicyFor, selfOrigin } from "./crossSiteGuard.js";
import { errorBody, HttpError, RateLimitedError, RouteTimeoutError, toPublicError } from "./httpErrors.js";
import { ServerMetrics, type ProbeOutcome, type StoreState } from "./metrics.js";
import { METRICS_CONTENT_TYPE } from "./metricsServer.js";
import { ProbeSlots } from "./probeSlots.js";
import { routeForLog } from "./queryParams.js";
import {
  DEFAULT_GENERAL_RATE_LIMIT,
  DEFAULT_MAX_PROBES_IN_FLIGHT,
  DEFAULT_PROBE_RATE_LIMIT,
  type RateLimit,
} from "./rateLimits.js";
import { renderErrorPage, storedReportPath } from "./reportPage.js";
import { DEFAULT_ROUTE_DEADLINES, type RouteDeadlines } from "./routeDeadline.js";
import {
  DEFAULT_REPORT_TTL_MS,
  MAX_MEMORY_REPORTS,
  ReportStore,
  ReportTooLargeError,
} from "./reportStore.js";
import { registerApiRoutes, type SaveReport } from "./routesApi.js";
import { FORM_MEDIA_TYPE, registerReportRoutes } from "./routesReport.js";
import { sharedRateLimitStore } from "./sharedRateLimitStore.js";
import { inlineScriptHashes } from "./inlineScripts.js";
import { helmetOptions, HSTS_VALUE, rawApiSecurityHeaders } from "./securityHeaders.js";

export interface AppOptions {
  config: RuntimeConfig;
  /** The built task pane (dist/pane); null serves no pane. */
  paneDir: string | null;
  /** Per client, for /api/verify, /verify and /api/domain together. */
  rateLimit?: RateLimit;
  /** Per client, for every other route. */
  generalRateLimit?: RateLimit;
  /** Probes running at once over all clients; a port survey takes 4. */
  maxProbesInFlight?: number;
  /** true: JSON logs on stdout; a stream: JSON logs written there (tests capture them). */
  logger?: boolean | { stream: Writable };
  /** Fastify trustProxy: true, a hop count, or a comma list of proxy addresses/CIDRs. */
  trustProxy?: boolean | number | string;
  now?: () => Date;
  /** Serve HTTPS with this certificate; plain HTTP without it. */
  https?: { key: string; cert: string };
  deadlinesMs?: Partial<RouteDeadlines>;
  /** Extra origins allowed to frame the pane and the report (OUTBOX_FRAME_ANCESTORS). */
  frameAncestors?: string[];
  /**
   * Shared state (REDIS_URL): rate limits, probe slots, the discovery cache and
   * stored reports. Absent: everything in this process. The caller owns it
   * (connects and closes it).
   */
  store?: SharedStore;
  /** How long stored reports are kept (OUTBOX_REPORT_TTL); default 7 days. */
  reportTtlMs?: number;
  /** The public base URL (OUTBOX_PUBLIC_URL): origin checks and reportUrl; else taken from the request. */
  publicUrl?: string | null;
  /** Serve GET /metrics on this app's port (OUTBOX_METRICS=1). */
  metricsRoute?: boolean;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The instance's counters; main.ts serves them on OUTBOX_METRICS_PORT. */
    outboxMetrics: ServerMetrics;
  }
}

// Query values go up to 20,000 characters (explain); percent-encoded that is
// well over Node's default 16 KiB header limit.
const MAX_HEADER_BYTES = 96 * 1024;
const MAX_URL_LENGTH = 64 * 1024;
const ANSWERED_METHODS = new Set(["GET", "HEAD"]);
// The one route that takes a POST: the /verify page's button (a same-origin form).
const POST_PATHS = new Set(["/verify"]);
// Longer than the slowest route deadline, so routes answer 504 themselves.
const REQUEST_TIMEOUT_MS = 120_000;
const TOO_MANY_REQUESTS = text("error.rateLimited.requests", "Too many requests from your address.");
const TOO_MANY_CHECKS = text("error.rateLimited.checks", "Too many checks from your address.");
// Hashed webpack output ([name].[contenthash].js, and its .br/.gz copies) never changes under its name.
const HASHED_ASSET = /\.[0-9a-f]{16,}\.(?:js|css)(?:\.(?:br|gz))?$/;

/** The CSP hashes of the pane page's inline scripts (the old-webview guard); none when the page is not there. */
async function paneScriptHashes(paneDir: string): Promise<string[]> {
  try {
    return inlineScriptHashes(await readFile(join(paneDir, "taskpane.html"), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

function loggerOptions(logger: AppOptions["logger"]): FastifyServerOptions["logger"] {
  if (!logger) return false;
  return {
    level: "info",
    ...(logger === true ? {} : { stream: logger.stream }),
    // Addresses, hosts, pasted error texts and report ids (capabilities) never reach the
    // log: the route is logged, not the URL with its query.
    serializers: {
      req(request: { method?: string; url?: string; ip?: string }) {
        return { method: request.method, url: routeForLog(request.url ?? ""), remoteAddress: request.ip };
      },
    },
  };
}

function pathOf(url: string): string {
  const questionMark = url.indexOf("?");
  return questionMark === -1 ? url : url.slice(0, questionMark);
}

function checkOutcome(outcome: unknown): ProbeOutcome {
  if (
    outcome instanceof RateLimitedError ||
    outcome instanceof ForbiddenTargetError ||
    outcome instanceof InputError
  )
    return "refused";
  if (outcome instanceof RouteTimeoutError) return "timeout";
  if (outcome instanceof Error) return "error";
  const result = outcome as { ok?: unknown; recommended?: unknown; findings?: Array<{ severity?: unknown }> };
  if (typeof result.ok === "boolean") return result.ok ? "pass" : "fail";
  if ("recommended" in result) return result.recommended ? "pass" : "fail";
  return (result.findings ?? []).some((finding) => finding.severity === "fail") ? "fail" : "pass";
}

/**
 * The language of an error message: the request's `lang` when it names one we
 * have texts for (exactly once), else English; its table is loaded first. A
 * table that fails to load leaves the message English rather than failing the answer.
 * `lang` is in the query, or for the /verify form's POST a field of the body
 * (once it has been read: errors before that are English).
 */
async function errorLang(request: FastifyRequest): Promise<Lang> {
  const { url } = request;
  const questionMark = url.indexOf("?");
  const query =
    request.method === "POST"
      ? typeof request.body === "string"
        ? request.body
        : ""
      : questionMark === -1
        ? ""
        : url.slice(questionMark + 1);
  const values = new URLSearchParams(query).getAll("lang");
  const [value] = values;
  if (values.length !== 1 || value === undefined || !(LANGS as readonly string[]).includes(value))
    return "en";
  const lang = value as Lang;
  try {
    await loadLanguage(lang);
  } catch {
    return "en";
  }
  return lang;
}

/** Answers a request Node could not parse (too-long headers, broken HTTP) in the API's error shape. */
function answerMalformedRequest(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const late = error.code === "ERR_HTTP_REQUEST_TIMEOUT";
  const status = tooLarge ? 431 : late ? 408 : 400;
  const body = JSON.stringify(
    late
      ? errorBody("timeout", "The request took too long to arrive.")
      : errorBody(
          "bad-input",
          tooLarge
            ? "The address or headers are too long: keep each parameter within its limit."
            : "The request is not valid HTTP.",
        ),
  );
  const headers: Record<string, string> = {
    ...rawApiSecurityHeaders(),
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
    "cache-control": "no-store",
    connection: "close",
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n");
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}\r\n${head}\r\n\r\n${body}`);
}

/** Errors Fastify meets before routing (e.g. bad percent-encoding in the path): no hooks have run. */
function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const failure = toPublicError(error);
  if (failure.unexpected) request.log.error({ err: error }, "request failed before routing");
  void reply
    .code(failure.statusCode)
    .headers({ ...rawApiSecurityHeaders(), ...failure.headers, "cache-control": "no-store" })
    .type("application/json; charset=utf-8")
    .send(errorBody(failure.code, failure.message));
}

// Fastify reads a number as "trust this many hops"; its types only list the function form.
function trustProxySetting(value: AppOptions["trustProxy"]): FastifyServerOptions["trustProxy"] {
  if (typeof value === "number") return (_address: string, hop: number) => hop < value;
  return value ?? false;
}

function createFastify(options: AppOptions): FastifyInstance {
  const shared = {
    logger: loggerOptions(options.logger),
    trustProxy: trustProxySetting(options.trustProxy),
    bodyLimit: 1024,
    requestTimeout: REQUEST_TIMEOUT_MS,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerMalformedRequest,
  } satisfies FastifyServerOptions;
  if (options.https) {
    const https = { ...options.https, maxHeaderSize: MAX_HEADER_BYTES };
    const httpsOptions = { ...shared, https } as FastifyHttpsOptions<HttpsServer>;
    // The routes only use the request/reply API, which is the same over HTTPS.
    return Fastify(httpsOptions) as unknown as FastifyInstance;
  }
  return Fastify({ ...shared, http: { maxHeaderSize: MAX_HEADER_BYTES } });
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const extraFrameAncestors = options.frameAncestors ?? [];
  const probeRateLimit = options.rateLimit ?? DEFAULT_PROBE_RATE_LIMIT;
  const generalRateLimit = options.generalRateLimit ?? DEFAULT_GENERAL_RATE_LIMIT;
  const deadlines: RouteDeadlines = { ...DEFAULT_ROUTE_DEADLINES, ...options.deadlinesMs };
  const publicUrl = options.publicUrl ?? null;
  const shared = options.store;
  const redis = shared instanceof RedisStore ? shared : null;

  const app = createFastify(options);

  // Each kind of store failure is logged once until the store answers again.
  const failuresLogged = new Set<string>();
  const storeFailed = (use: string, error: StoreUnavailableError) => {
    metrics.recordStoreFailure(use);
    if (failuresLogged.has(use)) return;
    failuresLogged.add(use);
    app.log.warn(`shared store unreachable for ${use}: ${error.message}; using this instance's own state`);
  };
  redis?.client.on("ready", () => failuresLogged.clear());

  const slots = new ProbeSlots(options.maxProbesInFlight ?? DEFAULT_MAX_PROBES_IN_FLIGHT, {
    ...(redis === null ? {} : { shared: redis }),
    onSharedFailure: (error) => storeFailed("probe-slots", error),
    onRefused: () => metrics.recordRefusal("probe-slots"),
  });
  const onCheck: CheckObserver = (kind, outcome, seconds) =>
    metrics.recordProbe(kind, checkOutcome(outcome), seconds);
  const services = createCheckServices({
    config: options.config,
    slots,
    deadlines,
    now,
    onCheck,
    ...(shared === undefined ? {} : { store: shared }),
  });
  const reports = new ReportStore(
    shared ?? new MemoryStore({ maxEntries: MAX_MEMORY_REPORTS }),
    options.reportTtlMs ?? DEFAULT_REPORT_TTL_MS,
    now,
  );
  const storeState = (): { kind: "memory" | "redis"; state: StoreState } =>
    redis === null ? { kind: "memory", state: "memory" } : { kind: "redis", state: redis.state };
  const metrics = new ServerMetrics({
    discovery: () => services.discoveryStats(),
    store: storeState,
    probesInFlight: () => slots.inFlight,
  });
  app.decorate("outboxMetrics", metrics);

  // English links carry no lang, exactly as before; other languages open the page in theirs.
  const reportUrl = (request: FastifyRequest, id: string, lang: Lang): string =>
    `${(publicUrl ?? selfOrigin(request, null)).replace(/\/+$/, "")}${storedReportPath("page", id, lang)}`;
  const saveReport: SaveReport = async (request, report, lang) => {
    try {
      const { id } = await reports.save(report);
      metrics.recordReportStored();
      return { reportId: id, reportUrl: reportUrl(request, id, lang) };
    } catch (error) {
      if (error instanceof StoreUnavailableError) storeFailed("reports", error);
      else if (error instanceof ReportTooLargeError) request.log.warn(`report not stored: ${error.message}`);
      else throw error;
      return { reportId: null, reportUrl: null };
    }
  };

  // The strictest profile by default (API, errors, 404); the pane and the report set their own.
  await app.register(fastifyHelmet, { global: true, ...helmetOptions("api", extraFrameAncestors) });

  app.addHook("onRequest", async (request) => {
    // The matched route, not the raw path: "/%76erify" is routed to /verify too.
    const path = request.routeOptions.url ?? pathOf(request.url);
    const postable = POST_PATHS.has(path);
    if (!ANSWERED_METHODS.has(request.method) && !(postable && request.method === "POST")) {
      throw new HttpError(405, "method-not-allowed", "Outbox Doctor only answers GET requests here.", {
        allow: postable ? "GET, HEAD, POST" : "GET, HEAD",
      });
    }
    if (request.url.length > MAX_URL_LENGTH) {
      throw new HttpError(414, "bad-input", "The address is too long: keep each parameter within its limit.");
    }
    if (request.method === "POST") {
      const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
      if (type !== FORM_MEDIA_TYPE) {
        throw new HttpError(400, "bad-input", `Send the check as a form (${FORM_MEDIA_TYPE}).`);
      }
      return;
    }
    const length = request.headers["content-length"];
    if ((length !== undefined && length !== "0") || request.headers["transfer-encoding"] !== undefined) {
      throw new HttpError(
        400,
        "bad-input",
        "Requests carry no body here: put the parameters in the query string.",
      );
    }
  });

  app.addHook("onRequest", async (request, reply) => {
    // RFC 6797 7.2: HSTS is only meaningful, and only sent, over HTTPS.
    if (request.protocol === "https") reply.header("strict-transport-security", HSTS_VALUE);
  });

  // Before the rate limits: a cross-site request must not spend the visitor's budget either.
  app.addHook("onRequest", async (request) => {
    // The matched route pattern ("/api/verify", "/report/*"): the raw path may be
    // percent-encoded ("/%61pi/verify") and still be routed to the API.
    const route = request.routeOptions.url;
    const policy = route === undefined ? null : crossSitePolicyFor(request.method, route);
    if (policy !== null) checkCrossSite(request, policy, publicUrl);
  });

  app.addHook("onResponse", async (request, reply) => {
    metrics.recordResponse(request.routeOptions.url ?? "unmatched", reply.statusCode);
  });

  await app.register(fastifyRateLimit, {
    global: true,
    max: generalRateLimit.max,
    timeWindow: generalRateLimit.timeWindowMs,
    store: sharedRateLimitStore({
      counter: redis,
      onFallback: (error) => storeFailed("rate-limits", error),
    }),
    errorResponseBuilder: (_request, context) => {
      metrics.recordRefusal("general-budget");
      return new RateLimitedError(context.ttl / 1000, phraseOf(TOO_MANY_REQUESTS));
    },
  });
  const probeLimiter = app.createRateLimit({
    max: probeRateLimit.max,
    timeWindow: probeRateLimit.timeWindowMs,
  });
  const limitProbes = async (request: FastifyRequest): Promise<void> => {
    const result = await probeLimiter(request);
    if (!result.isAllowed && result.isExceeded) {
      metrics.recordRefusal("probe-budget");
      throw new RateLimitedError(result.ttlInSeconds, phraseOf(TOO_MANY_CHECKS));
    }
  };

  app.setErrorHandler(async (error, request, reply) => {
    // The message follows the request's `lang` (issue 10 point 7): the pane shows a JSON message
    // inside its own sentences, and an HTML page is in that language throughout.
    const html = request.routeOptions.config.html === true;
    const lang = await errorLang(request);
    const failure = toPublicError(error, lang);
    if (failure.unexpected) request.log.error({ err: error }, "request failed");
    else request.log.info({ code: failure.code, statusCode: failure.statusCode }, "request refused");
    void reply.code(failure.statusCode).headers(failure.headers).header("cache-control", "no-store");
    if (html) {
      return reply
        .type("text/html; charset=utf-8")
        .send(renderErrorPage(failure.statusCode, failure.code, failure.message, lang));
    }
    return reply.type("application/json; charset=utf-8").send(errorBody(failure.code, failure.message));
  });

  app.setNotFoundHandler(async () => {
    throw new HttpError(
      404,
      "not-found",
      "Nothing here. The pane is at /taskpane.html and the API under /api/.",
    );
  });

  registerApiRoutes(app, {
    services,
    limitProbes,
    saveReport,
    readiness: () => {
      const store = storeState();
      return { ready: store.state === "memory" || store.state === "ready", store };
    },
  });
  registerReportRoutes(app, {
    services,
    limitProbes,
    reports,
    reportUrl,
    onReportStored: () => metrics.recordReportStored(),
    storeAvailable: () => redis === null || redis.state === "ready",
    onReportServed: () => metrics.recordReportServed(),
    now,
    extraFrameAncestors,
  });

  if (options.metricsRoute) {
    app.get("/metrics", async (_request, reply) => {
      reply.header("cache-control", "no-store").type(METRICS_CONTENT_TYPE);
      return metrics.render();
    });
  }

  app.get("/", async (_request, reply) => reply.redirect("/taskpane.html"));

  const paneDir = options.paneDir;
  if (paneDir === null) {
    app.get("/taskpane.html", async () => {
      throw new HttpError(
        404,
        "not-found",
        "The task pane is not built on this server: run npm run build first.",
      );
    });
  } else {
    // Read once, from the page served: a rebuilt pane needs a restart (npm start builds, then starts).
    const paneHelmet = helmetOptions("pane", extraFrameAncestors, await paneScriptHashes(paneDir));
    await app.register(async (pane) => {
      // @fastify/static takes no per-route options, so the pane's CSP is attached as its routes are added.
      pane.addHook("onRoute", (route) => {
        route.config = { ...route.config, helmet: paneHelmet } as typeof route.config;
      });
      await pane.register(fastifyStatic, {
        root: paneDir,
        prefix: "/",
        index: false,
        dotfiles: "ignore",
        decorateReply: false,
        // The build writes .br and .gz beside each text file (webpack.config.js, PrecompressPlugin).
        preCompressed: true,
        cacheControl: false,
        setHeaders(res, filePath) {
          // The same URL answers br, gzip or identity: caches must keep them apart.
          res.setHeader("vary", "Accept-Encoding");
          res.setHeader(
            "cache-control",
            HASHED_ASSET.test(filePath) ? "public, max-age=31536000, immutable" : "no-cache",
          );
        },
      });
    });
  }

  return app;
}
