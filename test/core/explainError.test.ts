import { describe, expect, it } from "@jest/globals";
import { gzipSync } from "node:zlib";
import { isBounceReason } from "../../src/core/bounceReasons.js";
import { entryTexts } from "../../src/core/catalogue/entryTexts.js";
import { ERROR_CATALOGUE as MATCHING_CATALOGUE } from "../../src/core/errorCatalogue.js";
import { InputError } from "../../src/core/errors.js";
import { explainError, MAX_EXPLAIN_CHARS } from "../../src/core/explainError.js";

// The catalogue's entries with their English texts (registered eagerly in Node), as one object each.
const ERROR_CATALOGUE = MATCHING_CATALOGUE.map((entry) => ({ ...entry, ...entryTexts(entry) }));

const codesOf = (text: string): string[] => explainError(text).matches.map((m) => m.code);
const firstOf = (text: string): string | undefined => codesOf(text)[0];

// Every code of the "Errors users hit" section of the checked facts.
const FACTS_CODES = [
  "0x800CCC0D",
  "0x800CCC0E",
  "0x800CCC0F",
  "0x800CCC18",
  "0x800CCC19",
  "0x800CCC1A",
  "0x800CCC67",
  "0x800CCC69",
  "0x800CCC6F",
  "0x800CCC78",
  "0x800CCC79",
  "0x800CCC7C",
  "0x800CCC7D",
  "0x800CCC7F",
  "0x800CCC80",
  "0x80042109",
  "0x8004210B",
  "5.7.3",
  "5.7.139",
  "5.7.57",
  "5.7.4",
  "5.7.30",
  "SendAsDeniedException",
  "5.7.60",
  "Unable to relay",
  "5.7.64",
  "Must issue a STARTTLS command first",
  "5.7.9",
  "5.7.8",
  "4.7.0",
  "5.7.515",
];
const REPLY_CODES = ["421", "450", "451", "452", "454", "500", "501", "502", "503", "504"];
const MORE_REPLY_CODES = ["530", "534", "535", "538", "550", "551", "552", "553", "554"];

