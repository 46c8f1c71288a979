// What a live probe's observations mean: one rule per finding id of the
// public contract, and the words people read for each. Pure data and small
// functions, so the CLI, the server's report page and the tests share them.
import type { Finding, Security, Severity, TlsInfo, VerifyFindingId, VerifyStepName } from "./types.js";

/** Contract ids plus `ehlo-rejected` (a server that refuses EHLO offers no extensions at all). */
export type ProbeFindingId = VerifyFindingId | "ehlo-rejected";

/** Diagnoses of a port survey (several probes of one host). */
export type SurveyFindingId =
  | "port-wants-tls"
  | "port-wants-starttls"
  | "port-25-blocked"
  | "ports-skipped"
  | "no-working-port"
  | "recommended-port";

export interface FindingText {
  severity: Severity;
  title: string;
  explanation: string;
  fix: string;
}

/** The findings that end a probe early: the probe names the one that applies and gives the evidence. */
export type ProbeFailureId =
  | "connect-failed"
  | "timeout"
  | "connection-closed"
  | "reply-too-long"
  | "greeting-rejected"
  | "ehlo-rejected"
  | "tls-failed";

export interface ProbeFailure {
  id: ProbeFailureId;
  step: VerifyStepName;
  /** What happened, in the server's or the network's words. */
  evidence: string;
}

/** Everything the probe saw, and nothing it concluded. */
export interface ProbeObservation {
  host: string;
  port: number;
  security: Security;
  /** When the certificate dates are judged (epoch ms). */
  nowMs: number;
  /** Why the session ended early; null when every step of the chosen mode ran. */
  failure: ProbeFailure | null;
  /** Whether the plaintext EHLO reply listed STARTTLS; null when no plaintext EHLO completed. */
  starttlsOffered: boolean | null;
  /** The negotiated TLS session; null when none was. */
  tls: TlsInfo | null;
  /** AUTH mechanisms listed before TLS (or in a session that never encrypts); null when no such EHLO completed. */
  authBeforeTls: string[] | null;
  /** AUTH mechanisms listed by EHLO under TLS; null when no EHLO completed under TLS. */
  authAfterTls: string[] | null;
}

const DAY_MS = 86_400_000;
/** RFC 8997 deprecates TLS 1.0 and 1.1. */
const OLD_TLS_PROTOCOLS = new Set(["SSLv2", "SSLv3", "TLSv1", "TLSv1.1"]);
const EXPIRING_SOON_DAYS = 14;
/** OpenSSL verification errors about dates: the chain did reach a trusted root. */
const CHAIN_DATE_ERRORS = new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]);
/** RFC 4954 section 4: mechanisms that send the password in the clear need TLS first. */
const CLEARTEXT_MECHANISMS = ["PLAIN", "LOGIN"];
const OAUTH_MECHANISMS = ["XOAUTH2", "OAUTHBEARER"];

/** True when the chain verification error (null = none) still means the chain leads to a trusted root. */
export function chainLeadsToTrustedRoot(error: string | null): boolean {
  return error === null || CHAIN_DATE_ERRORS.has(error);
}

