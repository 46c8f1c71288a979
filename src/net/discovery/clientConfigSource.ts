// Fetching and reading one clientConfig document (the domain's autoconfig
// file or an ISPDB entry) into a source outcome. Shared by autoconfigSource
// and ispdbSource.
import { dnsFailurePhrase } from "../../core/domainFindings.js";
import { fetchFailurePhrase } from "../../core/fetchFailureWords.js";
import { text } from "../../core/language.js";
import { shareability } from "../../core/personalise.js";
import { phraseOf, type Worded } from "../../core/phrase.js";
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

// What a document said or lacked, worded per language when an answer is made personal.
const DOCUMENT_NOTE = {
  noUsableServer: text("discovery.document.noUsableServer", "{url} lists no usable server"),
  noUsableServerBecause: text(
    "discovery.document.noUsableServerBecause",
    "{url} lists no usable server: {reasons}",
  ),
  personal: text(
    "discovery.document.personal",
    "{url} names one person's server or user name, so it is not used for others",
  ),
  ignored: text("discovery.document.ignored", "Ignored in {url}: {reasons}."),
  noOutgoing: text("discovery.document.noOutgoing", "{url} lists no outgoing server."),
  plainHttp: text(
    "discovery.document.plainHttp",
    "{url} was fetched over plain HTTP, so it could have been altered on the way.",
  ),
  notClientConfig: text(
    "discovery.document.notClientConfig",
    "a fetched document is not a usable clientConfig file",
  ),
} as const;

/** A clientConfig document as a source outcome: its servers as shareable templates, with notes. */
export function clientConfigOutcome(
  key: SourceKey,
  fetched: { document: FetchedDocument; config: ClientConfig },
  describe: (name: string | null) => Worded,
): SourceOutcome {
  const { document, config } = fetched;
  const where = withoutQuery(document.url);
  // A reason may hold commas ("(NTLM, GSSAPI)"), so reasons are separated by semicolons.
  const reasonList = { list: config.skipped, separator: "; " };
  if (config.outgoing.length === 0 && config.incoming.length === 0) {
    return {
      answer: null,
      failure:
        config.skipped.length > 0
          ? phraseOf(DOCUMENT_NOTE.noUsableServerBecause, { url: where, reasons: reasonList })
          : phraseOf(DOCUMENT_NOTE.noUsableServer, { url: where }),
    };
  }
  // Defence in depth: parseClientConfig already replaced literal user names, and no address was sent.
  const servers = [...config.outgoing, ...config.incoming];
  const check = shareability(servers, null);
  if (!check.shareable)
    return {
      answer: null,
      failure: phraseOf(
        DOCUMENT_NOTE.personal,
        { url: where },
        `${where} is personal (${check.reasons.join("; ")})`,
      ),
    };
  const name = config.displayName ?? config.providerId;
  const notes: Worded[] = [describe(name)];
  // The same remark on several servers is noted once.
  const seen = new Set<string>();
  for (const note of servers.flatMap((t) => t.notes)) {
    const key = JSON.stringify(note);
    if (!seen.has(key)) notes.push(note);
    seen.add(key);
  }
  if (config.skipped.length > 0)
    notes.push(phraseOf(DOCUMENT_NOTE.ignored, { url: where, reasons: reasonList }));
  if (config.outgoing.length === 0) notes.push(phraseOf(DOCUMENT_NOTE.noOutgoing, { url: where }));
  const plainHttp = document.url.startsWith("http:");
  if (plainHttp) notes.push(phraseOf(DOCUMENT_NOTE.plainHttp, { url: where }));
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
    return {
      answer: null,
      failure: fetchFailurePhrase(error.kind, error.url, XML_MEDIA_TYPES, error.message),
      transient: TRANSIENT_FETCH_FAILURES.has(error.kind),
    };
  }
  if (error instanceof DnsLookupError) {
    return {
      answer: null,
      failure: { ...dnsFailurePhrase({ name: error.queryName, kind: error.kind }), original: error.message },
      transient: error.kind !== "nxdomain" && error.kind !== "nodata",
    };
  }
  if (error instanceof AutoconfigXmlError)
    return { answer: null, failure: phraseOf(DOCUMENT_NOTE.notClientConfig, undefined, error.message) };
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
