// The languages the checklist and setup steps are written in. English is
// built in: every text is a `Text`, its English wording plus a stable id.
// Every other language is a table from those ids to translations in
// src/core/i18n/<lang>.ts, loaded on demand with `loadLanguage`, so English
// users never download it. Until a table is registered, texts are English.
//
// Adding a language is a data change: add its code to LANGS, write its table
// in src/core/i18n/ and add its loader to LOADERS (the compiler asks for it).
// test/core/checklist.test.ts checks that each table has every id, no
// orphans, no empty text and the same placeholders as the English.

export const LANGS = ["en", "de"] as const;

export type Lang = (typeof LANGS)[number];

/** A text in its built-in English; `id` is the key of its translations. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

/** Translations of one language, keyed by text id. */
export type TextTable = Readonly<Record<string, string>>;

/**
 * A value put into a text: plain (host names, numbers, protocol names that no
 * language translates), a text, or something worked out per language.
 */
export type TextValue = string | number | Text | ((lang: Lang) => string);

export function text(id: string, en: string): Text {
  return { id, en };
}

const LOADERS: Record<Exclude<Lang, "en">, () => Promise<TextTable>> = {
  de: () => import(/* webpackChunkName: "core-de" */ "./i18n/de.js").then((module) => module.de),
};

const registered = new Map<Lang, ReadonlyMap<string, string>>();
const loading = new Map<Lang, Promise<void>>();

function isLang(code: string): code is Lang {
  return (LANGS as readonly string[]).includes(code);
}

/**
 * The language for an Office display language ("de-DE", "de-AT", "en-US")
 * or a browser language tag; anything we have no texts for falls back to English.
 */
export function pickLang(displayLanguage?: string): Lang {
  const primary = (displayLanguage ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return isLang(primary) ? primary : "en";
}

/** Makes `texts` the translations for `lang`; empty entries are ignored (English shows instead). */
export function registerLanguage(lang: Lang, texts: TextTable): void {
  const entries = Object.entries(texts).filter(
    ([, translated]) => typeof translated === "string" && translated.trim() !== "",
  );
  registered.set(lang, new Map(entries));
}

/** Whether `lang`'s texts are there (English always is). */
export function isLanguageLoaded(lang: Lang): boolean {
  return lang === "en" || registered.has(lang);
}

/**
 * Fetches and registers `lang`'s table (a separate chunk in the pane). Once
 * is enough; a failed load rejects and may be retried, and meanwhile texts stay English.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === "en" || registered.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(
      (texts) => registerLanguage(lang, texts),
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** A value in `lang`: its translation when that language is registered, otherwise the English. */
export function localize(value: TextValue, lang: Lang): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "function") return value(lang);
  if (lang === "en") return value.en;
  return registered.get(lang)?.get(value.id) ?? value.en;
}

/** Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fillText(template: string, values: Readonly<Record<string, TextValue>>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : localize(value, lang);
  });
}
