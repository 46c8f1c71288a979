// What a live probe's observations mean: one rule per finding id of the
// public contract, and the words people read for each. Pure data and small
// functions, so the CLI, the server's report page and the tests share them.
// Every text has an id (src/core/language.ts); the German is in
// src/core/i18n/de/verify.ts and is used once loadLanguage("de") has run.
import { explainError } from "./explainError.js";
import { fillText, localize, text, type Lang, type Text, type TextValue } from "./language.js";
import type {
  Finding,
  Security,
  Severity,
  SignInReport,
  TlsInfo,
  VerifyFindingId,
  VerifyStepName,
} from "./types.js";

/** Diagnoses of a port survey (several probes of one host); the first two also appear in one probe. */
export type SurveyFindingId =
  | "port-wants-tls"
  | "port-wants-starttls"
  | "port-25-blocked"
  | "ports-skipped"
  | "no-working-port"
  | "recommended-port";

/** Ids a single probe reports, apart from the two mode-mismatch ids it shares with the survey. */
export type ProbeFindingId = Exclude<VerifyFindingId, "port-wants-tls" | "port-wants-starttls">;

/** A finding's standard words in one language. */
export interface FindingText {
  severity: Severity;
  title: string;
  explanation: string;
  fix: string;
}

/** A finding's standard words with their text ids, for every language. */
export interface FindingWords {
  severity: Severity;
  title: Text;
  explanation: Text;
  fix: Text;
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

/** The steps of the report, and the CLI's sign-in ("auth"), which is reported in `signIn` instead. */
export type ProbeStepName = VerifyStepName | "auth";

export interface ProbeFailure {
  id: ProbeFailureId;
  step: ProbeStepName;
  /** What happened, in the server's or the network's words (English where the probe words it). */
  evidence: string;
  /** The same evidence in every language, when the probe worded it itself (quoting the server inside). */
  worded?: TextValue;
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
  /** EHLO keywords of the last EHLO answered with 250 (under TLS when there was TLS); null when none. */
  extensions?: string[] | null;
  /** The server sent plaintext after its "220" to STARTTLS, before the handshake (it was discarded). */
  starttlsInjection?: boolean;
  /** The first bytes the server sent in plain text were a TLS record: it expects SSL/TLS from the start. */
  tlsBytesInPlaintext?: boolean;
  /** How many bytes the server sent in the whole session (a silent server sent none). */
  bytesReceived?: number;
  /** The sign-in test's outcome; absent or null when no sign-in was asked for. */
  signIn?: SignInReport | null;
  /** Why the sign-in was not tried, when it was asked for and not tried. */
  signInSkipped?: SignInSkipReason | null;
}

const DAY_MS = 86_400_000;
/** RFC 8997 deprecates TLS 1.0 and 1.1. */
const OLD_TLS_PROTOCOLS = new Set(["SSLv2", "SSLv3", "TLSv1", "TLSv1.1"]);
const EXPIRING_SOON_DAYS = 14;
/** OpenSSL verification errors about dates: the chain did reach a trusted root. */
const CHAIN_DATE_ERRORS = new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]);
/** OpenSSL's words for "the issuer of a certificate the server sent is not at hand". */
const MISSING_ISSUER_ERRORS = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
]);
/** RFC 4954 section 4: mechanisms that send the password in the clear need TLS first. */
const CLEARTEXT_MECHANISMS = ["PLAIN", "LOGIN"];
const OAUTH_MECHANISMS = ["XOAUTH2", "OAUTHBEARER"];
/**
 * OpenSSL's complaints when the "TLS" bytes it got are plain text: a "220 ..."
 * greeting read as a TLS record header (ssl3_get_record: wrong version number,
 * or a huge length). The surest sign of SSL/TLS chosen for a STARTTLS port.
 */
const PLAINTEXT_TLS_ERRORS = /wrong version number|packet length too long|unknown protocol|http request/i;

/**
 * Whether a mail program would accept this certificate for `host` at `nowMs`:
 * a trusted chain, the right name, in date. The sign-in test sends a secret only then.
 */
export function certificateAcceptable(cert: TlsInfo["certificate"], nowMs: number): boolean {
  if (!cert || cert.error !== null || !cert.trusted || !cert.hostnameMatch) return false;
  return Date.parse(cert.validFrom) <= nowMs && nowMs <= Date.parse(cert.validTo);
}

/** True when the chain verification error (null = none) still means the chain leads to a trusted root. */
export function chainLeadsToTrustedRoot(error: string | null): boolean {
  return error === null || CHAIN_DATE_ERRORS.has(error);
}

/** True when a TLS handshake error says the server answered in plain text. */
export function tlsErrorMeansPlaintext(evidence: string): boolean {
  return PLAINTEXT_TLS_ERRORS.test(evidence);
}

