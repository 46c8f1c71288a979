// Errors that cross layers and map to the public error codes: the server
// turns them into 400 bad-input / 403 forbidden-target JSON, the CLI into a
// one-line message and exit code 2. Messages are written for people.
//
// An error may carry a phrase (a text id, its English and the values): its
// `message` is then the phrase in English, exactly as a plain string would
// read, and a shell that knows the reader's language words `phrase` instead
// (the server per request `lang`, the pane in its own language).
import type { Lang } from "./language.js";
import { wordIn, type Phrase, type Worded } from "./phrase.js";

export type PublicErrorCode = "bad-input" | "forbidden-target" | "rate-limited" | "timeout";

export class InputError extends Error {
  readonly code = "bad-input" as const;
  /** The message as a phrase, to word in the reader's language; absent for plain English messages. */
  readonly phrase?: Phrase;
  constructor(message: Worded) {
    super(wordIn(message, "en"));
    this.name = "InputError";
    if (typeof message !== "string") this.phrase = message;
  }
}

export class ForbiddenTargetError extends Error {
  readonly code = "forbidden-target" as const;
  /** The message as a phrase, to word in the reader's language; absent for plain English messages. */
  readonly phrase?: Phrase;
  constructor(message: Worded) {
    super(wordIn(message, "en"));
    this.name = "ForbiddenTargetError";
    if (typeof message !== "string") this.phrase = message;
  }
}

/**
 * An error's message in `lang`: its phrase worded there (English until that
 * language's table is loaded), or its message as it is.
 */
export function errorMessageIn(
  error: { readonly message: string; readonly phrase?: Phrase },
  lang: Lang,
): string {
  return error.phrase === undefined ? error.message : wordIn(error.phrase, lang);
}
