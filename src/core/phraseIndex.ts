// Finds which phrase patterns can match where, so the explainer runs a pattern only on the lines that contain a
// word it cannot match without. At load, each pattern's source is read (a small regular-expression reader) for
// required literals: up to three sets such that every match contains a literal of each ("mail loop": MAIL and
// LOOP; "(disabled|inactive) account": DISABLED or INACTIVE, and ACCOUNT). One pass over the text with an
// Aho-Corasick automaton of all literals then names, per pattern, the lines holding a literal of every set. A
// pattern that may match a line break or uses ^/$ (its matches are not confined to one line), or whose source the
// reader does not know, runs over the whole text as before. Results are the same as running every pattern
// everywhere (tested against that).

/**
 * What a pattern can match: one of `exact` (when known and few); and always something containing a literal of
 * each set in `needs` (folded with foldUnit, none empty).
 */
interface Info {
  exact: string[] | null;
  needs: string[][];
}

const ANY: Info = { exact: null, needs: [] };
const EMPTY: Info = { exact: [""], needs: [] };
// Cross products of alternatives grow fast ("(a|b)(c|d)..."): beyond this many strings only the best part is kept.
const MAX_EXACT = 16;
// Required sets kept per pattern: the best few narrow the lines enough.
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
function bestNeeds(sets: string[][]): string[][] {
  const ranked = sets
    .filter((set) => set.length > 0 && !set.includes(""))
    .map((set) => ({ set, min: minLength(set) }))
    .sort((a, b) => b.min - a.min || a.set.length - b.set.length);
  const long = ranked.filter((candidate) => candidate.min >= 3);
  return (long.length > 0 ? long : ranked).slice(0, MAX_NEEDS).map((candidate) => candidate.set);
}

function unique(strings: string[]): string[] {
  return [...new Set(strings)];
}

function concatenation(items: Info[]): Info {
  let run: string[] = [""];
  let exact = true;
  const needs: string[][] = [];
  for (const item of items) {
    const ends = item.exact;
    if (ends && run.length * ends.length <= MAX_EXACT) {
      const prefixes = run;
      run =
        ends.length === 1
          ? prefixes.map((prefix) => prefix + ends[0])
          : unique(prefixes.flatMap((prefix) => ends.map((end) => prefix + end)));
      continue;
    }
    exact = false;
    needs.push(run, ...item.needs);
    run = item.exact ?? [""];
  }
  needs.push(run);
  return { exact: exact ? run : null, needs: bestNeeds(needs) };
}

function alternatives(branches: Info[]): Info {
  if (branches.length === 1) return branches[0]!;
  const exact = branches.every((branch) => branch.exact)
    ? unique(branches.flatMap((branch) => branch.exact!))
    : null;
  // Each branch's best set, together: every match contains one of them.
  const needs = branches.every((branch) => branch.needs.length > 0)
    ? [unique(branches.flatMap((branch) => branch.needs[0]!))]
    : [];
  return { exact: exact && exact.length <= MAX_EXACT ? exact : null, needs };
}

function literal(char: string): Info {
  const folded = foldString(char);
  return { exact: [folded], needs: [[folded]] };
}

const QUANTIFIER = /[*+?]|\{(\d+)(,(\d*))?\}/y;
// A bracket class after its "[": up to its unescaped "]".
const CLASS_BODY = /(?:\\[\s\S]|[^\]\\])*\]/y;

interface KnownClass {
  info: Info;
  /** The class matches a line break. */
  newline: boolean;
}
// Bracket classes by their text: the explainer's blank class is in nearly every pattern.
const classes = new Map<string, KnownClass>();

/** Hex digits after \\x (2) and \\u (4). */
function escapeLength(char: string): number {
  return char === "x" ? 2 : char === "u" ? 4 : 0;
}

// A run of characters that stand for themselves; its last one is left to a quantifier that follows.
const PLAIN_RUN = /[^\\()[\]{}|*+?.^$]+/y;
const GROUP_HEAD = /\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>)/y;

export interface PatternLiterals {
  /** Every match contains a literal of each set (case-folded with foldUnit); null when none is known. */
  literals: string[][] | null;
  /** True when no match can reach over a line break and the pattern has no ^ or $. */
  lineLocal: boolean;
}

/**
 * The required literals of a regular-expression source (non-Unicode syntax), and whether its matches stay within
 * a line. Syntax the reader does not know (back-references, \c, \k, a stray brace) gives no literals.
 */