function words(
  id: string,
  severity: Severity,
  title: string,
  explanation: string,
  fix: string,
): FindingWords {
  return {
    severity,
    title: text(`finding.${id}.title`, title),
    explanation: text(`finding.${id}.explanation`, explanation),
    fix: text(`finding.${id}.fix`, fix),
  };
}

export const VERIFY_FINDING_WORDS: Readonly<Record<ProbeFindingId, FindingWords>> = {
  "connect-failed": words(
    "connect-failed",
    "fail",
    "Could not connect",
    "The server's name did not resolve, or nothing accepted a connection on that port. Outlook reports this as 0x800CCC0D (cannot find host) or 0x800CCC0E / 0x80042109 (cannot connect).",
    "Check the spelling of the server name and the port. If the name is right, the port may be closed or blocked by a firewall or your internet provider: try 587 or 465.",
  ),
  timeout: words(
    "timeout",
    "fail",
    "The server did not answer in time",
    "A step of the conversation took longer than its deadline. A server that stays silent after the connection is often an implicit-TLS port (465) asked for STARTTLS, or a firewall that swallows the traffic. Outlook shows 0x800CCC19 or 0x8004210B.",
    "Check that the encryption choice matches the port (465 = SSL/TLS, 587 = STARTTLS) and try again; if it persists, the port is filtered on the way.",
  ),
  "greeting-rejected": words(
    "greeting-rejected",
    "fail",
    "The server refused the session",
    "An SMTP server greets with code 220. This one answered with another code (421 = try later or too busy, 554 = no service for you), or with something that is not SMTP at all. Outlook shows 0x800CCC67 for 421 and 0x800CCC6F for 554.",
    "Read the server's words in the detail. A 554 often means your address is on a block list or the host is not a submission server; a 421 is usually temporary.",
  ),
  "ehlo-rejected": words(
    "ehlo-rejected",
    "fail",
    "The server refused EHLO",
    "Without EHLO a server offers no extensions: no STARTTLS and no AUTH, so a mail program cannot encrypt or sign in.",
    "This host is not usable for authenticated submission; check the host name with your provider.",
  ),
  "starttls-missing": words(
    "starttls-missing",
    "fail",
    "STARTTLS is not offered",
    "The server's EHLO reply does not list STARTTLS, so the session cannot be encrypted on this port. If the server normally offers it, something on the path (a firewall, antivirus or a hostile network) may be stripping it. Outlook shows 0x800CCC7D.",
    "Use the port your provider documents (usually 587 with STARTTLS or 465 with SSL/TLS). If it should work, check for security software that inspects mail traffic.",
  ),
  "tls-failed": words(
    "tls-failed",
    "fail",
    "The TLS handshake failed",
    "The encrypted session could not be set up: the encryption choice does not match the port (SSL/TLS on a STARTTLS port or the reverse), the server refused STARTTLS, or client and server share no TLS version. Outlook shows 0x800CCC1A or 0x800CCC0F.",
    "Use SSL/TLS on port 465 and STARTTLS on port 587. If that is already so, the server may only speak outdated TLS.",
  ),
  "tls-old-version": words(
    "tls-old-version",
    "fail",
    "Outdated TLS version",
    "The server negotiated a TLS version below 1.2. RFC 8997 deprecates TLS 1.0 and 1.1, and current mail programs refuse them.",
    "The server's administrator must enable TLS 1.2 or 1.3.",
  ),
  "tls-ok": words(
    "tls-ok",
    "pass",
    "Modern TLS",
    "The session was encrypted with TLS 1.2 or newer (RFC 8997).",
    "Nothing to do.",
  ),
  "starttls-injection": words(
    "starttls-injection",
    "fail",
    "Plain text was slipped in before encryption",
    'After its "220 ready to start TLS" the server (or something on the path) sent more plain text before the handshake. A man in the middle uses this to inject commands or replies that a careless mail program would believe came through TLS (STARTTLS command injection, CVE-2011-0411 and its many successors). The probe threw those bytes away.',
    "The server's administrator should update the mail server; if it is up to date, look for a device on the path that tampers with SMTP. Prefer SSL/TLS (port 465), which has no plain-text phase.",
  ),
  "cert-expired": words(
    "cert-expired",
    "fail",
    "The certificate is expired or not yet valid",
    "A certificate in the chain is outside its validity period. Mail programs refuse the connection. A wrong clock on your computer causes the same warning.",
    "If your computer's date is right, the server's administrator must renew the certificate (or fix the chain they serve).",
  ),
  "cert-expiring-soon": words(
    "cert-expiring-soon",
    "warn",
    "The certificate expires soon",
    `The certificate expires in fewer than ${EXPIRING_SOON_DAYS} days; after that, mail programs will refuse the connection.`,
    "The server's administrator should renew it now (automatic renewal may have stopped working).",
  ),
  "cert-hostname-mismatch": words(
    "cert-hostname-mismatch",
    "fail",
    "The certificate is for another name",
    "The certificate does not cover the host name you connect to (RFC 6125: the name must be in its subject alternative names; a wildcard covers one left-most label only). Mail programs warn or refuse.",
    "Use the server name the certificate is issued for (often the provider's own, such as smtp.provider.com, rather than mail.yourdomain.com).",
  ),
  "cert-chain-incomplete": words(
    "cert-chain-incomplete",
    "warn",
    "The certificate chain is incomplete",
    "The server sends its own certificate without the intermediate certificate that links it to a trusted root. Outlook for Windows usually fetches the missing certificate from the address named in the server's certificate and connects; Outlook for Mac and iOS, Thunderbird and many phones may refuse the connection.",
    "The server's administrator should configure the full chain (the server certificate followed by its intermediates, often a file called fullchain.pem).",
  ),
  "cert-untrusted": words(
    "cert-untrusted",
    "fail",
    "The certificate is not trusted",
    "The certificate chain does not lead to a trusted root: it is self-signed or issued by an unknown authority.",
    "The server's administrator should install a certificate from a public authority with its full chain. Do not tell Outlook to accept it anyway: that is what an attacker in the middle would want.",
  ),
  "auth-before-tls": words(
    "auth-before-tls",
    "fail",
    "Passwords can be sent unencrypted",
    "The server offers AUTH PLAIN or LOGIN before the session is encrypted, so a mail program could send the password in the clear (RFC 4954 forbids this).",
    "Always choose STARTTLS or SSL/TLS. The server's administrator should offer AUTH only after TLS.",
  ),
  "auth-missing": words(
    "auth-missing",
    "warn",
    "No sign-in offered",
    "After TLS the server lists no AUTH mechanisms. It may accept mail only from certain networks (a relay), or this is a server-to-server port rather than a submission port.",
    "Check with your provider which server and port to use for sending with a sign-in (usually 587 or 465).",
  ),
  "auth-ok": words(
    "auth-ok",
    "pass",
    "Sign-in only over TLS",
    "The server offers AUTH only after the session is encrypted, as RFC 4954 and RFC 8314 ask.",
    "Nothing to do.",
  ),
  "oauth2-supported": words(
    "oauth2-supported",
    "info",
    "Modern sign-in (OAuth2) offered",
    "The server offers XOAUTH2 or OAUTHBEARER, the sign-in Microsoft 365, Outlook.com and Gmail require or prefer over passwords.",
    "Prefer OAuth2 (Outlook's modern authentication) over a password or app password.",
  ),
  "size-limit": words(
    "size-limit",
    "info",
    "Largest message the server accepts",
    "The server announces the largest message it accepts (EHLO SIZE, RFC 1870). Attachments grow by about a third when they are sent, so a message with 25 MB of attachments needs about 34 MB.",
    "Send larger files as a link (OneDrive, SharePoint or another file share) instead of an attachment.",
  ),
  "smtputf8-supported": words(
    "smtputf8-supported",
    "info",
    "Addresses with non-Latin characters can be sent",
    "The server offers SMTPUTF8 (RFC 6531): it accepts addresses such as müller@beispiel.de or 用户@例子.中国 in the envelope.",
    "Nothing to do.",
  ),
  "8bitmime-supported": words(
    "8bitmime-supported",
    "info",
    "8-bit message bodies accepted",
    "The server offers 8BITMIME (RFC 6152): text with accented and other non-ASCII characters travels without being re-encoded.",
    "Nothing to do.",
  ),
  "auth-accepted": words(
    "auth-accepted",
    "pass",
    "The sign-in works",
    "The server accepted the user name and secret over the encrypted session. The test signed in and out again; it sent no message.",
    "Use the same user name and secret in Outlook. If Outlook still fails, compare its server, port and encryption with the ones tested here.",
  ),
  "auth-rejected": words(
    "auth-rejected",
    "fail",
    "The server refused the sign-in",
    "The server answered the sign-in with an error. The reply code says why: a wrong user name or password, an app password or OAuth2 required, or sign-in disabled for this mailbox.",
    "Read the diagnosis in the detail. Check the user name (usually the full address) and the password; many providers need an app password or OAuth2 instead of the account password.",
  ),
  "auth-not-attempted": words(
    "auth-not-attempted",
    "fail",
    "The sign-in was not tried",
    "The sign-in test only runs in an encrypted session and with a method the server offers, so no secret is ever sent in the clear or guessed at.",
    "Fix the findings above (encryption, port) or use a sign-in method the server offers, then test again.",
  ),
  "auth-interrupted": words(
    "auth-interrupted",
    "fail",
    "The sign-in did not finish",
    "The server closed the connection, stopped answering or sent far too much while the sign-in was in progress, so there is no verdict on the user name and secret.",
    "Try again later. If it keeps happening, the server may limit sign-in attempts from your network: ask your provider.",
  ),
  plaintext: words(
    "plaintext",
    "fail",
    "The session is never encrypted",
    "With no encryption, the password and every message cross the network readable by anyone on the path. RFC 8314 calls cleartext submission obsolete.",
    "Choose SSL/TLS (port 465) or STARTTLS (port 587).",
  ),
  "port-25-submission": words(
    "port-25-submission",
    "warn",
    "Port 25 is for server-to-server mail",
    "Port 25 is the relay port between mail servers (RFC 6409). Many networks block it, and providers expect mail programs on 587 or 465.",
    "Use port 587 with STARTTLS or 465 with SSL/TLS.",
  ),
  "reply-too-long": words(
    "reply-too-long",
    "fail",
    "The server sent too much",
    "A reply line was longer than 4 KiB, or the whole conversation passed 64 KiB. Real SMTP servers stay far below that (RFC 5321 limits a reply line to 512 bytes), so the probe stopped.",
    "This is probably not an SMTP submission server, or it is misbehaving: check the host and port.",
  ),
  "connection-closed": words(
    "connection-closed",
    "fail",
    "The server closed the connection",
    "The server hung up in the middle of the conversation. Outlook reports this as 0x800CCC0F. It happens when the encryption choice does not match the port, when the server limits connections, or when security software interferes.",
    "Check the port and encryption pair (465 = SSL/TLS, 587 = STARTTLS) and try again later.",
  ),
};

