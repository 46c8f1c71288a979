// The unified manifest for Microsoft 365 (manifest.json), made from the XML manifest so that both
// describe the same add-in from one source: names, description, version, button texts, icons,
// the task pane URL, the permission and the requirement set are read from the XML; what the XML
// cannot say (the JSON's own ids, the schema version, the app package icons) is fixed here.
// CommonJS so that the build script (ESM) and the jest tests (CommonJS) both load it.
"use strict";

/** Unified manifest schema bundled in @microsoft/app-manifest (validated offline). */
const SCHEMA_VERSION = "1.17";
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`;
/** Schema of a language file (localizationInfo.additionalLanguages[].file), bundled beside it. */
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`;

/** The language file of a locale, beside manifest.json (in the repository and in the app package). */
function localizationFileName(languageTag) {
  return `manifest.${languageTag}.json`;
}

/**
 * The JSON add-in's own ids (never the XML ids; Microsoft 365 keys installs by them). The XML
 * add-in of the same kind is hidden through extensions[].alternates so users never see both.
 */
const UNIFIED_ADDIN_IDS = {
  development: "51c57d6f-5c7f-4133-825c-61f313514124",
  production: "cac95b6b-810d-4d5a-a2ad-2038037a9eca",
};

/** App package icons (relative paths inside the package, sizes the schema prescribes). */
const APP_PACKAGE_ICONS = { color: "color.png", outline: "outline.png" };
const APP_PACKAGE_ICON_SOURCES = { color: "assets/color-192.png", outline: "assets/outline-32.png" };

// XML permission names and their unified manifest equivalents (Microsoft's permissions table).
const PERMISSIONS = {
  Restricted: "MailboxItem.Restricted.User",
  ReadItem: "MailboxItem.Read.User",
  ReadWriteItem: "MailboxItem.ReadWrite.User",
  ReadWriteMailbox: "Mailbox.ReadWrite.User",
};

const BRAND_BLUE = "#0F6CBD";

class UnifiedManifestError extends Error {
  constructor(message) {
    super(message);
    this.name = "UnifiedManifestError";
  }
}

