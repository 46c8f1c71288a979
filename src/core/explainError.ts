// Finds the errors a pasted text talks about and ranks the catalogue entries that explain them.
// The text may be a bare code, one SMTP reply, an Outlook dialog or a whole bounce with headers: it is cut
// into logical lines (multi-line replies and folded lines rejoined), the code patterns scan it once, each
// phrase pattern runs only on the lines holding a word it requires (phraseIndex.ts), and each entry is scored
// per line. Weights and rules: docs/errors.md.

import { DATED_FACT_VALUES } from "./datedFacts.js";
import { InputError } from "./errors.js";
import { entryTexts } from "./catalogue/entryTexts.js";
import { ERROR_CATALOGUE, type ErrorEntry, type ErrorKind } from "./errorCatalogue.js";
import { fillText } from "./language.js";
import { buildPhraseIndex, patternLiterals } from "./phraseIndex.js";
import type { ExplainMatch, ExplainResult } from "./types.js";

/** Longer input is cut to this many characters before matching, so the work stays bounded. */
export const MAX_EXPLAIN_CHARS = 20_000;

export interface ExplainedMatch extends ExplainMatch {
  kind: ErrorKind;
  /** Higher is a better explanation of this text; only the order is meaningful. */
  score: number;
  /** The codes and phrases found for this entry, as they appear in the input. */
  matched: string[];
  /** The input line they were found on (at most about 200 characters). */
  line: string;
  providers?: string[];
}

export interface ExplainReport extends ExplainResult {
  matches: ExplainedMatch[];
  /** True when the input was longer than MAX_EXPLAIN_CHARS and only its start was read. */
  truncated: boolean;
}

const WEIGHT = {
  outlook: 100,
  phrase: 60,
  enhanced: 50,
  reply: 30,
  hint: 20,
  class: 10,
  replyClass: 5,
  // Three-digit detail codes (Microsoft 365's 5.7.606, 5.2.251) each name one cause: more than a phrase.
  detail: 20,
} as const;

function isDetailed(code: string): boolean {
  return /\.\d{3}$/.test(code);
}

type CodeType = "outlook" | "enhanced" | "reply";

const codeTypes = new Map<string, CodeType | null>();

function codeType(code: string): CodeType | null {
  let type = codeTypes.get(code);
  if (type === undefined) {
    type = /^0x[0-9A-F]{8}$/.test(code)
      ? "outlook"
      : /^\d\.\d{1,3}\.\d{1,3}$/.test(code)
        ? "enhanced"
        : /^\d{3}$/.test(code)
          ? "reply"
          : null;
    // Codes come from the catalogue and from matches of the code patterns: a bounded set of short strings.
    if (codeTypes.size < 10_000) codeTypes.set(code, type);
  }
  return type;
}

// ---- Patterns, compiled once ---------------------------------------------

