// The English texts (title, cause, fix steps) of catalogue entries, registered by group: one group per reason,
// in src/core/catalogue/texts/<reason>.ts. Matching needs none of them, so the pane downloads the matching data
// once and then only the groups of the entries it shows (loadEntryTexts; webpack splits one chunk per group).
// Node entry points get every group from allEntryTexts.ts, which errorCatalogue.ts imports; the pane's build
// maps that module to nothing (webpack.config.js). Design and sizes: docs/errors.md.
import type { BounceReason } from "../bounceReasons.js";

/** An entry's English texts; their text ids are explain.<id ?? code>.title, .cause and .fix.<n>. */
export interface EntryTexts {
  readonly title: string;
  readonly cause: string;
  /** Ordered: the most likely fix first. */
  readonly fix: readonly string[];
}

/** The texts of one group, keyed by the entries' text id base (`id ?? code`). */
export type EntryTextGroup = Readonly<Record<string, EntryTexts>>;

/** What entryTexts needs of an entry: which group holds its texts, and under which key. */
export interface EntryTextKey {
  readonly code: string;
  readonly id?: string;
  readonly reason: BounceReason;
}

export const TEXT_GROUP_LOADERS: Readonly<Partial<Record<BounceReason, () => Promise<EntryTextGroup>>>> = {
  "auth-failed": () =>
    import(/* webpackChunkName: "explain-texts-auth-failed" */ "./texts/auth-failed.js").then(
      (group) => group.texts,
    ),
  "auth-method-disabled": () =>
    import(
      /* webpackChunkName: "explain-texts-auth-method-disabled" */ "./texts/auth-method-disabled.js"
    ).then((group) => group.texts),
  "auth-required": () =>
    import(/* webpackChunkName: "explain-texts-auth-required" */ "./texts/auth-required.js").then(
      (group) => group.texts,
    ),
  "bare-lf": () =>
    import(/* webpackChunkName: "explain-texts-bare-lf" */ "./texts/bare-lf.js").then((group) => group.texts),
  blocklisted: () =>
    import(/* webpackChunkName: "explain-texts-blocklisted" */ "./texts/blocklisted.js").then(
      (group) => group.texts,
    ),
  "connection-settings": () =>
    import(/* webpackChunkName: "explain-texts-connection-settings" */ "./texts/connection-settings.js").then(
      (group) => group.texts,
    ),
  "content-rejected": () =>
    import(/* webpackChunkName: "explain-texts-content-rejected" */ "./texts/content-rejected.js").then(
      (group) => group.texts,
    ),
  "delivery-expired": () =>
    import(/* webpackChunkName: "explain-texts-delivery-expired" */ "./texts/delivery-expired.js").then(
      (group) => group.texts,
    ),
  "dmarc-failed": () =>
    import(/* webpackChunkName: "explain-texts-dmarc-failed" */ "./texts/dmarc-failed.js").then(
      (group) => group.texts,
    ),
  greylisted: () =>
    import(/* webpackChunkName: "explain-texts-greylisted" */ "./texts/greylisted.js").then(
      (group) => group.texts,
    ),
  "mailbox-disabled": () =>
    import(/* webpackChunkName: "explain-texts-mailbox-disabled" */ "./texts/mailbox-disabled.js").then(
      (group) => group.texts,
    ),
  "mailbox-full": () =>
    import(/* webpackChunkName: "explain-texts-mailbox-full" */ "./texts/mailbox-full.js").then(
      (group) => group.texts,
    ),
  "mailbox-moved": () =>
    import(/* webpackChunkName: "explain-texts-mailbox-moved" */ "./texts/mailbox-moved.js").then(
      (group) => group.texts,
    ),
  "message-too-large": () =>
    import(/* webpackChunkName: "explain-texts-message-too-large" */ "./texts/message-too-large.js").then(
      (group) => group.texts,
    ),
  "no-reverse-dns": () =>
    import(/* webpackChunkName: "explain-texts-no-reverse-dns" */ "./texts/no-reverse-dns.js").then(
      (group) => group.texts,
    ),
  "rate-limited": () =>
    import(/* webpackChunkName: "explain-texts-rate-limited" */ "./texts/rate-limited.js").then(
      (group) => group.texts,
    ),
  "recipient-domain-no-mail": () =>
    import(
      /* webpackChunkName: "explain-texts-recipient-domain-no-mail" */ "./texts/recipient-domain-no-mail.js"
    ).then((group) => group.texts),
  "recipient-domain-unknown": () =>
    import(
      /* webpackChunkName: "explain-texts-recipient-domain-unknown" */ "./texts/recipient-domain-unknown.js"
    ).then((group) => group.texts),
  "recipient-filter": () =>
    import(/* webpackChunkName: "explain-texts-recipient-filter" */ "./texts/recipient-filter.js").then(
      (group) => group.texts,
    ),
  "recipient-server-error": () =>
    import(
      /* webpackChunkName: "explain-texts-recipient-server-error" */ "./texts/recipient-server-error.js"
    ).then((group) => group.texts),
  "recipient-server-unreachable": () =>
    import(
      /* webpackChunkName: "explain-texts-recipient-server-unreachable" */ "./texts/recipient-server-unreachable.js"
    ).then((group) => group.texts),
  "relay-denied": () =>
    import(/* webpackChunkName: "explain-texts-relay-denied" */ "./texts/relay-denied.js").then(
      (group) => group.texts,
    ),
  "restricted-recipient": () =>
    import(
      /* webpackChunkName: "explain-texts-restricted-recipient" */ "./texts/restricted-recipient.js"
    ).then((group) => group.texts),
  "send-as-denied": () =>
    import(/* webpackChunkName: "explain-texts-send-as-denied" */ "./texts/send-as-denied.js").then(
      (group) => group.texts,
    ),
  "sender-account-blocked": () =>
    import(
      /* webpackChunkName: "explain-texts-sender-account-blocked" */ "./texts/sender-account-blocked.js"
    ).then((group) => group.texts),
  "sender-authentication-missing": () =>
    import(
      /* webpackChunkName: "explain-texts-sender-authentication-missing" */ "./texts/sender-authentication-missing.js"
    ).then((group) => group.texts),
  "sender-rejected": () =>
    import(/* webpackChunkName: "explain-texts-sender-rejected" */ "./texts/sender-rejected.js").then(
      (group) => group.texts,
    ),
  "sender-reputation": () =>
    import(/* webpackChunkName: "explain-texts-sender-reputation" */ "./texts/sender-reputation.js").then(
      (group) => group.texts,
    ),
  "sending-limit": () =>
    import(/* webpackChunkName: "explain-texts-sending-limit" */ "./texts/sending-limit.js").then(
      (group) => group.texts,
    ),
  "smtputf8-unsupported": () =>
    import(
      /* webpackChunkName: "explain-texts-smtputf8-unsupported" */ "./texts/smtputf8-unsupported.js"
    ).then((group) => group.texts),
  "spam-content": () =>
    import(/* webpackChunkName: "explain-texts-spam-content" */ "./texts/spam-content.js").then(
      (group) => group.texts,
    ),
  "spf-failed": () =>
    import(/* webpackChunkName: "explain-texts-spf-failed" */ "./texts/spf-failed.js").then(
      (group) => group.texts,
    ),
  "syntax-error": () =>
    import(/* webpackChunkName: "explain-texts-syntax-error" */ "./texts/syntax-error.js").then(
      (group) => group.texts,
    ),
  "temporary-failure": () =>
    import(/* webpackChunkName: "explain-texts-temporary-failure" */ "./texts/temporary-failure.js").then(
      (group) => group.texts,
    ),
  "tenant-relay-denied": () =>
    import(/* webpackChunkName: "explain-texts-tenant-relay-denied" */ "./texts/tenant-relay-denied.js").then(
      (group) => group.texts,
    ),
  "tls-required": () =>
    import(/* webpackChunkName: "explain-texts-tls-required" */ "./texts/tls-required.js").then(
      (group) => group.texts,
    ),
  "too-many-recipients": () =>
    import(/* webpackChunkName: "explain-texts-too-many-recipients" */ "./texts/too-many-recipients.js").then(
      (group) => group.texts,
    ),
  "unknown-recipient": () =>
    import(/* webpackChunkName: "explain-texts-unknown-recipient" */ "./texts/unknown-recipient.js").then(
      (group) => group.texts,
    ),
  virus: () =>
    import(/* webpackChunkName: "explain-texts-virus" */ "./texts/virus.js").then((group) => group.texts),
};

