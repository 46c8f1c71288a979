// What an Outlook send error, an SMTP reply or a bounce means, who must act, and what to do about it (most
// likely fix first). Sources, checked November 2026: Outlook's IXP result codes (imnxport.h: 0x800CCC60-7F are
// SMTP replies), RFC 5321 §4.2 reply codes, RFC 3463 enhanced status codes, RFC 4954 (AUTH) and RFC 3207
// (STARTTLS) replies, Microsoft Learn's Exchange Online NDR pages (5.7.57, 5.7.60, 5.7.64, 5.7.139, 5.7.515),
// Google's Gmail SMTP error list. What real bounces say (unknown users, full mailboxes, blocklists, Microsoft
// 365's own codes) is in src/core/catalogue/bounceEntries.ts. Entries hold what matching needs; their English
// texts (title, cause, fix steps) live in src/core/catalogue/texts/<reason>.ts, read through entryTexts() of
// src/core/catalogue/entryTexts.ts so the pane downloads only the texts it shows. Every text has a text id
// derived from the entry's id (explain.<id>.title, .cause, .fix.<n>); German lives in
// src/core/i18n/de/explainer.ts. Dated facts are placeholders ({m365BasicAuthOff}) filled from
// src/core/datedFacts.ts.
// How entries are matched and ranked: docs/errors.md.
import type { BounceReason } from "./bounceReasons.js";
import { BOUNCE_ENTRIES } from "./catalogue/bounceEntries.js";
// Registers every text group at once, so the synchronous explainers work in Node (CLI, server, tests). The pane's
// webpack build maps this module to nothing and loads the groups it shows with loadEntryTexts (docs/errors.md).
import "./catalogue/allEntryTexts.js";

export type ErrorKind = "outlook" | "enhanced" | "reply" | "phrase" | "class";

export interface ErrorEntry {
  /** Canonical display form: `0x800CCC0E`, `5.7.139`, `535`, a class such as `5.7.x`, or the key phrase itself. */
  code: string;
  kind: ErrorKind;
  /** Why the mail did not go out (src/core/bounceReasons.ts); the reason names who must act. */
  reason: BounceReason;
  /** Stable id for text ids when `code` is a phrase; defaults to `code`. */
  id?: string;
  /** Provider ids (as in the provider database) the entry is specific to. */
  providers?: string[];
  /** Regex sources, case-insensitive; a space stands for any run of blanks. Each identifies the entry on its own. */
  phrases?: string[];
  /** Ambiguous phrases: they count only when no other code on the same line contradicts the entry. */
  hints?: string[];
  /** Reply or enhanced codes that add weight next to a match of this entry on the same line (never on their own). */
  with?: string[];
  /** Further codes that identify the entry on their own, like `code` (ranges such as 5.7.606-5.7.649). */
  also?: string[];
  /**
   * The entry's own code counts only when one of these codes or one of its phrases is on the same line: for codes
   * that providers reuse with other meanings (Gmail's 534 5.7.9 is not Yahoo's 554 5.7.9).
   */
  requires?: string[];
  /** The entry matches only on a line that also has one of these codes (a phrase that means this only there). */
  needs?: string[];
}

