// The language catalogue. English is in the entry bundle; every other
// language is its own chunk ("pane-de"), fetched once the pane knows the
// language, so English users never download it. Adding a language: add it to
// Lang, pickLang and the loaders in src/core/language.ts, write the core's
// texts in src/core/i18n/<lang>.ts, write src/taskpane/i18n/<lang>.ts typed
// PaneStrings, and add its loader here; Record<…> makes a missing entry a
// type error (docs/taskpane.md has the steps).

import type { Lang } from "../../core/language.js";
import { en, type PaneStrings } from "./en.js";

export type { PaneStrings };

const LOADERS: Record<Exclude<Lang, "en">, () => Promise<PaneStrings>> = {
  de: () => import(/* webpackChunkName: "pane-de" */ "./de.js").then((module) => module.de),
};

const loaded = new Map<Lang, PaneStrings>([["en", en]]);
const loading = new Map<Lang, Promise<PaneStrings>>();

/** The strings of `lang` when they are loaded; null until then. */
export function paneStringsFor(lang: Lang): PaneStrings | null {
  return loaded.get(lang) ?? null;
}

/** Fetches `lang`'s strings once; a failed load rejects and may be retried. */
export function loadPaneStrings(lang: Lang): Promise<PaneStrings> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang as Exclude<Lang, "en">]().then(
      (strings) => {
        loaded.set(lang, strings);
        return strings;
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}