export const SURVEY_FINDING_WORDS: Readonly<Record<SurveyFindingId, FindingWords>> = {
  "port-wants-tls": words(
    "port-wants-tls",
    "warn",
    "This port uses SSL/TLS, not STARTTLS",
    "The server stayed silent when greeted in plain text: a port with implicit TLS waits for the TLS handshake first. Choosing STARTTLS makes the mail program wait until it times out.",
    "Choose SSL/TLS for this port.",
  ),
  "port-wants-starttls": words(
    "port-wants-starttls",
    "warn",
    "This port uses STARTTLS, not SSL/TLS",
    "A TLS handshake started right away was answered in plain text: this port speaks plain SMTP and is encrypted with STARTTLS. Choosing SSL/TLS makes the connection fail (Outlook 0x800CCC0F or 0x800CCC1A).",
    "Choose STARTTLS for this port.",
  ),
  "port-25-blocked": words(
    "port-25-blocked",
    "info",
    "Port 25 could not be reached",
    "Port 25 did not accept a connection from here while a submission port did. Many networks and hosting providers block outgoing port 25, and it is meant for server-to-server mail anyway (RFC 6409).",
    "Use port 587 (STARTTLS) or 465 (SSL/TLS) in your mail program.",
  ),
  "ports-skipped": words(
    "ports-skipped",
    "info",
    "Some ports were not tested",
    "This server's probe policy does not allow connecting to these ports.",
    "Test them with the command-line tool on your own network if you need them.",
  ),
  "no-working-port": words(
    "no-working-port",
    "fail",
    "No secure submission port works",
    "None of the tested ports completed an encrypted SMTP session without a failure.",
    "Check the server name. If it is right, ask the provider which server and port to use for sending.",
  ),
  "recommended-port": words(
    "recommended-port",
    "pass",
    "A working submission port",
    "This port and encryption pair completed an encrypted session. Implicit TLS is preferred over STARTTLS (RFC 8314), and port 25 comes last.",
    "Use these settings in your mail program.",
  ),
};

