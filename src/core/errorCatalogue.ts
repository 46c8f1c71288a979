// What an Outlook send error, an SMTP reply or a bounce means, who must act, and what to do about it (most
// likely fix first). Sources, checked November 2026: Outlook's IXP result codes (imnxport.h: 0x800CCC60-7F are
// SMTP replies), RFC 5321 §4.2 reply codes, RFC 3463 enhanced status codes, RFC 4954 (AUTH) and RFC 3207
// (STARTTLS) replies, Microsoft Learn's Exchange Online NDR pages (5.7.57, 5.7.60, 5.7.64, 5.7.139, 5.7.515),
// Google's Gmail SMTP error list. What real bounces say (unknown users, full mailboxes, blocklists, Microsoft
// 365's own codes) is in src/core/catalogue/bounceEntries.ts. Every text has a text id derived from the entry's
// id (explain.<id>.title, .cause, .fix.<n>); German lives in src/core/i18n/de/explainer.ts. Dated facts are
// placeholders ({m365BasicAuthOff}) filled from src/core/datedFacts.ts.
// How entries are matched and ranked: docs/errors.md.
import type { BounceReason } from "./bounceReasons.js";
import { BOUNCE_ENTRIES } from "./catalogue/bounceEntries.js";

export type ErrorKind = "outlook" | "enhanced" | "reply" | "phrase" | "class";

