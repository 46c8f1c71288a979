// The JSON API of the public contract: /api/settings, /api/verify,
// /api/domain, /api/explain and /healthz. Each handler reads its query
// strictly, calls one check service and returns its report as is.
import type { FastifyInstance, FastifyReply, onRequestAsyncHookHandler } from "fastify";
import type { CheckServices } from "./checkServices.js";
import { HttpError } from "./httpErrors.js";
import { parseQuery, type QuerySpec } from "./queryParams.js";

// 320 = 64 (local part, RFC 5321 4.5.3.1.1) + "@" + 255 (domain): the classic upper bound for an address.
export const SETTINGS_QUERY = {
  email: { maxLength: 320, required: true },
  accountType: { maxLength: 16 },
  offline: { maxLength: 5 },
} as const satisfies QuerySpec;

export const VERIFY_QUERY = {
  // Host names are at most 253 characters; bracketed IPv6 literals are shorter.
  host: { maxLength: 255, required: true },
  port: { maxLength: 5 },
  security: { maxLength: 8 },
} as const satisfies QuerySpec;

export const DOMAIN_QUERY = {
  domain: { maxLength: 255, required: true },
} as const satisfies QuerySpec;

export const EXPLAIN_QUERY = {
  text: { maxLength: 20_000, required: true, multiline: true },
} as const satisfies QuerySpec;

const NO_QUERY = {} as const satisfies QuerySpec;

export interface ApiRouteOptions {
  services: CheckServices;
  /** The per-client budget of the routes that reach out to the network. */
  limitProbes: onRequestAsyncHookHandler;
}

function noStore(reply: FastifyReply): void {
  reply.header("cache-control", "no-store");
}

export function registerApiRoutes(app: FastifyInstance, { services, limitProbes }: ApiRouteOptions): void {
  app.get("/healthz", async (request, reply) => {
    parseQuery(request.url, NO_QUERY);
    noStore(reply);
    return { status: "ok" };
  });

  app.get("/api/settings", async (request, reply) => {
    const query = parseQuery(request.url, SETTINGS_QUERY);
    const settings = await services.settings(query);
    noStore(reply);
    return settings;
  });

  app.get("/api/verify", { onRequest: limitProbes }, async (request, reply) => {
    const query = parseQuery(request.url, VERIFY_QUERY);
    const outcome = await services.verify(query);
    noStore(reply);
    return outcome.kind === "single" ? outcome.report : outcome.survey;
  });

  app.get("/api/domain", { onRequest: limitProbes }, async (request, reply) => {
    const query = parseQuery(request.url, DOMAIN_QUERY);
    const report = await services.domain(query.domain);
    noStore(reply);
    return report;
  });

  app.get("/api/explain", async (request, reply) => {
    const query = parseQuery(request.url, EXPLAIN_QUERY);
    const result = services.explain(query.text);
    noStore(reply);
    return result;
  });

  // Without this, unknown /api paths would fall through to the pane's static files.
  app.get("/api/*", async () => {
    throw new HttpError(
      404,
      "not-found",
      "No such API route. The API has /api/settings, /api/verify, /api/domain and /api/explain.",
    );
  });
}