function inLanguage<K extends string>(
  table: Readonly<Record<K, FindingWords>>,
  lang: Lang,
): Record<K, FindingText> {
  const out = {} as Record<K, FindingText>;
  for (const id of Object.keys(table) as K[]) out[id] = findingTextOf(table[id], lang);
  return out;
}

function findingTextOf(w: FindingWords, lang: Lang): FindingText {
  return {
    severity: w.severity,
    title: localize(w.title, lang),
    explanation: localize(w.explanation, lang),
    fix: localize(w.fix, lang),
  };
}

/** The English words of every probe finding (older callers and the tests read these). */
export const VERIFY_FINDING_TEXT: Readonly<Record<ProbeFindingId, FindingText>> = inLanguage(
  VERIFY_FINDING_WORDS,
  "en",
);
export const SURVEY_FINDING_TEXT: Readonly<Record<SurveyFindingId, FindingText>> = inLanguage(
  SURVEY_FINDING_WORDS,
  "en",
);

function wordsOf(id: ProbeFindingId | SurveyFindingId): FindingWords {
  return id in VERIFY_FINDING_WORDS
    ? VERIFY_FINDING_WORDS[id as ProbeFindingId]
    : SURVEY_FINDING_WORDS[id as SurveyFindingId];
}

/** A finding's standard words in `lang` (English until that language is loaded). */
export function findingText(id: ProbeFindingId | SurveyFindingId, lang: Lang = "en"): FindingText {
  return findingTextOf(wordsOf(id), lang);
}

/**
 * The standard words of a probe or survey finding `id` in `lang`, for a stored
 * finding whose id may be anything (a domain finding, an id of a later version): undefined then.
 */
