// The languages the checklist and setup steps are written in. Adding one is a
// data-only change: add its code to LANGS, then a text for it everywhere a
// Localized value is required (the compiler lists every place; a test checks
// that no text is missing or empty).

export const LANGS = ["en", "de"] as const;

export type Lang = (typeof LANGS)[number];

/** One text in every supported language. */
export type Localized = Record<Lang, string>;

/** A value put into a text: plain (host names, numbers) or itself translated. */
export type TextValue = string | number | Localized;

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

/** Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fillText(text: string, values: Readonly<Record<string, TextValue>>, lang: Lang): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === "object" ? value[lang] : String(value);
  });
}
