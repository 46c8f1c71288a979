// The index of the whole embedded database (providerIndex.ts), and notes in
// the pane's language.
import type { Lang } from "./language.js";
import { PROVIDERS, providerNotes } from "./providerDatabase.js";
import { createProviderIndex } from "./providerIndex.js";
import type { Settings } from "./types.js";

export { compileMxPattern } from "./providerIndex.js";

/** Every provider of the embedded database. */
export const PROVIDER_INDEX = createProviderIndex(PROVIDERS);

export const { findProviderByDomain, findProviderByMx, findProviderById, findProviderByAccountType } =
  PROVIDER_INDEX;

/**
 * The settings' notes in `lang`: every note that is one of its provider's
 * English notes becomes that note's translation (once the language's table is
 * loaded); the resolver's own notes stay as they are. For the pane, which shows
 * provider notes to German Outlook users in German.
 */
export function localizeSettingsNotes(settings: Pick<Settings, "provider" | "notes">, lang: Lang): string[] {
  const provider = settings.provider ? findProviderById(settings.provider.id) : undefined;
  if (!provider || lang === "en") return [...settings.notes];
  const english = providerNotes(provider, "en");
  const translated = providerNotes(provider, lang);
  return settings.notes.map((note) => {
    const index = english.indexOf(note);
    return index >= 0 ? (translated[index] ?? note) : note;
  });
}
