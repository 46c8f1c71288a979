// The public vocabulary of Outbox Doctor. Names and values follow the public
// contract (docs/contract.md): JSON field names are camelCase, and the string
// unions below are the exact values users and scripts see.

/** How a submission session is encrypted: STARTTLS upgrade, implicit TLS ("SSL/TLS"), or never. */
export type Security = "starttls" | "tls" | "none";

/** Authentication methods, in the order a provider prefers them. */
export type AuthMethod = "oauth2" | "password" | "app-password" | "none";

export type Severity = "pass" | "info" | "warn" | "fail";

/** Where a settings answer came from, most reliable first. */
export type SettingsSource = "builtin" | "autoconfig" | "ispdb" | "srv" | "mx" | "guess" | "none";

/** How sure we are of a settings answer: builtin data is high, MX inference medium, guesses low. */
export type Confidence = "high" | "medium" | "low";

export interface Server {
  host: string;
  port: number;
  security: Security;
  /** Preferred first. */
  auth: AuthMethod[];
  /** The user name to type, already filled in for the address. */
  username: string;
  /** Present when this server needs a caution (e.g. it is not encrypted). */
  warning?: string;
}

/** Protocols of the incoming (receiving) half of an account: IMAP is preferred, POP3 where nothing else exists. */
export type IncomingProtocol = "imap" | "pop3";

/** An incoming mail server, the other half of Outlook's account dialog. */
export interface IncomingServer {
  protocol: IncomingProtocol;
  host: string;
  port: number;
  security: Security;
  /** Preferred first. */
  auth: AuthMethod[];
  /** The user name to type, already filled in for the address. */
  username: string;
  /** Present when this server needs a caution (e.g. it is not encrypted). */
  warning?: string;
}

export interface ProviderRef {
  id: string;
  name: string;
  /** The provider's own documentation for these settings. */
  docs?: string;
  /** Date (YYYY-MM-DD) the entry was last checked against that documentation. */
  checked?: string;
  /**
   * True when the address is on one of the provider's own mailbox domains
   * (gmail.com for Gmail), false for a customer's domain it hosts; see
   * src/core/providerOwnership.ts. Absent means not known to be owned.
   */
  ownsDomain?: boolean;
  /**
   * Where and how this provider's app password (or its equivalent) is made,
   * as a text: its English and the id of its translations. Absent when the
   * provider has none.
   */
  appPasswordHint?: { readonly id: string; readonly en: string };
  /**
   * True when the entry's settings could not be confirmed from a settings
   * article of the provider's own (docs is then its help centre): show the
   * settings as unverified. Absent for confirmed entries.
   */
  unverified?: true;
}

export interface Settings {
  email: string;
  domain: string;
  provider: ProviderRef | null;
  source: SettingsSource;
  /** Outgoing (SMTP submission) servers, preferred first. */
  servers: Server[];
  /** Incoming servers, IMAP before POP3, preferred first; empty when unknown. */
  incoming: IncomingServer[];
  notes: string[];
  confidence?: Confidence;
}

export interface Finding {
  id: string;
  severity: Severity;
  title: string;
  detail: string;
  /** What to do about it, when there is something to do. */
  fix?: string;
}

// ---- Mailbox context (what Outlook tells the pane) ------------------------

/**
 * Office.js `Office.context.mailbox.userProfile.accountType` values (Mailbox 1.6):
 * exactly these four. Outlook loads add-ins only in Exchange, Microsoft 365,
 * Outlook.com and (on Mac and mobile) Gmail accounts, so there is no "other".
 */
export const ACCOUNT_TYPES = ["enterprise", "gmail", "office365", "outlookCom"] as const;

export type OutlookAccountType = (typeof ACCOUNT_TYPES)[number];

/** Narrows any value (a query parameter, a CLI flag, what Office.js returned) to an account type. */
export function isOutlookAccountType(value: unknown): value is OutlookAccountType {
  return typeof value === "string" && (ACCOUNT_TYPES as readonly string[]).includes(value);
}

/** The Outlook clients we give setup steps for. */
export type OutlookClient = "classic-windows" | "new-windows" | "mac" | "web" | "mobile";

export interface MailboxContext {
  /** The signed-in mailbox. */
  emailAddress: string;
  displayName?: string;
  accountType?: OutlookAccountType;
  /** In compose mode, the From address when Outlook exposes it. */
  fromAddress?: string;
  client?: OutlookClient;
  hostName?: string;
  hostVersion?: string;
  language?: string;
  mode?: "read" | "compose" | "standalone";
}

// ---- Verify (live probe) --------------------------------------------------

export type VerifyStepName = "resolve" | "connect" | "greeting" | "ehlo" | "starttls" | "tls" | "ehlo-tls";

export interface VerifyStep {
  step: VerifyStepName;
  ok: boolean;
  ms: number;
  detail: string;
}

