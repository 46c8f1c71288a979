// The core resolver and its provider database are the largest and fastest
// growing part of the pane's code. They are their own chunk ("lookup"), which
// the build ships inside the start-up file, before boot (webpack.config.js,
// StartUpScriptPlugin): this import() then finds it installed and fetches
// nothing. Kept a chunk so that it can be loaded on its own again without
// touching any importer.

export type SettingsLookup = typeof import("./settingsLookup.js");
export type { Resolution } from "./settingsLookup.js";

let pending: Promise<SettingsLookup> | null = null;

export function loadSettingsLookup(): Promise<SettingsLookup> {
  pending ??= import(/* webpackChunkName: "lookup" */ "./settingsLookup.js");
  return pending;
}
