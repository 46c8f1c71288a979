// German texts of the checklist and the setup steps, keyed by text id. The
// English and the ids live with the data (src/core/checklist.ts,
// src/core/setupSteps.ts); a checklist rule's own texts have the id
// checklist.<rule id>.<text key>.<title|why|action>. This module is only the
// table: loadLanguage("de") in src/core/language.ts imports and registers it,
// as its own chunk in the pane, so English users never download it.
// Placeholders such as {host} must match the English (a test checks).

import type { TextTable } from "../language.js";
import { deDiscovery } from "./de/discovery.js";
import { deDomain } from "./de/domain.js";
import { deDomainAndDiscovery } from "./de/domainAndDiscovery.js";
import { deErrors } from "./de/errors.js";
import { deExplainer } from "./de/explainer.js";
import { deProviders } from "./de/providers.js";
import { deResolver } from "./de/resolver.js";
import { deVerify } from "./de/verify.js";

export const de: TextTable = {
  ...deDiscovery,
  ...deDomain,
  ...deDomainAndDiscovery,
  ...deErrors,
  ...deExplainer,
  ...deProviders,
  ...deResolver,
  ...deVerify,
  // ---- Security checklist (src/core/checklist.ts) ----
  "checklist.runVerify": "Den Server mit „Überprüfen“ live testen.",
  "checklist.nothingToDo": "Nichts zu tun.",
  "checklist.unreachedWhy":
    "Der Live-Test brach vorher ab (siehe Prüfbericht), deshalb konnte das nicht geprüft werden.",
  "checklist.unreachedAction": "Das Verbindungsproblem aus dem Prüfbericht beheben und erneut überprüfen.",
  "checklist.security.none": "keine Verschlüsselung",
  "checklist.encryption.off.title": "Verschlüsselung ist aus",
  "checklist.encryption.off.why":
    "Ohne TLS gehen Kennwort und jede Nachricht lesbar über das Netz, für jeden auf dem Weg. RFC 8314 verlangt verschlüsselte Einlieferung.",
  "checklist.encryption.off.action":
    "Port 465 mit SSL/TLS oder Port 587 mit STARTTLS verwenden. Bietet der Anbieter keinen verschlüsselten Server, zu einem wechseln, der das tut.",
  "checklist.incoming-encryption.plaintext.title": "Eingehende Mail ({protocol}) ist nicht verschlüsselt",
  "checklist.incoming-encryption.plaintext.why":
    "{protocol} auf Port {port} ohne STARTTLS schickt Ihr Kennwort und jede gelesene Nachricht lesbar durchs Netz, für jeden auf dem Weg.",
  "checklist.incoming-encryption.plaintext.action":
    "{protocol} auf Port {tlsPort} mit SSL/TLS verwenden (RFC 8314). Bietet der Anbieter keinen verschlüsselten Posteingangsserver, zu einem wechseln, der das tut.",
  "checklist.incoming-encryption.starttls.title": "Eingehende Mail ({protocol}) mit STARTTLS verschlüsselt",
  "checklist.incoming-encryption.starttls.why":
    "{protocol} auf Port {port} schaltet vor der Anmeldung mit STARTTLS auf TLS um. RFC 8314 bevorzugt SSL/TLS von Anfang an, das niemand im Netz entfernen kann.",
  "checklist.incoming-encryption.starttls.action":
    "STARTTLS ausgewählt lassen; wo der Anbieter es anbietet, ist Port {tlsPort} mit SSL/TLS noch besser.",
  "checklist.incoming-encryption.tls.title": "Eingehende Mail ({protocol}) mit SSL/TLS verschlüsselt",
  "checklist.incoming-encryption.tls.why":
    "{protocol} auf Port {port} ist vom ersten Byte an verschlüsselt (RFC 8314), Kennwort und Nachrichten sind unterwegs geschützt.",
  "checklist.encryption.starttlsMissing.title": "Der Server bot kein STARTTLS an",
  "checklist.encryption.starttlsMissing.why":
    "Ohne STARTTLS bricht ein sorgfältiges Programm ab und ein nachlässiges sendet unverschlüsselt. Bietet der Server es sonst an, entfernt es womöglich etwas im Netz.",
  "checklist.encryption.starttlsMissing.action":
    "Die Kombination prüfen: 465 gehört zu SSL/TLS, 587 zu STARTTLS. Stimmt das, ein anderes Netz versuchen; eine Firewall oder ein Virenscanner kann STARTTLS entfernen.",
  "checklist.encryption.starttlsInjection.title": "Etwas antwortete, bevor die Verschlüsselung begann",
  "checklist.encryption.starttlsInjection.why":
    "Der Server schickte mit seiner Zusage für STARTTLS weiteren Text. Dieser Text lief unverschlüsselt und kann von jedem auf dem Weg stammen (STARTTLS-Injection); ein sorgfältiges Programm verwirft ihn, ein anfälliges glaubt ihm.",
  "checklist.encryption.starttlsInjection.action":
    "Den Betreiber des Servers informieren: Sein Server oder etwas davor (eine Firewall, ein Virenscanner-Proxy) schickt nach 220 Ready to start TLS noch Klartext. Bis dahin möglichst SSL/TLS auf Port 465 verwenden, wenn der Anbieter es anbietet.",
  "checklist.encryption.tlsFailed.title": "Der TLS-Verbindungsaufbau schlug fehl",
  "checklist.encryption.tlsFailed.why":
    "Meist passt die Verschlüsselung nicht zum Port (SSL/TLS auf 587, STARTTLS auf 465) oder Server und Programm haben keine gemeinsame TLS-Version.",
  "checklist.encryption.tlsFailed.action":
    "SSL/TLS mit Port 465 und STARTTLS mit Port 587 verwenden und erneut überprüfen. Alte Geräte ohne TLS 1.2 brauchen ein Update.",
  "checklist.encryption.tlsOld.title": "Veraltete Verschlüsselung ({protocol})",
  "checklist.encryption.tlsOld.why":
    "TLS 1.0 und 1.1 sind unsicher und abgekündigt; RFC 8997 verlangt TLS 1.2 oder neuer, und Microsoft 365 und andere Anbieter lehnen ältere Versionen ab.",
  "checklist.encryption.tlsOld.action": "Den Betreiber des Servers bitten, TLS 1.2 und 1.3 einzuschalten.",
  "checklist.encryption.tlsOk.title": "Verschlüsselt mit {protocol}",
  "checklist.encryption.tlsOk.why":
    "Der Server hat TLS 1.2 oder neuer ausgehandelt, wie RFC 8997 es verlangt.",
  "checklist.encryption.notVerified.title": "Verschlüsselung: {security} auf Port {port}",
  "checklist.encryption.notVerified.why":
    "Diese Einstellungen verschlüsseln die Verbindung. Erst ein Live-Test zeigt, welche TLS-Version der Server wirklich nutzt (TLS 1.2 oder neuer ist Pflicht).",
  "checklist.encryption.unreached.title": "Verschlüsselung nicht geprüft",
  "checklist.submission-port.port25.title": "Port 25 ist für Mail zwischen Servern",
  "checklist.submission-port.port25.why":
    "RFC 6409 sieht für E-Mail-Programme Port 587 vor (RFC 8314 Port 465). Viele Netze sperren Port 25, und Server dort nehmen Mail oft ohne Anmeldung oder Verschlüsselung an.",
  "checklist.submission-port.port25.action": "Port 587 mit STARTTLS oder Port 465 mit SSL/TLS verwenden.",
  "checklist.submission-port.submission.title": "Port {port} ist ein Einlieferungsport",
  "checklist.submission-port.submission.why":
    "Port {port} ist für E-Mail-Programme gedacht (RFC 6409, RFC 8314) und wird selten gesperrt.",
  "checklist.submission-port.local.title": "Port {port} auf diesem Computer",
  "checklist.submission-port.local.why":
    "Der Server läuft auf diesem Computer (eine lokale Bridge wie Proton Mail Bridge), daher kann kein Netz den Port sperren.",
  "checklist.submission-port.local.action":
    "Den Port verwenden, den die Bridge in ihren Einstellungen anzeigt.",
  "checklist.submission-port.other.title": "Ungewöhnlicher Port {port}",
  "checklist.submission-port.other.why":
    "Manche Anbieter bieten einen Zusatzport wie 2525 für Netze an, die 587 sperren; er funktioniert nur, wo der Anbieter ihn dokumentiert.",
  "checklist.submission-port.other.action": "587 oder 465 vorziehen, wenn sie erreichbar sind.",
  "checklist.auth-after-tls.beforeTls.title": "Kennwort-Anmeldung vor der Verschlüsselung angeboten",
  "checklist.auth-after-tls.beforeTls.why":
    "Der Server bot {mechanisms} vor TLS an. Ein Programm, das das nutzt, sendet das Kennwort lesbar; RFC 4954 erlaubt Klartext-Verfahren nur unter TLS.",
  "checklist.auth-after-tls.beforeTls.action":
    "Sicherstellen, dass Ihr Programm SSL/TLS oder STARTTLS nutzt, nie „Keine“. Der Betreiber sollte AUTH erst nach TLS anbieten.",
  "checklist.auth-after-tls.missing.title": "Der Server bot keine Anmeldung an",
  "checklist.auth-after-tls.missing.why":
    "Nach TLS bot der Server kein AUTH an. Er nimmt Mail entweder nach Netzadresse an (Relay für ein Netz) oder von jedem, was ein offenes Relay wäre.",
  "checklist.auth-after-tls.missing.action":
    "Prüfen, ob das der Einlieferungsserver Ihres Anbieters ist: Senden braucht normalerweise eine Anmeldung.",
  "checklist.auth-after-tls.ok.title": "Anmeldung erst nach der Verschlüsselung",
  "checklist.auth-after-tls.ok.why":
    "Der Server bietet die Anmeldung ({mechanisms}) erst an, wenn die Verbindung verschlüsselt ist, wie RFC 4954 es verlangt.",
  "checklist.auth-after-tls.notVerified.title": "Schutz der Anmeldung noch nicht geprüft",
  "checklist.auth-after-tls.notVerified.why":
    "Erst ein Live-Test zeigt, ob der Server eine Anmeldung verlangt, und zwar erst nach der Verschlüsselung.",
  "checklist.auth-after-tls.unreached.title": "Schutz der Anmeldung nicht geprüft",
  "checklist.modern-sign-in.oauth2Only.title": "Nur moderne Anmeldung (OAuth2)",
  "checklist.modern-sign-in.oauth2Only.why":
    "Dieser Anbieter akzeptiert zum Senden nur OAuth2: Kein Kennwort liegt in den Einstellungen des Programms, und die Anmeldung läuft über Ihren Zwei-Faktor-Schutz.",
  "checklist.modern-sign-in.oauth2Only.action":
    "Ein Programm mit moderner Anmeldung verwenden (Outlook, Thunderbird, Apple Mail). Geräte und Skripte, die nur Kennwörter kennen, können hier nicht senden.",
  "checklist.modern-sign-in.oauth2Offered.title": "Moderne Anmeldung verfügbar (OAuth2)",
  "checklist.modern-sign-in.oauth2Offered.why":
    "Die Anmeldung auf der Seite des Anbieters hält Ihr Kennwort aus dem Programm heraus und funktioniert mit Zwei-Faktor-Anmeldung.",
  "checklist.modern-sign-in.oauth2Offered.action":
    "Die Anmeldung des Anbieters wählen, wo Ihr Programm sie anbietet; ein App-Kennwort nur für Programme verwenden, die das nicht können.",
  "checklist.modern-sign-in.appPasswordOnly.title": "Ein App-Kennwort ist nötig",
  "checklist.modern-sign-in.appPasswordOnly.why":
    "Dieser Anbieter nimmt Ihr Hauptkennwort nicht zum Senden; ein App-Kennwort ist ein eigenes Geheimnis für ein Programm.",
  "checklist.modern-sign-in.appPasswordOnly.action":
    "Pro Programm ein App-Kennwort anlegen, nach dem Programm benennen und widerrufen, wenn Sie es nicht mehr nutzen.",
  "checklist.modern-sign-in.localBridge.title": "Kennwort der lokalen Bridge",
  "checklist.modern-sign-in.localBridge.why":
    "Der Server läuft auf diesem Computer (etwa Proton Mail Bridge) und erzeugt ein eigenes Kennwort, das nie über das Netz geht.",
  "checklist.modern-sign-in.localBridge.action":
    "Das Kennwort verwenden, das die Bridge anzeigt, nicht Ihr Kontokennwort.",
  "checklist.modern-sign-in.passwordOnly.title": "Nur Anmeldung per Kennwort",
  "checklist.modern-sign-in.passwordOnly.why":
    "Der Anbieter nimmt zum Senden nur ein Kennwort. Ein gestohlenes oder mehrfach genutztes Kennwort öffnet das ganze Postfach.",
  "checklist.modern-sign-in.passwordOnly.action":
    "Ein langes Kennwort verwenden, das Sie sonst nirgends nutzen (ein Passwort-Manager hilft), und Zwei-Faktor-Anmeldung und App-Kennwörter einschalten, falls angeboten.",
  "checklist.app-passwords.google.title": "Google: Anmeldung oder App-Passwort",
  "checklist.app-passwords.google.why":
    "Google nimmt seit dem {gmailPasswordOnlyEnded} das Kontokennwort allein von E-Mail-Programmen nicht mehr an (Google Workspace: seit dem {workspacePasswordOnlyEnded}). App-Passwörter setzen die Bestätigung in zwei Schritten voraus, gibt es nicht bei Anmeldung nur mit Sicherheitsschlüssel oder dem Erweiterten Schutzprogramm und werden beim Ändern des Google-Kennworts widerrufen. Jedes umgeht die Bestätigung in zwei Schritten für sein Programm.",
  "checklist.app-passwords.google.action":
    "„Über Google anmelden“ vorziehen. Braucht ein Programm ein App-Passwort, im Google-Konto unter Sicherheit eines nur dafür erstellen und danach löschen.",
  "checklist.app-passwords.providerHint.title": "{provider}: App-Passwort für E-Mail-Programme",
  "checklist.app-passwords.providerHint.why":
    "E-Mail-Programme melden sich bei {provider} mit einem App-Passwort (oder dem Gegenstück des Anbieters) an, wo er das Kontokennwort nicht annimmt oder sobald die Anmeldung in zwei Schritten an ist. Jedes funktioniert ohne Ihren zweiten Faktor, also nur für ein einziges Programm verwenden.",
  "checklist.app-passwords.providerHint.action": "{hint}",
  "checklist.app-passwords.outlookCom.title": "Outlook.com: keine App-Kennwörter für SMTP",
  "checklist.app-passwords.outlookCom.why":
    "Seit dem {outlookComBasicAuthEnded} akzeptiert Outlook.com für SMTP nur moderne Anmeldung (OAuth2); Kennwörter und App-Kennwörter werden abgelehnt.",
  "checklist.app-passwords.outlookCom.action":
    "Ein Programm mit Microsoft-Anmeldung verwenden. Drucker, Scanner und Skripte, die nur Kennwörter kennen, brauchen einen anderen Versandweg, etwa einen Dienst mit OAuth2.",
  "checklist.app-passwords.microsoft365.title": "Microsoft 365: Anmeldung und MFA",
  "checklist.app-passwords.microsoft365.why":
    "Outlook meldet sich mit moderner Authentifizierung und Ihrer MFA an. SMTP AUTH per Kennwort (Basic Auth) funktioniert nur, wo der Mandant es noch erlaubt: Für nach Januar 2020 angelegte Mandanten ist es aus, und mit den Sicherheitsstandards geht es nicht.",
  "checklist.app-passwords.microsoft365.action":
    "MFA eingeschaltet lassen. Apps, die per SMTP senden müssen, OAuth2 geben; MFA oder Sicherheitsstandards nicht abschalten, damit ein Gerät funktioniert.",
  "checklist.app-passwords.generic.title": "Zwei-Faktor-Anmeldung und App-Kennwörter",
  "checklist.app-passwords.generic.why":
    "Zwei-Faktor-Anmeldung schützt das Postfach, falls das Kennwort bekannt wird. Wo ein Anbieter App-Kennwörter anbietet, umgeht jedes den zweiten Faktor für ein Programm und ist daher ein Geheimnis nur für dieses.",
  "checklist.app-passwords.generic.action":
    "Zwei-Faktor-Anmeldung einschalten, falls angeboten, pro Programm ein App-Kennwort erstellen und nicht mehr genutzte widerrufen.",
  "checklist.openRelayWhy":
    "Ein Server, der Mail von jedem weiterreicht (offenes Relay), wird von Scannern binnen Stunden gefunden und für Spam und Phishing missbraucht; danach landet seine Adresse auf Sperrlisten.",
  "checklist.open-relay.noAuthOnSubmission.title": "Sicherstellen, dass der Server eine Anmeldung verlangt",
  "checklist.open-relay.noAuthOnSubmission.why":
    "Er bot auf dem Einlieferungsport {port} keine Anmeldung an. {openRelayWhy} Wir senden nie eine Testnachricht; das ist also ein Warnzeichen, kein Beweis.",
  "checklist.open-relay.noAuthOnSubmission.action":
    "Ist es Ihr Server, Authentifizierung verlangen oder Relaying nur aus dem eigenen Netz erlauben. Sonst den offiziellen Einlieferungsserver des Anbieters verwenden.",
  "checklist.open-relay.noAuthOnRelayPort.title": "Keine Anmeldung auf Port {port}",
  "checklist.open-relay.noAuthOnRelayPort.why":
    "Server auf Port 25 nehmen Mail für ihre eigenen Domains normalerweise ohne Anmeldung an. Ob dieser auch für andere weiterleitet, zeigt nur eine Testnachricht, und die senden wir nicht. {openRelayWhy}",
  "checklist.open-relay.noAuthOnRelayPort.action":
    "Eigene Mail über einen Einlieferungsport mit Anmeldung senden. Ein Administrator kann das Relaying von außerhalb des Netzes mit einem Werkzeug wie swaks testen.",
  "checklist.open-relay.signInOffered.title": "Senden verlangt eine Anmeldung",
  "checklist.open-relay.signInOffered.why":
    "Der Server bietet eine Anmeldung an, wie ein Einlieferungsserver, der nur für seine Nutzer weiterleitet. {openRelayWhy} Wir schließen das aus dem Angebot des Servers und senden nie eine Testnachricht.",
  "checklist.open-relay.notVerified.title": "Offenes Relay noch nicht geprüft",
  "checklist.open-relay.notVerified.why":
    "{openRelayWhy} Ein Live-Test zeigt, ob der Server eine Anmeldung verlangt.",
  "checklist.open-relay.unreached.title": "Offenes Relay nicht geprüft",
  "checklist.from-address.mismatch.title": "Senden als {from}, angemeldet als {mailbox}",
  "checklist.from-address.mismatch.why":
    "Server prüfen, ob der Absender zum angemeldeten Postfach passt. Ohne „Senden als“- oder Stellvertreterrechte lehnt Microsoft 365 die Nachricht mit 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException oder 550 5.7.60 ab; andere Anbieter lehnen ab oder schreiben den Absender um.",
  "checklist.from-address.mismatch.action":
    "Den Administrator um „Senden als“- (oder „Senden im Auftrag von“-)Rechte für {from} bitten oder {from} als eigenes Konto hinzufügen und von dort senden.",
  "checklist.from-address.match.title": "Absender passt zum angemeldeten Postfach",
  "checklist.from-address.match.why":
    "Die Nachricht geht von {mailbox} aus, dem Postfach, das sich anmeldet; zusätzliche Rechte sind nicht nötig.",
  "checklist.clockHint":
    "Zeigt Ihr Gerät das Zertifikat als abgelaufen oder noch nicht gültig an, während dieser Test besteht, zuerst Datum und Uhrzeit des Geräts prüfen.",
  "checklist.certificate.expired.title": "Das Zertifikat ist abgelaufen oder noch nicht gültig",
  "checklist.certificate.expired.why":
    "Zertifikat gültig bis {validTo}. Programme, die Zertifikate prüfen, verweigern die Verbindung, und die übrigen können den echten Server nicht von einem Betrüger unterscheiden.",
  "checklist.certificate.expired.action":
    "Der Betreiber des Servers muss das Zertifikat erneuern. {clockHint}",
  "checklist.certificate.chainIncomplete.title":
    "Der Server schickt seine Zertifikatskette nicht vollständig",
  "checklist.certificate.chainIncomplete.why":
    "Das Zertifikat für {host} ist gültig, aber der Server lässt das Zwischenzertifikat weg, das es mit einer vertrauenswürdigen Stelle verbindet. Outlook für Windows holt das fehlende Stück meist selbst; Outlook für Mac, iOS Mail und Thunderbird lehnen die Verbindung womöglich ab.",
  "checklist.certificate.chainIncomplete.action":
    "Wer den Server betreibt: ihn so einstellen, dass er die ganze Kette schickt (Zertifikat und Zwischenzertifikate). Sonst den Betreiber informieren.",
  "checklist.certificate.hostnameMismatch.title": "Das Zertifikat gilt für einen anderen Namen",
  "checklist.certificate.hostnameMismatch.why":
    "Das Zertifikat ({subject}) deckt {host} nicht ab und beweist daher nicht, dass Sie diesen Server erreicht haben (RFC 7817).",
  "checklist.certificate.hostnameMismatch.action":
    "Den vom Anbieter dokumentierten Servernamen verwenden (einen, den das Zertifikat abdeckt). {clockHint}",
  "checklist.certificate.untrusted.title": "Dem Zertifikat wird nicht vertraut",
  "checklist.certificate.untrusted.why":
    "Die Zertifikatskette führt zu keiner vertrauenswürdigen Stelle ({error}): selbst signiert, eine unbekannte Stelle oder etwas, das die Verbindung abfängt.",
  "checklist.certificate.untrusted.action":
    "Die Warnung im Programm nicht einfach bestätigen. Den Betreiber um ein Zertifikat einer öffentlichen Stelle bitten. {clockHint}",
  "checklist.certificate.localBridge.title": "Zertifikat der lokalen Bridge",
  "checklist.certificate.localBridge.why":
    "Der Server auf diesem Computer (etwa Proton Mail Bridge) nutzt ein eigenes Zertifikat, das keine öffentliche Stelle signiert. Die Verbindung verlässt den Computer nie.",
  "checklist.certificate.localBridge.action":
    "Dem Zertifikat der Bridge einmal vertrauen, wenn Ihr Programm fragt, oder es aus den Bridge-Einstellungen exportieren.",
  "checklist.certificate.expiringSoon.title": "Das Zertifikat läuft in {days} Tagen ab",
  "checklist.certificate.expiringSoon.why":
    "Es gilt bis {validTo}. Danach verweigern Programme die Verbindung, bis der Betreiber es erneuert.",
  "checklist.certificate.expiringSoon.action":
    "Wenn Sie den Server betreiben, das Zertifikat jetzt erneuern (automatische Erneuerung vermeidet das).",
  "checklist.certificate.valid.title": "Gültiges Zertifikat",
  "checklist.certificate.valid.why":
    "Von einer vertrauenswürdigen Stelle für {subject} ausgestellt, deckt {host} ab, gültig bis {validTo}.",
  "checklist.certificate.valid.action": "Nichts zu tun. {clockHint}",
  "checklist.certificate.notVerified.title": "Zertifikat noch nicht geprüft",
  "checklist.certificate.notVerified.why":
    "Das Zertifikat beweist, dass Sie den echten Server erreicht haben; erst ein Live-Test zeigt, ob es gültig, vertrauenswürdig und für diesen Namen ist.",
  "checklist.certificate.unreached.title": "Zertifikat nicht geprüft",
  "checklist.certificate.unreached.why":
    "Es war kein Zertifikat zu sehen: Der Live-Test kam nicht bis TLS (siehe Prüfbericht).",
  "checklist.clockDirection.ahead": "vor",
  "checklist.clockDirection.behind": "nach",
  "checklist.device-clock.off.title": "Die Uhr Ihres Geräts geht {minutes} Minuten falsch",
  "checklist.device-clock.off.why":
    "Die Uhr Ihres Geräts geht gegenüber dem Server {minutes} Minuten {direction}. Zertifikatsprüfungen scheitern bei falscher Uhr: Gültige Zertifikate wirken dann abgelaufen oder noch nicht gültig.",
  "checklist.device-clock.off.action":
    "In den Geräteeinstellungen Datum, Uhrzeit und Zeitzone automatisch einstellen lassen.",
  "checklist.device-clock.ok.title": "Die Uhr Ihres Geräts stimmt",
  "checklist.device-clock.ok.why":
    "Sie stimmt mit der Server-Uhr auf {tolerance} Minuten genau überein; Zertifikatsdaten werden also richtig beurteilt.",
  "checklist.domainProblem.spf-missing.label": "kein SPF-Eintrag",
  "checklist.domainProblem.spf-missing.fix":
    "einen SPF-Eintrag mit Ihrem Mailanbieter veröffentlichen (der Anbieter nennt das include)",
  "checklist.domainProblem.spf-multiple.label": "mehr als ein SPF-Eintrag",
  "checklist.domainProblem.spf-multiple.fix":
    "die SPF-Einträge zu einem zusammenführen (zwei Einträge lassen SPF scheitern, RFC 7208)",
  "checklist.domainProblem.spf-permissive.label": "ein SPF-Eintrag, der jeden erlaubt (+all oder ?all)",
  "checklist.domainProblem.spf-permissive.fix": "den SPF-Eintrag mit -all oder ~all beenden",
  "checklist.domainProblem.dmarc-missing.label": "kein DMARC-Eintrag",
  "checklist.domainProblem.dmarc-missing.fix":
    "einen DMARC-Eintrag unter _dmarc veröffentlichen (mit p=none und Berichtsadresse beginnen, dann verschärfen)",
  "checklist.domainProblem.dmarc-none.label": "DMARC-Richtlinie p=none",
  "checklist.domainProblem.dmarc-none.fix":
    "DMARC auf p=quarantine und dann p=reject stellen, sobald die Berichte nur noch eigene Mail zeigen",
  "checklist.dkimNote":
    "DKIM wird bei Ihrem Mailanbieter eingeschaltet, der Ihnen die DNS-Einträge nennt; ohne den Selektor können wir DKIM nicht nachschlagen.",
  "checklist.domain-authentication.problems.title": "{domain}: Probleme bei der Absenderprüfung",
  "checklist.domain-authentication.problems.why":
    "Empfänger prüfen mit SPF, DKIM und DMARC, ob Mail von {domain} echt ist. Gefunden: {problems}. Gmail, Yahoo und Outlook.com sortieren durchfallende Mail aus oder lehnen sie ab; seit dem {outlookComHighVolumeAuth} weist Outlook.com Massenversender ohne SPF, DKIM und DMARC mit 550 5.7.515 ab.",
  "checklist.domain-authentication.problems.action": "Beim DNS-Anbieter: {fixes}. {dkimNote}",
  "checklist.domain-authentication.ok.title": "{domain}: SPF und DMARC vorhanden",
  "checklist.domain-authentication.ok.why":
    "SPF und eine durchgesetzte DMARC-Richtlinie schützen {domain} vor gefälschten Absendern und helfen bei der Zustellung (RFC 7208, RFC 7489).",
  "checklist.domain-authentication.ok.action":
    "Sicherstellen, dass die DKIM-Signatur in den Admin-Einstellungen des Anbieters an ist. {dkimNote}",
  "checklist.domain-authentication.notChecked.title": "SPF, DKIM und DMARC von {domain} prüfen",
  "checklist.domain-authentication.notChecked.why":
    "Bei einer eigenen Domain vertrauen Empfänger der Mail nur mit eingerichtetem SPF, DKIM und DMARC; seit dem {outlookComHighVolumeAuth} weist Outlook.com Massenversender ohne sie ab (550 5.7.515).",
  "checklist.domain-authentication.notChecked.action":
    "Die Domain-Prüfung für {domain} ausführen. {dkimNote}",
  "checklist.m365Alternatives":
    "Apps und Skripte auf OAuth2 (XOAUTH2) umstellen. Für Drucker und Scanner ohne OAuth2 High Volume Email, einen SMTP-Relay-Connector oder Direct Send an den MX-Endpunkt des Mandanten verwenden.",
  "checklist.m365-basic-auth.before.title":
    "Microsoft 365: Kennwort-Anmeldung für SMTP ab {m365BasicAuthOff} standardmäßig aus",
  "checklist.m365-basic-auth.before.why":
    "Laut Microsoft-Meldung MC786329 ändert sich bis {m365BasicAuthOff} nichts. Dann wird Basic Auth für SMTP AUTH bei bestehenden Mandanten standardmäßig abgeschaltet (Admins können es wieder einschalten), und danach angelegte Mandanten haben es nie; das endgültige Abschaltdatum wird im zweiten Halbjahr 2027 bekanntgegeben. Abgewiesene Programme sehen 550 5.7.30 Basic authentication is not supported for Client Submission.",
  "checklist.m365-basic-auth.after.title": "Microsoft 365: Kennwort-Anmeldung für SMTP ist standardmäßig aus",
  "checklist.m365-basic-auth.after.why":
    "Seit {m365BasicAuthOff} ist Basic Auth für SMTP AUTH bei bestehenden Mandanten standardmäßig aus (MC786329); es funktioniert nur, wo ein Admin es wieder eingeschaltet hat, und seitdem angelegte Mandanten haben es nicht. Das endgültige Abschaltdatum gibt Microsoft im zweiten Halbjahr 2027 bekannt. Abgewiesene Programme sehen 550 5.7.30 Basic authentication is not supported for Client Submission.",
  "checklist.proton-bridge.bridge.title": "Proton Mail Bridge auf diesem Computer",
  "checklist.proton-bridge.bridge.why":
    "Proton Mail hat keinen gewöhnlichen SMTP-Server für E-Mail-Programme: Proton Mail Bridge läuft auf diesem Computer (127.0.0.1) und übernimmt die Verschlüsselung; eine lokale Serveradresse ist hier also richtig.",
  "checklist.proton-bridge.bridge.action":
    "Bridge laufen und angemeldet lassen (nur bezahlte Tarife) und Host, Port und Kennwort aus Bridge verwenden.",
  "checklist.proton-bridge.submissionToken.title": "Proton-SMTP-Einlieferung mit Token",
  "checklist.proton-bridge.submissionToken.why":
    "Für Adressen mit eigener Domain können Apps und Geräte bei manchen Proton-Tarifen mit einem SMTP-Token über {host} senden. Diese Nachrichten sind nicht Ende-zu-Ende-verschlüsselt.",
  "checklist.proton-bridge.submissionToken.action":
    "In den Proton-Mail-Einstellungen pro App ein SMTP-Token erstellen und die Adresse der eigenen Domain als Benutzernamen verwenden.",
  "checklist.proton-bridge.otherHost.title": "{host} ist kein Proton-Server",
  "checklist.proton-bridge.otherHost.why":
    "Proton Mail nimmt Mail von Programmen nur über Proton Mail Bridge auf diesem Computer an oder, für eigene Domains bei manchen Tarifen, über {protonHost} mit SMTP-Token.",
  "checklist.proton-bridge.otherHost.action":
    "Proton Mail Bridge installieren und die dort angezeigten Einstellungen verwenden.",

  // ---- Setup steps (src/core/setupSteps.ts) ----
  "setup.signInStep": "{signIn}",
  "setup.encryption.none": "Keine (unverschlüsselt)",
  "setup.label.host": "Postausgangsserver (SMTP)",
  "setup.label.port": "Port",
  "setup.label.hostAndPort": "Postausgangsserver und Port",
  "setup.label.encryption": "Verschlüsselung",
  "setup.label.username": "Benutzername",
  "setup.label.password": "Kennwort",
  "setup.label.incomingProtocol": "Kontotyp",
  "setup.label.incomingHost": "Posteingangsserver ({incomingProtocolName})",
  "setup.label.incomingPort": "Posteingangsport",
  "setup.label.incomingHostAndPort": "Posteingangsserver und Port",
  "setup.label.incomingEncryption": "Verschlüsselung (Posteingang)",
  "setup.label.incomingUsername": "Benutzername (Posteingang)",
  "setup.label.incomingPassword": "Kennwort (Posteingang)",
  "setup.classic-windows.name": "Outlook für Windows (klassisch)",
  "setup.classic-windows.encryption.none": "Keine",
  "setup.classic-windows.label.host": "Postausgangsserver (SMTP)",
  "setup.classic-windows.label.port": "Postausgangsserver (SMTP)",
  "setup.classic-windows.label.encryption": "Verwenden Sie den folgenden verschlüsselten Verbindungstyp",
  "setup.classic-windows.label.username": "Benutzername",
  "setup.classic-windows.label.password": "Kennwort",
  "setup.classic-windows.label.incomingProtocol": "Kontotyp",
  "setup.classic-windows.label.incomingHost": "Posteingangsserver",
  "setup.classic-windows.label.incomingPort": "Posteingangsserver ({incomingProtocolName})",
  "setup.classic-windows.signIn.intro":
    "Für dieses Konto braucht Outlook keine SMTP-Einstellungen: Konto mit der Adresse hinzufügen und anmelden. Outlook verbindet sich mit moderner Authentifizierung (OAuth2) und findet die Server selbst.",
  "setup.classic-windows.signIn.step.addAccount":
    "Datei > Konto hinzufügen wählen, {email} eingeben und Verbinden wählen.",
  "setup.classic-windows.signIn.step.noServerNames":
    "Erweiterte Optionen nicht öffnen und keine Servernamen eingeben: Für den Versand ist nichts einzustellen.",
  "setup.classic-windows.smtp.intro":
    "Outlook versendet die E-Mails dieses Kontos über den Postausgangsserver (SMTP). Diese Schritte ändern ein Konto, das schon in Outlook ist; für ein neues Datei > Konto hinzufügen, dann Erweiterte Optionen > Ich möchte mein Konto manuell einrichten > IMAP wählen.",
  "setup.classic-windows.smtp.step.openAccount":
    "Datei > Kontoeinstellungen > Kontoeinstellungen… wählen, auf der Registerkarte E-Mail {email} markieren und Ändern… wählen.",
  "setup.classic-windows.smtp.step.serverInfo":
    "Unter Serverinformationen den Server bei Postausgangsserver (SMTP) eintragen; unter Anmeldeinformationen Benutzername und Kennwort prüfen.",
  "setup.classic-windows.smtp.step.authentication":
    "Weitere Einstellungen… > Registerkarte Postausgangsserver: Der Postausgangsserver (SMTP) erfordert Authentifizierung und Gleiche Einstellungen wie für Posteingangsserver verwenden aktivieren.",
  "setup.classic-windows.smtp.step.advancedTab":
    "Auf der Registerkarte Erweitert den Port bei Postausgangsserver (SMTP) eintragen und die Verschlüsselung bei Verwenden Sie den folgenden verschlüsselten Verbindungstyp wählen.",
  "setup.classic-windows.smtp.step.test":
    "OK > Weiter wählen. Outlook sendet eine Testnachricht; wenn beide Tests erfolgreich sind, Schließen > Fertig stellen wählen.",
  "setup.classic-windows.smtp.note.noSpa":
    "„Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich“ nicht aktivieren: Damit scheitert die Anmeldung (0x800CCC18).",
  "setup.classic-windows.smtp.note.noAuto":
    "Nicht „Automatisch“ wählen: Das kann auf eine unverschlüsselte Verbindung zurückfallen.",
  "setup.classic-windows.smtp.note.serverSettings":
    "In aktuellen Versionen zeigt Datei > Kontoeinstellungen > Servereinstellungen dieselben Werte in einem Dialog (Ausgehende E-Mail: Server, Port, Verschlüsselungsmethode).",
  "setup.classic-windows.account.intro":
    "Der Kontodialog von Outlook hat zwei Hälften: den Posteingangsserver ({incomingProtocolName}), von dem Outlook die E-Mails abholt, und den Postausgangsserver (SMTP), über den es sendet. Diese Schritte ändern ein Konto, das schon in Outlook ist; für ein neues Datei > Konto hinzufügen, dann Erweiterte Optionen > Ich möchte mein Konto manuell einrichten > {incomingProtocolName} wählen.",
  "setup.classic-windows.account.step.serverInfo":
    "Unter Serverinformationen den Kontotyp prüfen und Posteingangsserver und Postausgangsserver (SMTP) eintragen; unter Anmeldeinformationen Benutzername und Kennwort eintragen.",
  "setup.classic-windows.account.step.advancedTab":
    "Auf der Registerkarte Erweitert zuerst Port und Verschlüsselung des Posteingangsservers einstellen, dann Port und Verschlüsselung des Postausgangsservers (SMTP); jeder hat sein eigenes Verwenden Sie den folgenden verschlüsselten Verbindungstyp.",
  "setup.classic-windows.account.note.serverSettings":
    "In aktuellen Versionen zeigt Datei > Kontoeinstellungen > Servereinstellungen dieselben Werte in einem Dialog: Eingehende E-Mail (Benutzername, Kennwort, Server, Port, Verschlüsselungsmethode), dann Ausgehende E-Mail.",
  "setup.new-windows.name": "Neues Outlook für Windows",
  "setup.new-windows.encryption.none": "Keine",
  "setup.new-windows.label.host": "SMTP-Postausgangsserver",
  "setup.new-windows.label.port": "Port",
  "setup.new-windows.label.encryption": "Sicherer Verbindungstyp",
  "setup.new-windows.label.username": "SMTP-Benutzername",
  "setup.new-windows.label.password": "SMTP-Kennwort",
  "setup.new-windows.label.incomingHost": "{incomingProtocolName}-Posteingangsserver",
  "setup.new-windows.label.incomingUsername": "{incomingProtocolName}-Benutzername",
  "setup.new-windows.label.incomingPassword": "{incomingProtocolName}-Kennwort",
  "setup.new-windows.account.intro":
    "Das neue Outlook fragt beim Hinzufügen eines IMAP- oder POP-Kontos nach beiden Servern: zuerst nach dem Posteingangsserver, dann unter Mehr anzeigen nach dem Postausgangsserver.",
  "setup.new-windows.account.step.chooseType":
    "{email} eingeben und Weiter wählen; bei der Frage nach dem Kontotyp {incomingProtocolName} wählen.",
  "setup.new-windows.account.step.incoming":
    "Den Eingangsteil ausfüllen: {incomingProtocolName}-Posteingangsserver, Port, Sicherer Verbindungstyp, {incomingProtocolName}-Benutzername und Kennwort.",
  "setup.new-windows.signIn.intro":
    "Für dieses Konto braucht das neue Outlook keine SMTP-Einstellungen: Konto mit der Adresse hinzufügen und anmelden (moderne Authentifizierung, OAuth2).",
  "setup.new-windows.signIn.step.addAccount":
    "Einstellungen (Zahnrad) > Konten > E-Mail-Konten öffnen und Konto hinzufügen wählen.",
  "setup.new-windows.signIn.step.typeAddress": "{email} eingeben und Weiter wählen.",
  "setup.new-windows.smtp.intro":
    "Das neue Outlook fragt beim Hinzufügen eines IMAP- oder POP-Kontos nach dem Postausgangsserver.",
  "setup.new-windows.smtp.step.addAccount":
    "Einstellungen (Zahnrad) > Konten > E-Mail-Konten öffnen und Konto hinzufügen wählen.",
  "setup.new-windows.smtp.step.chooseImap":
    "{email} eingeben und Weiter wählen; bei der Frage nach dem Kontotyp IMAP (oder POP) wählen.",
  "setup.new-windows.smtp.step.showMore":
    "Mehr anzeigen wählen und den Ausgangsteil ausfüllen: SMTP-Postausgangsserver, Port, Sicherer Verbindungstyp, SMTP-Benutzername und SMTP-Kennwort.",
  "setup.new-windows.smtp.step.finish":
    "Weiter wählen: Outlook testet die Verbindung und fügt das Konto hinzu.",
  "setup.new-windows.smtp.note.replaceAccount":
    "Um die Server eines Kontos zu korrigieren, das schon im neuen Outlook ist, das Konto entfernen (Einstellungen > Konten > E-Mail-Konten > Verwalten > Entfernen) und mit diesen Werten neu hinzufügen.",
  "setup.new-windows.smtp.note.cloudSync":
    "Das neue Outlook synchronisiert IMAP- und POP-Konten über die Microsoft-Cloud; der Anbieter sieht Anmeldungen von Microsoft-Servern, nicht von Ihrem Computer.",
  "setup.mac.name": "Outlook für Mac",
  "setup.mac.encryption.tls": "aktiviert, mit Port {port} (SSL/TLS von Anfang an)",
  "setup.mac.encryption.starttls":
    "aktiviert, mit Port {port} (Outlook für Mac verschlüsselt die Verbindung dann per STARTTLS)",
  "setup.mac.encryption.none": "deaktiviert (die Verbindung ist unverschlüsselt)",
  "setup.mac.label.host": "Postausgangsserver",
  "setup.mac.label.port": "Standardport überschreiben",
  "setup.mac.label.encryption": "SSL zum Verbinden verwenden",
  "setup.mac.label.username": "Benutzername",
  "setup.mac.label.password": "Kennwort",
  "setup.mac.label.incomingHost": "Posteingangsserver",
  "setup.mac.account.intro":
    "Outlook für Mac zeigt beide Server auf der Seite des Kontos unter Einstellungen > Konten: oben den Posteingangsserver, darunter den Postausgangsserver.",
  "setup.mac.account.step.incoming":
    "Benutzername und Kennwort eintragen, dann unter Posteingangsserver den Server eintragen, Standardport überschreiben aktivieren, den Port eintragen und SSL zum Verbinden verwenden setzen.",
  "setup.mac.signIn.intro":
    "Für dieses Konto braucht Outlook für Mac keine SMTP-Einstellungen: Konto mit der Adresse hinzufügen und anmelden (moderne Authentifizierung, OAuth2).",
  "setup.mac.signIn.step.newAccount": "Outlook > Einstellungen… > Konten wählen, dann + > Neues Konto….",
  "setup.mac.signIn.step.typeAddress": "{email} eingeben und Weiter wählen.",
  "setup.mac.smtp.intro":
    "Outlook für Mac zeigt den Postausgangsserver auf der Seite des Kontos unter Einstellungen > Konten.",
  "setup.mac.smtp.step.openAccount":
    "Outlook > Einstellungen… > Konten wählen und {email} auswählen. Um es erst hinzuzufügen: + > Neues Konto…, Adresse eingeben, Weiter wählen und IMAP/POP wählen.",
  "setup.mac.smtp.step.server":
    "Unter Postausgangsserver den Server eintragen, Standardport überschreiben aktivieren und den Port eintragen.",
  "setup.mac.smtp.step.ssl":
    "Das Kontrollkästchen SSL zum Verbinden verwenden beim Postausgangsserver setzen.",
  "setup.mac.smtp.step.authentication":
    "Weitere Optionen… unter dem Postausgangsserver wählen, Authentifizierung auf Benutzername und Kennwort stellen und beides eintragen.",
  "setup.web.name": "Outlook im Web",
  "setup.web.signIn.intro":
    "Outlook im Web versendet die E-Mails dieses Postfachs schon über die eigenen Server: Es ist nichts einzustellen.",
  "setup.web.signIn.step.nothingToDo":
    "Nichts zu tun: Wenn Sie in Outlook im Web als {email} angemeldet sind, geht die E-Mail über die Server Ihres Postfachs hinaus.",
  "setup.web.smtp.intro":
    "Outlook im Web kann nicht über den SMTP-Server eines anderen Anbieters senden: Es sendet immer über das angemeldete Postfach. Die verbundenen Konten von Outlook.com, die früher andere Postfächer einbanden, wurden am {outlookComConnectedAccountsRemoved} abgeschafft.",
  "setup.web.smtp.step.useAnotherApp":
    "Um aus Outlook als {email} zu senden, das Konto im neuen oder klassischen Outlook für Windows, in Outlook für Mac oder Outlook für iOS/Android hinzufügen: Oben die App wählen, um ihre Schritte zu sehen.",
  "setup.web.smtp.step.values": "Diese Apps (und andere E-Mail-Programme) brauchen diese Werte:",
  "setup.web.account.step.incomingValues":
    "Diese Apps (und andere E-Mail-Programme) brauchen den Posteingangsserver:",
  "setup.web.account.step.outgoingValues": "und den Postausgangsserver:",
  "setup.web.smtp.note.noForwarding":
    "Eine Weiterleitung des anderen Postfachs hierher ersetzt das nicht: Antworten kämen weiter von dieser Adresse.",
  "setup.mobile.name": "Outlook für iOS und Android",
  "setup.mobile.encryption.tls": "SSL/TLS (wählt die App für Port {port})",
  "setup.mobile.encryption.starttls": "STARTTLS (wählt die App für Port {port})",
  "setup.mobile.encryption.none": "Keine (unverschlüsselt)",
  "setup.mobile.label.host": "SMTP-Hostname",
  "setup.mobile.label.hostAndPort": "SMTP-Hostname",
  "setup.mobile.label.username": "SMTP-Benutzername",
  "setup.mobile.label.password": "SMTP-Kennwort",
  "setup.mobile.label.incomingHost": "IMAP-Hostname",
  "setup.mobile.label.incomingUsername": "IMAP-Benutzername",
  "setup.mobile.label.incomingPassword": "IMAP-Kennwort",
  "setup.mobile.account.intro":
    "Die Outlook-App fragt nach beiden Servern, wenn Sie ein IMAP-Konto manuell einrichten: zuerst IMAP zum Empfangen, dann SMTP zum Senden.",
  "setup.mobile.account.step.incoming":
    "Erweiterte Einstellungen einschalten und den IMAP-Teil ausfüllen; den Port mit Doppelpunkt hinter den Hostnamen schreiben.",
  "setup.mobile.account.step.outgoing":
    "Darunter den SMTP-Teil genauso ausfüllen, den Port wieder hinter den Hostnamen.",
  "setup.mobile.note.noPop":
    "Die Outlook-App kann keine POP-Konten hinzufügen, und dieser Anbieter nennt nur POP: Outlook auf einem Computer verwenden oder den Anbieter nach IMAP-Zugang fragen.",
  "setup.mobile.signIn.intro":
    "Für dieses Konto braucht die Outlook-App keine SMTP-Einstellungen: Konto mit der Adresse hinzufügen und anmelden (moderne Authentifizierung, OAuth2).",
  "setup.mobile.signIn.step.addAccount":
    "Einstellungen (Zahnrad) öffnen und E-Mail-Konto hinzufügen > E-Mail-Konto hinzufügen antippen.",
  "setup.mobile.signIn.step.typeAddress": "{email} eingeben und Weiter antippen.",
  "setup.mobile.smtp.intro":
    "Die Outlook-App fragt nach dem Postausgangsserver, wenn Sie ein IMAP-Konto manuell einrichten.",
  "setup.mobile.smtp.step.addAccount":
    "Einstellungen (Zahnrad) öffnen, E-Mail-Konto hinzufügen > E-Mail-Konto hinzufügen antippen, {email} eingeben und Weiter antippen.",
  "setup.mobile.smtp.step.manual":
    "Schlägt die App einen Anbieter vor, Konto manuell einrichten antippen und IMAP wählen.",
  "setup.mobile.smtp.step.advanced":
    "Erweiterte Einstellungen einschalten und den SMTP-Teil ausfüllen; den Port mit Doppelpunkt hinter den Hostnamen schreiben.",
  "setup.mobile.smtp.step.finish":
    "Das Häkchen antippen, um sich anzumelden; die App testet Senden und Empfangen.",
  "setup.signIn.microsoft":
    "Im Microsoft-Fenster, das sich öffnet, mit Microsoft-Kennwort und zweitem Faktor anmelden.",
  "setup.signIn.google":
    "Outlook erkennt Google und öffnet die Google-Anmeldung (Weiter mit Google / Über Google anmelden): dort anmelden und Outlook den Zugriff erlauben. Ein App-Passwort ist nicht nötig.",
  "setup.note.otherApps":
    "Die SMTP-Werte ({host}, Port {port}, {encryptionName}) sind für andere Apps und Geräte wie Drucker, Scanner und Skripte sowie für IMAP/POP-Einrichtungen.",
  "setup.signInNote.microsoft365":
    "Geräte und Apps, die über smtp.office365.com senden, brauchen für das Postfach aktiviertes SMTP AUTH und OAuth2; die Anmeldung per Kennwort (Basic Auth) ist für bestehende Mandanten ab {m365BasicAuthOff} standardmäßig aus. Alternativen: Direct Send oder ein SMTP-Relay-Connector zum MX-Endpunkt Ihres Mandanten auf Port 25.",
  "setup.signInNote.outlook":
    "Andere Apps können über Outlook.com nur mit Microsoft-Anmeldung (OAuth2) senden: Kennwörter und App-Kennwörter funktionieren für SMTP seit dem {outlookComBasicAuthEnded} nicht mehr.",
  "setup.signInNote.gmail":
    "Outlook 2016 und 2019 ohne Microsoft 365 können sich nicht bei Google anmelden: Sie brauchen die IMAP- und SMTP-Serverwerte und ein App-Passwort (das die Bestätigung in zwei Schritten voraussetzt).",
  "setup.passwordFor.qq": "den 16-stelligen Autorisierungscode",
  "setup.passwordFor.netease163": "den Client-Autorisierungscode",
  "setup.passwordFor.netease126": "den Client-Autorisierungscode",
  "setup.passwordFor.att": "Ihren Secure Mail Key",
  "setup.passwordFor.proton": "das Kennwort, das Proton Mail Bridge anzeigt",
  "setup.passwordKind.password": "Ihr E-Mail-Kennwort",
  "setup.passwordKind.password-or-app":
    "Ihr E-Mail-Kennwort oder, wenn die Zwei-Faktor-Anmeldung an ist, ein App-Kennwort",
  "setup.passwordKind.app-password": "ein App-Kennwort für diese App",
  "setup.passwordKind.oauth2": "keins: anmelden, wenn sich das Fenster des Anbieters öffnet (OAuth2)",
  "setup.passwordKind.none": "keins: Dieser Server verlangt keine Anmeldung",
  "setup.providerNote.proton":
    "Proton Mail Bridge muss auf diesem Computer laufen: Der Server 127.0.0.1 ist Bridge selbst. Outlook fragt eventuell einmal, ob es dem eigenen Zertifikat von Bridge vertrauen soll.",
  "setup.providerNote.gmx":
    "Zuerst in den GMX-Einstellungen im Web den POP3/IMAP-Abruf einschalten, sonst wird die Anmeldung abgelehnt.",
  "setup.providerNote.webde":
    "Zuerst in den WEB.DE-Einstellungen im Web den POP3/IMAP-Abruf einschalten, sonst wird die Anmeldung abgelehnt.",
  "setup.providerNote.qq":
    "In den Einstellungen von QQ Mail den SMTP-Dienst einschalten und dort den Autorisierungscode erzeugen.",
  "setup.providerNote.icloud":
    "Ein app-spezifisches Passwort aus Ihrem Apple Account verwenden (Zwei-Faktor-Authentifizierung muss an sein) und die volle Adresse als Benutzernamen.",
  "setup.noServer.intro":
    "Für {email} ist noch kein Postausgangsserver bekannt, deshalb gibt es nichts einzutragen.",
  "setup.noServer.askProvider":
    "Beim E-Mail-Anbieter Namen, Port, Verschlüsselung und Benutzernamen des Postausgangsservers (SMTP) erfragen und hier mit Überprüfen testen.",
};
