// The sign-in test's SMTP AUTH exchange (RFC 4954) with PLAIN (RFC 4616),
// LOGIN (draft-murchison-sasl-login) or XOAUTH2 (Google's and Microsoft's
// OAuth2 bearer mechanism). The probe runs it only inside TLS and only from
// the CLI on the user's own machine: the secret goes to the server named and
// nowhere else. Nothing here logs, and every text that leaves this module
// passes through redactSecret first.
import type { SignInMechanism } from "../core/types.js";
import type { SmtpReply } from "./smtpReplyReader.js";

/** What the user gave: a password (PLAIN or LOGIN) or an OAuth2 access token (XOAUTH2). */
export type SignInCredentials =
  { user: string; kind: "password"; password: string } | { user: string; kind: "xoauth2"; token: string };

/** The part of an SMTP connection the exchange needs. */
export interface SmtpChannel {
  send(line: string): void;
  readReply(): Promise<SmtpReply>;
}

/** A user name or secret that could break the command line is refused before any connection. */
export const MAX_SIGN_IN_FIELD_CHARS = 4096;
// Challenges a well-behaved server sends: one for PLAIN or XOAUTH2 errors, two for LOGIN.
const MAX_CHALLENGES = 3;
const PASSWORD_MECHANISMS: readonly SignInMechanism[] = ["PLAIN", "LOGIN"];

/**
 * The mechanism to use among those the server offers under TLS: XOAUTH2 for a
 * token; for a password PLAIN (one round trip), then LOGIN. Null when none fits.
 */
export function chooseMechanism(
  credentials: SignInCredentials,
  offered: readonly string[],
): SignInMechanism | null {
  const upper = new Set(offered.map((m) => m.toUpperCase()));
  if (credentials.kind === "xoauth2") return upper.has("XOAUTH2") ? "XOAUTH2" : null;
  return PASSWORD_MECHANISMS.find((m) => upper.has(m)) ?? null;
}

function base64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

/** The secret itself and every encoding of it this module sends. */
function secretForms(credentials: SignInCredentials): string[] {
  const secret = credentials.kind === "password" ? credentials.password : credentials.token;
  return [
    secret,
    base64(secret),
    base64(`\u0000${credentials.user}\u0000${secret}`),
    base64(`user=${credentials.user}\u0001auth=Bearer ${secret}\u0001\u0001`),
  ];
}

/**
 * Replaces the secret, and the base64 forms this module sent, with
 * "[redacted]": a server may echo what it received in its reply.
 * Very short secrets are replaced too; a one-letter password would garble the text, which is the lesser evil.
 */
export function redactSecret(text: string, credentials: SignInCredentials): string {
  let out = text;
  for (const form of secretForms(credentials).sort((a, b) => b.length - a.length)) {
    if (form.length > 0) out = out.split(form).join("[redacted]");
  }
  return out;
}

/** Refuses values that would end the AUTH line early or smuggle a command (CR, LF, NUL). */
export function validateSignInField(what: string, value: string): string | null {
  if (value.length === 0) return `${what} is empty`;
  if (value.length > MAX_SIGN_IN_FIELD_CHARS)
    return `${what} is longer than ${MAX_SIGN_IN_FIELD_CHARS} characters`;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return `${what} contains a line break or control character`;
  return null;
}

/**
 * Runs AUTH with `mechanism` and returns the server's final reply (235 =
 * signed in). A challenge the mechanism does not expect is answered with "*",
 * which cancels the exchange (RFC 4954 section 4). Deadlines and byte limits
 * are the caller's: every read goes through the probe's bounded reader.
 */
export async function authenticate(
  channel: SmtpChannel,
  credentials: SignInCredentials,
  mechanism: SignInMechanism,
): Promise<SmtpReply> {
  const responses: string[] = [];
  if (mechanism === "XOAUTH2" && credentials.kind === "xoauth2") {
    const initial = base64(`user=${credentials.user}\u0001auth=Bearer ${credentials.token}\u0001\u0001`);
    channel.send(`AUTH XOAUTH2 ${initial}`);
    // On failure the server sends a 334 with a JSON error; the client answers with an empty line.
    responses.push("");
  } else if (mechanism === "PLAIN" && credentials.kind === "password") {
    channel.send(`AUTH PLAIN ${base64(`\u0000${credentials.user}\u0000${credentials.password}`)}`);
  } else if (mechanism === "LOGIN" && credentials.kind === "password") {
    channel.send("AUTH LOGIN");
    responses.push(base64(credentials.user), base64(credentials.password));
  } else {
    throw new Error(`mechanism ${mechanism} does not fit the credentials given`);
  }
  for (let round = 0; round <= MAX_CHALLENGES; round++) {
    const reply = await channel.readReply();
    if (reply.code !== 334) return reply;
    const next = round < MAX_CHALLENGES ? responses.shift() : undefined;
    channel.send(next ?? "*");
  }
  return channel.readReply();
}
