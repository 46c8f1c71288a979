// The human pages and stored reports. GET /verify?host=... only shows what
// would be checked and a button: the check runs on POST /verify (same-origin
// form), is stored, and the browser is sent (303) to /report/<id>, the
// shareable page of that stored result. /report/<id> and /api/report/<id>
// read the store only: opening, sharing or unfurling a link never probes.
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import { InputError } from "../core/errors.js";
import { validateHostInput, validatePortInput, validateSecurityInput } from "../core/hostName.js";
import type { CheckServices } from "./checkServices.js";
import { StoreUnavailableError } from "../net/sharedStore.js";
import { HttpError } from "./httpErrors.js";
import { parseQuery } from "./queryParams.js";
import { renderDomainPage, renderSurveyPage, renderVerifyFormPage, renderVerifyPage } from "./reportPage.js";
import { isReportId, type ReportStore, type StoredReport } from "./reportStore.js";
import { REPORT_CSS } from "./reportStyles.js";
import { NO_QUERY, VERIFY_QUERY } from "./routesApi.js";
import { helmetOptions } from "./securityHeaders.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The route answers HTML: its errors render as an HTML page. */
    html?: boolean;
  }
}

export interface ReportRouteOptions {
  services: CheckServices;
  limitProbes: onRequestAsyncHookHandler;
  reports: ReportStore;
  /** The absolute URL of a stored report's page. */
  reportUrl: (request: FastifyRequest, id: string) => string;
  onReportStored: () => void;
  /** False while the shared store is known to be down: the button's check would have nowhere to go. */
  storeAvailable: () => boolean;
  onReportServed: () => void;
  now: () => Date;
  extraFrameAncestors: string[];
}

export const FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";

/** The /verify page may open empty (host optional); the POST needs a host. */
const VERIFY_PAGE_QUERY = { ...VERIFY_QUERY, host: { maxLength: VERIFY_QUERY.host.maxLength } } as const;

/** The form body as a query string, without the fields left empty (the form's defaults). */
function formQuery(body: unknown): string {
  if (typeof body !== "string") {
    throw new InputError(`Send the check as a form (${FORM_MEDIA_TYPE}) with host, port and security.`);
  }
  const pairs = body.split("&").filter((pair) => pair.length > 0 && !pair.endsWith("="));
  return `?${pairs.join("&")}`;
}

function readReportId(request: FastifyRequest): string {
  const raw = (request.params as Record<string, string | undefined>)["*"] ?? "";
  if (!isReportId(raw)) {
    throw new InputError("That is not a report id: a report link ends in 22 letters, digits, - or _.");
  }
  return raw;
}

async function loadReport(reports: ReportStore, id: string): Promise<StoredReport> {
  const stored = await reports.load(id);
  if (stored === null) {
    const days = Math.round(reports.ttlMs / 86_400_000);
    const kept =
      days >= 1 ? `${days} day${days === 1 ? "" : "s"}` : `${Math.round(reports.ttlMs / 3_600_000)} h`;
    throw new HttpError(
      404,
      "not-found",
      `No report with this id. Reports are kept for ${kept}; run the check again for a new one.`,
    );
  }
  return stored;
}

function renderStored(stored: StoredReport, id: string, now: Date): string {
  const info = { id, expiresAt: stored.expiresAt };
  switch (stored.kind) {
    case "verify":
      return renderVerifyPage(stored.result, now, info);
    case "survey":
      return renderSurveyPage(stored.result, now, info);
    case "domain":
      return renderDomainPage(stored.result, now, info);
  }
}

function html(reply: FastifyReply, body: string): string {
  reply.header("cache-control", "no-store").type("text/html; charset=utf-8");
  return body;
}

export function registerReportRoutes(app: FastifyInstance, options: ReportRouteOptions): void {
  const { services, limitProbes, reports, now, extraFrameAncestors } = options;
  const helmet = helmetOptions("report", extraFrameAncestors);

  app.addContentTypeParser(FORM_MEDIA_TYPE, { parseAs: "string", bodyLimit: 4096 }, (_request, body, done) =>
    done(null, body),
  );

  app.get("/verify", { config: { html: true }, helmet }, async (request, reply) => {
    const query = parseQuery(request.url, VERIFY_PAGE_QUERY);
    // Validated so the page never offers a check that would be refused.
    if (query.host !== undefined) validateHostInput(query.host);
    if (query.port !== undefined && query.port !== "all") validatePortInput(query.port);
    if (query.security !== undefined) validateSecurityInput(query.security);
    return html(reply, renderVerifyFormPage(query));
  });

  app.post("/verify", { config: { html: true }, helmet, onRequest: limitProbes }, async (request, reply) => {
    const query = parseQuery(formQuery(request.body), VERIFY_QUERY);
    // No probe whose report could not be kept: the page shows stored reports only.
    if (!options.storeAvailable()) throw new StoreUnavailableError();
    const outcome = await services.verify(query);
    const saved =
      outcome.kind === "single"
        ? await reports.save({ kind: "verify", result: outcome.report })
        : await reports.save({ kind: "survey", result: outcome.survey });
    options.onReportStored();
    reply.header("cache-control", "no-store");
    return reply.redirect(`/report/${saved.id}`, 303);
  });

  app.get("/report/*", { config: { html: true }, helmet }, async (request, reply) => {
    parseQuery(request.url, NO_QUERY);
    const id = readReportId(request);
    const stored = await loadReport(reports, id);
    options.onReportServed();
    return html(reply, renderStored(stored, id, now()));
  });

  app.get("/api/report/*", async (request, reply) => {
    parseQuery(request.url, NO_QUERY);
    const id = readReportId(request);
    const stored = await loadReport(reports, id);
    options.onReportServed();
    reply.header("cache-control", "no-store");
    return {
      reportId: id,
      reportUrl: options.reportUrl(request, id),
      kind: stored.kind,
      createdAt: stored.createdAt,
      expiresAt: stored.expiresAt,
      report: stored.result,
    };
  });

  app.get("/report.css", { helmet }, async (_request, reply) => {
    reply.header("cache-control", "public, max-age=3600").type("text/css; charset=utf-8");
    return REPORT_CSS;
  });
}
