// The precedence arbiter: which source's answer wins, and how a domain's
// answers become one address's Settings. Pure (no I/O): the shell in
// settingsDiscovery.ts feeds it outcomes as they arrive; tests feed it by hand.
//
// Precedence, most reliable first. The domain's own autoconfig is published
// by whoever runs the mail service; the ISPDB is curated; SRV is published by
// the domain owner but unauthenticated and says nothing about sign-in; MX
// inference assumes the receiving provider also handles sending; the ISPDB
// entry of the MX's base domain describes the host's consumer service, which
// our own provider database knows better (hence below mx); a guess is only
// what a probe could see.
import type { ParsedAddress } from "../../core/emailAddress.js";
import { fillText, localize, text, type Lang, type Text, type TextValue } from "../../core/language.js";
import { wordIn, type Worded } from "../../core/phrase.js";
import { fillPlaceholders, personaliseHost } from "../../core/personalise.js";
import { findProviderById } from "../../core/providerMatch.js";
import { settingsFromProvider } from "../../core/resolveSettings.js";
import { correctStaleServer, type MailProtocol } from "../../core/staleHosts.js";
import type {
  Confidence,
  IncomingServer,
  Security,
  Server,
  Settings,
  SettingsSource,
} from "../../core/types.js";
import {
  PLAINTEXT_WARNING_TEXT,
  type IncomingServerTemplate,
  type OutgoingServerTemplate,
} from "../autoconfigXml.js";
import { hasOutgoing, type SourceAnswer, type SourceKey, type SourceOutcome } from "./source.js";

export const SOURCE_ORDER: readonly SourceKey[] = [
  "autoconfig",
  "wellKnown",
  "ispdb",
  "srv",
  "mx",
  "ispdbMx",
  "guess",
];

export const SOURCE_OF: Readonly<Record<SourceKey, SettingsSource>> = {
  autoconfig: "autoconfig",
  wellKnown: "autoconfig",
  ispdb: "ispdb",
  srv: "srv",
  mx: "mx",
  ispdbMx: "ispdb",
  guess: "guess",
};

export const CONFIDENCE_OF: Readonly<Record<SourceKey, Confidence>> = {
  autoconfig: "high",
  wellKnown: "high",
  ispdb: "medium",
  srv: "medium",
  mx: "medium",
  ispdbMx: "low",
  guess: "low",
};

/** Sources whose encrypted servers are offered as alternatives when another source wins. MX inference and guesses describe a different assumption. */
const ALTERNATIVE_SOURCES: ReadonlySet<SourceKey> = new Set(["autoconfig", "wellKnown", "ispdb", "srv"]);

export type Decision =
  { state: "winner"; key: SourceKey } | { state: "none" } | { state: "wait"; on: SourceKey };

/**
 * The first source (in precedence order) with outgoing servers wins as soon as
 * every source above it has settled without one; until then, wait for the
 * first unsettled source. `outcomes` holds the settled sources only.
 */
export function decide(outcomes: Readonly<Partial<Record<SourceKey, SourceOutcome>>>): Decision {
  for (const key of SOURCE_ORDER) {
    const outcome = outcomes[key];
    if (outcome === undefined) return { state: "wait", on: key };
    if (hasOutgoing(outcome.answer)) return { state: "winner", key };
  }
  return { state: "none" };
}

/** What discovery learned about one domain: shareable (templates only), cached, then made personal per address. */
export interface DomainDiscovery {
  /** Settled answers in precedence order (the winner, when there is one, is the first with outgoing servers). */
  answers: SourceAnswer[];
  /** Why sources gave nothing: phrases (plain data), worded per language when nothing answers. */
  failures: Worded[];
  timedOut: boolean;
  deadlineMs: number;
  /** Some failure may pass soon (timeouts, no probe slot): cached briefly. */
  transient?: boolean;
}

// The arbiter's own notes, worded in the language of the request.
const ARBITER_NOTE = {
  corrected: text("discovery.corrected", "Corrected: {correction}"),
  perUserHost: text(
    "discovery.perUserHost",
    "The per-user server name {host} does not work for your address.",
  ),
  noSettings: text("discovery.noSettings", "No settings found for {domain}: {failures}."),
  askProvider: text(
    "discovery.askProvider",
    "Ask whoever hosts this mailbox for its SMTP submission server (usually port 465 with SSL/TLS or 587 with STARTTLS), then check it with verify.",
  ),
  alsoListed: text("discovery.alsoListed", "{server} is also listed by {source}."),
  incomingFrom: text("discovery.incomingFrom", "Incoming servers from {source}."),
  incomingFromInstead: text(
    "discovery.incomingFromInstead",
    "Incoming servers from {source}, as {winner} lists none.",
  ),
  outsideDomain: text(
    "discovery.outsideDomain",
    "{host} is outside {domain}: confirm with your provider before sending credentials.",
  ),
  timedOut: text(
    "discovery.timedOut",
    "Some sources did not answer within {ms} ms; a more reliable answer may exist.",
  ),
} as const;

