// Shorthands that keep the provider tables compact (the pane bundles them).
import type { ProviderServer } from "../providerDatabase.js";
import type { AuthMethod } from "../types.js";

/** The date every entry in this revision of the database was checked against its docs. */
export const CHECKED = "2026-11-22";

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

/** A whitespace-separated domain list, so long alias lists stay readable and small. */
export function domainList(text: string): string[] {
  return text.split(/\s+/).filter((domain) => domain !== "");
}

/** Free providers that switch client access off until the user turns it on. */
export function enableClientAccess(provider: string, where: string): string {
  return `${provider} blocks mail apps until you allow it once: ${where}.`;
}

export const FULL_ADDRESS_LOGIN = "User name: your full email address.";
