// Settings discovery for any address: the embedded database first (no
// network), then the domain's own autoconfig file, the Thunderbird ISPDB,
// SRV records, MX inference and, last, probing likely host names. The network
// sources run in parallel under one deadline; the most reliable answer wins
// as soon as every more reliable source has settled. Results are cached per
// domain (and made personal per address), and concurrent discoveries of one
// domain share a single flight. Sources, precedence and trust rules are
// documented in docs/discovery.md.
import { organisationalDomain } from "../core/domainFindings.js";
import { parseEmailAddress, type ParsedAddress } from "../core/emailAddress.js";
import type { Provider } from "../core/providerDatabase.js";
import { findProviderByMx } from "../core/providerMatch.js";
import { resolveSettings, settingsFromProvider } from "../core/resolveSettings.js";
import type {
  AuthMethod,
  Confidence,
  MailboxContext,
  ProviderRef,
  Security,
  Server,
  Settings,
  SettingsSource,
  VerifyReport,
} from "../core/types.js";
import { fetchBounded, FetchError, XML_MEDIA_TYPES, type FetchedDocument } from "./autoconfigFetch.js";
import {
  AutoconfigXmlError,
  MAX_CLIENT_CONFIG_BYTES,
  parseClientConfig,
  serverFromTemplate,
  type ClientConfig,
  type OutgoingServerTemplate,
} from "./autoconfigXml.js";
import { DnsLookupError, type MailDns } from "./dnsResolver.js";
import { LruCache } from "./lruCache.js";
import { probeSubmissionServer } from "./probeSubmissionServer.js";
import type { RuntimeConfig } from "./runtimeConfig.js";
import {
  isNotOffered,
  lookupSubmissionSrv,
  submissionTemplates,
  type SubmissionSrv,
} from "./srvDiscovery.js";
import type { TargetPolicy } from "./targetPolicy.js";

export interface SettingsDiscoveryDeps {
  dns: MailDns;
  policy: TargetPolicy;
  config: RuntimeConfig;
  /** The complete trust store (see loadTrustedCas) for HTTPS fetches and probes. */
  trustedCas: string[];
  probe?: typeof probeSubmissionServer;
  /** How long a domain's discovery is reused; default 10 minutes (1 minute when nothing answered). */
  cacheTtlMs?: number;
  /** Domains kept at most; default 1000. */
  cacheSize?: number;
  /** Deadline of each HTTP fetch; default 5000 (the overall deadline aborts fetches still running). */
  fetchTimeoutMs?: number;
  /** Port of the derived https://autoconfig.<domain>/ and https://<domain>/.well-known/ URLs (443); tests use an ephemeral port. */
  httpsPort?: number;
  /** Ports tried when guessing (465 implicit TLS, 587 STARTTLS); tests use ephemeral ports. */
  guessPorts?: { tls: number; starttls: number };
}

export interface DiscoverOptions {
  context?: Partial<MailboxContext>;
  /** Overall deadline of the network sources; default 8000 ms. */
  deadlineMs?: number;
}

export interface SettingsDiscovery {
  discover(email: string, options?: DiscoverOptions): Promise<Settings>;
  /** upstreamLookups: network discoveries actually run; cacheHits: requests answered by the cache or by joining one in flight. */
  stats(): { upstreamLookups: number; cacheHits: number };
}

export const DEFAULT_DISCOVERY_DEADLINE_MS = 8000;
const DEFAULT_TTL_MS = 10 * 60_000;
const EMPTY_TTL_MS = 60_000;

/**
 * Precedence, most reliable first. The domain's own autoconfig is published
 * by whoever runs the mail service; the ISPDB is curated; SRV is published by
 * the domain owner but unauthenticated and says nothing about sign-in; MX
 * inference assumes the receiving provider also handles sending; the ISPDB
 * entry of the MX's base domain describes the host's consumer service, which
 * our own provider database knows better (hence below mx); a guess is only
 * what a probe could see.
 */