export const VERIFY_FINDING_TEXT: Record<ProbeFindingId, FindingText> = {
  "connect-failed": {
    severity: "fail",
    title: "Could not connect",
    explanation:
      "The server's name did not resolve, or nothing accepted a connection on that port. Outlook reports this as 0x800CCC0D (cannot find host) or 0x800CCC0E / 0x80042109 (cannot connect).",
    fix: "Check the spelling of the server name and the port. If the name is right, the port may be closed or blocked by a firewall or your internet provider: try 587 or 465.",
  },
  timeout: {
    severity: "fail",
    title: "The server did not answer in time",
    explanation:
      "A step of the conversation took longer than its deadline. A server that stays silent after the connection is often an implicit-TLS port (465) asked for STARTTLS, or a firewall that swallows the traffic. Outlook shows 0x800CCC19 or 0x8004210B.",
    fix: "Check that the encryption choice matches the port (465 = SSL/TLS, 587 = STARTTLS) and try again; if it persists, the port is filtered on the way.",
  },
  "greeting-rejected": {
    severity: "fail",
    title: "The server refused the session",
    explanation:
      "An SMTP server greets with code 220. This one answered with another code (421 = try later or too busy, 554 = no service for you), or with something that is not SMTP at all. Outlook shows 0x800CCC67 for 421 and 0x800CCC6F for 554.",
    fix: "Read the server's words in the detail. A 554 often means your address is on a block list or the host is not a submission server; a 421 is usually temporary.",
  },
  "ehlo-rejected": {
    severity: "fail",
    title: "The server refused EHLO",
    explanation:
      "Without EHLO a server offers no extensions: no STARTTLS and no AUTH, so a mail program cannot encrypt or sign in.",
    fix: "This host is not usable for authenticated submission; check the host name with your provider.",
  },
  "starttls-missing": {
    severity: "fail",
    title: "STARTTLS is not offered",
    explanation:
      "The server's EHLO reply does not list STARTTLS, so the session cannot be encrypted on this port. If the server normally offers it, something on the path (a firewall, antivirus or a hostile network) may be stripping it. Outlook shows 0x800CCC7D.",
    fix: "Use the port your provider documents (usually 587 with STARTTLS or 465 with SSL/TLS). If it should work, check for security software that inspects mail traffic.",
  },
  "tls-failed": {
    severity: "fail",
    title: "The TLS handshake failed",
    explanation:
      "The encrypted session could not be set up: the encryption choice does not match the port (SSL/TLS on a STARTTLS port or the reverse), the server refused STARTTLS, or client and server share no TLS version. Outlook shows 0x800CCC1A or 0x800CCC0F.",
    fix: "Use SSL/TLS on port 465 and STARTTLS on port 587. If that is already so, the server may only speak outdated TLS.",
  },
  "tls-old-version": {
    severity: "fail",
    title: "Outdated TLS version",
    explanation:
      "The server negotiated a TLS version below 1.2. RFC 8997 deprecates TLS 1.0 and 1.1, and current mail programs refuse them.",
    fix: "The server's administrator must enable TLS 1.2 or 1.3.",
  },
  "tls-ok": {
    severity: "pass",
    title: "Modern TLS",
    explanation: "The session was encrypted with TLS 1.2 or newer (RFC 8997).",
    fix: "Nothing to do.",
  },
  "cert-expired": {
    severity: "fail",
    title: "The certificate is expired or not yet valid",
    explanation:
      "A certificate in the chain is outside its validity period. Mail programs refuse the connection. A wrong clock on your computer causes the same warning.",
    fix: "If your computer's date is right, the server's administrator must renew the certificate (or fix the chain they serve).",
  },
  "cert-expiring-soon": {
    severity: "warn",
    title: "The certificate expires soon",
    explanation: `The certificate expires in fewer than ${EXPIRING_SOON_DAYS} days; after that, mail programs will refuse the connection.`,
    fix: "The server's administrator should renew it now (automatic renewal may have stopped working).",
  },
  "cert-hostname-mismatch": {
    severity: "fail",
    title: "The certificate is for another name",
    explanation:
      "The certificate does not cover the host name you connect to (RFC 6125: the name must be in its subject alternative names; a wildcard covers one left-most label only). Mail programs warn or refuse.",
    fix: "Use the server name the certificate is issued for (often the provider's own, such as smtp.provider.com, rather than mail.yourdomain.com).",
  },
  "cert-untrusted": {
    severity: "fail",
    title: "The certificate is not trusted",
    explanation:
      "The certificate chain does not lead to a trusted root: it is self-signed, issued by an unknown authority, or the server does not send the intermediate certificates.",
    fix: "The server's administrator should install a certificate from a public authority with its full chain. Do not tell Outlook to accept it anyway: that is what an attacker in the middle would want.",
  },
  "auth-before-tls": {
    severity: "fail",
    title: "Passwords can be sent unencrypted",
    explanation:
      "The server offers AUTH PLAIN or LOGIN before the session is encrypted, so a mail program could send the password in the clear (RFC 4954 forbids this).",
    fix: "Always choose STARTTLS or SSL/TLS. The server's administrator should offer AUTH only after TLS.",
  },
  "auth-missing": {
    severity: "warn",
    title: "No sign-in offered",
    explanation:
      "After TLS the server lists no AUTH mechanisms. It may accept mail only from certain networks (a relay), or this is a server-to-server port rather than a submission port.",
    fix: "Check with your provider which server and port to use for sending with a sign-in (usually 587 or 465).",
  },
  "auth-ok": {
    severity: "pass",
    title: "Sign-in only over TLS",
    explanation: "The server offers AUTH only after the session is encrypted, as RFC 4954 and RFC 8314 ask.",
    fix: "Nothing to do.",
  },
  "oauth2-supported": {
    severity: "info",
    title: "Modern sign-in (OAuth2) offered",
    explanation:
      "The server offers XOAUTH2 or OAUTHBEARER, the sign-in Microsoft 365, Outlook.com and Gmail require or prefer over passwords.",
    fix: "Prefer OAuth2 (Outlook's modern authentication) over a password or app password.",
  },
  plaintext: {
    severity: "fail",
    title: "The session is never encrypted",
    explanation:
      "With no encryption, the password and every message cross the network readable by anyone on the path. RFC 8314 calls cleartext submission obsolete.",
    fix: "Choose SSL/TLS (port 465) or STARTTLS (port 587).",
  },
  "port-25-submission": {
    severity: "warn",
    title: "Port 25 is for server-to-server mail",
    explanation:
      "Port 25 is the relay port between mail servers (RFC 6409). Many networks block it, and providers expect mail programs on 587 or 465.",
    fix: "Use port 587 with STARTTLS or 465 with SSL/TLS.",
  },
  "reply-too-long": {
    severity: "fail",
    title: "The server sent too much",
    explanation:
      "A reply line was longer than 4 KiB, or the whole conversation passed 64 KiB. Real SMTP servers stay far below that (RFC 5321 limits a reply line to 512 bytes), so the probe stopped.",
    fix: "This is probably not an SMTP submission server, or it is misbehaving: check the host and port.",
  },
  "connection-closed": {
    severity: "fail",
    title: "The server closed the connection",
    explanation:
      "The server hung up in the middle of the conversation. Outlook reports this as 0x800CCC0F. It happens when the encryption choice does not match the port, when the server limits connections, or when security software interferes.",
    fix: "Check the port and encryption pair (465 = SSL/TLS, 587 = STARTTLS) and try again later.",
  },
};

