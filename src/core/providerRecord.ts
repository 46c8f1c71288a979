// A provider entry's shape and how a table's spec becomes an entry. Apart
// from the tables themselves (providerDatabase.ts), so that the pane's
// start-up can build the global providers without loading the regional ones
// (src/core/globalProviderIndex.ts).
import { fillText, localize, type Lang, type Text, type TextValue } from "./language.js";
import type { AuthMethod, IncomingProtocol, OutlookAccountType, Security } from "./types.js";

/** One submission server as the provider documents it (the username is filled in per address). */
export interface ProviderServer {
  host: string;
  port: number;
  security: Security;
  /** Overrides the provider's auth list for this server. */
  auth?: AuthMethod[];
  /** Required when security is "none": why it is unsafe and what to prefer. */
  warning?: string;
}

/** One incoming server as the provider documents it (the username is filled in per address). */
export interface ProviderIncomingServer {
  protocol: IncomingProtocol;
  host: string;
  port: number;
  security: Security;
  /** Overrides the provider's auth list for this server. */
  auth?: AuthMethod[];
  /** Required when security is "none": why it is unsafe and what to prefer. */
  warning?: string;
}

/**
 * What to type as the SMTP user name: the whole address, or only the part
 * before the @ (a few ISPs, e.g. Free, still log in by identifier).
 */
export type UsernameForm = "email" | "localpart";

/**
 * One provider note: its English and text id (German in
 * src/core/i18n/de/providers.ts), with `{name}` placeholders filled from
 * `values` per language (dated facts come from src/core/datedFacts.ts this way).
 */
export interface ProviderNote {
  readonly text: Text;
  readonly values?: Readonly<Record<string, TextValue>>;
}

export interface Provider {
  /** Kebab-case, stable: other modules and users' scripts refer to it. */
  id: string;
  name: string;
  /** Exact mailbox domains, lowercase ASCII (A-labels for IDNs). */
  domains: string[];
  /** Any subdomain of these is the provider's (e.g. <tenant>.onmicrosoft.com); the suffix itself is not. */
  domainSuffixes?: string[];
  /**
   * MX host patterns that identify the provider for custom domains. A leading
   * "*." matches one or more whole labels; any other "*" matches zero or more
   * characters inside one label. "mx*.zoho.eu" matches mx.zoho.eu and mx2.zoho.eu.
   */
  mxPatterns: string[];
  /** Best first. Empty only for providers that offer no SMTP at all (then notes say so). */
  servers: ProviderServer[];
  /**
   * Incoming servers, IMAP first, best first. Empty only when servers is empty
   * too (no client access at all). Every database entry has it (ProviderSpec
   * and the schema require it); optional here so hand-built test providers compile.
   */
  incoming?: ProviderIncomingServer[];
  /** Servers for mailboxes on the customer's own domain, when they differ (e.g. Zoho's smtppro). */
  customDomainServers?: ProviderServer[];
  /** Incoming servers for mailboxes on the customer's own domain, when they differ (e.g. Zoho's imappro). */
  customDomainIncoming?: ProviderIncomingServer[];
  /** Preferred first. */
  auth: AuthMethod[];
  username: UsernameForm;
  /**
   * The subaddress separator when "ann+tag@" is an alias of "ann@" (RFC 5233):
   * the login then uses the address without the tag.
   */
  subaddressSeparator?: "+";
  /** Office.js userProfile.accountType values that identify this provider. */
  outlookAccountTypes?: OutlookAccountType[];
  /** Provider-specific, actionable advice, in English (the same texts as noteTexts, placeholders filled). */
  notes: string[];
  /** The notes as texts with ids, for other languages: read them with providerNotes(provider, lang). */
  noteTexts?: readonly ProviderNote[];
  /**
   * Where and how this provider's app password (or its equivalent: secure mail
   * key, authorization code, Bridge password) is made; null when the provider
   * has none. Every database entry sets it (non-null whenever any of its auth
   * lists has "app-password"); undefined only in hand-built test providers.
   */
  appPasswordHint?: Text | null;
  /** https URL of the provider's own settings article (a deep link, not a help centre's home page). */
  docs: string;
  /** ISO date (YYYY-MM-DD) the entry was last checked against docs. */
  checked: string;
  /**
   * Set when the settings could not be confirmed from a settings article of
   * the provider's own (docs is then its help centre): the pane and CLI say so.
   */
  unverified?: true;
}

/** How the regional tables write an entry: notes as texts (the English `notes` are derived once at load); incoming servers and the app-password hint required. */
export type ProviderSpec = Omit<Provider, "notes" | "noteTexts" | "incoming" | "appPasswordHint"> & {
  notes: readonly ProviderNote[];
  incoming: ProviderIncomingServer[];
  appPasswordHint: Text | null;
};

/** A database entry: everything the schema requires is present. */
export type DatabaseProvider = Provider &
  Required<Pick<Provider, "incoming" | "noteTexts">> & { appPasswordHint: Text | null };

/** A provider note in `lang` (English until that language's table is loaded). */
export function localizeProviderNote(note: ProviderNote, lang: Lang): string {
  return fillText(localize(note.text, lang), note.values ?? {}, lang);
}

/** The provider's notes in `lang`, in order (its English notes when it has no note texts). */
export function providerNotes(provider: Pick<Provider, "notes" | "noteTexts">, lang: Lang): string[] {
  return provider.noteTexts
    ? provider.noteTexts.map((note) => localizeProviderNote(note, lang))
    : [...provider.notes];
}

// The English notes are worded at their first read, not for every provider at load: the pane's
// first paint builds the global providers to show one of them (docs/taskpane.md, "Time to settings").
export function providerFromSpec(spec: ProviderSpec): DatabaseProvider {
  const { notes: noteTexts, ...rest } = spec;
  let english: string[] | undefined;
  const provider = { ...rest, noteTexts } as DatabaseProvider;
  Object.defineProperty(provider, "notes", {
    enumerable: true,
    configurable: true,
    get: () => (english ??= noteTexts.map((note) => localizeProviderNote(note, "en"))),
  });
  return provider;
}
