// Finds which catalogue phrases can match where, so the explainer runs a phrase's pattern only on the lines that
// contain words it cannot match without. On first use, each phrase (a regular-expression source in which a space
// stands for a run of blanks) is read for required literals: up to three sets such that every match contains a
// literal of each ("mail loop": MAIL and LOOP; "(disabled|inactive) account": DISABLED or INACTIVE, and ACCOUNT).
// One pass over the text with an Aho-Corasick automaton of all literals then names, per phrase, the lines holding
// a literal of every set. A phrase that may match a line break or uses ^/$ (its matches are not confined to one
// line), or whose syntax the reader does not know, runs over the whole text as before. Results are the same as
// running every phrase everywhere (tested against that).

/** Every match contains a literal of each set (folded with foldUnit, none empty). */
type Needs = string[][];

// Required sets kept per phrase: the best few narrow the lines enough.
const MAX_NEEDS = 3;
// Characters of a literal the automaton looks for.
const MAX_INDEXED = 6;

const foldedUnits = new Map<number, number>();

/**
 * One UTF-16 code unit as a case-insensitive (non-Unicode) regular expression compares it: upper-cased when
 * that stays one unit and does not turn a non-ASCII unit into an ASCII one (ECMAScript's Canonicalize).
 */
export function foldUnit(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  let folded = foldedUnits.get(code);
  if (folded === undefined) {
    const upper = String.fromCharCode(code).toUpperCase();
    folded = upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : code;
    foldedUnits.set(code, folded);
  }
  return folded;
}

function foldString(text: string): string {
  if (!/[^\x20-\x7e]/.test(text)) return text.toUpperCase();
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}

function minLength(set: string[]): number {
  return Math.min(...set.map((literal) => literal.length));
}

/**
 * The best few required sets, best first: longer shortest literal (fewer lines to try), then fewer literals;
 * short ones (under three characters) only when there is nothing better.
 */
function bestNeeds(sets: Needs): Needs {
  const ranked = sets
    .map((set) => ({ set, min: minLength(set) }))
    .sort((a, b) => b.min - a.min || a.set.length - b.set.length);
  const long = ranked.filter((candidate) => candidate.min >= 3);
  return (long.length > 0 ? long : ranked).slice(0, MAX_NEEDS).map((candidate) => candidate.set);
}

const QUANTIFIER = /[*+?]|\{(\d+)(,\d*)?\}/y;
const GROUP_HEAD = /\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>)/y;
// A bracket class after its "[": up to its unescaped "]".
const CLASS_BODY = /(?:\\[\s\S]|[^\]\\])*\]/y;
// Characters that stand for themselves (also escaped punctuation: "5\\.7"); the last one of a run is left to a
// quantifier that follows.
const PLAIN_RUN = /(?:[^\\()[\]{}|*+?.^$ ]|\\[^\w\s])+/y;

export interface PatternLiterals {
  /** Every match contains a literal of each set (case-folded with foldUnit); null when none is known. */
  literals: Needs | null;
  /** True when no match can reach over a line break and the phrase has no ^ or $. */
  lineLocal: boolean;
}

/**
 * The required literals of a catalogue phrase (a regular-expression source, non-Unicode syntax, in which a space
 * stands for a run of blanks and " ?" for an optional one), and whether its matches stay within a line. Syntax
 * the reader does not know (back-references, \\x, a stray brace) gives no literals.
 */