export function knownFindingText(id: string, lang: Lang = "en"): FindingText | undefined {
  if (!Object.hasOwn(VERIFY_FINDING_WORDS, id) && !Object.hasOwn(SURVEY_FINDING_WORDS, id)) return undefined;
  return findingText(id as ProbeFindingId | SurveyFindingId, lang);
}

/** A finding with its standard words in `lang` and the evidence for this case. */
export function describeFinding(
  id: ProbeFindingId | SurveyFindingId,
  detail: string,
  lang: Lang = "en",
): Finding {
  const w = wordsOf(id);
  return { id, severity: w.severity, title: localize(w.title, lang), detail, fix: localize(w.fix, lang) };
}

// ---- Evidence sentences ---------------------------------------------------

/** The sentences that frame a finding's evidence; placeholders are filled per case. */
export const DETAIL = {
  atStep: text("finding.detail.atStep", 'At step "{step}": {evidence}'),
  starttlsMissing: text(
    "finding.detail.starttlsMissing",
    "{host} port {port} does not list STARTTLS in its EHLO reply.",
  ),
  plaintextPort: text(
    "finding.detail.plaintextPort",
    "This port speaks plain SMTP, not SSL/TLS: the server answered the TLS handshake with plain text. Choose STARTTLS. (TLS error: {evidence})",
  ),
  wantsStarttls: text(
    "finding.detail.wantsStarttls",
    "Port {port} answered the TLS handshake in plain text: it speaks plain SMTP and is encrypted with STARTTLS.",
  ),
  wantsTlsSilent: text(
    "finding.detail.wantsTlsSilent",
    "Port {port} did not greet in plain text. This port probably expects SSL/TLS: a port with implicit TLS waits silently for the TLS handshake.",
  ),
  wantsTlsBytes: text(
    "finding.detail.wantsTlsBytes",
    "Port {port} answered in TLS, not plain text: this port expects SSL/TLS.",
  ),
  negotiated: text("finding.detail.negotiated", "Negotiated {protocol} ({cipher})."),
  injection: text(
    "finding.detail.injection",
    "After the 220 reply to STARTTLS the server sent more plain text before the TLS handshake; the probe discarded it and read nothing of it.",
  ),
  certExpired: text("finding.detail.certExpired", "The certificate expired on {date}."),
  certNotYetValid: text("finding.detail.certNotYetValid", "The certificate is not valid before {date}."),
  chainDate: text(
    "finding.detail.chainDate",
    "The server's certificate is in date, but a certificate of its chain is not ({error}).",
  ),
  expiringSoon: text("finding.detail.expiringSoon", "The certificate expires on {date} ({left} left)."),
  lessThanADay: text("finding.detail.lessThanADay", "less than a day"),
  days: text("finding.detail.days", "{days} days"),
  hostnameMismatch: text("finding.detail.hostnameMismatch", "The certificate covers {names}, not {host}."),
  subjectName: text("finding.detail.subjectName", "subject {subject}"),
  chainIncomplete: text(
    "finding.detail.chainIncomplete",
    "The server sent its certificate alone, without the one that issued it ({issuer}); the certificate names {url} as the place to fetch it. Verification error: {error}.",
  ),
  noCertificate: text("finding.detail.noCertificate", "The server presented no certificate."),
  untrusted: text("finding.detail.untrusted", "Chain verification failed ({error}); issuer: {issuer}."),
  unknownError: text("finding.detail.unknownError", "unknown error"),
  authBeforeTls: text(
    "finding.detail.authBeforeTls",
    "Before encryption the server offers AUTH {mechanisms}.",
  ),
  authOk: text("finding.detail.authOk", "Under TLS the server offers AUTH {mechanisms}."),
  authMissing: text("finding.detail.authMissing", "The EHLO reply under TLS lists no AUTH mechanism."),
  oauth: text("finding.detail.oauth", "The server offers {mechanisms}."),
  and: text("finding.detail.and", " and "),
  sizeLimit: text("finding.detail.sizeLimit", "Largest message {size} (SIZE {bytes})."),
  sizeUnlimited: text("finding.detail.sizeUnlimited", "The server announces SIZE 0: no fixed limit."),
  smtputf8: text("finding.detail.smtputf8", "The EHLO reply lists SMTPUTF8."),
  eightBitMime: text("finding.detail.eightBitMime", "The EHLO reply lists 8BITMIME."),
  authAccepted: text("finding.detail.authAccepted", "Signed in with AUTH {mechanism}: {reply}"),
  authRejected: text("finding.detail.authRejected", "The server refused AUTH {mechanism}: {reply}"),
  diagnosis: text("finding.detail.diagnosis", "Diagnosis ({code}): {title}. {cause} First step: {fix}"),
  noDiagnosis: text(
    "finding.detail.noDiagnosis",
    "The reply matches no known error; the server's own words above are the best evidence.",
  ),
  authInterrupted: text("finding.detail.authInterrupted", "During AUTH {mechanism}: {evidence}"),
  plaintextChosen: text(
    "finding.detail.plaintextChosen",
    'Security "none" was chosen for {host} port {port}.',
  ),
  port25Chosen: text("finding.detail.port25Chosen", "Port 25 was chosen for {host}."),
} as const;

