// A deadline for a whole route: the client gets 504 "timeout" instead of
// waiting on a slow network answer forever. The work itself keeps its own
// per-step deadlines and is left to finish (or fail) in the background.
import type { Worded } from "../core/phrase.js";
import { RouteTimeoutError } from "./httpErrors.js";

export interface RouteDeadlines {
  settings: number;
  verify: number;
  survey: number;
  domain: number;
}

// A probe ends itself within 15 s (DEFAULT_PROBE_TIMEOUT_MS); the route allows some slack on top.
export const DEFAULT_ROUTE_DEADLINES: RouteDeadlines = {
  settings: 20_000,
  verify: 20_000,
  survey: 45_000,
  domain: 30_000,
};

export function withDeadline<T>(work: Promise<T>, deadlineMs: number, what: Worded): Promise<T> {
  // A rejection after the deadline has nobody left to hear it.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RouteTimeoutError(what, deadlineMs)), deadlineMs);
  });
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}
