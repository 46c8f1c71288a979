// Turns whatever people paste into one normalised mailbox address, or says in
// one line why it is not one. Limits follow RFC 5321 (local part 64 octets,
// domain 253, label 63) and the dot-atom form of RFC 5322; domains may be
// internationalised (RFC 5890/5891: Unicode labels become "xn--" A-labels).
import { InputError } from "./errors.js";
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
const LOCAL_DISALLOWED_CHAR = /[^A-Za-z0-9!#$%&'*+/=?^_`{|}~\-.\p{L}\p{M}\p{N}]/u;
const ASCII_LABEL = /^[a-z0-9-]+$/;
const UNICODE_LABEL = /^[\p{L}\p{M}\p{N}-]+$/u;
// IDNA treats these as label separators too (ideographic and fullwidth full stops).
const DOT_VARIANTS = /[\u3002\uff0e\uff61]/g;

function quoted(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

function describeChar(char: string): string {
  if (char === " ") return "a space";
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
      throw new InputError(`${quoted(input.trim())} is not a valid mailto: link (broken %-escape).`);
    }
    if (text.includes(",")) throw new InputError("The mailto: link has several addresses: give one address.");
  }
  // "Ann Example <ann@example.com>" (RFC 5322 name-addr): keep what is inside the brackets.
  if (text.includes("<") || text.includes(">")) {
    const match = /<([^<>]*)>\s*$/.exec(text);
    if (!match || (text.match(/</g) ?? []).length !== 1) {
      throw new InputError(
        `${quoted(text)} has unbalanced angle brackets: use "Name <address>" or just the address.`,
      );
    }
    text = match[1] ?? "";
  }
  return text.replace(EDGE_JUNK, "");
}

/** Validates and converts a mail domain (no IP literals, at least two labels). */
export function parseMailDomain(input: string): ParsedDomain {
  let text = input.normalize("NFC").toLowerCase().replace(DOT_VARIANTS, ".");
  if (text === "") throw new InputError("The domain (the part after the @) is empty.");
  if (text.startsWith("[") || text.endsWith("]")) {
    throw new InputError(
      `IP-address domains like ${text} are not supported: use the domain name of the mailbox (ann@example.com).`,
    );
  }
  // One trailing dot is the DNS root ("example.com."): harmless, drop it.
  if (text.endsWith(".") && !text.endsWith("..")) text = text.slice(0, -1);
  if (text.startsWith(".") || text.endsWith("."))
    throw new InputError(`The domain ${quoted(text)} starts or ends with a dot.`);
  if (text.includes("..")) throw new InputError(`The domain ${quoted(text)} has two dots in a row.`);

  const unicodeLabels = text.split(".");
  if (unicodeLabels.length < 2) {
    throw new InputError(
      `The domain ${quoted(text)} has no dot: mail domains look like example.com (addresses such as ann@localhost cannot be reached from the internet).`,
    );
  }
  const asciiLabels: string[] = [];
  const displayLabels: string[] = [];
  for (const label of unicodeLabels) {
    const ascii = toAsciiLabel(label, text);
    if (ascii.length > MAX_LABEL_LENGTH) {
      throw new InputError(
        `The domain label ${quoted(label)} is ${ascii.length} characters long; the limit is ${MAX_LABEL_LENGTH}.`,
      );
    }
    if (ascii.startsWith("-") || ascii.endsWith("-")) {
      throw new InputError(`The domain label ${quoted(label)} starts or ends with a hyphen.`);
    }
    asciiLabels.push(ascii);
    displayLabels.push(toUnicodeLabel(ascii));
  }
  const domain = asciiLabels.join(".");
  if (domain.length > MAX_DOMAIN_LENGTH) {
    throw new InputError(
      `The domain is ${domain.length} characters long; the limit is ${MAX_DOMAIN_LENGTH}.`,
    );
  }
  if (/^[0-9]+$/.test(asciiLabels[asciiLabels.length - 1] ?? "")) {
    throw new InputError(
      `${quoted(text)} looks like an IP address: IP-address domains are not supported, use the mailbox's domain name.`,
    );
  }
  return { domain, unicodeDomain: displayLabels.join(".") };
}

