// Explains a bounce the way a user has it in hand: a whole NDR, an .eml, an Outlook dialog (English, German,
// French, Spanish) or one reply line. The parser (bounceParser.ts) says what was said, by whom and at which
// step; the catalogue (errorCatalogue.ts) says why and who must act. A recipient's server never gets an
// explanation that sends the user to Outlook's port, encryption or password settings. Pure core: the pane
// loads this module (and with it the catalogue) on demand. Rules: docs/errors.md.
import { actorOf, type BounceActor, type BounceReason } from "./bounceReasons.js";
import { bounceText, parseBounceText, unfoldInlineReplies, type ParsedBounce } from "./bounceParser.js";
import { entryTexts, loadEntryTexts } from "./catalogue/entryTexts.js";
import { ERROR_CATALOGUE, type ErrorEntry } from "./errorCatalogue.js";
import { InputError } from "./errors.js";
import {
  boundInput,
  explainError,
  scanCatalogue,
  type CatalogueMatch,
  type ExplainReport,
} from "./explainError.js";
import { DATED_FACT_VALUES } from "./datedFacts.js";
import { fillText, localize, text, type Lang, type Text } from "./language.js";

export interface BounceExplanation {
  reason: BounceReason;
  actor: BounceActor;
  /** The catalogue entry's code or id (5.1.10, 0x800CCC0E, blocklisted). */
  code: string;
  title: string;
  cause: string;
  /** Ordered: the most likely fix first. */
  fix: string[];
  /** Evidence found in the text, as it appears there. */
  matched: string[];
  /** True for a generic explanation (a bare reply code or an RFC 3463 class), not a specific cause. */
  generic: boolean;
}

export interface BounceReport {
  parsed: ParsedBounce;
  /** Ranked, best first; empty when nothing was recognised. */
  explanations: BounceExplanation[];
  recognised: boolean;
  /** The input was cut to MAX_EXPLAIN_CHARS after decoding. */
  truncated: boolean;
}

export interface ExplainBounceOptions {
  /** The language of titles, causes and fixes (German needs loadLanguage("de") first). */
  lang?: Lang;
}

/** Longest raw paste read at all (an .eml with attachments); beyond it the caller must refuse. */
export const MAX_BOUNCE_BYTES = 1024 * 1024;

export const EMPTY_BOUNCE = text(
  "explain.input.empty",
  "Paste an error message, an Outlook error or the whole bounce to explain.",
);
export const BINARY_BOUNCE = text(
  "explain.input.binary",
  "That looks like binary data, not a message. Open the bounce in Outlook and copy its text, or save it as an .eml file.",
);
export const MAILBOX_BOUNCE = text(
  "explain.input.mailbox",
  "That looks like a whole mailbox file ({count} messages). Paste or save just the one bounce.",
);
export const NOTHING_RECOGNISED = text(
  "explain.nothingRecognised",
  "No known bounce, SMTP reply or Outlook error found in that text. Paste the whole bounce (with lines such as '550 5.1.1 ...' or 'Remote Server returned ...'), or the Outlook error with its code (such as 0x800CCC0E).",
);

// Explanations that point at Outlook's own connection or sign-in settings: wrong for a recipient's server.
const CLIENT_SETTINGS: ReadonlySet<BounceReason> = new Set<BounceReason>([
  "connection-settings",
  "auth-failed",
  "auth-required",
  "auth-method-disabled",
  "tls-required",
  "send-as-denied",
]);
// Lines of the attached original message and of authentication headers are not the failure.
const QUOTED_HEADER =
  /^\s*(?:Subject|Received|Message-ID|In-Reply-To|References|DKIM-Signature|Authentication-Results|ARC-[\w-]+|Received-SPF|X-[\w-]+|Thread-[\w-]+|Content-[\w-]+|List-[\w-]+|Betreff|Objet|Asunto|Sujet)\s*:/i;
