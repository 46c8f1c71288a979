// Strict query-string reading for the API and report routes. Each route lists
// the parameters it takes; anything else is refused with a one-line reason:
// unknown or repeated names, empty or over-long values, broken percent-encoding,
// control characters, line breaks (header/log injection) and invisible or
// bidirectional formatting characters (a host name that displays differently
// from what is probed). Credentials are refused by name before anything else:
// Outbox Doctor never asks for a password.
import { InputError } from "../core/errors.js";
import { text } from "../core/language.js";
import { phraseOf, type Phrase } from "../core/phrase.js";

export interface QueryParamRule {
  /** Longest accepted value, in characters after decoding. */
  maxLength: number;
  required?: boolean;
  /** Free text (pasted error messages): line breaks, tabs and bidi marks are allowed. */
  multiline?: boolean;
}

export type QuerySpec = Record<string, QueryParamRule>;

export type QueryValues<S extends QuerySpec> = {
  [K in keyof S]: S[K] extends { required: true } ? string : string | undefined;
};

// Compared after lower-casing and dropping "-" and "_".
const CREDENTIAL_NAMES = new Set([
  "password",
  "pass",
  "passwd",
  "pwd",
  "secret",
  "clientsecret",
  "token",
  "accesstoken",
  "refreshtoken",
  "apikey",
  "apppassword",
  "authorization",
]);
const CREDENTIAL_FRAGMENTS = ["password", "secret", "token"];

const CREDENTIAL_REFUSAL_TEXT = text(
  "error.query.credential",
  "Outbox Doctor never asks for or accepts passwords, tokens or other secrets. Remove that parameter: the checks only need the address, host, port and security.",
);
export const CREDENTIAL_REFUSAL = CREDENTIAL_REFUSAL_TEXT.en;

// The messages of a bad query, with German in src/core/i18n/de/errors.ts; parameter names stay as sent.
const QUERY_TEXTS = {
  nameEncoding: text("error.query.nameEncoding", "A parameter name is not valid percent-encoded UTF-8."),
  valueEncoding: text(
    "error.query.valueEncoding",
    'The parameter "{name}" is not valid percent-encoded UTF-8.',
  ),
  empty: text("error.query.empty", 'The parameter "{name}" is empty.'),
  tooLong: text("error.query.tooLong", 'The parameter "{name}" is too long (at most {max} characters).'),
  lineBreak: text("error.query.lineBreak", 'The parameter "{name}" contains a line break.'),
  control: text("error.query.control", 'The parameter "{name}" contains control characters.'),
  invisible: text(
    "error.query.invisible",
    'The parameter "{name}" contains invisible or text-direction characters.',
  ),
  unknown: text("error.query.unknown", 'Unknown parameter "{name}". This address takes: {list}.'),
  noParameters: text("error.query.noParameters", "no parameters"),
  repeated: text("error.query.repeated", 'The parameter "{name}" is given more than once.'),
  missing: text("error.query.missing", 'The parameter "{name}" is missing.'),
};

// C0 and C1 controls and DEL; tab, CR and LF are handled separately.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const LINE_BREAKS = /[\r\n\u2028\u2029]/u;
// Zero-width and bidirectional formatting characters, BOM, soft hyphen, Mongolian
// vowel separator, and the noncharacters U+FFFE / U+FFFF.
const INVISIBLE_CHARS =
  /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff]/u;

function isCredentialName(name: string): boolean {
  const folded = name.toLowerCase().replace(/[-_]/g, "");
  return CREDENTIAL_NAMES.has(folded) || CREDENTIAL_FRAGMENTS.some((fragment) => folded.includes(fragment));
}

function shown(name: string): string {
  const printable = name.replace(/[^\x20-\x7e]/g, "?");
  return printable.length > 40 ? `${printable.slice(0, 39)}…` : printable;
}

function decodeComponent(raw: string, what: Phrase): string {
  try {
    // application/x-www-form-urlencoded: "+" is a space.
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    throw new InputError(what);
  }
}

