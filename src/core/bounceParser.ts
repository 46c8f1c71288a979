// Reads what people paste after a failed send (a whole non-delivery report, an .eml, a delivery-status part, an
// Outlook error dialog in English, German, French or Spanish, or one SMTP reply) and pulls out the facts the
// explainer needs: which software wrote it, the server's reply and enhanced status code (RFC 3463), the SMTP
// stage it failed at, whether the user's own submission server or a recipient's server answered, and the
// failed recipients. Pure; bounded regexes only (no nested quantifiers over the whole text).
import { mimeToText } from "./mimeText.js";

export type BounceFormat =
  | "exchange-ndr"
  | "gmail"
  | "postfix"
  | "exim"
  | "qmail"
  | "sendmail"
  | "domino"
  | "rfc3464"
  | "outlook-dialog"
  | "smtp-reply"
  | "unknown";

export type SmtpStage = "connect" | "ehlo" | "auth" | "mail" | "rcpt" | "data" | "after-data";

export type AnsweredBy = "submission-server" | "recipient-server" | "unknown";

export interface ParsedBounce {
  format: BounceFormat;
  /** The server's three-digit reply (RFC 5321), e.g. "550". */
  replyCode: string | null;
  /** The enhanced status code (RFC 3463), e.g. "5.1.1". */
  enhancedCode: string | null;
  stage: SmtpStage | null;
  answeredBy: AnsweredBy;
  /** Failed recipients, lower-cased, each once, at most 20. */
  recipients: string[];
  /** The server that answered (host name or address), when the report names it. */
  remoteMta: string | null;
  /** The server's own words: the reply line the report quotes (at most 500 characters). */
  diagnostic: string | null;
}

