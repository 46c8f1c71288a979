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
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}

function minLength(set: string[]): number {
  return Math.min(...set.map((literal) => literal.length));
}

/** Best first: longer shortest literal (fewer lines to try), then fewer literals. */
function byQuality(a: string[], b: string[]): number {
  return minLength(b) - minLength(a) || a.length - b.length;
}

/** The best few required sets; short ones (under three characters) only when there is nothing better. */
function bestNeeds(sets: string[][]): string[][] {
  const ranked = sets.filter((set) => set.length > 0 && !set.includes("")).sort(byQuality);
  const long = ranked.filter((set) => minLength(set) >= 3);
  return (long.length > 0 ? long : ranked).slice(0, MAX_NEEDS);
}

function unique(strings: string[]): string[] {
  return [...new Set(strings)];
}

function sequence(items: Info[]): Info {
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
const GROUP_HEAD = /\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>)/y;

/** Reads one regular-expression source (non-Unicode syntax). Throws on anything it does not know. */
class PatternReader {
  private at = 0;
  /** False once the pattern may match a line break or uses ^ / $. */
  lineLocal = true;

  constructor(private readonly source: string) {}

  read(): Info {
    const info = this.alternation();
    if (this.at !== this.source.length) throw new Error("unbalanced )");
    return info;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.at += 1;
      branches.push(this.sequence());
    }
    return alternatives(branches);
  }

  private sequence(): Info {
    const items: Info[] = [];
    for (let next = this.peek(); next !== undefined && next !== "|" && next !== ")"; next = this.peek()) {
      items.push(this.quantified(this.atom()));
    }
    return sequence(items);
  }

  private quantified(atom: Info): Info {
    const next = this.peek();
    if (next !== "*" && next !== "+" && next !== "?" && next !== "{") return atom;
    QUANTIFIER.lastIndex = this.at;
    const bounds = QUANTIFIER.exec(this.source);
    if (!bounds) return atom;
    this.at += bounds[0].length;
    if (this.peek() === "?") this.at += 1; // lazy: matches the same strings
    const sign = bounds[1] === undefined ? bounds[0] : "";
    const min = sign ? (sign === "+" ? 1 : 0) : Number(bounds[1]);
    const once = !sign && min === 1 && bounds[2] === undefined;
    if (min === 0) return { exact: sign === "?" && atom.exact ? [...atom.exact, ""] : null, needs: [] };
    return { exact: once ? atom.exact : null, needs: atom.needs };
  }

  private atom(): Info {
    const char = this.source[this.at++]!;
    if (char === "(") return this.group();
    if (char === "[") return this.charClass();
    if (char === ".") return ANY; // never a line break
    if (char === "^" || char === "$") {
      this.lineLocal = false;
      return EMPTY;
    }
    if (char === "\\") return this.escape();
    if ("*+?{}])".includes(char)) throw new Error(`unexpected ${char}`);
    return literal(char);
  }

  private group(): Info {
    GROUP_HEAD.lastIndex = this.at;
    const head = GROUP_HEAD.exec(this.source)?.[0] ?? "";
    this.at += head.length;
    const inner = this.alternation();
    if (this.source[this.at++] !== ")") throw new Error("unclosed (");
    // A lookaround matches no text of its own; its contents still must not reach over a line break.
    return /^\?(?:[=!]|<[=!])/.test(head) ? EMPTY : inner;
  }

  private escape(): Info {
    const char = this.source[this.at++];
    if (char === undefined) throw new Error("trailing \\");
    if (char === "b" || char === "B") return EMPTY;
    if ("dwS".includes(char)) return ANY;
    if ("DWs".includes(char)) {
      this.lineLocal = false;
      return ANY;
    }
    if (/[1-9ck]/.test(char)) throw new Error(`unsupported \\${char}`);
    const escaped = this.escapedChar(char);
    if (escaped === "\n") this.lineLocal = false;
    return literal(escaped);
  }

  /** The character an escape stands for (after the backslash and `char`). */
  private escapedChar(char: string): string {
    const hex = char === "x" ? 2 : char === "u" ? 4 : 0;
    if (hex > 0) {
      const digits = this.source.slice(this.at, this.at + hex);
      if (digits.length !== hex || !/^[0-9a-fA-F]+$/.test(digits)) throw new Error(`bad \\${char}`);
      this.at += hex;
      char = String.fromCharCode(parseInt(digits, 16));
    } else {
      char = { t: "\t", n: "\n", r: "\r", f: "\f", v: "\v", "0": "\0" }[char] ?? char;
    }
    return char;
  }

  /** A bracket class: its few characters, or ANY when it is large or negated. */
  private charClass(): Info {
    const negated = this.peek() === "^";
    if (negated) this.at += 1;
    const chars: string[] = [];
    let large = negated;
    // Whether the listed characters include a line break (then a negated class cannot match one).
    let newline = false;
    while (this.peek() !== "]") {
      let char = this.source[this.at++];
      if (char === undefined) throw new Error("unclosed [");
      if (char === "\\") {
        const escaped = this.source[this.at++] ?? "";
        if ("dwSDWs".includes(escaped)) {
          large = true;
          newline ||= "DWs".includes(escaped);
          continue;
        }
        if (/[bck1-9]/.test(escaped) || escaped === "") throw new Error(`unsupported \\${escaped} in []`);
        char = this.escapedChar(escaped);
      }
      if (this.peek() === "-" && this.source[this.at + 1] !== "]") {
        // A range ("a-z"): large; whether it holds a line break matters.
        this.at += 1;
        let end = this.source[this.at++] ?? "";
        if (end === "\\") end = this.escapedChar(this.source[this.at++] ?? "");
        if (char.charCodeAt(0) <= 10 && end.charCodeAt(0) >= 10) newline = true;
        large = true;
        continue;
      }
      if (char === "\n") newline = true;
      chars.push(char);
    }
    this.at += 1;
    if (negated ? !newline : newline) this.lineLocal = false;
    if (large || chars.length > 8) return ANY;
    const folded = unique(chars.map(foldString));
    return { exact: folded, needs: [folded] };
  }
}

