import { describe, expect, it } from "@jest/globals";
import { LANGS } from "../../src/core/language.js";
import { en } from "../../src/taskpane/i18n/en.js";
import { loadPaneStrings, paneStringsFor } from "../../src/taskpane/i18n/paneStrings.js";

// Flattens a catalogue to "path" -> sample output, calling text functions with sample arguments.
function flatten(value: unknown, path = ""): Record<string, string> {
  if (typeof value === "string") return { [path]: value };
  if (typeof value === "function") {
    const args = Array.from({ length: value.length }, (_, i) => `«${i}»`);
    return { [path]: String((value as (...a: string[]) => unknown)(...args)) };
  }
  if (Array.isArray(value))
    return Object.assign({}, ...value.map((item, i) => flatten(item, `${path}[${i}]`)));
  return Object.assign(
    {},
    ...Object.entries(value as object).map(([key, item]) => flatten(item, path ? `${path}.${key}` : key)),
  );
}

// Keys that are empty on purpose: "None" encryption has no older Outlook name.
const EMPTY_ON_PURPOSE = new Set(["securityOlderName.none"]);

describe("pane strings", () => {
  const reference = flatten(en);

  it.each(LANGS)("%s has every key, no empty text, and uses every argument", async (lang) => {
    const strings = flatten(await loadPaneStrings(lang));
    expect(Object.keys(strings).sort()).toEqual(Object.keys(reference).sort());
    for (const [key, text] of Object.entries(strings)) {
      if (EMPTY_ON_PURPOSE.has(key)) continue;
      expect([key, text.trim().length > 0]).toEqual([key, true]);
      const needed = reference[key]?.match(/«\d»/g) ?? [];
      for (const placeholder of needed) expect([key, text.includes(placeholder)]).toEqual([key, true]);
    }
  });

  it("German is really German, not a copy of English, and loads on demand", async () => {
    expect(paneStringsFor("en")).toBe(en);
    const de = await loadPaneStrings("de");
    expect(paneStringsFor("de")).toBe(de);
    expect(de.outgoingHeading).toBe("Postausgangsserver");
    expect(de.incomingHeading).toBe("Posteingangsserver");
    expect(de.security.none).toBe("Keine");
  });
});
