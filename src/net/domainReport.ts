// The mail-DNS report for a domain: MX, SPF (with the RFC 7208 lookup count
// followed through includes), DMARC (with organisational-domain fallback),
// MTA-STS (record and policy file), TLS-RPT, submission SRV and DANE TLSA.
// This module only gathers answers; src/core/domainFindings.ts judges them.
import {
  buildDomainReport,
  dnsFailurePhrase,
  isMtaStsRecord,
  isSpfRecord,
  organisationalDomain,
  parseSpf,
  SPF_LOOKUP_LIMIT,
  type DomainEvidence,
  type FailedLookup,
  type Gathered,
  type SpfAnalysis,
  type SpfLookupCount,
} from "../core/domainFindings.js";
import { parseMailDomain } from "../core/emailAddress.js";
import { InputError } from "../core/errors.js";
import { fetchFailurePhrase } from "../core/fetchFailureWords.js";
import { text, type Lang } from "../core/language.js";
import { phraseOf, type Phrase, type Worded } from "../core/phrase.js";
import type { DomainReport, MxRecord } from "../core/types.js";
import { fetchBounded, FetchError } from "./autoconfigFetch.js";
import { DnsLookupError, lookupOrEmpty, type MailDns } from "./dnsResolver.js";
import { LruCache } from "./lruCache.js";
import type { RuntimeConfig } from "./runtimeConfig.js";
import { lookupSubmissionSrv } from "./srvDiscovery.js";
import type { TargetPolicy } from "./targetPolicy.js";
import { lookupTlsa } from "./tlsaLookup.js";

export interface DomainCheckerDeps {
  dns: MailDns;
  policy: TargetPolicy;
  config: RuntimeConfig;
  /** The complete trust store for the MTA-STS policy fetch (see loadTrustedCas). */
  trustedCas: string[];
  /** How long a report is reused; default 5 minutes (30 s when a lookup failed). */
  cacheTtlMs?: number;
  /** Reports kept at most; default 1000. */
  cacheSize?: number;
  /** Deadline of the MTA-STS policy fetch; default 5000. */
  fetchTimeoutMs?: number;
  /** Deadline of each TLSA lookup; default 3000. */
  tlsaTimeoutMs?: number;
  /** Port of https://mta-sts.<domain>/ (443); tests serve the policy on an ephemeral port. */
  httpsPort?: number;
  now?: () => Date;
}

export interface DomainChecker {
  /**
   * The report for `domain`, its findings worded in `lang` (default English;
   * another language needs loadLanguage first). The lookups are cached once
   * for every language; only the wording differs.
   */
  check(domain: string, lang?: Lang): Promise<DomainReport>;
  stats(): { upstreamLookups: number; cacheHits: number };
}

const DEFAULT_TTL_MS = 5 * 60_000;
const FAILURE_TTL_MS = 30_000;
/** RFC 8461 3.3: senders may cap the policy size; 64 KiB is generous for a few lines. */
const MTA_STS_MAX_BYTES = 64 * 1024;
/** Nested includes followed at most, and records fetched at most, while counting SPF lookups. */
const SPF_MAX_DEPTH = 10;
const SPF_MAX_FETCHES = 40;
/** MX hosts whose TLSA records are looked up. */
const DANE_MAX_HOSTS = 10;

// Bad input, with German in src/core/i18n/de/errors.ts.
const DOMAIN_INPUT_TEXTS = {
  empty: text("error.domain.empty", "Enter a domain name, e.g. example.com."),
  tooLong: text("error.domain.tooLong", "The domain is too long ({length} characters)."),
  address: text("error.domain.address", "{input} is an address: give only the part after the @."),
};

/** Validates what a person typed as a domain: IDN accepted (to A-labels), IP literals and single labels refused. */
export function validateDomainInput(input: unknown): string {
  if (typeof input !== "string") throw new InputError(phraseOf(DOMAIN_INPUT_TEXTS.empty));
  if (input.length > 1024)
    throw new InputError(phraseOf(DOMAIN_INPUT_TEXTS.tooLong, { length: input.length }));
  const trimmed = input.trim();
  if (trimmed === "") throw new InputError(phraseOf(DOMAIN_INPUT_TEXTS.empty));
  if (trimmed.includes("@"))
    throw new InputError(phraseOf(DOMAIN_INPUT_TEXTS.address, { input: `"${trimmed.slice(0, 60)}"` }));
  return parseMailDomain(trimmed).domain;
}

/** A failed lookup: its English sentence, and the query itself so findings can word it in any language. */
function failureOf(error: unknown): { failure: string; failedLookup?: FailedLookup } {
  if (error instanceof DnsLookupError) {
    return {
      failure: `DNS lookup of ${error.queryName} failed (${error.kind})`,
      failedLookup: { name: error.queryName, kind: error.kind },
    };
  }
  return { failure: `DNS lookup failed (${(error as Error).message})` };
}

async function gather<T>(lookup: Promise<T[]>): Promise<Gathered<T[]>> {
  try {
    return { value: await lookupOrEmpty(lookup), failure: null };
  } catch (error) {
    return { value: [], ...failureOf(error) };
  }
}