function toAsciiLabel(label: string, domain: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII test
  if (/^[\x00-\x7f]*$/.test(label)) {
    if (!ASCII_LABEL.test(label)) {
      const bad = /[^a-z0-9-]/.exec(label)?.[0] ?? label;
      throw new InputError(
        `The domain ${quoted(domain)} contains ${describeChar(bad)}, which is not allowed in domain names.`,
      );
    }
    return label;
  }
  if (!UNICODE_LABEL.test(label)) {
    const bad = /[^\p{L}\p{M}\p{N}-]/u.exec(label)?.[0] ?? label;
    throw new InputError(
      `The domain ${quoted(domain)} contains ${describeChar(bad)}, which is not allowed in domain names.`,
    );
  }
  try {
    return labelToAscii(label);
  } catch {
    throw new InputError(
      `The domain label ${quoted(label)} cannot be converted to an internationalised (xn--) label.`,
    );
  }
}

function toUnicodeLabel(ascii: string): string {
  let unicode: string;
  try {
    unicode = labelToUnicode(ascii);
  } catch {
    throw new InputError(`The domain label ${quoted(ascii)} is not valid Punycode (xn--...).`);
  }
  // A well-formed A-label can still hide characters no domain may contain (RFC 5891 section 5.4).
  if (unicode !== ascii && !UNICODE_LABEL.test(unicode)) {
    throw new InputError(
      `The domain label ${quoted(ascii)} decodes to characters that are not allowed in domain names.`,
    );
  }
  return unicode;
}

function checkLocalPart(local: string, shown: string): void {
  if (local === "") throw new InputError(`${quoted(shown)} has nothing before the @.`);
  if (local.startsWith('"')) {
    throw new InputError(
      'Quoted local parts ("...") are not supported: mail providers only accept plain addresses.',
    );
  }
  // UTF-8 needs at most 3 bytes per UTF-16 unit, so short local parts cannot be too long: skip
  // encoding them (the pane resolves on every keystroke; encoding was a quarter of the parse time).
  if (local.length * 3 > MAX_LOCAL_OCTETS) {
    const octets = new TextEncoder().encode(local).length;
    if (octets > MAX_LOCAL_OCTETS) {
      throw new InputError(
        `The part before the @ is ${octets} bytes long; the limit is ${MAX_LOCAL_OCTETS} (RFC 5321).`,
      );
    }
  }
  if (!LOCAL_ALLOWED.test(local)) {
    const bad = LOCAL_DISALLOWED_CHAR.exec(local)?.[0] ?? local;
    throw new InputError(
      `The part before the @ contains ${describeChar(bad)}, which is not allowed in an address.`,
    );
  }
  if (local.startsWith(".") || local.endsWith("."))
    throw new InputError("The part before the @ starts or ends with a dot.");
  if (local.includes("..")) throw new InputError("The part before the @ has two dots in a row.");
}

/**
 * Parses one mailbox address. Accepts surrounding whitespace (including
 * no-break and zero-width spaces), "Name <address>" and "mailto:" forms.
 * Throws InputError with a one-line, human message when it is not an address.
 */
export function parseEmailAddress(input: string): ParsedAddress {
  if (typeof input !== "string") throw new InputError("Enter an email address.");
  const text = unwrap(input);
  if (text === "") throw new InputError("Enter an email address.");
  if (CONTROL.test(text)) {
    throw new InputError("The address contains a line break or control character: enter it on one line.");
  }
  const at = text.lastIndexOf("@");
  if (at < 0) throw new InputError(`${quoted(text)} is not an email address: it has no @.`);
  if (text.indexOf("@") !== at)
    throw new InputError(`${quoted(text)} has more than one @: enter a single address.`);

  const localPart = text.slice(0, at);
  const domainText = text.slice(at + 1);
  checkLocalPart(localPart, text);
  if (domainText === "") throw new InputError(`${quoted(text)} has nothing after the @.`);
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
