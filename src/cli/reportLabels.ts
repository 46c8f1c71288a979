// The headings and row labels of the CLI's settings and domain reports, per
// language (--lang), like verifyLabels.ts for verify. Host names, ports,
// protocol names, record text, finding ids and severities (PASS, FAIL...)
// stay as they are in every language, so scripts that grep them keep working.
import type { Lang } from "../core/language.js";
import type { Confidence, SettingsSource } from "../core/types.js";

export interface SettingsLabels {
  unknownProvider: string;
  source: string;
  confidence: (level: string) => string;
  docs: string;
  checked: string;
  unverified: string;
  noOutgoing: string;
  outgoingRecommended: string;
  alternative: (index: number) => string;
  incomingRecommended: string;
  incomingAlternative: (index: number) => string;
  incomingUnknown: string;
  protocol: string;
  server: string;
  port: string;
  encryption: string;
  authentication: string;
  userName: string;
  warning: string;
  notes: string;
  encryptionNone: string;
  auth: Readonly<Record<string, string>>;
  sourceName: Readonly<Record<SettingsSource, string>>;
  confidenceName: Readonly<Record<Confidence, string>>;
}

export interface DomainLabels {
  heading: (domain: string) => string;
  none: string;
  srvSubmission: string;
  dane: string;
  yes: string;
  no: string;
  findings: string;
  noFindings: string;
  fix: string;
}

export const SETTINGS_LABELS: Readonly<Record<Lang, SettingsLabels>> = {
  en: {
    unknownProvider: "unknown provider",
    source: "source",
    confidence: (level) => `confidence ${level}`,
    docs: "docs",
    checked: "checked",
    unverified:
      "UNVERIFIED: not confirmed from a settings article of the provider's own; verify the server before you type a password",
    noOutgoing: "No outgoing server found.",
    outgoingRecommended: "Outgoing server (recommended):",
    alternative: (index) => `Alternative ${index}:`,
    incomingRecommended: "Incoming server (recommended):",
    incomingAlternative: (index) => `Incoming alternative ${index}:`,
    incomingUnknown: "Incoming server: not known.",
    protocol: "protocol",
    server: "server",
    port: "port",
    encryption: "encryption",
    authentication: "authentication",
    userName: "user name",
    warning: "WARNING",
    notes: "Notes:",
    encryptionNone: "none",
    auth: { oauth2: "OAuth2", password: "password", "app-password": "app password", none: "none" },
    sourceName: {
      builtin: "builtin",
      autoconfig: "autoconfig",
      ispdb: "ispdb",
      srv: "srv",
      mx: "mx",
      guess: "guess",
      none: "none",
    },
    confidenceName: { high: "high", medium: "medium", low: "low" },
  },
  de: {
    unknownProvider: "unbekannter Anbieter",
    source: "Quelle",
    confidence: (level) => `Verlässlichkeit ${level}`,
    docs: "Anleitung",
    checked: "geprüft",
    unverified:
      "UNBESTÄTIGT: nicht aus einer Einstellungsseite des Anbieters selbst bestätigt; den Server überprüfen, bevor Sie ein Kennwort eingeben",
    noOutgoing: "Kein Postausgangsserver gefunden.",
    outgoingRecommended: "Postausgangsserver (empfohlen):",
    alternative: (index) => `Alternative ${index}:`,
    incomingRecommended: "Posteingangsserver (empfohlen):",
    incomingAlternative: (index) => `Posteingang, Alternative ${index}:`,
    incomingUnknown: "Posteingangsserver: nicht bekannt.",
    protocol: "Protokoll",
    server: "Server",
    port: "Port",
    encryption: "Verschlüsselung",
    authentication: "Anmeldung",
    userName: "Benutzername",
    warning: "WARNUNG",
    notes: "Hinweise:",
    encryptionNone: "keine",
    auth: { oauth2: "OAuth2", password: "Kennwort", "app-password": "App-Kennwort", none: "keine" },
    sourceName: {
      builtin: "eingebaute Datenbank",
      autoconfig: "Autoconfig",
      ispdb: "ISPDB",
      srv: "SRV",
      mx: "MX",
      guess: "Vermutung",
      none: "keine",
    },
    confidenceName: { high: "hoch", medium: "mittel", low: "niedrig" },
  },
};

export const DOMAIN_LABELS: Readonly<Record<Lang, DomainLabels>> = {
  en: {
    heading: (domain) => `Mail DNS of ${domain}:`,
    none: "(none)",
    srvSubmission: "SRV submission",
    dane: "DANE TLSA",
    yes: "yes",
    no: "no",
    findings: "Findings:",
    noFindings: "(none)",
    fix: "fix",
  },
  de: {
    heading: (domain) => `Mail-DNS von ${domain}:`,
    none: "(keiner)",
    srvSubmission: "SRV-Einlieferung",
    dane: "DANE TLSA",
    yes: "ja",
    no: "nein",
    findings: "Befunde:",
    noFindings: "(keine)",
    fix: "Abhilfe",
  },
};
