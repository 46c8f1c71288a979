// The unified manifest in German: localizationInfo.additionalLanguages names
// manifest.de-de.json, made from the XML manifest's de-DE overrides (one
// source, so the two never disagree). The language file is validated offline
// with the Localization schema bundled in @microsoft/app-manifest
// (office-addin-manifest validate checks manifest.json only), and each of its
// keys must name a localizable text of the manifest.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { parsePublicUrl, toProductionManifest } from "../../scripts/manifestTransform.cjs";
import {
  LOCALIZATION_SCHEMA_URL,
  SCHEMA_VERSION,
  readXmlManifest,
  toLocalizationFiles,
  toUnifiedManifest,
} from "../../scripts/unifiedManifest.cjs";

const root = resolve(__dirname, "../..");
const devXml = readFileSync(join(root, "manifest.xml"), "utf8");
const prodXml = toProductionManifest(devXml, parsePublicUrl("https://outbox-doctor.example.com"));

// The validator @microsoft/app-manifest itself uses for draft-04 schemas (ajv-draft-04 with its
// formats), loaded from that package. Microsoft's Localization schema has a pattern (\b inside
// brackets) that is valid only without the u flag, so regular expressions are compiled without it.
type Validate = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string }> | null;
};
const packageDir = dirname(require.resolve("@microsoft/app-manifest/package.json"));
const schemaPath = join(
  packageDir,
  `build/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`,
);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS module resolved from the package's own dependencies
const Ajv = require(require.resolve("ajv-draft-04", { paths: [packageDir] })).default;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const addFormats = require(require.resolve("ajv-formats", { paths: [packageDir] })).default;
const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
addFormats(ajv, ["uri", "email", "regex"]);
const validateLocalization: Validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

function schemaErrors(file: unknown): string[] {
  return validateLocalization(file)
    ? []
    : (validateLocalization.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);
}

/** The value at a language file key ("extensions[0].ribbons[0].tabs[0].groups[0].label") of the manifest. */
function valueAt(manifest: unknown, key: string): unknown {
  let value: unknown = manifest;
  for (const part of key.split(".")) {
    const [, name, index] = /^([A-Za-z$]+)(?:\[(\d+)\])?$/.exec(part) ?? [];
    if (name === undefined || value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[name];
    if (index !== undefined) value = Array.isArray(value) ? value[Number(index)] : undefined;
  }
  return value;
}

describe.each([
  ["development", devXml, "development" as const],
  ["production", prodXml, "production" as const],
])("the %s manifest in German", (_kind, xml, kind) => {
  const manifest = toUnifiedManifest(xml, kind);
  const files = toLocalizationFiles(xml);
  const german = files[0];

  test("localizationInfo names one German file, manifest.de-de.json", () => {
    expect(files.map(({ languageTag, file }) => ({ languageTag, file }))).toEqual([
      { languageTag: "de-de", file: "manifest.de-de.json" },
    ]);
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: "en-us",
      additionalLanguages: [{ languageTag: "de-de", file: "manifest.de-de.json" }],
    });
  });

  test("the file is valid against the bundled Localization schema", () => {
    expect(german?.strings.$schema).toBe(LOCALIZATION_SCHEMA_URL);
    expect(schemaErrors(german?.strings)).toEqual([]);
  });

  test("each key names a text of the manifest, and every text the manifest shows has a key", () => {
    const keys = Object.keys(german?.strings ?? {}).filter((key) => key !== "$schema");
    for (const key of keys) expect([key, typeof valueAt(manifest, key)]).toEqual([key, "string"]);
    // The texts a user sees in Outlook: names, descriptions, the ribbon and the action.
    const shown = [
      "name.short",
      "name.full",
      "description.short",
      "description.full",
      "extensions[0].runtimes[0].actions[0].displayName",
      "extensions[0].ribbons[0].tabs[0].groups[0].label",
      "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label",
      "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.title",
      "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description",
    ];
    expect(keys.sort()).toEqual(shown.sort());
  });

  test("the German texts are the XML's de-DE overrides; product names stay as they are", () => {
    const english = readXmlManifest(xml);
    const overrides = english.translations["de-DE"];
    expect(overrides).toBeDefined();
    const strings = german?.strings ?? {};
    expect(strings["description.full"]).toBe(overrides?.description);
    expect(strings["description.full"]).toMatch(/^Zeigt die richtigen Einstellungen/);
    expect(strings["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"]).toBe(
      "Postausgangsserver",
    );
    expect(strings["extensions[0].runtimes[0].actions[0].displayName"]).toBe(
      "Einstellungen für ausgehende E-Mails prüfen",
    );
    expect(strings["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description"]).toBe(
      overrides?.buttonTooltip,
    );
    // No de-DE override for the name: the same name as the manifest.
    expect(strings["name.short"]).toBe(valueAt(manifest, "name.short"));
    expect(strings["extensions[0].ribbons[0].tabs[0].groups[0].label"]).toBe(english.groupLabel);
    // Every German text differs from the English one it stands for, except the names.
    for (const key of [
      "description.short",
      "description.full",
      "extensions[0].runtimes[0].actions[0].displayName",
    ])
      expect([key, strings[key]]).not.toEqual([key, valueAt(manifest, key)]);
  });
});

describe("one source", () => {
  test("a changed de-DE override in the XML changes the language file; a locale without overrides gives none", () => {
    const changed = devXml.replace(
      '<bt:Override Locale="de-DE" Value="Postausgangsserver"/>',
      '<bt:Override Locale="de-DE" Value="Ausgangsserver"/>',
    );
    expect(changed).not.toBe(devXml);
    expect(
      toLocalizationFiles(changed)[0]?.strings[
        "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"
      ],
    ).toBe("Ausgangsserver");
    const withoutGerman = devXml.replace(/\s*<(bt:)?Override Locale="de-DE" Value="[^"]*"\/>/g, "");
    expect(toLocalizationFiles(withoutGerman)).toEqual([]);
    expect(toUnifiedManifest(withoutGerman, "development").localizationInfo).toEqual({
      defaultLanguageTag: "en-us",
    });
  });

  test("the validator really checks: a name over 30 characters and an unknown key are refused", () => {
    const german = toLocalizationFiles(devXml)[0]?.strings ?? {};
    const errors = schemaErrors({
      ...german,
      "name.short": "Outbox Doctor mit einem viel zu langen Namen",
      "bogus.key": "x",
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        "/name.short must NOT have more than 30 characters",
        " must NOT have additional properties",
      ]),
    );
  });
});