export interface PatternLiterals {
  /** Every match contains a literal of each set (case-folded with foldUnit); null when none is known. */
  literals: string[][] | null;
  /** True when no match can reach over a line break and the pattern has no ^ or $. */
  lineLocal: boolean;
}

/** The required literals of a regular-expression source, and whether its matches stay within a line. */
export function patternLiterals(source: string): PatternLiterals {
  try {
    const reader = new PatternReader(source);
    const info = reader.read();
    return { literals: info.needs.length > 0 ? info.needs : null, lineLocal: reader.lineLocal };
  } catch {
    return { literals: null, lineLocal: false };
  }
}

/**
 * Aho-Corasick automaton over the patterns' literals, as a full transition table over the few characters the
 * literals use (every other character is one class): one table look-up per character of the text gives, per
 * pattern, the lines holding a literal of each of its sets (ascending, each once).
 */
export class PhraseIndex {
  /** Character class of each folded ASCII unit; other units through `classOf`. Class 0: in no literal. */
  private readonly asciiClass = new Uint8Array(128);
  private readonly classOf = new Map<number, number>();
  private readonly width: number;
  private readonly next: Uint16Array | Uint32Array;
  /** Literals (numbered in `literals`) ending in each state, through the fail links too. */
  private readonly outputs: Array<number[] | null>;
  private readonly literals: string[] = [];
  /** Per pattern, its literal sets as literal numbers. */
  private readonly setsOf: number[][][];
  /** Per pattern: its literals are known (else it must run everywhere). */
  readonly indexed: boolean[];

  constructor(patterns: ReadonlyArray<string[][] | null>) {
    this.indexed = patterns.map((sets) => sets !== null);
    const numbers = new Map<string, number>();
    const numberOf = (literal: string): number => {
      let number = numbers.get(literal);
      if (number === undefined) numbers.set(literal, (number = this.literals.push(literal) - 1));
      return number;
    };
    this.setsOf = patterns.map((sets) => (sets ?? []).map((set) => set.map(numberOf)));
    let size = 1;
    for (const literal of this.literals) {
      size += literal.length;
      for (let i = 0; i < literal.length; i++) {
        const unit = literal.charCodeAt(i);
        if (!this.classOf.has(unit)) this.classOf.set(unit, this.classOf.size + 1);
      }
    }
    for (let code = 0; code < 128; code++) this.asciiClass[code] = this.classOf.get(foldUnit(code)) ?? 0;
    const width = (this.width = this.classOf.size + 1);
    // Dense arrays (no holes) keep the per-character look-ups fast.
    const outputs: Array<number[] | null> = (this.outputs = Array.from({ length: size }, () => null));
    const next = size < 0x10000 ? new Uint16Array(size * width) : new Uint32Array(size * width);
    // The trie first (0: no edge yet; the root is never a child).
    let states = 1;
    this.literals.forEach((literal, number) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const at = state * width + this.classOf.get(literal.charCodeAt(i))!;
        state = next[at] || (next[at] = states++);
      }
      (outputs[state] ??= []).push(number);
    });
    // Then, breadth first, the fail links turn missing edges into the edges of the longest suffix state.
    const fail = new Uint32Array(states);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (let unit = 1; unit < width; unit++) {
        const child = next[state * width + unit]!;
        const fallback = state === 0 ? 0 : next[fail[state]! * width + unit]!;
        if (child === 0) {
          next[state * width + unit] = fallback;
          continue;
        }
        fail[child] = fallback;
        queue.push(child);
        const inherited = outputs[fallback];
        if (inherited) outputs[child] = [...(outputs[child] ?? []), ...inherited];
      }
    }
    this.next = next.slice(0, states * width);
  }

  /** Per pattern, the indexes of the lines ("\n"-separated) holding a literal of each of its sets; undefined: none. */
  linesWithLiterals(text: string): Array<number[] | undefined> {
    // Per literal first.
    const found: Array<number[] | null> = Array.from({ length: this.literals.length }, () => null);
    const { asciiClass, classOf, width, next, outputs } = this;
    let state = 0;
    let line = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) line += 1;
      const unit = code < 128 ? asciiClass[code]! : (classOf.get(foldUnit(code)) ?? 0);
      state = next[state * width + unit]!;
      const out = outputs[state];
      if (!out) continue;
      for (const number of out) {
        const lines = (found[number] ??= []);
        if (lines[lines.length - 1] !== line) lines.push(line);
      }
    }
    return this.setsOf.map((sets) => {
      let lines: number[] | undefined;
      for (const set of sets) {
        const inSet = linesOfSet(set, found);
        lines = lines ? intersect(lines, inSet) : inSet;
        if (lines.length === 0) return undefined;
      }
      return lines;
    });
  }
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
