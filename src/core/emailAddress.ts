// Turns whatever people paste into one normalised mailbox address, or says in
// one line why it is not one. Limits follow RFC 5321 (local part 64 octets,
// domain 253, label 63) and the dot-atom form of RFC 5322; domains may be
// internationalised (RFC 5890/5891: Unicode labels become "xn--" A-labels).
import { InputError } from "./errors.js";
import { text } from "./language.js";
import { phraseOf, type PhraseValue } from "./phrase.js";
import { labelToAscii, labelToUnicode } from "./punycode.js";

export interface ParsedAddress {
  /** Local part as typed, "@", ASCII (A-label) lowercase domain. */
  address: string;
  /** As typed: providers decide whether case matters. */
  localPart: string;
  /** ASCII lowercase; internationalised labels as "xn--" A-labels. */
  domain: string;
  /** The same domain with Unicode labels (equal to domain when it is plain ASCII). */
  unicodeDomain: string;
  /** Local part without a "+tag" (RFC 5233 subaddress); equal to localPart when there is none. */
  baseLocalPart: string;
}

export interface ParsedDomain {
  domain: string;
  unicodeDomain: string;
}

const MAX_LOCAL_OCTETS = 64;
const MAX_DOMAIN_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

// Invisible characters that ride along with copy-paste from web pages and chat apps.
const EDGE_JUNK = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]+|[\s\u00a0\u200b-\u200d\u2060\ufeff]+$/g;
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// RFC 5322 atext, plus non-ASCII letters, marks and digits for RFC 6531 addresses.
const LOCAL_ALLOWED = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-.\p{L}\p{M}\p{N}]+$/u;
// Its ASCII part alone: most addresses pass this, and the browser then never compiles the Unicode
// classes above (about a millisecond on the pane's way to its first paint).
const LOCAL_ALLOWED_ASCII = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-.]+$/;
// eslint-disable-next-line no-control-regex -- ASCII test
const ASCII = /^[\x00-\x7f]*$/;
const LOCAL_DISALLOWED_CHAR = /[^A-Za-z0-9!#$%&'*+/=?^_`{|}~\-.\p{L}\p{M}\p{N}]/u;
const ASCII_LABEL = /^[a-z0-9-]+$/;
const UNICODE_LABEL = /^[\p{L}\p{M}\p{N}-]+$/u;
// IDNA treats these as label separators too (ideographic and fullwidth full stops).
const DOT_VARIANTS = /[\u3002\uff0e\uff61]/g;

// Every message the pane's address form can show, with German in src/core/i18n/de/errors.ts.
// What was typed is a value ({input}, {domain}, {label}), quoted as it is, never translated.
const ADDRESS_TEXTS = {
  brokenMailto: text("error.address.brokenMailto", "{input} is not a valid mailto: link (broken %-escape)."),
  severalMailto: text(
    "error.address.severalMailto",
    "The mailto: link has several addresses: give one address.",
  ),
  unbalancedBrackets: text(
    "error.address.unbalancedBrackets",
    '{input} has unbalanced angle brackets: use "Name <address>" or just the address.',
  ),
  emptyDomain: text("error.address.emptyDomain", "The domain (the part after the @) is empty."),
  ipLiteralDomain: text(
    "error.address.ipLiteralDomain",
    "IP-address domains like {domain} are not supported: use the domain name of the mailbox (ann@example.com).",
  ),
  domainDotEdge: text("error.address.domainDotEdge", "The domain {domain} starts or ends with a dot."),
  domainDoubleDot: text("error.address.domainDoubleDot", "The domain {domain} has two dots in a row."),
  domainNoDot: text(
    "error.address.domainNoDot",
    "The domain {domain} has no dot: mail domains look like example.com (addresses such as ann@localhost cannot be reached from the internet).",
  ),
  labelTooLong: text(
    "error.address.labelTooLong",
    "The domain label {label} is {length} characters long; the limit is {max}.",
  ),
  labelHyphenEdge: text(
    "error.address.labelHyphenEdge",
    "The domain label {label} starts or ends with a hyphen.",
  ),
  domainTooLong: text(
    "error.address.domainTooLong",
    "The domain is {length} characters long; the limit is {max}.",
  ),
  numericDomain: text(
    "error.address.numericDomain",
    "{domain} looks like an IP address: IP-address domains are not supported, use the mailbox's domain name.",
  ),
  domainBadChar: text(
    "error.address.domainBadChar",
    "The domain {domain} contains {char}, which is not allowed in domain names.",
  ),
  labelNotConvertible: text(
    "error.address.labelNotConvertible",
    "The domain label {label} cannot be converted to an internationalised (xn--) label.",
  ),
  labelBadPunycode: text(
    "error.address.labelBadPunycode",
    "The domain label {label} is not valid Punycode (xn--...).",
  ),
  labelBadDecoded: text(
    "error.address.labelBadDecoded",
    "The domain label {label} decodes to characters that are not allowed in domain names.",
  ),
  emptyLocal: text("error.address.emptyLocal", "{input} has nothing before the @."),
  quotedLocal: text(
    "error.address.quotedLocal",
    'Quoted local parts ("...") are not supported: mail providers only accept plain addresses.',
  ),
  localTooLong: text(
    "error.address.localTooLong",
    "The part before the @ is {octets} bytes long; the limit is {max} (RFC 5321).",
  ),
  localBadChar: text(
    "error.address.localBadChar",
    "The part before the @ contains {char}, which is not allowed in an address.",
  ),
  localDotEdge: text("error.address.localDotEdge", "The part before the @ starts or ends with a dot."),
  localDoubleDot: text("error.address.localDoubleDot", "The part before the @ has two dots in a row."),
  empty: text("error.address.empty", "Enter an email address."),
  control: text(
    "error.address.control",
    "The address contains a line break or control character: enter it on one line.",
  ),
  noAt: text("error.address.noAt", "{input} is not an email address: it has no @."),
  severalAt: text("error.address.severalAt", "{input} has more than one @: enter a single address."),
  emptyDomainAfterAt: text("error.address.nothingAfterAt", "{input} has nothing after the @."),
  space: text("error.address.space", "a space"),
};

function quoted(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

function describeChar(char: string): PhraseValue {
  if (char === " ") return phraseOf(ADDRESS_TEXTS.space);
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return code < 0x20 || code === 0x7f ? hex : `"${char}" (${hex})`;
}

function unwrap(input: string): string {
  let text = input.replace(EDGE_JUNK, "");
  // mailto: links (RFC 6068): drop the scheme and any ?subject=... part, then undo %-escapes.
  if (/^mailto:/i.test(text)) {
    text = text.slice("mailto:".length).split("?")[0] ?? "";
    try {
      text = decodeURIComponent(text);
    } catch {
      throw new InputError(phraseOf(ADDRESS_TEXTS.brokenMailto, { input: quoted(input.trim()) }));
    }
    if (text.includes(",")) throw new InputError(phraseOf(ADDRESS_TEXTS.severalMailto));
  }
  // "Ann Example <ann@example.com>" (RFC 5322 name-addr): keep what is inside the brackets.
  if (text.includes("<") || text.includes(">")) {
    const match = /<([^<>]*)>\s*$/.exec(text);
    if (!match || (text.match(/</g) ?? []).length !== 1) {
      throw new InputError(phraseOf(ADDRESS_TEXTS.unbalancedBrackets, { input: quoted(text) }));
    }
    text = match[1] ?? "";
  }
  return text.replace(EDGE_JUNK, "");
}

/** Validates and converts a mail domain (no IP literals, at least two labels). */
export function parseMailDomain(input: string): ParsedDomain {
  // ASCII is its own NFC form, and has no dot variants.
  let text = ASCII.test(input)
    ? input.toLowerCase()
    : input.normalize("NFC").toLowerCase().replace(DOT_VARIANTS, ".");
  if (text === "") throw new InputError(phraseOf(ADDRESS_TEXTS.emptyDomain));
  if (text.startsWith("[") || text.endsWith("]")) {
    throw new InputError(phraseOf(ADDRESS_TEXTS.ipLiteralDomain, { domain: text }));
  }
  // One trailing dot is the DNS root ("example.com."): harmless, drop it.
  if (text.endsWith(".") && !text.endsWith("..")) text = text.slice(0, -1);
  if (text.startsWith(".") || text.endsWith("."))
    throw new InputError(phraseOf(ADDRESS_TEXTS.domainDotEdge, { domain: quoted(text) }));
  if (text.includes(".."))
    throw new InputError(phraseOf(ADDRESS_TEXTS.domainDoubleDot, { domain: quoted(text) }));

  const unicodeLabels = text.split(".");
  if (unicodeLabels.length < 2) {
    throw new InputError(phraseOf(ADDRESS_TEXTS.domainNoDot, { domain: quoted(text) }));
  }
  const asciiLabels: string[] = [];
  const displayLabels: string[] = [];
  for (const label of unicodeLabels) {
    const ascii = toAsciiLabel(label, text);
    if (ascii.length > MAX_LABEL_LENGTH) {
      throw new InputError(
        phraseOf(ADDRESS_TEXTS.labelTooLong, {
          label: quoted(label),
          length: ascii.length,
          max: MAX_LABEL_LENGTH,
        }),
      );
    }
    if (ascii.startsWith("-") || ascii.endsWith("-")) {
      throw new InputError(phraseOf(ADDRESS_TEXTS.labelHyphenEdge, { label: quoted(label) }));
    }
    asciiLabels.push(ascii);
    displayLabels.push(toUnicodeLabel(ascii));
  }
  const domain = asciiLabels.join(".");
  if (domain.length > MAX_DOMAIN_LENGTH) {
    throw new InputError(
      phraseOf(ADDRESS_TEXTS.domainTooLong, { length: domain.length, max: MAX_DOMAIN_LENGTH }),
    );
  }
  if (/^[0-9]+$/.test(asciiLabels[asciiLabels.length - 1] ?? "")) {
    throw new InputError(phraseOf(ADDRESS_TEXTS.numericDomain, { domain: quoted(text) }));
  }
  return { domain, unicodeDomain: displayLabels.join(".") };
}

function toAsciiLabel(label: string, domain: string): string {
  if (ASCII.test(label)) {
    if (!ASCII_LABEL.test(label)) {
      const bad = /[^a-z0-9-]/.exec(label)?.[0] ?? label;
      throw new InputError(
        phraseOf(ADDRESS_TEXTS.domainBadChar, { domain: quoted(domain), char: describeChar(bad) }),
      );
    }
    return label;
  }
  if (!UNICODE_LABEL.test(label)) {
    const bad = /[^\p{L}\p{M}\p{N}-]/u.exec(label)?.[0] ?? label;
    throw new InputError(
      phraseOf(ADDRESS_TEXTS.domainBadChar, { domain: quoted(domain), char: describeChar(bad) }),
    );
  }
  try {
    return labelToAscii(label);
  } catch {
    throw new InputError(phraseOf(ADDRESS_TEXTS.labelNotConvertible, { label: quoted(label) }));
  }
}

function toUnicodeLabel(ascii: string): string {
  let unicode: string;
  try {
    unicode = labelToUnicode(ascii);
  } catch {
    throw new InputError(phraseOf(ADDRESS_TEXTS.labelBadPunycode, { label: quoted(ascii) }));
  }
  // A well-formed A-label can still hide characters no domain may contain (RFC 5891 section 5.4).
  if (unicode !== ascii && !UNICODE_LABEL.test(unicode)) {
    throw new InputError(phraseOf(ADDRESS_TEXTS.labelBadDecoded, { label: quoted(ascii) }));
  }
  return unicode;
}

function checkLocalPart(local: string, shown: string): void {
  if (local === "") throw new InputError(phraseOf(ADDRESS_TEXTS.emptyLocal, { input: quoted(shown) }));
  if (local.startsWith('"')) throw new InputError(phraseOf(ADDRESS_TEXTS.quotedLocal));
  // UTF-8 needs at most 3 bytes per UTF-16 unit, so short local parts cannot be too long: skip
  // encoding them (the pane resolves on every keystroke; encoding was a quarter of the parse time).
  if (local.length * 3 > MAX_LOCAL_OCTETS) {
    const octets = new TextEncoder().encode(local).length;
    if (octets > MAX_LOCAL_OCTETS) {
      throw new InputError(phraseOf(ADDRESS_TEXTS.localTooLong, { octets, max: MAX_LOCAL_OCTETS }));
    }
  }
  if (!LOCAL_ALLOWED_ASCII.test(local) && !LOCAL_ALLOWED.test(local)) {
    const bad = LOCAL_DISALLOWED_CHAR.exec(local)?.[0] ?? local;
    throw new InputError(phraseOf(ADDRESS_TEXTS.localBadChar, { char: describeChar(bad) }));
  }
  if (local.startsWith(".") || local.endsWith("."))
    throw new InputError(phraseOf(ADDRESS_TEXTS.localDotEdge));
  if (local.includes("..")) throw new InputError(phraseOf(ADDRESS_TEXTS.localDoubleDot));
}

/**
 * Parses one mailbox address. Accepts surrounding whitespace (including
 * no-break and zero-width spaces), "Name <address>" and "mailto:" forms.
 * Throws InputError with a one-line, human message when it is not an address.
 */
export function parseEmailAddress(input: string): ParsedAddress {
  if (typeof input !== "string") throw new InputError(phraseOf(ADDRESS_TEXTS.empty));
  const text = unwrap(input);
  if (text === "") throw new InputError(phraseOf(ADDRESS_TEXTS.empty));
  if (CONTROL.test(text)) throw new InputError(phraseOf(ADDRESS_TEXTS.control));
  const at = text.lastIndexOf("@");
  if (at < 0) throw new InputError(phraseOf(ADDRESS_TEXTS.noAt, { input: quoted(text) }));
  if (text.indexOf("@") !== at)
    throw new InputError(phraseOf(ADDRESS_TEXTS.severalAt, { input: quoted(text) }));

  const localPart = text.slice(0, at);
  const domainText = text.slice(at + 1);
  checkLocalPart(localPart, text);
  if (domainText === "")
    throw new InputError(phraseOf(ADDRESS_TEXTS.emptyDomainAfterAt, { input: quoted(text) }));
  const { domain, unicodeDomain } = parseMailDomain(domainText);

  const plus = localPart.indexOf("+");
  return {
    address: `${localPart}@${domain}`,
    localPart,
    domain,
    unicodeDomain,
    baseLocalPart: plus > 0 ? localPart.slice(0, plus) : localPart,
  };
}