const DIAGNOSTIC_BONUS = 25;
const OUTLOOK_CODE_DEMOTION = 60;
const WORDS_OVER_CODES = 30;
const BROAD_CODE = /^[45]\.\d\.\d$/;
// A provider's own cause code, looked up in its postmaster table: Cox and Spectrum's AUP#, Orange and La Poste's
// _nnn, Yahoo's [TSnn], Outlook.com's SC-/CS-/DY-/OU- codes. It names the cause whatever stock words surround it.
const PROVIDER_CODE = /AUP#|\b(?:LPN|OFR)\w*_\d{3}\b|\[TSS?\d\d\]|\b(?:SC|CS|DY|OU)-00\d\b/;
const SIGN_IN_DEMAND = ERROR_CATALOGUE.findIndex((entry) => entry.code === "recipient-demands-sign-in");
const SENDER_REJECTED = ERROR_CATALOGUE.findIndex((entry) => entry.code === "sender-rejected");
const EXPIRED = ERROR_CATALOGUE.findIndex((entry) => entry.code === "4.4.7");
const UNREACHABLE = ERROR_CATALOGUE.findIndex((entry) => entry.code === "recipient-unreachable");
// "Connection timed out" / "Connection refused" are what mail servers write about the next server they tried;
// only with a sign of the user's own client (an errno name, a submission port, Outlook, a mail client's "outgoing
// server") are they the client's connection settings.
const NETWORK_ERRORS: ReadonlySet<string> = new Set(["timed out", "Connection refused"]);
const CLIENT_SIDE =
  /\b(?:ECONNREFUSED|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ESOCKET|ECONNECTION)\b|actively refused|Socket Err|\bOutlook\b(?![.-])|outgoing (?:mail )?server|outgoing \(SMTP\)|:(?:587|465)\b|\bport (?:587|465|25)\b/i;
// The message itself is sent only after DATA: a refusal the report ties to MAIL FROM, RCPT TO, EHLO or the
// connection is not about its content, whatever words the server used ("Recipient address rejected: Policy
// violation"). Only an explicit step counts (a "HELO=" in a log line is no step).
const ENVELOPE_REFUSAL =
  /\(in reply to (?:RCPT TO|MAIL FROM|EHLO|HELO) command\)|did not like our (?:RCPT TO|MAIL FROM)|\bafter (?:RCPT TO|MAIL FROM|initial connection|EHLO|HELO)\b/;
const CONTENT: ReadonlySet<BounceReason> = new Set<BounceReason>(["content-rejected", "virus"]);
// Steps before the message: the pattern naming the step, the enhanced class it needs (if any), the entry it means.
const EARLY_REFUSALS: ReadonlyArray<[RegExp, string | undefined, string]> = [
  [/\bafter initial connection\b|\brefused to talk to me\b/, undefined, "blocklisted"],
  [/\bafter (?:EHLO|HELO)\b|\(in reply to (?:EHLO|HELO) command\)/, undefined, "no-reverse-dns"],
  [
    /\bafter MAIL FROM\b|\(in reply to MAIL FROM command\)|did not like our MAIL FROM/,
    "5.7.",
    "sender-rejected",
  ],
];
// The sending server's own words for giving up after retrying (qmail, Exim, Postfix).
const GAVE_UP =
  /I'm not going to try again|in the queue too long|retry time(?:out)? exceeded|all hosts have been failing|^Action:\s*failed/im;
const TEMPORARY: ReadonlySet<BounceReason> = new Set<BounceReason>([
  "temporary-failure",
  "rate-limited",
  "greylisted",
]);
const RECIPIENT_ADDRESS: ReadonlySet<BounceReason> = new Set<BounceReason>([
  "unknown-recipient",
  "recipient-domain-unknown",
  "recipient-domain-no-mail",
]);

/** True when an Outlook dialog quotes a server reply that an entry other than an Outlook code explains. */
function quotesServerReply(matches: CatalogueMatch[], parsed: ParsedBounce): boolean {
  if (parsed.format !== "outlook-dialog" || !parsed.diagnostic) return false;
  const diagnostic = parsed.diagnostic.toLowerCase();
  return matches.some(
    (match) =>
      ERROR_CATALOGUE[match.entry]!.kind !== "outlook" &&
      ERROR_CATALOGUE[match.entry]!.kind !== "class" &&
      match.hits.some((hit) => !CODE_HIT.test(hit.text) && diagnostic.includes(hit.text.toLowerCase())),
  );
}

