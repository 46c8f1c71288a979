// The catalogue's English texts live in one group per reason (src/core/catalogue/texts/), loaded on demand by
// the pane. Every entry's texts are in exactly one group, every group loads, and explaining with only the groups
// the pane loads gives exactly what the eager (Node) path gives, for every row of the regression set.

import { afterAll, describe, expect, it } from "@jest/globals";
import { BOUNCE_REASON_IDS } from "../../src/core/bounceReasons.js";
import {
  entryTexts,
  forgetEntryTexts,
  isEntryTextGroupLoaded,
  loadEntryTexts,
  TEXT_GROUP_LOADERS,
  type EntryTextGroup,
} from "../../src/core/catalogue/entryTexts.js";
import { ERROR_CATALOGUE } from "../../src/core/errorCatalogue.js";
import {
  explainBounce,
  explainBounceLoadingTexts,
  textGroupsFor,
  type BounceReport,
} from "../../src/core/explainBounce.js";
import { InputError } from "../../src/core/errors.js";
import { loadLanguage, type Lang } from "../../src/core/language.js";
import { loadRegression } from "../fixtures/bounces/loadRegression.js";

const rows = loadRegression();
const loaders = Object.entries(TEXT_GROUP_LOADERS) as Array<[string, () => Promise<EntryTextGroup>]>;

/** What the eager path gives, or the InputError's message for bad input. */
function eager(text: string, lang: Lang): BounceReport | string {
  try {
    return explainBounce(text, { lang });
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}

async function lazily(text: string, lang: Lang, shown?: number): Promise<BounceReport | string> {
  try {
    return await explainBounceLoadingTexts(text, shown === undefined ? { lang } : { lang, shown });
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}

afterAll(() => loadEntryTexts(BOUNCE_REASON_IDS));

describe("catalogue text groups", () => {
  it("has a group for every reason an entry has, and no group without entries", () => {
    const reasons = new Set(ERROR_CATALOGUE.map((entry) => entry.reason));
    expect(new Set(loaders.map(([reason]) => reason))).toEqual(reasons);
  });

  it("loads every group, and each entry's texts are in exactly one group: its reason's", async () => {
    const groups = await Promise.all(loaders.map(async ([reason, load]) => [reason, await load()] as const));
    for (const [, group] of groups) expect(Object.keys(group).length).toBeGreaterThan(0);
    for (const entry of ERROR_CATALOGUE) {
      const key = entry.id ?? entry.code;
      const holders = groups
        .filter(([, group]) => Object.prototype.hasOwnProperty.call(group, key))
        .map(([reason]) => reason);
      expect([key, holders]).toEqual([key, [entry.reason]]);
      const texts = groups.find(([reason]) => reason === entry.reason)![1][key]!;
      expect(texts.title.trim()).not.toBe("");
      expect(texts.cause.trim()).not.toBe("");
      expect(texts.fix.length).toBeGreaterThan(0);
    }
    // No orphans: every text belongs to an entry of the group's reason.
    const keys = new Set(ERROR_CATALOGUE.map((entry) => `${entry.reason} ${entry.id ?? entry.code}`));
    for (const [reason, group] of groups) {
      for (const key of Object.keys(group)) expect(keys.has(`${reason} ${key}`)).toBe(true);
    }
  });

  it("says which group to load when an entry's texts are missing, instead of explaining without them", () => {
    forgetEntryTexts();
    try {
      const entry = ERROR_CATALOGUE.find((candidate) => candidate.code === "5.1.10")!;
      expect(() => entryTexts(entry)).toThrow(/loadEntryTexts\(\["unknown-recipient"\]\)/);
      expect(() => explainBounce("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found")).toThrow(
        /not loaded/,
      );
    } finally {
      forgetEntryTexts();
    }
  });
});

describe("on demand, only the groups the pane loads give the same explanations as the eager path", () => {
  const cases: Array<[string, Lang, number | undefined]> = [
    ["the selected bounce (best explanation only)", "en", 1],
    ["pasted text (every explanation)", "en", undefined],
  ];
  it.each(cases)("%s, every regression row", async (_name, lang, shown) => {
    await loadEntryTexts(BOUNCE_REASON_IDS);
    const expected = rows.map((row) => eager(row.text, lang));
    for (const [index, row] of rows.entries()) {
      forgetEntryTexts();
      const got = await lazily(row.text, lang, shown);
      const want = expected[index]!;
      const sliced =
        typeof want === "string" || shown === undefined
          ? want
          : { ...want, explanations: want.explanations.slice(0, shown) };
      expect([row.id, got]).toEqual([row.id, sliced]);
      // Exactly the groups of the explanations returned were fetched, no others.
      const loaded = BOUNCE_REASON_IDS.filter((reason) => isEntryTextGroupLoaded(reason));
      const needed = typeof got === "string" ? [] : [...new Set(got.explanations.map((e) => e.reason))];
      expect([row.id, loaded.sort()]).toEqual([row.id, needed.sort()]);
      if (typeof got !== "string")
        expect(textGroupsFor(row.text, shown === undefined ? {} : { shown }).sort()).toEqual(needed);
    }
  });

  it("in German too (the fix-step filter reads the English texts, which are loaded with them)", async () => {
    await loadLanguage("de");
    await loadEntryTexts(BOUNCE_REASON_IDS);
    const sample = rows.filter((_row, index) => index % 7 === 0);
    const expected = sample.map((row) => eager(row.text, "de"));
    for (const [index, row] of sample.entries()) {
      forgetEntryTexts();
      expect([row.id, await lazily(row.text, "de")]).toEqual([row.id, expected[index]]);
    }
  });
});
