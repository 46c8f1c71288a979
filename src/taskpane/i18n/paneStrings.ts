// The language catalogue. Adding a language: add it to Lang, pickLang and
// the loaders in src/core/language.ts, write the core's texts in
// src/core/i18n/<lang>.ts, write src/taskpane/i18n/<lang>.ts typed
// PaneStrings, and register it here; Record<Lang, …> makes a missing entry a
// type error (docs/taskpane.md has the steps).

import type { Lang } from "../../core/language.js";
import { de } from "./de.js";
import { en, type PaneStrings } from "./en.js";

export type { PaneStrings };

const PANE_STRINGS: Record<Lang, PaneStrings> = { en, de };

export function paneStringsFor(lang: Lang): PaneStrings {
  return PANE_STRINGS[lang];
}