/** Why a sign-in was not tried; the probe stores the reason's id in SignInReport.error. */
export const SIGN_IN_SKIPPED = {
  notEncrypted: text(
    "finding.signIn.notEncrypted",
    "The session was not encrypted, so no secret was sent (the sign-in test runs only after TLS).",
  ),
  sessionEnded: text(
    "finding.signIn.sessionEnded",
    "The session ended before the sign-in could start (see the findings above).",
  ),
  untrustedCertificate: text(
    "finding.signIn.untrustedCertificate",
    "The server's certificate is not valid for {host} (not trusted, wrong name or out of date), so the secret was not sent: whoever holds such a certificate could be a man in the middle.",
  ),
  noTokenMechanism: text(
    "finding.signIn.noTokenMechanism",
    "A token was given, but the server does not offer XOAUTH2 (it offers: {offered}).",
  ),
  noPasswordMechanism: text(
    "finding.signIn.noPasswordMechanism",
    "A password was given, but the server offers neither PLAIN nor LOGIN (it offers: {offered}).",
  ),
  nothingOffered: text("finding.signIn.nothingOffered", "nothing"),
} as const;

export type SignInSkipReason = keyof typeof SIGN_IN_SKIPPED;

function say(template: Text, values: Readonly<Record<string, TextValue>>, lang: Lang): string {
  return fillText(localize(template, lang), values, lang);
}

function certificateDateProblem(o: ProbeObservation, lang: Lang): string | null {
  const cert = o.tls?.certificate;
  if (!cert) return null;
  const from = Date.parse(cert.validFrom);
  const to = Date.parse(cert.validTo);
  if (o.nowMs > to) return say(DETAIL.certExpired, { date: cert.validTo }, lang);
  if (o.nowMs < from) return say(DETAIL.certNotYetValid, { date: cert.validFrom }, lang);
  if (cert.error !== null && CHAIN_DATE_ERRORS.has(cert.error)) {
    return say(DETAIL.chainDate, { error: cert.error }, lang);
  }
  return null;
}

/**
 * True when the chain failed only because an issuer the server should have
 * sent is missing, and the leaf names where to fetch it (AIA "CA Issuers"):
 * what Outlook for Windows follows and most other clients do not.
 */
export function chainLooksIncomplete(cert: TlsInfo["certificate"]): boolean {
  return (
    cert !== null &&
    cert.error !== null &&
    MISSING_ISSUER_ERRORS.has(cert.error) &&
    // The leaf arrived alone: its own issuer is what is missing, not an unknown root above a full chain.
    (cert.chainLength ?? 1) === 1 &&
    typeof cert.issuerUrl === "string" &&
    cert.issuerUrl.length > 0
  );
}

function offered(mechanisms: string[] | null | undefined, wanted: readonly string[]): string[] {
  return (mechanisms ?? []).filter((m) => wanted.includes(m.toUpperCase()));
}

function failureAt(o: ProbeObservation, id: ProbeFailureId, lang: Lang): string | null {
  if (o.failure?.id !== id) return null;
  const evidence = o.failure.worded ?? o.failure.evidence;
  if (id === "tls-failed" && o.failure.step === "tls" && tlsErrorMeansPlaintext(o.failure.evidence)) {
    return say(DETAIL.plaintextPort, { evidence }, lang);
  }
  return say(DETAIL.atStep, { step: o.failure.step, evidence }, lang);
}

function failureEvidence(id: ProbeFailureId) {
  return (o: ProbeObservation, lang: Lang): string | null => failureAt(o, id, lang);
}

/** EHLO SIZE in bytes (RFC 1870): 0 = no fixed limit; null when not announced or unreadable. */
export function sizeLimitOf(extensions: readonly string[] | null | undefined): number | null {
  for (const line of extensions ?? []) {
    const [keyword = "", value] = line.trim().split(/\s+/);
    if (keyword.toUpperCase() !== "SIZE") continue;
    if (value === undefined) return 0;
    return /^\d{1,15}$/.test(value) ? Number(value) : null;
  }
  return null;
}

/** Whether EHLO lists a keyword (SMTPUTF8, 8BITMIME...), in any case. */
export function hasExtension(extensions: readonly string[] | null | undefined, keyword: string): boolean {
  return (extensions ?? []).some((line) => line.trim().split(/\s+/)[0]?.toUpperCase() === keyword);
}

