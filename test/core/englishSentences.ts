// The English-sentence detector for texts that reach German users: the German
// browser tests (test/e2e/pane.e2e.test.ts), /api/* answers and the CLI's
// --lang de output. Words that only occur in
// English sentences; product names, codes, record syntax and hosts do not trip them.
export const ENGLISH_WORDS =
  /\b(the|and|your|you|this|that|with|is|are|not|can|cannot|has|have|to|of|for|please|settings|message|check|copy|show|nothing|only|when|which|what|why|needs)\b/i;

/** The texts among `texts` that read as English once addresses, URLs and host names are taken out. */
export function englishSentences(texts: readonly string[]): string[] {
  return texts.filter((line) =>
    ENGLISH_WORDS.test(line.replace(/\S+@\S+|https?:\/\/\S+|\S+\.(com|net|de|test|org)\S*/g, "")),
  );
}
