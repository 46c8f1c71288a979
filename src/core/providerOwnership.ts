// "The provider owns this mailbox domain": the one definition (DESIGN.md,
// "knowledge lives in one place"). An address on gmail.com is Gmail's own: its
// user cannot change gmail.com's SPF or DMARC, so nothing may tell them to. A
// customer's domain hosted at Google (found by MX or by Outlook's account type)
// is not owned by Google: its SPF, DKIM and DMARC are the customer's to fix.
//
// The resolver applies the rule once, where the provider data is at hand, and
// records the answer in Settings.provider.ownsDomain; the checklist and the pane
// read it through addressOwnedByProvider, so neither needs the provider
// database (which the pane loads on demand).

import { normaliseDomain } from "./punycode.js";
import type { Settings } from "./types.js";

/** The part of a provider entry that says which mailbox domains are its own. */
export interface MailboxDomains {
  /** Exact mailbox domains, lowercase A-labels. */
  readonly domains: readonly string[];
  /** Every subdomain of these is the provider's (<tenant>.onmicrosoft.com); the suffix itself is not. */
  readonly domainSuffixes?: readonly string[];
}

/** True when the domain is one of the provider's own mailbox domains, not a customer's domain it hosts. */
export function providerOwnsDomain(provider: MailboxDomains, domain: string): boolean {
  const host = normaliseDomain(domain);
  if (host === undefined) return false;
  return (
    provider.domains.includes(host) ||
    (provider.domainSuffixes ?? []).some((suffix) => host.endsWith(`.${suffix}`))
  );
}

/**
 * True when the settings' address is on a domain its provider owns (as the
 * resolver recorded it). Settings without a provider, or from a source that
 * did not record it (discovery of a custom domain), are not owned.
 */
export function addressOwnedByProvider(settings: Pick<Settings, "provider">): boolean {
  return settings.provider?.ownsDomain === true;
}