function entryText(entry: ErrorEntry, key: string, english: string): Text {
  return text(`explain.${entry.id ?? entry.code}.${key}`, english);
}

/** An entry's text in `lang`, with dated facts ({m365BasicAuthOff}) filled in from their one table. */
function entryString(entry: ErrorEntry, key: string, english: string, lang: Lang): string {
  return fillText(localize(entryText(entry, key, english), lang), DATED_FACT_VALUES, lang);
}

function isGeneric(entry: ErrorEntry): boolean {
  return entry.kind === "class" || entry.kind === "reply";
}

function isBinary(raw: string): boolean {
  const sample = raw.slice(0, 4096);
  // eslint-disable-next-line no-control-regex -- counting control bytes is the point
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && control / sample.length > 0.1;
}

function mailboxCount(raw: string): number {
  return raw.match(/^From \S+ +\w{3} \w{3} +\d{1,2} [\d:]{8} \d{4}/gm)?.length ?? 0;
}

function rescore(match: CatalogueMatch, entry: ErrorEntry, parsed: ParsedBounce): number | null {
  if (parsed.answeredBy === "recipient-server" && CLIENT_SETTINGS.has(entry.reason)) return null;
  // A bare status code ("Status: 5.3.0") is not the server's words.
  const diagnostic = /^[245]\.\d{1,3}\.\d{1,3}$/.test(parsed.diagnostic ?? "")
    ? undefined
    : parsed.diagnostic?.toLowerCase();
  // An Outlook code is never part of the server's reply, even when the dialog quotes that reply.
  const inDiagnostic =
    diagnostic !== undefined &&
    entry.kind !== "outlook" &&
    match.hits.some((hit) => diagnostic.includes(hit.text.toLowerCase()));
  return match.score + (inDiagnostic ? DIAGNOSTIC_BONUS : 0);
}

