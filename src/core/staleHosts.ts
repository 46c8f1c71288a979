// Retired or wrong server names and port/security combinations that still
// circulate in autoconfig files, ISPDB entries, SRV records and old guides,
// with the correction and a note saying what was corrected. Discovery screens
// every answer with correctStaleServer (issue 9: a custom domain whose
// autoconfig names smtp.live.com must not get it recommended). Data tables,
// one small function; pure.
import { factDate } from "./datedFacts.js";
import { fillText, localize, text, type Lang, type Text } from "./language.js";
import type { Security } from "./types.js";

export type MailProtocol = "smtp" | "imap" | "pop3";

export interface Endpoint {
  protocol: MailProtocol;
  host: string;
  port: number;
  security: Security;
}

interface EndpointSpec {
  host: string;
  port: number;
  security: Security;
}

/** A name that is retired (or never was right for this service): every use of it is replaced. */
interface RenamedHost {
  protocol: MailProtocol;
  /** Exact lowercase name, or a pattern for a family of names. */
  host: string | RegExp;
  replacement: EndpointSpec;
  why: Text;
}

/** A current name that works only on some port and security combinations. */
interface KnownEndpoints {
  protocol: MailProtocol;
  host: string;
  /** Preferred first: a combination not listed is replaced by the first. */
  valid: readonly EndpointSpec[];
  why: Text;
}

/** A right name in the wrong place: applies only when the same answer's SMTP host is one of `withSmtpHost`. */
interface MisplacedHost {
  protocol: MailProtocol;
  host: string;
  withSmtpHost: readonly string[];
  replacement: EndpointSpec;
  why: Text;
}

const OUTLOOK_SUBMISSION: EndpointSpec = { host: "smtp-mail.outlook.com", port: 587, security: "starttls" };
const M365_SUBMISSION: EndpointSpec = { host: "smtp.office365.com", port: 587, security: "starttls" };

const RETIRED_OUTLOOK_NAME = text(
  "staleHosts.retiredOutlookName",
  "{host} is a retired name of Outlook.com's server; Outlook.com, Hotmail, Live and MSN mailboxes use {corrected}.",
);
const RETIRED_M365_POD = text(
  "staleHosts.retiredM365Pod",
  "{host} is a server name from the early days of Office 365 and no longer answers for mailboxes; Microsoft 365 uses {corrected}.",
);

export const RENAMED_HOSTS: readonly RenamedHost[] = [
  { protocol: "smtp", host: "smtp.live.com", replacement: OUTLOOK_SUBMISSION, why: RETIRED_OUTLOOK_NAME },
  { protocol: "smtp", host: "smtp.hotmail.com", replacement: OUTLOOK_SUBMISSION, why: RETIRED_OUTLOOK_NAME },
  {
    protocol: "pop3",
    host: "pop3.live.com",
    replacement: { host: "outlook.office365.com", port: 995, security: "tls" },
    why: RETIRED_OUTLOOK_NAME,
  },
  // pod51000.outlook.com and its siblings: Office 365 (2011-2013) per-pod names.
  { protocol: "smtp", host: /^pod\d+\.outlook\.com$/, replacement: M365_SUBMISSION, why: RETIRED_M365_POD },
  {
    protocol: "imap",
    host: /^pod\d+\.outlook\.com$/,
    replacement: { host: "outlook.office365.com", port: 993, security: "tls" },
    why: RETIRED_M365_POD,
  },
  {
    protocol: "pop3",
    host: /^pod\d+\.outlook\.com$/,
    replacement: { host: "outlook.office365.com", port: 995, security: "tls" },
    why: RETIRED_M365_POD,
  },
  {
    protocol: "smtp",
    host: "plus.smtp.mail.yahoo.com",
    replacement: { host: "smtp.mail.yahoo.com", port: 465, security: "tls" },
    why: text(
      "staleHosts.retiredYahooPlus",
      "{host} was the server of the discontinued Yahoo Mail Plus; every Yahoo mailbox uses {corrected}.",
    ),
  },
];

const TLS_OR_STARTTLS = (host: string): EndpointSpec[] => [
  { host, port: 465, security: "tls" },
  { host, port: 587, security: "starttls" },
];

