// Offline settings resolution: address -> provider (by domain, or by what
// Outlook says the account is) -> the contract's "settings" shape, against a
// provider index: resolveSettings.ts binds it to the whole database; the
// pane's start-up to the global providers (globalProviderIndex.ts). Discovery
// over the network (src/net) reuses settingsFromProvider for MX inference.
import { parseEmailAddress, type ParsedAddress } from "./emailAddress.js";
import { CONFIDENCE_BY_SOURCE } from "./confidence.js";
import { fillText, localize, text, type Lang, type Text, type TextValue } from "./language.js";
import {
  providerNotes,
  type Provider,
  type ProviderIncomingServer,
  type ProviderServer,
} from "./providerRecord.js";
import type { ProviderIndex } from "./providerIndex.js";
import { providerOwnsDomain } from "./providerOwnership.js";
import type {
  IncomingServer,
  MailboxContext,
  OutlookAccountType,
  ProviderRef,
  Server,
  Settings,
  SettingsSource,
} from "./types.js";

/** Settings plus the Unicode form of an internationalised domain, present only when it differs. */
export interface ResolvedSettings extends Settings {
  unicodeDomain?: string;
}

// Outlook's accountType values that name a provider, and the one to use for a custom domain.
const CUSTOM_DOMAIN_PROVIDER: Partial<Record<OutlookAccountType, string>> = {
  office365: "microsoft365",
  outlookCom: "outlook",
  gmail: "google-workspace",
};

/** How the resolver words its notes; English unless asked (another language needs loadLanguage first). */
export interface ResolveOptions {
  lang?: Lang;
}

// The resolver's own notes; the German is in src/core/i18n/de/resolver.ts.
export const RESOLVER_NOTES = {
  enterpriseProtocols: text(
    "resolver.enterprise.protocols",
    'Outlook reports an on-premises Exchange account (account type "enterprise"). Outlook talks to Exchange over its own protocols (MAPI/HTTP), not SMTP, so there are no standard SMTP settings for this mailbox.',
  ),
  enterpriseAskAdmin: text(
    "resolver.enterprise.askAdmin",
    "SMTP is only needed for devices or apps that send mail; ask your Exchange administrator for the submission host, port and whether SMTP AUTH is allowed.",
  ),
  enterpriseButKnownDomain: text(
    "resolver.enterprise.knownDomain",
    "Outlook reports an on-premises Exchange account, yet {domain} belongs to {provider}: if your organisation's Exchange server really holds this mailbox, ask its administrator for the SMTP settings instead.",
  ),
  accountTypeConflict: text(
    "resolver.accountTypeConflict",
    "Outlook's account type (\"{type}\") points to {named}, but {domain} belongs to {provider}: these are {provider}'s settings.",
  ),
  noBuiltin: text(
    "resolver.none.noBuiltin",
    "No built-in settings for {domain}: the offline database covers well-known providers and hosts only.",
  ),
  runOnline: text(
    "resolver.none.runOnline",
    "Run the online check, which reads the domain's autoconfig file, SRV and MX records, or ask whoever hosts this mailbox for its SMTP submission server (usually port 465 with SSL/TLS or 587 with STARTTLS).",
  ),
  fromContext: text(
    "resolver.fromContext",
    'Identified as {provider} from Outlook\'s account type ("{type}"), which is more reliable than guessing from the domain.',
  ),
  plusAlias: text(
    "resolver.plusAlias",
    '{alias} is a "+" alias of {base}: sign in as the address without the "+" part.',
  ),
} as const satisfies Record<string, Text>;

function say(words: Text, lang: Lang, values: Readonly<Record<string, TextValue>> = {}): string {
  return fillText(localize(words, lang), values, lang);
}

function enterpriseNotes(lang: Lang): string[] {
  return [say(RESOLVER_NOTES.enterpriseProtocols, lang), say(RESOLVER_NOTES.enterpriseAskAdmin, lang)];
}

