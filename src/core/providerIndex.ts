// Lookups into a list of providers: by mailbox domain, by MX host, by id and
// by Outlook's account type. The maps are built once per list, so each lookup
// is a few hash probes (the resolver runs per keystroke in the pane and per
// request in the server); the MX rules only at the first MX lookup (the
// pane's first paint never needs them). providerMatch.ts holds the index of
// the whole database; globalProviderIndex.ts the pane's start-up index.
import type { Provider } from "./providerRecord.js";
import { normaliseDomain } from "./punycode.js";
import type { OutlookAccountType } from "./types.js";

export interface ProviderIndex {
  /**
   * The provider whose mailbox domain this is: an exact domain first, then a
   * domain suffix rule (<tenant>.onmicrosoft.com). Subdomains of an exact
   * mailbox domain are not matched: x.gmail.com is not a Gmail mailbox domain.
   */
  findProviderByDomain(domain: string): Provider | undefined;
  /** The provider that operates this MX host (for custom domains), most specific pattern first. */
  findProviderByMx(mxHost: string): Provider | undefined;
  findProviderById(id: string): Provider | undefined;
  /** office365 -> Microsoft 365, outlookCom -> Outlook.com, gmail -> Gmail; enterprise identifies no provider. */
  findProviderByAccountType(type: OutlookAccountType): Provider | undefined;
}

/** Mailbox domains and domain suffixes of providers an index knows only by name, not by their records. */
export interface ProvidersElsewhere {
  domains: readonly string[];
  domainSuffixes: readonly string[];
}

/**
 * A domain belongs to a provider whose record this index does not hold: the
 * answer needs the whole database. Thrown, never guessed, so that an index
 * without those records cannot give a wrong answer.
 */
export class ProviderElsewhereError extends Error {
  constructor(readonly domain: string) {
    super(`${domain} belongs to a provider this index knows by domain only`);
    this.name = "ProviderElsewhereError";
  }
}

interface MxRule {
  pattern: RegExp;
  provider: Provider;
  /** Literal characters in the pattern: more specific rules are tried first (AOL's *.gm0.yahoodns.net before Yahoo's *.yahoodns.net). */
  specificity: number;
}

/**
 * Compiles an MX pattern (syntax documented on Provider.mxPatterns): a leading
 * "*." is one or more whole labels, any other "*" is part of one label.
 */
export function compileMxPattern(pattern: string): RegExp {
  const leadingLabels = pattern.startsWith("*.");
  const rest = leadingLabels ? pattern.slice(2) : pattern;
  const body = rest
    .split("*")
    .map((literal) => literal.replace(/[.+?^${}()|[\]\\-]/g, "\\$&"))
    .join("[a-z0-9-]*");
  return new RegExp(`^${leadingLabels ? "(?:[a-z0-9-]+\\.)+" : ""}${body}$`);
}

// Stands in the domain maps for a provider known by domain only.
const ELSEWHERE = Symbol("elsewhere");

/**
 * The index of `providers`. With `elsewhere`, a domain of those other
 * providers throws ProviderElsewhereError where the whole database would
 * answer with one of them, so every answer it gives is the whole database's.
 * It cannot answer MX lookups then (MX patterns of the others are unknown).
 */
export function createProviderIndex(
  providers: readonly Provider[],
  elsewhere?: ProvidersElsewhere,
): ProviderIndex {
  const byId = new Map<string, Provider>();
  const byDomain = new Map<string, Provider | typeof ELSEWHERE>();
  const bySuffix = new Map<string, Provider | typeof ELSEWHERE>();
  const byAccountType = new Map<OutlookAccountType, Provider>();
  for (const domain of elsewhere?.domains ?? []) byDomain.set(domain, ELSEWHERE);
  for (const suffix of elsewhere?.domainSuffixes ?? []) bySuffix.set(suffix, ELSEWHERE);
  for (const provider of providers) {
    byId.set(provider.id, provider);
    for (const domain of provider.domains) byDomain.set(domain, provider);
    for (const suffix of provider.domainSuffixes ?? []) bySuffix.set(suffix, provider);
    for (const type of provider.outlookAccountTypes ?? []) byAccountType.set(type, provider);
  }

  let mxIndex: { exact: Map<string, Provider>; rules: MxRule[] } | undefined;
  function mxLookups(): { exact: Map<string, Provider>; rules: MxRule[] } {
    if (mxIndex) return mxIndex;
    const exact = new Map<string, Provider>();
    const rules: MxRule[] = [];
    for (const provider of providers) {
      for (const pattern of provider.mxPatterns) {
        if (pattern.includes("*")) {
          rules.push({
            pattern: compileMxPattern(pattern),
            provider,
            specificity: pattern.replace(/\*/g, "").length,
          });
        } else {
          exact.set(pattern, provider);
        }
      }
    }
    rules.sort((a, b) => b.specificity - a.specificity);
    mxIndex = { exact, rules };
    return mxIndex;
  }

  function known(found: Provider | typeof ELSEWHERE, host: string): Provider {
    if (found === ELSEWHERE) throw new ProviderElsewhereError(host);
    return found;
  }

  return {
    findProviderByDomain(domain) {
      const host = normaliseDomain(domain);
      if (host === undefined) return undefined;
      const exact = byDomain.get(host);
      if (exact) return known(exact, host);
      for (let dot = host.indexOf("."); dot >= 0; dot = host.indexOf(".", dot + 1)) {
        const suffixed = bySuffix.get(host.slice(dot + 1));
        if (suffixed) return known(suffixed, host);
      }
      return undefined;
    },
    findProviderByMx(mxHost) {
      if (elsewhere) throw new ProviderElsewhereError(mxHost);
      const host = normaliseDomain(mxHost);
      if (host === undefined) return undefined;
      const { exact, rules } = mxLookups();
      return exact.get(host) ?? rules.find((rule) => rule.pattern.test(host))?.provider;
    },
    findProviderById: (id) => byId.get(id),
    findProviderByAccountType: (type) => byAccountType.get(type),
  };
}
