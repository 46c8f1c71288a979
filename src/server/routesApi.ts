// The JSON API of the public contract: /api/settings, /api/verify,
// /api/domain, /api/explain, /healthz and /readyz. Each handler reads its
// query strictly, calls one check service and returns its report; verify,
// survey and domain answers are stored and carry their reportId and reportUrl.
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import type { Lang } from "../core/language.js";
import { readLang, type CheckServices } from "./checkServices.js";
import { HttpError } from "./httpErrors.js";
import { parseQuery, type QuerySpec } from "./queryParams.js";
import type { NewReport } from "./reportStore.js";

// 320 = 64 (local part, RFC 5321 4.5.3.1.1) + "@" + 255 (domain): the classic upper bound for an address.
export const SETTINGS_QUERY = {
  email: { maxLength: 320, required: true },
  accountType: { maxLength: 16 },
  offline: { maxLength: 5 },
  // The pane sends its language (issue 10 point 7); texts follow it where the service renders per language.
  lang: { maxLength: 5 },
} as const satisfies QuerySpec;

export const VERIFY_QUERY = {
  // Host names are at most 253 characters; bracketed IPv6 literals are shorter.
  host: { maxLength: 255, required: true },
  port: { maxLength: 5 },
  security: { maxLength: 8 },
  lang: { maxLength: 5 },
} as const satisfies QuerySpec;

export const DOMAIN_QUERY = {
  domain: { maxLength: 255, required: true },
  lang: { maxLength: 5 },
} as const satisfies QuerySpec;

export const EXPLAIN_QUERY = {
  text: { maxLength: 20_000, required: true, multiline: true },
  lang: { maxLength: 5 },
} as const satisfies QuerySpec;

export const NO_QUERY = {} as const satisfies QuerySpec;

/** What a stored report adds to a JSON answer; both null when the store could not take it. */
export interface StoredReportLink {
  reportId: string | null;
  reportUrl: string | null;
}

/** Stores a finished check; never throws (an unreachable store gives nulls). `lang`: the reportUrl's page language. */
export type SaveReport = (
  request: FastifyRequest,
  report: NewReport,
  lang: Lang,
) => Promise<StoredReportLink>;

export interface Readiness {
  ready: boolean;
  store: { kind: "memory" | "redis"; state: string };
}

export interface ApiRouteOptions {
  services: CheckServices;
  /** The per-client budget of the routes that reach out to the network. */
  limitProbes: onRequestAsyncHookHandler;
  saveReport: SaveReport;
  readiness: () => Readiness;
}

function noStore(reply: FastifyReply): void {
  reply.header("cache-control", "no-store");
}

export function registerApiRoutes(
  app: FastifyInstance,
  { services, limitProbes, saveReport, readiness }: ApiRouteOptions,
): void {
  app.get("/healthz", async (request, reply) => {
    parseQuery(request.url, NO_QUERY);
    noStore(reply);
    return { status: "ok" };
  });

  // Readiness: 503 while the shared store is unreachable. The instance keeps answering in
  // degraded mode, and all instances share the store, so docs/deploy.md points
  // orchestrators at /healthz and alerting at this route.
  app.get("/readyz", async (request, reply) => {
    parseQuery(request.url, NO_QUERY);
    noStore(reply);
    const state = readiness();
    void reply.code(state.ready ? 200 : 503);
    return { status: state.ready ? "ok" : "degraded", store: state.store };
  });

  app.get("/api/settings", async (request, reply) => {
    const query = parseQuery(request.url, SETTINGS_QUERY);
    const lang = readLang(query.lang);
    // Discovery reaches out (HTTPS fetches, DNS, guess probes): it spends the probe budget.
    if (services.settingsNeedNetwork(query)) await limitProbes.call(app, request, reply);
    const settings = await services.settings({ ...query, lang });
    noStore(reply);
    return settings;
  });

  app.get("/api/verify", { onRequest: limitProbes }, async (request, reply) => {
    const query = parseQuery(request.url, VERIFY_QUERY);
    const lang = readLang(query.lang);
    const outcome = await services.verify(query);
    noStore(reply);
    if (outcome.kind === "single") {
      return {
        ...outcome.report,
        ...(await saveReport(request, { kind: "verify", result: outcome.report }, lang)),
      };
    }
    return {
      ...outcome.survey,
      ...(await saveReport(request, { kind: "survey", result: outcome.survey }, lang)),
    };
  });

  app.get("/api/domain", { onRequest: limitProbes }, async (request, reply) => {
    const query = parseQuery(request.url, DOMAIN_QUERY);
    const lang = readLang(query.lang);
    const report = await services.domain(query.domain, lang);
    noStore(reply);
    return { ...report, ...(await saveReport(request, { kind: "domain", result: report }, lang)) };
  });

  app.get("/api/explain", async (request, reply) => {
    const query = parseQuery(request.url, EXPLAIN_QUERY);
    const result = await services.explain(query.text, readLang(query.lang));
    noStore(reply);
    return result;
  });

  // Without this, unknown /api paths would fall through to the pane's static files.
  app.get("/api/*", async () => {
    throw new HttpError(
      404,
      "not-found",
      "No such API route. The API has /api/settings, /api/verify, /api/domain, /api/explain and /api/report/<id>.",
    );
  });
}
