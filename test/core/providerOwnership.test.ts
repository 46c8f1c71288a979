import { describe, expect, it } from "@jest/globals";
import { PROVIDERS } from "../../src/core/providerDatabase.js";
import { findProviderById } from "../../src/core/providerMatch.js";
import {
  addressOwnedByProvider,
  providerOwnsDomain,
  type MailboxDomains,
} from "../../src/core/providerOwnership.js";
import { resolveSettings } from "../../src/core/resolveSettings.js";

const microsoft365: MailboxDomains = { domains: [], domainSuffixes: ["onmicrosoft.com"] };
const gmail: MailboxDomains = { domains: ["gmail.com", "googlemail.com"] };
const idnProvider: MailboxDomains = { domains: ["xn--mller-kva.example"] };

describe("providerOwnsDomain", () => {
  it("owns its exact mailbox domains, whatever the case or a trailing dot", () => {
    expect(providerOwnsDomain(gmail, "gmail.com")).toBe(true);
    expect(providerOwnsDomain(gmail, " GMail.COM. ")).toBe(true);
    expect(providerOwnsDomain(gmail, "googlemail.com")).toBe(true);
  });

  it("does not own subdomains of an exact domain, nor look-alikes", () => {
    expect(providerOwnsDomain(gmail, "mail.gmail.com")).toBe(false);
    expect(providerOwnsDomain(gmail, "notgmail.com")).toBe(false);
    expect(providerOwnsDomain(gmail, "gmail.com.evil.example")).toBe(false);
  });

  it("owns every subdomain of a suffix, but not the suffix itself", () => {
    expect(providerOwnsDomain(microsoft365, "contoso.onmicrosoft.com")).toBe(true);
    expect(providerOwnsDomain(microsoft365, "contoso.mail.onmicrosoft.com")).toBe(true);
    expect(providerOwnsDomain(microsoft365, "onmicrosoft.com")).toBe(false);
    expect(providerOwnsDomain(microsoft365, "contoso-onmicrosoft.com")).toBe(false);
  });

  it("compares internationalised domains in their ASCII form", () => {
    expect(providerOwnsDomain(idnProvider, "müller.example")).toBe(true);
    expect(providerOwnsDomain(idnProvider, "xn--mller-kva.example")).toBe(true);
  });

  it("owns nothing for empty or malformed input", () => {
    expect(providerOwnsDomain(gmail, "")).toBe(false);
    expect(providerOwnsDomain(gmail, ".")).toBe(false);
    expect(providerOwnsDomain(gmail, undefined as unknown as string)).toBe(false);
  });
});

describe("the one predicate across the database", () => {
  const withDomains = PROVIDERS.filter((provider) => provider.domains.length > 0);

  it("says every provider owns each of its own mailbox domains, and the resolver records it", () => {
    expect(withDomains.length).toBeGreaterThan(50);
    for (const provider of withDomains) {
      for (const domain of provider.domains) {
        expect([provider.id, domain, providerOwnsDomain(provider, domain)]).toEqual([
          provider.id,
          domain,
          true,
        ]);
        const settings = resolveSettings(`ann@${domain}`);
        if (settings.provider?.id !== provider.id) continue;
        expect([domain, addressOwnedByProvider(settings)]).toEqual([domain, true]);
      }
    }
  });

  it("says no provider owns a customer's domain it hosts", () => {
    for (const provider of PROVIDERS) {
      expect([provider.id, providerOwnsDomain(provider, "contoso.com")]).toEqual([provider.id, false]);
    }
    const workspace = findProviderById("google-workspace");
    expect(workspace).toBeDefined();
    const hosted = resolveSettings("ann@contoso.com", { accountType: "gmail" });
    expect(hosted.provider?.id).toBe("google-workspace");
    expect(addressOwnedByProvider(hosted)).toBe(false);
  });

  it("treats settings without a provider, or without the recorded answer, as not owned", () => {
    expect(addressOwnedByProvider({ provider: null })).toBe(false);
    expect(addressOwnedByProvider({ provider: { id: "gmail", name: "Gmail" } })).toBe(false);
    expect(addressOwnedByProvider(resolveSettings("ann@unknown-domain.example"))).toBe(false);
  });
});
