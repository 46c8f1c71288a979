// German texts of the offline resolver's own notes (src/core/resolveSettings.ts,
// RESOLVER_NOTES: resolver.*), keyed by text id. Spread into the `de` table of
// src/core/i18n/de.ts. Placeholders must match the English
// (test/core/resolveSettings.test.ts checks).
import type { TextTable } from "../../language.js";

export const deResolver: TextTable = {
  "resolver.enterprise.protocols":
    "Outlook meldet ein lokales Exchange-Konto (Kontotyp „enterprise“). Outlook spricht mit Exchange über eigene Protokolle (MAPI/HTTP), nicht über SMTP, deshalb gibt es für dieses Postfach keine Standard-SMTP-Einstellungen.",
  "resolver.enterprise.askAdmin":
    "SMTP brauchen nur Geräte oder Apps, die Mail senden; den Exchange-Administrator nach Einlieferungsserver und Port fragen und ob SMTP AUTH erlaubt ist.",
  "resolver.enterprise.knownDomain":
    "Outlook meldet ein lokales Exchange-Konto, doch {domain} gehört zu {provider}: Liegt dieses Postfach wirklich auf dem Exchange-Server Ihrer Organisation, fragen Sie stattdessen dessen Administrator nach den SMTP-Einstellungen.",
  "resolver.accountTypeConflict":
    "Outlooks Kontotyp („{type}“) verweist auf {named}, aber {domain} gehört zu {provider}: Dies sind die Einstellungen von {provider}.",
  "resolver.none.noBuiltin":
    "Keine eingebauten Einstellungen für {domain}: Die Offline-Datenbank kennt nur bekannte Anbieter und Hoster.",
  "resolver.none.runOnline":
    "Die Online-Prüfung starten, die die Autoconfig-Datei, SRV- und MX-Einträge der Domain liest, oder beim Betreiber dieses Postfachs nach dem SMTP-Einlieferungsserver fragen (meist Port 465 mit SSL/TLS oder 587 mit STARTTLS).",
  "resolver.fromContext":
    "Als {provider} erkannt anhand von Outlooks Kontotyp („{type}“); das ist verlässlicher als eine Vermutung anhand der Domain.",
  "resolver.plusAlias": "{alias} ist ein „+“-Alias von {base}: Mit der Adresse ohne den „+“-Teil anmelden.",
};
