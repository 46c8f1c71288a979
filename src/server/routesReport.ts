// The human pages and stored reports. GET /verify?host=... only shows what
// would be checked and a button: the check runs on POST /verify (same-origin
// form), is stored, and the browser is sent (303) to /report/<id>, the
// shareable page of that stored result. /report/<id> and /api/report/<id>
// read the store only: opening, sharing or unfurling a link never probes.
//
// The pages take `lang` (en, the default, or de): in the query of GET /verify
// and /report/<id>, as a form field of POST /verify (the German /verify page
// carries it hidden), which then redirects to /report/<id>?lang=de. Their
// error pages follow it too (app.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { InputError } from "../core/errors.js";
import { validateHostInput, validatePortInput, validateSecurityInput } from "../core/hostName.js";
import { loadLanguage, text, type Lang } from "../core/language.js";
import { phraseOf } from "../core/phrase.js";
import { readLang, type CheckServices } from "./checkServices.js";
import { StoreUnavailableError } from "../net/sharedStore.js";
import { HttpError } from "./httpErrors.js";
import { parseQuery, type QuerySpec } from "./queryParams.js";
import {
  renderDomainPage,
  renderSurveyPage,
  renderVerifyFormPage,
  renderVerifyPage,
  storedReportPath,
} from "./reportPage.js";
import { isReportId, type ReportStore, type StoredReport } from "./reportStore.js";
import { REPORT_CSS } from "./reportStyles.js";
import { VERIFY_QUERY } from "./routesApi.js";
import { helmetOptions } from "./securityHeaders.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The route answers HTML: its errors render as an HTML page. */
    html?: boolean;
  }
}

export interface ReportRouteOptions {
  services: CheckServices;
  /** The per-client probe budget; POST /verify spends it once the form is read (its lang words a 429). */
  limitProbes: (request: FastifyRequest) => Promise<void>;
  reports: ReportStore;
  /** The absolute URL of a stored report's page in `lang`. */
  reportUrl: (request: FastifyRequest, id: string, lang: Lang) => string;
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

/** A stored report (page or JSON) takes its language only. */
export const REPORT_QUERY = { lang: VERIFY_QUERY.lang } as const satisfies QuerySpec;

// The routes' own refusals, with German in src/core/i18n/de/errors.ts.
const ROUTE_TEXTS = {
  notForm: text(
    "error.report.notForm",
    "Send the check as a form ({mediaType}) with host, port and security.",
  ),
  notId: text(
    "error.report.notId",
    "That is not a report id: a report link ends in 22 letters, digits, - or _.",
  ),
  notFound: text(
    "error.report.notFound",
    "No report with this id. Reports are kept for {kept}; run the check again for a new one.",
  ),
  keptDay: text("error.report.keptDay", "{count} day"),
  keptDays: text("error.report.keptDays", "{count} days"),
  keptHours: text("error.report.keptHours", "{count} h"),
};

/** The form body as a query string, without the fields left empty (the form's defaults). */
function formQuery(body: unknown): string {
  if (typeof body !== "string") {
    throw new InputError(phraseOf(ROUTE_TEXTS.notForm, { mediaType: FORM_MEDIA_TYPE }));
  }
  const pairs = body.split("&").filter((pair) => pair.length > 0 && !pair.endsWith("="));
  return `?${pairs.join("&")}`;
}

function readReportId(request: FastifyRequest): string {
  const raw = (request.params as Record<string, string | undefined>)["*"] ?? "";
  if (!isReportId(raw)) throw new InputError(phraseOf(ROUTE_TEXTS.notId));
  return raw;
}

async function loadReport(reports: ReportStore, id: string): Promise<StoredReport> {
  const stored = await reports.load(id);
  if (stored === null) {
    const days = Math.round(reports.ttlMs / 86_400_000);
    const kept =
      days >= 1
        ? phraseOf(days === 1 ? ROUTE_TEXTS.keptDay : ROUTE_TEXTS.keptDays, { count: days })
        : phraseOf(ROUTE_TEXTS.keptHours, { count: Math.round(reports.ttlMs / 3_600_000) });
    throw new HttpError(404, "not-found", phraseOf(ROUTE_TEXTS.notFound, { kept }));
  }
  return stored;
}

function renderStored(stored: StoredReport, id: string, now: Date, lang: Lang): string {
  const info = { id, expiresAt: stored.expiresAt };
  switch (stored.kind) {
    case "verify":
      return renderVerifyPage(stored.result, now, info, lang);
    case "survey":
      return renderSurveyPage(stored.result, now, info, lang);
    case "domain":
      return renderDomainPage(stored.result, now, info, lang);
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
    const { lang, ...target } = parseQuery(request.url, VERIFY_PAGE_QUERY);
    const pageLang = readLang(lang);
    // Validated so the page never offers a check that would be refused.
    if (target.host !== undefined) validateHostInput(target.host);
    if (target.port !== undefined && target.port !== "all") validatePortInput(target.port);
    if (target.security !== undefined) validateSecurityInput(target.security);
    return html(reply, renderVerifyFormPage(target, pageLang));
  });

  // The budget is spent after the body is read (it is at most 4 KiB), so a 429 is worded in the form's lang.
  app.post(
    "/verify",
    { config: { html: true }, helmet, preValidation: limitProbes },
    async (request, reply) => {
      const query = parseQuery(formQuery(request.body), VERIFY_QUERY);
      const lang = readLang(query.lang);
      // No probe whose report could not be kept: the page shows stored reports only.
      if (!options.storeAvailable()) throw new StoreUnavailableError();
      const outcome = await services.verify(query);
      const saved =
        outcome.kind === "single"
          ? await reports.save({ kind: "verify", result: outcome.report })
          : await reports.save({ kind: "survey", result: outcome.survey });
      options.onReportStored();
      reply.header("cache-control", "no-store");
      return reply.redirect(storedReportPath("page", saved.id, lang), 303);
    },
  );

  app.get("/report/*", { config: { html: true }, helmet }, async (request, reply) => {
    const lang = readLang(parseQuery(request.url, REPORT_QUERY).lang);
    const id = readReportId(request);
    const stored = await loadReport(reports, id);
    options.onReportServed();
    // The standard explanations and fixes of the findings are the core's texts in that language.
    await loadLanguage(lang);
    return html(reply, renderStored(stored, id, now(), lang));
  });

  app.get("/api/report/*", async (request, reply) => {
    // lang changes only the reportUrl (the page in that language); the report is returned as stored.
    const lang = readLang(parseQuery(request.url, REPORT_QUERY).lang);
    const id = readReportId(request);
    const stored = await loadReport(reports, id);
    options.onReportServed();
    reply.header("cache-control", "no-store");
    return {
      reportId: id,
      reportUrl: options.reportUrl(request, id, lang),
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