export interface CertificateInfo {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  daysLeft: number;
  hostnameMatch: boolean;
  trusted: boolean;
  /** The verification error (e.g. SELF_SIGNED_CERT_IN_CHAIN), null when trusted. */
  error: string | null;
  altNames: string[];
  fingerprint256?: string;
  /** Certificates in the chain as assembled (sent by the server, completed from the trust store); 1 = the leaf alone. */
  chainLength?: number;
  /** Where the issuer's certificate can be fetched (the leaf's AIA "CA Issuers" URL); null when it names none. */
  issuerUrl?: string | null;
}

export interface TlsInfo {
  protocol: string;
  cipher: string;
  certificate: CertificateInfo | null;
}

export interface VerifyTarget {
  host: string;
  port: number;
  security: Security;
  /** The address actually dialled; null when the name did not resolve. */
  address: string | null;
}

export interface VerifyReport {
  target: VerifyTarget;
  ok: boolean;
  steps: VerifyStep[];
  greeting: string | null;
  tls: TlsInfo | null;
  auth: { beforeTls: string[]; afterTls: string[] };
  extensions: string[];
  findings: Finding[];
  /** ISO time the probe started. */
  checkedAt: string;
  durationMs: number;
  /** The largest message in bytes from EHLO SIZE (RFC 1870); 0 = no fixed limit; null = not announced. */
  sizeLimit?: number | null;
  /** EHLO lists SMTPUTF8 (RFC 6531): internationalised addresses can be sent. */
  smtputf8?: boolean;
  /** EHLO lists 8BITMIME (RFC 6152). */
  eightBitMime?: boolean;
  /** Plaintext the server sent after "220 ready to start TLS" and before the handshake (discarded). */
  starttlsInjection?: boolean;
  /** The CLI's sign-in test; absent when none was asked for. The secret is never part of it. */
  signIn?: SignInReport;
}

/** SASL mechanisms the sign-in test can use, best first when a password is given. */
export type SignInMechanism = "XOAUTH2" | "PLAIN" | "LOGIN";

export interface SignInReport {
  /** True when the server accepted the sign-in (235). */
  ok: boolean;
  /** The mechanism used; null when the sign-in was not attempted. */
  mechanism: SignInMechanism | null;
  /** The server's final reply to AUTH (secrets redacted); null when there was none. */
  reply: string | null;
  /** Why the sign-in was not attempted or did not finish; null when the server answered. */
  error: string | null;
}

/** The verify finding ids of the public contract. */
export type VerifyFindingId =
  | "connect-failed"
  | "timeout"
  | "greeting-rejected"
  | "starttls-missing"
  | "tls-failed"
  | "tls-old-version"
  | "tls-ok"
  | "cert-expired"
  | "cert-expiring-soon"
  | "cert-hostname-mismatch"
  | "cert-untrusted"
  | "auth-before-tls"
  | "auth-missing"
  | "auth-ok"
  | "oauth2-supported"
  | "plaintext"
  | "port-25-submission"
  | "reply-too-long"
  | "connection-closed"
  | "ehlo-rejected"
  | "cert-chain-incomplete"
  | "starttls-injection"
  | "port-wants-tls"
  | "port-wants-starttls"
  | "size-limit"
  | "smtputf8-supported"
  | "8bitmime-supported"
  | "auth-accepted"
  | "auth-rejected"
  | "auth-not-attempted"
  | "auth-interrupted";

// ---- Domain (mail DNS) ----------------------------------------------------

export interface MxRecord {
  exchange: string;
  priority: number;
}

export interface SrvTarget {
  name: string;
  port: number;
  priority: number;
  weight: number;
}

export interface DomainReport {
  domain: string;
  mx: MxRecord[];
  spf: { record: string | null; records?: string[]; lookups?: number; all?: string | null };
  dmarc: {
    record: string | null;
    policy: string | null;
    pct?: number | null;
    rua?: string[];
    inheritedFrom?: string | null;
  };
  mtaSts: {
    record: string | null;
    policy?: { mode: string; maxAge: number | null; mx: string[] } | null;
    policyError?: string | null;
  };
  tlsRpt: { record: string | null; rua?: string[] };
  srv: { submission: SrvTarget[]; submissions: SrvTarget[] };
  dane?: Array<{ mx: string; tlsa: boolean }>;
  findings: Finding[];
  checkedAt?: string;
}

// ---- Explain --------------------------------------------------------------

export interface ExplainMatch {
  code: string;
  title: string;
  cause: string;
  /** Ordered: try the first fix first. */
  fix: string[];
}

export interface ExplainResult {
  input: string;
  matches: ExplainMatch[];
}

// ---- Checklist ------------------------------------------------------------

export interface ChecklistItem {
  id: string;
  status: Severity;
  title: string;
  why: string;
  action: string;
}