export function patternLiterals(source: string): PatternLiterals {
  let at = 0;
  // False once the pattern may match a line break or uses ^ / $.
  let lineLocal = true;
  const unknown = (): never => {
    throw new SyntaxError(source);
  };

  function alternation(): Info {
    const branches = [sequence()];
    while (source[at] === "|") {
      at += 1;
      branches.push(sequence());
    }
    return alternatives(branches);
  }

  function sequence(): Info {
    const items: Info[] = [];
    for (let next = source[at]; next !== undefined && next !== "|" && next !== ")"; next = source[at]) {
      items.push(quantified(atom()));
    }
    return concatenation(items);
  }

  function quantified(item: Info): Info {
    QUANTIFIER.lastIndex = at;
    const bounds = QUANTIFIER.exec(source);
    if (!bounds) return item;
    at += bounds[0].length;
    if (source[at] === "?") at += 1; // lazy: matches the same strings
    const sign = bounds[1] === undefined ? bounds[0] : "";
    const min = sign ? (sign === "+" ? 1 : 0) : Number(bounds[1]);
    const once = !sign && min === 1 && bounds[2] === undefined;
    if (min === 0) return { exact: sign === "?" && item.exact ? [...item.exact, ""] : null, needs: [] };
    return { exact: once ? item.exact : null, needs: item.needs };
  }

  function atom(): Info {
    const char = source[at++]!;
    if (char === "(") {
      GROUP_HEAD.lastIndex = at;
      const head = GROUP_HEAD.exec(source)?.[0] ?? "";
      at += head.length;
      const inner = alternation();
      if (source[at++] !== ")") unknown();
      // A lookaround matches no text of its own; its contents still must not reach over a line break.
      return /^\?[=!<]/.test(head) && !/^\?<\w/.test(head) ? EMPTY : inner;
    }
    if (char === "[") return charClass();
    if (char === ".") return ANY; // never a line break
    if (char === "^" || char === "$") {
      lineLocal = false;
      return EMPTY;
    }
    if ("*+?{}])".includes(char)) unknown();
    if (char !== "\\") {
      PLAIN_RUN.lastIndex = at - 1;
      let run = PLAIN_RUN.exec(source)![0];
      if (run.length > 1 && "*+?{".includes(source[at - 1 + run.length] ?? "")) run = run.slice(0, -1);
      at += run.length - 1;
      return literal(run);
    }
    const escaped = source[at++] ?? unknown();
    if (escaped === "b" || escaped === "B") return EMPTY;
    if ("dwSDWs".includes(escaped)) {
      if ("DWs".includes(escaped)) lineLocal = false;
      return ANY;
    }
    const meant = escapedChar(escaped, at);
    at += escapeLength(escaped);
    if (meant === "\n") lineLocal = false;
    return literal(meant);
  }

  /** The character an escape stands for: the backslash, `char`, and for \\x and \\u the hex digits at `from`. */
  function escapedChar(char: string, from: number): string {
    if (/[1-9bck]/.test(char)) unknown();
    const hex = escapeLength(char);
    if (hex === 0) return { t: "\t", n: "\n", r: "\r", f: "\f", v: "\v", "0": "\0" }[char] ?? char;
    const digits = source.slice(from, from + hex);
    if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) unknown();
    return String.fromCharCode(parseInt(digits, 16));
  }

  /** A bracket class: its few characters, or ANY when it is large or negated. The same few recur: cached. */
  function charClass(): Info {
    CLASS_BODY.lastIndex = at;
    const body = CLASS_BODY.exec(source)?.[0] ?? unknown();
    const known = classes.get(body) ?? readClass();
    classes.set(body, known);
    at += body.length;
    if (known.newline) lineLocal = false;
    return known.info;
  }

  /** The class from `at` (after its "["), without moving on. */
  function readClass(): KnownClass {
    let from = at;
    const next = (): string => source[from++] ?? unknown();
    const negated = source[from] === "^";
    if (negated) from += 1;
    const chars: string[] = [];
    let large = negated;
    // Whether the listed characters include a line break (then a negated class cannot match one).
    let newline = false;
    while (source[from] !== "]") {
      let char = next();
      if (char === "\\") {
        const escaped = next();
        if ("dwSDWs".includes(escaped)) {
          large = true;
          newline ||= "DWs".includes(escaped);
          continue;
        }
        char = escapedChar(escaped, from);
        from += escapeLength(escaped);
      }
      if (source[from] === "-" && source[from + 1] !== "]") {
        // A range ("a-z"): large; whether it holds a line break matters.
        from += 1;
        let end = next();
        if (end === "\\") {
          const escaped = next();
          end = escapedChar(escaped, from);
          from += escapeLength(escaped);
        }
        newline ||= char.charCodeAt(0) <= 10 && end.charCodeAt(0) >= 10;
        large = true;
        continue;
      }
      newline ||= char === "\n";
      chars.push(char);
    }
    const folded = unique(chars.map(foldString));
    return {
      info: large || chars.length > 8 ? ANY : { exact: folded, needs: [folded] },
      newline: negated ? !newline : newline,
    };
  }

  try {
    const info = alternation();
    if (at !== source.length) unknown();
    return { literals: info.needs.length > 0 ? info.needs : null, lineLocal };
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
