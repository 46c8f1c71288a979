// Lookups into the provider database. The maps are built once, so each lookup
// is a few hash probes (the resolver runs per keystroke in the pane and per
// request in the server): the domain maps when the module loads, the MX rules
// at the first MX lookup (the pane's first paint never needs them).
import type { Lang } from "./language.js";
import { PROVIDERS, providerNotes, type Provider } from "./providerDatabase.js";
import { normaliseDomain } from "./punycode.js";
import type { OutlookAccountType, Settings } from "./types.js";

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

const byId = new Map<string, Provider>();
const byDomain = new Map<string, Provider>();
const bySuffix = new Map<string, Provider>();
const byAccountType = new Map<OutlookAccountType, Provider>();

for (const provider of PROVIDERS) {
  byId.set(provider.id, provider);
  for (const domain of provider.domains) byDomain.set(domain, provider);
  for (const suffix of provider.domainSuffixes ?? []) bySuffix.set(suffix, provider);
  for (const type of provider.outlookAccountTypes ?? []) byAccountType.set(type, provider);
}

interface MxIndex {
  exact: Map<string, Provider>;
  /** Most specific first. */
  rules: MxRule[];
}

let mxIndex: MxIndex | undefined;

function mxLookups(): MxIndex {
  if (mxIndex) return mxIndex;
  const exact = new Map<string, Provider>();
  const rules: MxRule[] = [];
  for (const provider of PROVIDERS) {
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

/**
 * The provider whose mailbox domain this is: an exact domain first, then a
 * domain suffix rule (<tenant>.onmicrosoft.com). Subdomains of an exact
 * mailbox domain are not matched: x.gmail.com is not a Gmail mailbox domain.
 */
export function findProviderByDomain(domain: string): Provider | undefined {
  const host = normaliseDomain(domain);
  if (host === undefined) return undefined;
  const exact = byDomain.get(host);
  if (exact) return exact;
  for (let dot = host.indexOf("."); dot >= 0; dot = host.indexOf(".", dot + 1)) {
    const suffixed = bySuffix.get(host.slice(dot + 1));
    if (suffixed) return suffixed;
  }
  return undefined;
}

/** The provider that operates this MX host (for custom domains), most specific pattern first. */
export function findProviderByMx(mxHost: string): Provider | undefined {
  const host = normaliseDomain(mxHost);
  if (host === undefined) return undefined;
  const { exact, rules } = mxLookups();
  return exact.get(host) ?? rules.find((rule) => rule.pattern.test(host))?.provider;
}

export function findProviderById(id: string): Provider | undefined {
  return byId.get(id);
}

/** office365 -> Microsoft 365, outlookCom -> Outlook.com, gmail -> Gmail; enterprise identifies no provider. */
export function findProviderByAccountType(type: OutlookAccountType): Provider | undefined {
  return byAccountType.get(type);
}

/**
 * The settings' notes in `lang`: every note that is one of its provider's
 * English notes becomes that note's translation (once the language's table is
 * loaded); the resolver's own notes stay as they are. For the pane, which shows
 * provider notes to German Outlook users in German.
 */
export function localizeSettingsNotes(settings: Pick<Settings, "provider" | "notes">, lang: Lang): string[] {
  const provider = settings.provider ? byId.get(settings.provider.id) : undefined;
  if (!provider || lang === "en") return [...settings.notes];
  const english = providerNotes(provider, "en");
  const translated = providerNotes(provider, lang);
  return settings.notes.map((note) => {
    const index = english.indexOf(note);
    return index >= 0 ? (translated[index] ?? note) : note;
  });
}
