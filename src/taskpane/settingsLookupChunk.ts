// The core resolver over the whole provider database is the largest and
// fastest growing part of the pane's code: it is its own chunk ("lookup"),
// fetched after the first paint. The first paint resolves with the start-up
// file's lookup over the global providers (startupLookup.ts) when it can.

export type { Resolution, SettingsLookup } from "./paneLookup.js";
import type { SettingsLookup } from "./paneLookup.js";

let pending: Promise<SettingsLookup> | null = null;

export function loadSettingsLookup(): Promise<SettingsLookup> {
  pending ??= import(/* webpackChunkName: "lookup" */ "./settingsLookup.js");
  return pending;
}
