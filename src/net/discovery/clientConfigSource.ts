// Fetching and reading one clientConfig document (the domain's autoconfig
// file or an ISPDB entry) into a source outcome. Shared by autoconfigSource
// and ispdbSource.
import { shareability } from "../../core/personalise.js";
import { fetchBounded, FetchError, XML_MEDIA_TYPES, type FetchedDocument } from "../autoconfigFetch.js";
import {
  AutoconfigXmlError,
  MAX_CLIENT_CONFIG_BYTES,
  parseClientConfig,
  type ClientConfig,
} from "../autoconfigXml.js";
import { DnsLookupError, type MailDns } from "../dnsResolver.js";
import type { TargetPolicy } from "../targetPolicy.js";
import type { SourceKey, SourceOutcome } from "./source.js";

export interface ClientConfigFetchDeps {
  dns: MailDns;
  policy: TargetPolicy;
  trustedCas: string[];
  fetchTimeoutMs: number;
  allowHttp: boolean;
  /** Counts HTTP requests actually sent (stats, benchmarks). */
  onFetch?: () => void;
}

export function withoutQuery(url: string): string {
  const at = url.indexOf("?");
  return at < 0 ? url : url.slice(0, at);
}

// Each fetch keeps its own timeout; the discovery's signal aborts what is still running at its deadline.
export async function fetchClientConfig(
  url: string,
  domain: string,
  deps: ClientConfigFetchDeps,
  signal: AbortSignal,
): Promise<{ document: FetchedDocument; config: ClientConfig }> {
  deps.onFetch?.();
  const document = await fetchBounded(url, {
    dns: deps.dns,
    policy: deps.policy,
    trustedCas: deps.trustedCas,
    timeoutMs: deps.fetchTimeoutMs,
    maxBytes: MAX_CLIENT_CONFIG_BYTES,
    accept: XML_MEDIA_TYPES,
    allowHttp: deps.allowHttp,
    signal,
  });
  return { document, config: parseClientConfig(document.body, domain) };
}

/** A clientConfig document as a source outcome: its servers as shareable templates, with notes. */
export function clientConfigOutcome(
  key: SourceKey,
  fetched: { document: FetchedDocument; config: ClientConfig },
  describe: (name: string) => string,
): SourceOutcome {
  const { document, config } = fetched;
  const where = withoutQuery(document.url);
  if (config.outgoing.length === 0 && config.incoming.length === 0) {
    const why = config.skipped.length > 0 ? `: ${config.skipped.join("; ")}` : "";
    return { answer: null, failure: `${where} lists no usable server${why}` };
  }
  // Defence in depth: parseClientConfig already replaced literal user names, and no address was sent.
  const servers = [...config.outgoing, ...config.incoming];
  const check = shareability(servers, null);
  if (!check.shareable)
    return { answer: null, failure: `${where} is personal (${check.reasons.join("; ")})` };
  const name = config.displayName ?? config.providerId;
  const notes = [describe(name ?? "the provider"), ...new Set(servers.flatMap((t) => t.notes))];
  if (config.skipped.length > 0) notes.push(`Ignored in ${where}: ${config.skipped.join("; ")}.`);
  if (config.outgoing.length === 0) notes.push(`${where} lists no outgoing server.`);
  const plainHttp = document.url.startsWith("http:");
  if (plainHttp)
    notes.push(`${where} was fetched over plain HTTP, so it could have been altered on the way.`);
  return {
    answer: {
      key,
      provider: name !== null ? { id: config.providerId ?? name, name } : null,
      outgoing: config.outgoing,
      incoming: config.incoming,
      notes,
      unauthenticated: plainHttp || key === "ispdbMx",
    },
    failure: null,
  };
}

const TRANSIENT_FETCH_FAILURES = new Set(["timeout", "aborted", "connect", "tls"]);

/** Why a source gave nothing, as a one-line failure; never throws. */
export function failureOutcome(error: unknown): SourceOutcome {
  if (error instanceof FetchError) {
    return { answer: null, failure: error.message, transient: TRANSIENT_FETCH_FAILURES.has(error.kind) };
  }
  if (error instanceof DnsLookupError) {
    return {
      answer: null,
      failure: error.message,
      transient: error.kind !== "nxdomain" && error.kind !== "nodata",
    };
  }
  if (error instanceof AutoconfigXmlError) return { answer: null, failure: error.message };
  return { answer: null, failure: `unexpected error (${(error as Error).message})`, transient: true };
}

/** Runs a source's work, turning any error into a failure outcome. */
export async function settle(work: () => Promise<SourceOutcome>): Promise<SourceOutcome> {
  try {
    return await work();
  } catch (error) {
    return failureOutcome(error);
  }
}