function checkValue(name: string, value: string, rule: QueryParamRule): void {
  if (value.length === 0) throw new InputError(phraseOf(QUERY_TEXTS.empty, { name }));
  if ([...value].length > rule.maxLength) {
    throw new InputError(phraseOf(QUERY_TEXTS.tooLong, { name, max: rule.maxLength }));
  }
  if (!rule.multiline && LINE_BREAKS.test(value)) {
    throw new InputError(phraseOf(QUERY_TEXTS.lineBreak, { name }));
  }
  if (CONTROL_CHARS.test(value) || (!rule.multiline && value.includes("\t"))) {
    throw new InputError(phraseOf(QUERY_TEXTS.control, { name }));
  }
  if (!rule.multiline && INVISIBLE_CHARS.test(value)) {
    throw new InputError(phraseOf(QUERY_TEXTS.invisible, { name }));
  }
}

/** Reads the query of a request URL (path?query) against the route's parameter list. Throws InputError. */
export function parseQuery<S extends QuerySpec>(url: string, spec: S): QueryValues<S> {
  const questionMark = url.indexOf("?");
  const query = questionMark === -1 ? "" : url.slice(questionMark + 1);
  const values = new Map<string, string>();
  const pairs = query.length === 0 ? [] : query.split("&").filter((pair) => pair.length > 0);

  // Names first, so a credential is refused even when other parameters are wrong too.
  const decoded = pairs.map((pair) => {
    const equals = pair.indexOf("=");
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? "" : pair.slice(equals + 1);
    return { name: decodeComponent(rawName, phraseOf(QUERY_TEXTS.nameEncoding)), rawValue };
  });
  if (decoded.some(({ name }) => isCredentialName(name)))
    throw new InputError(phraseOf(CREDENTIAL_REFUSAL_TEXT));

  const accepted = Object.keys(spec);
  for (const { name, rawValue } of decoded) {
    const rule = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (rule === undefined) {
      const list = accepted.length > 0 ? accepted.join(", ") : phraseOf(QUERY_TEXTS.noParameters);
      throw new InputError(phraseOf(QUERY_TEXTS.unknown, { name: shown(name), list }));
    }
    if (values.has(name)) throw new InputError(phraseOf(QUERY_TEXTS.repeated, { name }));
    // Cheap bound before decoding: a character is at most 12 bytes percent-encoded (4 UTF-8 bytes).
    if (rawValue.length > rule.maxLength * 12) {
      throw new InputError(phraseOf(QUERY_TEXTS.tooLong, { name, max: rule.maxLength }));
    }
    const value = decodeComponent(rawValue, phraseOf(QUERY_TEXTS.valueEncoding, { name }));
    checkValue(name, value, rule);
    values.set(name, value);
  }

  for (const [name, rule] of Object.entries(spec)) {
    if (rule.required && !values.has(name)) throw new InputError(phraseOf(QUERY_TEXTS.missing, { name }));
  }
  return Object.fromEntries(values) as QueryValues<S>;
}

// Values of these parameters never reach the logs: addresses and pasted error
// texts are personal data, and credentials should never have been sent.
const LOG_REDACTED_NAMES = new Set(["email", "text"]);

/** The request URL for a log line, with personal and secret values replaced by "[redacted]". */
export function redactUrlForLog(url: string): string {
  const questionMark = url.indexOf("?");
  if (questionMark === -1) return url;
  const pairs = url
    .slice(questionMark + 1)
    .split("&")
    .map((pair) => {
      const equals = pair.indexOf("=");
      if (equals === -1) return pair;
      const rawName = pair.slice(0, equals);
      let name: string;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, " "));
      } catch {
        return `${rawName}=[redacted]`;
      }
      const hidden = LOG_REDACTED_NAMES.has(name.toLowerCase()) || isCredentialName(name);
      return hidden ? `${rawName}=[redacted]` : pair;
    });
  return `${url.slice(0, questionMark)}?${pairs.join("&")}`;
}

/**
 * The request URL for a log line: the path alone. Query values are hosts,
 * addresses and pasted texts (personal data), and the id of a stored report
 * is the capability to read it, so neither is logged.
 */
export function routeForLog(url: string): string {
  const questionMark = url.indexOf("?");
  const path = questionMark === -1 ? url : url.slice(0, questionMark);
  let decoded = path;
  try {
    // "/%72eport/<id>" is routed to /report/<id> as well.
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  const shown = /^\/+(?:api\/+)?report\//i.test(decoded)
    ? decoded.replace(/^(\/+(?:api\/+)?report)\/.*$/i, "$1/:id")
    : path;
  return questionMark === -1 ? shown : `${shown}?[query omitted]`;
}
