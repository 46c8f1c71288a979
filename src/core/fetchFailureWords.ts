// Why a document (an autoconfig file, an MTA-STS policy) could not be
// fetched, worded per language. The net layer's FetchError carries an English
// message for logs; what users read is the phrase for its kind, with the URL
// (without its query, which may carry an address) and nothing else English.
import { text, type Text } from "./language.js";
import { phraseOf, type Phrase } from "./phrase.js";

/** The kinds of src/net/autoconfigFetch.ts's FetchError (which takes its kind type from here). */
export type FetchFailureKindName =
  | "bad-url"
  | "http-refused"
  | "forbidden"
  | "dns"
  | "connect"
  | "tls"
  | "timeout"
  | "status"
  | "redirect"
  | "content-type"
  | "too-large"
  | "aborted";

const FETCH_FAILURE: Readonly<Record<FetchFailureKindName, Text>> = {
  "bad-url": text("fetch.badUrl", "{url} is not a usable URL"),
  "http-refused": text("fetch.httpRefused", "{url} was not fetched: only HTTPS is used"),
  forbidden: text(
    "fetch.forbidden",
    "{url} was not fetched: its server is on an address that may not be contacted",
  ),
  dns: text("fetch.dns", "{url}: the server name does not resolve"),
  connect: text("fetch.connect", "{url}: the connection failed"),
  tls: text("fetch.tls", "{url}: the secure connection (TLS) failed"),
  timeout: text("fetch.timeout", "{url}: no complete answer in time"),
  status: text("fetch.status", "{url} did not answer with HTTP 200"),
  redirect: text("fetch.redirect", "{url} redirects elsewhere, and redirects are not followed"),
  "content-type": text("fetch.contentType", "{url} is not served as {expected}"),
  "too-large": text("fetch.tooLarge", "{url} is larger than allowed"),
  aborted: text("fetch.aborted", "{url}: cancelled"),
};

/** The URL as shown: scheme, host and path; the query stays out. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return url.slice(0, 200);
  }
}

/**
 * Why `url` could not be fetched, for a failure of `kind`; `expected` names
 * the media types asked for; `message` is the fetch's English message with its
 * details, which English readers keep seeing.
 */
export function fetchFailurePhrase(
  kind: FetchFailureKindName,
  url: string,
  expected: readonly string[],
  message?: string,
): Phrase {
  return phraseOf(
    FETCH_FAILURE[kind],
    { url: shownUrl(url), expected: expected.filter((type) => !type.startsWith("+")).join(" / ") },
    message,
  );
}
