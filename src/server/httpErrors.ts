// The one error shape of the HTTP API: {"error":{"code","message"}}. Every
// failure (ours, the core's, Fastify's own) is mapped here to a status, a
// public code and a message written for people. Unknown errors become a
// generic 500: the details go to the log, never to the client.
import { errorMessageIn, ForbiddenTargetError, InputError, type PublicErrorCode } from "../core/errors.js";
import { text, type Lang } from "../core/language.js";
import { phraseOf, wordIn, type Phrase, type Worded } from "../core/phrase.js";
import { StoreUnavailableError } from "../net/sharedStore.js";

export type ServerErrorCode =
  | PublicErrorCode
  | "not-found"
  | "method-not-allowed"
  | "internal"
  | "forbidden-origin"
  | "store-unavailable";

const STORE_UNAVAILABLE = text(
  "error.storeUnavailable",
  "Stored reports cannot be reached right now. Try again in a minute; running a check still works.",
);
export const STORE_UNAVAILABLE_MESSAGE = STORE_UNAVAILABLE.en;
const INTERNAL = text(
  "error.internal",
  "Something went wrong on the server. The error has been logged; please try again.",
);

export interface ErrorBody {
  error: { code: ServerErrorCode; message: string };
}

/**
 * An error the server raises itself, already carrying its HTTP status and
 * public code. A phrase as message is worded in the request's language; `message` is its English.
 */
export class HttpError extends Error {
  readonly phrase?: Phrase;
  constructor(
    readonly statusCode: number,
    readonly code: ServerErrorCode,
    message: Worded,
    readonly headers: Record<string, string> = {},
  ) {
    super(wordIn(message, "en"));
    this.name = "HttpError";
    if (typeof message !== "string") this.phrase = message;
  }
}

const RATE_LIMITED = text("error.rateLimited", "{reason} Try again in {seconds} s.");
const ROUTE_TIMEOUT = text("error.routeTimeout", "{what} did not finish within {limit}. Try again later.");

export class RateLimitedError extends HttpError {
  /** `message` says what was counted ("Too many checks from your address."); the wait is added. */
  constructor(retryAfterSeconds: number, message: Worded) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(429, "rate-limited", phraseOf(RATE_LIMITED, { reason: message, seconds }), {
      "retry-after": String(seconds),
    });
  }
}

export class RouteTimeoutError extends HttpError {
  /** `what` names the work as a sentence subject ("The check"). */
  constructor(what: Worded, deadlineMs: number) {
    const limit = deadlineMs < 1000 ? `${deadlineMs} ms` : `${Math.round(deadlineMs / 1000)} s`;
    super(504, "timeout", phraseOf(ROUTE_TIMEOUT, { what, limit }));
  }
}

export interface PublicError {
  statusCode: number;
  code: ServerErrorCode;
  message: string;
  headers: Record<string, string>;
  /** True when the cause is a bug or an outage: log it with its stack. */
  unexpected: boolean;
}

// Fastify's own client errors (bad URL encoding, media type, body size...) keep
// their status; the code follows from it.
const CODE_BY_STATUS: Record<number, ServerErrorCode> = {
  404: "not-found",
  405: "method-not-allowed",
  408: "timeout",
  429: "rate-limited",
  504: "timeout",
};

const MAX_MESSAGE_LENGTH = 300;

function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  const flat = message.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  return flat.length > MAX_MESSAGE_LENGTH ? `${flat.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : flat;
}

/**
 * The public face of any error. `lang` words the messages that carry a phrase
 * (errors with only an English message stay English); the codes never change.
 */
export function toPublicError(error: unknown, lang: Lang = "en"): PublicError {
  if (error instanceof HttpError) {
    return {
      statusCode: error.statusCode,
      code: error.code,
      message: oneLine(errorMessageIn(error, lang)),
      headers: error.headers,
      unexpected: false,
    };
  }
  if (error instanceof InputError) {
    return {
      statusCode: 400,
      code: "bad-input",
      message: oneLine(errorMessageIn(error, lang)),
      headers: {},
      unexpected: false,
    };
  }
  if (error instanceof ForbiddenTargetError) {
    return {
      statusCode: 403,
      code: "forbidden-target",
      message: oneLine(errorMessageIn(error, lang)),
      headers: {},
      unexpected: false,
    };
  }
  if (error instanceof StoreUnavailableError) {
    return {
      statusCode: 503,
      code: "store-unavailable",
      message: wordIn(phraseOf(STORE_UNAVAILABLE), lang),
      headers: { "retry-after": "30" },
      unexpected: false,
    };
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  const fastifyCode = (error as { code?: unknown } | null)?.code;
  if (typeof status === "number" && status >= 400 && status < 500 && typeof fastifyCode === "string") {
    return {
      statusCode: status,
      code: CODE_BY_STATUS[status] ?? "bad-input",
      message: oneLine(`The request was refused: ${(error as Error).message}`),
      headers: {},
      unexpected: false,
    };
  }
  return {
    statusCode: 500,
    code: "internal",
    message: wordIn(phraseOf(INTERNAL), lang),
    headers: {},
    unexpected: true,
  };
}

export function errorBody(code: ServerErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}