function decodeXml(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function firstMatch(xml, pattern, what) {
  const match = xml.match(pattern);
  if (!match || match[1] === undefined)
    throw new UnifiedManifestError(`manifest XML: no ${what} found for the unified manifest`);
  return decodeXml(match[1]);
}

/** A resource's DefaultValue (the first definition; both VersionOverrides carry the same). */
function resource(xml, tag, id) {
  return firstMatch(
    xml,
    new RegExp(`<bt:${tag} id="${id.replace(".", "\\.")}" DefaultValue="([^"]*)"`),
    `${tag} ${id}`,
  );
}

/** Every <Override Locale=... Value=...> inside `element` (the XML's translations of one text). */
function overridesIn(element) {
  const overrides = {};
  for (const match of element.matchAll(/<(?:bt:)?Override Locale="([^"]+)" Value="([^"]*)"\s*\/>/g)) {
    overrides[match[1]] = decodeXml(match[2]);
  }
  return overrides;
}

/** The translations of one element of the XML (its first definition), by locale. */
function translationsOf(xml, pattern) {
  const match = xml.match(pattern);
  return match ? overridesIn(match[0]) : {};
}

/** An element with a DefaultValue, self-closing or with its overrides inside. */
function elementPattern(tag, id) {
  const idPart = id === undefined ? "" : ` id="${id.replace(".", "\\.")}"`;
  return new RegExp(`<${tag}${idPart} DefaultValue="[^"]*"(?:\\s*/>|>[\\s\\S]*?</${tag}>)`);
}

/**
 * The XML's overrides (de-DE) of the texts the unified manifest shows, by locale; a text
 * without an override in that locale keeps its default (the product name).
 */
function readTranslations(xml, defaults) {
  const perText = {
    displayName: translationsOf(xml, elementPattern("DisplayName")),
    description: translationsOf(xml, elementPattern("Description")),
    groupLabel: translationsOf(xml, elementPattern("bt:String", "Group.Label")),
    buttonLabel: translationsOf(xml, elementPattern("bt:String", "Button.Label")),
    buttonTitle: translationsOf(xml, elementPattern("bt:String", "Button.Title")),
    buttonTooltip: translationsOf(xml, elementPattern("bt:String", "Button.Tooltip")),
  };
  const locales = [...new Set(Object.values(perText).flatMap((translations) => Object.keys(translations)))];
  const byLocale = {};
  for (const locale of locales.sort()) {
    byLocale[locale] = Object.fromEntries(
      Object.entries(perText).map(([key, translations]) => [key, translations[locale] ?? defaults[key]]),
    );
  }
  return byLocale;
}

/**
 * What the unified manifest takes from the XML manifest.
 * @param {string} xml an XML manifest (development or production)
 */
function readXmlManifest(xml) {
  const taskpaneUrl = resource(xml, "Url", "Taskpane.Url");
  if (!taskpaneUrl.endsWith("/taskpane.html"))
    throw new UnifiedManifestError(
      `manifest XML: Taskpane.Url ${JSON.stringify(taskpaneUrl)} is not .../taskpane.html`,
    );
  const permission = firstMatch(xml, /<Permissions>([^<]*)<\/Permissions>/, "<Permissions>");
  if (!(permission in PERMISSIONS))
    throw new UnifiedManifestError(`manifest XML: unknown permission ${JSON.stringify(permission)}`);
  const commandsVersion = firstMatch(
    xml,
    /<bt:Sets DefaultMinVersion="([0-9.]+)">/,
    "VersionOverrides requirement",
  );
  const facts = {
    id: firstMatch(xml, /<Id>([^<]*)<\/Id>/, "<Id>"),
    version: firstMatch(xml, /<Version>([^<]*)<\/Version>/, "<Version>"),
    providerName: firstMatch(xml, /<ProviderName>([^<]*)<\/ProviderName>/, "<ProviderName>"),
    displayName: firstMatch(xml, /<DisplayName DefaultValue="([^"]*)"/, "<DisplayName>"),
    description: firstMatch(xml, /<Description DefaultValue="([^"]*)"/, "<Description>"),
    supportUrl: firstMatch(xml, /<SupportUrl DefaultValue="([^"]*)"/, "<SupportUrl>"),
    appDomain: firstMatch(xml, /<AppDomain>([^<]*)<\/AppDomain>/, "<AppDomain>"),
    taskpaneUrl,
    permission,
    commandsVersion,
    sharedFolders: /<SupportsSharedFolders>true<\/SupportsSharedFolders>/.test(xml),
    groupLabel: resource(xml, "String", "Group.Label"),
    buttonLabel: resource(xml, "String", "Button.Label"),
    buttonTitle: resource(xml, "String", "Button.Title"),
    buttonTooltip: resource(xml, "String", "Button.Tooltip"),
    icons: [16, 32, 80].map((size) => ({ size, url: resource(xml, "Image", `Icon.${size}`) })),
  };
  return { ...facts, translations: readTranslations(xml, facts) };
}

/** The texts as toUnifiedManifest places them, keyed by their path in the manifest. */
function localizedStrings(texts) {
  const group = "extensions[0].ribbons[0].tabs[0].groups[0]";
  const control = `${group}.controls[0]`;
  return {
    "name.short": texts.displayName,
    "name.full": texts.displayName,
    "description.short": texts.buttonTitle,
    "description.full": texts.description,
    "extensions[0].runtimes[0].actions[0].displayName": texts.buttonTitle,
    [`${group}.label`]: texts.groupLabel,
    [`${control}.label`]: texts.buttonLabel,
    [`${control}.supertip.title`]: texts.buttonTitle,
    [`${control}.supertip.description`]: texts.buttonTooltip,
  };
}

/**
 * The unified manifest's language files: one per locale the XML overrides (de-DE becomes
 * "de-de", in manifest.de-de.json), made from the same overrides so the two never disagree.
 * @param {string} xml an XML manifest (development or production)
 * @returns {Array<{ languageTag: string, file: string, strings: Record<string, string> }>}
 */
function toLocalizationFiles(xml) {
  const { translations } = readXmlManifest(xml);
  return Object.entries(translations).map(([locale, texts]) => ({
    languageTag: locale.toLowerCase(),
    file: localizationFileName(locale.toLowerCase()),
    strings: { $schema: LOCALIZATION_SCHEMA_URL, ...localizedStrings(texts) },
  }));
}

/** "1.0.0.0" (XML, up to four parts) as the semver the unified manifest needs ("1.0.0"). */
function semverOf(xmlVersion) {
  const parts = xmlVersion.split(".").map(Number);
  if (parts.length < 1 || parts.some((part) => !Number.isInteger(part) || part < 0))
    throw new UnifiedManifestError(`manifest XML: <Version> ${JSON.stringify(xmlVersion)} is not a version`);
  const [major = 0, minor = 0, patch = 0] = parts;
  return `${major}.${minor}.${patch}`;
}