const registered = new Map<BounceReason, EntryTextGroup>();
const loading = new Map<BounceReason, Promise<void>>();

/** Makes `texts` the English texts of the entries whose reason is `reason`. */
export function registerEntryTexts(reason: BounceReason, texts: EntryTextGroup): void {
  registered.set(reason, texts);
}

/** Drops every registered group, as in a pane that has loaded none yet (for tests of the on-demand path). */
export function forgetEntryTexts(): void {
  registered.clear();
  loading.clear();
}

/** Whether the texts of `reason`'s entries are there. */
export function isEntryTextGroupLoaded(reason: BounceReason): boolean {
  return registered.has(reason);
}

/**
 * The entry's English texts. Its group must be registered: in Node always (allEntryTexts.ts), in the pane after
 * loadEntryTexts; a missing group is a programming error, not bad input.
 */
export function entryTexts(entry: EntryTextKey): EntryTexts {
  const texts = registered.get(entry.reason)?.[entry.id ?? entry.code];
  if (texts === undefined) {
    throw new Error(
      `The texts of "${entry.id ?? entry.code}" are not loaded: call loadEntryTexts(["${entry.reason}"]) first.`,
    );
  }
  return texts;
}

/**
 * Fetches and registers the text groups of `reasons` (separate chunks in the pane). Once per group is enough; a
 * failed load rejects and may be retried.
 */
export function loadEntryTexts(reasons: Iterable<BounceReason>): Promise<void> {
  const pending: Array<Promise<void>> = [];
  for (const reason of new Set(reasons)) {
    if (registered.has(reason)) continue;
    const loader = TEXT_GROUP_LOADERS[reason];
    if (loader === undefined) continue;
    let load = loading.get(reason);
    if (!load) {
      load = loader().then(
        (texts) => registerEntryTexts(reason, texts),
        (error: unknown) => {
          loading.delete(reason);
          throw error;
        },
      );
      loading.set(reason, load);
    }
    pending.push(load);
  }
  return Promise.all(pending).then(() => undefined);
}
