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

/** Office.js `Office.context.mailbox.userProfile.accountType` values (Mailbox 1.6). */
export type OutlookAccountType = "office365" | "outlookCom" | "gmail" | "enterprise" | "other";

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
  | "ehlo-rejected";

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
