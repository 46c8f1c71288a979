// MX inference: the most preferred MX host matched against the provider
// database's MX patterns (*.mail.protection.outlook.com is Microsoft 365).
// The servers, incoming ones included, come from the database when the
// arbiter personalises the answer (settingsFromProvider).
import { dnsFailurePhrase } from "../../core/domainFindings.js";
import { text } from "../../core/language.js";
import { phraseOf } from "../../core/phrase.js";
import { findProviderByMx } from "../../core/providerMatch.js";
import { DnsLookupError, type MailDns } from "../dnsResolver.js";
import type { DiscoverySource, MxLookup } from "./source.js";

const MX_NOTE = {
  nullMx: text("discovery.mx.nullMx", "{domain} accepts no mail (null MX)"),
  noMx: text("discovery.mx.noMx", "{domain} has no MX record"),
  unknownProvider: text(
    "discovery.mx.unknownProvider",
    "MX {host} is not a provider in the built-in database",
  ),
  inferred: text(
    "discovery.mx.inferred",
    "Inferred from MX: mail for {domain} is received by {host}, which belongs to {provider}.",
  ),
} as const;

export async function lookupPreferredMx(domain: string, dns: MailDns): Promise<MxLookup> {
  try {
    const records = await dns.resolveMx(domain);
    const best = [...records].sort((a, b) => a.priority - b.priority)[0];
    const host = best?.exchange.toLowerCase().replace(/\.$/, "") ?? "";
    if (host === "") return { host: null, failure: null, missing: false, nullMx: records.length > 0 };
    return { host, failure: null, missing: false, nullMx: false };
  } catch (error) {
    if (!(error instanceof DnsLookupError)) throw error;
    if (error.kind === "nodata") return { host: null, failure: null, missing: false, nullMx: false };
    return {
      host: null,
      failure: { ...dnsFailurePhrase({ name: error.queryName, kind: error.kind }), original: error.message },
      missing: error.kind === "nxdomain",
      nullMx: false,
    };
  }
}

export function createMxSource(): DiscoverySource {
  return {
    key: "mx",
    async discover(domain, context) {
      const mx = await context.mx();
      if (mx.host === null) {
        const why = mx.failure ?? phraseOf(mx.nullMx ? MX_NOTE.nullMx : MX_NOTE.noMx, { domain });
        return { answer: null, failure: why, transient: mx.failure !== null && !mx.missing };
      }
      const provider = findProviderByMx(mx.host);
      if (!provider) return { answer: null, failure: phraseOf(MX_NOTE.unknownProvider, { host: mx.host }) };
      return {
        answer: {
          key: "mx",
          provider: { id: provider.id, name: provider.name, docs: provider.docs, checked: provider.checked },
          mxProviderId: provider.id,
          outgoing: [],
          incoming: [],
          notes: [phraseOf(MX_NOTE.inferred, { domain, host: mx.host, provider: provider.name })],
          unauthenticated: true,
        },
        failure: null,
      };
    },
  };
}
