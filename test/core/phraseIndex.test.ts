// The phrase index (src/core/phraseIndex.ts) lets the explainer run a phrase pattern only on the lines holding a
// literal it requires. These tests hold it to the reference, every pattern run over the whole text: same matches,
// same order, on the regression set, a dense text, generated variations and adversarial inputs.

import { describe, expect, it } from "@jest/globals";
import { ERROR_CATALOGUE } from "../../src/core/errorCatalogue.js";
import { scanCatalogue } from "../../src/core/explainError.js";
import { buildPhraseIndex, foldUnit, patternLiterals } from "../../src/core/phraseIndex.js";
import { loadRegression } from "../fixtures/bounces/loadRegression.js";

const rows = loadRegression();

/** The explainer's own compiled form of a catalogue phrase (explainError.ts: compilePhrase). */
function compiled(source: string): RegExp {
  return new RegExp(source.replace(/ \?/g, "[\\x20\\t\\u00a0]*").replace(/ /g, "[ \\t\\u00a0]+"), "gi");
}

const PHRASES = ERROR_CATALOGUE.flatMap((entry) => [...(entry.phrases ?? []), ...(entry.hints ?? [])]);

function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}

function expectSameScan(text: string): void {
  expect(scanCatalogue(text)).toEqual(scanCatalogue(text, { fullPhraseScan: true }));
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

const oneLineTexts = rows.map((row) => row.text).filter((text) => !text.includes("\n"));

/** The bench's worst case: 20,000 characters of one-line replies, no headers to skip. */
function denseText(): string {
  let text = "";
  for (let i = 0; text.length < 20_000; i++) text += `${oneLineTexts[i % oneLineTexts.length]}\n`;
  return text.slice(0, 20_000);
}

describe("patternLiterals: what every match must contain", () => {
  it.each([
    ["user unknown", [["UNKNOWN"], ["USER"]], true],
    ["mail loop", [["MAIL"], ["LOOP"]], true],
    ["e-?mail address", [["ADDRESS"], ["MAIL"]], true],
    [
      "(disabled|inactive) (account|mailbox)",
      [
        ["DISABLED", "INACTIVE"],
        ["ACCOUNT", "MAILBOX"],
      ],
      true,
    ],
    ["Zeitüberschreitung", [["ZEITÜBERSCHREITUNG"]], true],
    ["\\b5\\.7\\.x\\b", [["5.7.X"]], true],
    ["sorbs\\.net", [["SORBS.NET"]], true],
    ["\\[TSS?\\d\\d\\]", [["[TS"]], true],
    ["@[^\\s:()]+:blocked\\b", [[":BLOCKED"]], true],
    ["(?<!headers? )(too large|too big)", [["LARGE", "TOO"]], true],
    ["rejected(?!: ?(?!<|[^\\s@]+@)\\S)", [["REJECTED"]], true],
    ["no MX or A", [["NO"], ["MX"], ["OR"]], true],
    ["connect to \\S+\\[[^\\]]*\\]", [["CONNECT"]], false],
    ["x\\sy", [["X"], ["Y"]], false],
    ["[\\x00-\\x1f]x", [["X"]], false],
    ["^550 ", [["550"]], false],
  ])("%s", (source, literals, lineLocal) => {
    const found = patternLiterals(source);
    expect(found.lineLocal).toBe(lineLocal);
    expect(found.literals).toEqual(literals);
  });

  it.each([["x?"], [".*"], ["(a)\\1"], ["a{"], ["[a-z]+"], ["(unclosed"], ["a[ ]b"], ["a\\ b"], ["\\x41"]])(
    "knows no literal for %s, so the pattern runs everywhere",
    (source) => {
      expect(patternLiterals(source).literals).toBeNull();
    },
  );

  it("finds a literal of at least three characters for nearly every catalogue pattern", () => {
    const weak = PHRASES.filter((phrase) => {
      const { literals } = patternLiterals(phrase);
      return !literals || Math.min(...literals.flat().map((literal) => literal.length)) < 3;
    });
    expect(weak.length).toBeLessThanOrEqual(PHRASES.length / 20);
  });

  it("is sound: every match of every catalogue pattern in the regression set holds a literal of each set", () => {
    const texts = [...rows.map((row) => row.text), denseText()];
    let checked = 0;
    for (const phrase of PHRASES) {
      const { literals } = patternLiterals(phrase);
      const pattern = compiled(phrase);
      if (!literals) continue;
      for (const text of texts) {
        for (const m of text.matchAll(pattern)) {
          if (m[0] === "") continue;
          checked += 1;
          const folded = fold(m[0]);
          const missing = literals.find((set) => !set.some((literal) => folded.includes(literal)));
          if (missing) {
            throw new Error(
              `${pattern.source}: match ${JSON.stringify(m[0])} has none of ${missing.join(", ")}`,
            );
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(rows.length);
  });
});

describe("foldUnit: case-insensitive regular expressions compare characters the same way", () => {
  // Every BMP code unit once, so one matchAll per character shows which units a pattern's character matches.
  const everyUnit = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join("");
  const literalChars = new Set(
    PHRASES.flatMap((phrase) => patternLiterals(phrase).literals?.flat() ?? []).join(""),
  );
  const tricky = "sSkKiIßẞσςΣµΜİıſKÅåéÉüÜ";

  it.each([...new Set([...literalChars, ...tricky])].map((char) => [char]))("%s", (char) => {
    const escaped = char.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
    const matched = [...everyUnit.matchAll(new RegExp(escaped, "gi"))].map((m) => m.index);
    const folded = foldUnit(char.charCodeAt(0));
    const sameFold: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (foldUnit(code) === folded) sameFold.push(code);
    expect(sameFold).toEqual(matched);
  });
});

describe("buildPhraseIndex: lines holding a pattern's literals", () => {
  it("names each line once, in order, that holds a literal of each of the pattern's sets", () => {
    const linesWithLiterals = buildPhraseIndex([
      [["UNKNOWN"]],
      [["FULL", "QUOTA"]],
      null,
      [["NEVER"]],
      [["MAILBOX"], ["FULL"]],
    ]);
    const found = linesWithLiterals(
      "User unknown\nok\nmailbox full, over quota\nUNKNOWN unknown\nfull\nquota",
    );
    expect(found[0]).toEqual([0, 3]);
    expect(found[1]).toEqual([2, 4, 5]);
    expect(found[2]).toBeUndefined();
    expect(found[3]).toBeUndefined();
    expect(found[4]).toEqual([2]);
  });

  it("leaves few lines to try on the dense text: the catalogue's phrases on under 5% of (phrase, line) pairs", () => {
    const text = denseText();
    const lines = text.split("\n").length;
    const found = buildPhraseIndex(PHRASES.map((phrase) => patternLiterals(phrase).literals))(text);
    const tried = found.reduce((sum, candidates) => sum + (candidates?.length ?? 0), 0);
    expect(tried).toBeGreaterThan(0);
    expect(tried).toBeLessThan(0.05 * PHRASES.length * lines);
  });

  it("finds literals that overlap or end inside one another", () => {
    const linesWithLiterals = buildPhraseIndex([[["ABCD"]], [["BC"]], [["CDE"]], [["D"]], [["XAB"], ["E"]]]);
    const found = linesWithLiterals("xabcde");
    expect(found.map((lines) => lines ?? [])).toEqual([[0], [0], [0], [0], [0]]);
  });
});

describe("indexed scan = every pattern over the whole text", () => {
  it("on every regression row, whole and line by line", () => {
    for (const row of rows) {
      expectSameScan(row.text);
      for (const line of row.text.split("\n")) if (line.trim() !== "") expectSameScan(line);
    }
  });

  it("on 20,000 characters of dense reply lines", () => {
    const text = denseText();
    expectSameScan(text);
    expect(scanCatalogue(text).matches.length).toBeGreaterThan(30);
  });

  it("on generated variations: case, blanks, folded and broken lines, look-alike letters", () => {
    const random = seeded(8);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const noise = [
      "İ",
      "ı",
      "ß",
      "ẞ",
      "ς",
      "σ",
      "K",
      "ſ",
      "µ",
      "\u00a0",
      "\t",
      "  ",
      "\n",
      "\n   ",
      "-",
      "\r\n",
    ];
    for (let round = 0; round < 60; round++) {
      let text = "";
      while (text.length < 3_000) {
        let line = pick(oneLineTexts);
        line = [...line]
          .map((char) => {
            const roll = random();
            if (roll < 0.05) return char.toUpperCase();
            if (roll < 0.1) return char.toLowerCase();
            if (roll < 0.115) return pick(noise);
            return char;
          })
          .join("");
        text += (random() < 0.2 ? "    " : "") + line + "\n";
      }
      expectSameScan(text);
    }
  });

  it.each([
    ["one long line of a required word", "user ".repeat(4_000)],
    ["required words without the rest", "mailbox unknown quota exceeded relay ".repeat(540)],
    ["a bracket never closed", "connect to mx.example[".repeat(900)],
    ["a long host name", "a.".repeat(9_990) + "b does not exist"],
    ["long non-blank runs after a required word", ("user " + "x".repeat(190) + " ").repeat(100)],
    ["a phrase split over many lines", "Unable\n to\n relay\n".repeat(1_100)],
    ["many blanks inside a phrase", "Unable" + " ".repeat(19_980) + "to relay"],
    ["SPF followed by no verdict", "SPF ".repeat(5_000)],
  ])("on adversarial input: %s, within the time limit", (_label, text) => {
    const started = Date.now();
    const scan = scanCatalogue(text);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(scan).toEqual(scanCatalogue(text, { fullPhraseScan: true }));
  });
});
