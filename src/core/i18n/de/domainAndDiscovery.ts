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
  // ---- Settings discovery ----
  "discovery.plaintextWarning":
    "Nicht verschlüsselt: Ihr Kennwort und Ihre Nachrichten gingen lesbar für jeden auf dem Weg durchs Netz. Stattdessen einen verschlüsselten Server verwenden (RFC 8314).",
  "discovery.template.clientAddress":
    "{host} erkennt Sie an Ihrer Netzwerkadresse (client-IP-address): Das funktioniert nur aus dem Netz des Anbieters.",
  "discovery.template.unusableUserName":
    "{host}: Der Benutzername „{name}“ aus dem Dokument ist nicht verwendbar; üblich ist Ihre vollständige Adresse.",
  "discovery.template.fixedUserName":
    "{host}: Das Dokument nennt einen festen Benutzernamen statt eines für Ihre Adresse; üblich ist Ihre vollständige Adresse.",
  "discovery.template.tooManyEntries": "nur die ersten {max} von {count} Einträgen {kind} wurden gelesen",
  "discovery.skipped.notElement": "{label}: kein Element",
  "discovery.skipped.type": "{label}: Typ „{type}“ ist nicht {expected}",
  "discovery.skipped.noHostname": "{label}: kein Servername",
  "discovery.skipped.badHostname": "{label}: „{hostname}“ ist kein verwendbarer Servername",
  "discovery.skipped.port": "{label} ({host}): Port „{port}“ liegt nicht zwischen 1 und 65535",
  "discovery.skipped.socketType":
    "{label} ({host}): socketType „{socketType}“ ist weder SSL noch STARTTLS oder plain",
  "discovery.skipped.noAuth": "{label} ({host}): keine verwendbare Anmeldemethode",
  "discovery.skipped.authIgnored": "{label} ({host}): keine verwendbare Anmeldemethode ({methods})",
  "discovery.corrected": "Korrigiert: {correction}",
  "discovery.perUserHost": "Der persönliche Servername {host} funktioniert für Ihre Adresse nicht.",
  "discovery.noSettings": "Für {domain} wurden keine Einstellungen gefunden: {failures}.",
  "discovery.askProvider":
    "Beim Betreiber dieses Postfachs den SMTP-Einlieferungsserver erfragen (meist Port 465 mit SSL/TLS oder 587 mit STARTTLS) und ihn dann mit „Überprüfen“ testen.",
  "discovery.alsoListed": "{server} wird auch von {source} genannt.",
  "discovery.incomingFrom": "Posteingangsserver aus {source}.",
  "discovery.incomingFromInstead": "Posteingangsserver aus {source}, da {winner} keine nennt.",
  "discovery.outsideDomain":
    "{host} liegt außerhalb von {domain}: Vor dem Senden von Zugangsdaten beim Anbieter nachfragen.",
  "discovery.timedOut":
    "Einige Quellen antworteten nicht innerhalb von {ms} ms; es gibt womöglich eine verlässlichere Antwort.",
  "discovery.stoppedWaiting": "nach {ms} ms nicht länger gewartet auf: {sources}",
  "discovery.cache.suppressed":
    "für eine andere Adresse unter {org} wurde vor wenigen Minuten nichts gefunden, deshalb wurde {domain} noch nicht erneut gesucht",
  "discovery.cache.busy": "eine andere Prüfung von {org} läuft noch; in einigen Sekunden erneut versuchen",
  "discovery.cache.upstreamBusy": "{upstream} wird gerade von einer anderen Prüfung abgefragt",
  "discovery.mx.nullMx": "{domain} nimmt keine Mail an (Null-MX)",
  "discovery.mx.noMx": "{domain} hat keinen MX-Eintrag",
  "discovery.mx.unknownProvider": "MX {host} gehört zu keinem Anbieter der eingebauten Datenbank",
  "discovery.mx.inferred":
    "Aus dem MX abgeleitet: Mail für {domain} nimmt {host} an, der zu {provider} gehört.",
  "discovery.srv.notOffered": "Laut SRV-Einträgen bietet {domain} keine Einlieferung an (Ziel „.“)",
  "discovery.srv.none": "keine SRV-Einträge für die Einlieferung bei {domain}",
  "discovery.srv.published":
    "Von {domain} im DNS veröffentlicht ({names}; RFC 6186, RFC 8314). SRV-Einträge sagen nichts über die Anmeldung: Angenommen werden Ihr Kennwort und Ihre vollständige Adresse.",
  "discovery.guess.noTime": "keine Zeit mehr, die Servernamen smtp/mail zu testen",
  "discovery.guess.busy": "der Server war zu ausgelastet, um die Servernamen smtp/mail zu testen",
  "discovery.guess.nothingFound":
    "kein Server unter smtp.{domain} oder mail.{domain} bot TLS mit gültigem Zertifikat und eine Anmeldung an",
  "discovery.guess.foundWithSignIn":
    "Durch Ausprobieren gefunden: {found} bot Verschlüsselung mit einem für den Namen gültigen Zertifikat und Anmeldung nach TLS. Keine veröffentlichte Angabe bestätigt, dass es der Server Ihres Anbieters ist; als Benutzername wird Ihre vollständige Adresse angenommen.",
  "discovery.guess.found":
    "Durch Ausprobieren gefunden: {found} bot Verschlüsselung mit einem für den Namen gültigen Zertifikat. Keine veröffentlichte Angabe bestätigt, dass es der Server Ihres Anbieters ist; als Benutzername wird Ihre vollständige Adresse angenommen.",
  "discovery.document.noUsableServer": "{url} nennt keinen verwendbaren Server",
  "discovery.document.noUsableServerBecause": "{url} nennt keinen verwendbaren Server: {reasons}",
  "discovery.document.personal":
    "{url} nennt den Server oder Benutzernamen einer einzelnen Person und wird deshalb nicht für andere verwendet",
  "discovery.document.ignored": "In {url} übergangen: {reasons}.",
  "discovery.document.noOutgoing": "{url} nennt keinen Postausgangsserver.",
  "discovery.document.plainHttp":
    "{url} wurde über unverschlüsseltes HTTP abgerufen und könnte unterwegs verändert worden sein.",
  "discovery.document.notClientConfig": "ein abgerufenes Dokument ist keine verwendbare clientConfig-Datei",
  "discovery.autoconfig.fromNamedFile":
    "Einstellungen aus der Autoconfig-Datei von {name} für {domain} ({url}).",
  "discovery.autoconfig.fromFile": "Einstellungen aus der Autoconfig-Datei für {domain} ({url}).",
  "discovery.ispdb.namedEntry": "Einstellungen aus dem Eintrag der Thunderbird-ISPDB für {domain} ({name}).",
  "discovery.ispdb.entry": "Einstellungen aus dem Eintrag der Thunderbird-ISPDB für {domain}.",
  "discovery.ispdb.mxEntry":
    "Einstellungen aus dem Eintrag der Thunderbird-ISPDB für {base} ({name}), die Domain Ihres MX-Servers {mxHost}.",
};
