// German texts of the record parsers' problems (src/core/domainFindings.ts,
// records.*), the domain report's include walk and policy fetch
// (src/net/domainReport.ts), fetch failures (src/core/fetchFailureWords.ts,
// fetch.*) and settings discovery's notes (src/net/discovery/*.ts,
// discovery.*), keyed by text id. Spread into the `de` table of
// src/core/i18n/de.ts. Placeholders must match the English
// (test/core/domainAndDiscoveryTexts.test.ts checks). Record syntax (p=,
// max_age, include:) stays as people type it.
import type { TextTable } from "../../language.js";

export const deDomainAndDiscovery: TextTable = {
  // ---- Record problems ----
  "records.spf.redirectTwice": "redirect= steht mehr als einmal im Eintrag",
  "records.spf.unknownTerm": "unbekannter Bestandteil „{term}“",
  "records.spf.noDomain": "bei „{term}“ fehlt die Domain",
  "records.spf.allArgument": "„{term}“ darf keinen Wert haben",
  "records.dmarc.noPolicy": "die Angabe p= (Richtlinie) fehlt",
  "records.dmarc.badPolicy": "p={value} ist weder none noch quarantine oder reject",
  "records.dmarc.badSubdomainPolicy": "sp={value} ist keine gültige Richtlinie",
  "records.dmarc.badPct": "pct={value} ist keine Zahl von 0 bis 100",
  "records.mtaSts.noVersion": "„version: STSv1“ fehlt",
  "records.mtaSts.badMode": "mode „{value}“ ist weder enforce noch testing oder none",
  "records.mtaSts.noMaxAge": "max_age fehlt",
  "records.mtaSts.badMaxAge": "max_age „{value}“ ist keine Sekundenzahl bis höchstens {limit}",
  "records.mtaSts.noMx": "keine mx:-Zeilen",
  "records.mtaSts.policyFile": "Richtliniendatei: {problems}",
  "records.mtaSts.fetchFailed": "Richtliniendatei: {failure}",
  "records.spfInclude.macros": "{term} verwendet Makros, die von jeder einzelnen Nachricht abhängen",
  "records.spfInclude.loop": "{term} führt im Kreis zurück zu {target}",
  "records.spfInclude.tooDeep": "{term} ist zu tief verschachtelt, um ihm zu folgen",
  "records.spfInclude.lookupFailed": "{term}: {failure}",
  "records.spfInclude.noRecord": "{term} hat keinen SPF-Eintrag",
  "records.spfInclude.severalRecords": "{term} hat {count} SPF-Einträge",
  // ---- Fetch failures ----
  "fetch.badUrl": "{url} ist keine verwendbare URL",
  "fetch.httpRefused": "{url} wurde nicht abgerufen: nur HTTPS wird verwendet",
  "fetch.forbidden":
    "{url} wurde nicht abgerufen: Der Server liegt auf einer Adresse, die nicht kontaktiert werden darf",
  "fetch.dns": "{url}: Der Servername lässt sich nicht auflösen",
  "fetch.connect": "{url}: Die Verbindung schlug fehl",
  "fetch.tls": "{url}: Die sichere Verbindung (TLS) schlug fehl",
  "fetch.timeout": "{url}: keine vollständige Antwort innerhalb der Frist",
  "fetch.status": "{url} antwortete nicht mit HTTP 200",
  "fetch.redirect": "{url} leitet weiter, und Weiterleitungen wird nicht gefolgt",
  "fetch.contentType": "{url} wird nicht als {expected} ausgeliefert",
  "fetch.tooLarge": "{url} ist größer als erlaubt",
  "fetch.aborted": "{url}: abgebrochen",
};
