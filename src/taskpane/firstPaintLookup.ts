// Which lookup the first paint resolves with: the start-up file's, over the
// global providers (startupLookup.ts), unless the address is a regional
// provider's, which only the whole database ("lookup" chunk) can answer.
// The React pane always gets the whole database.
import { ProviderElsewhereError } from "../core/providerIndex.js";
import type { PaneStart } from "./paneController.js";
import type { SettingsLookup } from "./paneLookup.js";

/**
 * `build` with the start-up lookup; run again with the whole database when it
 * meets an address the start-up lookup knows by domain only. Any other error
 * is the caller's.
 */
export async function withFirstPaintLookup<T>(
  startup: SettingsLookup,
  loadWhole: () => Promise<SettingsLookup>,
  build: (lookup: SettingsLookup) => T,
): Promise<T> {
  try {
    return build(startup);
  } catch (error) {
    if (!(error instanceof ProviderElsewhereError)) throw error;
    return build(await loadWhole());
  }
}

/** The first paint's start for React, with the whole database's lookup; null when that chunk cannot load. */
export function withWholeDatabase(
  start: PaneStart,
  loadWhole: () => Promise<SettingsLookup>,
): Promise<PaneStart | null> {
  return loadWhole().then(
    (lookup) => ({ ...start, state: { ...start.state, lookup } }),
    () => null,
  );
}
