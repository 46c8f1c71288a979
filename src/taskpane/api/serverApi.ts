// The pane's client for the companion server's public HTTP API (same origin).
// Every call resolves, never rejects: the pane keeps working without the
// server, so "unreachable" is an ordinary answer, not an exception. Slow is
// not down: each timeout here is longer than the server's own deadline for the
// route (src/server/routeDeadline.ts), so a slow answer arrives as the
// server's own 504 "timeout" rather than the pane giving up first.

import type { Lang } from "../../core/language.js";
import type { DomainReport, OutlookAccountType, Server, Settings, VerifyReport } from "../../core/types.js";

export type ApiResult<T> =
  | { ok: true; value: T }
  /** Network error, no JSON, or a 5xx without our error body: the server is not there to ask. */
  | { ok: false; kind: "unreachable" }
  /** No answer within the pane's own timeout (longer than the server's deadline). */
  | { ok: false; kind: "no-answer"; waitedMs: number }
  /** The server answered with a public error code (bad-input, forbidden-target, rate-limited, timeout). */
  | { ok: false; kind: "rejected"; code: string; message: string };

/** Stored reports (issue 11): verify and domain answers carry their shareable report, when the server stores them. */
export interface StoredReport {
  reportId?: string;
  reportUrl?: string;
}

// Server route deadlines (DEFAULT_ROUTE_DEADLINES): settings 20 s, verify 20 s, domain 30 s.
// The margin covers the HTTP round trip and a busy server.
export const PANE_TIMEOUTS_MS = {
  settings: 25_000,
  verify: 25_000,
  domain: 35_000,
  health: 5_000,
} as const;

export interface ServerApi {
  settings(
    email: string,
    accountType: OutlookAccountType | undefined,
    lang: Lang,
  ): Promise<ApiResult<Settings>>;
  verify(
    server: Pick<Server, "host" | "port" | "security">,
    lang: Lang,
  ): Promise<ApiResult<VerifyReport & StoredReport>>;
  domain(domain: string, lang: Lang): Promise<ApiResult<DomainReport & StoredReport>>;
  health(): Promise<ApiResult<{ status: string }>>;
  /** The origin the pane asks (for diagnostics). */
  origin: string;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown };
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  return search.toString();
}

/** A report link only when it is one of ours: a same-origin path or an https URL. */
export function safeReportUrl(url: unknown): string | null {
  if (typeof url !== "string" || url.trim() === "") return null;
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  try {
    return new URL(url).protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

async function getJson<T>(
  url: string,
  timeoutMs: number,
  isValue: (body: unknown) => boolean,
): Promise<ApiResult<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { headers: { accept: "application/json" }, signal: controller.signal });
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return timedOut
        ? { ok: false, kind: "no-answer", waitedMs: timeoutMs }
        : { ok: false, kind: "unreachable" };
    }
    if (response.ok && isValue(body)) return { ok: true, value: body as T };
    const error = (body as ErrorBody | null)?.error;
    if (!response.ok && typeof error?.code === "string" && typeof error.message === "string") {
      return { ok: false, kind: "rejected", code: error.code, message: error.message };
    }
    return { ok: false, kind: "unreachable" };
  } catch {
    return timedOut
      ? { ok: false, kind: "no-answer", waitedMs: timeoutMs }
      : { ok: false, kind: "unreachable" };
  } finally {
    clearTimeout(timer);
  }
}

function isObject(body: unknown): body is Record<string, unknown> {
  return typeof body === "object" && body !== null;
}

// Shape checks of the contract's required fields: anything else is not our server answering.
const isSettings = (body: unknown) =>
  isObject(body) &&
  typeof body.email === "string" &&
  typeof body.domain === "string" &&
  typeof body.source === "string" &&
  Array.isArray(body.servers) &&
  Array.isArray(body.notes);
const isVerifyReport = (body: unknown) =>
  isObject(body) &&
  isObject(body.target) &&
  Array.isArray(body.steps) &&
  Array.isArray(body.findings) &&
  typeof body.ok === "boolean";
const isDomainReport = (body: unknown) =>
  isObject(body) && typeof body.domain === "string" && Array.isArray(body.mx) && Array.isArray(body.findings);
const isHealth = (body: unknown) => isObject(body) && typeof body.status === "string";

/** Older answers may lack `incoming`; the pane treats that as "unknown" (an empty list). */
function withIncoming(result: ApiResult<Settings>): ApiResult<Settings> {
  if (!result.ok || Array.isArray(result.value.incoming)) return result;
  return { ok: true, value: { ...result.value, incoming: [] } };
}

/** baseUrl "" means the origin that served the pane; `timeouts` are for tests. */
export function createServerApi(
  baseUrl = "",
  timeouts: Record<keyof typeof PANE_TIMEOUTS_MS, number> = PANE_TIMEOUTS_MS,
): ServerApi {
  const origin = baseUrl || (typeof location === "undefined" ? "" : location.origin);
  return {
    origin,
    settings: async (email, accountType, lang) =>
      withIncoming(
        await getJson<Settings>(
          `${baseUrl}/api/settings?${query({ email, accountType, lang })}`,
          timeouts.settings,
          isSettings,
        ),
      ),
    verify: (server, lang) =>
      getJson(
        `${baseUrl}/api/verify?${query({ host: server.host, port: server.port, security: server.security, lang })}`,
        timeouts.verify,
        isVerifyReport,
      ),
    domain: (domain, lang) =>
      getJson(`${baseUrl}/api/domain?${query({ domain, lang })}`, timeouts.domain, isDomainReport),
    health: () => getJson(`${baseUrl}/healthz`, timeouts.health, isHealth),
  };
}