export const SURVEY_FINDING_TEXT: Record<SurveyFindingId, FindingText> = {
  "port-wants-tls": {
    severity: "warn",
    title: "This port uses SSL/TLS, not STARTTLS",
    explanation:
      "The server stayed silent when greeted in plain text but completed a TLS handshake started right away: the port uses implicit TLS. Choosing STARTTLS makes the mail program wait until it times out.",
    fix: "Choose SSL/TLS for this port.",
  },
  "port-wants-starttls": {
    severity: "warn",
    title: "This port uses STARTTLS, not SSL/TLS",
    explanation:
      "A TLS handshake started right away failed, but the server greets in plain text and offers STARTTLS. Choosing SSL/TLS makes the connection fail (Outlook 0x800CCC0F or 0x800CCC1A).",
    fix: "Choose STARTTLS for this port.",
  },
  "port-25-blocked": {
    severity: "info",
    title: "Port 25 could not be reached",
    explanation:
      "Port 25 did not accept a connection from here while a submission port did. Many networks and hosting providers block outgoing port 25, and it is meant for server-to-server mail anyway (RFC 6409).",
    fix: "Use port 587 (STARTTLS) or 465 (SSL/TLS) in your mail program.",
  },
  "ports-skipped": {
    severity: "info",
    title: "Some ports were not tested",
    explanation: "This server's probe policy does not allow connecting to these ports.",
    fix: "Test them with the command-line tool on your own network if you need them.",
  },
  "no-working-port": {
    severity: "fail",
    title: "No secure submission port works",
    explanation: "None of the tested ports completed an encrypted SMTP session without a failure.",
    fix: "Check the server name. If it is right, ask the provider which server and port to use for sending.",
  },
  "recommended-port": {
    severity: "pass",
    title: "A working submission port",
    explanation:
      "This port and encryption pair completed an encrypted session. Implicit TLS is preferred over STARTTLS (RFC 8314), and port 25 comes last.",
    fix: "Use these settings in your mail program.",
  },
};

/** A finding with its standard words and the evidence for this case. */
export function describeFinding(id: ProbeFindingId | SurveyFindingId, detail: string): Finding {
  const text =
    id in VERIFY_FINDING_TEXT
      ? VERIFY_FINDING_TEXT[id as ProbeFindingId]
      : SURVEY_FINDING_TEXT[id as SurveyFindingId];
  return { id, severity: text.severity, title: text.title, detail, fix: text.fix };
}

function certificateDateProblem(o: ProbeObservation): string | null {
  const cert = o.tls?.certificate;
  if (!cert) return null;
  const from = Date.parse(cert.validFrom);
  const to = Date.parse(cert.validTo);
  if (o.nowMs > to) return `The certificate expired on ${cert.validTo}.`;
  if (o.nowMs < from) return `The certificate is not valid before ${cert.validFrom}.`;
  if (cert.error !== null && CHAIN_DATE_ERRORS.has(cert.error)) {
    return `The server's certificate is in date, but a certificate of its chain is not (${cert.error}).`;
  }
  return null;
}

function offered(mechanisms: string[] | null, wanted: readonly string[]): string[] {
  return (mechanisms ?? []).filter((m) => wanted.includes(m.toUpperCase()));
}

