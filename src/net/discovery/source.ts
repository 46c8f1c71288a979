// The one small interface every discovery source implements, and the values
// that pass between the sources, the precedence arbiter and the cache. A
// SourceAnswer is shareable by construction: server templates with
// placeholders, never one user's data, so it may be cached per domain and
// sent between instances as JSON.
import type { Worded } from "../../core/phrase.js";
import type { ProviderRef } from "../../core/types.js";
import type { IncomingServerTemplate, OutgoingServerTemplate } from "../autoconfigXml.js";

/**
 * Precedence keys, most reliable first (see arbiter.ts). `autoconfig` and
 * `wellKnown` are the domain's own file at its two locations; `ispdbMx` is the
 * ISPDB entry of the MX host's organisational domain.
 */
export type SourceKey = "autoconfig" | "wellKnown" | "ispdb" | "srv" | "mx" | "ispdbMx" | "guess";

export interface SourceAnswer {
  key: SourceKey;
  provider: ProviderRef | null;
  /** MX inference: the provider database id; the servers then come from the database. */
  mxProviderId?: string;
  outgoing: OutgoingServerTemplate[];
  /** IMAP first; may be empty (an outgoing-only document). */
  incoming: IncomingServerTemplate[];
  /** Phrases (plain data), worded per language when the answer is made personal. */
  notes: Worded[];
  /** Not authenticated by TLS for the user's domain (SRV, MX, plain HTTP, the MX's ISPDB entry): hosts outside the domain are flagged. */
  unauthenticated: boolean;
}

export interface SourceOutcome {
  answer: SourceAnswer | null;
  /** Why the source gave nothing (shown when nothing answers); null when it had nothing to say. */
  failure: Worded | null;
  /** The failure may pass soon (timeout, no probe slot): the result is cached briefly. */
  transient?: boolean;
}

/** The most preferred MX host of the domain, looked up once per discovery and shared by the sources. */
export interface MxLookup {
  host: string | null;
  failure: Worded | null;
  /** The domain does not exist (NXDOMAIN). */
  missing: boolean;
  /** MX records exist but none names a host (null MX, RFC 7505). */
  nullMx: boolean;
}

export interface DiscoveryContext {
  domain: string;
  /** Aborted when the discovery's deadline passes or a winner is decided. */
  signal: AbortSignal;
  /** Epoch milliseconds by which the discovery answers. */
  deadline: number;
  mx(): Promise<MxLookup>;
  /** Another source's outcome, for sources that depend on it (guessing waits for SRV and MX). */
  outcomeOf(key: SourceKey): Promise<SourceOutcome>;
  /**
   * Asks an upstream (named e.g. "ispdb:example.com") at most once per cache
   * lifetime across every instance sharing the store; later calls get the
   * stored outcome.
   */
  once(upstream: string, ask: () => Promise<SourceOutcome>): Promise<SourceOutcome>;
}

export interface DiscoverySource {
  readonly key: SourceKey;
  discover(domain: string, context: DiscoveryContext): Promise<SourceOutcome>;
}

export const NO_ANSWER: SourceOutcome = { answer: null, failure: null };

export function hasOutgoing(answer: SourceAnswer | null | undefined): boolean {
  return answer != null && (answer.outgoing.length > 0 || answer.mxProviderId !== undefined);
}
