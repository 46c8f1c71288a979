// Shorthands that keep the provider tables compact (the lookup chunk bundles them).
import type {
  ProviderIncomingServer,
  ProviderNote,
  ProviderServer,
  ProviderSpec,
} from "../providerDatabase.js";
import { text, type TextValue } from "../language.js";
import type { AuthMethod } from "../types.js";

/** The date entries not re-checked in the latest revision were last compared with their docs. */
export const CHECKED = "2026-11-22";

/** The day entries were re-checked against their provider's own settings article (docs/providers.md). */
export const RECHECKED = "2026-12-01";

/** Implicit TLS ("SSL/TLS"), RFC 8314 submissions port 465 unless given. */
export function implicitTls(host: string, port = 465, auth?: AuthMethod[]): ProviderServer {
  return auth ? { host, port, security: "tls", auth } : { host, port, security: "tls" };
}

/** STARTTLS upgrade, RFC 6409 submission port 587 unless given. */
export function startTls(host: string, port = 587, auth?: AuthMethod[]): ProviderServer {
  return auth ? { host, port, security: "starttls", auth } : { host, port, security: "starttls" };
}

/** Both documented ports of one host, implicit TLS first (RFC 8314 prefers it when both are offered). */
export function tlsThenStartTls(host: string): ProviderServer[] {
  return [implicitTls(host), startTls(host)];
}

/** IMAP over implicit TLS, port 993 unless given (RFC 8314). */
export function imap(host: string, port = 993): ProviderIncomingServer {
  return { protocol: "imap", host, port, security: "tls" };
}

/** POP3 over implicit TLS, port 995 unless given (RFC 8314). */
export function pop3(host: string, port = 995): ProviderIncomingServer {
  return { protocol: "pop3", host, port, security: "tls" };
}

/** IMAP on imapHost:993 and POP3 on popHost:995, both implicit TLS: what most providers document. */
export function imapAndPop(imapHost: string, popHost: string): ProviderIncomingServer[] {
  return [imap(imapHost), pop3(popHost)];
}

/** A whitespace-separated domain list, so long alias lists stay readable and small. */
export function domainList(text: string): string[] {
  return text.split(/\s+/).filter((domain) => domain !== "");
}

/** A provider note with the text id provider.<key> (its German is in src/core/i18n/de/providers.ts). */
export function note(key: string, en: string, values?: Readonly<Record<string, TextValue>>): ProviderNote {
  return values ? { text: text(`provider.${key}`, en), values } : { text: text(`provider.${key}`, en) };
}

export const FULL_ADDRESS_LOGIN = note("fullAddressLogin", "User name: your full email address.");

/** Free providers that switch client access off until the user turns it on; `where` says where. */
export function enableClientAccess(key: string, provider: string, where: string): ProviderNote {
  return note(`${key}.enableAccess`, `${provider} blocks mail apps until you allow it once: ${where}.`);
}

export const LOCAL_PART_LOGIN = note("localPartLogin", "User name: the part of your address before the @.");

/**
 * For entries whose settings could not be read on a page of the provider's own
 * and come from independent public sources that agree: mail-client databases
 * (FairEmail, the Thunderbird ISPDB ...) and users' published working
 * configurations (docs/providers.md).
 */
export const FROM_CLIENT_DATABASES = note(
  "fromClientDatabases",
  "These settings come from public mail-client databases and published working configurations, not from a settings page of the provider's own: confirm them with a verify of the server before you rely on them.",
);

type IspEntry = Pick<ProviderSpec, "id" | "name" | "domains" | "servers" | "incoming" | "docs"> &
  Partial<ProviderSpec>;

/** Most ISPs: password sign-in with the full address, no MX-based detection, no app passwords. */
export function isp(entry: IspEntry): ProviderSpec {
  return {
    mxPatterns: [],
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    appPasswordHint: null,
    checked: CHECKED,
    ...entry,
  };
}