function sayIn(lang: Lang, words: Text, values: Readonly<Record<string, TextValue>> = {}): string {
  return fillText(localize(words, lang), values, lang);
}

/** Inside the user's domain: the domain itself or one of its subdomains. */
function isInsideDomain(host: string, domain: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return name === domain || name.endsWith(`.${domain}`);
}

const endpointKey = (s: { host: string; port: number; security: Security }, protocol: string): string =>
  `${protocol}:${s.host.toLowerCase()}:${s.port}:${s.security}`;

/**
 * The stale-host guard over one list of servers: corrected in place (host,
 * port, security; the warning of a server that is now encrypted goes), with
 * a note per correction, then deduplicated.
 */
function guardServers<T extends { host: string; port: number; security: Security; warning?: string }>(
  servers: readonly T[],
  protocolOf: (server: T) => MailProtocol,
  smtpHosts: readonly string[],
  notes: string[],
  lang: Lang,
): T[] {
  const plaintextWarning = localize(PLAINTEXT_WARNING_TEXT, lang);
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const server of servers) {
    const fix = correctStaleServer(
      { protocol: protocolOf(server), host: server.host, port: server.port, security: server.security },
      smtpHosts,
    );
    let result = server;
    if (fix) {
      const { corrected } = fix;
      result = { ...server, host: corrected.host, port: corrected.port, security: corrected.security };
      if (corrected.security !== "none" && result.warning === plaintextWarning) delete result.warning;
      const note = sayIn(lang, ARBITER_NOTE.corrected, { correction: fix.note(lang) });
      if (!notes.includes(note)) notes.push(note);
    }
    const key = endpointKey(result, protocolOf(result));
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(result);
  }
  return kept;
}

interface Personalised {
  outgoing: Server[];
  incoming: IncomingServer[];
}

function personaliseTemplate(
  template: OutgoingServerTemplate,
  address: ParsedAddress,
  notes: string[],
  lang: Lang,
): Server | null {
  const host = personaliseHost(template.host, address);
  if ("error" in host) {
    notes.push(sayIn(lang, ARBITER_NOTE.perUserHost, { host: template.host }));
    return null;
  }
  const server: Server = {
    host: host.host,
    port: template.port,
    security: template.security,
    auth: [...template.auth],
    username: fillPlaceholders(template.usernameTemplate, address),
  };
  if (template.security === "none") server.warning = localize(PLAINTEXT_WARNING_TEXT, lang);
  return server;
}

function personaliseAnswer(
  answer: SourceAnswer,
  address: ParsedAddress,
  notes: string[],
  lang: Lang,
): Personalised {
  const outgoing = answer.outgoing
    .map((t) => personaliseTemplate(t, address, notes, lang))
    .filter((s): s is Server => s !== null);
  const incoming = answer.incoming
    .map((t: IncomingServerTemplate) => {
      const server = personaliseTemplate(t, address, notes, lang);
      return server ? { protocol: t.protocol, ...server } : null;
    })
    .filter((s): s is IncomingServer => s !== null);
  return { outgoing, incoming };
}

const encryptedFirst = <T extends { security: Security }>(servers: T[]): T[] => [
  ...servers.filter((s) => s.security !== "none"),
  ...servers.filter((s) => s.security === "none"),
];

/** IMAP before POP3 (Outlook's dialogs ask for one; IMAP keeps mail on the server), encrypted first within each. */
function orderIncoming(servers: IncomingServer[]): IncomingServer[] {
  return [
    ...encryptedFirst(servers.filter((s) => s.protocol === "imap")),
    ...encryptedFirst(servers.filter((s) => s.protocol === "pop3")),
  ];
}

/**
 * The Settings of one address from its domain's discovery: winner first,
 * alternatives, stale hosts corrected, placeholders filled, notes and
 * warnings worded in `lang` (another language needs loadLanguage first).
 */