// Outlook's own dialogs, by language: "Sending reported error", "The server responded", and the account summary
// of older versions ("Server Response: '550 ...', Port: 25, ..., Error Number: 0x800CCC79").
const OUTLOOK_DIALOG =
  /\b0x(?:800ccc[0-9a-f]{2}|8004210[0-9a-f])\b|reported error \(|The server responded|Senden meldete Fehler|meldet Fehler \(|Der Server hat geantwortet|Le serveur a répondu|erreur signalée|a signalé une erreur|El servidor respondió|informó del error|notificó el error|Server Response:|Serverantwort:|Réponse du serveur :|Respuesta del servidor:/i;
const SERVER_RESPONDED =
  /(?:The server responded|Der Server hat geantwortet|Le serveur a répondu|El servidor respondió|Server Response|Serverantwort|Réponse du serveur|Respuesta del servidor)\s*:\s*(?:(['"])(.{3,400}?)\1(?=,\s|\.?\s*$)|(.{3,400}))/im;

const FORMATS: Array<[Exclude<BounceFormat, "outlook-dialog" | "smtp-reply" | "unknown">, RegExp]> = [
  [
    "gmail",
    /The response from the remote server was|Technical details of (?:permanent|temporary) failure|Google tried to deliver your message|Delivery to the following recipients? (?:failed permanently|has been delayed)|The recipient server did not accept our requests|support\.google\.com\/mail/i,
  ],
  [
    "exchange-ndr",
    /Remote Server (?:at \S+ )?returned|Diagnostic information for administrators|Generating server:|Delivery has failed to these recipients|Your message (?:to \S+ )?(?:couldn't|could not|wasn't|was not) (?:be )?delivered|Diagnoseinformationen für Administratoren|Informations de diagnostic pour les administrateurs|Información de diagnóstico para administradores|Microsoft Exchange|rejected your message to the following e-?mail addresses/i,
  ],
  [
    "qmail",
    /qmail-send program|Remote host said:|I'm afraid I wasn't able to deliver|Sorry, I (?:wasn't able|couldn't)|\(#[45]\.\d\.\d{1,3}\)|I'm not going to try again/i,
  ],
  [
    "postfix",
    /This is the mail system at host|\bsaid: [245]\d\d|\(in reply to [A-Za-z ]+ command\)|X-Postfix|connect to \S+\[[^\]]*\]/i,
  ],
  [
    "exim",
    /This message was created automatically by mail delivery software|SMTP error from remote (?:mail )?server|\bhost \S+ \[[0-9a-f.:]+\]:|all hosts have been failing|retry timeout exceeded/i,
  ],
  [
    "sendmail",
    /-{3,} Transcript of session follows -{3,}|\.\.\. while talking to|<<< [245]\d\d|>>> (?:RCPT|MAIL|DATA)|\.\.\. (?:User unknown|Deferred)|^Deferred: /im,
  ],
  [
    "domino",
    /Lotus Domino|IBM Domino|HCL Domino|not listed in (?:public |the )?(?:Domino Directory|Address Book)|was not delivered to:[\s\S]{0,200}because:/i,
  ],
  ["rfc3464", /^(?:Diagnostic-Code|Final-Recipient|Remote-MTA|Reporting-MTA|Action)\s*:/im],
];

// Codes: the same guards as the explainer (no IP addresses, no version numbers).
const ENHANCED = /(?:^|[^\w.])#?([245]\.\d{1,3}\.\d{1,3})(?!\.?\d)/;
const REPLY_AT_START = /^[\s>"'<|*#([-]*(?:smtp;\s*|S:\s*)?([245][0-5]\d)(?=[\s-]|$)/i;
const REPLY_IN_LINE = /(?:^|[\s'"(:;[])([45][0-5]\d)(?=[ -][#\d\w]|$)/;

// Replies that only the user's own submission server gives: sign-in, Send As, the sender's own limits.
const SUBMISSION_ONLY =
  /\b(?:5\.7\.(?:57|139|30|3|60|64)|5\.1\.8|5\.7\.50[123]|530 5\.7\.0 Must issue)\b|SendAsDenied|SubmissionQuota|OutboundSpam|Authentication unsuccessful|Client not authenticated|Username and Password not accepted|Application-specific password|identities failed the check/i;
// Sending services a sender relays through (Amazon SES, SendGrid, Mailgun, Postmark, SparkPost, Brevo, Mailjet,
// Microsoft 365's and Gmail's submission hosts): when a relay quotes their reply, it is the sender's own service
// answering, not a recipient's server.
const SENDING_SERVICE =
  /\b(?:email-smtp\.[\w-]+\.amazonaws\.com|smtp\.sendgrid\.net|smtp\.(?:eu\.)?mailgun\.org|smtp\.postmarkapp\.com|smtp\.sparkpostmail\.com|smtp-relay\.(?:brevo|sendinblue)\.com|in-v3\.mailjet\.com|smtp\.office365\.com|smtp-mail\.outlook\.com|smtp\.gmail\.com|smtp-relay\.gmail\.com)\b/i;
const REMOTE_SIGNS =
  /Remote Server (?:at \S+ )?returned|following organization rejected your message|Remote-MTA|\bsaid: |Remote host said|The response from the remote server|host \S+ \[[0-9a-f.:]+\]|SMTP error from remote|while talking to|did not like our|Receiving server:|recipient server|destination (?:server|MX)|connect to \S+\[/i;

const STAGES: Array<[SmtpStage, RegExp]> = [
  ["after-data", /[Ee]nd of (?:data|DATA)|after DATA|\bafter (?:the )?message (?:text|body)|\(DATA\)|BDAT/],
  // SMTP commands are upper case in reports; "email from" in running text is not MAIL FROM.
  ["rcpt", /RCPT TO|RCPT command|did not like our RCPT|after RCPT/],
  ["mail", /MAIL FROM|MAIL command|after MAIL\b/],
  ["data", /\bDATA command|in reply to DATA/],
  ["auth", /\bAUTH(?:ENTICATE)? (?:command|LOGIN|PLAIN|XOAUTH2)|after AUTH|535 |5\.7\.(?:3|8|139|57)\b/],
  // qmail: "Connected to ... but my name was rejected" is a refusal of the HELO name.
  ["ehlo", /\b(?:EHLO|HELO|STARTTLS)\b|my name was rejected/],
  [
    "connect",
    /connect to |SMTP greeting|initial connection|banner|did not accept our requests to connect|establish an SMTP connection|Connection (?:timed out|refused)|No route to host/i,
  ],
];

const ADDRESS = "[^\\s<>()\"'@,;:\\[\\]]{1,64}@[A-Za-z0-9][A-Za-z0-9.-]{0,252}[A-Za-z0-9]";
const RECIPIENT_PATTERNS: RegExp[] = [
  new RegExp(`(?:Final|Original)-Recipient:\\s*rfc822;\\s*<?(${ADDRESS})`, "gi"),
  new RegExp(`^\\s*<(${ADDRESS})>:?\\s*(?:host|$|\\.\\.\\.|Connected|Sorry|This|Giving)`, "gim"),
  new RegExp(`RCPT TO:?\\s*<(${ADDRESS})>`, "gi"),
  new RegExp(
    `(?:Your message to|wasn't delivered to|couldn't be delivered to|was not delivered to:?|could not be delivered to|Delivery to)\\s+<?(${ADDRESS})`,
    "gi",
  ),
  new RegExp(`^\\s*(${ADDRESS})\\s*(?:\\(${ADDRESS}\\))?\\s*$`, "gim"),
  new RegExp(`<(${ADDRESS})>\\.{3}\\s`, "g"),
];
const FAILED_BLOCK =
  /(?:Delivery has failed to these recipients or groups:|following address(?:es)?\W{0,3}failed:|could not be delivered to one or more|permanent error|Your message wasn't delivered to|rejected your message to the following|weren't delivered|Undeliverable|Unzustellbar|Non remis|No se puede entregar)/i;

function firstMatch(text: string, regex: RegExp): string | null {
  return regex.exec(text)?.[1] ?? null;
}

/** The reply Outlook quotes after "The server responded:" (or its account summary), without the quotes. */
function serverResponded(text: string): string | null {
  const found = SERVER_RESPONDED.exec(text);
  return found ? (found[2] ?? found[3] ?? null) : null;
}

function diagnosticOf(text: string, format: BounceFormat): string | null {
  const fields: Array<RegExp | ((text: string) => string | null)> = [
    /^Diagnostic-Code:\s*(?:smtp|X-[\w-]+|SMTP)?;?\s*(.+(?:\n[ \t]+.+){0,6})/im,
    /Remote Server (?:at \S+ (?:\([^)]*\) )?)?returned '([^\n]{3,500}?)'?\s*$/im,
    /The response from the remote server was:\s*\n?\s*(.{3,400})/i,
    /\bsaid:\s*((?:.+)(?:\n[ \t]+.+){0,6})/i,
    /Remote host said:\s*(.{3,400})/i,
    /SMTP error from remote (?:mail )?server (?:after|for) [^:\n]{1,80}:\s*\n?\s*(?:host:?\s*\S+ \(?\[?[0-9a-f.:]+\]?\)?:?\s*(?:reason:)?\s*)?(.{3,400})/i,
    /\bhost \S+ \[[0-9a-f.:]+\]:\s*([245]\d\d.{0,400})/i,
    serverResponded,
    /<<<\s*([45]\d\d.{0,400})/,
    /Technical details of (?:permanent|temporary) failure:\s*\n?\s*(.{3,400})/i,
    /^Status:\s*([245]\.\d{1,3}\.\d{1,3}.*)$/im,
  ];
  for (const field of fields) {
    const found = typeof field === "function" ? field(text) : firstMatch(text, field);
    if (found) return tidy(found);
  }
  if (format === "smtp-reply" || format === "unknown") {
    const line = text
      .split("\n")
      .find((candidate) => REPLY_AT_START.test(candidate) || ENHANCED.test(candidate));
    return line ? tidy(line) : null;
  }
  return null;
}

/**
 * Multi-line replies reflowed into running text ("... due to domain's 550-5.7.26 DMARC policy"): the repeated
 * "550-5.7.26" prefixes inside a line are removed, so phrases split by them are found. The reply's first
 * prefix stays; a code counts as repeated once it has appeared with a dash ("550-").
 */
export function unfoldInlineReplies(text: string): string {
  const continued = new Set([...text.matchAll(/(?:^|\s)([2-5]\d\d)-/g)].map((match) => match[1]!));
  if (continued.size === 0) return text;
  const codes = [...continued].join("|");
  const inner = new RegExp(`(\\S[ \\t]+)(?:${codes})[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3}[ \\t]+)?(?=\\S)`, "g");
  return text.replace(inner, "$1");
}

function tidy(text: string): string {
  const flat = text
    .replace(/\n[ \t]+/g, " ")
    .replace(/\s+/g, " ")
    .replace(/\s*\(in reply to [A-Za-z ]+ command\)\s*$/i, "")
    // qmail's own closing words after the quoted reply are not the server's.
    .replace(/\s*I'm not going to try again; this message has been in the queue too long\.?\s*$/i, "")
    .replace(/['"]\s*$/, "")
    .trim();
  const unfolded = unfoldInlineReplies(flat);
  return unfolded.length > 500 ? `${unfolded.slice(0, 499)}…` : unfolded;
}

function replyCodeOf(diagnostic: string | null, text: string): string | null {
  const sources = diagnostic ? [diagnostic, text] : [text];
  for (const source of sources) {
    for (const line of source.split("\n")) {
      const atStart = REPLY_AT_START.exec(line);
      if (atStart) return atStart[1]!;
    }
    const inLine = REPLY_IN_LINE.exec(source.slice(0, 4000));
    if (inLine && source === diagnostic) return inLine[1]!;
  }
  return null;
}

function enhancedCodeOf(diagnostic: string | null, text: string): string | null {
  const fromDiagnostic = diagnostic ? firstMatch(diagnostic, ENHANCED) : null;
  if (fromDiagnostic && fromDiagnostic[0] !== "2") return fromDiagnostic;
  const status = firstMatch(text, /^Status:\s*([245]\.\d{1,3}\.\d{1,3})/im);
  if (status && status[0] !== "2") return status;
  const anywhere = firstMatch(text, /(?:^|[^\w.])#?([45]\.\d{1,3}\.\d{1,3})(?!\.?\d)/);
  return anywhere;
}

function stageOf(text: string): SmtpStage | null {
  const explicit =
    /\(in reply to ([A-Za-z ]+?) command\)|(?:after|for) (RCPT TO|MAIL FROM|DATA|end of data|initial connection|EHLO|HELO|AUTH)\b|did not like our (RCPT TO|MAIL FROM|DATA)|while talking to [^:\n]{1,100}:\s*\n?\s*>>> (\w+)/.exec(
      text,
    );
  const named = explicit ? (explicit[1] ?? explicit[2] ?? explicit[3] ?? explicit[4] ?? "") : "";
  const scope = named !== "" ? named : text;
  if (named !== "") {
    const upper = named.toUpperCase();
    if (upper.includes("END OF DATA")) return "after-data";
    if (upper.startsWith("RCPT")) return "rcpt";
    if (upper.startsWith("MAIL")) return "mail";
    if (upper.startsWith("DATA")) return "after-data";
    if (upper.startsWith("EHLO") || upper.startsWith("HELO")) return "ehlo";
    if (upper.startsWith("AUTH")) return "auth";
    if (upper.includes("CONNECTION")) return "connect";
  }
  for (const [stage, regex] of STAGES) if (regex.test(scope)) return stage;
  return null;
}

function recipientsOf(text: string): string[] {
  const found = new Set<string>();
  const failedAt = text.search(FAILED_BLOCK);
  // The attached original message repeats addresses (From, To, Cc): only its failure part is read.
  const originalAt = text.search(
    /^(?:-{2,}\s*)?(?:Original message headers|Original-Envelope|Below this line is a copy|-{3,} This is a copy of the message|The original message was|Return-Path:|Received: from)/im,
  );
  const scope = originalAt > 0 ? text.slice(0, originalAt) : text;
  for (const regex of RECIPIENT_PATTERNS) {
    regex.lastIndex = 0;
    const bare = regex.source.startsWith("^\\s*(");
    for (const match of scope.matchAll(regex)) {
      if (bare && (failedAt === -1 || match.index < failedAt)) continue;
      found.add(match[1]!.toLowerCase());
      if (found.size >= 20) return [...found];
    }
  }
  return [...found].filter((address) => !/^(?:mailer-daemon|postmaster)@/i.test(address));
}

function remoteMtaOf(text: string): string | null {
  const patterns = [
    /^Remote-MTA:\s*(?:dns;\s*)?\[?([^\s\]]+)/im,
    /\bhost (\S+?)\[[0-9a-f.:]+\] said:/i,
    /\bhost (\S+) \[[0-9a-f.:]+\]/i,
    /Remote Server at (\S+)/i,
    /(?:Receiving server|Remote server|Server at)\s*:?\s+(\S+)/i,
    /while talking to ([^:\s]+?)\.?:/i,
    /Connected to ([0-9a-f.:]+) but/i,
    /host:\s*(\S+) \(/i,
    /The recipient server did not accept[\s\S]{0,200}?\[(\S+) [0-9a-f.:]+/i,
  ];
  for (const regex of patterns) {
    const found = firstMatch(text, regex);
    if (found) return found.replace(/[.,;:]+$/, "");
  }
  return null;
}

function formatOf(text: string): BounceFormat {
  if (OUTLOOK_DIALOG.test(text) && !/Remote Server returned|Diagnostic-Code:/i.test(text))
    return "outlook-dialog";
  for (const [format, regex] of FORMATS) if (regex.test(text)) return format;
  if (text.split("\n", 20).some((line) => REPLY_AT_START.test(line) || ENHANCED.test(line)))
    return "smtp-reply";
  return "unknown";
}

function answeredByOf(
  format: BounceFormat,
  text: string,
  diagnostic: string | null,
  remoteMta: string | null,
): AnsweredBy {
  if (format === "outlook-dialog") return "submission-server";
  if (SUBMISSION_ONLY.test(diagnostic ?? text)) return "submission-server";
  if (remoteMta !== null && SENDING_SERVICE.test(remoteMta)) return "submission-server";
  if (REMOTE_SIGNS.test(text)) return "recipient-server";
  if (["gmail", "postfix", "exim", "qmail", "sendmail", "domino"].includes(format)) return "recipient-server";
  return "unknown";
}

/** A pasted text as plain text: MIME parts decoded, HTML reduced to text, control bytes blanked. */
export function bounceText(raw: string): string {
  return mimeToText(raw);
}

/** Reads an already decoded text (see bounceText). */
export function parseBounceText(text: string): ParsedBounce {
  const format = formatOf(text);
  const diagnostic = diagnosticOf(text, format);
  const remoteMta = remoteMtaOf(text);
  return {
    format,
    replyCode: replyCodeOf(diagnostic, text),
    enhancedCode: enhancedCodeOf(diagnostic, text),
    stage: stageOf(text),
    answeredBy: answeredByOf(format, text, diagnostic, remoteMta),
    recipients: recipientsOf(text),
    remoteMta,
    diagnostic,
  };
}

/** Parses a whole NDR, .eml, delivery-status part, Outlook dialog or SMTP reply. */
export function parseBounce(text: string): ParsedBounce {
  return parseBounceText(bounceText(text));
}
