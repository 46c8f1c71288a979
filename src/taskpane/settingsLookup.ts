// The pane's view of settings resolution: the core resolver (embedded
// database, offline, instant) first; the server's discovery only for domains
// the database does not know; the domain's DNS report only for domains the
// user's organisation controls.

import { InputError } from "../core/errors.js";
import { addressOwnedByProvider } from "../core/providerOwnership.js";
import type { Lang } from "../core/language.js";
// Dated facts ride in this chunk: the texts that need them show only with settings, and the
// table (with its sources) stays out of the start-up JavaScript.
export { factDate } from "../core/datedFacts.js";
import { providerNotes } from "../core/providerDatabase.js";
import { findProviderById } from "../core/providerMatch.js";
import { resolveSettings } from "../core/resolveSettings.js";
import type { MailboxContext, Settings } from "../core/types.js";

export type Resolution = { ok: true; settings: Settings } | { ok: false; message: string };

/** The provider's own notes in `lang` (German needs loadLanguage("de") first; until then they stay English). */
function localizedNotes(settings: Settings, lang: Lang): string[] {
  const provider = lang === "en" || !settings.provider ? undefined : findProviderById(settings.provider.id);
  if (!provider) return settings.notes;
  const english = provider.notes;
  const translated = providerNotes(provider, lang);
  return settings.notes.map((note) => {
    const index = english.indexOf(note);
    return index >= 0 ? (translated[index] ?? note) : note;
  });
}

/**
 * Resolves offline in the pane's language; a bad address becomes a message
 * for the form, never an exception.
 */
export function resolveForPane(
  address: string,
  context: Partial<MailboxContext>,
  lang: Lang = "en",
): Resolution {
  try {
    const settings = resolveSettings(address, context);
    return {
      ok: true,
      settings: lang === "en" ? settings : { ...settings, notes: localizedNotes(settings, lang) },
    };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * The domain whose SPF/DMARC/MTA-STS report feeds the checklist, or null for
 * a provider's own domains (gmail.com, outlook.com, tenant.onmicrosoft.com):
 * their users cannot change those records, so asking would only add noise.
 */
export function domainToCheck(settings: Settings): string | null {
  if (settings.domain.trim() === "" || addressOwnedByProvider(settings)) return null;
  return settings.domain;
}