type SourceKey = "autoconfig" | "wellKnown" | "ispdb" | "srv" | "mx" | "ispdbMx" | "guess";
const SOURCE_ORDER: readonly SourceKey[] = [
  "autoconfig",
  "wellKnown",
  "ispdb",
  "srv",
  "mx",
  "ispdbMx",
  "guess",
];

const SOURCE_OF: Record<SourceKey, SettingsSource> = {
  autoconfig: "autoconfig",
  wellKnown: "autoconfig",
  ispdb: "ispdb",
  srv: "srv",
  mx: "mx",
  ispdbMx: "ispdb",
  guess: "guess",
};

const CONFIDENCE_OF: Record<SourceKey, Confidence> = {
  autoconfig: "high",
  wellKnown: "high",
  ispdb: "medium",
  srv: "medium",
  mx: "medium",
  ispdbMx: "low",
  guess: "low",
};

/** Sources whose encrypted servers are offered as alternatives when another source wins. */
const ALTERNATIVE_SOURCES = new Set<SourceKey>(["autoconfig", "wellKnown", "ispdb", "srv"]);

/** One source's answer for a domain, before it is made personal. */
interface SourceAnswer {
  key: SourceKey;
  provider: ProviderRef | null;
  /** Set for MX inference: the settings come from the provider database. */
  mxProvider?: Provider;
  templates: OutgoingServerTemplate[];
  notes: string[];
  /** Answers not authenticated by TLS for the user's domain (SRV, MX, plain HTTP): hosts outside the domain are flagged. */
  unauthenticated: boolean;
}

interface SourceOutcome {
  answer: SourceAnswer | null;
  /** Why the source gave nothing (shown when nothing answers). */
  failure: string | null;
}

/** What discovery learned about one domain; cached, then made personal per address. */
interface DomainDiscovery {
  answers: SourceAnswer[];
  failures: string[];
  timedOut: boolean;
  deadlineMs: number;
}

interface Slot {
  outcome: SourceOutcome | undefined;
  settled: Promise<void>;
  settle(outcome: SourceOutcome): void;
}

function createSlot(): Slot {
  let resolve!: () => void;
  const slot: Slot = {
    outcome: undefined,
    settled: new Promise<void>((r) => (resolve = r)),
    settle(outcome) {
      if (slot.outcome !== undefined) return;
      slot.outcome = outcome;
      resolve();
    },
  };
  return slot;
}

/** Inside the user's domain: the domain itself or one of its subdomains. */
function isInsideDomain(host: string, domain: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return name === domain || name.endsWith(`.${domain}`);
}

const SASL_TO_AUTH: Record<string, AuthMethod> = {
  XOAUTH2: "oauth2",
  OAUTHBEARER: "oauth2",
  PLAIN: "password",
  LOGIN: "password",
  "CRAM-MD5": "password",
};

/** Verify findings that make a guessed server unfit to recommend. */
const DISQUALIFYING = new Set([
  "tls-failed",
  "tls-old-version",
  "cert-expired",
  "cert-hostname-mismatch",
  "cert-untrusted",
  "starttls-missing",
  "plaintext",
  "timeout",
  "connect-failed",
  "greeting-rejected",
]);

function authFromProbe(report: VerifyReport): AuthMethod[] {
  const methods: AuthMethod[] = [];
  for (const mechanism of report.auth.afterTls) {
    const method = SASL_TO_AUTH[mechanism.toUpperCase()];
    if (method && !methods.includes(method)) methods.push(method);
  }
  return methods.sort((a, b) => (a === "oauth2" ? -1 : b === "oauth2" ? 1 : 0));
}

/** A probe result we would recommend: TLS with a trusted certificate for the name, and sign-in offered after TLS. */
function isRecommendable(report: VerifyReport): boolean {
  const certificate = report.tls?.certificate;
  return (
    certificate?.trusted === true &&
    certificate.hostnameMatch &&
    !report.findings.some((f) => f.severity === "fail" && DISQUALIFYING.has(f.id)) &&
    authFromProbe(report).length > 0
  );
}

