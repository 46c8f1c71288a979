// A sentence that can be worded in any language later: a text (id and
// English) with the values of its placeholders. Unlike a TextValue function it
// is plain data, so the network layer can hand it over in evidence that is
// cached, cloned or stored as JSON in the shared store (discovery answers, the
// domain report's lookups), and the text is worded only when a request says
// in which language.
import { fillText, localize, type Lang, type Text } from "./language.js";

/**
 * A placeholder's value: plain (host names, numbers), another phrase, or a list of them (an
 * array is joined with ", "; a PhraseList with its own separator, for items that hold commas).
 */
export type PhraseValue = string | number | Phrase | PhraseList | readonly PhraseValue[];

export interface PhraseList {
  readonly list: readonly PhraseValue[];
  readonly separator: string;
}

export interface Phrase extends Text {
  readonly values?: Readonly<Record<string, PhraseValue>>;
  /**
   * The English message as the code that saw the problem wrote it, with every
   * technical detail (an error text from Node, a parser's line number).
   * English readers get it instead of `en`; other languages get the phrase,
   * whose values hold only what reads the same in every language.
   */
  readonly original?: string;
}

/** Something worded already (a message from elsewhere, kept as it is) or a phrase to word per language. */
export type Worded = string | Phrase;

export function phraseOf(
  words: Text,
  values?: Readonly<Record<string, PhraseValue>>,
  original?: string,
): Phrase {
  return {
    id: words.id,
    en: words.en,
    ...(values === undefined ? {} : { values }),
    ...(original === undefined ? {} : { original }),
  };
}

function valueIn(value: PhraseValue, lang: Lang): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value))
    return (value as readonly PhraseValue[]).map((item) => valueIn(item, lang)).join(", ");
  const single = value as Phrase | PhraseList;
  if ("list" in single) return single.list.map((item) => valueIn(item, lang)).join(single.separator);
  return wordIn(single, lang);
}

/** The phrase in `lang` (its English until that language's table is loaded); a plain string as it is. */
export function wordIn(item: Worded, lang: Lang): string {
  if (typeof item === "string") return item;
  const template = localize(item, lang);
  // English, or a language whose table is not loaded (its template is the English): the original message.
  if (typeof item.original === "string" && template === item.en) return item.original;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(item.values ?? {})) values[name] = valueIn(value, lang);
  return fillText(template, values, lang);
}

/** Whether `value` has the shape of a phrase (for data read back from a shared store). */
export function isWorded(value: unknown): value is Worded {
  if (typeof value === "string") return true;
  if (value === null || typeof value !== "object") return false;
  const candidate = value as { id?: unknown; en?: unknown; values?: unknown; original?: unknown };
  return (
    typeof candidate.id === "string" &&
    typeof candidate.en === "string" &&
    (candidate.values === undefined || (typeof candidate.values === "object" && candidate.values !== null)) &&
    (candidate.original === undefined || typeof candidate.original === "string")
  );
}
