// The embedded provider database: checked submission settings for mailbox
// providers and hosts, so the pane and `settings --offline` work without any
// network. The entries live in src/core/providers/ by region; how they are
// structured, checked and extended is in docs/providers.md.
import type { AuthMethod, IncomingProtocol, OutlookAccountType, Security } from "./types.js";
import { AMERICAS_PROVIDERS } from "./providers/americas.js";
import { ASIA_PACIFIC_PROVIDERS } from "./providers/asiaPacific.js";
import { EUROPE_PROVIDERS } from "./providers/europe.js";
import { GLOBAL_PROVIDERS } from "./providers/global.js";
import { HOSTING_PROVIDERS } from "./providers/hosting.js";

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

export type ProviderKind = "consumer" | "business" | "hosting" | "isp";

export interface Provider {
  /** Kebab-case, stable: other modules and users' scripts refer to it. */
  id: string;
  name: string;
  kind?: ProviderKind;
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
  /** Incoming servers, IMAP first, best first. */
  incoming?: ProviderIncomingServer[];
  /** Servers for mailboxes on the customer's own domain, when they differ (e.g. Zoho's smtppro). */
  customDomainServers?: ProviderServer[];
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
  /** Provider-specific, actionable advice. */
  notes: string[];
  /** https URL of the provider's own documentation for these settings. */
  docs: string;
  /** ISO date (YYYY-MM-DD) the entry was last checked against docs. */
  checked: string;
}

/** Every provider, global first. Ids and mailbox domains are unique (checked by validateProviderDatabase). */
export const PROVIDERS: readonly Provider[] = [
  ...GLOBAL_PROVIDERS,
  ...EUROPE_PROVIDERS,
  ...AMERICAS_PROVIDERS,
  ...ASIA_PACIFIC_PROVIDERS,
  ...HOSTING_PROVIDERS,
];