function noneNotes(address: ParsedAddress, lang: Lang): string[] {
  return [
    say(RESOLVER_NOTES.noBuiltin, lang, { domain: address.unicodeDomain }),
    say(RESOLVER_NOTES.runOnline, lang),
  ];
}

function fromContextNote(type: OutlookAccountType, provider: Provider, lang: Lang): string {
  return say(RESOLVER_NOTES.fromContext, lang, { provider: provider.name, type });
}

function usernameFor(provider: Provider, address: ParsedAddress): string {
  // Every provider in the database treats the local part case-insensitively, so a
  // normalised lowercase login avoids "Bob@" vs "bob@" surprises.
  const local = (provider.subaddressSeparator ? address.baseLocalPart : address.localPart).toLowerCase();
  return provider.username === "localpart" ? local : `${local}@${address.domain}`;
}

function toServer(spec: ProviderServer, provider: Provider, username: string): Server {
  const server: Server = {
    host: spec.host,
    port: spec.port,
    security: spec.security,
    auth: [...(spec.auth ?? provider.auth)],
    username,
  };
  if (spec.warning) server.warning = spec.warning;
  return server;
}

// Outlook's dialogs ask for IMAP or POP; IMAP keeps mail on the server for every device, so it comes first.
const PROTOCOL_RANK: Readonly<Record<IncomingServer["protocol"], number>> = { imap: 0, pop3: 1 };

function toIncomingServer(
  spec: ProviderIncomingServer,
  provider: Provider,
  username: string,
): IncomingServer {
  const server: IncomingServer = {
    protocol: spec.protocol,
    host: spec.host,
    port: spec.port,
    security: spec.security,
    auth: [...(spec.auth ?? provider.auth)],
    username,
  };
  if (spec.warning) server.warning = spec.warning;
  return server;
}

/**
 * The provider's incoming (IMAP/POP3) servers for an address, user name filled
 * in, IMAP before POP3 and otherwise in the provider's order. Mailboxes on the
 * customer's own domain get customDomainIncoming when the provider has it
 * (Zoho's imappro). Discovery calls it for providers it infers from MX records.
 */
export function incomingServersFor(provider: Provider, address: ParsedAddress): IncomingServer[] {
  const username = usernameFor(provider, address);
  const ownDomain = providerOwnsDomain(provider, address.domain);
  const specs =
    !ownDomain && provider.customDomainIncoming ? provider.customDomainIncoming : provider.incoming;
  return (specs ?? [])
    .map((spec, index) => ({ spec, index }))
    .sort((a, b) => PROTOCOL_RANK[a.spec.protocol] - PROTOCOL_RANK[b.spec.protocol] || a.index - b.index)
    .map(({ spec }) => toIncomingServer(spec, provider, username));
}

/** The provider's reference for Settings: who it is, its documentation, and the facts the checklist needs. */
function providerRef(provider: Provider, ownsDomain: boolean): ProviderRef {
  const ref: ProviderRef = {
    id: provider.id,
    name: provider.name,
    docs: provider.docs,
    checked: provider.checked,
    ownsDomain,
  };
  if (provider.unverified) ref.unverified = true;
  if (provider.appPasswordHint) {
    ref.appPasswordHint = { id: provider.appPasswordHint.id, en: provider.appPasswordHint.en };
  }
  return ref;
}

function withUnicodeDomain(settings: Settings, address: ParsedAddress): ResolvedSettings {
  return address.unicodeDomain !== address.domain
    ? { ...settings, unicodeDomain: address.unicodeDomain }
    : settings;
}

/**
 * The Settings for an address served by a known provider. Mailboxes on the
 * customer's own domain get the provider's customDomainServers when it has them
 * (Zoho's smtppro, Proton's SMTP tokens).
 */