// Why an include: or redirect= could not be followed, or the MTA-STS policy file fetched: worded per language when the report is built.
const REPORT_PROBLEM = {
  macros: text("records.spfInclude.macros", "{term} uses macros, which depend on each message"),
  loop: text("records.spfInclude.loop", "{term} loops back to {target}"),
  tooDeep: text("records.spfInclude.tooDeep", "{term} is nested too deeply to follow"),
  lookupFailed: text("records.spfInclude.lookupFailed", "{term}: {failure}"),
  noRecord: text("records.spfInclude.noRecord", "{term} has no SPF record"),
  severalRecords: text("records.spfInclude.severalRecords", "{term} has {count} SPF records"),
  policyFile: text("records.mtaSts.fetchFailed", "policy file: {failure}"),
} as const;

/** RFC 7208 4.6.4: DNS-querying terms, counted through include: and redirect= as an evaluator would. */
async function countSpfLookups(domain: string, spf: SpfAnalysis, dns: MailDns): Promise<SpfLookupCount> {
  const result: SpfLookupCount = { count: 0, complete: true, errors: [], unchecked: [] };
  let fetches = 0;
  const walk = async (analysis: SpfAnalysis, path: string[]): Promise<void> => {
    result.count += analysis.lookupTerms;
    const targets = [
      ...analysis.includes.map((name) => ({ name, term: `include:${name}` })),
      ...(analysis.redirect !== null
        ? [{ name: analysis.redirect, term: `redirect=${analysis.redirect}` }]
        : []),
    ];
    await Promise.all(
      targets.map(async ({ name, term }) => {
        const target = name.toLowerCase().replace(/\.$/, "");
        if (result.count > SPF_LOOKUP_LIMIT) {
          result.complete = false; // the verdict is already known
          return;
        }
        if (target.includes("%")) {
          result.unchecked.push(phraseOf(REPORT_PROBLEM.macros, { term }));
          result.complete = false;
          return;
        }
        if (path.includes(target)) {
          result.errors.push(phraseOf(REPORT_PROBLEM.loop, { term, target }));
          return;
        }
        if (path.length > SPF_MAX_DEPTH || fetches >= SPF_MAX_FETCHES) {
          result.unchecked.push(phraseOf(REPORT_PROBLEM.tooDeep, { term }));
          result.complete = false;
          return;
        }
        fetches += 1;
        const txt = await gather(dns.resolveTxt(target));
        if (txt.failure) {
          const failure: Worded =
            txt.failedLookup && txt.failure !== null
              ? { ...dnsFailurePhrase(txt.failedLookup), original: txt.failure }
              : txt.failure;
          result.unchecked.push(phraseOf(REPORT_PROBLEM.lookupFailed, { term, failure }));
          result.complete = false;
          return;
        }
        const records = txt.value.filter(isSpfRecord);
        if (records.length !== 1) {
          result.errors.push(
            records.length === 0
              ? phraseOf(REPORT_PROBLEM.noRecord, { term })
              : phraseOf(REPORT_PROBLEM.severalRecords, { term, count: records.length }),
          );
          return;
        }
        await walk(parseSpf(records[0] as string), [...path, target]);
      }),
    );
  };
  await walk(spf, [domain]);
  return result;
}

async function tlsaFor(
  host: string,
  dns: MailDns,
  timeoutMs: number,
): Promise<DomainEvidence["dane"][number]> {
  try {
    const answer = await lookupTlsa(`_25._tcp.${host}`, dns.servers, timeoutMs);
    return { mx: host, tlsa: answer.present, failure: null };
  } catch (error) {
    return { mx: host, tlsa: null, ...failureOf(error) };
  }
}

function hasFailure(evidence: DomainEvidence): boolean {
  const gathered = [
    evidence.mx,
    evidence.txt,
    evidence.dmarcOwn,
    evidence.dmarcOrg,
    evidence.mtaStsTxt,
    evidence.tlsRptTxt,
    evidence.srvSubmission,
    evidence.srvSubmissions,
  ];
  return (
    gathered.some((g) => g !== null && g.failure !== null) ||
    evidence.dane.some((d) => d.failure !== null) ||
    (evidence.spfLookups?.complete === false && evidence.spfLookups.unchecked.length > 0) ||
    evidence.mtaStsPolicy?.error != null
  );
}

