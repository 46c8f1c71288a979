// Validation and normalisation of what people type as a probe target: a host
// name, an IP literal in any spelling, a port and a security mode. Pure, so
// the pane, the server and the CLI reject the same inputs with the same words.
import { InputError } from "./errors.js";
import { text } from "./language.js";
import { phraseOf } from "./phrase.js";
import type { Security } from "./types.js";

export interface IpLiteral {
  address: string;
  family: 4 | 6;
}

const MAX_HOST_LENGTH = 253; // RFC 1035 2.3.4, without the trailing dot
const MAX_LABEL_LENGTH = 63;
const MAX_RAW_INPUT = 1024;

// ---- IPv4 --------------------------------------------------------------

// One part of an inet_aton / WHATWG URL IPv4 address: 0x-hex, 0-octal or decimal.
function parseIpv4Part(part: string): number | null {
  if (/^0[xX][0-9a-fA-F]*$/.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return parseInt(part.slice(1), 8);
  if (/^(0|[1-9][0-9]*)$/.test(part)) return Number(part);
  return null;
}

/**
 * Every spelling inet_aton and browsers accept (WHATWG URL IPv4 parser): 1 to 4
 * parts, the last one filling the remaining bytes, so 127.1, 2130706433,
 * 0x7f000001 and 0177.0.0.1 are all 127.0.0.1. Accepting all of them here is
 * what keeps the target policy from being bypassed by an unusual spelling.
 */
function parseIpv4Bytes(input: string): number[] | null {
  const parts = input.split(".");
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop(); // "127.0.0.1."
  if (parts.length < 1 || parts.length > 4) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    if (part.length === 0 || part.length > 34) return null;
    const value = parseIpv4Part(part);
    if (value === null || !Number.isFinite(value)) return null;
    numbers.push(value);
  }
  const last = numbers.pop() as number;
  if (numbers.some((n) => n > 255)) return null;
  const lastBytes = 4 - numbers.length;
  if (last >= 256 ** lastBytes) return null;
  const bytes = [...numbers];
  for (let i = lastBytes - 1; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
  return bytes;
}

// ---- IPv6 --------------------------------------------------------------

// The dotted tail of an IPv6 address (::ffff:192.0.2.1) is strict decimal, as in inet_pton.
function parseStrictDottedQuad(input: string): number[] | null {
  const parts = input.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^(0|[1-9][0-9]{0,2})$/.test(p) ? Number(p) : 256));
  return bytes.every((b) => b <= 255) ? bytes : null;
}

function parseIpv6Groups(text: string): number[] | null {
  if (text === "") return [];
  const pieces = text.split(":");
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (index === pieces.length - 1 && piece.includes(".")) {
      const quad = parseStrictDottedQuad(piece);
      if (quad === null) return null;
      groups.push(
        ((quad[0] as number) << 8) | (quad[1] as number),
        ((quad[2] as number) << 8) | (quad[3] as number),
      );
    } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) {
      groups.push(parseInt(piece, 16));
    } else {
      return null;
    }
  }
  return groups;
}

function parseIpv6Bytes(input: string): number[] | null {
  let text = input;
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  // Zone ids (fe80::1%eth0) name an interface of this machine: never a probe target.
  if (!text.includes(":") || text.includes("%")) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  let groups: number[];
  if (halves.length === 2) {
    const head = parseIpv6Groups(halves[0] as string);
    const tail = parseIpv6Groups(halves[1] as string);
    if (head === null || tail === null || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parseIpv6Groups(text);
    if (all === null || all.length !== 8) return null;
    groups = all;
  }
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

// RFC 5952: lower case, no leading zeros, the longest run of two or more zero
// groups shortened to "::" (the first on a tie), IPv4-mapped in dotted form.
function formatIpv6(bytes: number[]): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] as number) << 8) | (bytes[i + 1] as number));
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${bytes.slice(12).join(".")}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

/** The bytes of an IP literal in any accepted spelling: 4 for IPv4, 16 for IPv6; null when not an IP literal. */
export function parseIpLiteralBytes(input: string): number[] | null {
  return parseIpv4Bytes(input) ?? parseIpv6Bytes(input);
}

export function parseIpLiteral(input: string): IpLiteral | null {
  const v4 = parseIpv4Bytes(input);
  if (v4 !== null) return { address: v4.join("."), family: 4 };
  const v6 = parseIpv6Bytes(input);
  if (v6 !== null) return { address: formatIpv6(v6), family: 6 };
  return null;
}

// ---- Host names --------------------------------------------------------

// Characters nobody types on purpose: zero-width, joiners, bidi controls, soft
// hyphen, BOM, variation selectors. IDNA would silently drop some of them, so a
// name could look like one host and resolve as another.
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x200b, 0x200f], // zero-width space, joiners, LRM/RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte order mark
  [0xffa0, 0xffa0], // halfwidth Hangul filler
];

function firstInvisible(text: string): string | null {
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to)) return ch;
  }
  return null;
}

