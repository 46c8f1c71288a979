// Limits that keep the server from being used as a scanner: a per-client budget
// for the routes that open connections or make many DNS queries (probe and
// domain routes), a generous budget for everything else, and a global cap on
// probes in flight (probeSlots.ts).
import { ConfigError } from "../net/runtimeConfig.js";

export interface RateLimit {
  max: number;
  timeWindowMs: number;
}

/** Per client: /api/verify, /verify and /api/domain together. */
export const DEFAULT_PROBE_RATE_LIMIT: RateLimit = { max: 20, timeWindowMs: 60_000 };
/** Per client, every other route (pane files, settings, explain, health). */
export const DEFAULT_GENERAL_RATE_LIMIT: RateLimit = { max: 600, timeWindowMs: 60_000 };
export const DEFAULT_MAX_PROBES_IN_FLIGHT = 32;

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/**
 * OUTBOX_RATE_LIMIT: "N" (N per minute) or "N/<window>" where the window is a
 * number with s, m or h ("20/60s", "100/1h"). N from 1 to 100000, window from 1 s to 24 h.
 */
export function parseRateLimit(value: string | undefined, name = "OUTBOX_RATE_LIMIT"): RateLimit {
  const text = (value ?? "").trim();
  if (text === "") return { ...DEFAULT_PROBE_RATE_LIMIT };
  const match = /^(\d{1,6})(?:\/(\d{1,6})([smh]))?$/.exec(text);
  const max = Number(match?.[1]);
  const windowMs = match?.[2] === undefined ? 60_000 : Number(match[2]) * (UNIT_MS[match[3] ?? ""] ?? NaN);
  if (!match || max < 1 || max > 100_000 || !(windowMs >= 1000 && windowMs <= 86_400_000)) {
    throw new ConfigError(
      `${name}: "${text}" is not a rate limit (write N per minute, or N/60s, N/5m, N/1h)`,
    );
  }
  return { max, timeWindowMs: windowMs };
}

/** OUTBOX_MAX_PROBES_IN_FLIGHT: probes running at once over all clients (a port survey counts 4). */
export function parseMaxProbesInFlight(value: string | undefined): number {
  const text = (value ?? "").trim();
  if (text === "") return DEFAULT_MAX_PROBES_IN_FLIGHT;
  const count = Number(text);
  if (!/^\d{1,4}$/.test(text) || count < 4 || count > 1000) {
    throw new ConfigError(`OUTBOX_MAX_PROBES_IN_FLIGHT: "${text}" is not a number from 4 to 1000`);
  }
  return count;
}