export function patternLiterals(source: string): PatternLiterals {
  let at = 0;
  // False once the phrase may match a line break or uses ^ / $.
  let lineLocal = true;
  const unknown = (): never => {
    throw new SyntaxError(source);
  };

  /** Alternatives: each branch's best set, together (every match contains one of them). */
  function alternation(): Needs {
    const branches = [sequence()];
    while (source[at] === "|") {
      at += 1;
      branches.push(sequence());
    }
    if (branches.length === 1) return branches[0]!;
    return branches.every((branch) => branch.length > 0)
      ? [[...new Set(branches.flatMap((branch) => branch[0]!))]]
      : [];
  }

  function sequence(): Needs {
    const needs: Needs = [];
    for (let next = source[at]; next !== undefined && next !== "|" && next !== ")"; next = source[at]) {
      const item = atom();
      QUANTIFIER.lastIndex = at;
      const bounds = QUANTIFIER.exec(source);
      if (bounds) {
        at += bounds[0].length;
        if (source[at] === "?") at += 1; // lazy: matches the same strings
        // Optional ("?", "*", "{0,n}"): nothing is required of it.
        if (bounds[0] === "?" || bounds[0] === "*" || Number(bounds[1]) === 0) continue;
      }
      needs.push(...item);
    }
    return bestNeeds(needs);
  }

  function atom(): Needs {
    const char = source[at++]!;
    if (char === "(") {
      GROUP_HEAD.lastIndex = at;
      const head = GROUP_HEAD.exec(source)?.[0] ?? "";
      at += head.length;
      const inner = alternation();
      if (source[at++] !== ")") unknown();
      // A lookaround matches no text of its own; its contents still must not reach over a line break.
      return /^\?[=!<]/.test(head) && !/^\?<\w/.test(head) ? [] : inner;
    }
    if (char === "[") {
      CLASS_BODY.lastIndex = at;
      const body = CLASS_BODY.exec(source)?.[0] ?? unknown();
      at += body.length;
      if (body.includes(" ")) unknown(); // the explainer would have replaced it with a class of blanks
      // Whether it may match a line break: a negated class unless it excludes \s; a listed one with \s, \W, \D or
      // an escape or control character that could stand for or reach one.
      const breaks =
        body[0] === "^"
          ? !body.includes("\\s")
          : /\\[sWDnrtfvxuc0-9]/.test(body) || [...body].some((unit) => unit <= "\n");
      if (breaks) lineLocal = false;
      return [];
    }
    if (char === "^" || char === "$") lineLocal = false;
    if ("^$. ".includes(char)) return []; // "." is never a line break; " " is a run of blanks
    if ("*+?{}])".includes(char)) unknown();
    PLAIN_RUN.lastIndex = at - 1;
    let run = PLAIN_RUN.exec(source)?.[0];
    if (run === undefined) {
      // An escaped letter or digit: a class, a word boundary, or syntax the reader does not know.
      const escaped = source[at++] ?? unknown();
      if ("DWs".includes(escaped)) lineLocal = false;
      return "bBdDwWsS".includes(escaped) ? [] : unknown();
    }
    if (/[*+?{]/.test(source[at - 1 + run.length] ?? "")) {
      const last = run.endsWith("\\", run.length - 1) ? 2 : 1;
      if (run.length > last) run = run.slice(0, -last);
    }
    at += run.length - 1;
    return [[foldString(run.replace(/\\(.)/g, "$1"))]];
  }

  try {
    const needs = alternation();
    if (at !== source.length) unknown();
    return { literals: needs.length > 0 ? needs : null, lineLocal };
  } catch {
    return { literals: null, lineLocal: false };
  }
}

/**
 * Aho-Corasick automaton over the patterns' literal sets (null: a pattern without): a trie of the literals in a
 * table over the few characters they use (every other character is one class, always back to the start) with
 * fail links. The function it returns reads a text once and gives, per pattern, the lines ("\n"-separated)
 * holding a literal of each of its sets (ascending, each once; undefined: none, or a pattern without literals).
 */
export function buildPhraseIndex(
  patterns: ReadonlyArray<string[][] | null>,
): (text: string) => Array<number[] | undefined> {
  const literals: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (whole: string): number => {
    // Where a literal occurs, so does its start: a shorter trie (quicker to build) that points at nearly the same lines.
    const literal = whole.slice(0, MAX_INDEXED);
    let number = numbers.get(literal);
    if (number === undefined) numbers.set(literal, (number = literals.push(literal) - 1));
    return number;
  };
  const setsOf = patterns.map((sets) => (sets ?? []).map((set) => set.map(numberOf)));
  // Character classes: 0 for a character in no literal.
  const classOf = new Map<number, number>();
  let size = 1;
  for (const literal of literals) {
    size += literal.length;
    for (let i = 0; i < literal.length; i++) {
      const unit = literal.charCodeAt(i);
      if (!classOf.has(unit)) classOf.set(unit, classOf.size + 1);
    }
  }
  const asciiClass = Uint8Array.from({ length: 128 }, (_, code) => classOf.get(foldUnit(code)) ?? 0);
  const width = classOf.size + 1;
  // Trie edges (-1: none), each state's fail link, and the literals ending in each state (through the fail
  // links too). Dense arrays (no holes) keep look-ups fast.
  const edges = new Int32Array(size * width).fill(-1);
  const fail = new Int32Array(size);
  const outputs: Array<number[] | null> = Array.from({ length: size }, () => null);
  // States by depth: a fail link points to a shallower state, so it is complete before it is used.
  const byDepth: number[][] = [];
  let states = 1;
  literals.forEach((literal, number) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const unit = classOf.get(literal.charCodeAt(i))!;
      const at = state * width + unit;
      if (edges[at]! < 0) {
        const child = (edges[at] = states++);
        (byDepth[i] ??= []).push(child);
        // Fail links are computed below, from the parent's; remember the edge for that.
        fail[child] = state * width + unit;
      }
      state = edges[at]!;
    }
    (outputs[state] ??= []).push(number);
  });
  const step = (state: number, unit: number): number => {
    for (; ; state = fail[state]!) {
      const to = edges[state * width + unit]!;
      if (to >= 0) return to;
      if (state === 0) return 0;
    }
  };
  for (const level of byDepth) {
    for (const child of level) {
      const parent = Math.floor(fail[child]! / width);
      const unit = fail[child]! % width;
      fail[child] = parent === 0 ? 0 : step(fail[parent]!, unit);
      const inherited = outputs[fail[child]!];
      if (inherited) outputs[child] = [...(outputs[child] ?? []), ...inherited];
    }
  }

  return (text) => {
    // Lines per literal first.
    const found: Array<number[] | null> = Array.from({ length: literals.length }, () => null);
    let state = 0;
    let line = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) line += 1;
      const unit = code < 128 ? asciiClass[code]! : (classOf.get(foldUnit(code)) ?? 0);
      state = unit === 0 ? 0 : step(state, unit);
      for (const number of outputs[state] ?? []) {
        const lines = (found[number] ??= []);
        if (lines[lines.length - 1] !== line) lines.push(line);
      }
    }
    return setsOf.map((sets) => {
      let lines: number[] | undefined;
      for (const set of sets) {
        const inSet = linesOfSet(set, found);
        lines = lines ? intersect(lines, inSet) : inSet;
        if (lines.length === 0) return undefined;
      }
      return lines;
    });
  };
}

/** Ascending lines holding one of the set's literals. */
function linesOfSet(set: number[], found: Array<number[] | null>): number[] {
  let lines: number[] = [];
  for (const number of set) {
    const more = found[number];
    if (more) lines = lines.length === 0 ? more : union(lines, more);
  }
  return lines;
}

/** Ascending numbers in either list, each once. */
function union(a: number[], b: number[]): number[] {
  const either: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    either.push(Math.min(x, y));
    if (x <= y) i += 1;
    if (y <= x) j += 1;
  }
  return either;
}

/** Ascending numbers in both lists. */
function intersect(a: number[], b: number[]): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i += 1;
    else if (a[i]! > b[j]!) j += 1;
    else {
      both.push(a[i]!);
      i += 1;
      j += 1;
    }
  }
  return both;
}