export function settingsFromProvider(
  provider: Provider,
  address: ParsedAddress,
  source: SettingsSource,
  notes: string[] = [],
  options: ResolveOptions = {},
): ResolvedSettings {
  const lang = options.lang ?? "en";
  const username = usernameFor(provider, address);
  const ownDomain = providerOwnsDomain(provider, address.domain);
  const specs = !ownDomain && provider.customDomainServers ? provider.customDomainServers : provider.servers;
  const extra: string[] = [];
  if (provider.subaddressSeparator && address.baseLocalPart !== address.localPart) {
    const shown = (local: string) => `${local.toLowerCase()}@${address.unicodeDomain}`;
    extra.push(
      say(RESOLVER_NOTES.plusAlias, lang, {
        alias: shown(address.localPart),
        base: shown(address.baseLocalPart),
      }),
    );
  }
  const email = `${address.localPart.toLowerCase()}@${address.domain}`;
  return withUnicodeDomain(
    {
      email,
      domain: address.domain,
      provider: providerRef(provider, ownDomain),
      source,
      servers: specs.map((spec) => toServer(spec, provider, username)),
      incoming: incomingServersFor(provider, address),
      notes: [...notes, ...extra, ...(lang === "en" ? provider.notes : providerNotes(provider, lang))],
      confidence: CONFIDENCE_BY_SOURCE[source],
    },
    address,
  );
}

function unresolved(address: ParsedAddress, notes: string[]): ResolvedSettings {
  return withUnicodeDomain(
    {
      email: address.address,
      domain: address.domain,
      provider: null,
      source: "none",
      servers: [],
      incoming: [],
      notes,
      confidence: CONFIDENCE_BY_SOURCE.none,
    },
    address,
  );
}

/**
 * Resolves an address against a provider index (no network). Throws
 * InputError when the input is not an address, and ProviderElsewhereError when
 * the index knows the domain's provider by domain only. The Outlook account type, when
 * given, decides the provider for custom domains (office365 -> Microsoft 365,
 * gmail -> Google Workspace, outlookCom -> Outlook.com, enterprise -> on-premises
 * Exchange, which has no built-in settings); a known mailbox domain wins over it.
 */
export function resolveSettingsWith(
  index: Pick<ProviderIndex, "findProviderByDomain" | "findProviderByAccountType" | "findProviderById">,
  email: string,
  context?: Partial<MailboxContext>,
  options: ResolveOptions = {},
): ResolvedSettings {
  const { findProviderByAccountType, findProviderByDomain, findProviderById } = index;
  const lang = options.lang ?? "en";
  const address = parseEmailAddress(email);
  const byDomain = findProviderByDomain(address.domain);
  const type = context?.accountType;

  if (byDomain) {
    const notes: string[] = [];
    const named = type ? findProviderByAccountType(type) : undefined;
    if (named && named.id !== byDomain.id && !isSameFamily(named, byDomain)) {
      notes.push(
        say(RESOLVER_NOTES.accountTypeConflict, lang, {
          type: type ?? "",
          named: named.name,
          domain: address.unicodeDomain,
          provider: byDomain.name,
        }),
      );
    }
    if (type === "enterprise") {
      notes.push(
        say(RESOLVER_NOTES.enterpriseButKnownDomain, lang, {
          domain: address.unicodeDomain,
          provider: byDomain.name,
        }),
      );
    }
    return settingsFromProvider(byDomain, address, "builtin", notes, { lang });
  }

  if (type === "enterprise") return unresolved(address, enterpriseNotes(lang));
  const customId = type ? CUSTOM_DOMAIN_PROVIDER[type] : undefined;
  const fromContext = customId ? findProviderById(customId) : undefined;
  if (type && fromContext)
    return settingsFromProvider(fromContext, address, "builtin", [fromContextNote(type, fromContext, lang)], {
      lang,
    });
  return unresolved(address, noneNotes(address, lang));
}

// Outlook calls Google Workspace accounts "gmail": no conflict note between the two.
function isSameFamily(a: Provider, b: Provider): boolean {
  const google = ["gmail", "google-workspace"];
  return google.includes(a.id) && google.includes(b.id);
}