// Outlook's IXP (0x800CCCxx) and spooler (0x800421xx) codes, with or without 0x, any case.
const HEX = /(?:^|[^0-9a-z])((?:0x)?(800ccc[0-9a-f]{2}|8004210[0-9a-f]))(?![0-9a-z])/gi;
// RFC 3463 enhanced status codes (class 4 or 5); the guards keep IP addresses and version numbers out.
const ENHANCED = /(?:^|[^\w.])#?([45]\.\d{1,3}\.\d{1,3})(?!\.?\d)/g;
// Three-digit failure replies; whether one really is a reply code is decided by its context (replyContext).
const REPLY = /(?:^|[^\w.])#?([45][0-5]\d)(?=$|[\s;,:)'"\]]|\.(?!\d)|-(?=[A-Za-z#]|[45]\.\d))/g;
const REPLY_AT_START = /^[\s>"'<|*#-]*(?:S:\s*)?$/;
const ENHANCED_NEXT = /^[ ;-]\s*#?[45]\.\d{1,3}\.\d{1,3}(?!\.?\d)/;
// Exim and Postfix also introduce the reply with the host ("host mx [192.0.2.1]: 550"), the step ("after end of
// data: 550", "after MAIL FROM:<a@b> SIZE=1024: 450") or "refused to talk to me: 421".
const REPLY_LABEL =
  /(?:['"([]\s*|\b(?:error|code|reply|response|responded|replied|returned|said|smtp|server|reason)\W{0,3}|(?:\]|\bafter (?:initial connection|end of data|DATA|EHLO \S+|HELO \S+)|\bSIZE=\d+|\bafter (?:MAIL FROM|RCPT TO):<[^>\s]*>|to talk to me):\s?)$/i;
// A reply line for rejoining RFC 5321 multi-line replies ("550-5.7.1 ..." continued by "550 5.7.1 ...").
const REPLY_LINE = /^[ \t>"'<|*#-]*([2-5]\d\d)([ -])/;
const REPEATED_ENHANCED = /^#?[245]\.\d{1,3}\.\d{1,3}\s*/;
const BLANKS = "[ \\t\\u00a0]+";
// No literal space here: compilePhrase replaces the spaces of a phrase after this is put in.
const OPTIONAL_BLANKS = "[\\x20\\t\\u00a0]*";

interface PhrasePattern {
  entry: number;
  /** The catalogue's phrase, as written there. */
  source: string;
  regex: RegExp;
  weak: boolean;
  /** No match can reach over a line break and there is no ^ or $: the pattern may run on one line alone. */
  lineLocal: boolean;
}

const entryByCode = new Map<string, number>();
/** Per entry, its own codes: `code` first, then `also`. */
const ownCodes = ERROR_CATALOGUE.map((entry) => [entry.code, ...(entry.also ?? [])]);
const phrasePatterns: PhrasePattern[] = [];
ERROR_CATALOGUE.forEach((entry, index) => {
  if (entry.kind === "class" || codeType(entry.code) !== null) entryByCode.set(entry.code, index);
  for (const code of entry.also ?? []) if (!entryByCode.has(code)) entryByCode.set(code, index);
  for (const source of entry.phrases ?? []) phrasePatterns.push(compilePhrase(index, source, false));
  for (const source of entry.hints ?? []) phrasePatterns.push(compilePhrase(index, source, true));
});
// Built on first use (reading the patterns takes a while; a CLI run that explains nothing should not wait).
let phraseLiterals: Array<string[][] | null> | undefined;
let linesWithLiterals: ((text: string) => Array<number[] | undefined>) | undefined;

function phraseIndex(): {
  literals: Array<string[][] | null>;
  find: (text: string) => Array<number[] | undefined>;
} {
  if (!phraseLiterals || !linesWithLiterals) {
    // A pattern whose match may span lines needs its literals in the text, not on one line: one set is enough.
    phraseLiterals = phrasePatterns.map((pattern) => {
      const { literals, lineLocal } = patternLiterals(pattern.source);
      pattern.lineLocal = lineLocal;
      return literals && (lineLocal ? literals : literals.slice(0, 1));
    });
    linesWithLiterals = buildPhraseIndex(phraseLiterals);
  }
  return { literals: phraseLiterals, find: linesWithLiterals };
}

// " ?" is an optional run of blanks ("block ?list" matches "blocklist" and "block list").
function compilePhrase(entry: number, source: string, weak: boolean): PhrasePattern {
  const regex = new RegExp(source.replace(/ \?/g, OPTIONAL_BLANKS).replace(/ /g, BLANKS), "gi");
  return { entry, source, regex, weak, lineLocal: false };
}

// ---- Input ----------------------------------------------------------------

interface Hit {
  /** Offset in the joined text. */
  pos: number;
  text: string;
}

interface LineSignals {
  /** Canonical code (0x800CCC0E, 5.7.139, 535) to its first occurrence on the line. */
  codes: Map<string, Hit>;
  /** Entry index to its first strong and first weak phrase hit on the line. */
  phrases: Map<number, { strong?: Hit; weak?: Hit }>;
}

/** Physical lines to logical ones: RFC 5321 multi-line replies and indented (folded) lines join their first line. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let indent = 0;
  let openReply: string | null = null;
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.trimEnd();
    const content = line.trimStart();
    const lead = line.length - content.length;
    const reply = REPLY_LINE.exec(line);
    const last = lines.length - 1;
    if (last >= 0 && reply && openReply === reply[1]) {
      lines[last] += " " + line.slice(reply[0].length).trimStart().replace(REPEATED_ENHANCED, "");
      openReply = reply[2] === "-" ? reply[1]! : null;
      continue;
    }
    if (last >= 0 && content !== "" && lines[last] !== "" && lead > indent) {
      // A folded multi-line reply repeats its code on each line ("said: 550-5.7.1 ..." then "    550-5.7.1 ...").
      const repeated = /^([2-5]\d\d)[ -]/.exec(content);
      lines[last] +=
        " " +
        (repeated && lines[last]!.includes(`${repeated[1]}-`)
          ? content.slice(repeated[0].length).replace(REPEATED_ENHANCED, "")
          : content);
      continue;
    }
    lines.push(line);
    indent = lead;
    openReply = reply && reply[2] === "-" ? reply[1]! : null;
  }
  return lines;
}

function lineOf(starts: number[], pos: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= pos) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A three-digit number is a reply code at the start of a line, before an enhanced code, or after a label or quote. */
function replyContext(line: string, at: number): boolean {
  if (at <= 40 && REPLY_AT_START.test(line.slice(0, at))) return true;
  if (ENHANCED_NEXT.test(line.slice(at + 3, at + 24))) return true;
  return REPLY_LABEL.test(line.slice(Math.max(0, at - 40), at));
}

/** The first non-empty match of a global regex in `text`, as String.prototype.matchAll would find it. */
function firstMatch(regex: RegExp, text: string): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  regex.lastIndex = 0;
  while ((m = regex.exec(text)) && m[0] === "") regex.lastIndex = m.index + 1;
  // matchAll starts where lastIndex is: leave it at the start for the next caller.
  regex.lastIndex = 0;
  return m;
}

function collectSignals(
  lines: string[],
  fullPhraseScan: boolean,
): {
  joined: string;
  starts: number[];
  signals: Map<number, LineSignals>;
} {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const joined = lines.join("\n");
  const signals = new Map<number, LineSignals>();
  const signalsAt = (pos: number): [number, LineSignals] => {
    const index = lineOf(starts, pos);
    let found = signals.get(index);
    if (!found) {
      found = { codes: new Map(), phrases: new Map() };
      signals.set(index, found);
    }
    return [index, found];
  };
  const addCode = (code: string, pos: number, text: string): void => {
    const [, line] = signalsAt(pos);
    if (!line.codes.has(code)) line.codes.set(code, { pos, text });
  };

  for (const m of joined.matchAll(HEX)) {
    const raw = m[1]!;
    addCode(`0x${m[2]!.toUpperCase()}`, m.index + m[0].length - raw.length, raw);
  }
  for (const m of joined.matchAll(ENHANCED)) {
    const code = m[1]!;
    addCode(code, m.index + m[0].length - code.length, code);
  }
  for (const m of joined.matchAll(REPLY)) {
    const code = m[1]!;
    const pos = m.index + m[0].length - code.length;
    const index = lineOf(starts, pos);
    if (replyContext(lines[index]!, pos - starts[index]!)) addCode(code, pos, code);
  }
  const addPhrase = (pattern: PhrasePattern, pos: number, text: string): void => {
    const [, line] = signalsAt(pos);
    const slot = line.phrases.get(pattern.entry) ?? {};
    const hit = { pos, text };
    if (pattern.weak) slot.weak ??= hit;
    else slot.strong ??= hit;
    line.phrases.set(pattern.entry, slot);
  };
  // Patterns in catalogue order, each line's hits in text order: the first hit per entry and line is the one
  // every pattern running over the whole text would give.
  const index = fullPhraseScan ? null : phraseIndex();
  const candidateLines = index ? index.find(joined) : [];
  phrasePatterns.forEach((pattern, number) => {
    const candidates = candidateLines[number];
    const indexed = index !== null && index.literals[number] !== null;
    if (!indexed || !pattern.lineLocal) {
      if (indexed && !candidates) return;
      for (const m of joined.matchAll(pattern.regex)) if (m[0] !== "") addPhrase(pattern, m.index, m[0]);
      return;
    }
    // Its matches stay within a line, so the first on a line is the first matchAll over the text finds there.
    for (const line of candidates ?? []) {
      const m = firstMatch(pattern.regex, lines[line]!);
      if (m) addPhrase(pattern, starts[line]! + m.index, m[0]);
    }
  });
  return { joined, starts, signals };
}

// ---- Scoring --------------------------------------------------------------

interface Candidate {
  entry: number;
  score: number;
  line: number;
  hits: Hit[];
}

/** A hint counts only when every code on its line is the entry's own or one of its companions. */
function hintFits(entry: ErrorEntry, codes: Map<string, Hit>): boolean {
  for (const code of codes.keys()) {
    if (codeType(code) === "outlook") continue;
    if (code !== entry.code && !(entry.with ?? []).includes(code) && !(entry.also ?? []).includes(code))
      return false;
  }
  return true;
}

function scoreLine(
  index: number,
  line: LineSignals,
  claimed: Set<string>,
  best: Map<number, Candidate>,
): void {
  const triggered = new Set<number>(line.phrases.keys());
  for (const code of line.codes.keys()) {
    const entry = entryByCode.get(code);
    if (entry !== undefined) triggered.add(entry);
  }
  for (const entryIndex of triggered) {
    const entry = ERROR_CATALOGUE[entryIndex]!;
    if (entry.needs && !entry.needs.some((code) => line.codes.has(code))) continue;
    const isClass = entry.kind === "class";
    const hits: Hit[] = [];
    const claims: string[] = [];
    let score = 0;
    const phrase = line.phrases.get(entryIndex);
    const ownCode = ownCodes[entryIndex]!.find((code) => line.codes.has(code));
    const own = ownCode === undefined ? undefined : line.codes.get(ownCode);
    const ownType = ownCode === undefined ? null : codeType(ownCode);
    const ownAllowed =
      !entry.requires || phrase?.strong !== undefined || entry.requires.some((code) => line.codes.has(code));
    if (own && ownType && ownCode !== undefined && ownAllowed) {
      score += WEIGHT[ownType] + (ownType === "enhanced" && isDetailed(ownCode) ? WEIGHT.detail : 0);
      hits.push(own);
      claims.push(ownCode);
    }
    if (phrase?.strong) {
      score += isClass ? WEIGHT.class : WEIGHT.phrase;
      hits.push(phrase.strong);
    } else if (phrase?.weak && hintFits(entry, line.codes)) {
      score += isClass ? WEIGHT.class : WEIGHT.hint;
      hits.push(phrase.weak);
    }
    if (score === 0) continue;
    for (const code of entry.with ?? []) {
      if (code === ownCode) continue;
      const hit = line.codes.get(code);
      const type = codeType(code);
      if (!hit || !type) continue;
      score += WEIGHT[type];
      hits.push(hit);
      claims.push(code);
    }
    for (const code of claims) claimed.add(code);
    offer(best, { entry: entryIndex, score, line: index, hits });
  }
}

/** RFC 3463 class entry for a code nothing else explained: 5.7.x, then 4xx / 5xx. */
function classEntryFor(code: string): number | undefined {
  const type = codeType(code);
  if (type === "enhanced") {
    const [klass, subject] = code.split(".");
    return entryByCode.get(`${klass}.${subject}.x`) ?? entryByCode.get(`${klass}xx`);
  }
  if (type === "reply") return entryByCode.get(`${code[0]}xx`);
  return undefined;
}

function offer(best: Map<number, Candidate>, candidate: Candidate): void {
  const current = best.get(candidate.entry);
  if (!current || candidate.score > current.score) best.set(candidate.entry, candidate);
}

function excerpt(line: string, lineStart: number, firstHit: number): string {
  const text = line.trim();
  if (text.length <= 200) return text;
  const lead = line.length - line.trimStart().length;
  const from = Math.max(0, firstHit - lineStart - lead - 60);
  const cut = text.slice(from, from + 200);
  return `${from > 0 ? "…" : ""}${cut}${from + 200 < text.length ? "…" : ""}`;
}

/** One catalogue entry matched in a text, before it is rendered in a language. */
export interface CatalogueMatch {
  /** Index into ERROR_CATALOGUE. */
  entry: number;
  score: number;
  /** Index of the logical line the entry was found on. */
  line: number;
  /** Offsets and texts of the codes and phrases found, in text order. */
  hits: Array<{ pos: number; text: string }>;
}

export interface CatalogueScan {
  /** The logical lines of the text (multi-line replies and folded lines joined). */
  lines: string[];
  /** Offset of each logical line in the lines joined with "\n". */
  starts: number[];
  /** Best first, each entry once. */
  matches: CatalogueMatch[];
}

/** Cuts pasted text to MAX_EXPLAIN_CHARS (never inside a surrogate pair). */
export function boundInput(text: string): { input: string; truncated: boolean } {
  let input = text.trim();
  const truncated = input.length > MAX_EXPLAIN_CHARS;
  if (truncated) {
    let end = MAX_EXPLAIN_CHARS;
    const last = input.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not split a surrogate pair
    input = input.slice(0, end);
  }
  return { input, truncated };
}

export interface ScanOptions {
  /** Run every phrase pattern over the whole text instead of only where the index points (the reference). */
  fullPhraseScan?: boolean;
}

/** Finds and ranks the catalogue entries a (bounded) text talks about. The text is not cut here. */
export function scanCatalogue(input: string, options: ScanOptions = {}): CatalogueScan {
  const lines = logicalLines(input);
  const { starts, signals } = collectSignals(lines, options.fullPhraseScan === true);
  const best = new Map<number, Candidate>();
  const claimed = new Set<string>();
  for (const [index, line] of signals) scoreLine(index, line, claimed, best);

  // Class fallbacks explain codes that no entry used anywhere in the text, and rank last.
  for (const [index, line] of signals) {
    for (const [code, hit] of line.codes) {
      if (claimed.has(code)) continue;
      const entry = classEntryFor(code);
      if (entry === undefined) continue;
      const score = codeType(code) === "enhanced" ? WEIGHT.class : WEIGHT.replyClass;
      offer(best, { entry, score, line: index, hits: [hit] });
    }
  }

  const ranked = [...best.values()].map((candidate) => ({
    ...candidate,
    hits: [...candidate.hits].sort((a, b) => a.pos - b.pos),
  }));
  ranked.sort((a, b) => b.score - a.score || a.hits[0]!.pos - b.hits[0]!.pos || a.entry - b.entry);
  return { lines, starts, matches: ranked };
}

/** The input line an entry was found on, cut to about 200 characters around the first hit. */
export function matchExcerpt(scan: CatalogueScan, match: CatalogueMatch): string {
  return excerpt(scan.lines[match.line]!, scan.starts[match.line]!, match.hits[0]!.pos);
}

/**
 * Explains an SMTP reply, an Outlook error code or a whole pasted bounce: the catalogue entries it matches,
 * best first, each once. Unknown text gives no matches; empty text is an InputError. English; for bounces in
 * other languages and who must act, see explainBounce.
 */
export function explainError(text: string): ExplainReport {
  if (typeof text !== "string" || text.trim() === "") {
    throw new InputError("Paste an error message or code to explain.");
  }
  const { input, truncated } = boundInput(text);
  const scan = scanCatalogue(input);
  const matches = scan.matches.map((candidate): ExplainedMatch => {
    const entry = ERROR_CATALOGUE[candidate.entry]!;
    const texts = entryTexts(entry);
    const match: ExplainedMatch = {
      code: entry.code,
      title: fillText(texts.title, DATED_FACT_VALUES, "en"),
      cause: fillText(texts.cause, DATED_FACT_VALUES, "en"),
      fix: texts.fix.map((step) => fillText(step, DATED_FACT_VALUES, "en")),
      kind: entry.kind,
      score: candidate.score,
      matched: [...new Set(candidate.hits.map((hit) => hit.text))],
      line: matchExcerpt(scan, candidate),
    };
    if (entry.providers) match.providers = [...entry.providers];
    return match;
  });
  return { input, matches, truncated };
}
