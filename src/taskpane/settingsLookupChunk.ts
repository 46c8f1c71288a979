// The core resolver and its provider database are the largest and fastest
// growing part of the pane's code. They load as their own chunk, requested at
// start-up in parallel with Office.onReady, so the first bundle stays within
// its budget while the settings still appear as soon as Outlook is ready.

export type SettingsLookup = typeof import("./settingsLookup.js");
export type { Resolution } from "./settingsLookup.js";

let pending: Promise<SettingsLookup> | null = null;

export function loadSettingsLookup(): Promise<SettingsLookup> {
  pending ??= import(/* webpackChunkName: "lookup" */ "./settingsLookup.js");
  return pending;
}
