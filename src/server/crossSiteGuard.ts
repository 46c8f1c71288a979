// Refuses requests that another web site makes a visitor's browser send: an
// `<img src="https://server/api/verify?host=victim">` on any page would
// otherwise fire a probe from each visitor's own address, around the
// per-client limit. Browsers say where a request comes from in Fetch Metadata
// (`Sec-Fetch-Site`) and, on cross-origin fetches and every POST, in `Origin`.
// Requests without those headers (curl, scripts, old browsers) pass: they are
// not riding on someone else's browser.
import type { FastifyRequest } from "fastify";
import { HttpError } from "./httpErrors.js";

/**
 * "strict": only same-origin, same-site or user-initiated ("none") requests.
 * "navigation": like strict, but a top-level navigation from another site
 * (someone clicked a shared link) is allowed: the page it opens runs nothing.
 */
export type CrossSitePolicy = "strict" | "navigation";

export const CROSS_SITE_REFUSAL =
  "Outbox Doctor does not run checks for other web sites. Open the task pane or the report page directly.";

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The origin the server is reached at: the configured public URL, else what the request says. */
export function selfOrigin(request: FastifyRequest, publicUrl: string | null): string {
  if (publicUrl !== null) return new URL(publicUrl).origin;
  return `${request.protocol}://${request.host}`.toLowerCase();
}

export function checkCrossSite(
  request: FastifyRequest,
  policy: CrossSitePolicy,
  publicUrl: string | null,
): void {
  const site = header(request, "sec-fetch-site")?.toLowerCase();
  const origin = header(request, "origin");
  if (site === "cross-site") {
    const navigation =
      header(request, "sec-fetch-mode")?.toLowerCase() === "navigate" &&
      header(request, "sec-fetch-dest")?.toLowerCase() === "document" &&
      request.method !== "POST";
    if (!(policy === "navigation" && navigation)) {
      throw new HttpError(403, "forbidden-origin", CROSS_SITE_REFUSAL);
    }
  }
  // "null" (sandboxed frames, data: pages) is foreign too.
  if (origin !== undefined && origin.toLowerCase() !== selfOrigin(request, publicUrl)) {
    throw new HttpError(403, "forbidden-origin", CROSS_SITE_REFUSAL);
  }
}

/** Which policy a request falls under; null for routes open to every site (pane files, health, CSS). */
export function crossSitePolicyFor(method: string, path: string): CrossSitePolicy | null {
  if (path.startsWith("/api/") || path === "/api") return "strict";
  if (path === "/verify") return method === "POST" ? "strict" : "navigation";
  if (path.startsWith("/report/")) return "navigation";
  return null;
}
