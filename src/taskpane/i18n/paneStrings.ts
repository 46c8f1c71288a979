// The language catalogue. Adding a language: add it to Lang and pickLang in
// src/core/language.ts, write src/taskpane/i18n/<lang>.ts typed PaneStrings,
// and register it here; Record<Lang, …> makes a missing entry a type error.

import type { Lang } from "../../core/language.js";
import { de } from "./de.js";
import { en, type PaneStrings } from "./en.js";

export type { PaneStrings };

const PANE_STRINGS: Record<Lang, PaneStrings> = { en, de };

export function paneStringsFor(lang: Lang): PaneStrings {
  return PANE_STRINGS[lang];
}
