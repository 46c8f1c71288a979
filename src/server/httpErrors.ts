// The one error shape of the HTTP API: {"error":{"code","message"}}. Every
// failure (ours, the core's, Fastify's own) is mapped here to a status, a
// public code and a message written for people. Unknown errors become a
// generic 500: the details go to the log, never to the client.
import { ForbiddenTargetError, InputError, type PublicErrorCode } from "../core/errors.js";
import { StoreUnavailableError } from "../net/sharedStore.js";

export type ServerErrorCode =
  | PublicErrorCode
  | "not-found"
  | "method-not-allowed"
  | "internal"
  | "forbidden-origin"
  | "store-unavailable";

export const STORE_UNAVAILABLE_MESSAGE =
  "Stored reports cannot be reached right now. Try again in a minute; running a check still works.";

export interface ErrorBody {
  error: { code: ServerErrorCode; message: string };
}

/** An error the server raises itself, already carrying its HTTP status and public code. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ServerErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export class RateLimitedError extends HttpError {
  constructor(retryAfterSeconds: number, message: string) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(429, "rate-limited", `${message} Try again in ${seconds} s.`, { "retry-after": String(seconds) });
  }
}

export class RouteTimeoutError extends HttpError {
  constructor(what: string, deadlineMs: number) {
    const limit = deadlineMs < 1000 ? `${deadlineMs} ms` : `${Math.round(deadlineMs / 1000)} s`;
    super(504, "timeout", `${what} did not finish within ${limit}. Try again later.`);
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

export function toPublicError(error: unknown): PublicError {
  if (error instanceof HttpError) {
    return {
      statusCode: error.statusCode,
      code: error.code,
      message: oneLine(error.message),
      headers: error.headers,
      unexpected: false,
    };
  }
  if (error instanceof InputError) {
    return {
      statusCode: 400,
      code: "bad-input",
      message: oneLine(error.message),
      headers: {},
      unexpected: false,
    };
  }
  if (error instanceof ForbiddenTargetError) {
    return {
      statusCode: 403,
      code: "forbidden-target",
      message: oneLine(error.message),
      headers: {},
      unexpected: false,
    };
  }
  if (error instanceof StoreUnavailableError) {
    return {
      statusCode: 503,
      code: "store-unavailable",
      message: STORE_UNAVAILABLE_MESSAGE,
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
    message: "Something went wrong on the server. The error has been logged; please try again.",
    headers: {},
    unexpected: true,
  };
}

export function errorBody(code: ServerErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}
