// Types for unifiedManifest.cjs (CommonJS, shared by the build script and the tests).

export declare const SCHEMA_VERSION: string;
export declare const SCHEMA_URL: string;
/** The schema of a language file (MicrosoftTeams.Localization.schema.json of SCHEMA_VERSION). */
export declare const LOCALIZATION_SCHEMA_URL: string;
/** The unified manifest's own ids, one per kind (never the XML ids). */
export declare const UNIFIED_ADDIN_IDS: { development: string; production: string };
/** Icon file names inside the app package. */
export declare const APP_PACKAGE_ICONS: { color: string; outline: string };
/** Where the build takes those icons from (relative to the project root). */
export declare const APP_PACKAGE_ICON_SOURCES: { color: string; outline: string };
/** XML permission names and their unified manifest names. */
export declare const PERMISSIONS: Record<string, string>;

/** A manifest part the unified manifest needs is missing or unknown; one-line message. */
export declare class UnifiedManifestError extends Error {}

export interface XmlManifestFacts {
  id: string;
  version: string;
  providerName: string;
  displayName: string;
  description: string;
  supportUrl: string;
  appDomain: string;
  taskpaneUrl: string;
  permission: string;
  commandsVersion: string;
  sharedFolders: boolean;
  groupLabel: string;
  buttonLabel: string;
  buttonTitle: string;
  buttonTooltip: string;
  icons: Array<{ size: number; url: string }>;
  /** The XML's overrides by locale ("de-DE"); a text without one keeps its default. */
  translations: Record<string, LocalizableTexts>;
}

/** The texts of the add-in that are shown per language. */
export interface LocalizableTexts {
  displayName: string;
  description: string;
  groupLabel: string;
  buttonLabel: string;
  buttonTitle: string;
  buttonTooltip: string;
}

/** A language file of the unified manifest. */
export interface LocalizationFile {
  /** "de-de" */
  languageTag: string;
  /** "manifest.de-de.json", beside manifest.json */
  file: string;
  /** $schema and the localized strings, keyed by their path in the manifest ("name.short"). */
  strings: Record<string, string>;
}

/** The texts keyed by their path in the unified manifest, as a language file holds them. */
export declare function localizedStrings(texts: LocalizableTexts): Record<string, string>;

/** One language file per locale the XML overrides, from the same overrides. */
export declare function toLocalizationFiles(xml: string): LocalizationFile[];

/** What the unified manifest takes from an XML manifest. */
export declare function readXmlManifest(xml: string): XmlManifestFacts;

/** The unified manifest (as data) for the add-in the XML describes. */
export declare function toUnifiedManifest(
  xml: string,
  kind: "development" | "production",
): Record<string, unknown>;

/** Two-space JSON with a final newline. */
export declare function serialize(manifest: Record<string, unknown>): string;