// Fullwidth and ideographic forms ("ｓｍｔｐ．ｅｘａｍｐｌｅ", "１２７．０．０．１", "。"):
// IDNA maps them to ASCII, which would turn a harmless-looking string into an IP literal.
const FULLWIDTH_FORMS = /[\u3002\uff0e\uff61\uff00-\uffef]/u;
const CONFUSABLE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** User text inside an error message: one line, and short. */
// The messages, with German in src/core/i18n/de/errors.ts; what was typed is a value, quoted as it is.
const HOST_TEXTS = {
  mixedScripts: text(
    "error.host.mixedScripts",
    "host name label {label} mixes Latin, Cyrillic or Greek letters (a look-alike trick)",
  ),
  badIdn: text("error.host.badIdn", "host name {host} is not a valid internationalised domain name"),
  notAscii: text("error.host.notAscii", "host name {host} cannot be converted to ASCII"),
  nameTooLong: text("error.host.nameTooLong", "host name is too long ({length} characters, at most {max})"),
  emptyLabel: text("error.host.emptyLabel", "host name {host} has an empty label (two dots in a row?)"),
  labelTooLong: text("error.host.labelTooLong", "host name label {label} is longer than {max} characters"),
  badName: text(
    "error.host.badName",
    "host name {host} may only contain letters, digits, hyphens and dots (no hyphen at either end of a label)",
  ),
  badIpv4: text("error.host.badIpv4", "{host} is not a valid IPv4 address"),
  missing: text("error.host.missing", "host is missing"),
  notText: text("error.host.notText", "host must be text"),
  tooLong: text("error.host.tooLong", "host is too long ({length} characters)"),
  empty: text("error.host.empty", "host is empty"),
  control: text("error.host.control", "host contains a control character ({char})"),
  invisible: text("error.host.invisible", "host contains an invisible character ({char})"),
  space: text("error.host.space", "host contains a space"),
  fullwidth: text(
    "error.host.fullwidth",
    "host contains a fullwidth or ideographic character ({char}); type ASCII letters, digits and dots",
  ),
  zoneId: text("error.host.zoneId", "IPv6 zone ids (fe80::1%eth0) are not accepted: use a public address"),
  url: text("error.host.url", "host must be a server name, not a URL"),
  withPort: text(
    "error.host.withPort",
    "host must be given without the port (the port is a separate setting)",
  ),
  badIpv6: text("error.host.badIpv6", "{host} is not a valid IPv6 address"),
  badCharacter: text(
    "error.host.badCharacter",
    'host contains "{char}": only letters, digits, hyphens and dots',
  ),
  portMissing: text("error.port.missing", "port is missing"),
  portNotWhole: text("error.port.notWhole", "port {port} is not a whole number from 1 to 65535"),
  portNotNumber: text("error.port.notNumber", "port must be a number"),
  portOutOfRange: text("error.port.outOfRange", "port {port} is out of range (1-65535)"),
  securityMissing: text("error.security.missing", "security is missing"),
  securityNotText: text("error.security.notText", "security must be text: starttls, tls or none"),
  securityUnknown: text("error.security.unknown", "security {value} is not one of starttls, tls, none{hint}"),
  securitySslHint: text("error.security.sslHint", ' (for "SSL/TLS", implicit TLS, use tls)'),
};

function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}...` : text);
}

function describeCharacter(ch: string): string {
  return `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
}

// Internationalised names become their punycode (xn--) form via the WHATWG
// URL parser (UTS #46), so the name shown and probed is the one DNS sees.
function toAsciiHost(host: string): string {
  for (const label of host.split(".")) {
    const scripts = CONFUSABLE_SCRIPTS.filter((script) => script.test(label));
    if (scripts.length > 1) {
      throw new InputError(phraseOf(HOST_TEXTS.mixedScripts, { label: quote(label) }));
    }
  }
  let ascii: string;
  try {
    ascii = new URL(`http://${host}/`).hostname;
  } catch {
    throw new InputError(phraseOf(HOST_TEXTS.badIdn, { host: quote(host) }));
  }
  if (!/^[\x21-\x7e]+$/.test(ascii))
    throw new InputError(phraseOf(HOST_TEXTS.notAscii, { host: quote(host) }));
  return ascii;
}

function checkHostName(host: string, original: string): string {
  if (host.length > MAX_HOST_LENGTH) {
    throw new InputError(phraseOf(HOST_TEXTS.nameTooLong, { length: host.length, max: MAX_HOST_LENGTH }));
  }
  const labels = host.split(".");
  for (const label of labels) {
    if (label.length === 0) throw new InputError(phraseOf(HOST_TEXTS.emptyLabel, { host: quote(original) }));
    if (label.length > MAX_LABEL_LENGTH) {
      throw new InputError(
        phraseOf(HOST_TEXTS.labelTooLong, { label: quote(label.slice(0, 20)), max: MAX_LABEL_LENGTH }),
      );
    }
    if (!LDH_LABEL.test(label)) {
      throw new InputError(phraseOf(HOST_TEXTS.badName, { host: quote(original) }));
    }
  }
  // WHATWG URL rule: a name whose last label is numeric is an IPv4 address, so
  // "1.2.3.256" is a bad address, not a name to look up.
  const last = labels[labels.length - 1] as string;
  if (/^(?:[0-9]+|0x[0-9a-f]*)$/.test(last))
    throw new InputError(phraseOf(HOST_TEXTS.badIpv4, { host: quote(original) }));
  return host;
}