export const ERROR_CATALOGUE: readonly ErrorEntry[] = [
  // ---- Outlook (IXP / spooler) codes ----
  {
    code: "0x800CCC0D",
    kind: "outlook",
    reason: "connection-settings",
    hints: ["server could not be found"],
    phrases: [
      "Server konnte nicht gefunden werden",
      "serveur est introuvable|impossible de trouver le serveur",
      "no se (puede|pudo) encontrar el servidor|no se encuentra el servidor",
    ],
  },
  {
    code: "0x800CCC0E",
    kind: "outlook",
    reason: "connection-settings",
    hints: ["cannot connect to the server"],
    phrases: [
      "keine Verbindung (mit|zu) dem Server hergestellt werden",
      "impossible de se connecter au serveur",
      "no se puede conectar (con|al) (el )?servidor",
    ],
  },
  {
    code: "0x800CCC0F",
    kind: "outlook",
    reason: "connection-settings",
    phrases: [
      "Verbindung (mit|zu) dem Server wurde unterbrochen",
      "connexion au serveur a été interrompue",
      "se interrumpió la conexión con el servidor",
      "connection to the server was interrupted",
    ],
  },
  {
    code: "0x800CCC18",
    kind: "outlook",
    reason: "auth-failed",
    hints: ["Secure Password Authentication"],
  },
  {
    code: "0x800CCC19",
    kind: "outlook",
    reason: "connection-settings",
    phrases: [
      "Zeitüberschreitung",
      "délai d.attente .{0,40}expiré",
      "se agotó el tiempo de espera",
      "time-out occurred while communicating with the server",
    ],
  },
  {
    code: "0x800CCC1A",
    kind: "outlook",
    reason: "connection-settings",
    hints: ["does not support the connection encryption type"],
    phrases: [
      "unterstützt den angegebenen Verbindungsverschlüsselungstyp nicht",
      "ne prend pas en charge le type de chiffrement",
      "no admite el tipo de cifrado",
    ],
  },
  {
    code: "0x800CCC67",
    kind: "outlook",
    reason: "temporary-failure",
    with: ["421"],
  },
  {
    code: "0x800CCC69",
    kind: "outlook",
    reason: "relay-denied",
    with: ["550"],
  },
  {
    code: "0x800CCC6F",
    kind: "outlook",
    reason: "content-rejected",
    with: ["554"],
  },
  {
    code: "0x800CCC78",
    kind: "outlook",
    reason: "sender-rejected",
    hints: ["verify the e-?mail address in your account properties"],
  },
  {
    code: "0x800CCC79",
    kind: "outlook",
    reason: "relay-denied",
    // The dialog's own words, in English, German, French and Spanish Outlook.
    phrases: [
      "one of the recipients was rejected by the server",
      "einer der Empfänger vom Server nicht akzeptiert",
      "l'un des destinataires a été refusé par le serveur",
      "el servidor rechazó uno de los destinatarios",
    ],
  },
  {
    code: "0x800CCC7C",
    kind: "outlook",
    reason: "tls-required",
    with: ["530"],
  },
  {
    code: "0x800CCC7D",
    kind: "outlook",
    reason: "tls-required",
    hints: [
      "does not support SSL-secured connections",
      "does not support STARTTLS",
      "STARTTLS (is )?not (offered|supported|available)",
    ],
  },
  {
    code: "0x800CCC7F",
    kind: "outlook",
    reason: "tls-required",
    with: ["454"],
  },
  {
    code: "0x800CCC80",
    kind: "outlook",
    reason: "auth-method-disabled",
    phrases: [
      "XOAUTH is no longer supported",
      "None of the authentication methods supported by this client are supported by your server",
    ],
  },
  {
    code: "0x80042109",
    kind: "outlook",
    reason: "connection-settings",
    phrases: [
      "keine Verbindung (zu dem|mit dem) Postausgangsserver",
      "ne parvient pas à se connecter à votre serveur de courrier sortant",
      "no puede conectarse (con|al) (el )?servidor de correo saliente",
      "Outlook is unable to connect to your outgoing \\(SMTP\\) e-?mail server",
    ],
  },
  {
    code: "0x8004210B",
    kind: "outlook",
    reason: "connection-settings",
    phrases: ["timed out waiting for a response from the sending \\(SMTP\\) server"],
  },

  // ---- Specific SMTP replies (Microsoft 365, Outlook.com, Gmail, RFC 4954/3207) ----
  {
    code: "5.7.3",
    kind: "enhanced",
    reason: "auth-failed",
    providers: ["microsoft365", "outlook"],
    hints: ["Authentication unsuccessful"],
    with: ["535"],
  },
  {
    code: "5.7.139",
    kind: "enhanced",
    reason: "auth-method-disabled",
    providers: ["microsoft365", "outlook"],
    phrases: ["SmtpClientAuthentication is disabled", "basic authentication is disabled"],
    with: ["535"],
  },
  {
    code: "5.7.57",
    kind: "enhanced",
    reason: "auth-required",
    providers: ["microsoft365"],
    phrases: [
      "Client not authenticated to send",
      "Client was not authenticated",
      "Unauthenticated senders not allowed",
      "turn on SMTP Authentication",
    ],
    with: ["530"],
  },
  {
    code: "5.7.4",
    kind: "enhanced",
    reason: "tls-required",
    phrases: ["Unrecognized authentication type"],
    with: ["504"],
  },
  {
    code: "5.7.30",
    kind: "enhanced",
    reason: "auth-method-disabled",
    providers: ["microsoft365"],
    phrases: ["Basic authentication is not supported"],
    with: ["535", "550"],
  },
  {
    code: "SendAsDeniedException",
    kind: "phrase",
    reason: "send-as-denied",
    providers: ["microsoft365"],
    phrases: ["SendAsDenied"],
    with: ["554", "5.2.0"],
    also: ["5.2.252"],
  },
  {
    code: "5.7.60",
    kind: "enhanced",
    reason: "send-as-denied",
    providers: ["microsoft365"],
    phrases: ["not have permissions? to send as"],
    with: ["550", "5.7.1"],
  },
  {
    code: "Unable to relay",
    kind: "phrase",
    reason: "relay-denied",
    phrases: [
      "Unable to relay",
      "Relay(ing)? (access )?(denied|not permitted|not allowed|prohibited)",
      "not (permitted|allowed|configured) to relay",
      "relay not permitted|we do not relay|no relaying",
      "allowed rcpthosts",
      "Invalid credentials for relay",
      "insecure (mail )?relay",
    ],
    with: ["550", "554", "553", "454", "5.7.1", "4.7.1", "5.7.54"],
  },
  {
    code: "5.7.64",
    kind: "enhanced",
    reason: "tenant-relay-denied",
    providers: ["microsoft365"],
    phrases: ["TenantAttribution", "Client blocked from sending from unregistered domains?"],
    with: ["550"],
    also: ["5.7.750"],
  },
  {
    code: "Must issue a STARTTLS command first",
    kind: "phrase",
    reason: "tls-required",
    phrases: ["Must issue a STARTTLS command first"],
    with: ["530", "5.7.0"],
  },
  {
    code: "5.7.9",
    kind: "enhanced",
    reason: "auth-method-disabled",
    providers: ["gmail"],
    phrases: ["Application-specific password required", "InvalidSecondFactor"],
    with: ["534"],
    requires: ["534"],
  },
  {
    code: "5.7.8",
    kind: "enhanced",
    reason: "auth-failed",
    providers: ["gmail"],
    phrases: ["Username and Password not accepted", "p=BadCredentials", "Too many login attempts"],
    with: ["535", "454", "4.7.0"],
  },
  {
    code: "4.7.0",
    kind: "enhanced",
    reason: "temporary-failure",
    providers: ["gmail"],
    hints: ["try again later"],
    with: ["421", "454"],
  },
  {
    code: "5.7.515",
    kind: "enhanced",
    reason: "sender-authentication-missing",
    providers: ["outlook"],
    phrases: ["does not meet the required authentication level"],
    with: ["550"],
  },
  {
    code: "5.7.26",
    kind: "enhanced",
    reason: "sender-authentication-missing",
    providers: ["gmail", "google-workspace"],
    phrases: [
      "This mail is unauthenticated",
      "Unauthenticated email(?! from \\S+ is not accepted due to domain's DMARC)",
      "p=UnauthenticatedEmail",
      "(does not have|lacks|without) authentication information",
      "fails? to pass authentication checks",
      "\\bis unauthenticated",
      "(doesn't|does not) have a DMARC record",
    ],
    with: ["550", "421", "5.7.1"],
    also: ["4.7.26", "4.7.40"],
  },
  {
    code: "5.1.1",
    kind: "enhanced",
    reason: "unknown-recipient",
    phrases: [
      "user unknown",
      "unknown (user|recipient|mailbox|local.?part|address|addressee)",
      "no such (user|mailbox|recipient|address|account|person)",
      "(user|mailbox|recipient|address|account|addressee)( address)? (does not|doesn't|do not) exist",
      "(user|mailbox|recipient) (was )?not found",
      "(user|mailbox|recipient) not exists?",
      "not a valid (recipient|mailbox|user)",
      "no mailbox (here )?by that name",
      "RecipNotFound|RecipientNotFound",
      "mailbox (unavailable|not available) or (does not|doesn't) exist",
      "not listed in (the )?(Domino Directory|public (Name & )?address book|address book|directory)",
      "invalid (final )?delivery userid",
      "user (is )?not (known|found|local here)",
      "unknown or illegal alias",
      "address (was )?not found",
      "email account that you tried to reach does not exist",
      "doesn't have an? \\S+ account",
      "Recipient address rejected: (User unknown|Unknown user|undeliverable address|Access denied)",
      "no such recipient|recipient unknown|unknown addressee|addressee unknown",
      "No matching Directory Entry|NODIRMTCH",
      "This user doesn't have a",
      "(user|mailbox|recipient|address|RCPT) \\(?\\S+\\)? (does not|doesn't|dosn't) exist",
      "nosuchuser|banned recipient",
      "unknown e-?mail address",
      // Orange and La Poste: reply codes ending in _416 name an invalid recipient.
      "\\b(?:LPN|OFR)\\d*_416\\b",
    ],
    hints: [
      // "Invalid mailbox" also heads more specific refusals ("invalid mailbox ... account is disabled").
      "(invalid|bad) (recipient|mailbox|destination mailbox)(?!s? errors)",
      "mailbox unavailable",
      "mailbox [^\\s@]+@[^\\s@]+ unavailable",
      "does not exist",
      "invalid address",
      // A summary after other refusals, not a cause of its own.
      "no valid recipients",
      "check (if|that|whether) (the )?address is correct",
      // Postfix writes its restriction's own reason after the colon; only the bare phrase (or one followed by
      // the address) suggests the address.
      "(Recipient address|Recipient|Address) rejected(?!: ?(?!<|[^\\s@]+@)\\S)",
    ],
    with: ["550", "5.1.0", "553", "554", "511", "5.0.0", "5.5.0", "5.0.1", "5.7.1", "5.1.3"],
  },
  {
    code: "5.2.2",
    kind: "enhanced",
    reason: "mailbox-full",
    phrases: [
      "(mailbox|mail ?folder|inbox|mail ?box) (is )?full(?!; STOREDRV.Submission| errors)",
      "mailbox exceeds (the )?allowed size",
      "quota usage exceeded",
      "disk ?space quota|overdrawn",
      "over (the |its |their )?(storage |disk |mailbox )?(quota|limit)",
      "quota (exceeded|exceed|full)",
      "exceed(s|ed)? (the |his |her |their |its )?(storage |mailbox |disk |allowed )?(quota|storage)",
      "QuotaExceeded(?!Exception)",
      "(inbox|mailbox|account) (is )?out of (storage )?space",
      "(mailbox|account|inbox) (size |storage )?(limit )?(exceeded|is over)",
      "not enough (storage|space|disk space)",
      "insufficient (disk space|space|storage)",
      "mailbox (size|storage) (limit|quota)",
      "Disk quota exceeded",
      "\\b(?:LPN|OFR)\\d*_417\\b",
      "user has (too many messages|exhausted)",
    ],
    with: ["552", "550", "452", "4.2.2", "422", "554"],
    also: ["4.2.2"],
  },

  ...BOUNCE_ENTRIES,

  // ---- Library and network errors in app logs ----
  {
    code: "certificate",
    kind: "phrase",
    reason: "connection-settings",
    phrases: [
      "certificate (has )?expired",
      "self.signed certificate",
      "certificate (is )?not trusted",
      "target principal name is incorrect",
      "unable to verify the first certificate",
      "certificate verify failed",
      "does not match certificate",
      "CERT_HAS_EXPIRED|ERR_TLS_CERT_ALTNAME_INVALID",
    ],
    hints: ["certificate"],
  },
  {
    code: "wrong version number",
    kind: "phrase",
    reason: "connection-settings",
    phrases: ["wrong version number"],
  },
  {
    code: "timed out",
    kind: "phrase",
    reason: "connection-settings",
    hints: ["timed out", "ETIMEDOUT"],
  },
  {
    code: "Connection refused",
    kind: "phrase",
    reason: "connection-settings",
    phrases: ["ECONNREFUSED", "actively refused"],
    hints: ["Connection refused"],
  },
  {
    code: "ENOTFOUND",
    kind: "phrase",
    reason: "connection-settings",
    phrases: ["ENOTFOUND", "EAI_AGAIN"],
  },

  // ---- Basic reply codes (RFC 5321 §4.2, RFC 4954, RFC 3207) ----
  {
    code: "421",
    kind: "reply",
    reason: "temporary-failure",
  },
  {
    code: "450",
    kind: "reply",
    reason: "temporary-failure",
  },
  {
    code: "451",
    kind: "reply",
    reason: "temporary-failure",
  },
  {
    code: "452",
    kind: "reply",
    reason: "temporary-failure",
  },
  {
    code: "454",
    kind: "reply",
    reason: "temporary-failure",
  },
  {
    code: "500",
    kind: "reply",
    reason: "syntax-error",
  },
  {
    code: "501",
    kind: "reply",
    reason: "syntax-error",
  },
  {
    code: "502",
    kind: "reply",
    reason: "syntax-error",
  },
  {
    code: "503",
    kind: "reply",
    reason: "syntax-error",
  },
  {
    code: "504",
    kind: "reply",
    reason: "syntax-error",
  },
  {
    code: "530",
    kind: "reply",
    reason: "auth-required",
    hints: ["authentication required"],
    with: ["5.7.0"],
  },
  {
    code: "534",
    kind: "reply",
    reason: "auth-method-disabled",
  },
  {
    code: "535",
    kind: "reply",
    reason: "auth-failed",
    hints: ["authentication failed", "Invalid login"],
  },
  {
    code: "538",
    kind: "reply",
    reason: "tls-required",
  },
  {
    code: "550",
    kind: "reply",
    reason: "recipient-server-error",
  },
  {
    code: "551",
    kind: "reply",
    reason: "unknown-recipient",
  },
  {
    code: "552",
    kind: "reply",
    reason: "message-too-large",
  },
  {
    code: "553",
    kind: "reply",
    reason: "sender-rejected",
  },
  {
    code: "554",
    kind: "reply",
    reason: "content-rejected",
  },

  // ---- Classes (RFC 3463): fallbacks for codes without an entry of their own ----
  {
    code: "4xx",
    kind: "class",
    reason: "temporary-failure",
    phrases: ["\\b4xx\\b", "\\b4\\.x\\.x\\b"],
  },
  {
    code: "5xx",
    kind: "class",
    reason: "recipient-server-error",
    phrases: ["\\b5xx\\b", "\\b5\\.x\\.x\\b"],
  },
  {
    code: "5.1.x",
    kind: "class",
    reason: "unknown-recipient",
    phrases: ["\\b5\\.1\\.x\\b"],
  },
  {
    code: "5.2.x",
    kind: "class",
    reason: "mailbox-full",
    phrases: ["\\b5\\.2\\.x\\b"],
  },
  {
    code: "5.4.x",
    kind: "class",
    reason: "recipient-server-unreachable",
    phrases: ["\\b5\\.4\\.x\\b"],
  },
  {
    code: "5.5.x",
    kind: "class",
    reason: "syntax-error",
    phrases: ["\\b5\\.5\\.x\\b"],
  },
  {
    code: "5.7.x",
    kind: "class",
    reason: "content-rejected",
    phrases: ["\\b5\\.7\\.x\\b"],
  },
];