describe("error catalogue", () => {
  it("has at least 35 entries with unique codes", () => {
    expect(ERROR_CATALOGUE.length).toBeGreaterThanOrEqual(35);
    const codes = ERROR_CATALOGUE.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("covers every code users hit, every basic reply code and the generic classes", () => {
    const codes = new Set(ERROR_CATALOGUE.map((e) => e.code));
    for (const code of [...FACTS_CODES, ...REPLY_CODES, ...MORE_REPLY_CODES, "4xx", "5xx", "5.7.x"]) {
      expect(codes).toContain(code);
    }
  });

  it.each(ERROR_CATALOGUE.map((e) => [e.code, e] as const))(
    "%s is complete and well-formed",
    (_code, entry) => {
      expect(entry.title.trim()).not.toBe("");
      expect(entry.cause.trim()).not.toBe("");
      expect(entry.fix.length).toBeGreaterThan(0);
      for (const step of entry.fix) expect(step.trim().length).toBeGreaterThan(10);
      const formats = {
        outlook: /^0x[0-9A-F]{8}$/,
        enhanced: /^[45]\.\d{1,3}\.\d{1,3}$/,
        reply: /^[45]\d\d$/,
        class: /^(?:[45]xx|5\.\d\.x)$/,
        phrase: /^[A-Za-z][A-Za-z0-9 -]+$/,
      };
      expect(entry.code).toMatch(formats[entry.kind]);
      for (const code of [...(entry.with ?? []), ...(entry.also ?? []), ...(entry.requires ?? [])]) {
        expect(code).toMatch(/^(?:[45]\d\d|[45]\.\d{1,3}\.\d{1,3})$/);
      }
      expect(isBounceReason(entry.reason)).toBe(true);
      for (const source of [...(entry.phrases ?? []), ...(entry.hints ?? [])]) {
        const regex = new RegExp(source, "i");
        expect(regex.test("")).toBe(false);
      }
    },
  );

  it("gives no stale advice", () => {
    const text = JSON.stringify(ERROR_CATALOGUE);
    expect(text).not.toMatch(/smtp\.live\.com/i);
    expect(text).not.toMatch(/less secure app/i);
    // Port 465 is only ever mentioned together with the rule that Microsoft 365 takes 587 STARTTLS only.
    for (const entry of ERROR_CATALOGUE) {
      const entryText = [entry.cause, ...entry.fix].join(" ");
      if (/\b465\b/.test(entryText) && entry.providers?.includes("microsoft365")) {
        expect(entryText).toMatch(/Microsoft 365 and Outlook\.com take only 587 STARTTLS/);
      }
    }
  });

  it("names the exact PowerShell commands for SMTP AUTH and Send As", () => {
    const byCode = new Map(ERROR_CATALOGUE.map((e) => [e.code, e]));
    const fix139 = byCode.get("5.7.139")!.fix.join("\n");
    expect(fix139).toContain("Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false");
    expect(fix139).toContain("Set-TransportConfig -SmtpClientAuthenticationDisabled $false");
    expect(byCode.get("5.7.60")!.fix.join("\n")).toContain(
      "Add-RecipientPermission -Identity <mailbox> -Trustee <user> -AccessRights SendAs",
    );
    expect(byCode.get("0x800CCC78")!.fix[0]).toMatch(/My outgoing server \(SMTP\) requires authentication/);
  });

  it("stays within its size budget (the pane bundles it)", () => {
    // The explainer chunk (catalogue + parser + matcher) must stay under 25 KB gzip: bench/benchExplain.ts.
    expect(gzipSync(JSON.stringify(ERROR_CATALOGUE)).length).toBeLessThanOrEqual(24 * 1024);
  });
});

// Entries named by an id rather than a phrase (blocklisted, null-mx) and codes that need a companion
// (Gmail's 5.7.9 only with 534) are reached by the realistic texts below instead.
const SELF_NAMED = ERROR_CATALOGUE.filter(
  (e) =>
    e.requires === undefined &&
    (e.kind !== "phrase" ||
      (e.phrases ?? []).some((p) => new RegExp(p.replace(/ /g, "\\s+"), "i").test(e.code))),
);

describe("explainError: every entry ranks first for its own canonical code or phrase", () => {
  it.each(SELF_NAMED.map((e) => e.code))("%s", (code) => {
    const result = explainError(code);
    expect(result.matches[0]?.code).toBe(code);
    // Deduplicated: no entry appears twice.
    expect(new Set(codesOf(code)).size).toBe(result.matches.length);
  });
});

// Realistic texts: Outlook dialogs, NDR lines, Gmail replies, library logs. `first` must rank first,
// `also` must be among the matches.
const REALISTIC: Array<{ text: string; first: string; also?: string[] }> = [
  {
    text: "Task 'ann@contoso.com - Sending' reported error (0x800CCC0D) : 'The server could not be found. (Account:ann@contoso.com, SMTP Server:smtp.contso.com)'",
    first: "0x800CCC0D",
  },
  {
    text: "Task 'ann@example.com - Sending' reported error (0x800CCC0E) : 'Cannot connect to the server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).'",
    first: "0x800CCC0E",
  },
  {
    text: "Sending reported error (0x800CCC0F) : 'The connection to the server was interrupted. If this problem continues, contact your server administrator or Internet service provider (ISP).'",
    first: "0x800CCC0F",
  },
  {
    text: "Task 'ann@example.com - Sending' reported error (0x800CCC18) : 'Your e-mail server rejected your login. Verify your user name and password for this account in Account Settings.'",
    first: "0x800CCC18",
  },
  {
    text: "Send/Receive error 0x800ccc19: A time-out occurred while communicating with the server.",
    first: "0x800CCC19",
  },
  {
    text: "Sending reported error (0x800CCC1A): 'Your server does not support the connection encryption type you have specified. Try changing the encryption method.'",
    first: "0x800CCC1A",
  },
  {
    text: "Task 'ann@example.com - Sending' reported error (0x800CCC67) : 'Your outgoing (SMTP) e-mail server has reported an internal error. The server responded: 421 Cannot connect to SMTP server 203.0.113.5 (203.0.113.5:25), connect error 10060'",
    first: "0x800CCC67",
    also: ["421"],
  },
  {
    text: "Sending reported error (0x800CCC69) : 'The server responded: 550 Access denied - Invalid HELO name'",
    first: "0x800CCC69",
    also: ["550"],
  },
  {
    text: "Task 'ann@example.com - Sending' reported error (0x800CCC6F) : 'The server responded: 554 Transaction failed'",
    first: "0x800CCC6F",
    also: ["554"],
  },
  {
    text: "Sending reported error (0x800CCC78) : 'Unable to send the message. Please verify the e-mail address in your account properties.'",
    first: "0x800CCC78",
  },
  {
    text: "Task 'ann@example.com - Sending' reported error (0x800CCC78) : 'Unable to send the message. Please verify the e-mail address in your account properties. The server responded: 530 5.7.57 Client not authenticated to send mail.'",
    first: "5.7.57",
    also: ["0x800CCC78", "530"],
  },
  {
    text: "Task 'ann@example.com - Sending' reported error (0x800CCC79) : 'You do not have permission to send to this recipient. For assistance, contact your system administrator.'",
    first: "0x800CCC79",
  },
  {
    text: "Sending reported error (0x800CCC79) : 'The server responded: 550 5.7.1 Unable to relay for bob@fabrikam.com'",
    first: "Unable to relay",
    also: ["0x800CCC79", "550"],
  },
  {
    text: "Sending reported error (0x800CCC7C) : 'The server responded: 530 5.7.0 Must issue a STARTTLS command first'",
    first: "Must issue a STARTTLS command first",
    also: ["0x800CCC7C", "530"],
  },
  {
    text: "Sending reported error (0x800CCC7D) : 'Your outgoing (SMTP) server does not support SSL-secured connections. If SSL-secured connections have worked in the past, contact your server administrator or Internet service provider (ISP).'",
    first: "0x800CCC7D",
  },
  {
    text: "Sending reported error (0x800CCC7F) : 'The server responded: 454 4.7.0 TLS not available due to local problem'",
    first: "0x800CCC7F",
    also: ["4.7.0", "454"],
  },
  {
    text: "Task 'ann@outlook.com - Sending' reported error (0x800CCC80) : 'None of the authentication methods supported by this client are supported by your server.'",
    first: "0x800CCC80",
  },
  {
    text: "Task 'ann@example.com - Sending' reported error (0x80042109) : 'Outlook is unable to connect to your outgoing (SMTP) e-mail server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).'",
    first: "0x80042109",
  },
  {
    text: "Task 'ann@example.com - Sending' reported error (0x8004210B) : 'The operation timed out waiting for a response from the sending (SMTP) server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).'",
    first: "0x8004210B",
    also: ["timed out"],
  },
  {
    text: "jakarta.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [YQZPR01CA0021.CANPRD01.PROD.OUTLOOK.COM 2024-04-13T15:44:48.786Z 08DC5BA2C153C1D0]",
    first: "5.7.3",
    also: ["535"],
  },
  {
    text: "Error: Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [TY1PR01CA0183.jpnprd01.prod.outlook.com]",
    first: "5.7.139",
    also: ["535"],
  },
  {
    text: "javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [BM1P287CA0015.INDP287.PROD.OUTLOOK.COM]",
    first: "5.7.139",
  },
  {
    text: "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
    first: "5.7.139",
    also: ["5.7.57"],
  },
  {
    text: "Nov 29 09:52:57 relay postfix/smtp[29893]: C53C9141028: to=<bob@fabrikam.com>, relay=smtp.office365.com[52.96.0.1]:587, delay=5.3, dsn=5.7.57, status=bounced (host smtp.office365.com[52.96.0.1] said: 530 5.7.57 Client not authenticated to send mail. [BN1P110CA0052.NAMP110.PROD.OUTLOOK.COM 2023-11-29T14:52:57.126Z 08DBE7319275F6BA] (in reply to MAIL FROM command))",
    first: "5.7.57",
    also: ["530"],
  },
  {
    text: "[Error: Invalid login: 504 5.7.4 Unrecognized authentication type] code: 'EAUTH', response: '504 5.7.4 Unrecognized authentication type', responseCode: 504",
    first: "5.7.4",
    also: ["504"],
  },
  {
    text: "550 5.7.30 Basic authentication is not supported for Client Submission.",
    first: "5.7.30",
    also: ["550"],
  },
  {
    text: "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.",
    first: "SendAsDeniedException",
    also: ["554"],
  },
  {
    text: "Remote Server returned '550 5.7.60 SMTP; Client does not have permissions to send as this sender'",
    first: "5.7.60",
    also: ["550"],
  },
  {
    text: "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain",
    first: "Unable to relay",
    also: ["550"],
  },
  {
    text: "550 5.7.64 TenantAttribution; Relay Access Denied SMTP",
    first: "5.7.64",
    also: ["Unable to relay", "550"],
  },
  {
    text: "530 5.7.0 Must issue a STARTTLS command first. a640c23a62f3a-4a1 - gsmtp",
    first: "Must issue a STARTTLS command first",
    also: ["530"],
  },
  {
    text: "smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password required. For more information, go to\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor a640c23a62f3a-4a1 - gsmtp')",
    first: "5.7.9",
    also: ["534"],
  },
  {
    text: "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a-4a1 - gsmtp",
    first: "5.7.8",
    also: ["535"],
  },
  {
    text: "421-4.7.0 Try again later, closing connection. (EHLO) a640c23a62f3a-4a1 - gsmtp",
    first: "4.7.0",
    also: ["421"],
  },
  {
    text: "550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender.",
    first: "5.7.515",
    also: ["550"],
  },
  {
    text: "550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n550-5.7.26 sender and Gmail users, and has been blocked. The sender must authenticate\n550 5.7.26 with at least one of SPF or DKIM. https://support.google.com/mail/?p=UnauthenticatedEmail",
    first: "5.7.26",
    also: ["550"],
  },
  {
    text: "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser",
    first: "5.1.1",
    also: ["550"],
  },
  {
    text: "552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to",
    first: "5.2.2",
    also: ["552"],
  },
  {
    text: "The server you are connected to is using a security certificate that cannot be verified. The target principal name is incorrect.",
    first: "certificate",
  },
  {
    text: "Error: Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:*.hosting.example",
    first: "certificate",
  },
  {
    text: "Error: C0F7E2A1:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/ssl/record/ssl3_record.c:355:",
    first: "wrong version number",
  },
  { text: "Error: connect ETIMEDOUT 203.0.113.9:25", first: "timed out" },
  { text: "Error: connect ECONNREFUSED 127.0.0.1:587", first: "Connection refused" },
  { text: "Error: getaddrinfo ENOTFOUND smtp.gmial.com", first: "ENOTFOUND" },
  {
    text: "421 4.3.2 Service not available, closing transmission channel",
    first: "temporary-failure",
    also: ["421"],
  },
  {
    text: "450 4.2.1 The user you are trying to contact is receiving mail too quickly.",
    first: "rate-limited",
    also: ["450"],
  },
  { text: "451 4.7.1 Greylisting in action, please come back later", first: "greylisted", also: ["451"] },
  { text: "452 4.5.3 Too many recipients", first: "too-many-recipients", also: ["452"] },
  { text: "454 TLS not available due to temporary reason", first: "454" },
  { text: "500 5.5.1 Unrecognized command", first: "500", also: ["5.5.x"] },
  { text: "501 5.1.3 Invalid address", first: "address-syntax", also: ["501"] },
  { text: "502 5.5.2 Error: command not recognized", first: "502" },
  {
    text: ">> 503 Administrative prohibition -- authorization required. Users in your domain are not allowed to send email without authorization.",
    first: "503",
  },
  { text: "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname", first: "504" },
  {
    text: "----- The following addresses had permanent fatal errors -----\n<user@example.com>\n    (reason: 530 Authentication required)",
    first: "530",
  },
  { text: "534 Authentication mechanism is too weak", first: "534" },
  {
    text: "Ran into problems sending Mail. Response: 535 authentication failed (#5.7.1)",
    first: "535",
    also: ["5.7.x"],
  },
  {
    text: "538 5.7.11 Encryption required for requested authentication mechanism",
    first: "538",
    also: ["5.7.x"],
  },
  { text: "550 Requested action not taken: mailbox unavailable", first: "5.1.1", also: ["550"] },
  { text: "550 Requested action not taken", first: "550" },
  { text: "551 User not local; please try <bob@example.org>", first: "5.1.6", also: ["551"] },
  { text: "551 not our customer", first: "551" },
  {
    text: "552 5.3.4 Message size exceeds fixed maximum message size",
    first: "message-too-large",
    also: ["552"],
  },
  { text: "552 Requested mail action aborted", first: "552" },
  {
    text: "553 5.1.8 <ann@example.invalid>: Sender address rejected: Domain not found",
    first: "sender-rejected",
    also: ["553"],
  },
  {
    text: "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org",
    first: "blocklisted",
    also: ["554"],
  },
  { text: "554 5.7.99 Transaction failed", first: "554", also: ["5.7.x"] },
  { text: "447 4.4.7 Message delayed", first: "4.4.7" },
  { text: "447 4.9.9 Something odd", first: "4xx" },
  { text: "555 MAIL FROM parameters not recognized", first: "5xx" },
  { text: "550 5.1.99 Odd address", first: "550", also: ["5.1.x"] },
  { text: "552 5.2.3 Message size exceeds maximum permitted", first: "message-too-large", also: ["552"] },
  { text: "552 5.2.99 Odd mailbox", first: "552", also: ["5.2.x"] },
  { text: "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", first: "5.1.2", also: ["554"] },
  { text: "554 5.4.99 Odd route", first: "554", also: ["5.4.x"] },
  {
    text: "host ASPMX.L.GOOGLE.COM [64.233.167.27]: 550-5.7.1 This message does not have authentication information or fails to pass\n550-5.7.1 authentication checks. To best protect our users from spam, the\n550 5.7.1 message has been blocked.",
    first: "5.7.26",
    also: ["550"],
  },
  // ---- What real bounces say (src/core/catalogue/bounceEntries.ts) ----
  {
    text: "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    first: "5.1.10",
    also: ["550"],
  },
  {
    text: "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]",
    first: "5.4.1",
  },
  {
    text: "550-5.2.1 The email account that you tried to reach is disabled. Learn more at\n550 5.2.1 https://support.google.com/mail/?p=DisabledUser",
    first: "mailbox-disabled",
  },
  { text: "550 5.1.6 Recipient has moved; please update your address book", first: "5.1.6" },
  {
    text: "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found",
    first: "5.1.2",
  },
  {
    text: "556 5.1.10 Recipient address rejected: Domain example.org does not accept mail (nullMX)",
    first: "null-mx",
  },
  { text: "554 4.4.7 Message expired: unable to deliver in 840 minutes.", first: "4.4.7" },
  {
    text: "Delivery to the following recipient has been delayed: ann@example.org. Message will be retried for 2 more day(s)",
    first: "delivery-delayed",
  },
  {
    text: "connect to mx.example.org[192.0.2.10]:25: Connection timed out",
    first: "recipient-unreachable",
  },
  { text: "554 5.4.6 Hop count exceeded - possible mail loop", first: "5.4.6" },
  { text: "550 5.7.1 Message rejected by the recipient's filter rules", first: "recipient-filter" },
  {
    text: "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this group",
    first: "restricted-recipient",
  },
  {
    text: "550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.",
    first: "destination-tls",
  },
  { text: "451 4.3.0 Local configuration error, please try again later", first: "recipient-server-error" },
  {
    text: "550 5.7.606 Access denied, banned sending IP [192.0.2.7]. To request removal from this list please visit https://sender.office.com/",
    first: "blocklisted",
  },
  {
    text: "421 4.7.0 [TSS04] Messages from 192.0.2.7 temporarily deferred due to unexpected volume or user complaints",
    first: "sender-reputation",
  },
  {
    text: "550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.",
    first: "no-reverse-dns",
  },
  {
    text: "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
    first: "5.7.23",
  },
  {
    text: "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.",
    first: "5.7.509",
  },
  { text: "550 5.7.20 No passing DKIM signature found", first: "dkim" },
  { text: "554 5.7.1 Message rejected as spam by Content Filtering", first: "spam-content" },
  {
    text: "554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes",
    first: "spam-content",
  },
  { text: "554 5.7.1 Attachment type not allowed: invoice.exe", first: "content-rejected" },
  { text: "550 5.4.1 Relay Access Denied", first: "relay-denied-remote" },
  {
    text: "Your message wasn't delivered due to a permission or security issue.",
    first: "recipient-demands-sign-in",
  },
  { text: "554 5.7.0 Reject, id=12345-01 - VIRUS: Eicar-Test-Signature", first: "virus" },
  { text: "552 Message size exceeds maximum permitted", first: "message-too-large" },
  {
    text: "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException",
    first: "sending-limit",
  },
  { text: "550 5.1.8 Access denied, bad outbound sender", first: "5.1.8" },
  {
    text: "553 5.1.7 The sender address <x> is not a valid RFC 5321 address. Sender address rejected",
    first: "sender-rejected",
  },
  {
    text: "554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: ann@example.com",
    first: "sender-not-verified",
  },
  { text: "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds", first: "5.6.11" },
  {
    text: "553 5.6.7 Non-ASCII addresses not permitted for that recipient (SMTPUTF8 required)",
    first: "smtputf8",
  },
  { text: "450 4.2.1 Too many concurrent SMTP connections from this IP address", first: "rate-limited" },
  { text: "421 4.4.5 Server busy, try again later.", first: "temporary-failure" },
];

describe("explainError: realistic texts", () => {
  it.each(REALISTIC.map((c) => [c.text.slice(0, 70), c] as const))("%s", (_label, { text, first, also }) => {
    const codes = codesOf(text);
    expect(codes[0]).toBe(first);
    for (const code of also ?? []) expect(codes).toContain(code);
  });

  it("reaches every catalogue entry with at least one realistic text", () => {
    const reached = new Set(REALISTIC.flatMap((c) => [c.first, ...(c.also ?? [])]));
    const missing = ERROR_CATALOGUE.map((e) => e.code).filter((code) => !reached.has(code));
    expect(missing).toEqual([]);
  });
});

describe("explainError: code forms", () => {
  it.each([
    "0x800CCC0E",
    "0x800ccc0e",
    "0X800CCC0E",
    "800CCC0E",
    "800ccc0e",
    "error 800CCC0E occurred",
    "(0x800CCC0E)",
    "0x800CCC0E.",
  ])("reads %s as 0x800CCC0E", (text) => {
    const [first] = explainError(text).matches;
    expect(first?.code).toBe("0x800CCC0E");
    expect(first?.kind).toBe("outlook");
  });

  it.each(["0x800CCC0EE", "a800CCC0E", "0x800CCC13", "0x1800CCC0E"])(
    "does not read %s as a known Outlook code",
    (text) => {
      expect(codesOf(text)).toEqual([]);
    },
  );

  it.each(["5.7.139", "#5.7.139", "5.7.139 Authentication unsuccessful", "Status: 5.7.139.", "(#5.7.139)"])(
    "reads %s as 5.7.139",
    (text) => {
      expect(firstOf(text)).toBe("5.7.139");
    },
  );

  it.each([
    "client 10.5.7.139 connected",
    "version 4.0.30319",
    "5.7.139.2",
    "v5.7.1",
    "served by 192.185.4.169",
  ])("does not take %s for an enhanced status code", (text) => {
    expect(codesOf(text)).toEqual([]);
  });

  it.each([
    ["550", "550"],
    ["  550 mailbox unavailable", "550"],
    ["<<< 550 mailbox unavailable", "550"],
    ["S: 535 Authentication credentials invalid", "535"],
    ["host said: 550 mailbox unavailable", "550"],
    ["Remote Server returned '550 mailbox unavailable'", "550"],
    ["SMTP error 550 when sending", "550"],
    ["#550 4.4.7 QUEUE.Expired", "550"],
  ])("reads the reply code in %j", (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each([
    "I sent 550 emails today",
    "connect to mail.example.com:443 now",
    "call 555-1234 for help",
    "SFS:(4636009)(376002)",
    "OLM:510;",
  ])("does not take a number in %j for a reply code", (text) => {
    expect(codesOf(text)).toEqual([]);
  });
});

describe("explainError: ranking", () => {
  it("ranks an enhanced code above the reply code of the same line", () => {
    expect(codesOf("535 5.7.139 Authentication unsuccessful")).toEqual(["5.7.139", "535"]);
    expect(codesOf("550 5.1.1 User unknown")).toEqual(["5.1.1", "550"]);
  });

  it("ranks a specific phrase with its codes above the generic reply and the class", () => {
    const codes = codesOf("554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException");
    expect(codes).toEqual(["SendAsDeniedException", "554"]);
    const [first] = explainError("554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException").matches;
    expect(first?.matched).toEqual(["554", "5.2.0", "SendAsDenied"]);
  });

  it("gives a phrase with its code more weight than either alone", () => {
    const both = explainError("550 5.7.64 TenantAttribution; Relay Access Denied").matches[0]!;
    const codeOnly = explainError("5.7.64").matches[0]!;
    const phraseOnly = explainError("TenantAttribution").matches[0]!;
    expect(both.code).toBe("5.7.64");
    expect(both.score).toBeGreaterThan(codeOnly.score);
    expect(both.score).toBeGreaterThan(phraseOnly.score);
  });

  it("ranks class fallbacks last, and only for codes nothing else explains", () => {
    expect(codesOf("550 5.7.99 Rejected by policy")).toEqual(["550", "5.7.x"]);
    expect(codesOf("4.9.9 Odd failure")).toEqual(["4xx"]);
    expect(codesOf("550 5.7.1 Unable to relay")).not.toContain("5.7.x");
    expect(codesOf("554 5.2.0 SendAsDeniedException")).not.toContain("5.2.x");
  });

  it("lets an ambiguous phrase count only where the codes agree", () => {
    // "Authentication unsuccessful" comes with both 5.7.3 and 5.7.139: the code decides.
    expect(codesOf("535 5.7.139 Authentication unsuccessful")).not.toContain("5.7.3");
    expect(firstOf("535 Authentication unsuccessful")).toBe("5.7.3");
    // 535 is the real authentication failure code; a 550 that says so is a refusal, not a wrong password.
    expect(codesOf("550 authentication failed")).toEqual(["550"]);
    expect(explainError("550 authentication failed").matches[0]!.cause).toMatch(/535/);
    expect(codesOf("535 authentication failed")).toEqual(["535"]);
  });

  it("reports provider, kind and the line it matched", () => {
    const [first] = explainError(
      "hello\nError: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.",
    ).matches;
    expect(first).toMatchObject({
      code: "5.7.139",
      kind: "enhanced",
      providers: ["microsoft365", "outlook"],
    });
    expect(first?.matched).toEqual(["535", "5.7.139", "SmtpClientAuthentication is disabled"]);
    expect(first?.line).toMatch(/^Error: 535 5\.7\.139/);
  });
});

const EXCHANGE_NDR = `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>
To: Ann Example <ann@contoso.com>
Subject: Undeliverable: Quarterly report
Date: Mon, 6 Jan 2025 10:20:31 +0000

Your message to bob@fabrikam.com couldn't be delivered.
ann isn't allowed to send this message.

Diagnostic information for administrators:

Generating server: BN6PR1101MB2130.namprd11.prod.outlook.com

bob@fabrikam.com
Remote Server returned '550 5.7.60 SMTP; Client does not have permissions to send as this sender'

Original message headers:

Received: from BN6PR1101MB2130.namprd11.prod.outlook.com (2603:10b6:405:51::18) by
 BN6PR1101MB2130.namprd11.prod.outlook.com (2603:10b6:405:51::18) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.2707.14; Mon, 6 Jan 2025
 10:20:30 +0000
X-MS-Exchange-Organization-SCL: -1
x-ms-oob-tlc-oobclassifiers: OLM:510;
X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;SFS:(4636009)(376002)(136003)
MIME-Version: 1.0
`;

const POSTFIX_BOUNCE = `This is the mail system at host mail.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<carol@example.org>: host mx.example.org[203.0.113.25] said: 554
    5.7.1 <carol@example.org>: Relay access
    denied (in reply to RCPT TO command)

Reporting-MTA: dns; mail.example.net
X-Postfix-Queue-ID: 665C2660006
Arrival-Date: Tue, 4 Aug 2015 02:10:39 -0500 (CDT)

Final-Recipient: rfc822; carol@example.org
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.example.org
`;

describe("explainError: whole bounces and transcripts", () => {
  it("finds the reason in an Exchange Online NDR with headers", () => {
    const result = explainError(EXCHANGE_NDR);
    expect(result.matches.map((m) => m.code)).toEqual(["5.7.60", "550"]);
    expect(result.matches[0]!.line).toBe(
      "Remote Server returned '550 5.7.60 SMTP; Client does not have permissions to send as this sender'",
    );
  });

  it("rejoins folded lines of a Postfix bounce", () => {
    const result = explainError(POSTFIX_BOUNCE);
    expect(result.matches.map((m) => m.code)).toEqual(["Unable to relay", "554"]);
    expect(result.matches[0]!.matched).toEqual(["554", "5.7.1", "Relay access denied"]);
  });

  it("rejoins RFC 5321 multi-line replies so phrases split across them are found", () => {
    const reply = "550-5.7.60 SMTP; Client does not have\n550 5.7.60 permissions to send as this sender";
    const [first] = explainError(reply).matches;
    expect(first?.code).toBe("5.7.60");
    expect(first?.matched).toContain("not have permissions to send as");
  });

  it("explains each distinct error of a client transcript", () => {
    const transcript = [
      "S: 220 smtp.example.com ESMTP",
      "C: EHLO client",
      "S: 250-smtp.example.com",
      "S: 250 AUTH PLAIN LOGIN",
      "C: AUTH LOGIN",
      "S: 538 5.7.11 Encryption required for requested authentication mechanism",
      "C: MAIL FROM:<ann@example.com>",
      "S: 530 5.7.0 Must issue a STARTTLS command first",
    ].join("\n");
    const codes = codesOf(transcript);
    expect(codes[0]).toBe("Must issue a STARTTLS command first");
    expect(codes).toEqual(expect.arrayContaining(["538", "530", "5.7.x"]));
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("explainError: bad, odd and huge input", () => {
  it.each(["", "   ", "\n\t  \r\n"])("rejects empty input %j with a clear message", (text) => {
    expect(() => explainError(text)).toThrow(InputError);
    expect(() => explainError(text)).toThrow("Paste an error message or code to explain.");
  });

  it("rejects a non-string as bad input instead of crashing", () => {
    expect(() => explainError(undefined as unknown as string)).toThrow(InputError);
  });

  it.each([
    "the weather is nice today",
    "%%%%%%",
    "💥🔥 Ошибка 错误",
    "\u0000\u0001\u0002",
    "<script>alert(1)</script>",
    "0x",
    "5.7.",
  ])("returns no matches for unknown text %j", (text) => {
    const result = explainError(text);
    expect(result.matches).toEqual([]);
    expect(result.truncated).toBe(false);
  });

  it("echoes the trimmed input", () => {
    expect(explainError("  535 5.7.139  \n").input).toBe("535 5.7.139");
  });

  it("never throws on random input", () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = "0123456789.x-#:;'\"()[] \n\tabcdefCCCSTARTTLS550 5.7.1 0x800ccc\u00a0é😀";
    for (let round = 0; round < 300; round++) {
      const length = 1 + Math.floor(random() * 300);
      let text = "";
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      if (text.trim() === "") continue;
      expect(() => explainError(text)).not.toThrow();
    }
  });

  it("cuts input over the limit, says so, and stays fast", () => {
    const head = "535 5.7.139 Authentication unsuccessful\n";
    const tail = "\n0x800CCC0E";
    const text = head + "lorem ipsum dolor sit amet ".repeat(40_000) + tail; // about 1 MB
    const started = Date.now();
    const result = explainError(text);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.truncated).toBe(true);
    expect(result.input.length).toBe(MAX_EXPLAIN_CHARS);
    expect(result.matches[0]?.code).toBe("5.7.139");
    expect(codesOf(text)).not.toContain("0x800CCC0E");
  });

  it("does not split a surrogate pair when cutting", () => {
    const text = "a".repeat(MAX_EXPLAIN_CHARS - 1) + "😀😀";
    const { input } = explainError(text);
    expect(input.length).toBe(MAX_EXPLAIN_CHARS - 1);
    expect(input.endsWith("a")).toBe(true);
  });

  it.each([
    ["many reply codes", "550 ".repeat(5_000)],
    ["many enhanced codes", "5.7.1 ".repeat(3_300)],
    ["a long run of blanks", "x" + " ".repeat(19_980) + "y\n550"],
    ["blanks inside a phrase", "Unable" + " ".repeat(19_980) + "to relay"],
    ["many short lines", "550\n".repeat(5_000)],
    ["one long line of codes", "0x800CCC0E;5.7.139;".repeat(1_000)],
    [
      "deep indentation",
      Array.from({ length: 2_000 }, (_, i) => " ".repeat(i % 50) + "535 5.7.3").join("\n"),
    ],
  ])("handles %s within the time limit", (_label, text) => {
    const started = Date.now();
    const result = explainError(text);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.matches.length).toBeGreaterThan(0);
    expect(new Set(result.matches.map((m) => m.code)).size).toBe(result.matches.length);
  });

  it("keeps a long matched line short", () => {
    const text = "x".repeat(500) + " said: 535 5.7.8 Username and Password not accepted " + "y".repeat(500);
    const [first] = explainError(text).matches;
    expect(first?.code).toBe("5.7.8");
    expect(first!.line.length).toBeLessThanOrEqual(202);
    expect(first!.line).toContain("535 5.7.8 Username and Password not accepted");
  });

  it("returns fix lists the caller may change without touching the catalogue", () => {
    const [first] = explainError("0x800CCC0E").matches;
    first!.fix.push("mutated");
    expect(explainError("0x800CCC0E").matches[0]!.fix).not.toContain("mutated");
  });
});