// Sendmail's own one-line summary after a transcript ("550 5.1.1 <ann@example.org>... User unknown") is its
// guess; the server's words are the "<<<" lines above it.
const SENDMAIL_SUMMARY = /^\s*[45]\d\d [45]\.\d{1,3}\.\d{1,3} <[^>\s]*>\.\.\. /;
// Amazon SES heads the server's quoted reply with a status and RFC 3463's name for its class ("5.1.0 - Unknown
// address error 550-'...'"): a label, not the server's words, so it is blanked (same length: offsets stay).
const STATUS_LABEL = /^(\s*)[245]\.\d{1,3}\.\d{1,3} - [A-Za-z ]{1,60}?(?= [245]\d\d-')/gm;

/**
 * The text the catalogue is matched against: quoted header lines (and their folded continuations) blanked,
 * since they are not the failure and an NDR's copy of the original headers is most of its length; sendmail's
 * summary lines blanked when the server's own reply is there; one-line pastes of multi-line replies unfolded.
 * Line numbers stay as they were.
 */
function scanText(input: string, parsed: ParsedBounce): string {
  const transcript = parsed.format === "sendmail" && input.includes("<<<");
  let inHeader = false;
  const blanked = input
    .split("\n")
    .map((line) => {
      if (QUOTED_HEADER.test(line)) inHeader = true;
      else if (!(inHeader && /^[ \t]+\S/.test(line))) inHeader = false;
      if (inHeader || (transcript && SENDMAIL_SUMMARY.test(line))) return "";
      return line;
    })
    .join("\n");
  return unfoldInlineReplies(blanked.replace(STATUS_LABEL, (label) => " ".repeat(label.length)));
}

const CODE_HIT = /^(?:#?[245]\.\d{1,3}\.\d{1,3}|#?[245]\d\d|(?:0x)?[0-9a-f]{8})$/i;

/** Offset of the first hit that is words rather than a code. */
function wordsAt(match: CatalogueMatch): number {
  return match.hits.find((hit) => !CODE_HIT.test(hit.text))?.pos ?? Number.MAX_SAFE_INTEGER;
}

// Advice about Outlook's own connection and sign-in settings (in the entries' English).
const CLIENT_ADVICE = /\bport\b|encryption|password|\bSSL\b|STARTTLS|requires authentication/i;
const LEAVE_SETTINGS = text(
  "explain.leaveSettings",
  "A recipient's server wrote this: nothing in Outlook's account settings causes it, so leave them as they are.",
);

/** The entry's fix steps in `lang`; for a recipient's server, none that send the user to Outlook's settings. */
function fixSteps(entry: ErrorEntry, parsed: ParsedBounce, lang: Lang): string[] {
  const steps = entryTexts(entry).fix.map((step, index) => ({
    english: step,
    text: entryString(entry, `fix.${index + 1}`, step, lang),
  }));
  if (parsed.answeredBy !== "recipient-server") return steps.map((step) => step.text);
  const kept = steps.filter((step) => !CLIENT_ADVICE.test(step.english)).map((step) => step.text);
  return kept.length === steps.length ? kept : [...kept, localize(LEAVE_SETTINGS, lang)];
}

/** What explainBounce found before any text is looked up: the parse and the ranked catalogue matches. */
interface RankedBounce {
  parsed: ParsedBounce;
  ranked: CatalogueMatch[];
  truncated: boolean;
}

function rankBounce(raw: string, lang: Lang): RankedBounce {
  if (typeof raw !== "string" || raw.trim() === "") throw new InputError(localize(EMPTY_BOUNCE, lang));
  if (isBinary(raw)) throw new InputError(localize(BINARY_BOUNCE, lang));
  const messages = mailboxCount(raw);
  if (messages > 1) {
    throw new InputError(localize(MAILBOX_BOUNCE, lang).replace("{count}", String(messages)));
  }
  // Bound the decoding work too: a pasted .eml may carry megabytes of attachments after the report.
  const decoded = bounceText(raw.length > MAX_BOUNCE_BYTES ? raw.slice(0, MAX_BOUNCE_BYTES) : raw);
  const { input, truncated } = boundInput(decoded);
  const parsed = parseBounceText(input);
  const scan = scanCatalogue(scanText(input, parsed));

  const ranked: Array<{ match: CatalogueMatch; score: number }> = [];
  const quotesServer = quotesServerReply(scan.matches, parsed);
  const gaveUp = parsed.enhancedCode?.startsWith("4.") === true && GAVE_UP.test(input);
  const clientSide = parsed.format === "outlook-dialog" || CLIENT_SIDE.test(input);
  const envelopeRefusal = parsed.stage !== "after-data" && ENVELOPE_REFUSAL.test(input);
  const writtenByServer =
    parsed.answeredBy === "recipient-server" || (parsed.answeredBy === "unknown" && !clientSide);
  for (const match of scan.matches) {
    let entry = ERROR_CATALOGUE[match.entry]!;
    // A bare network error written by a mail server is about the recipient's server, not Outlook's settings.
    if (NETWORK_ERRORS.has(entry.code) && writtenByServer) {
      match.entry = UNREACHABLE;
      entry = ERROR_CATALOGUE[UNREACHABLE]!;
    }
    let score = rescore(match, entry, parsed);
    // A recipient's server asking for sign-in or encryption is their configuration, not Outlook's settings.
    if (score === null && CLIENT_SETTINGS.has(entry.reason) && parsed.answeredBy === "recipient-server") {
      match.entry = SIGN_IN_DEMAND;
      entry = ERROR_CATALOGUE[SIGN_IN_DEMAND]!;
      score = match.score - 10;
    }
    // RFC 3464: "Action: failed" with a 4.x.x status means the retries ran out; it is no longer temporary.
    if (score !== null && gaveUp && TEMPORARY.has(entry.reason)) {
      match.entry = EXPIRED;
      entry = ERROR_CATALOGUE[EXPIRED]!;
    }
    // Refused at MAIL FROM, an unknown address or domain is the sender's, not a recipient's.
    if (score !== null && parsed.stage === "mail" && RECIPIENT_ADDRESS.has(entry.reason)) {
      match.entry = SENDER_REJECTED;
      entry = ERROR_CATALOGUE[SENDER_REJECTED]!;
      score -= 5;
    }
    // Refused at EHLO/HELO, the name at stake is the sending server's, never a recipient's address or domain.
    if (score !== null && parsed.stage === "ehlo" && RECIPIENT_ADDRESS.has(entry.reason)) score = null;
    // Words about content at an envelope step; the entry's own code (5.6.0) is the server's verdict and stays.
    if (score !== null && envelopeRefusal && CONTENT.has(entry.reason) && !isGeneric(entry)) {
      const ownCodes = [entry.code, ...(entry.also ?? [])];
      if (!match.hits.some((hit) => ownCodes.includes(hit.text.replace(/^#/, "")))) score = null;
    }
    // An Outlook dialog that quotes the server's reply: the reply says why, the dialog's code only where.
    if (score !== null && quotesServer && entry.kind === "outlook") score -= OUTLOOK_CODE_DEMOTION;
    if (score !== null && !ranked.some((kept) => kept.match.entry === match.entry))
      ranked.push({ match, score });
  }
  // On a tie, the entry whose own words come first in the server's text wins (codes are shared).
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      wordsAt(a.match) - wordsAt(b.match) ||
      a.match.hits[0]!.pos - b.match.hits[0]!.pos ||
      a.match.entry - b.match.entry,
  );
  // A provider's postmaster code names the cause: the entry holding it goes first.
  const coded = ranked.findIndex(({ match }) => match.hits.some((hit) => PROVIDER_CODE.test(hit.text)));
  if (coded > 0) ranked.unshift(...ranked.splice(coded, 1));
  // One of RFC 3463's broad codes alone ("550 5.1.1", no words of its entry) against the server's own words for
  // another cause on the same line ("has sent to too many recipients this hour"): some servers put a stock code on
  // every refusal, so the words win. Detailed codes (5.2.252, 4.7.27) name one cause and keep their place.
  const top = ranked[0];
  const topEntry = top && ERROR_CATALOGUE[top.match.entry]!;
  if (top && topEntry && BROAD_CODE.test(topEntry.code) && wordsAt(top.match) === Number.MAX_SAFE_INTEGER) {
    const worded = ranked.findIndex(
      (other) =>
        other.match.line === top.match.line &&
        !isGeneric(ERROR_CATALOGUE[other.match.entry]!) &&
        wordsAt(other.match) !== Number.MAX_SAFE_INTEGER &&
        other.score >= top.score - WORDS_OVER_CODES,
    );
    if (worded > 0) ranked.unshift(...ranked.splice(worded, 1));
  }
  // A permanent refusal with no cause given, tied to an early step, still says what was refused: at the connection
  // the sending server's IP address, at EHLO/HELO the name it gave, at MAIL FROM with RFC 3463's security class
  // (5.7.x) the sender. The generic explanation stays next in line.
  const first = ranked[0];
  if (first && isGeneric(ERROR_CATALOGUE[first.match.entry]!) && parsed.replyCode?.startsWith("5")) {
    const refused = EARLY_REFUSALS.find(
      ([pattern, enhanced]) =>
        pattern.test(input) && (enhanced === undefined || parsed.enhancedCode?.startsWith(enhanced) === true),
    );
    const entry = refused === undefined ? -1 : ERROR_CATALOGUE.findIndex((e) => e.code === refused[2]);
    if (entry >= 0) {
      const present = ranked.findIndex(({ match }) => match.entry === entry);
      if (present > 0) ranked.unshift(...ranked.splice(present, 1));
      else if (present < 0) ranked.unshift({ match: { ...first.match, entry }, score: first.score });
    }
  }

  return { parsed, ranked: ranked.map(({ match }) => match), truncated };
}

/** The ranked matches with their texts; the texts of every match must be registered (entryTexts.ts). */
function describeBounce({ parsed, ranked, truncated }: RankedBounce, lang: Lang): BounceReport {
  const explanations = ranked.map((match): BounceExplanation => {
    const entry = ERROR_CATALOGUE[match.entry]!;
    const texts = entryTexts(entry);
    return {
      reason: entry.reason,
      actor: actorOf(entry.reason),
      code: entry.code,
      title: entryString(entry, "title", texts.title, lang),
      cause: entryString(entry, "cause", texts.cause, lang),
      fix: fixSteps(entry, parsed, lang),
      matched: [...new Set(match.hits.map((hit) => hit.text))],
      generic: isGeneric(entry),
    };
  });
  return { parsed, explanations, recognised: explanations.length > 0, truncated };
}

/**
 * Parses and explains a pasted bounce, NDR, .eml, Outlook dialog or SMTP reply. Throws InputError for empty
 * text, binary data and whole mailbox files; text with nothing recognised gives `recognised: false`. Needs the
 * texts of every entry registered, as they are in Node; the pane uses explainBounceLoadingTexts.
 */
export function explainBounce(raw: string, options: ExplainBounceOptions = {}): BounceReport {
  const lang = options.lang ?? "en";
  return describeBounce(rankBounce(raw, lang), lang);
}

export interface LoadingTextsOptions extends ExplainBounceOptions {
  /** Explain only the best `shown` matches (the view shows no more); all when absent. */
  shown?: number;
}

/**
 * explainBounce for the pane: matches first, then loads the text groups of the matches it returns (one small
 * chunk per reason), then explains them exactly as explainBounce does. Bad input rejects with the same InputError.
 */
export async function explainBounceLoadingTexts(
  raw: string,
  options: LoadingTextsOptions = {},
): Promise<BounceReport> {
  const lang = options.lang ?? "en";
  const ranking = rankBounce(raw, lang);
  const ranked = options.shown === undefined ? ranking.ranked : ranking.ranked.slice(0, options.shown);
  await loadEntryTexts(ranked.map((match) => ERROR_CATALOGUE[match.entry]!.reason));
  return describeBounce({ ...ranking, ranked }, lang);
}

/** The reasons whose text groups explainBounceLoadingTexts loads for `raw` (for the bench and tests). */
export function textGroupsFor(raw: string, options: LoadingTextsOptions = {}): BounceReason[] {
  const { ranked } = rankBounce(raw, options.lang ?? "en");
  const shown = options.shown === undefined ? ranked : ranked.slice(0, options.shown);
  return [...new Set(shown.map((match) => ERROR_CATALOGUE[match.entry]!.reason))];
}

/**
 * What the CLI's --json and /api/explain return: explainError's report (input, matches, truncated: unchanged
 * for existing callers) with the parsed bounce and the ranked explanations beside it.
 */
export interface ExplainBounceReport extends ExplainReport, BounceReport {}

export function explainBounceReport(raw: string, options: ExplainBounceOptions = {}): ExplainBounceReport {
  const bounce = explainBounce(raw, options);
  const decoded = bounceText(raw.length > MAX_BOUNCE_BYTES ? raw.slice(0, MAX_BOUNCE_BYTES) : raw);
  const classic = explainError(decoded.trim() === "" ? raw : decoded);
  return { ...classic, ...bounce, truncated: bounce.truncated || classic.truncated };
}

const ACTOR_LABELS: Record<BounceActor, Text> = {
  you: text("explain.actor.you", "You (your settings, sign-in, limits or message)"),
  recipient: text("explain.actor.recipient", "The recipient's side"),
  "domain-admin": text("explain.actor.domainAdmin", "Your domain's administrator"),
  "nobody-yet": text("explain.actor.nobodyYet", "Nobody yet: it is temporary and retried"),
};

/** Who must act, in words. */
export function actorLabel(actor: BounceActor, lang: Lang = "en"): string {
  return localize(ACTOR_LABELS[actor], lang);
}