function describeFailure(error: unknown): string {
  if (error instanceof FetchError || error instanceof AutoconfigXmlError) return error.message;
  if (error instanceof DnsLookupError) return error.message;
  return `unexpected error (${(error as Error).message})`;
}

function withoutQuery(url: string): string {
  const at = url.indexOf("?");
  return at < 0 ? url : url.slice(0, at);
}

export function createSettingsDiscovery(deps: SettingsDiscoveryDeps): SettingsDiscovery {
  const { dns, config } = deps;
  const probe = deps.probe ?? probeSubmissionServer;
  const ttl = deps.cacheTtlMs ?? DEFAULT_TTL_MS;
  const cache = new LruCache<DomainDiscovery>({ maxEntries: deps.cacheSize ?? 1000, ttlMs: ttl });
  const fetchTimeoutMs = deps.fetchTimeoutMs ?? 5000;
  const guessPorts = deps.guessPorts ?? { tls: 465, starttls: 587 };
  const portSuffix = deps.httpsPort && deps.httpsPort !== 443 ? `:${deps.httpsPort}` : "";

  function autoconfigUrls(domain: string, email: string): { autoconfig: string; wellKnown: string } {
    const query = `?emailaddress=${encodeURIComponent(email)}`;
    if (config.autoconfigBaseUrl) {
      const base = config.autoconfigBaseUrl.replace(/\/+$/, "");
      return {
        autoconfig: `${base}/${domain}/mail/config-v1.1.xml${query}`,
        wellKnown: `${base}/${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
      };
    }
    return {
      autoconfig: `https://autoconfig.${domain}${portSuffix}/mail/config-v1.1.xml${query}`,
      wellKnown: `https://${domain}${portSuffix}/.well-known/autoconfig/mail/config-v1.1.xml`,
    };
  }

  function ispdbUrl(domain: string): string {
    const base = config.ispdbUrl.endsWith("/") ? config.ispdbUrl : `${config.ispdbUrl}/`;
    return `${base}${domain}`;
  }

  // Each fetch keeps its own timeout; the overall deadline ends the wait and aborts (signal) what is still running.
  async function fetchClientConfig(
    url: string,
    domain: string,
    signal: AbortSignal,
  ): Promise<{ document: FetchedDocument; config: ClientConfig }> {
    const document = await fetchBounded(url, {
      dns,
      policy: deps.policy,
      trustedCas: deps.trustedCas,
      timeoutMs: fetchTimeoutMs,
      maxBytes: MAX_CLIENT_CONFIG_BYTES,
      accept: XML_MEDIA_TYPES,
      allowHttp: config.allowHttpAutoconfig,
      signal,
    });
    return { document, config: parseClientConfig(document.body, domain) };
  }

  function clientConfigAnswer(
    key: SourceKey,
    fetched: { document: FetchedDocument; config: ClientConfig },
    describe: (name: string) => string,
  ): SourceOutcome {
    const { document, config: clientConfig } = fetched;
    const where = withoutQuery(document.url);
    if (clientConfig.outgoing.length === 0) {
      const why = clientConfig.skipped.length > 0 ? `: ${clientConfig.skipped.join("; ")}` : "";
      return { answer: null, failure: `${where} lists no usable outgoing server${why}` };
    }
    const name = clientConfig.displayName ?? clientConfig.providerId;
    const notes = [describe(name ?? "the provider"), ...clientConfig.outgoing.flatMap((t) => t.notes)];
    if (clientConfig.skipped.length > 0)
      notes.push(`Ignored in ${where}: ${clientConfig.skipped.join("; ")}.`);
    const plainHttp = document.url.startsWith("http:");
    if (plainHttp)
      notes.push(`${where} was fetched over plain HTTP, so it could have been altered on the way.`);
    return {
      answer: {
        key,
        provider: name !== null ? { id: clientConfig.providerId ?? name, name } : null,
        templates: clientConfig.outgoing,
        notes,
        unauthenticated: plainHttp || key === "ispdbMx",
      },
      failure: null,
    };
  }

  async function guessServers(domain: string, deadline: number): Promise<SourceOutcome> {
    const timeoutMs = Math.min(10_000, deadline - Date.now());
    if (timeoutMs < 100) return { answer: null, failure: "no time left to probe smtp/mail host names" };
    const candidates: Array<{ host: string; port: number; security: Security }> = [];
    for (const host of [`smtp.${domain}`, `mail.${domain}`]) {
      // RFC 8314: implicit TLS first.
      candidates.push(
        { host, port: guessPorts.tls, security: "tls" },
        { host, port: guessPorts.starttls, security: "starttls" },
      );
    }
    const reports = await Promise.all(
      candidates.map((candidate) =>
        probe({ ...candidate, timeoutMs }, { dns, policy: deps.policy, trustedCas: deps.trustedCas }).catch(
          () => null,
        ),
      ),
    );
    const templates: OutgoingServerTemplate[] = [];
    reports.forEach((report, index) => {
      const candidate = candidates[index];
      if (!report || !candidate || !isRecommendable(report)) return;
      templates.push({
        ...candidate,
        auth: authFromProbe(report),
        usernameTemplate: "%EMAILADDRESS%",
        notes: [],
      });
    });
    if (templates.length === 0) {
      return {
        answer: null,
        failure: `no server at smtp.${domain} or mail.${domain} offered TLS with a valid certificate and sign-in`,
      };
    }
    return {
      answer: {
        key: "guess",
        provider: null,
        templates,
        notes: [
          `Found by probing: ${templates.map((t) => `${t.host}:${t.port}`).join(", ")} offered encryption with a valid certificate for the name and sign-in after TLS. No published data confirms this is your provider's server; your full address is assumed as the user name.`,
        ],
        unauthenticated: false,
      },
      failure: null,
    };
  }

  /** Runs the network sources for one domain under the deadline; `email` is sent to the domain's own autoconfig only. */
  async function discoverDomain(domain: string, email: string, deadlineMs: number): Promise<DomainDiscovery> {
    const started = Date.now();
    const deadline = started + deadlineMs;
    const controller = new AbortController();
    const slots = Object.fromEntries(SOURCE_ORDER.map((key) => [key, createSlot()])) as Record<
      SourceKey,
      Slot
    >;
    const run = (key: SourceKey, task: () => Promise<SourceOutcome>): void => {
      task().then(
        (outcome) => slots[key].settle(outcome),
        (error: unknown) => slots[key].settle({ answer: null, failure: describeFailure(error) }),
      );
    };

    const urls = autoconfigUrls(domain, email);
    for (const key of ["autoconfig", "wellKnown"] as const) {
      run(key, async () =>
        clientConfigAnswer(
          key,
          await fetchClientConfig(urls[key], domain, controller.signal),
          (name) => `Settings from ${name}'s autoconfig file for ${domain} (${withoutQuery(urls[key])}).`,
        ),
      );
    }
    run("ispdb", async () =>
      clientConfigAnswer(
        "ispdb",
        await fetchClientConfig(ispdbUrl(domain), domain, controller.signal),
        (name) => `Settings from the Thunderbird ISPDB entry for ${domain} (${name}).`,
      ),
    );

    run("srv", async () => {
      const srv: SubmissionSrv = await lookupSubmissionSrv(domain, dns);
      const failure = srv.submissions.failure ?? srv.submission.failure;
      const templates = submissionTemplates(srv);
      if (templates.length === 0) {
        const notOffered = [srv.submissions.value, srv.submission.value].some(isNotOffered);
        return {
          answer: null,
          failure:
            failure ??
            (notOffered
              ? `SRV records for ${domain} say submission is not offered (target ".")`
              : `no submission SRV records for ${domain}`),
        };
      }
      const names = [
        srv.submissions.value.length > 0 ? `_submissions._tcp.${domain}` : null,
        srv.submission.value.length > 0 ? `_submission._tcp.${domain}` : null,
      ].filter((n): n is string => n !== null);
      return {
        answer: {
          key: "srv",
          provider: null,
          templates,
          notes: [
            `Published in DNS by ${domain} (${names.join(", ")}; RFC 6186, RFC 8314). SRV records do not say how to sign in: your password and full address are assumed.`,
          ],
          unauthenticated: true,
        },
        failure: null,
      };
    });

    // MX: inference from the provider database, and the ISPDB entry of the MX's base domain.
    const mxLookup = dns.resolveMx(domain).then(
      (records) => ({ records, failure: null as string | null, missing: false }),
      (error: unknown) => {
        const kind = error instanceof DnsLookupError ? error.kind : "other";
        return {
          records: [],
          failure: kind === "nodata" ? null : describeFailure(error),
          missing: kind === "nxdomain",
        };
      },
    );
    void mxLookup.then(({ records, failure, missing }) => {
      const best = [...records].sort((a, b) => a.priority - b.priority)[0];
      const mxHost = best?.exchange.toLowerCase().replace(/\.$/, "") ?? "";
      if (failure !== null || mxHost === "") {
        const why =
          failure ??
          (records.length > 0 ? `${domain} accepts no mail (null MX)` : `${domain} has no MX record`);
        slots.mx.settle({ answer: null, failure: why });
        slots.ispdbMx.settle({ answer: null, failure: null });
        // A domain that does not exist has no smtp.<domain> either.
        if (missing) slots.guess.settle({ answer: null, failure: null });
        return;
      }
      const provider = findProviderByMx(mxHost);
      if (provider) {
        slots.mx.settle({
          answer: {
            key: "mx",
            provider: {
              id: provider.id,
              name: provider.name,
              docs: provider.docs,
              checked: provider.checked,
            },
            mxProvider: provider,
            templates: [],
            notes: [
              `Inferred from MX: mail for ${domain} is received by ${mxHost}, which belongs to ${provider.name}.`,
            ],
            unauthenticated: true,
          },
          failure: null,
        });
        slots.ispdbMx.settle({ answer: null, failure: null });
        return;
      }
      slots.mx.settle({ answer: null, failure: `MX ${mxHost} is not a provider in the built-in database` });
      const base = organisationalDomain(mxHost);
      if (base === domain) {
        slots.ispdbMx.settle({ answer: null, failure: null });
        return;
      }
      run("ispdbMx", async () =>
        clientConfigAnswer(
          "ispdbMx",
          await fetchClientConfig(ispdbUrl(base), domain, controller.signal),
          (name) =>
            `Settings from the Thunderbird ISPDB entry for ${base} (${name}), the domain of your MX host ${mxHost}.`,
        ),
      );
    });

    // Guessing costs four probes: only when neither SRV nor MX gave an answer.
    void Promise.all([slots.srv.settled, slots.mx.settled]).then(() => {
      if (slots.guess.outcome !== undefined) return;
      if (slots.srv.outcome?.answer || slots.mx.outcome?.answer) {
        slots.guess.settle({ answer: null, failure: null });
        return;
      }
      run("guess", () => guessServers(domain, deadline));
    });

    let timer: NodeJS.Timeout | undefined;
    const deadlineReached = new Promise<"deadline">((resolve) => {
      timer = setTimeout(() => resolve("deadline"), Math.max(0, deadline - Date.now()));
    });
    let timedOut = false;
    try {
      // Wait in precedence order: the first source with an answer wins once every source above it has settled empty.
      for (const key of SOURCE_ORDER) {
        if (slots[key].outcome === undefined) {
          const first = await Promise.race([
            slots[key].settled.then(() => "settled" as const),
            deadlineReached,
          ]);
          if (first === "deadline") {
            timedOut = true;
            break;
          }
        }
        if (slots[key].outcome?.answer) break;
      }
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
    const answers = SOURCE_ORDER.map((key) => slots[key].outcome?.answer).filter(
      (a): a is SourceAnswer => a != null,
    );
    const failures = SOURCE_ORDER.map((key) => slots[key].outcome?.failure).filter(
      (f): f is string => typeof f === "string",
    );
    if (timedOut) {
      const pending = SOURCE_ORDER.filter((key) => slots[key].outcome === undefined);
      failures.push(
        `stopped waiting after ${deadlineMs} ms for: ${[...new Set(pending.map((key) => SOURCE_OF[key]))].join(", ")}`,
      );
    }
    return { answers, failures, timedOut, deadlineMs };
  }

  function personalise(discovery: DomainDiscovery, address: ParsedAddress): Settings {
    const [winner, ...others] = discovery.answers;
    const parts = { address: address.address, localPart: address.localPart, domain: address.domain };
    if (!winner) {
      return {
        email: address.address,
        domain: address.domain,
        provider: null,
        source: "none",
        servers: [],
        incoming: [],
        notes: [
          `No settings found for ${address.unicodeDomain}: ${discovery.failures.join("; ")}.`,
          "Ask whoever hosts this mailbox for its SMTP submission server (usually port 465 with SSL/TLS or 587 with STARTTLS), then check it with verify.",
        ],
        confidence: "low",
      };
    }
    const base: Settings = winner.mxProvider
      ? settingsFromProvider(winner.mxProvider, address, "mx", winner.notes)
      : {
          email: address.address,
          domain: address.domain,
          provider: winner.provider,
          source: SOURCE_OF[winner.key],
          servers: winner.templates.map((t) => serverFromTemplate(t, parts)),
          incoming: [],
          notes: [...winner.notes],
        };
    base.confidence = CONFIDENCE_OF[winner.key];
    const fromUnauthenticated = new Set<string>(
      winner.unauthenticated ? base.servers.map((s) => s.host) : [],
    );
    const key = (s: Pick<Server, "host" | "port" | "security">): string =>
      `${s.host.toLowerCase()}:${s.port}:${s.security}`;
    const seen = new Set(base.servers.map(key));
    const alternatives: Server[] = [];
    for (const other of others) {
      if (!ALTERNATIVE_SOURCES.has(other.key)) continue;
      for (const template of other.templates) {
        if (template.security === "none" || seen.has(key(template))) continue;
        seen.add(key(template));
        alternatives.push(serverFromTemplate(template, parts));
        if (other.unauthenticated) fromUnauthenticated.add(template.host);
        base.notes.push(`${template.host}:${template.port} is also listed by ${SOURCE_OF[other.key]}.`);
      }
    }
    const all = [...base.servers, ...alternatives];
    // Plaintext servers are never recommended first (RFC 8314).
    base.servers = [...all.filter((s) => s.security !== "none"), ...all.filter((s) => s.security === "none")];
    for (const host of fromUnauthenticated) {
      if (!isInsideDomain(host, address.domain)) {
        base.notes.push(
          `${host} is outside ${address.domain}: confirm with your provider before sending credentials.`,
        );
      }
    }
    if (discovery.timedOut)
      base.notes.push(
        `Some sources did not answer within ${discovery.deadlineMs} ms; a more reliable answer may exist.`,
      );
    return base;
  }

  return {
    async discover(email: string, options: DiscoverOptions = {}): Promise<Settings> {
      const builtin = resolveSettings(email, options.context);
      if (builtin.source === "builtin") return builtin;
      const address = parseEmailAddress(email);
      const deadlineMs = Math.max(1, options.deadlineMs ?? DEFAULT_DISCOVERY_DEADLINE_MS);
      const discovery = await cache.getOrLoad(
        address.domain,
        () => discoverDomain(address.domain, address.address, deadlineMs),
        (d) => (d.answers.length === 0 || d.timedOut ? Math.min(ttl, EMPTY_TTL_MS) : ttl),
      );
      const settings = personalise(discovery, address);
      return address.unicodeDomain !== address.domain
        ? ({ ...settings, unicodeDomain: address.unicodeDomain } as Settings)
        : settings;
    },
    stats() {
      const stats = cache.stats();
      return { upstreamLookups: stats.loads, cacheHits: stats.hits + stats.joined };
    },
  };
}
