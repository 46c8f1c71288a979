// The domain's own autoconfig file, at its two locations (Thunderbird's order):
// https://autoconfig.<domain>/mail/config-v1.1.xml and
// https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml.
//
// Privacy (issue 11): the answer is cached per domain and shown to every
// address there, so it is fetched without anyone's address. Thunderbird sends
// `emailaddress=<the user's address>`; we send placeholderAddress(domain)
// ("%EMAILLOCALPART%@<domain>"), so a server that fills in what it receives
// answers with placeholders we fill per address, and a server that looks the
// user up finds no one and answers for the domain.
import { text } from "../../core/language.js";
import { phraseOf } from "../../core/phrase.js";
import { placeholderAddress } from "../../core/personalise.js";
import type { RuntimeConfig } from "../runtimeConfig.js";
import {
  clientConfigOutcome,
  fetchClientConfig,
  settle,
  withoutQuery,
  type ClientConfigFetchDeps,
} from "./clientConfigSource.js";
import type { DiscoverySource } from "./source.js";

export interface AutoconfigUrls {
  autoconfig: string;
  wellKnown: string;
}

/** Both URLs for a domain; `httpsPort` is 443 in production (tests use an ephemeral port). */
export function autoconfigUrls(domain: string, config: RuntimeConfig, httpsPort?: number): AutoconfigUrls {
  const query = `?emailaddress=${encodeURIComponent(placeholderAddress(domain))}`;
  if (config.autoconfigBaseUrl) {
    const base = config.autoconfigBaseUrl.replace(/\/+$/, "");
    return {
      autoconfig: `${base}/${domain}/mail/config-v1.1.xml${query}`,
      wellKnown: `${base}/${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
    };
  }
  const port = httpsPort && httpsPort !== 443 ? `:${httpsPort}` : "";
  return {
    autoconfig: `https://autoconfig.${domain}${port}/mail/config-v1.1.xml${query}`,
    wellKnown: `https://${domain}${port}/.well-known/autoconfig/mail/config-v1.1.xml`,
  };
}

const AUTOCONFIG_NOTE = {
  fromNamedFile: text(
    "discovery.autoconfig.fromNamedFile",
    "Settings from {name}'s autoconfig file for {domain} ({url}).",
  ),
  fromFile: text("discovery.autoconfig.fromFile", "Settings from the autoconfig file for {domain} ({url})."),
} as const;

export function createAutoconfigSources(
  fetchDeps: ClientConfigFetchDeps,
  config: RuntimeConfig,
  httpsPort?: number,
): DiscoverySource[] {
  return (["autoconfig", "wellKnown"] as const).map((key) => ({
    key,
    discover: (domain, context) => {
      const url = autoconfigUrls(domain, config, httpsPort)[key];
      return context.once(`${key}:${domain}`, () =>
        settle(async () =>
          clientConfigOutcome(key, await fetchClientConfig(url, domain, fetchDeps, context.signal), (name) =>
            name === null
              ? phraseOf(AUTOCONFIG_NOTE.fromFile, { domain, url: withoutQuery(url) })
              : phraseOf(AUTOCONFIG_NOTE.fromNamedFile, { name, domain, url: withoutQuery(url) }),
          ),
        ),
      );
    },
  }));
}