/**
 * The unified manifest for the add-in described by `xml`.
 * @param {string} xml the development manifest.xml or the production manifest
 * @param {"development" | "production"} kind which JSON id to use
 */
function toUnifiedManifest(xml, kind) {
  const id = UNIFIED_ADDIN_IDS[kind];
  if (!id) throw new UnifiedManifestError(`unknown manifest kind ${JSON.stringify(kind)}`);
  const source = readXmlManifest(xml);
  const mailbox = [{ name: "Mailbox", minVersion: source.commandsVersion }];
  const permissions = [{ name: PERMISSIONS[source.permission], type: "Delegated" }];
  // The unified manifest's counterpart of <SupportsSharedFolders>.
  if (source.sharedFolders) permissions.push({ name: "Mailbox.SharedFolder", type: "Delegated" });
  const shortDescription = source.buttonTitle;
  const additionalLanguages = Object.keys(source.translations).map((locale) => ({
    languageTag: locale.toLowerCase(),
    file: localizationFileName(locale.toLowerCase()),
  }));
  return {
    $schema: SCHEMA_URL,
    manifestVersion: SCHEMA_VERSION,
    version: semverOf(source.version),
    id,
    localizationInfo: {
      defaultLanguageTag: "en-us",
      ...(additionalLanguages.length > 0 ? { additionalLanguages } : {}),
    },
    developer: {
      name: source.providerName,
      // The pane is its own support page (as <SupportUrl>); it also says what it keeps on the device.
      websiteUrl: source.supportUrl,
      privacyUrl: source.supportUrl,
      termsOfUseUrl: source.supportUrl,
    },
    name: { short: source.displayName, full: source.displayName },
    description: { short: shortDescription, full: source.description },
    icons: { ...APP_PACKAGE_ICONS },
    accentColor: BRAND_BLUE,
    validDomains: [new URL(source.appDomain).host],
    authorization: { permissions: { resourceSpecific: permissions } },
    extensions: [
      {
        requirements: { scopes: ["mail"], capabilities: mailbox },
        runtimes: [
          {
            requirements: { capabilities: mailbox },
            id: "TaskPaneRuntime",
            type: "general",
            code: { page: source.taskpaneUrl },
            lifetime: "short",
            actions: [
              { id: "OpenTaskPane", type: "openPage", displayName: source.buttonTitle, pinnable: true },
            ],
          },
        ],
        // One ribbon for reading and composing, like the XML's two command surfaces.
        ribbons: [
          {
            contexts: ["mailRead", "mailCompose"],
            tabs: [
              {
                builtInTabId: "TabDefault",
                groups: [
                  {
                    id: "msgGroup",
                    label: source.groupLabel,
                    icons: source.icons.map(({ size, url }) => ({ size, url })),
                    controls: [
                      {
                        id: "openPane",
                        type: "button",
                        label: source.buttonLabel,
                        icons: source.icons.map(({ size, url }) => ({ size, url })),
                        supertip: { title: source.buttonTitle, description: source.buttonTooltip },
                        actionId: "OpenTaskPane",
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        // Where both are installed, Outlook shows this add-in and hides the XML one.
        alternates: [{ hide: { customOfficeAddin: { officeAddinId: source.id } } }],
      },
    ],
  };
}

/** The manifest as written to disk: two-space JSON and a final newline. */
function serialize(manifest) {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

exports.SCHEMA_VERSION = SCHEMA_VERSION;
exports.SCHEMA_URL = SCHEMA_URL;
exports.LOCALIZATION_SCHEMA_URL = LOCALIZATION_SCHEMA_URL;
exports.localizedStrings = localizedStrings;
exports.toLocalizationFiles = toLocalizationFiles;
exports.UNIFIED_ADDIN_IDS = UNIFIED_ADDIN_IDS;
exports.APP_PACKAGE_ICONS = APP_PACKAGE_ICONS;
exports.APP_PACKAGE_ICON_SOURCES = APP_PACKAGE_ICON_SOURCES;
exports.PERMISSIONS = PERMISSIONS;
exports.UnifiedManifestError = UnifiedManifestError;
exports.readXmlManifest = readXmlManifest;
exports.toUnifiedManifest = toUnifiedManifest;
exports.serialize = serialize;