export function validateHostInput(input: unknown): string {
  if (input === undefined || input === null) throw new InputError(phraseOf(HOST_TEXTS.missing));
  if (typeof input !== "string") throw new InputError(phraseOf(HOST_TEXTS.notText));
  if (input.length > MAX_RAW_INPUT)
    throw new InputError(phraseOf(HOST_TEXTS.tooLong, { length: input.length }));
  const trimmed = input.replace(/^ +| +$/g, "");
  if (trimmed.length === 0) throw new InputError(phraseOf(HOST_TEXTS.empty));
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  const control = /[\u0000-\u001f\u007f-\u009f]/.exec(trimmed);
  if (control) throw new InputError(phraseOf(HOST_TEXTS.control, { char: describeCharacter(control[0]) }));
  const invisible = firstInvisible(trimmed);
  if (invisible) throw new InputError(phraseOf(HOST_TEXTS.invisible, { char: describeCharacter(invisible) }));
  if (/\s/u.test(trimmed)) throw new InputError(phraseOf(HOST_TEXTS.space));
  const fullwidth = FULLWIDTH_FORMS.exec(trimmed);
  if (fullwidth) {
    throw new InputError(phraseOf(HOST_TEXTS.fullwidth, { char: describeCharacter(fullwidth[0]) }));
  }
  if (trimmed.includes("%") && trimmed.includes(":")) {
    throw new InputError(phraseOf(HOST_TEXTS.zoneId));
  }

  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) throw new InputError(phraseOf(HOST_TEXTS.url));
  if (/^[^:[\]]+:[0-9]+$/.test(trimmed)) {
    throw new InputError(phraseOf(HOST_TEXTS.withPort));
  }

  const ip = parseIpLiteral(trimmed);
  if (ip !== null) return ip.address;
  if (trimmed.includes(":") || trimmed.startsWith("["))
    throw new InputError(phraseOf(HOST_TEXTS.badIpv6, { host: quote(trimmed) }));

  // Checked before IDNA, which would read "a@b" as user info and "a/b" as a path.
  const badAscii = /[\x21-\x7e]/.exec(trimmed.replace(/[A-Za-z0-9.-]/g, ""));
  if (badAscii) throw new InputError(phraseOf(HOST_TEXTS.badCharacter, { char: badAscii[0] }));

  // One trailing dot is the fully qualified spelling of the same name.
  const withoutDot = trimmed.endsWith(".") && !trimmed.endsWith("..") ? trimmed.slice(0, -1) : trimmed;
  // eslint-disable-next-line no-control-regex -- the ASCII range test
  const ascii = /^[\x00-\x7f]*$/.test(withoutDot) ? withoutDot.toLowerCase() : toAsciiHost(withoutDot);
  const afterIdna = parseIpLiteral(ascii);
  if (afterIdna !== null) return afterIdna.address;
  return checkHostName(ascii, trimmed);
}

// ---- Port and security -------------------------------------------------

export function validatePortInput(input: unknown): number {
  if (input === undefined || input === null) throw new InputError(phraseOf(HOST_TEXTS.portMissing));
  if (typeof input === "number") {
    if (Number.isInteger(input) && input >= 1 && input <= 65535) return input;
    throw new InputError(phraseOf(HOST_TEXTS.portNotWhole, { port: String(input) }));
  }
  if (typeof input !== "string") throw new InputError(phraseOf(HOST_TEXTS.portNotNumber));
  if (!/^[1-9][0-9]{0,4}$/.test(input)) {
    throw new InputError(phraseOf(HOST_TEXTS.portNotWhole, { port: `"${input.slice(0, 20)}"` }));
  }
  const port = Number(input);
  if (port > 65535) throw new InputError(phraseOf(HOST_TEXTS.portOutOfRange, { port }));
  return port;
}

const SECURITY_VALUES: readonly Security[] = ["starttls", "tls", "none"];

export function validateSecurityInput(input: unknown): Security {
  if (input === undefined || input === null) throw new InputError(phraseOf(HOST_TEXTS.securityMissing));
  if (typeof input !== "string") throw new InputError(phraseOf(HOST_TEXTS.securityNotText));
  const value = input.trim().toLowerCase();
  const match = SECURITY_VALUES.find((s) => s === value);
  if (match) return match;
  const hint = value === "ssl" || value === "ssl/tls" ? phraseOf(HOST_TEXTS.securitySslHint) : "";
  throw new InputError(phraseOf(HOST_TEXTS.securityUnknown, { value: `"${input.slice(0, 20)}"`, hint }));
}
