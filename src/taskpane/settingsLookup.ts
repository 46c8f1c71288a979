// The "lookup" chunk: the pane's lookup over the whole embedded database
// (paneLookup.ts), loaded on demand through settingsLookupChunk.ts.
import { resolveSettings } from "../core/resolveSettings.js";
import { createSettingsLookup } from "./paneLookup.js";

export type { Resolution, SettingsLookup } from "./paneLookup.js";

export const { resolveForPane, domainToCheck, factDate } = createSettingsLookup(resolveSettings);