export function createDomainChecker(deps: DomainCheckerDeps): DomainChecker {
  const ttl = deps.cacheTtlMs ?? DEFAULT_TTL_MS;
  const cache = new LruCache<{ evidence: DomainEvidence; checkedAt: string; failed: boolean }>({
    maxEntries: deps.cacheSize ?? 1000,
    ttlMs: ttl,
  });
  const fetchTimeoutMs = deps.fetchTimeoutMs ?? 5000;
  const tlsaTimeoutMs = deps.tlsaTimeoutMs ?? 3000;
  const now = deps.now ?? (() => new Date());
  const { dns } = deps;

  async function fetchMtaStsPolicy(domain: string): Promise<{ text: string | null; error: Phrase | null }> {
    const port = deps.httpsPort && deps.httpsPort !== 443 ? `:${deps.httpsPort}` : "";
    const url = `https://mta-sts.${domain}${port}/.well-known/mta-sts.txt`;
    try {
      const document = await fetchBounded(url, {
        dns,
        policy: deps.policy,
        trustedCas: deps.trustedCas,
        timeoutMs: fetchTimeoutMs,
        maxBytes: MTA_STS_MAX_BYTES,
        // RFC 8461 3.2: the policy is served as text/plain.
        accept: ["text/plain"],
      });
      return { text: document.body, error: null };
    } catch (error) {
      if (error instanceof FetchError) {
        const failure = fetchFailurePhrase(error.kind, url, ["text/plain"], error.message);
        return { text: null, error: phraseOf(REPORT_PROBLEM.policyFile, { failure }) };
      }
      throw error;
    }
  }

  async function gatherEvidence(domain: string): Promise<DomainEvidence> {
    const empty: Gathered<never[]> = { value: [], failure: null };
    let mx: Gathered<MxRecord[]> = empty;
    let notFound = false;
    try {
      mx = { value: await dns.resolveMx(domain), failure: null };
    } catch (error) {
      if (error instanceof DnsLookupError && error.kind === "nxdomain") notFound = true;
      else if (!(error instanceof DnsLookupError && error.kind === "nodata"))
        mx = { value: [], ...failureOf(error) };
    }
    if (notFound) {
      return {
        domain,
        notFound: true,
        mx: empty,
        hasAddress: false,
        txt: empty,
        spfLookups: null,
        dmarcOwn: empty,
        dmarcOrg: null,
        mtaStsTxt: empty,
        mtaStsPolicy: null,
        tlsRptTxt: empty,
        srvSubmission: empty,
        srvSubmissions: empty,
        dane: [],
      };
    }
    const mxHosts = [...mx.value]
      .sort((a: MxRecord, b: MxRecord) => a.priority - b.priority)
      .map((record) => record.exchange.toLowerCase().replace(/\.$/, ""))
      .filter((host, index, all) => host !== "" && all.indexOf(host) === index)
      .slice(0, DANE_MAX_HOSTS);
    const orgDomain = organisationalDomain(domain);
    const [hasAddress, txt, dmarcOwn, mtaStsTxt, tlsRptTxt, srv, dane] = await Promise.all([
      mx.failure === null && mx.value.length === 0
        ? Promise.all([gather(dns.resolve4(domain)), gather(dns.resolve6(domain))]).then(
            ([v4, v6]) => v4.value.length + v6.value.length > 0,
          )
        : Promise.resolve(false),
      gather(dns.resolveTxt(domain)),
      gather(dns.resolveTxt(`_dmarc.${domain}`)),
      gather(dns.resolveTxt(`_mta-sts.${domain}`)),
      gather(dns.resolveTxt(`_smtp._tls.${domain}`)),
      lookupSubmissionSrv(domain, dns),
      Promise.all(mxHosts.map((host) => tlsaFor(host, dns, tlsaTimeoutMs))),
    ]);
    const spfRecords = txt.value.filter(isSpfRecord);
    const needOrgDmarc =
      dmarcOwn.failure === null &&
      !dmarcOwn.value.some((record) => /^\s*v\s*=\s*DMARC1\s*(;|$)/.test(record)) &&
      orgDomain !== domain;
    const [spfLookups, dmarcOrg, mtaStsPolicy] = await Promise.all([
      spfRecords.length === 1
        ? countSpfLookups(domain, parseSpf(spfRecords[0] as string), dns)
        : Promise.resolve(null),
      needOrgDmarc ? gather(dns.resolveTxt(`_dmarc.${orgDomain}`)) : Promise.resolve(null),
      mtaStsTxt.value.some(isMtaStsRecord) ? fetchMtaStsPolicy(domain) : Promise.resolve(null),
    ]);
    return {
      domain,
      notFound: false,
      mx,
      hasAddress,
      txt,
      spfLookups,
      dmarcOwn,
      dmarcOrg,
      mtaStsTxt,
      mtaStsPolicy,
      tlsRptTxt,
      srvSubmission: srv.submission,
      srvSubmissions: srv.submissions,
      dane,
    };
  }

  return {
    async check(input: string, lang: Lang = "en"): Promise<DomainReport> {
      const domain = validateDomainInput(input);
      const entry = await cache.getOrLoad(
        domain,
        async () => {
          const evidence = await gatherEvidence(domain);
          return { evidence, checkedAt: now().toISOString(), failed: hasFailure(evidence) };
        },
        // A report with failed lookups is retried sooner: the failure may be transient.
        (loaded) => (loaded.failed ? Math.min(ttl, FAILURE_TTL_MS) : ttl),
      );
      return { ...buildDomainReport(structuredClone(entry.evidence), lang), checkedAt: entry.checkedAt };
    },
    stats() {
      const stats = cache.stats();
      return { upstreamLookups: stats.loads, cacheHits: stats.hits + stats.joined };
    },
  };
}