/** "35 MB" for 35882577 bytes: decimal megabytes, rounded down, as providers state their limits. */
export function formatMessageSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${Math.floor(bytes / 1_000_000)} MB`;
  if (bytes >= 1_000) return `${Math.floor(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}

/** What the explainer makes of the server's reply to AUTH, in one sentence or two. */
function diagnose(reply: string, lang: Lang): string {
  const [best] = explainError(reply).matches;
  if (!best) return localize(DETAIL.noDiagnosis, lang);
  return say(
    DETAIL.diagnosis,
    { code: best.code, title: best.title, cause: best.cause, fix: best.fix[0] ?? "" },
    lang,
  );
}

function mechanismsOr(list: string[] | null | undefined): TextValue {
  return list && list.length > 0 ? list.join(" ") : SIGN_IN_SKIPPED.nothingOffered;
}

type Rule = {
  id: ProbeFindingId | SurveyFindingId;
  applies: (o: ProbeObservation, lang: Lang) => string | null;
};

/** One rule per finding, in report order: returns the detail when the finding applies, else null. */
const RULES: readonly Rule[] = [
  { id: "connect-failed", applies: failureEvidence("connect-failed") },
  { id: "timeout", applies: failureEvidence("timeout") },
  {
    id: "port-wants-tls",
    applies: (o, lang) => {
      if (o.security === "tls") return null;
      if (o.tlsBytesInPlaintext) return say(DETAIL.wantsTlsBytes, { port: o.port }, lang);
      // Silent from the first byte: what an implicit-TLS port does when spoken to in plain text.
      return o.failure?.id === "timeout" && o.failure.step === "greeting" && o.bytesReceived === 0
        ? say(DETAIL.wantsTlsSilent, { port: o.port }, lang)
        : null;
    },
  },
  { id: "connection-closed", applies: failureEvidence("connection-closed") },
  { id: "reply-too-long", applies: failureEvidence("reply-too-long") },
  { id: "greeting-rejected", applies: failureEvidence("greeting-rejected") },
  { id: "ehlo-rejected", applies: failureEvidence("ehlo-rejected") },
  {
    id: "starttls-missing",
    applies: (o, lang) =>
      o.security === "starttls" && o.starttlsOffered === false
        ? say(DETAIL.starttlsMissing, { host: o.host, port: o.port }, lang)
        : null,
  },
  { id: "tls-failed", applies: failureEvidence("tls-failed") },
  {
    id: "port-wants-starttls",
    applies: (o, lang) =>
      o.security === "tls" &&
      o.failure?.id === "tls-failed" &&
      o.failure.step === "tls" &&
      tlsErrorMeansPlaintext(o.failure.evidence)
        ? say(DETAIL.wantsStarttls, { port: o.port }, lang)
        : null,
  },
  {
    id: "starttls-injection",
    applies: (o, lang) => (o.starttlsInjection ? localize(DETAIL.injection, lang) : null),
  },
  {
    id: "tls-old-version",
    applies: (o, lang) =>
      o.tls && OLD_TLS_PROTOCOLS.has(o.tls.protocol)
        ? say(DETAIL.negotiated, { protocol: o.tls.protocol, cipher: o.tls.cipher }, lang)
        : null,
  },
  {
    id: "tls-ok",
    applies: (o, lang) =>
      o.tls && !OLD_TLS_PROTOCOLS.has(o.tls.protocol)
        ? say(DETAIL.negotiated, { protocol: o.tls.protocol, cipher: o.tls.cipher }, lang)
        : null,
  },
  { id: "cert-expired", applies: certificateDateProblem },
  {
    id: "cert-expiring-soon",
    applies: (o, lang) => {
      const cert = o.tls?.certificate;
      if (!cert || certificateDateProblem(o, lang) !== null) return null;
      const leftMs = Date.parse(cert.validTo) - o.nowMs;
      if (leftMs >= EXPIRING_SOON_DAYS * DAY_MS) return null;
      const days = Math.floor(leftMs / DAY_MS);
      const left = days === 0 ? DETAIL.lessThanADay : (l: Lang) => say(DETAIL.days, { days }, l);
      return say(DETAIL.expiringSoon, { date: cert.validTo, left }, lang);
    },
  },
  {
    id: "cert-hostname-mismatch",
    applies: (o, lang) => {
      const cert = o.tls?.certificate;
      if (!cert || cert.hostnameMatch) return null;
      const names =
        cert.altNames.length > 0
          ? cert.altNames.join(", ")
          : say(DETAIL.subjectName, { subject: cert.subject }, lang);
      return say(DETAIL.hostnameMismatch, { names, host: o.host }, lang);
    },
  },
  {
    id: "cert-chain-incomplete",
    applies: (o, lang) => {
      const cert = o.tls?.certificate ?? null;
      if (!cert || !chainLooksIncomplete(cert)) return null;
      return say(
        DETAIL.chainIncomplete,
        {
          count: cert.chainLength ?? 1,
          issuer: cert.issuer,
          url: cert.issuerUrl ?? "",
          error: cert.error ?? "",
        },
        lang,
      );
    },
  },
  {
    id: "cert-untrusted",
    applies: (o, lang) => {
      if (!o.tls) return null;
      const cert = o.tls.certificate;
      if (!cert) return localize(DETAIL.noCertificate, lang);
      if (cert.trusted || chainLooksIncomplete(cert)) return null;
      return say(DETAIL.untrusted, { error: cert.error ?? DETAIL.unknownError, issuer: cert.issuer }, lang);
    },
  },
  {
    id: "auth-before-tls",
    applies: (o, lang) => {
      const cleartext = offered(o.authBeforeTls, CLEARTEXT_MECHANISMS);
      return cleartext.length > 0
        ? say(DETAIL.authBeforeTls, { mechanisms: (o.authBeforeTls ?? []).join(" ") }, lang)
        : null;
    },
  },
  {
    id: "auth-ok",
    applies: (o, lang) =>
      o.tls && o.authAfterTls && o.authAfterTls.length > 0 && (o.authBeforeTls ?? []).length === 0
        ? say(DETAIL.authOk, { mechanisms: o.authAfterTls.join(" ") }, lang)
        : null,
  },
  {
    id: "auth-missing",
    applies: (o, lang) =>
      o.tls && o.authAfterTls && o.authAfterTls.length === 0 ? localize(DETAIL.authMissing, lang) : null,
  },
  {
    id: "oauth2-supported",
    applies: (o, lang) => {
      const oauth = [
        ...new Set([
          ...offered(o.authAfterTls, OAUTH_MECHANISMS),
          ...offered(o.authBeforeTls, OAUTH_MECHANISMS),
        ]),
      ];
      return oauth.length > 0
        ? say(DETAIL.oauth, { mechanisms: oauth.join(localize(DETAIL.and, lang)) }, lang)
        : null;
    },
  },
  {
    id: "size-limit",
    applies: (o, lang) => {
      const bytes = sizeLimitOf(o.extensions);
      if (bytes === null) return null;
      if (bytes === 0) return localize(DETAIL.sizeUnlimited, lang);
      return say(DETAIL.sizeLimit, { size: formatMessageSize(bytes), bytes }, lang);
    },
  },
  {
    id: "smtputf8-supported",
    applies: (o, lang) => (hasExtension(o.extensions, "SMTPUTF8") ? localize(DETAIL.smtputf8, lang) : null),
  },
  {
    id: "8bitmime-supported",
    applies: (o, lang) =>
      hasExtension(o.extensions, "8BITMIME") ? localize(DETAIL.eightBitMime, lang) : null,
  },
  {
    id: "auth-accepted",
    applies: (o, lang) =>
      o.signIn?.ok
        ? say(DETAIL.authAccepted, { mechanism: o.signIn.mechanism ?? "", reply: o.signIn.reply ?? "" }, lang)
        : null,
  },
  {
    id: "auth-rejected",
    applies: (o, lang) => {
      const signIn = o.signIn;
      if (!signIn || signIn.ok || signIn.reply === null) return null;
      const refused = say(
        DETAIL.authRejected,
        { mechanism: signIn.mechanism ?? "", reply: signIn.reply },
        lang,
      );
      return `${refused} ${diagnose(signIn.reply, lang)}`;
    },
  },
  {
    id: "auth-not-attempted",
    applies: (o, lang) => {
      const signIn = o.signIn;
      if (!signIn || signIn.ok || signIn.mechanism !== null) return null;
      return say(
        SIGN_IN_SKIPPED[o.signInSkipped ?? "sessionEnded"],
        { offered: mechanismsOr(o.authAfterTls), host: o.host },
        lang,
      );
    },
  },
  {
    id: "auth-interrupted",
    applies: (o, lang) => {
      const signIn = o.signIn;
      if (!signIn || signIn.ok || signIn.mechanism === null || signIn.reply !== null) return null;
      return say(DETAIL.authInterrupted, { mechanism: signIn.mechanism, evidence: signIn.error ?? "" }, lang);
    },
  },
  {
    id: "plaintext",
    applies: (o, lang) =>
      o.security === "none" ? say(DETAIL.plaintextChosen, { host: o.host, port: o.port }, lang) : null,
  },
  {
    id: "port-25-submission",
    applies: (o, lang) => (o.port === 25 ? say(DETAIL.port25Chosen, { host: o.host }, lang) : null),
  },
];

/** The findings for what a probe observed, worded in `lang` (English until that language is loaded). */
export function buildVerifyFindings(observation: ProbeObservation, lang: Lang = "en"): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const detail = rule.applies(observation, lang);
    if (detail !== null) findings.push(describeFinding(rule.id, detail, lang));
  }
  return findings;
}

/** Every text of this module, for the translation tests. */
export function allVerifyTexts(): Text[] {
  return [
    ...Object.values(VERIFY_FINDING_WORDS).flatMap((w) => [w.title, w.explanation, w.fix]),
    ...Object.values(SURVEY_FINDING_WORDS).flatMap((w) => [w.title, w.explanation, w.fix]),
    ...Object.values(DETAIL),
    ...Object.values(SIGN_IN_SKIPPED),
  ];
}