export const KNOWN_ENDPOINTS: readonly KnownEndpoints[] = [
  {
    protocol: "smtp",
    host: "smtp-mail.outlook.com",
    valid: [OUTLOOK_SUBMISSION],
    why: text(
      "staleHosts.outlookPort",
      "{found} does not work: Outlook.com accepts mail programs only on port 587 with STARTTLS ({corrected}), and only with OAuth2 sign-in since {outlookBasicAuthEnded}.",
    ),
  },
  {
    protocol: "smtp",
    host: "smtp.office365.com",
    valid: [M365_SUBMISSION],
    why: text(
      "staleHosts.m365Port",
      "{found} does not work: Microsoft 365 does not offer port 465 (SSL/TLS) and never accepts unencrypted sign-in; mail programs use {corrected}.",
    ),
  },
  {
    protocol: "smtp",
    host: "smtp.gmail.com",
    valid: TLS_OR_STARTTLS("smtp.gmail.com"),
    why: text(
      "staleHosts.gmailPort",
      "{found} is not how Gmail takes mail from programs: port 25 is for servers and unencrypted sign-in is refused; use {corrected} (or 587 with STARTTLS).",
    ),
  },
  {
    protocol: "smtp",
    host: "smtp.mail.yahoo.com",
    valid: TLS_OR_STARTTLS("smtp.mail.yahoo.com"),
    why: text(
      "staleHosts.yahooPort",
      "{found} is not how Yahoo takes mail from programs: use {corrected} (or 587 with STARTTLS).",
    ),
  },
  {
    protocol: "smtp",
    host: "smtp.aol.com",
    valid: TLS_OR_STARTTLS("smtp.aol.com"),
    why: text(
      "staleHosts.aolPort",
      "{found} is not how AOL takes mail from programs: use {corrected} (or 587 with STARTTLS).",
    ),
  },
  {
    protocol: "smtp",
    host: "smtp.mail.me.com",
    valid: [{ host: "smtp.mail.me.com", port: 587, security: "starttls" }],
    why: text(
      "staleHosts.icloudPort",
      "{found} does not work: iCloud Mail takes mail from programs on {corrected}.",
    ),
  },
  ...(
    [
      ["imap", "imap.gmail.com", 993],
      ["imap", "imap-mail.outlook.com", 993],
      ["imap", "outlook.office365.com", 993],
      ["pop3", "outlook.office365.com", 995],
      ["imap", "imap.mail.yahoo.com", 993],
      ["imap", "imap.mail.me.com", 993],
    ] as const
  ).map(([protocol, host, port]): KnownEndpoints => ({
    protocol,
    host,
    valid: [{ host, port, security: "tls" }],
    why: text("staleHosts.incomingPort", "{found} does not work: this server is reached on {corrected}."),
  })),
];

export const MISPLACED_HOSTS: readonly MisplacedHost[] = [
  {
    // imap-mail.outlook.com is right for Outlook.com; a Microsoft 365 mailbox is read at outlook.office365.com.
    protocol: "imap",
    host: "imap-mail.outlook.com",
    withSmtpHost: ["smtp.office365.com"],
    replacement: { host: "outlook.office365.com", port: 993, security: "tls" },
    why: text(
      "staleHosts.m365Imap",
      "{host} is Outlook.com's IMAP server; Microsoft 365 mailboxes (this answer sends through smtp.office365.com) are read at {corrected}.",
    ),
  },
];

export interface StaleCorrection {
  /** What the answer said. */
  found: Endpoint;
  /** What to use instead. */
  corrected: Endpoint;
  /** Says what was corrected and why, in a language. */
  note(lang?: Lang): string;
}

const SECURITY_WORDS: Record<Security, Text> = {
  tls: text("staleHosts.security.tls", "SSL/TLS"),
  starttls: text("staleHosts.security.starttls", "STARTTLS"),
  none: text("staleHosts.security.none", "no encryption"),
};

function describe(endpoint: EndpointSpec): (lang: Lang) => string {
  return (lang) => `${endpoint.host}:${endpoint.port} (${localize(SECURITY_WORDS[endpoint.security], lang)})`;
}

function correction(found: Endpoint, replacement: EndpointSpec, why: Text): StaleCorrection {
  const corrected: Endpoint = { protocol: found.protocol, ...replacement };
  const values = {
    host: found.host,
    found: describe(found),
    corrected: describe(corrected),
    outlookBasicAuthEnded: (lang: Lang) => factDate("outlookcom-basic-auth-ended", lang),
  };
  return { found, corrected, note: (lang = "en") => fillText(localize(why, lang), values, lang) };
}

const sameEndpoint = (a: EndpointSpec, b: EndpointSpec): boolean =>
  a.host === b.host && a.port === b.port && a.security === b.security;

/**
 * The correction for one server of a discovery answer, or null when it is
 * fine. `smtpHosts` are the SMTP hosts of the same answer (some names are
 * right for one provider and wrong for another).
 */
export function correctStaleServer(
  endpoint: Endpoint,
  smtpHosts: readonly string[] = [],
): StaleCorrection | null {
  const found: Endpoint = { ...endpoint, host: endpoint.host.toLowerCase().replace(/\.$/, "") };
  for (const rule of RENAMED_HOSTS) {
    if (rule.protocol !== found.protocol) continue;
    const matches = typeof rule.host === "string" ? rule.host === found.host : rule.host.test(found.host);
    if (matches) return correction(found, rule.replacement, rule.why);
  }
  const answerSmtp = smtpHosts.map((host) => host.toLowerCase().replace(/\.$/, ""));
  for (const rule of MISPLACED_HOSTS) {
    if (rule.protocol !== found.protocol || rule.host !== found.host) continue;
    if (rule.withSmtpHost.some((host) => answerSmtp.includes(host)))
      return correction(found, rule.replacement, rule.why);
  }
  for (const rule of KNOWN_ENDPOINTS) {
    if (rule.protocol !== found.protocol || rule.host !== found.host) continue;
    const preferred = rule.valid[0];
    if (preferred && !rule.valid.some((valid) => sameEndpoint(valid, found)))
      return correction(found, preferred, rule.why);
  }
  return null;
}

/** Every text of this module, once each (the translation tables' tests read it). */
export function allStaleHostTexts(): Text[] {
  const all = [
    ...RENAMED_HOSTS.map((rule) => rule.why),
    ...MISPLACED_HOSTS.map((rule) => rule.why),
    ...KNOWN_ENDPOINTS.map((rule) => rule.why),
    ...Object.values(SECURITY_WORDS),
  ];
  return [...new Map(all.map((entry) => [entry.id, entry])).values()];
}
