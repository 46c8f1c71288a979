// The human report page (/verify, the shareable link the pane opens) and its
// stylesheet. Same checks and limits as /api/verify; HTML instead of JSON,
// under the report CSP (no script at all).
import type { FastifyInstance, onRequestAsyncHookHandler } from "fastify";
import type { CheckServices } from "./checkServices.js";
import { parseQuery } from "./queryParams.js";
import { renderSurveyPage, renderVerifyPage } from "./reportPage.js";
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
  limitProbes: onRequestAsyncHookHandler;
  now: () => Date;
  extraFrameAncestors: string[];
}

export function registerReportRoutes(
  app: FastifyInstance,
  { services, limitProbes, now, extraFrameAncestors }: ReportRouteOptions,
): void {
  const helmet = helmetOptions("report", extraFrameAncestors);

  app.get("/verify", { config: { html: true }, helmet, onRequest: limitProbes }, async (request, reply) => {
    const query = parseQuery(request.url, VERIFY_QUERY);
    const outcome = await services.verify(query);
    const html =
      outcome.kind === "single"
        ? renderVerifyPage(outcome.report, now())
        : renderSurveyPage(outcome.survey, now());
    reply.header("cache-control", "no-store").type("text/html; charset=utf-8");
    return html;
  });

  app.get("/report.css", { helmet }, async (_request, reply) => {
    reply.header("cache-control", "public, max-age=3600").type("text/css; charset=utf-8");
    return REPORT_CSS;
  });
}