export interface ErrorEntry {
  /** Canonical display form: `0x800CCC0E`, `5.7.139`, `535`, a class such as `5.7.x`, or the key phrase itself. */
  code: string;
  kind: ErrorKind;
  /** Why the mail did not go out (src/core/bounceReasons.ts); the reason names who must act. */
  reason: BounceReason;
  /** Stable id for text ids when `code` is a phrase; defaults to `code`. */
  id?: string;
  title: string;
  cause: string;
  /** Ordered: the most likely fix first. */
  fix: string[];
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

// Repeated pieces of advice, kept in one place so every entry says them the same way.
const OUTLOOK_SERVER_SETTINGS =
  "In Outlook open the account's server settings (File > Account Settings > Server Settings, or Change > More Settings > Advanced)";
const PORT_AND_ENCRYPTION = `${OUTLOOK_SERVER_SETTINGS} and pair port and encryption: 587 with STARTTLS (called TLS in older Outlook) or 465 with SSL/TLS (called SSL); Microsoft 365 and Outlook.com take only 587 STARTTLS.`;
const REQUIRE_AUTH =
  'Tick "My outgoing server (SMTP) requires authentication" (More Settings > Outgoing Server) and choose "Use same settings as my incoming mail server".';
const VERIFY_SERVER =
  "Run `outbox-doctor verify <host> --port 587` to see what the server offers from your network.";
const ANTIVIRUS_SCAN =
  "Turn off the outgoing-mail scanning of antivirus or firewall software, which sits between Outlook and the server.";
const ENABLE_SMTP_AUTH =
  "Microsoft 365 admin: enable SMTP AUTH for this mailbox: `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false` (admin center: Users > Mail > Manage email apps > Authenticated SMTP).";
const SEND_AS_FIX = [
  "Send from the address of the mailbox you signed in with (pick it in the From field), or sign in as the mailbox whose address you use.",
  "Exchange admin: grant Send As on that mailbox: `Add-RecipientPermission -Identity <mailbox> -Trustee <user> -AccessRights SendAs`; allow up to an hour to take effect.",
  "Apps and devices: set the From address to the mailbox they sign in with.",
];
const OAUTH_FIRST =
  "Sign in with OAuth2 (modern authentication) instead of a stored password: remove and re-add the account in a current Outlook.";

export const ERROR_CATALOGUE: readonly ErrorEntry[] = [
  // ---- Outlook (IXP / spooler) codes ----
  {
    code: "0x800CCC0D",
    kind: "outlook",
    reason: "connection-settings",
    title: "Outlook cannot find the outgoing server",
    cause:
      "The outgoing server name does not resolve: a typo, a server name that no longer exists, or no working DNS or internet connection.",
    fix: [
      `${OUTLOOK_SERVER_SETTINGS} and check the spelling of the outgoing (SMTP) server name.`,
      "Use the provider's current name (e.g. smtp.office365.com, smtp-mail.outlook.com, smtp.gmail.com); run `outbox-doctor settings <your address>`.",
      "Check the internet connection, VPN or proxy.",
    ],
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
    title: "Outlook cannot connect to the outgoing server",
    cause:
      "The server name resolved but no connection was made: wrong port, a firewall or antivirus blocks it, or the internet provider blocks port 25.",
    fix: [
      PORT_AND_ENCRYPTION,
      "Do not use port 25 for sending from a mail client: many internet providers block it.",
      ANTIVIRUS_SCAN,
      VERIFY_SERVER,
    ],
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
    title: "The connection to the server was interrupted",
    cause:
      "The server or something in between closed the connection, usually because the encryption choice does not match the port (SSL/TLS on 587, or STARTTLS on 465) or antivirus software intercepts mail.",
    fix: [
      PORT_AND_ENCRYPTION,
      ANTIVIRUS_SCAN,
      "If it fails only for large messages, send the attachment as a link.",
    ],
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
    title: "Secure Password Authentication (SPA) logon failed",
    cause:
      "Outlook tried Secure Password Authentication (NTLM), which most mail servers do not support or do not allow for this account.",
    fix: [
      `${OUTLOOK_SERVER_SETTINGS} and untick "Require logon using Secure Password Authentication (SPA)".`,
      "Re-type the user name (usually the full address) and password.",
    ],
    hints: ["Secure Password Authentication"],
  },
  {
    code: "0x800CCC19",
    kind: "outlook",
    reason: "connection-settings",
    title: "The server did not answer in time",
    cause:
      "Outlook gave up waiting: a slow or blocked connection, a wrong port or encryption choice, or a large message.",
    fix: [PORT_AND_ENCRYPTION, "Raise Server Timeouts on the Advanced tab, then send again.", ANTIVIRUS_SCAN],
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
    title: "The secure connection failed",
    cause:
      "Outlook and the server could not set up encryption: the encryption type does not match the port, or they share no TLS version (servers now require TLS 1.2 or newer).",
    fix: [PORT_AND_ENCRYPTION, "Keep Windows and Office updated so TLS 1.2 is enabled.", VERIFY_SERVER],
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
    title: "The server replied 421: service not available",
    cause:
      "The server refused the session for now: it is busy, limits connections or sending rate, or a local antivirus proxy answered because it could not reach the real server.",
    fix: [
      "Wait a few minutes and send again; Outlook keeps the message in the Outbox.",
      'If the text says "Cannot connect to SMTP server", antivirus software answered for the server: turn off its outgoing-mail scanning.',
      PORT_AND_ENCRYPTION,
    ],
    with: ["421"],
  },
  {
    code: "0x800CCC69",
    kind: "outlook",
    reason: "relay-denied",
    title: "The server replied 550: rejected",
    cause:
      "The server refused the message for good: often because Outlook did not sign in (relaying denied), the sender is not allowed, or a recipient does not exist. The server's text says which.",
    fix: [
      REQUIRE_AUTH,
      "Check the recipient addresses.",
      "Paste the server's full reply here for the specific reason.",
    ],
    with: ["550"],
  },
  {
    code: "0x800CCC6F",
    kind: "outlook",
    reason: "content-rejected",
    title: "The server replied 554: transaction failed",
    cause:
      "The server refused the message or session: typically it was judged spam, the sending IP address is on a blocklist, or you may not send through this server.",
    fix: [
      REQUIRE_AUTH,
      "Use your provider's submission server on port 587 rather than your internet provider's server or port 25.",
      "Paste the server's full reply here for the specific reason.",
    ],
    with: ["554"],
  },
  {
    code: "0x800CCC78",
    kind: "outlook",
    reason: "sender-rejected",
    title: "The server rejected the sender address",
    cause:
      "The server refused the From address, usually because Outlook did not sign in, or the address is not one this account may send as.",
    fix: [
      REQUIRE_AUTH,
      "Check that the account's email address (File > Account Settings) is exactly the mailbox you sign in to.",
      "Send through the server that belongs to the From address's provider.",
    ],
    hints: ["verify the e-?mail address in your account properties"],
  },
  {
    code: "0x800CCC79",
    kind: "outlook",
    reason: "relay-denied",
    title: "The server rejected the recipients",
    cause:
      "The server refused to pass the message on, most often because Outlook did not sign in and the server does not relay for unknown senders; sometimes a recipient address is wrong.",
    fix: [
      REQUIRE_AUTH,
      "Check the recipient addresses for typos.",
      "Use your provider's submission server on port 587.",
    ],
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
    title: "The server requires STARTTLS",
    cause:
      "The server answered 530: it only accepts mail after the connection is encrypted, and Outlook is set to no encryption.",
    fix: [PORT_AND_ENCRYPTION],
    with: ["530"],
  },
  {
    code: "0x800CCC7D",
    kind: "outlook",
    reason: "tls-required",
    title: "The server does not offer STARTTLS",
    cause:
      "Outlook asked for STARTTLS but the server did not offer it: a wrong host or port, or something on the network (antivirus, firewall, hotel or ISP proxy) strips it. Treat the latter as an attack on your password.",
    fix: [
      "Check host and port: use the provider's submission server on 587.",
      ANTIVIRUS_SCAN,
      "Try from another network; if it works there, the first network strips STARTTLS. Use port 465 with SSL/TLS where the provider offers it.",
      "Never switch encryption to None to get around this.",
    ],
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
    title: "STARTTLS failed on the server",
    cause:
      "The server agreed to encrypt but then failed (reply 454): a temporary fault or a broken certificate or TLS setup on the server.",
    fix: [
      "Send again later.",
      "If it keeps failing, use port 465 with SSL/TLS where offered and tell the provider.",
      VERIFY_SERVER,
    ],
    with: ["454"],
  },
  {
    code: "0x800CCC80",
    kind: "outlook",
    reason: "auth-method-disabled",
    title: "No common authentication method",
    cause:
      "None of the sign-in methods Outlook is set to use is offered by the server: for example the server accepts only OAuth2 (XOAUTH2), or offers password login only after encryption.",
    fix: [
      PORT_AND_ENCRYPTION,
      `${OUTLOOK_SERVER_SETTINGS} and untick "Require logon using Secure Password Authentication (SPA)".`,
      "Outlook.com and many Microsoft 365 tenants accept only OAuth2: remove and re-add the account in a current Outlook so it signs in through Microsoft's sign-in window.",
    ],
    phrases: [
      "XOAUTH is no longer supported",
      "None of the authentication methods supported by this client are supported by your server",
    ],
  },
  {
    code: "0x80042109",
    kind: "outlook",
    reason: "connection-settings",
    title: "Outlook cannot connect to the outgoing (SMTP) server",
    cause:
      "The connection to the outgoing server failed: wrong server name or port, a firewall or antivirus blocks it, or the internet provider blocks port 25.",
    fix: [PORT_AND_ENCRYPTION, ANTIVIRUS_SCAN, VERIFY_SERVER],
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
    title: "Timed out waiting for the outgoing server",
    cause:
      "The outgoing server did not answer in time: a blocked or slow connection, a wrong port or encryption choice, or a large message.",
    fix: [PORT_AND_ENCRYPTION, "Raise Server Timeouts on the Advanced tab.", ANTIVIRUS_SCAN],
    phrases: ["timed out waiting for a response from the sending \\(SMTP\\) server"],
  },

  // ---- Specific SMTP replies (Microsoft 365, Outlook.com, Gmail, RFC 4954/3207) ----
  {
    code: "5.7.3",
    kind: "enhanced",
    reason: "auth-failed",
    title: "Authentication unsuccessful (Microsoft 365)",
    cause:
      "Microsoft 365 refused the sign-in: wrong user name or password, a password used where the account needs multi-factor or OAuth2 sign-in, or SMTP AUTH is off for the mailbox.",
    fix: [
      "Use the full email address as user name and re-type the password.",
      OAUTH_FIRST,
      ENABLE_SMTP_AUTH,
      "Apps using OAuth2: request a token with the scope https://outlook.office.com/SMTP.Send.",
    ],
    providers: ["microsoft365", "outlook"],
    hints: ["Authentication unsuccessful"],
    with: ["535"],
  },
  {
    code: "5.7.139",
    kind: "enhanced",
    reason: "auth-method-disabled",
    title: "SMTP AUTH is disabled (Microsoft 365)",
    cause:
      "Microsoft 365 blocks SMTP sign-in for this mailbox or the whole tenant: SMTP AUTH is off (the default for tenants created after January 2020), Security Defaults or Conditional Access block it, or basic authentication is disabled. Outlook.com accepts only OAuth2 since {outlookComBasicAuthEnded}.",
    fix: [
      ENABLE_SMTP_AUTH,
      "Tenant-wide switch: `Set-TransportConfig -SmtpClientAuthenticationDisabled $false`; prefer enabling only the mailboxes that need it (the mailbox setting overrides the tenant one).",
      "Security Defaults block SMTP AUTH with a password: move the app to OAuth2 (XOAUTH2) rather than weakening sign-in for everyone.",
      'If the text says "basic authentication is disabled", only OAuth2 works: re-add the account in a current Outlook, or switch the app to XOAUTH2.',
    ],
    providers: ["microsoft365", "outlook"],
    phrases: ["SmtpClientAuthentication is disabled", "basic authentication is disabled"],
    with: ["535"],
  },
  {
    code: "5.7.57",
    kind: "enhanced",
    reason: "auth-required",
    title: "Client not authenticated to send mail (Microsoft 365)",
    cause:
      "The app or device sent MAIL FROM without signing in first, so Microsoft 365 treats it as anonymous and refuses it.",
    fix: [
      REQUIRE_AUTH,
      "Use smtp.office365.com on port 587 with STARTTLS: Microsoft offers sign-in only after STARTTLS.",
      ENABLE_SMTP_AUTH,
      "Devices that cannot sign in: use direct send to <tenant>.mail.protection.outlook.com:25 (internal recipients only) or SMTP relay through a connector.",
    ],
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
    title: "Unrecognized authentication type",
    cause:
      "The client tried to sign in with a method the server does not offer at that point: usually before STARTTLS, or with SPA/NTLM, or SMTP AUTH is disabled.",
    fix: [
      PORT_AND_ENCRYPTION,
      `Untick "Require logon using Secure Password Authentication (SPA)".`,
      ENABLE_SMTP_AUTH,
    ],
    phrases: ["Unrecognized authentication type"],
    with: ["504"],
  },
  {
    code: "5.7.30",
    kind: "enhanced",
    reason: "auth-method-disabled",
    title: "Basic authentication is not supported (Microsoft 365)",
    cause:
      "Microsoft 365 no longer accepts a user name and password for SMTP AUTH here. Basic auth for SMTP AUTH is disabled by default from {m365BasicAuthOff} and will be removed.",
    fix: [
      "Switch the app or device to OAuth2 (XOAUTH2, scope https://outlook.office.com/SMTP.Send).",
      "Devices that cannot do OAuth2: send through a connector (SMTP relay) or direct send to <tenant>.mail.protection.outlook.com:25.",
      "As a stopgap, a tenant admin can re-enable basic auth for SMTP AUTH while Microsoft still allows it.",
    ],
    providers: ["microsoft365"],
    phrases: ["Basic authentication is not supported"],
    with: ["535", "550"],
  },
  {
    code: "SendAsDeniedException",
    kind: "phrase",
    reason: "send-as-denied",
    title: "Not allowed to send as this address (Microsoft 365)",
    cause:
      "The From address is not the signed-in mailbox, and that account has no Send As permission on it (a shared mailbox, another user, or a group).",
    fix: SEND_AS_FIX,
    providers: ["microsoft365"],
    phrases: ["SendAsDenied"],
    with: ["554", "5.2.0"],
    also: ["5.2.252"],
  },
  {
    code: "5.7.60",
    kind: "enhanced",
    reason: "send-as-denied",
    title: "Client does not have permission to send as this sender",
    cause:
      "The From address differs from the mailbox the app or Outlook signed in with, and the account lacks Send As permission on it.",
    fix: SEND_AS_FIX,
    providers: ["microsoft365"],
    phrases: ["not have permissions? to send as"],
    with: ["550", "5.7.1"],
  },
  {
    code: "Unable to relay",
    kind: "phrase",
    reason: "relay-denied",
    title: "The server will not relay your message",
    cause:
      "A server passes mail on to other domains only for senders it knows. You did not sign in (or used a server that is not yours), so it refused.",
    fix: [
      REQUIRE_AUTH,
      "Send through your own provider's submission server on port 587, not its incoming (MX) server or port 25.",
      "Microsoft 365 devices: use SMTP AUTH, or a connector for the device's static IP (SMTP relay).",
      "If a recipient's server said it (the bounce names their host), check the address: their domain's mail records point at a server that does not take their mail, and their admin must fix that.",
    ],
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
    title: "TenantAttribution: relay access denied (Microsoft 365)",
    cause:
      "Microsoft 365 could not tie the sending server to your tenant: the inbound connector's IP address or certificate name no longer matches the server, or the sender domain is not an accepted domain.",
    fix: [
      "Update the inbound connector (Exchange admin center > Mail flow > Connectors) to the server's current public IP address or certificate name.",
      "Hybrid setups: rerun the Hybrid Configuration Wizard and pick the renewed certificate.",
      "Make sure the MAIL FROM domain or the certificate's domain is an accepted domain of the tenant.",
    ],
    providers: ["microsoft365"],
    phrases: ["TenantAttribution", "Client blocked from sending from unregistered domains?"],
    with: ["550"],
    also: ["5.7.750"],
  },
  {
    code: "Must issue a STARTTLS command first",
    kind: "phrase",
    reason: "tls-required",
    title: "Encryption required before sending",
    cause:
      "The server accepts sign-in and mail only over an encrypted connection, and the client did not start STARTTLS.",
    fix: [
      PORT_AND_ENCRYPTION,
      "If encryption is set to Auto, choose STARTTLS explicitly.",
      "Apps: on port 587 require STARTTLS (e.g. nodemailer `secure: false, requireTLS: true`); on port 465 use implicit TLS (`secure: true`).",
    ],
    phrases: ["Must issue a STARTTLS command first"],
    with: ["530", "5.7.0"],
  },
  {
    code: "5.7.9",
    kind: "enhanced",
    reason: "auth-method-disabled",
    title: "Application-specific password required (Gmail)",
    cause:
      "The Google account has 2-Step Verification, so its normal password is refused for SMTP. Other servers use 534 5.7.9 for a sign-in method that is too weak.",
    fix: [
      'Add the account with "Sign in with Google" (OAuth2) in a current mail client.',
      "Otherwise create an app password (Google Account > Security > 2-Step Verification > App passwords) and use it instead of the normal password.",
      "App passwords are unavailable with Advanced Protection or security-key-only 2-Step Verification: use OAuth2 there.",
    ],
    providers: ["gmail"],
    phrases: ["Application-specific password required", "InvalidSecondFactor"],
    with: ["534"],
    requires: ["534"],
  },
  {
    code: "5.7.8",
    kind: "enhanced",
    reason: "auth-failed",
    title: "Username and password not accepted",
    cause:
      "The server rejected the credentials. For Gmail and Google Workspace a normal password no longer works for SMTP (Gmail since {gmailPasswordOnlyEnded}, Workspace since {workspacePasswordOnlyEnded}); app passwords stop working when the account password changes.",
    fix: [
      "Use the full email address as user name and check the password.",
      "Gmail / Workspace: sign in with Google (OAuth2), or create an app password (needs 2-Step Verification).",
      "After a Google password change, create a new app password.",
    ],
    providers: ["gmail"],
    phrases: ["Username and Password not accepted", "p=BadCredentials", "Too many login attempts"],
    with: ["535", "454", "4.7.0"],
  },
  {
    code: "4.7.0",
    kind: "enhanced",
    reason: "temporary-failure",
    title: "Temporarily refused for a security reason",
    cause:
      'A temporary refusal: Gmail says "Try again later" when a client connects or sends too much or a sign-in looks unusual; other servers use 4.7.0 for a temporary sign-in or STARTTLS failure.',
    fix: [
      "Wait and send again; Outlook retries mail left in the Outbox.",
      "Send fewer messages or connections at once and stay within the provider's sending limits.",
      "Gmail: sign in on the web once to clear any security check, then retry.",
    ],
    providers: ["gmail"],
    hints: ["try again later"],
    with: ["421", "454"],
  },
  {
    code: "5.7.515",
    kind: "enhanced",
    reason: "sender-authentication-missing",
    title: "Sending domain lacks required authentication (Outlook.com)",
    cause:
      "Outlook.com, Hotmail and Live reject mail from high-volume senders (since {outlookComHighVolumeAuth}) whose From domain does not pass SPF, DKIM and DMARC.",
    fix: [
      "Publish one SPF record listing every service that sends as the domain.",
      "Turn on DKIM signing for the domain at each of those services.",
      "Publish DMARC (at least `v=DMARC1; p=none`) with SPF or DKIM aligned to the From domain.",
      "Check the domain with `outbox-doctor domain <domain>`.",
    ],
    providers: ["outlook"],
    phrases: ["does not meet the required authentication level"],
    with: ["550"],
  },
  {
    code: "5.7.26",
    kind: "enhanced",
    reason: "sender-authentication-missing",
    title: "Unauthenticated mail refused (Gmail)",
    cause:
      "Gmail and Google Workspace recipients refuse a message that passes neither SPF nor DKIM aligned with the From domain (enforced since February 2024), or that fails the domain's DMARC policy. The sending server, not Outlook's settings, is the usual cause.",
    fix: [
      "Send through the server your domain's SPF record lists (the provider's own SMTP server), not another relay.",
      "Add every service that sends as the domain to its SPF record and turn on DKIM signing at each of them.",
      "Publish DMARC once SPF or DKIM aligns, and check the domain with `outbox-doctor domain <domain>`.",
    ],
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
    title: "Recipient address does not exist",
    cause:
      "The receiving server has no mailbox with that address: a typo, a left employee, or a stale autocomplete entry.",
    fix: [
      "Check the address spelling.",
      "Delete the stale suggestion from Outlook's autocomplete list and type the address anew.",
      "Ask the recipient for a current address.",
    ],
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
      "mailbox \\S+@\\S+ unavailable",
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
    title: "Recipient mailbox is full",
    cause: "The recipient's mailbox is over its quota.",
    fix: ["Send again later.", "Reach the recipient another way so they can free space."],
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
    title: "Certificate problem",
    cause:
      "The server's certificate was not accepted: it expired, names a different host (e.g. mail.yourdomain.com on a shared host), is self-signed, or your computer's clock is wrong.",
    fix: [
      "Connect to the host name the certificate was issued for, usually the provider's own (e.g. smtp.office365.com).",
      "Check the computer's date, time and time zone.",
      VERIFY_SERVER,
      "Do not accept an untrusted certificate permanently: it lets someone in between read your password.",
    ],
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
    title: "TLS mode does not match the port",
    cause:
      "The client started TLS immediately on a port that expects STARTTLS (587, 25), or the other way round.",
    fix: [
      "Port 465: implicit TLS (SSL/TLS; nodemailer `secure: true`).",
      "Port 587: STARTTLS (nodemailer `secure: false`, `requireTLS: true`).",
    ],
    phrases: ["wrong version number"],
  },
  {
    code: "timed out",
    kind: "phrase",
    reason: "connection-settings",
    title: "Connection timed out",
    cause:
      "Nothing answered: a firewall or the internet provider drops the port (often 25), the host name points to the wrong server, or the server is down.",
    fix: [
      "Use port 587 (or 465) instead of 25.",
      "Check firewall and antivirus rules for outgoing mail.",
      VERIFY_SERVER,
    ],
    hints: ["timed out", "ETIMEDOUT"],
  },
  {
    code: "Connection refused",
    kind: "phrase",
    reason: "connection-settings",
    title: "Connection refused",
    cause:
      "The host answered but nothing listens on that port: wrong port or host name, or the service is down.",
    fix: ["Check the host name and use port 587 or 465.", VERIFY_SERVER],
    phrases: ["ECONNREFUSED", "actively refused"],
    hints: ["Connection refused"],
  },
  {
    code: "ENOTFOUND",
    kind: "phrase",
    reason: "connection-settings",
    title: "Server name does not resolve",
    cause: "DNS has no address for the server name: a typo, an outdated name, or no working DNS.",
    fix: [
      "Check the server name; run `outbox-doctor settings <your address>` for the current one.",
      "Check DNS and the internet connection.",
    ],
    phrases: ["ENOTFOUND", "EAI_AGAIN"],
  },

  // ---- Basic reply codes (RFC 5321 §4.2, RFC 4954, RFC 3207) ----
  {
    code: "421",
    kind: "reply",
    reason: "temporary-failure",
    title: "Service not available (temporary)",
    cause:
      "The server is closing the session for now: overloaded, limiting connections or rate, or shutting down.",
    fix: ["Wait and send again.", "Send fewer messages at once."],
  },
  {
    code: "450",
    kind: "reply",
    reason: "temporary-failure",
    title: "Mailbox unavailable (temporary)",
    cause: "The mailbox is busy or temporarily blocked, or the server greylists first-time senders.",
    fix: ["Send again later; servers retry on their own."],
  },
  {
    code: "451",
    kind: "reply",
    reason: "temporary-failure",
    title: "Local error in processing (temporary)",
    cause: "The server hit a temporary problem (a lookup failed, greylisting, overload).",
    fix: ["Send again later.", "If it persists for hours, send the full reply to the server's admin."],
  },
  {
    code: "452",
    kind: "reply",
    reason: "temporary-failure",
    title: "Insufficient storage or too many recipients (temporary)",
    cause: "The server is short of space, or the message has more recipients than it takes at once.",
    fix: ["Split the message into batches with fewer recipients.", "Send again later."],
  },
  {
    code: "454",
    kind: "reply",
    reason: "temporary-failure",
    title: "TLS or authentication temporarily unavailable",
    cause: "STARTTLS or sign-in failed for a temporary reason on the server.",
    fix: [
      "Send again later.",
      "If it persists, use port 465 with SSL/TLS where offered and tell the provider.",
    ],
  },
  {
    code: "500",
    kind: "reply",
    reason: "syntax-error",
    title: "Command not recognized",
    cause:
      "The server did not understand a command: a firewall or antivirus altering the SMTP session, or a line too long.",
    fix: [ANTIVIRUS_SCAN, "Firewall admins: turn off SMTP/ESMTP inspection for this traffic."],
  },
  {
    code: "501",
    kind: "reply",
    reason: "syntax-error",
    title: "Syntax error in parameters",
    cause:
      "An address or parameter is malformed: spaces or invalid characters in an address, or an invalid HELO name.",
    fix: [
      "Check the From and recipient addresses for typos and stray characters.",
      "Apps: pass bare addresses (name@example.com).",
    ],
  },
  {
    code: "502",
    kind: "reply",
    reason: "syntax-error",
    title: "Command not implemented",
    cause:
      "The server does not support a command the client sent, e.g. AUTH on a port or connection where it offers no sign-in.",
    fix: [PORT_AND_ENCRYPTION, VERIFY_SERVER],
  },
  {
    code: "503",
    kind: "reply",
    reason: "syntax-error",
    title: "Bad sequence of commands",
    cause:
      "Commands came in the wrong order, most often sending before signing in: some servers reply 503 when authentication is required.",
    fix: [REQUIRE_AUTH, "Apps: EHLO, then STARTTLS, then EHLO again, then AUTH, then MAIL FROM."],
  },
  {
    code: "504",
    kind: "reply",
    reason: "syntax-error",
    title: "Command parameter not implemented",
    cause: "Usually the sign-in method is not supported, or not before STARTTLS.",
    fix: [PORT_AND_ENCRYPTION, 'Untick "Require logon using Secure Password Authentication (SPA)".'],
  },
  {
    code: "530",
    kind: "reply",
    reason: "auth-required",
    title: "Authentication or encryption required",
    cause: "The server accepts mail only after sign-in, and often only after STARTTLS.",
    fix: [REQUIRE_AUTH, PORT_AND_ENCRYPTION],
    hints: ["authentication required"],
    with: ["5.7.0"],
  },
  {
    code: "534",
    kind: "reply",
    reason: "auth-method-disabled",
    title: "Authentication mechanism too weak",
    cause: "The server refuses this sign-in method; Gmail uses it to ask for an app password or OAuth2.",
    fix: [OAUTH_FIRST, "Gmail: use Sign in with Google or an app password."],
  },
  {
    code: "535",
    kind: "reply",
    reason: "auth-failed",
    title: "Authentication failed",
    cause:
      "The server rejected the sign-in: wrong user name or password, or the provider refuses passwords (OAuth2 or app password required), or SMTP sign-in is off for the account. 535 is the real authentication failure code.",
    fix: [
      "Use the full email address as user name and re-type the password.",
      "If the account has multi-factor sign-in, use OAuth2 or an app password.",
      "Run `outbox-doctor settings <your address>` to see which sign-in the provider expects.",
    ],
    hints: ["authentication failed", "Invalid login"],
  },
  {
    code: "538",
    kind: "reply",
    reason: "tls-required",
    title: "Encryption required for this sign-in method",
    cause: "The client tried to send a password over an unencrypted connection.",
    fix: [PORT_AND_ENCRYPTION],
  },
  {
    code: "550",
    kind: "reply",
    reason: "recipient-server-error",
    title: "Requested action not taken (rejected)",
    cause:
      "A permanent refusal: the recipient does not exist, relaying was denied because you did not sign in, the From address is not allowed, or the message was judged spam. A 550 that mentions authentication means you were not signed in or not allowed, not a wrong password (that is 535).",
    fix: [
      REQUIRE_AUTH,
      "Check the recipient addresses.",
      "Paste the full reply with its enhanced code (e.g. 5.7.1) for the specific reason.",
    ],
  },
  {
    code: "551",
    kind: "reply",
    reason: "unknown-recipient",
    title: "User not local",
    cause: "The server does not handle that recipient and will not forward to it.",
    fix: [REQUIRE_AUTH, "Check the recipient address."],
  },
  {
    code: "552",
    kind: "reply",
    reason: "message-too-large",
    title: "Message too large or storage exceeded",
    cause: "The message exceeds the size limit, or the recipient's mailbox is full.",
    fix: [
      "Send large files as a link instead of an attachment.",
      "If the recipient's mailbox is full, try later.",
    ],
  },
  {
    code: "553",
    kind: "reply",
    reason: "sender-rejected",
    title: "Mailbox name not allowed",
    cause:
      "An address was refused: the From address is not one this account may use, or an address is malformed.",
    fix: [
      "Send from the address of the account you sign in with.",
      REQUIRE_AUTH,
      "Check addresses for typos.",
    ],
  },
  {
    code: "554",
    kind: "reply",
    reason: "content-rejected",
    title: "Transaction failed",
    cause:
      "A permanent refusal of the message or the whole session: judged spam, a blocklisted sending IP address, or sending through this server is not allowed.",
    fix: [
      REQUIRE_AUTH,
      "Use your provider's submission server on port 587.",
      "Paste the full reply for the specific reason.",
    ],
  },

  // ---- Classes (RFC 3463): fallbacks for codes without an entry of their own ----
  {
    code: "4xx",
    kind: "class",
    reason: "temporary-failure",
    title: "Temporary failure",
    cause: "A transient problem: the same message may go through later without changes.",
    fix: [
      "Wait and send again; Outlook and mail servers retry on their own.",
      "If it persists for hours, read the server's text or ask its admin.",
    ],
    phrases: ["\\b4xx\\b", "\\b4\\.x\\.x\\b"],
  },
  {
    code: "5xx",
    kind: "class",
    reason: "recipient-server-error",
    title: "Permanent failure",
    cause: "The server will not accept this message as it is; sending it again unchanged will fail again.",
    fix: [
      "Read the server's text for the reason, fix that, then send again.",
      "Paste the full reply here, including any code such as 5.7.1.",
    ],
    phrases: ["\\b5xx\\b", "\\b5\\.x\\.x\\b"],
  },
  {
    code: "5.1.x",
    kind: "class",
    reason: "unknown-recipient",
    title: "Address problem",
    cause: "A sender or recipient address is wrong, unknown or not accepted.",
    fix: ["Check the recipient and From addresses.", "Send from the account's own address."],
    phrases: ["\\b5\\.1\\.x\\b"],
  },
  {
    code: "5.2.x",
    kind: "class",
    reason: "mailbox-full",
    title: "Recipient mailbox problem",
    cause: "The recipient's mailbox is full, disabled, or cannot take a message this large.",
    fix: ["Try later or reach the recipient another way.", "Send large files as a link."],
    phrases: ["\\b5\\.2\\.x\\b"],
  },
  {
    code: "5.4.x",
    kind: "class",
    reason: "recipient-server-unreachable",
    title: "Network or routing problem",
    cause:
      "The mail could not be routed to the recipient's domain: its mail servers are unreachable, its DNS is wrong, or mail loops.",
    fix: [
      "Check the recipient's domain for typos.",
      "Check the domain with `outbox-doctor domain <domain>`.",
    ],
    phrases: ["\\b5\\.4\\.x\\b"],
  },
  {
    code: "5.5.x",
    kind: "class",
    reason: "syntax-error",
    title: "Protocol problem",
    cause:
      "Client and server disagreed about SMTP commands: often a firewall or antivirus altering the session, or an outdated client.",
    fix: [ANTIVIRUS_SCAN, "Update the mail client or library."],
    phrases: ["\\b5\\.5\\.x\\b"],
  },
  {
    code: "5.7.x",
    kind: "class",
    reason: "content-rejected",
    title: "Refused for security or policy reasons",
    cause:
      "The server refused for a security or policy reason: not signed in, not allowed to send as that address, failed SPF/DKIM/DMARC, blocked as spam, or encryption required.",
    fix: [
      REQUIRE_AUTH,
      "Send from the address of the account you sign in with.",
      "Check your domain with `outbox-doctor domain <domain>`.",
    ],
    phrases: ["\\b5\\.7\\.x\\b"],
  },
];
