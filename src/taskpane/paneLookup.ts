// The pane's view of settings resolution: the core resolver (embedded
// database, offline, instant) first; the server's discovery only for domains
// the database does not know; the domain's DNS report only for domains the
// user's organisation controls. Two lookups share this code: the start-up
// one over the global providers (startupLookup.ts, in the start-up file) and
// the whole database's (settingsLookup.ts, the "lookup" chunk).

import { errorMessageIn, InputError } from "../core/errors.js";
import { addressOwnedByProvider } from "../core/providerOwnership.js";
import { isLanguageLoaded, type Lang } from "../core/language.js";
// Dated facts ride with the lookup: the texts that need them show only with settings.
import { factDate } from "../core/datedFacts.js";
import type { ResolveOptions, ResolvedSettings } from "../core/resolveCore.js";
import type { MailboxContext, Settings } from "../core/types.js";

export type Resolution = { ok: true; settings: Settings } | { ok: false; message: string };

export interface SettingsLookup {
  /**
   * Resolves offline in the pane's language; a bad address becomes a message
   * for the form, never an exception. The same question gets the same object
   * back (so React's memos hold) until the language's texts have loaded.
   */
  resolveForPane(address: string, context: Partial<MailboxContext>, lang?: Lang): Resolution;
  /**
   * The domain whose SPF/DMARC/MTA-STS report feeds the checklist, or null for
   * a provider's own domains (gmail.com, outlook.com, tenant.onmicrosoft.com):
   * their users cannot change those records, so asking would only add noise.
   */
  domainToCheck(settings: Settings): string | null;
  factDate: typeof factDate;
}

type Resolver = (
  email: string,
  context: Partial<MailboxContext>,
  options: ResolveOptions,
) => ResolvedSettings;

/** The last few answers: the controller asks for the same address several times per render. */
const RECENT_RESOLUTIONS = 8;

export function createSettingsLookup(resolve: Resolver): SettingsLookup {
  const recentResolutions = new Map<string, Resolution>();

  function resolveUncached(address: string, context: Partial<MailboxContext>, lang: Lang): Resolution {
    try {
      // The resolver words its own notes and the provider's in `lang` (German once loadLanguage("de") ran).
      return { ok: true, settings: resolve(address, context, { lang }) };
    } catch (error) {
      if (error instanceof InputError) return { ok: false, message: errorMessageIn(error, lang) };
      throw error;
    }
  }

  return {
    resolveForPane(address, context, lang = "en") {
      // Whether the language has loaded is part of the question: before, its notes are still English.
      const key = `${lang}:${String(isLanguageLoaded(lang))}:${JSON.stringify(context)}:${address}`;
      const known = recentResolutions.get(key);
      if (known) return known;
      const resolution = resolveUncached(address, context, lang);
      if (recentResolutions.size >= RECENT_RESOLUTIONS) {
        const oldest = recentResolutions.keys().next().value;
        if (oldest !== undefined) recentResolutions.delete(oldest);
      }
      recentResolutions.set(key, resolution);
      return resolution;
    },
    domainToCheck(settings) {
      if (settings.domain.trim() === "" || addressOwnedByProvider(settings)) return null;
      return settings.domain;
    },
    factDate,
  };
}
