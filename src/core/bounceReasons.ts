// The vocabulary of bounce explanations: why a message did not go out, and
// who must act on it. These ids are public (CLI --json, /api/explain,
// docs/contract.md) and label the regression set in test/fixtures/bounces/.

/** Who must act on a bounce. */
export type BounceActor =
  /** The sender: settings, sign-in, sending limits, From address, the message itself. */
  | "you"
  /** The recipient's side: unknown or disabled mailbox, full mailbox, their filters, their server. */
  | "recipient"
  /** The sending domain's administrator: SPF, DKIM, DMARC, IP blocklists, reverse DNS. */
  | "domain-admin"
  /** Nobody yet: temporary; Outlook or the server will retry. */
  | "nobody-yet";

export const BOUNCE_ACTORS: readonly BounceActor[] = ["you", "recipient", "domain-admin", "nobody-yet"];

/** Why a message was not delivered, each with the actor who must act. */
export const BOUNCE_REASONS = {
  // ---- the recipient's side ----
  "unknown-recipient": "recipient",
  "mailbox-full": "recipient",
  "mailbox-disabled": "recipient",
  "mailbox-moved": "recipient",
  "recipient-domain-unknown": "recipient",
  "recipient-domain-no-mail": "recipient",
  "recipient-server-unreachable": "recipient",
  "delivery-expired": "recipient",
  "recipient-filter": "recipient",
  "recipient-server-error": "recipient",
  "restricted-recipient": "recipient",
  // ---- the sending domain's administrator ----
  blocklisted: "domain-admin",
  "sender-reputation": "domain-admin",
  "no-reverse-dns": "domain-admin",
  "spf-failed": "domain-admin",
  "dmarc-failed": "domain-admin",
  "sender-authentication-missing": "domain-admin",
  "tenant-relay-denied": "domain-admin",
  // ---- the sender ----
  "spam-content": "you",
  "content-rejected": "you",
  virus: "you",
  "message-too-large": "you",
  "sending-limit": "you",
  "sender-account-blocked": "you",
  "sender-rejected": "you",
  "auth-failed": "you",
  "auth-required": "you",
  "auth-method-disabled": "you",
  "tls-required": "you",
  "relay-denied": "you",
  "send-as-denied": "you",
  "bare-lf": "you",
  "smtputf8-unsupported": "you",
  "syntax-error": "you",
  "too-many-recipients": "you",
  "connection-settings": "you",
  // ---- nobody yet ----
  "temporary-failure": "nobody-yet",
  "rate-limited": "nobody-yet",
  greylisted: "nobody-yet",
} as const satisfies Record<string, BounceActor>;

export type BounceReason = keyof typeof BOUNCE_REASONS;

export const BOUNCE_REASON_IDS = Object.keys(BOUNCE_REASONS) as BounceReason[];

export function actorOf(reason: BounceReason): BounceActor {
  return BOUNCE_REASONS[reason];
}

export function isBounceReason(value: string): value is BounceReason {
  return Object.prototype.hasOwnProperty.call(BOUNCE_REASONS, value);
}