function failureEvidence(id: ProbeFailureId) {
  return (o: ProbeObservation): string | null =>
    o.failure?.id === id ? `At step "${o.failure.step}": ${o.failure.evidence}` : null;
}

/** One rule per finding, in report order: returns the detail when the finding applies, else null. */
const RULES: ReadonlyArray<{ id: ProbeFindingId; applies: (o: ProbeObservation) => string | null }> = [
  { id: "connect-failed", applies: failureEvidence("connect-failed") },
  { id: "timeout", applies: failureEvidence("timeout") },
  { id: "connection-closed", applies: failureEvidence("connection-closed") },
  { id: "reply-too-long", applies: failureEvidence("reply-too-long") },
  { id: "greeting-rejected", applies: failureEvidence("greeting-rejected") },
  { id: "ehlo-rejected", applies: failureEvidence("ehlo-rejected") },
  {
    id: "starttls-missing",
    applies: (o) =>
      o.security === "starttls" && o.starttlsOffered === false
        ? `${o.host} port ${o.port} does not list STARTTLS in its EHLO reply.`
        : null,
  },
  { id: "tls-failed", applies: failureEvidence("tls-failed") },
  {
    id: "tls-old-version",
    applies: (o) =>
      o.tls && OLD_TLS_PROTOCOLS.has(o.tls.protocol)
        ? `Negotiated ${o.tls.protocol} (${o.tls.cipher}).`
        : null,
  },
  {
    id: "tls-ok",
    applies: (o) =>
      o.tls && !OLD_TLS_PROTOCOLS.has(o.tls.protocol)
        ? `Negotiated ${o.tls.protocol} (${o.tls.cipher}).`
        : null,
  },
  { id: "cert-expired", applies: certificateDateProblem },
  {
    id: "cert-expiring-soon",
    applies: (o) => {
      const cert = o.tls?.certificate;
      if (!cert || certificateDateProblem(o) !== null) return null;
      const leftMs = Date.parse(cert.validTo) - o.nowMs;
      if (leftMs >= EXPIRING_SOON_DAYS * DAY_MS) return null;
      const days = Math.floor(leftMs / DAY_MS);
      return `The certificate expires on ${cert.validTo} (${days === 0 ? "less than a day" : `${days} days`} left).`;
    },
  },
  {
    id: "cert-hostname-mismatch",
    applies: (o) => {
      const cert = o.tls?.certificate;
      if (!cert || cert.hostnameMatch) return null;
      const names = cert.altNames.length > 0 ? cert.altNames.join(", ") : `subject ${cert.subject}`;
      return `The certificate covers ${names}, not ${o.host}.`;
    },
  },
  {
    id: "cert-untrusted",
    applies: (o) => {
      if (!o.tls) return null;
      const cert = o.tls.certificate;
      if (!cert) return "The server presented no certificate.";
      if (cert.trusted) return null;
      return `Chain verification failed (${cert.error ?? "unknown error"}); issuer: ${cert.issuer}.`;
    },
  },
  {
    id: "auth-before-tls",
    applies: (o) => {
      const cleartext = offered(o.authBeforeTls, CLEARTEXT_MECHANISMS);
      return cleartext.length > 0
        ? `Before encryption the server offers AUTH ${(o.authBeforeTls ?? []).join(" ")}.`
        : null;
    },
  },
  {
    id: "auth-ok",
    applies: (o) =>
      o.tls && o.authAfterTls && o.authAfterTls.length > 0 && (o.authBeforeTls ?? []).length === 0
        ? `Under TLS the server offers AUTH ${o.authAfterTls.join(" ")}.`
        : null,
  },
  {
    id: "auth-missing",
    applies: (o) =>
      o.tls && o.authAfterTls && o.authAfterTls.length === 0
        ? "The EHLO reply under TLS lists no AUTH mechanism."
        : null,
  },
  {
    id: "oauth2-supported",
    applies: (o) => {
      const oauth = [
        ...new Set([
          ...offered(o.authAfterTls, OAUTH_MECHANISMS),
          ...offered(o.authBeforeTls, OAUTH_MECHANISMS),
        ]),
      ];
      return oauth.length > 0 ? `The server offers ${oauth.join(" and ")}.` : null;
    },
  },
  {
    id: "plaintext",
    applies: (o) =>
      o.security === "none" ? `Security "none" was chosen for ${o.host} port ${o.port}.` : null,
  },
  {
    id: "port-25-submission",
    applies: (o) => (o.port === 25 ? `Port 25 was chosen for ${o.host}.` : null),
  },
];

export function buildVerifyFindings(observation: ProbeObservation): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const detail = rule.applies(observation);
    if (detail !== null) findings.push(describeFinding(rule.id, detail));
  }
  return findings;
}
