// Dated facts live once in src/core/datedFacts.ts: its table is well formed,
// its dates render in each language, and no other core source types one of
// the dates (texts interpolate them instead; checklist.test.ts checks that a
// changed date changes the texts).
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import {
  DATED_FACT_VALUES,
  DATED_FACTS,
  factDate,
  factInEffect,
  factYear,
  type DatedFactId,
} from "../../src/core/datedFacts.js";
import { LANGS, localize } from "../../src/core/language.js";

const CORE = join(__dirname, "..", "..", "src", "core");

const FACT_IDS = Object.keys(DATED_FACTS) as DatedFactId[];

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MONTHS_DE = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

/** Every way a source could spell the fact's date by hand. */
function spellings(id: DatedFactId): string[] {
  const { date, precision } = DATED_FACTS[id];
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const en = MONTHS_EN[month - 1] ?? "";
  const de = MONTHS_DE[month - 1] ?? "";
  const forms = [date];
  if (precision === "month") forms.push(`${en} ${year}`, `${de} ${year}`);
  else forms.push(`${day} ${en} ${year}`, `${day}. ${de} ${year}`, `${en} ${day}, ${year}`);
  return forms;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the dated-facts table", () => {
  it.each(FACT_IDS)("%s is well formed, with a deep https source", (id) => {
    const fact = DATED_FACTS[id];
    expect(fact.id).toBe(id);
    expect(fact.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(`${fact.date}T00:00:00Z`))).toBe(false);
    expect(fact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(fact.summary.trim()).not.toBe("");
    const source = new URL(fact.source);
    expect(source.protocol).toBe("https:");
    // A deep link to the article (a path or an article id), not a site's home page.
    expect(`${source.pathname}${source.search}`.replace(/\/$/, "")).not.toBe("");
  });

  it("writes dates as texts say them, in English and German", () => {
    expect(factDate("outlookcom-basic-auth-ended", "en")).toBe("16 September 2024");
    expect(factDate("outlookcom-basic-auth-ended", "de")).toBe("16. September 2024");
    expect(factDate("gmail-password-only-ended", "de")).toBe("30. Mai 2022");
    expect(factDate("m365-smtp-basic-auth-off", "en")).toBe("the end of December 2026");
    expect(factDate("m365-smtp-basic-auth-off", "de")).toBe("Ende Dezember 2026");
    expect(factYear("gmail-password-only-ended")).toBe(2022);
  });

  it("switches to 'in effect' only after the fact's date", () => {
    expect(factInEffect("m365-smtp-basic-auth-off", new Date("2026-12-31T23:00:00Z"))).toBe(false);
    expect(factInEffect("m365-smtp-basic-auth-off", new Date("2027-01-01T00:00:00Z"))).toBe(true);
  });

  it("offers every fact as a text placeholder, rendered per language", () => {
    const rendered = Object.values(DATED_FACT_VALUES).map((value) => localize(value, "en"));
    for (const id of FACT_IDS) expect(rendered).toContain(factDate(id, "en"));
    for (const lang of LANGS) {
      for (const value of Object.values(DATED_FACT_VALUES)) expect(localize(value, lang)).toMatch(/\d{4}$/);
    }
  });
});

describe("no core source types a dated fact's date", () => {
  const files = sourceFiles(CORE).filter((path) => !path.endsWith("datedFacts.ts"));

  it("finds the core sources", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((path) => relative(CORE, path)))("%s", (file) => {
    const source = readFileSync(join(CORE, file), "utf8");
    const typed = FACT_IDS.flatMap((id) =>
      spellings(id)
        .filter((spelling) => source.includes(spelling))
        .map((spelling) => `${id}: "${spelling}"`),
    );
    expect(typed).toEqual([]);
  });
});
