import { describe, expect, it } from "@jest/globals";
import { isLanguageLoaded, loadLanguage } from "../../src/core/language.js";
import { resolveForPane } from "../../src/taskpane/settingsLookup.js";

// Its own file: German must not have been loaded by another test before the first case.
describe("resolveForPane remembers recent answers", () => {
  it("gives the same object for the same question, and a new one for another", () => {
    const first = resolveForPane("ann@contoso.com", { accountType: "office365" }, "en");
    expect(resolveForPane("ann@contoso.com", { accountType: "office365" }, "en")).toBe(first);
    const enterprise = resolveForPane("ann@contoso.com", { accountType: "enterprise" }, "en");
    expect(enterprise).not.toBe(first);
    if (!first.ok || !enterprise.ok) throw new Error("expected settings");
    expect(enterprise.settings.source).not.toEqual(first.settings.source);
    expect(resolveForPane("bob@contoso.com", { accountType: "office365" }, "en")).not.toBe(first);
  });

  it("never serves English notes for German once the German texts have loaded", async () => {
    expect(isLanguageLoaded("de")).toBe(false);
    const early = resolveForPane("ann@gmail.com", {}, "de");
    const english = resolveForPane("ann@gmail.com", {}, "en");
    if (!early.ok || !english.ok) throw new Error("expected settings");
    // Before the texts arrive the notes fall back to English (only dates are German already)...
    expect(early.settings.notes[1]).toBe(english.settings.notes[1]);
    await loadLanguage("de");
    const german = resolveForPane("ann@gmail.com", {}, "de");
    if (!german.ok) throw new Error("expected settings");
    // ...and afterwards the same question gets a German answer, not the remembered one.
    expect(german).not.toBe(early);
    expect(german.settings.notes[1]).not.toBe(english.settings.notes[1]);
  });

  it("forgets the oldest answers instead of growing", () => {
    const first = resolveForPane("user0@gmail.com", {}, "en");
    for (let i = 1; i <= 8; i += 1) resolveForPane(`user${i}@gmail.com`, {}, "en");
    // The ninth question pushed the first out: an equal answer, but a new object.
    const again = resolveForPane("user0@gmail.com", {}, "en");
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