export function combine(discovery: DomainDiscovery, address: ParsedAddress, lang: Lang = "en"): Settings {
  const winner = discovery.answers.find((a) => hasOutgoing(a));
  const notes: string[] = [];
  const say = (item: Worded): string => wordIn(item, lang);
  const personal = new Map<SourceAnswer, Personalised>(
    discovery.answers.map((answer) => [answer, personaliseAnswer(answer, address, notes, lang)]),
  );

  let base: Settings;
  if (!winner) {
    base = {
      email: address.address,
      domain: address.domain,
      provider: null,
      source: "none",
      servers: [],
      incoming: [],
      notes: [
        sayIn(lang, ARBITER_NOTE.noSettings, {
          domain: address.unicodeDomain,
          failures: discovery.failures.map(say).join("; "),
        }),
        sayIn(lang, ARBITER_NOTE.askProvider),
      ],
      confidence: "low",
    };
  } else {
    const mxProvider = winner.mxProviderId !== undefined ? findProviderById(winner.mxProviderId) : undefined;
    if (mxProvider) {
      const { unicodeDomain: _unicode, ...fromProvider } = settingsFromProvider(
        mxProvider,
        address,
        "mx",
        winner.notes.map(say),
        { lang },
      );
      base = { ...fromProvider, incoming: fromProvider.incoming ?? [], notes: [...fromProvider.notes] };
    } else {
      base = {
        email: address.address,
        domain: address.domain,
        provider: winner.provider,
        source: SOURCE_OF[winner.key],
        servers: personal.get(winner)?.outgoing ?? [],
        incoming: personal.get(winner)?.incoming ?? [],
        notes: winner.notes.map(say),
      };
    }
    base.confidence = CONFIDENCE_OF[winner.key];
  }

  const fromUnauthenticated = new Set<string>(
    winner?.unauthenticated ? [...base.servers, ...base.incoming].map((s) => s.host) : [],
  );
  const seen = new Set(base.servers.map((s) => endpointKey(s, "smtp")));
  const alternatives: Server[] = [];
  for (const other of discovery.answers) {
    if (other === winner || !ALTERNATIVE_SOURCES.has(other.key)) continue;
    for (const server of personal.get(other)?.outgoing ?? []) {
      if (server.security === "none" || seen.has(endpointKey(server, "smtp"))) continue;
      seen.add(endpointKey(server, "smtp"));
      alternatives.push(server);
      if (other.unauthenticated) fromUnauthenticated.add(server.host);
      base.notes.push(
        sayIn(lang, ARBITER_NOTE.alsoListed, {
          server: `${server.host}:${server.port}`,
          source: SOURCE_OF[other.key],
        }),
      );
    }
  }

  // Incoming: the winner's, else the most reliable answer that lists some.
  if (base.incoming.length === 0) {
    const donor = discovery.answers.find(
      (a) =>
        a !== winner &&
        (a.key !== "mx" || winner === undefined) &&
        (personal.get(a)?.incoming.length ?? 0) > 0,
    );
    if (donor) {
      base.incoming = personal.get(donor)?.incoming ?? [];
      base.notes.push(
        winner
          ? sayIn(lang, ARBITER_NOTE.incomingFromInstead, {
              source: SOURCE_OF[donor.key],
              winner: SOURCE_OF[winner.key],
            })
          : sayIn(lang, ARBITER_NOTE.incomingFrom, { source: SOURCE_OF[donor.key] }),
      );
      if (donor.unauthenticated) for (const s of base.incoming) fromUnauthenticated.add(s.host);
    }
  }

  // Plaintext servers are never recommended first (RFC 8314); stale hosts are corrected in every answer.
  const smtpHosts = [...base.servers, ...alternatives].map((s) => s.host);
  base.servers = guardServers(
    encryptedFirst([...base.servers, ...alternatives]),
    () => "smtp",
    smtpHosts,
    notes,
    lang,
  );
  base.incoming = orderIncoming(guardServers(base.incoming, (s) => s.protocol, smtpHosts, notes, lang));

  for (const host of fromUnauthenticated) {
    if (
      !isInsideDomain(host, address.domain) &&
      [...base.servers, ...base.incoming].some((s) => s.host === host)
    ) {
      base.notes.push(sayIn(lang, ARBITER_NOTE.outsideDomain, { host, domain: address.domain }));
    }
  }
  base.notes.push(...notes);
  if (discovery.timedOut && winner)
    base.notes.push(sayIn(lang, ARBITER_NOTE.timedOut, { ms: discovery.deadlineMs }));
  return base;
}
