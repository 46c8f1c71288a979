// The Thunderbird ISPDB, a volunteer-run service: asked by domain only (never
// an address), and at most once per domain per cache lifetime across every
// instance (context.once). Two sources: the user's domain, and the
// organisational domain of its most preferred MX host when MX inference found
// no provider (a hosted domain often shares its host's settings).
import { text } from "../../core/language.js";
import { phraseOf } from "../../core/phrase.js";
import { organisationalDomain } from "../../core/domainFindings.js";
import { findProviderByMx } from "../../core/providerMatch.js";
import {
  clientConfigOutcome,
  fetchClientConfig,
  settle,
  type ClientConfigFetchDeps,
} from "./clientConfigSource.js";
import { NO_ANSWER, type DiscoverySource } from "./source.js";

export function ispdbUrl(base: string, domain: string): string {
  return `${base.endsWith("/") ? base : `${base}/`}${domain}`;
}

const ISPDB_NOTE = {
  namedEntry: text(
    "discovery.ispdb.namedEntry",
    "Settings from the Thunderbird ISPDB entry for {domain} ({name}).",
  ),
  entry: text("discovery.ispdb.entry", "Settings from the Thunderbird ISPDB entry for {domain}."),
  mxEntry: text(
    "discovery.ispdb.mxEntry",
    "Settings from the Thunderbird ISPDB entry for {base} ({name}), the domain of your MX host {mxHost}.",
  ),
} as const;

export function createIspdbSources(fetchDeps: ClientConfigFetchDeps, ispdbBase: string): DiscoverySource[] {
  const askIspdb = (domain: string, signal: AbortSignal) =>
    settle(async () =>
      clientConfigOutcome(
        "ispdb",
        await fetchClientConfig(ispdbUrl(ispdbBase, domain), domain, fetchDeps, signal),
        (name) =>
          name === null
            ? phraseOf(ISPDB_NOTE.entry, { domain })
            : phraseOf(ISPDB_NOTE.namedEntry, { domain, name }),
      ),
    );
  const byDomain: DiscoverySource = {
    key: "ispdb",
    discover: (domain, context) => context.once(`ispdb:${domain}`, () => askIspdb(domain, context.signal)),
  };
  const byMxDomain: DiscoverySource = {
    key: "ispdbMx",
    async discover(domain, context) {
      const mx = await context.mx();
      // A provider we know by its MX is described better by our database.
      if (mx.host === null || findProviderByMx(mx.host)) return NO_ANSWER;
      const mxHost = mx.host;
      const base = organisationalDomain(mxHost);
      if (base === domain) return NO_ANSWER;
      // Stored as the base domain's own ISPDB answer: the ispdb source of that domain shares it.
      const outcome = await context.once(`ispdb:${base}`, () => askIspdb(base, context.signal));
      if (!outcome.answer) return outcome;
      // The stored outcome is the base domain's; this domain learns it through its MX.
      return {
        ...outcome,
        answer: {
          ...outcome.answer,
          key: "ispdbMx",
          unauthenticated: true,
          notes: [
            phraseOf(ISPDB_NOTE.mxEntry, { base, name: outcome.answer.provider?.name ?? base, mxHost }),
            ...outcome.answer.notes.slice(1),
          ],
        },
      };
    },
  };
  return [byDomain, byMxDomain];
}
