// The texts of the record parsers, the domain report's include walk and
// policy fetch, fetch failures and settings discovery: every id has German
// (src/core/i18n/de/domainAndDiscovery.ts) with the same placeholders, none is
// empty, the table has no orphans and is part of the German table; and the
// phrases (plain data) word themselves per language.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { parseDmarc, parseMtaStsPolicy, parseSpf } from "../../src/core/domainFindings.js";
import { fetchFailurePhrase } from "../../src/core/fetchFailureWords.js";
import { de } from "../../src/core/i18n/de.js";
import { deDomainAndDiscovery } from "../../src/core/i18n/de/domainAndDiscovery.js";
import { loadLanguage, text } from "../../src/core/language.js";
import { isWorded, phraseOf, wordIn } from "../../src/core/phrase.js";
import { PLAINTEXT_WARNING_TEXT } from "../../src/net/autoconfigXml.js";

const SOURCES = [
  "src/core/domainFindings.ts",
  "src/core/fetchFailureWords.ts",
  "src/net/domainReport.ts",
  "src/net/autoconfigXml.ts",
  "src/net/settingsDiscovery.ts",
  ...readdirSync(join(process.cwd(), "src/net/discovery"))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => `src/net/discovery/${name}`),
];

/** Every text("records.…" | "fetch.…" | "discovery.…", "English") of those modules, read from the source. */
function englishById(): Map<string, string> {
  const byId = new Map<string, string>();
  for (const file of SOURCES) {
    const source = readFileSync(join(process.cwd(), file), "utf8");
    const calls = source.matchAll(
      /(?:text|defineText)\(\s*"((?:records|fetch|discovery)\.[^"]+)",\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g,
    );
    for (const match of calls) {
      const id = match[1] ?? "";
      expect([id, byId.has(id)]).toEqual([id, false]);
      byId.set(id, (match[2] ?? match[3] ?? "").replace(/\\(["'])/g, "$1"));
    }
  }
  // The one text whose English is a constant shared with the server-side warning.
  byId.set(PLAINTEXT_WARNING_TEXT.id, PLAINTEXT_WARNING_TEXT.en);
  return byId;
}

const placeholders = (wording: string): string[] =>
  [...wording.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

beforeAll(() => loadLanguage("de"));

describe("German for the domain and discovery texts", () => {
  it("every id has German, none empty, with the same placeholders, and no orphans", () => {
    const english = englishById();
    expect(english.size).toBeGreaterThan(70);
    for (const [id, wording] of english) {
      const german = deDomainAndDiscovery[id];
      expect([id, german?.trim() ? "translated" : "missing"]).toEqual([id, "translated"]);
      expect([id, placeholders(german ?? "")]).toEqual([id, placeholders(wording)]);
      // A text of words is translated; one of placeholders and punctuation only may stay as it is.
      if (/[a-z]/i.test(wording.replace(/\{\w+\}/g, ""))) expect([id, german]).not.toEqual([id, wording]);
    }
    expect(Object.keys(deDomainAndDiscovery).filter((id) => !english.has(id))).toEqual([]);
  });

  it("the table is spread into the German table, and no other table uses its ids", () => {
    for (const [id, german] of Object.entries(deDomainAndDiscovery))
      expect([id, de[id]]).toEqual([id, german]);
  });
});

describe("phrases", () => {
  const words = text("test.phrase", "{count} problems: {items} ({inner})");

  it("word their values in the language asked for: plain, numbers, lists and nested phrases", () => {
    const inner = phraseOf(text("fetch.timeout", "{url}: no complete answer in time"), {
      url: "https://x.test/a",
    });
    const phrase = phraseOf(words, { count: 2, items: ["a", "b"], inner });
    expect(wordIn(phrase, "en")).toBe("2 problems: a, b (https://x.test/a: no complete answer in time)");
    // No German for test.phrase: its English, with the nested phrase in German.
    expect(wordIn(phrase, "de")).toBe(
      "2 problems: a, b (https://x.test/a: keine vollständige Antwort innerhalb der Frist)",
    );
  });

  it("keep the original English message for English readers only", () => {
    const failure = fetchFailurePhrase(
      "content-type",
      "https://autoconfig.x.test/mail/config-v1.1.xml?emailaddress=a%40x.test",
      ["application/xml", "text/xml", "+xml"],
      "https://autoconfig.x.test/mail/config-v1.1.xml: served as text/html, expected application/xml or text/xml",
    );
    expect(wordIn(failure, "en")).toBe(
      "https://autoconfig.x.test/mail/config-v1.1.xml: served as text/html, expected application/xml or text/xml",
    );
    // The query (which may carry an address) never shows.
    expect(wordIn(failure, "de")).toBe(
      "https://autoconfig.x.test/mail/config-v1.1.xml wird nicht als application/xml / text/xml ausgeliefert",
    );
  });

  it("survive JSON (the shared store) and are recognised when read back", () => {
    const problems = parseSpf("v=spf1 ipv4:1.2.3.4 -all").problems;
    const stored: unknown = JSON.parse(JSON.stringify(problems));
    expect(Array.isArray(stored) && stored.every(isWorded)).toBe(true);
    expect(wordIn((stored as typeof problems)[0] ?? "", "de")).toBe("unbekannter Bestandteil „ipv4:1.2.3.4“");
    expect(isWorded({ id: 1, en: "x" })).toBe(false);
    expect(isWorded({ id: "a", en: "x", original: 3 })).toBe(false);
    expect(isWorded("as it is")).toBe(true);
  });

  it("the parsers' problems read the same in English as before, and German otherwise", () => {
    const dmarc = parseDmarc("v=DMARC1; sp=never").problems;
    expect(dmarc.map((p) => wordIn(p, "en"))).toEqual([
      "the p= tag (policy) is missing",
      "sp=never is not a policy",
    ]);
    expect(dmarc.map((p) => wordIn(p, "de"))).toEqual([
      "die Angabe p= (Richtlinie) fehlt",
      "sp=never ist keine gültige Richtlinie",
    ]);
    const policy = parseMtaStsPolicy("version: STSv1\nmode: enforce\nmax_age: 99999999999\n").problems;
    expect(policy.map((p) => wordIn(p, "en"))).toEqual([
      'max_age "99999999999" is not a number of seconds up to 31557600',
      "no mx: lines",
    ]);
  });
});

describe("phrase lists with their own separator", () => {
  it("join items that hold commas with the separator given, in every language", () => {
    const reasons = {
      list: [
        phraseOf(text("discovery.skipped.noAuth", "{label} ({host}): no usable authentication method"), {
          label: "outgoingServer 1",
          host: "a.test",
        }),
        "outgoingServer 2: (NTLM, GSSAPI)",
      ],
      separator: "; ",
    };
    const note = phraseOf(text("discovery.document.ignored", "Ignored in {url}: {reasons}."), {
      url: "https://x.test/c.xml",
      reasons,
    });
    expect(wordIn(note, "en")).toBe(
      "Ignored in https://x.test/c.xml: outgoingServer 1 (a.test): no usable authentication method; outgoingServer 2: (NTLM, GSSAPI).",
    );
    expect(wordIn(note, "de")).toBe(
      "In https://x.test/c.xml übergangen: outgoingServer 1 (a.test): keine verwendbare Anmeldemethode; outgoingServer 2: (NTLM, GSSAPI).",
    );
  });
});
