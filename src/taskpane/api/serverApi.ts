// The pane's client for the companion server's public HTTP API (same origin).
// Every call resolves, never rejects: the pane keeps working without the
// server, so "unreachable" is an ordinary answer, not an exception.

import type { DomainReport, OutlookAccountType, Server, Settings, VerifyReport } from "../../core/types.js";

export type ApiResult<T> =
  | { ok: true; value: T }
  /** Network error, no JSON, or a 5xx without our error body: the server is not there to ask. */
  | { ok: false; kind: "unreachable" }
  /** The server answered with a public error code (bad-input, forbidden-target, rate-limited, timeout). */
  | { ok: false; kind: "rejected"; code: string; message: string };

// The probe itself gives up after 15 s; the margin covers DNS and the HTTP round trip.
const VERIFY_TIMEOUT_MS = 25_000;
const LOOKUP_TIMEOUT_MS = 12_000;

export interface ServerApi {
  settings(email: string, accountType?: OutlookAccountType): Promise<ApiResult<Settings>>;
  verify(server: Pick<Server, "host" | "port" | "security">): Promise<ApiResult<VerifyReport>>;
  domain(domain: string): Promise<ApiResult<DomainReport>>;
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

/** The shareable report page for one server. */
export function verifyReportUrl(baseUrl: string, server: Pick<Server, "host" | "port" | "security">): string {
  return `${baseUrl}/verify?${query({ host: server.host, port: server.port, security: server.security })}`;
}

async function getJson<T>(
  url: string,
  timeoutMs: number,
  isValue: (body: unknown) => boolean,
): Promise<ApiResult<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { headers: { accept: "application/json" }, signal: controller.signal });
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { ok: false, kind: "unreachable" };
    }
    if (response.ok && isValue(body)) return { ok: true, value: body as T };
    const error = (body as ErrorBody | null)?.error;
    if (!response.ok && typeof error?.code === "string" && typeof error.message === "string") {
      return { ok: false, kind: "rejected", code: error.code, message: error.message };
    }
    return { ok: false, kind: "unreachable" };
  } catch {
    return { ok: false, kind: "unreachable" };
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

/** baseUrl "" means the origin that served the pane. */
export function createServerApi(baseUrl = ""): ServerApi {
  return {
    settings: (email, accountType) =>
      getJson(`${baseUrl}/api/settings?${query({ email, accountType })}`, LOOKUP_TIMEOUT_MS, isSettings),
    verify: (server) =>
      getJson(
        `${baseUrl}/api/verify?${query({ host: server.host, port: server.port, security: server.security })}`,
        VERIFY_TIMEOUT_MS,
        isVerifyReport,
      ),
    domain: (domain) =>
      getJson(`${baseUrl}/api/domain?${query({ domain })}`, LOOKUP_TIMEOUT_MS, isDomainReport),
  };
}
