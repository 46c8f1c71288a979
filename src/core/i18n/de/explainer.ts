// German texts of the error explainer (src/core/errorCatalogue.ts, src/core/catalogue/bounceEntries.ts,
// src/core/explainBounce.ts), keyed by text id: explain.<entry id>.title, .cause, .fix.<n>. Spread into the German
// table in ../de.ts, which loads on demand. Placeholders ({count}, {m365BasicAuthOff}) match the English; codes,
// commands and Outlook's English-only server texts stay as they are. test/core/explainBounce.test.ts checks that
// every catalogue text has its German here.

import type { TextTable } from "../../language.js";

export const deExplainer: TextTable = {
  "explain.input.empty":
    "Fügen Sie eine Fehlermeldung, einen Outlook-Fehler oder die ganze Unzustellbarkeitsnachricht ein.",
  "explain.input.binary":
    "Das sieht nach Binärdaten aus, nicht nach einer Nachricht. Öffnen Sie die Unzustellbarkeitsnachricht in Outlook und kopieren Sie ihren Text, oder speichern Sie sie als .eml-Datei.",
  "explain.input.mailbox":
    "Das sieht nach einer ganzen Postfachdatei aus ({count} Nachrichten). Fügen Sie nur die eine Unzustellbarkeitsnachricht ein oder speichern Sie nur diese.",
  "explain.nothingRecognised":
    "In diesem Text wurde keine bekannte Unzustellbarkeitsnachricht, SMTP-Antwort und kein Outlook-Fehler gefunden. Fügen Sie die ganze Unzustellbarkeitsnachricht ein (mit Zeilen wie „550 5.1.1 …“ oder „Remote Server returned …“) oder den Outlook-Fehler mit seinem Code (etwa 0x800CCC0E).",
  "explain.actor.you": "Sie (Ihre Einstellungen, Anmeldung, Grenzen oder Nachricht)",
  "explain.actor.recipient": "Die Seite des Empfängers",
  "explain.actor.domainAdmin": "Der Administrator Ihrer Domäne",
  "explain.actor.nobodyYet": "Noch niemand: vorübergehend, es wird erneut versucht",
  "explain.leaveSettings":
    "Das hat ein Server des Empfängers geschrieben: Nichts in Outlooks Kontoeinstellungen verursacht es, lassen Sie sie, wie sie sind.",
  // 0x800CCC0D
  "explain.0x800CCC0D.title": "Outlook findet den Postausgangsserver nicht",
  "explain.0x800CCC0D.cause":
    "Der Name des Postausgangsservers lässt sich nicht auflösen: ein Tippfehler, ein Servername, den es nicht mehr gibt, oder keine funktionierende DNS- oder Internetverbindung.",
  "explain.0x800CCC0D.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und die Schreibweise des Postausgangsservers (SMTP) prüfen.",
  "explain.0x800CCC0D.fix.2":
    "Den aktuellen Namen des Anbieters verwenden (z. B. smtp.office365.com, smtp-mail.outlook.com, smtp.gmail.com); `outbox-doctor settings <Ihre Adresse>` ausführen.",
  "explain.0x800CCC0D.fix.3": "Internetverbindung, VPN oder Proxy prüfen.",
  // 0x800CCC0E
  "explain.0x800CCC0E.title": "Outlook kann keine Verbindung zum Postausgangsserver herstellen",
  "explain.0x800CCC0E.cause":
    "Der Servername wurde aufgelöst, aber keine Verbindung kam zustande: falscher Port, eine Firewall oder ein Virenscanner blockiert, oder der Internetanbieter sperrt Port 25.",
  "explain.0x800CCC0E.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.0x800CCC0E.fix.2":
    "Port 25 nicht zum Senden aus einem Mailprogramm verwenden: Viele Internetanbieter sperren ihn.",
  "explain.0x800CCC0E.fix.3":
    "Die Prüfung ausgehender E-Mails im Virenscanner oder in der Firewall ausschalten; sie sitzt zwischen Outlook und dem Server.",
  "explain.0x800CCC0E.fix.4":
    "`outbox-doctor verify <host> --port 587` ausführen, um zu sehen, was der Server aus Ihrem Netz anbietet.",
  // 0x800CCC0F
  "explain.0x800CCC0F.title": "Die Verbindung zum Server wurde unterbrochen",
  "explain.0x800CCC0F.cause":
    "Der Server oder etwas dazwischen hat die Verbindung geschlossen, meist weil die Verschlüsselung nicht zum Port passt (SSL/TLS auf 587 oder STARTTLS auf 465) oder ein Virenscanner E-Mails abfängt.",
  "explain.0x800CCC0F.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.0x800CCC0F.fix.2":
    "Die Prüfung ausgehender E-Mails im Virenscanner oder in der Firewall ausschalten; sie sitzt zwischen Outlook und dem Server.",
  "explain.0x800CCC0F.fix.3": "Scheitert es nur bei großen Nachrichten, den Anhang als Link senden.",
  // 0x800CCC18
  "explain.0x800CCC18.title": "Anmeldung mit gesicherter Kennwortauthentifizierung (SPA) fehlgeschlagen",
  "explain.0x800CCC18.cause":
    "Outlook hat die gesicherte Kennwortauthentifizierung (NTLM) versucht, die die meisten Mailserver nicht unterstützen oder für dieses Konto nicht erlauben.",
  "explain.0x800CCC18.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und „Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich“ abwählen.",
  "explain.0x800CCC18.fix.2": "Benutzernamen (meist die vollständige Adresse) und Kennwort neu eingeben.",
  // 0x800CCC19
  "explain.0x800CCC19.title": "Der Server hat nicht rechtzeitig geantwortet",
  "explain.0x800CCC19.cause":
    "Outlook hat das Warten aufgegeben: eine langsame oder blockierte Verbindung, falscher Port oder falsche Verschlüsselung, oder eine große Nachricht.",
  "explain.0x800CCC19.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.0x800CCC19.fix.2":
    "Die Server-Zeitlimits auf der Registerkarte „Erweitert“ erhöhen und erneut senden.",
  "explain.0x800CCC19.fix.3":
    "Die Prüfung ausgehender E-Mails im Virenscanner oder in der Firewall ausschalten; sie sitzt zwischen Outlook und dem Server.",
  // 0x800CCC1A
  "explain.0x800CCC1A.title": "Die sichere Verbindung ist fehlgeschlagen",
  "explain.0x800CCC1A.cause":
    "Outlook und der Server konnten keine Verschlüsselung aufbauen: Der Verschlüsselungstyp passt nicht zum Port, oder es gibt keine gemeinsame TLS-Version (Server verlangen heute TLS 1.2 oder neuer).",
  "explain.0x800CCC1A.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.0x800CCC1A.fix.2": "Windows und Office aktuell halten, damit TLS 1.2 eingeschaltet ist.",
  "explain.0x800CCC1A.fix.3":
    "`outbox-doctor verify <host> --port 587` ausführen, um zu sehen, was der Server aus Ihrem Netz anbietet.",
  // 0x800CCC67
  "explain.0x800CCC67.title": "Der Server antwortete 421: Dienst nicht verfügbar",
  "explain.0x800CCC67.cause":
    "Der Server lehnt die Sitzung vorerst ab: Er ist ausgelastet, begrenzt Verbindungen oder Senderate, oder ein lokaler Virenscanner-Proxy hat geantwortet, weil er den echten Server nicht erreicht.",
  "explain.0x800CCC67.fix.1":
    "Einige Minuten warten und erneut senden; Outlook behält die Nachricht im Postausgang.",
  "explain.0x800CCC67.fix.2":
    "Steht im Text „Cannot connect to SMTP server“, hat ein Virenscanner anstelle des Servers geantwortet: dessen Prüfung ausgehender E-Mails ausschalten.",
  "explain.0x800CCC67.fix.3":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  // 0x800CCC69
  "explain.0x800CCC69.title": "Der Server antwortete 550: abgelehnt",
  "explain.0x800CCC69.cause":
    "Der Server hat die Nachricht endgültig abgelehnt: oft weil Outlook sich nicht angemeldet hat (Relaying verweigert), der Absender nicht erlaubt ist oder ein Empfänger nicht existiert. Der Text des Servers sagt, was zutrifft.",
  "explain.0x800CCC69.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.0x800CCC69.fix.2": "Die Empfängeradressen prüfen.",
  "explain.0x800CCC69.fix.3":
    "Die vollständige Antwort des Servers hier einfügen, um den genauen Grund zu erfahren.",
  // 0x800CCC6F
  "explain.0x800CCC6F.title": "Der Server antwortete 554: Übertragung fehlgeschlagen",
  "explain.0x800CCC6F.cause":
    "Der Server hat die Nachricht oder Sitzung abgelehnt: typischerweise als Spam eingestuft, die sendende IP-Adresse steht auf einer Sperrliste, oder Sie dürfen über diesen Server nicht senden.",
  "explain.0x800CCC6F.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.0x800CCC6F.fix.2":
    "Den Einlieferungsserver Ihres E-Mail-Anbieters auf Port 587 verwenden statt des Servers Ihres Internetanbieters oder Port 25.",
  "explain.0x800CCC6F.fix.3":
    "Die vollständige Antwort des Servers hier einfügen, um den genauen Grund zu erfahren.",
  // 0x800CCC78
  "explain.0x800CCC78.title": "Der Server hat die Absenderadresse abgelehnt",
  "explain.0x800CCC78.cause":
    "Der Server hat die Absenderadresse abgelehnt, meist weil Outlook sich nicht angemeldet hat oder das Konto nicht mit dieser Adresse senden darf.",
  "explain.0x800CCC78.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.0x800CCC78.fix.2":
    "Prüfen, dass die E-Mail-Adresse des Kontos (Datei > Kontoeinstellungen) genau das Postfach ist, bei dem Sie sich anmelden.",
  "explain.0x800CCC78.fix.3": "Über den Server des Anbieters senden, zu dem die Absenderadresse gehört.",
  // 0x800CCC79
  "explain.0x800CCC79.title": "Der Server hat die Empfänger abgelehnt",
  "explain.0x800CCC79.cause":
    "Der Server weigert sich, die Nachricht weiterzuleiten, meist weil Outlook sich nicht angemeldet hat und der Server für unbekannte Absender nicht weiterleitet; manchmal ist eine Empfängeradresse falsch.",
  "explain.0x800CCC79.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.0x800CCC79.fix.2": "Die Empfängeradressen auf Tippfehler prüfen.",
  "explain.0x800CCC79.fix.3": "Den Einlieferungsserver Ihres Anbieters auf Port 587 verwenden.",
  // 0x800CCC7C
  "explain.0x800CCC7C.title": "Der Server verlangt STARTTLS",
  "explain.0x800CCC7C.cause":
    "Der Server antwortete 530: Er nimmt E-Mails nur über eine verschlüsselte Verbindung an, und Outlook ist auf „keine Verschlüsselung“ eingestellt.",
  "explain.0x800CCC7C.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  // 0x800CCC7D
  "explain.0x800CCC7D.title": "Der Server bietet kein STARTTLS an",
  "explain.0x800CCC7D.cause":
    "Outlook hat STARTTLS verlangt, aber der Server bot es nicht an: falscher Host oder Port, oder etwas im Netz (Virenscanner, Firewall, Hotel- oder Provider-Proxy) entfernt es. Letzteres ist wie ein Angriff auf Ihr Kennwort zu behandeln.",
  "explain.0x800CCC7D.fix.1":
    "Host und Port prüfen: den Einlieferungsserver des Anbieters auf 587 verwenden.",
  "explain.0x800CCC7D.fix.2":
    "Die Prüfung ausgehender E-Mails im Virenscanner oder in der Firewall ausschalten; sie sitzt zwischen Outlook und dem Server.",
  "explain.0x800CCC7D.fix.3":
    "Aus einem anderen Netz versuchen; klappt es dort, entfernt das erste Netz STARTTLS. Port 465 mit SSL/TLS verwenden, wo der Anbieter ihn anbietet.",
  "explain.0x800CCC7D.fix.4": "Die Verschlüsselung nie auf „Keine“ stellen, um das zu umgehen.",
  // 0x800CCC7F
  "explain.0x800CCC7F.title": "STARTTLS ist auf dem Server fehlgeschlagen",
  "explain.0x800CCC7F.cause":
    "Der Server hat der Verschlüsselung zugestimmt und ist dann gescheitert (Antwort 454): eine vorübergehende Störung oder ein defektes Zertifikat oder TLS-Setup auf dem Server.",
  "explain.0x800CCC7F.fix.1": "Später erneut senden.",
  "explain.0x800CCC7F.fix.2":
    "Scheitert es weiter, Port 465 mit SSL/TLS verwenden, wo angeboten, und den Anbieter informieren.",
  "explain.0x800CCC7F.fix.3":
    "`outbox-doctor verify <host> --port 587` ausführen, um zu sehen, was der Server aus Ihrem Netz anbietet.",
  // 0x800CCC80
  "explain.0x800CCC80.title": "Keine gemeinsame Anmeldemethode",
  "explain.0x800CCC80.cause":
    "Keine der Anmeldemethoden, auf die Outlook eingestellt ist, bietet der Server an: Er nimmt zum Beispiel nur OAuth2 (XOAUTH2) an oder bietet die Kennwortanmeldung erst nach der Verschlüsselung an.",
  "explain.0x800CCC80.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.0x800CCC80.fix.2":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und „Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich“ abwählen.",
  "explain.0x800CCC80.fix.3":
    "Outlook.com und viele Microsoft 365-Mandanten nehmen nur OAuth2 an: das Konto in einem aktuellen Outlook entfernen und neu hinzufügen, damit es sich über das Microsoft-Anmeldefenster anmeldet.",
  // 0x80042109
  "explain.0x80042109.title": "Outlook kann keine Verbindung zum Postausgangsserver (SMTP) herstellen",
  "explain.0x80042109.cause":
    "Die Verbindung zum Postausgangsserver ist gescheitert: falscher Servername oder Port, eine Firewall oder ein Virenscanner blockiert, oder der Internetanbieter sperrt Port 25.",
  "explain.0x80042109.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.0x80042109.fix.2":
    "Die Prüfung ausgehender E-Mails im Virenscanner oder in der Firewall ausschalten; sie sitzt zwischen Outlook und dem Server.",
  "explain.0x80042109.fix.3":
    "`outbox-doctor verify <host> --port 587` ausführen, um zu sehen, was der Server aus Ihrem Netz anbietet.",
  // 0x8004210B
  "explain.0x8004210B.title": "Zeitüberschreitung beim Warten auf den Postausgangsserver",
  "explain.0x8004210B.cause":
    "Der Postausgangsserver hat nicht rechtzeitig geantwortet: eine blockierte oder langsame Verbindung, falscher Port oder falsche Verschlüsselung, oder eine große Nachricht.",
  "explain.0x8004210B.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.0x8004210B.fix.2": "Die Server-Zeitlimits auf der Registerkarte „Erweitert“ erhöhen.",
  "explain.0x8004210B.fix.3":
    "Die Prüfung ausgehender E-Mails im Virenscanner oder in der Firewall ausschalten; sie sitzt zwischen Outlook und dem Server.",
  // 5.7.3
  "explain.5.7.3.title": "Authentifizierung fehlgeschlagen (Microsoft 365)",
  "explain.5.7.3.cause":
    "Microsoft 365 hat die Anmeldung abgelehnt: falscher Benutzername oder falsches Kennwort, ein Kennwort, wo das Konto Mehrfaktor- oder OAuth2-Anmeldung braucht, oder SMTP AUTH ist für das Postfach aus.",
  "explain.5.7.3.fix.1":
    "Die vollständige E-Mail-Adresse als Benutzernamen verwenden und das Kennwort neu eingeben.",
  "explain.5.7.3.fix.2":
    "Mit OAuth2 (moderner Authentifizierung) statt mit gespeichertem Kennwort anmelden: das Konto in einem aktuellen Outlook entfernen und neu hinzufügen.",
  "explain.5.7.3.fix.3":
    "Microsoft 365-Administrator: SMTP AUTH für dieses Postfach einschalten: `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false` (Admin Center: Benutzer > E-Mail > E-Mail-Apps verwalten > Authentifiziertes SMTP).",
  "explain.5.7.3.fix.4":
    "Apps mit OAuth2: ein Token mit dem Scope https://outlook.office.com/SMTP.Send anfordern.",
  // 5.7.139
  "explain.5.7.139.title": "SMTP AUTH ist ausgeschaltet (Microsoft 365)",
  "explain.5.7.139.cause":
    "Microsoft 365 sperrt die SMTP-Anmeldung für dieses Postfach oder den ganzen Mandanten: SMTP AUTH ist aus (Standard für Mandanten, die nach Januar 2020 angelegt wurden), Sicherheitsstandards oder bedingter Zugriff blockieren sie, oder die Standardauthentifizierung ist abgeschaltet. Outlook.com nimmt seit {outlookComBasicAuthEnded} nur OAuth2 an.",
  "explain.5.7.139.fix.1":
    "Microsoft 365-Administrator: SMTP AUTH für dieses Postfach einschalten: `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false` (Admin Center: Benutzer > E-Mail > E-Mail-Apps verwalten > Authentifiziertes SMTP).",
  "explain.5.7.139.fix.2":
    "Schalter für den ganzen Mandanten: `Set-TransportConfig -SmtpClientAuthenticationDisabled $false`; besser nur die Postfächer freischalten, die es brauchen (die Postfacheinstellung hat Vorrang vor der des Mandanten).",
  "explain.5.7.139.fix.3":
    "Sicherheitsstandards sperren SMTP AUTH mit Kennwort: die App auf OAuth2 (XOAUTH2) umstellen, statt die Anmeldung für alle zu schwächen.",
  "explain.5.7.139.fix.4":
    "Steht im Text „basic authentication is disabled“, geht nur OAuth2: das Konto in einem aktuellen Outlook neu hinzufügen oder die App auf XOAUTH2 umstellen.",
  // 5.7.57
  "explain.5.7.57.title": "Client nicht zum Senden authentifiziert (Microsoft 365)",
  "explain.5.7.57.cause":
    "Die App oder das Gerät hat MAIL FROM gesendet, ohne sich vorher anzumelden; Microsoft 365 behandelt es deshalb als anonym und lehnt ab.",
  "explain.5.7.57.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.5.7.57.fix.2":
    "smtp.office365.com auf Port 587 mit STARTTLS verwenden: Microsoft bietet die Anmeldung erst nach STARTTLS an.",
  "explain.5.7.57.fix.3":
    "Microsoft 365-Administrator: SMTP AUTH für dieses Postfach einschalten: `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false` (Admin Center: Benutzer > E-Mail > E-Mail-Apps verwalten > Authentifiziertes SMTP).",
  "explain.5.7.57.fix.4":
    "Geräte, die sich nicht anmelden können: Direct Send an <tenant>.mail.protection.outlook.com:25 (nur interne Empfänger) oder SMTP-Relay über einen Connector verwenden.",
  // 5.7.4
  "explain.5.7.4.title": "Unbekannter Authentifizierungstyp",
  "explain.5.7.4.cause":
    "Der Client wollte sich mit einer Methode anmelden, die der Server an dieser Stelle nicht anbietet: meist vor STARTTLS, mit SPA/NTLM, oder SMTP AUTH ist ausgeschaltet.",
  "explain.5.7.4.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.5.7.4.fix.2":
    "„Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich“ abwählen.",
  "explain.5.7.4.fix.3":
    "Microsoft 365-Administrator: SMTP AUTH für dieses Postfach einschalten: `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false` (Admin Center: Benutzer > E-Mail > E-Mail-Apps verwalten > Authentifiziertes SMTP).",
  // 5.7.30
  "explain.5.7.30.title": "Standardauthentifizierung wird nicht unterstützt (Microsoft 365)",
  "explain.5.7.30.cause":
    "Microsoft 365 nimmt hier für SMTP AUTH keinen Benutzernamen mit Kennwort mehr an. Die Standardauthentifizierung für SMTP AUTH ist ab {m365BasicAuthOff} standardmäßig aus und wird abgeschafft.",
  "explain.5.7.30.fix.1":
    "Die App oder das Gerät auf OAuth2 umstellen (XOAUTH2, Scope https://outlook.office.com/SMTP.Send).",
  "explain.5.7.30.fix.2":
    "Geräte ohne OAuth2: über einen Connector (SMTP-Relay) oder per Direct Send an <tenant>.mail.protection.outlook.com:25 senden.",
  "explain.5.7.30.fix.3":
    "Als Notlösung kann ein Mandanten-Administrator die Standardauthentifizierung für SMTP AUTH wieder einschalten, solange Microsoft das noch erlaubt.",
  // SendAsDeniedException
  "explain.SendAsDeniedException.title": "Senden als diese Adresse nicht erlaubt (Microsoft 365)",
  "explain.SendAsDeniedException.cause":
    "Die Absenderadresse ist nicht das angemeldete Postfach, und dieses Konto hat darauf keine Berechtigung „Senden als“ (ein freigegebenes Postfach, ein anderer Benutzer oder eine Gruppe).",
  "explain.SendAsDeniedException.fix.1":
    "Mit der Adresse des Postfachs senden, bei dem Sie angemeldet sind (im Feld „Von“ wählen), oder sich als das Postfach anmelden, dessen Adresse Sie verwenden.",
  "explain.SendAsDeniedException.fix.2":
    "Exchange-Administrator: „Senden als“ auf diesem Postfach erteilen: `Add-RecipientPermission -Identity <mailbox> -Trustee <user> -AccessRights SendAs`; das kann bis zu einer Stunde dauern.",
  "explain.SendAsDeniedException.fix.3":
    "Apps und Geräte: als Absender das Postfach eintragen, mit dem sie sich anmelden.",
  // 5.7.60
  "explain.5.7.60.title": "Der Client darf nicht als dieser Absender senden",
  "explain.5.7.60.cause":
    "Die Absenderadresse weicht vom Postfach ab, mit dem sich die App oder Outlook angemeldet hat, und dem Konto fehlt die Berechtigung „Senden als“.",
  "explain.5.7.60.fix.1":
    "Mit der Adresse des Postfachs senden, bei dem Sie angemeldet sind (im Feld „Von“ wählen), oder sich als das Postfach anmelden, dessen Adresse Sie verwenden.",
  "explain.5.7.60.fix.2":
    "Exchange-Administrator: „Senden als“ auf diesem Postfach erteilen: `Add-RecipientPermission -Identity <mailbox> -Trustee <user> -AccessRights SendAs`; das kann bis zu einer Stunde dauern.",
  "explain.5.7.60.fix.3": "Apps und Geräte: als Absender das Postfach eintragen, mit dem sie sich anmelden.",
  // Unable to relay
  "explain.Unable to relay.title": "Der Server leitet Ihre Nachricht nicht weiter",
  "explain.Unable to relay.cause":
    "Ein Server leitet E-Mails an andere Domänen nur für Absender weiter, die er kennt. Sie haben sich nicht angemeldet (oder einen Server genutzt, der nicht Ihrer ist), deshalb lehnte er ab.",
  "explain.Unable to relay.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.Unable to relay.fix.2":
    "Über den Einlieferungsserver Ihres eigenen Anbieters auf Port 587 senden, nicht über dessen Eingangsserver (MX) oder Port 25.",
  "explain.Unable to relay.fix.3":
    "Microsoft 365-Geräte: SMTP AUTH verwenden oder einen Connector für die feste IP-Adresse des Geräts (SMTP-Relay).",
  "explain.Unable to relay.fix.4":
    "Hat ein Server des Empfängers das geschrieben (die Unzustellbarkeitsnachricht nennt dessen Host), die Adresse prüfen: Die Mail-Einträge der Empfängerdomäne zeigen auf einen Server, der ihre E-Mails nicht annimmt, und deren Administrator muss das beheben.",
  // 5.7.64
  "explain.5.7.64.title": "TenantAttribution: Relay-Zugriff verweigert (Microsoft 365)",
  "explain.5.7.64.cause":
    "Microsoft 365 konnte den sendenden Server Ihrem Mandanten nicht zuordnen: IP-Adresse oder Zertifikatsname des eingehenden Connectors passen nicht mehr zum Server, oder die Absenderdomäne ist keine akzeptierte Domäne.",
  "explain.5.7.64.fix.1":
    "Den eingehenden Connector (Exchange Admin Center > Nachrichtenfluss > Connectors) auf die aktuelle öffentliche IP-Adresse oder den Zertifikatsnamen des Servers aktualisieren.",
  "explain.5.7.64.fix.2":
    "Hybrid-Umgebungen: den Hybrid-Konfigurationsassistenten erneut ausführen und das erneuerte Zertifikat wählen.",
  "explain.5.7.64.fix.3":
    "Sicherstellen, dass die MAIL-FROM-Domäne oder die Domäne des Zertifikats eine akzeptierte Domäne des Mandanten ist.",
  // Must issue a STARTTLS command first
  "explain.Must issue a STARTTLS command first.title": "Verschlüsselung vor dem Senden erforderlich",
  "explain.Must issue a STARTTLS command first.cause":
    "Der Server nimmt Anmeldung und E-Mails nur über eine verschlüsselte Verbindung an, und der Client hat STARTTLS nicht gestartet.",
  "explain.Must issue a STARTTLS command first.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.Must issue a STARTTLS command first.fix.2":
    "Steht die Verschlüsselung auf „Automatisch“, ausdrücklich STARTTLS wählen.",
  "explain.Must issue a STARTTLS command first.fix.3":
    "Apps: auf Port 587 STARTTLS verlangen (z. B. nodemailer `secure: false, requireTLS: true`); auf Port 465 implizites TLS verwenden (`secure: true`).",
  // 5.7.9
  "explain.5.7.9.title": "App-spezifisches Passwort erforderlich (Gmail)",
  "explain.5.7.9.cause":
    "Das Google-Konto hat die Bestätigung in zwei Schritten, deshalb wird sein normales Passwort für SMTP abgelehnt. Andere Server melden mit 534 5.7.9 eine zu schwache Anmeldemethode.",
  "explain.5.7.9.fix.1":
    "Das Konto in einem aktuellen Mailprogramm mit „Über Google anmelden“ (OAuth2) hinzufügen.",
  "explain.5.7.9.fix.2":
    "Sonst ein App-Passwort erstellen (Google-Konto > Sicherheit > Bestätigung in zwei Schritten > App-Passwörter) und statt des normalen Passworts verwenden.",
  "explain.5.7.9.fix.3":
    "Mit dem Erweiterten Sicherheitsprogramm oder nur Sicherheitsschlüsseln gibt es keine App-Passwörter: dort OAuth2 verwenden.",
  // 5.7.8
  "explain.5.7.8.title": "Benutzername und Passwort nicht akzeptiert",
  "explain.5.7.8.cause":
    "Der Server hat die Anmeldedaten abgelehnt. Bei Gmail und Google Workspace funktioniert ein normales Passwort für SMTP nicht mehr (Gmail seit {gmailPasswordOnlyEnded}, Workspace seit {workspacePasswordOnlyEnded}); App-Passwörter verfallen, wenn das Kontopasswort geändert wird.",
  "explain.5.7.8.fix.1":
    "Die vollständige E-Mail-Adresse als Benutzernamen verwenden und das Passwort prüfen.",
  "explain.5.7.8.fix.2":
    "Gmail / Workspace: mit Google anmelden (OAuth2) oder ein App-Passwort erstellen (braucht die Bestätigung in zwei Schritten).",
  "explain.5.7.8.fix.3": "Nach einer Änderung des Google-Passworts ein neues App-Passwort erstellen.",
  // 4.7.0
  "explain.4.7.0.title": "Vorübergehend aus Sicherheitsgründen abgelehnt",
  "explain.4.7.0.cause":
    "Eine vorübergehende Ablehnung: Gmail sagt „Try again later“, wenn ein Client zu oft verbindet oder zu viel sendet oder eine Anmeldung ungewöhnlich wirkt; andere Server melden mit 4.7.0 ein vorübergehendes Anmelde- oder STARTTLS-Problem.",
  "explain.4.7.0.fix.1": "Warten und erneut senden; Outlook versucht Nachrichten im Postausgang erneut.",
  "explain.4.7.0.fix.2":
    "Weniger Nachrichten oder Verbindungen auf einmal senden und die Sendegrenzen des Anbieters einhalten.",
  "explain.4.7.0.fix.3":
    "Gmail: sich einmal im Web anmelden, um eine Sicherheitsprüfung abzuschließen, dann erneut versuchen.",
  // 5.7.515
  "explain.5.7.515.title": "Der Absenderdomäne fehlt die verlangte Authentifizierung (Outlook.com)",
  "explain.5.7.515.cause":
    "Outlook.com, Hotmail und Live lehnen seit {outlookComHighVolumeAuth} E-Mails von Massenversendern ab, deren Absenderdomäne SPF, DKIM und DMARC nicht besteht.",
  "explain.5.7.515.fix.1":
    "Einen einzigen SPF-Eintrag veröffentlichen, der jeden Dienst aufführt, der im Namen der Domäne sendet.",
  "explain.5.7.515.fix.2": "DKIM-Signierung für die Domäne bei jedem dieser Dienste einschalten.",
  "explain.5.7.515.fix.3":
    "DMARC veröffentlichen (mindestens `v=DMARC1; p=none`), mit SPF oder DKIM passend zur Absenderdomäne.",
  "explain.5.7.515.fix.4": "Die Domäne mit `outbox-doctor domain <domain>` prüfen.",
  // 5.7.26
  "explain.5.7.26.title": "Nicht authentifizierte E-Mail abgelehnt (Gmail)",
  "explain.5.7.26.cause":
    "Empfänger bei Gmail und Google Workspace lehnen eine Nachricht ab, die weder SPF noch DKIM passend zur Absenderdomäne besteht (seit Februar 2024 durchgesetzt) oder an der DMARC-Richtlinie der Domäne scheitert. Ursache ist meist der sendende Server, nicht Outlooks Einstellungen.",
  "explain.5.7.26.fix.1":
    "Über den Server senden, den der SPF-Eintrag Ihrer Domäne nennt (den SMTP-Server des Anbieters), nicht über ein anderes Relay.",
  "explain.5.7.26.fix.2":
    "Jeden Dienst, der im Namen der Domäne sendet, in ihren SPF-Eintrag aufnehmen und bei jedem die DKIM-Signierung einschalten.",
  "explain.5.7.26.fix.3":
    "DMARC veröffentlichen, sobald SPF oder DKIM passt, und die Domäne mit `outbox-doctor domain <domain>` prüfen.",
  // 5.1.1
  "explain.5.1.1.title": "Die Empfängeradresse existiert nicht",
  "explain.5.1.1.cause":
    "Der empfangende Server hat kein Postfach mit dieser Adresse: ein Tippfehler, ein ausgeschiedener Mitarbeiter oder ein veralteter Eintrag der Autovervollständigung.",
  "explain.5.1.1.fix.1": "Die Schreibweise der Adresse prüfen.",
  "explain.5.1.1.fix.2":
    "Den veralteten Vorschlag aus Outlooks Autovervollständigung löschen und die Adresse neu eingeben.",
  "explain.5.1.1.fix.3": "Den Empfänger nach einer aktuellen Adresse fragen.",
  // 5.2.2
  "explain.5.2.2.title": "Das Postfach des Empfängers ist voll",
  "explain.5.2.2.cause": "Das Postfach des Empfängers hat sein Kontingent überschritten.",
  "explain.5.2.2.fix.1": "Später erneut senden.",
  "explain.5.2.2.fix.2": "Den Empfänger auf anderem Weg erreichen, damit er Platz schafft.",
  // 5.1.10
  "explain.5.1.10.title": "Empfänger nicht gefunden (Microsoft 365)",
  "explain.5.1.10.cause":
    "Microsoft 365 hat in der Organisation des Empfängers kein Postfach, keinen Kontakt und keine Gruppe mit dieser Adresse gefunden: ein Tippfehler, ein gelöschtes Postfach oder ein veralteter Eintrag in Outlooks Adressvorschlägen.",
  "explain.5.1.10.fix.1": "Die Adresse auf Tippfehler prüfen und den Empfänger nach einer aktuellen fragen.",
  "explain.5.1.10.fix.2":
    "Den veralteten Vorschlag aus Outlooks Autovervollständigung entfernen und die Adresse neu eingeben.",
  "explain.5.1.10.fix.3":
    "Microsoft 365-Administrator des Empfängers: Soll die Adresse existieren, sie als Proxyadresse des Postfachs oder der Gruppe hinzufügen.",
  // 5.4.1
  "explain.5.4.1.title": "Empfängeradresse von der empfangenden Organisation abgelehnt",
  "explain.5.4.1.cause":
    "Die empfangende Microsoft 365-Organisation prüft Empfänger schon am Eingang gegen ihr Verzeichnis und kennt diese Adresse nicht (verzeichnisbasierte Edgeblockierung), oder sie nimmt für diese Domäne keine E-Mails an.",
  "explain.5.4.1.fix.1": "Die Adresse auf Tippfehler prüfen und den Empfänger nach einer aktuellen fragen.",
  "explain.5.4.1.fix.2":
    "Administrator des Empfängers: die Adresse anlegen, oder die akzeptierte Domäne auf internes Relay stellen, wenn Postfächer anderswo liegen.",
  // mailbox-disabled
  "explain.mailbox-disabled.title": "Das Postfach des Empfängers ist deaktiviert",
  "explain.mailbox-disabled.cause":
    "Die Adresse existiert, aber ihr Postfach ist abgeschaltet: Das Konto wurde deaktiviert, gesperrt, ist abgelaufen oder geschlossen, oft nachdem jemand eine Organisation verlassen oder ein kostenloses Konto nicht mehr genutzt hat.",
  "explain.mailbox-disabled.fix.1":
    "Den Empfänger auf anderem Weg erreichen (Telefon, andere Adresse) und ihm sagen, was in der Unzustellbarkeitsnachricht steht.",
  "explain.mailbox-disabled.fix.2": "Den Empfänger nach einer Adresse fragen, die er noch nutzt.",
  "explain.mailbox-disabled.fix.3":
    "Die Adresse auf Tippfehler prüfen und den Empfänger nach einer aktuellen fragen.",
  // 5.1.6
  "explain.5.1.6.title": "Das Postfach des Empfängers ist umgezogen",
  "explain.5.1.6.cause":
    "Der Server des Empfängers meldet, dass das Postfach an eine andere Adresse umgezogen ist, und leitet nicht dorthin weiter. Die Nachricht nennt oft die neue Adresse.",
  "explain.5.1.6.fix.1": "An die neue Adresse senden, wenn die Nachricht eine nennt.",
  "explain.5.1.6.fix.2":
    "Den Empfänger auf anderem Weg erreichen (Telefon, andere Adresse) und ihm sagen, was in der Unzustellbarkeitsnachricht steht.",
  // 5.1.2
  "explain.5.1.2.title": "Die Domäne des Empfängers existiert nicht",
  "explain.5.1.2.cause":
    "Der Teil nach dem @ ist keine Domäne, die es im DNS gibt: meist ein Tippfehler (gmal.com, outlok.com) oder eine abgelaufene Domäne.",
  "explain.5.1.2.fix.1": "Den Teil nach dem @ auf Tippfehler prüfen.",
  "explain.5.1.2.fix.2":
    "Den Empfänger nach einer aktuellen Adresse fragen; seine Domäne ist vielleicht abgelaufen.",
  // null-mx
  "explain.null-mx.title": "Die Domäne des Empfängers empfängt keine E-Mails",
  "explain.null-mx.cause":
    "Die Domäne des Empfängers existiert, sagt aber, dass sie keine E-Mails annimmt: ein Null-MX-Eintrag (RFC 7505), kein MX und keine Adresse, oder ein Server, der keine Mails aus dem Netz annimmt. Die Adresse ist falsch, oder die Domäne dient nur einer Website.",
  "explain.null-mx.fix.1":
    "Den Teil nach dem @ prüfen: Die Person nutzt für E-Mail vielleicht eine andere Domäne.",
  "explain.null-mx.fix.2": "Den Empfänger nach einer Adresse fragen, die E-Mails empfängt.",
  // 4.4.7
  "explain.4.4.7.title": "Die Zustellung wurde nach mehreren Versuchen aufgegeben",
  "explain.4.4.7.cause":
    "Der sendende Server hat es stunden- oder tagelang versucht und dann aufgegeben: Der Server des Empfängers war nicht erreichbar oder lehnte vorerst ab. Das Problem liegt beim Empfänger oder auf dem Weg dorthin, nicht in Outlook.",
  "explain.4.4.7.fix.1":
    "Später erneut senden; scheitert es wieder, dem Empfänger sagen, dass sein Mailserver keine E-Mails annimmt.",
  "explain.4.4.7.fix.2":
    "Die Domäne des Empfängers mit `outbox-doctor domain <seine Domäne>` prüfen (MX-Einträge).",
  "explain.4.4.7.fix.3":
    "Nichts in Outlooks Kontoeinstellungen verursacht das: Lassen Sie sie, wie sie sind.",
  // delivery-delayed
  "explain.delivery-delayed.title": "Die Zustellung verzögert sich; der Server versucht es weiter",
  "explain.delivery-delayed.cause":
    "Das ist eine Warnung, kein Fehlschlag: Der sendende Server konnte noch nicht zustellen und versucht es eine Weile weiter (oft ein bis fünf Tage).",
  "explain.delivery-delayed.fix.1":
    "Noch nichts zu tun: Der sendende Server versucht es weiter und meldet sich, falls er endgültig aufgibt.",
  "explain.delivery-delayed.fix.2":
    "Ist es dringend, den Empfänger auf anderem Weg erreichen; kommt die Nachricht nie an, folgt eine endgültige Fehlermeldung.",
  // recipient-unreachable
  "explain.recipient-unreachable.title": "Der Mailserver des Empfängers war nicht erreichbar",
  "explain.recipient-unreachable.cause":
    "Der sendende Server konnte keine Verbindung zum Mailserver des Empfängers aufbauen: Zeitüberschreitung, Verbindung abgelehnt oder keine Route. Das liegt am Server oder Netz des Empfängers, nicht an Outlook; der sendende Server versucht es eine Weile weiter.",
  "explain.recipient-unreachable.fix.1":
    "Warten: Der sendende Server versucht es erneut; gibt er endgültig auf, später erneut senden.",
  "explain.recipient-unreachable.fix.2":
    "Dem Empfänger (auf anderem Weg) sagen, dass sein Mailserver nicht erreichbar ist; sein Administrator sollte ihn und die MX-Einträge prüfen.",
  "explain.recipient-unreachable.fix.3":
    "Nichts in Outlooks Kontoeinstellungen verursacht das: Lassen Sie sie, wie sie sind.",
  // 5.4.6
  "explain.5.4.6.title": "Mailschleife: zu viele Stationen",
  "explain.5.4.6.cause":
    "Die Nachricht ist zwischen Mailservern im Kreis gelaufen, bis das Stationslimit erreicht war: Die Domäne des Empfängers leitet E-Mails im Kreis weiter (oft eine Weiterleitungsregel, ein falscher MX oder Connector).",
  "explain.5.4.6.fix.1":
    "Dem Administrator des Empfängers sagen: Sein Routing oder seine Weiterleitung läuft im Kreis.",
  "explain.5.4.6.fix.2":
    "Liegt die Schleife in Ihrer eigenen Organisation (ein Connector oder eine Weiterleitungsregel), behebt Ihr Administrator sie.",
  // recipient-filter
  "explain.recipient-filter.title": "Filter oder Regeln des Empfängers haben die Nachricht abgelehnt",
  "explain.recipient-filter.cause":
    "Der Empfänger (oder seine Organisation) blockiert diesen Absender oder diese Art Nachricht mit einer persönlichen Sperrliste, einer Transportregel oder einem Filter. Nur die Empfängerseite kann das aufheben.",
  "explain.recipient-filter.fix.1":
    "Den Empfänger (auf anderem Weg) bitten, Ihre Adresse zu seinen sicheren Absendern hinzuzufügen, oder seinen Administrator, sie zuzulassen.",
  "explain.recipient-filter.fix.2":
    "Vermuten Sie den Ruf Ihrer Domäne als Ursache, lassen Sie ihn von Ihrem Administrator prüfen.",
  // restricted-recipient
  "explain.restricted-recipient.title":
    "Sie dürfen an diese Gruppe oder dieses Postfach nicht senden (Microsoft 365)",
  "explain.restricted-recipient.cause":
    "Der Empfänger ist eine Gruppe, Verteilerliste, ein Postfach oder öffentlicher Ordner, der nur von bestimmten Absendern E-Mails annimmt: nur aus der eigenen Organisation (authentifizierte Absender) oder nur von einer Liste erlaubter Absender, auf der Sie nicht stehen. Codes 5.7.1 (NotAuthorized), 5.7.12 und 5.7.124 bis 5.7.136.",
  "explain.restricted-recipient.fix.1":
    "Den Besitzer der Gruppe bitten, Sie zu den erlaubten Absendern hinzuzufügen, oder von einer Adresse innerhalb dieser Organisation senden.",
  "explain.restricted-recipient.fix.2":
    "Microsoft 365-Administrator des Empfängers: im Exchange Admin Center die Gruppe > Einstellungen > Übermittlungsverwaltung öffnen und externe Absender zulassen oder diesen Absender hinzufügen (oder `Set-DistributionGroup -RequireSenderAuthenticationEnabled $false`).",
  // destination-tls
  "explain.destination-tls.title":
    "Der Server des Empfängers hat eine verlangte TLS- oder DANE-Prüfung nicht bestanden",
  "explain.destination-tls.cause":
    "E-Mails an diese Domäne müssen über geprüftes TLS laufen (ein Connector, MTA-STS oder DANE verlangt es), und der Server des Empfängers bot kein TLS an, zeigte ein abgelaufenes oder falsches Zertifikat, oder seine DANE- oder DNSSEC-Einträge sind defekt (Microsoft 365-Codes 5.7.321 bis 5.7.324).",
  "explain.destination-tls.fix.1":
    "Dem Administrator des Empfängers sagen: TLS-Zertifikat, TLSA-Einträge oder DNSSEC seines Mailservers müssen repariert werden.",
  "explain.destination-tls.fix.2":
    "Ihr Microsoft 365-Administrator: jeden ausgehenden Connector prüfen, der TLS zu dieser Domäne erzwingt.",
  // relay-denied-remote
  "explain.relay-denied-remote.title":
    "Der Server des Empfängers nimmt keine E-Mails für seine eigene Domäne an",
  "explain.relay-denied-remote.cause":
    "Microsoft 365 meldet 5.4.1 Relay Access Denied, wenn die Domäne des Empfängers ihre E-Mails (MX) auf einen Server zeigt, der für diese Domäne keine E-Mails annimmt, oder wenn ein Connector oder eine akzeptierte Domäne beim Empfänger falsch eingerichtet ist.",
  "explain.relay-denied-remote.fix.1":
    "Dem Empfänger (auf anderem Weg) sagen: Sein Administrator muss die MX-Einträge der Domäne oder die Einstellungen für akzeptierte Domäne und Connector korrigieren.",
  "explain.relay-denied-remote.fix.2":
    "Nichts in Outlooks Kontoeinstellungen verursacht das: Lassen Sie sie, wie sie sind.",
  // recipient-demands-sign-in
  "explain.recipient-demands-sign-in.title":
    "Der Server des Empfängers lehnt E-Mails anderer Organisationen ab",
  "explain.recipient-demands-sign-in.cause":
    "Ein Server auf Empfängerseite hat geantwortet, als müsste sich der Mailserver Ihrer Organisation bei ihm anmelden (530 5.7.1 „Client was not authenticated“), oder der Empfänger nimmt nur von bestimmten Absendern E-Mails an. Mailserver melden sich nicht beieinander an; also lehnen seine Connector-, Moderations- oder Einschränkungseinstellungen ab.",
  "explain.recipient-demands-sign-in.fix.1":
    "Dem Empfänger (auf anderem Weg) sagen: Sein Administrator muss seinen Mailserver E-Mails aus dem Internet annehmen lassen oder Sie zu den erlaubten Absendern hinzufügen.",
  "explain.recipient-demands-sign-in.fix.2":
    "Nichts in Outlooks Kontoeinstellungen verursacht das: Lassen Sie sie, wie sie sind.",
  // recipient-server-error
  "explain.recipient-server-error.title": "Der Mailserver des Empfängers hat ein Problem",
  "explain.recipient-server-error.cause":
    "Der Server des Empfängers ist auf seiner eigenen Seite gescheitert: ein Konfigurationsfehler, eine volle Festplatte, ein interner Fehler oder ein defekter Postfachspeicher. Nichts, was Sie anders senden, behebt das.",
  "explain.recipient-server-error.fix.1":
    "Später erneut senden; scheitert es weiter, dem Empfänger (auf anderem Weg) Bescheid geben, damit sein Administrator den Server repariert.",
  "explain.recipient-server-error.fix.2":
    "Nichts in Outlooks Kontoeinstellungen verursacht das: Lassen Sie sie, wie sie sind.",
  // blocklisted
  "explain.blocklisted.title":
    "Die IP-Adresse oder Domäne Ihres sendenden Servers steht auf einer Sperrliste",
  "explain.blocklisted.cause":
    "Der Server des Empfängers hat die IP-Adresse des Servers, der Ihre Nachricht gesendet hat (oder Ihre Domäne), in einer Sperrliste wie Spamhaus, Barracuda, SpamCop oder SORBS nachgeschlagen und gefunden. Das betrifft den sendenden Server, nicht Sie persönlich oder Outlook; geteilte IP-Adressen landen auch wegen Spam anderer auf Listen.",
  "explain.blocklisted.fix.1":
    "Administrator: die sendende IP-Adresse (in eckigen Klammern in der Nachricht) bei der genannten Sperrliste nachschlagen (Spamhaus: check.spamhaus.org; Barracuda: barracudacentral.org/lookups; SpamCop: spamcop.net/bl.shtml) und deren Schritte zur Entfernung befolgen.",
  "explain.blocklisted.fix.2":
    "Sperrlisten von Microsoft 365 und Outlook.com (5.7.606 bis 5.7.649, „banned sending IP“, S3150, AS-Codes): die Entfernung unter sender.office.com beantragen.",
  "explain.blocklisted.fix.3":
    "Zuerst die Ursache finden und abstellen (ein kompromittiertes Konto, ein mit Schadsoftware befallener Computer, ein Webformular, das Spam versendet), sonst kommt der Eintrag wieder.",
  "explain.blocklisted.fix.4":
    "Geteilte IP-Adresse eines Mailanbieters: den Anbieter bitten, den Eintrag zu beheben oder Ihre Domäne auf eine saubere Adresse zu legen.",
  // sender-reputation
  "explain.sender-reputation.title":
    "Der Anbieter des Empfängers misstraut E-Mails von Ihrem sendenden Server oder Ihrer Domäne",
  "explain.sender-reputation.cause":
    "Der Anbieter des Empfängers (Gmail, Yahoo, Outlook.com und andere) stellt E-Mails zurück oder lehnt sie ab, weil sendende IP-Adresse oder Domäne einen schlechten Ruf haben: Beschwerden, ein plötzliches Volumen oder Spam anderer Nutzer desselben Servers. Yahoos TS- und TSS-Codes und Gmails „unusual rate of unsolicited mail“ sagen das.",
  "explain.sender-reputation.fix.1":
    "Administrator: den Ruf von Domäne und IP prüfen (Google Postmaster Tools, Microsoft SNDS, Yahoo Sender Hub) und unerwünschte Massen- oder kompromittierte Versendung stoppen.",
  "explain.sender-reputation.fix.2":
    "Sicherstellen, dass SPF, DKIM und DMARC für die Domäne bestehen; die Mail-Einträge Ihrer Domäne mit `outbox-doctor domain <Ihre Domäne>` prüfen (SPF, DMARC, MX).",
  "explain.sender-reputation.fix.3":
    "Weniger auf einmal senden; die Zurückstellungen lassen nach, wenn sich der Ruf erholt.",
  // no-reverse-dns
  "explain.no-reverse-dns.title": "Die IP-Adresse des sendenden Servers hat kein passendes Reverse-DNS (PTR)",
  "explain.no-reverse-dns.cause":
    "Der Server des Empfängers hat den Hostnamen der IP-Adresse nachgeschlagen, die Ihre Nachricht gesendet hat (ihren PTR-Eintrag), und keinen gefunden, oder einen, der nicht auf dieselbe Adresse zurückzeigt; oder der Name, mit dem sich der Server vorgestellt hat (HELO), ist kein echter Hostname. Server an Privat- oder Büroanschlüssen haben meist keinen passenden PTR-Eintrag.",
  "explain.no-reverse-dns.fix.1":
    "Administrator: beim Inhaber der IP-Adresse (Hoster oder Internetanbieter) einen PTR-Eintrag mit dem Servernamen und einem passenden A-Eintrag setzen lassen.",
  "explain.no-reverse-dns.fix.2":
    "Oder angemeldet über den Postausgangsserver Ihres Mailanbieters weiterleiten, statt direkt vom eigenen Server zu senden.",
  // 5.7.23
  "explain.5.7.23.title": "SPF-Prüfung fehlgeschlagen",
  "explain.5.7.23.cause":
    "Der Server des Empfängers hat den SPF-Eintrag Ihrer Domäne geprüft, und der Server, der die Nachricht gesendet hat, steht nicht darin; deshalb hat er sie als möglicherweise gefälscht abgelehnt. Microsoft 365 meldet 5.7.23, Gmail 5.7.27.",
  "explain.5.7.23.fix.1":
    "Administrator: jeden Dienst, der im Namen Ihrer Domäne sendet (Ihr Mailanbieter, Newsletter- und Webformular-Dienste), in den einen SPF-Eintrag der Domäne aufnehmen.",
  "explain.5.7.23.fix.2":
    "Über den eigenen Einlieferungsserver Ihres Anbieters senden, den der SPF-Eintrag nennt, statt über ein anderes Relay.",
  "explain.5.7.23.fix.3":
    "Die Mail-Einträge Ihrer Domäne mit `outbox-doctor domain <Ihre Domäne>` prüfen (SPF, DMARC, MX).",
  // 5.7.509
  "explain.5.7.509.title": "DMARC-Prüfung fehlgeschlagen",
  "explain.5.7.509.cause":
    "Ihre Domäne veröffentlicht eine DMARC-Richtlinie „reject“ (oder „quarantine“), und diese Nachricht bestand weder SPF noch DKIM passend zur Absenderdomäne; deshalb hat der Server des Empfängers sie abgelehnt. Microsoft 365 meldet 5.7.509, Gmail 5.7.26, Yahoo 5.7.9.",
  "explain.5.7.509.fix.1":
    "Administrator: bei jedem Dienst, der im Namen der Domäne sendet, die DKIM-Signierung einschalten und diese Dienste im SPF-Eintrag aufführen.",
  "explain.5.7.509.fix.2":
    "Prüfen, dass die Absenderdomäne zur Domäne passt, die SPF oder DKIM bestätigt (Alignment).",
  "explain.5.7.509.fix.3":
    "Die Mail-Einträge Ihrer Domäne mit `outbox-doctor domain <Ihre Domäne>` prüfen (SPF, DMARC, MX).",
  // dkim
  "explain.dkim.title": "DKIM-Signatur fehlt oder ist ungültig",
  "explain.dkim.cause":
    "Der Server des Empfängers wollte eine gültige DKIM-Signatur Ihrer Domäne und fand keine, oder eine, die sich nicht prüfen ließ (die Nachricht wurde unterwegs verändert, oder der Schlüssel im DNS passt nicht).",
  "explain.dkim.fix.1":
    "Administrator: bei Ihrem Mailanbieter die DKIM-Signierung einschalten und den Selector-Eintrag veröffentlichen, den er Ihnen gibt.",
  "explain.dkim.fix.2": "Gateways oder Signaturen vermeiden, die Nachrichten nach dem Signieren umschreiben.",
  "explain.dkim.fix.3":
    "Die Mail-Einträge Ihrer Domäne mit `outbox-doctor domain <Ihre Domäne>` prüfen (SPF, DMARC, MX).",
  // spam-content
  "explain.spam-content.title": "Die Nachricht wurde als Spam abgelehnt",
  "explain.spam-content.cause":
    "Der Filter des Empfängers hat die Nachricht selbst als Spam oder unerwünschte Massenmail bewertet: ihren Text, ihre Links, Anhänge oder die Art, wie sie gesendet wurde.",
  "explain.spam-content.fix.1":
    "Eine kurze, schlichte Nachricht ohne Links und Anhänge senden, um zu prüfen, ob E-Mails ankommen, dann den Inhalt schrittweise wieder hinzufügen.",
  "explain.spam-content.fix.2":
    "Gekürzte oder Tracking-Links und große Bilder entfernen; Dateien als Links von einem bekannten Dienst senden.",
  "explain.spam-content.fix.3":
    "Werden auch gewöhnliche E-Mails abgelehnt, den Administrator bitten, Ruf und Authentifizierung der Domäne zu prüfen.",
  // content-rejected
  "explain.content-rejected.title": "Die Nachricht wurde wegen Inhalt oder Form abgelehnt",
  "explain.content-rejected.cause":
    "Der Server des Empfängers hat etwas in der Nachricht abgelehnt: einen gesperrten Anhangstyp, einen verdächtigen Link, einen Header, der gegen den Mail-Standard (RFC 5322) verstößt, oder seine Richtlinie. Yahoos 554 5.7.9 „Message not accepted for policy reasons“ gehört hierher.",
  "explain.content-rejected.fix.1":
    "Ohne Anhänge senden, oder die Dateien zippen oder verlinken; ausführbare Dateien und Dateien mit Makros werden weithin gesperrt.",
  "explain.content-rejected.fix.2":
    "Prüfen, dass die Absenderadresse eine einzige gültige Adresse Ihres Kontos ist.",
  "explain.content-rejected.fix.3":
    "Scheitert auch eine kurze, schlichte Nachricht, die Unzustellbarkeitsnachricht an Ihren Administrator weiterleiten.",
  // virus
  "explain.virus.title": "In der Nachricht wurde ein Virus oder Schadsoftware gefunden",
  "explain.virus.cause":
    "Ein Scanner unterwegs hat Schadsoftware in einem Anhang oder Link der Nachricht gefunden (oder vermutet). Bei Dokumenten mit Makros oder Archiven kann es ein Fehlalarm sein.",
  "explain.virus.fix.1": "Den Computer mit einem aktuellen Virenscanner prüfen.",
  "explain.virus.fix.2":
    "Die Datei anders senden (als freigegebener Link) oder ohne Makros; den Empfänger fragen, was sein Filter sperrt.",
  // message-too-large
  "explain.message-too-large.title": "Die Nachricht ist zu groß",
  "explain.message-too-large.cause":
    "Die Nachricht mit ihren Anhängen ist größer, als ein Server unterwegs annimmt (oft 10 bis 35 MB, und Anhänge wachsen beim Senden um etwa ein Drittel). Das ist kein volles Postfach.",
  "explain.message-too-large.fix.1":
    "Große Dateien als Link senden (OneDrive, SharePoint, Google Drive) statt als Anhang.",
  "explain.message-too-large.fix.2":
    "Oder sie auf mehrere Nachrichten verteilen, jede deutlich unter der Grenze.",
  // sending-limit
  "explain.sending-limit.title": "Sie haben Ihre eigene Sendegrenze erreicht",
  "explain.sending-limit.cause":
    "Ihr Mailanbieter hat Ihr Senden gestoppt, weil das Konto in einem Zeitraum zu viele Nachrichten oder an zu viele Empfänger gesendet hat: die Einlieferungs- und Empfängerlimits von Microsoft 365 (10.000 Empfänger am Tag, 30 Nachrichten pro Minute), Gmails tägliche Sendegrenzen. Es ist eine Grenze Ihres Kontos, nicht des Empfängers.",
  "explain.sending-limit.fix.1":
    "Warten: Die Grenze wird zurückgesetzt, meist innerhalb von 24 Stunden; dann erneut senden.",
  "explain.sending-limit.fix.2":
    "An weniger Empfänger auf einmal senden; für Massenmails einen Newsletter-Dienst verwenden.",
  "explain.sending-limit.fix.3":
    "Microsoft 365-Administrator: das Empfängerlimit des Postfachs prüfen und ob das Konto Spam gesendet hat (kompromittierte Konten erreichen Grenzen zuerst).",
  // 5.1.8
  "explain.5.1.8.title": "Ihr Konto ist für das Senden gesperrt (Microsoft 365)",
  "explain.5.1.8.cause":
    "Microsoft 365 hat das Senden für dieses Konto gestoppt, weil es nach Spam aussehende E-Mails gesendet hat; meist heißt das, das Konto wurde kompromittiert. Andere Microsoft-Codes dafür: 5.7.501 bis 5.7.503 („spam abuse detected“), 5.7.705 und 5.7.708 (der ganze Mandant).",
  "explain.5.1.8.fix.1":
    "Sofort das Kennwort des Kontos ändern und seine Posteingangsregeln und Weiterleitungen auf alles prüfen, was Sie nicht selbst eingerichtet haben.",
  "explain.5.1.8.fix.2":
    "Microsoft 365-Administrator: im Microsoft Defender-Portal > E-Mail & Zusammenarbeit > Überprüfen > Eingeschränkte Entitäten nachsehen, das Konto absichern (Kennwort zurücksetzen, Posteingangsregeln und Weiterleitung prüfen) und es dann freigeben.",
  // sender-rejected
  "explain.sender-rejected.title": "Ihre Absenderadresse wurde abgelehnt",
  "explain.sender-rejected.cause":
    "Der Server des Empfängers hat den Umschlagabsender (Ihre Absenderadresse) abgelehnt: Seine Domäne existiert im DNS nicht oder hat keine Mail-Einträge, der Server konnte ihn nicht überprüfen, oder er nimmt von dieser Adresse keine E-Mails an.",
  "explain.sender-rejected.fix.1":
    "Die Absenderadresse in Outlooks Kontoeinstellungen prüfen: Ein Tippfehler dort lässt alles zurückkommen.",
  "explain.sender-rejected.fix.2":
    "Administrator: sicherstellen, dass die sendende Domäne MX- (oder A-)Einträge hat und Rückläufer an sie angenommen werden.",
  "explain.sender-rejected.fix.3":
    "Die Mail-Einträge Ihrer Domäne mit `outbox-doctor domain <Ihre Domäne>` prüfen (SPF, DMARC, MX).",
  // sender-not-verified
  "explain.sender-not-verified.title": "Der sendende Dienst erlaubt diese Absenderadresse nicht",
  "explain.sender-not-verified.cause":
    "Der Dienst, über den Sie senden (eine Versand-API oder ein Relay wie Amazon SES, SendGrid oder Mailgun, oder ein Workspace), sendet nur von Adressen oder Domänen, die in Ihrem Konto dort bestätigt sind, und diese Absenderadresse oder Domäne gehört nicht dazu.",
  "explain.sender-not-verified.fix.1":
    "Von einer Adresse oder Domäne senden, die in diesem Dienst bestätigt ist, oder diese in seinen Einstellungen bestätigen.",
  "explain.sender-not-verified.fix.2":
    "Prüfen, dass der API-Schlüssel oder das Konto für diese Domäne senden darf.",
  "explain.sender-not-verified.fix.3":
    "Amazon-SES-Konten, die noch in der Sandbox sind, dürfen auch nur an bestätigte Empfänger senden: den Empfänger bestätigen oder Produktionszugang beantragen.",
  // 5.6.11
  "explain.5.6.11.title": "Nackte Zeilenvorschübe (LF) in der Nachricht",
  "explain.5.6.11.cause":
    "Die Nachricht hatte Zeilenumbrüche aus einem bloßen LF statt CR LF, was SMTP verbietet (RFC 5321 §2.3.8); Exchange Online und andere Server lehnen solche Nachrichten ab. Ein Skript, Gerät oder eine Mail-Bibliothek hat sie erzeugt, nicht Outlook.",
  "explain.5.6.11.fix.1":
    "Die sendende App oder das Gerät so korrigieren, dass Zeilen mit CR LF enden (seine Mail-Bibliothek aktualisieren).",
  "explain.5.6.11.fix.2":
    "Exchange Online-Administratoren können beim Hersteller der sendenden App ein Update anfragen; in Outlook gibt es dafür keine Einstellung.",
  // smtputf8
  "explain.smtputf8.title": "Adresse mit Nicht-ASCII-Zeichen oder 8-Bit-Inhalt nicht angenommen",
  "explain.smtputf8.cause":
    "Die Nachricht verwendet eine Adresse mit Nicht-ASCII-Zeichen (ü, é, chinesische Schrift) oder rohen 8-Bit-Inhalt, und ein Server unterwegs unterstützt weder SMTPUTF8 (RFC 6531) noch 8BITMIME.",
  "explain.smtputf8.fix.1": "Für diesen Empfänger eine reine ASCII-Adresse verwenden, wenn er eine hat.",
  "explain.smtputf8.fix.2":
    "Apps: 8-Bit-Inhalt kodieren (quoted-printable oder base64), wenn der Server kein 8BITMIME anbietet.",
  // too-many-recipients
  "explain.too-many-recipients.title": "Zu viele Empfänger in einer Nachricht",
  "explain.too-many-recipients.cause":
    "Die Nachricht hat mehr Empfänger, als der Server in einer Nachricht annimmt (oft 100 bis 500).",
  "explain.too-many-recipients.fix.1":
    "Die Empfänger auf mehrere Nachrichten verteilen oder eine Verteilergruppe oder Mailingliste verwenden.",
  // address-syntax
  "explain.address-syntax.title": "Eine Adresse ist fehlerhaft",
  "explain.address-syntax.cause":
    "Eine Empfänger- oder Absenderadresse ist keine gültige Adresse: ein Leerzeichen, ein fehlendes oder doppeltes @, ein Punkt am Ende, oder ein Name im Adressfeld.",
  "explain.address-syntax.fix.1":
    "Die Adresse neu eingeben; Leerzeichen, Anführungszeichen und alles nach der Adresse entfernen.",
  // rate-limited
  "explain.rate-limited.title": "Der Server des Empfängers bremst Ihren sendenden Server",
  "explain.rate-limited.cause":
    "Der Server des Empfängers nimmt von einem Absender nur eine bestimmte Zahl Verbindungen oder Nachrichten auf einmal an (oder der Empfänger bekommt zu schnell E-Mails) und hat den sendenden Server gebeten, später wiederzukommen. Er versucht es selbst erneut.",
  "explain.rate-limited.fix.1":
    "Noch nichts zu tun: Der sendende Server versucht es weiter und meldet sich, falls er endgültig aufgibt.",
  "explain.rate-limited.fix.2":
    "Wiederholt sich das tagelang, sollte der Administrator der sendenden Seite Massenversand zeitlich verteilen.",
  // greylisted
  "explain.greylisted.title": "Greylisting: Der Server des Empfängers bittet um einen neuen Versuch",
  "explain.greylisted.cause":
    "Der Server des Empfängers lehnt den ersten Versuch eines unbekannten Absenders absichtlich ab (Greylisting); echte Mailserver versuchen es nach einigen Minuten erneut und kommen dann durch.",
  "explain.greylisted.fix.1":
    "Noch nichts zu tun: Der sendende Server versucht es weiter und meldet sich, falls er endgültig aufgibt.",
  // temporary-failure
  "explain.temporary-failure.title": "Ein vorübergehender Fehler unterwegs",
  "explain.temporary-failure.cause":
    "Ein Server unterwegs konnte die Nachricht gerade nicht annehmen (ausgelastet, im Neustart oder kurz nicht verfügbar) und hat das mit einem vorübergehenden Code gemeldet; der sendende Server versucht es erneut.",
  "explain.temporary-failure.fix.1":
    "Noch nichts zu tun: Der sendende Server versucht es weiter und meldet sich, falls er endgültig aufgibt.",
  "explain.temporary-failure.fix.2":
    "Kommt dieselbe Nachricht nach einem Tag wieder, ist der Fehler dauerhaft geworden: sie dann erneut lesen.",
  // certificate
  "explain.certificate.title": "Zertifikatsproblem",
  "explain.certificate.cause":
    "Das Zertifikat des Servers wurde nicht akzeptiert: Es ist abgelaufen, nennt einen anderen Host (z. B. mail.ihredomain.de auf einem geteilten Host), ist selbstsigniert, oder die Uhr Ihres Computers geht falsch.",
  "explain.certificate.fix.1":
    "Mit dem Hostnamen verbinden, für den das Zertifikat ausgestellt ist, meist dem des Anbieters (z. B. smtp.office365.com).",
  "explain.certificate.fix.2": "Datum, Uhrzeit und Zeitzone des Computers prüfen.",
  "explain.certificate.fix.3":
    "`outbox-doctor verify <host> --port 587` ausführen, um zu sehen, was der Server aus Ihrem Netz anbietet.",
  "explain.certificate.fix.4":
    "Ein nicht vertrauenswürdiges Zertifikat nie dauerhaft akzeptieren: Dann kann jemand dazwischen Ihr Kennwort lesen.",
  // wrong version number
  "explain.wrong version number.title": "TLS-Modus passt nicht zum Port",
  "explain.wrong version number.cause":
    "Der Client hat TLS sofort auf einem Port gestartet, der STARTTLS erwartet (587, 25), oder umgekehrt.",
  "explain.wrong version number.fix.1": "Port 465: implizites TLS (SSL/TLS; nodemailer `secure: true`).",
  "explain.wrong version number.fix.2":
    "Port 587: STARTTLS (nodemailer `secure: false`, `requireTLS: true`).",
  // timed out
  "explain.timed out.title": "Zeitüberschreitung der Verbindung",
  "explain.timed out.cause":
    "Nichts hat geantwortet: Eine Firewall oder der Internetanbieter verwirft den Port (oft 25), der Hostname zeigt auf den falschen Server, oder der Server ist ausgefallen.",
  "explain.timed out.fix.1": "Port 587 (oder 465) statt 25 verwenden.",
  "explain.timed out.fix.2": "Firewall- und Virenscanner-Regeln für ausgehende E-Mails prüfen.",
  "explain.timed out.fix.3":
    "`outbox-doctor verify <host> --port 587` ausführen, um zu sehen, was der Server aus Ihrem Netz anbietet.",
  // Connection refused
  "explain.Connection refused.title": "Verbindung abgelehnt",
  "explain.Connection refused.cause":
    "Der Host hat geantwortet, aber auf diesem Port lauscht nichts: falscher Port oder Hostname, oder der Dienst ist ausgefallen.",
  "explain.Connection refused.fix.1": "Den Hostnamen prüfen und Port 587 oder 465 verwenden.",
  "explain.Connection refused.fix.2":
    "`outbox-doctor verify <host> --port 587` ausführen, um zu sehen, was der Server aus Ihrem Netz anbietet.",
  // ENOTFOUND
  "explain.ENOTFOUND.title": "Der Servername lässt sich nicht auflösen",
  "explain.ENOTFOUND.cause":
    "Das DNS kennt keine Adresse für den Servernamen: ein Tippfehler, ein veralteter Name oder kein funktionierendes DNS.",
  "explain.ENOTFOUND.fix.1":
    "Den Servernamen prüfen; `outbox-doctor settings <Ihre Adresse>` nennt den aktuellen.",
  "explain.ENOTFOUND.fix.2": "DNS und Internetverbindung prüfen.",
  // 421
  "explain.421.title": "Dienst nicht verfügbar (vorübergehend)",
  "explain.421.cause":
    "Der Server beendet die Sitzung vorerst: überlastet, begrenzt Verbindungen oder Rate, oder fährt herunter.",
  "explain.421.fix.1": "Warten und erneut senden.",
  "explain.421.fix.2": "Weniger Nachrichten auf einmal senden.",
  // 450
  "explain.450.title": "Postfach nicht verfügbar (vorübergehend)",
  "explain.450.cause":
    "Das Postfach ist belegt oder vorübergehend gesperrt, oder der Server nutzt Greylisting für neue Absender.",
  "explain.450.fix.1": "Später erneut senden; Server versuchen es selbst erneut.",
  // 451
  "explain.451.title": "Lokaler Verarbeitungsfehler (vorübergehend)",
  "explain.451.cause":
    "Der Server hatte ein vorübergehendes Problem (eine Abfrage scheiterte, Greylisting, Überlast).",
  "explain.451.fix.1": "Später erneut senden.",
  "explain.451.fix.2":
    "Hält es stundenlang an, die vollständige Antwort an den Administrator des Servers senden.",
  // 452
  "explain.452.title": "Zu wenig Speicher oder zu viele Empfänger (vorübergehend)",
  "explain.452.cause":
    "Dem Server fehlt Platz, oder die Nachricht hat mehr Empfänger, als er auf einmal annimmt.",
  "explain.452.fix.1": "Die Nachricht in Gruppen mit weniger Empfängern aufteilen.",
  "explain.452.fix.2": "Später erneut senden.",
  // 454
  "explain.454.title": "TLS oder Anmeldung vorübergehend nicht verfügbar",
  "explain.454.cause":
    "STARTTLS oder die Anmeldung ist auf dem Server aus einem vorübergehenden Grund gescheitert.",
  "explain.454.fix.1": "Später erneut senden.",
  "explain.454.fix.2":
    "Hält es an, Port 465 mit SSL/TLS verwenden, wo angeboten, und den Anbieter informieren.",
  // 500
  "explain.500.title": "Befehl nicht erkannt",
  "explain.500.cause":
    "Der Server hat einen Befehl nicht verstanden: eine Firewall oder ein Virenscanner verändert die SMTP-Sitzung, oder eine Zeile ist zu lang.",
  "explain.500.fix.1":
    "Die Prüfung ausgehender E-Mails im Virenscanner oder in der Firewall ausschalten; sie sitzt zwischen Outlook und dem Server.",
  "explain.500.fix.2": "Firewall-Administratoren: die SMTP/ESMTP-Prüfung für diesen Verkehr ausschalten.",
  // 501
  "explain.501.title": "Syntaxfehler in Parametern",
  "explain.501.cause":
    "Eine Adresse oder ein Parameter ist fehlerhaft: Leerzeichen oder ungültige Zeichen in einer Adresse, oder ein ungültiger HELO-Name.",
  "explain.501.fix.1": "Absender- und Empfängeradressen auf Tippfehler und überzählige Zeichen prüfen.",
  "explain.501.fix.2": "Apps: reine Adressen übergeben (name@example.com).",
  // 502
  "explain.502.title": "Befehl nicht implementiert",
  "explain.502.cause":
    "Der Server unterstützt einen Befehl des Clients nicht, z. B. AUTH auf einem Port oder einer Verbindung, wo er keine Anmeldung anbietet.",
  "explain.502.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.502.fix.2":
    "`outbox-doctor verify <host> --port 587` ausführen, um zu sehen, was der Server aus Ihrem Netz anbietet.",
  // 503
  "explain.503.title": "Falsche Reihenfolge der Befehle",
  "explain.503.cause":
    "Die Befehle kamen in falscher Reihenfolge, meist Senden vor dem Anmelden: Manche Server antworten 503, wenn eine Anmeldung verlangt ist.",
  "explain.503.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.503.fix.2": "Apps: EHLO, dann STARTTLS, dann erneut EHLO, dann AUTH, dann MAIL FROM.",
  // 504
  "explain.504.title": "Befehlsparameter nicht implementiert",
  "explain.504.cause": "Meist wird die Anmeldemethode nicht unterstützt, oder nicht vor STARTTLS.",
  "explain.504.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  "explain.504.fix.2":
    "„Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich“ abwählen.",
  // 530
  "explain.530.title": "Anmeldung oder Verschlüsselung erforderlich",
  "explain.530.cause": "Der Server nimmt E-Mails nur nach der Anmeldung an, oft erst nach STARTTLS.",
  "explain.530.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.530.fix.2":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  // 534
  "explain.534.title": "Anmeldemethode zu schwach",
  "explain.534.cause":
    "Der Server lehnt diese Anmeldemethode ab; Gmail fordert damit ein App-Passwort oder OAuth2.",
  "explain.534.fix.1":
    "Mit OAuth2 (moderner Authentifizierung) statt mit gespeichertem Kennwort anmelden: das Konto in einem aktuellen Outlook entfernen und neu hinzufügen.",
  "explain.534.fix.2": "Gmail: „Über Google anmelden“ oder ein App-Passwort verwenden.",
  // 535
  "explain.535.title": "Authentifizierung fehlgeschlagen",
  "explain.535.cause":
    "Der Server hat die Anmeldung abgelehnt: falscher Benutzername oder falsches Kennwort, der Anbieter lehnt Kennwörter ab (OAuth2 oder App-Passwort nötig), oder die SMTP-Anmeldung ist für das Konto aus. 535 ist der echte Code für eine gescheiterte Anmeldung.",
  "explain.535.fix.1":
    "Die vollständige E-Mail-Adresse als Benutzernamen verwenden und das Kennwort neu eingeben.",
  "explain.535.fix.2": "Hat das Konto eine Mehrfaktor-Anmeldung, OAuth2 oder ein App-Passwort verwenden.",
  "explain.535.fix.3":
    "`outbox-doctor settings <Ihre Adresse>` ausführen, um zu sehen, welche Anmeldung der Anbieter erwartet.",
  // 538
  "explain.538.title": "Verschlüsselung für diese Anmeldemethode erforderlich",
  "explain.538.cause": "Der Client wollte ein Kennwort über eine unverschlüsselte Verbindung senden.",
  "explain.538.fix.1":
    "In Outlook die Servereinstellungen des Kontos öffnen (Datei > Kontoeinstellungen > Servereinstellungen, oder Ändern > Weitere Einstellungen > Erweitert) und Port und Verschlüsselung passend wählen: 587 mit STARTTLS (in älterem Outlook „TLS“) oder 465 mit SSL/TLS (dort „SSL“); Microsoft 365 und Outlook.com nehmen nur 587 mit STARTTLS.",
  // 550
  "explain.550.title": "Angeforderte Aktion nicht ausgeführt (abgelehnt)",
  "explain.550.cause":
    "Eine dauerhafte Ablehnung: Der Empfänger existiert nicht, das Weiterleiten wurde verweigert, weil Sie nicht angemeldet waren, die Absenderadresse ist nicht erlaubt, oder die Nachricht wurde als Spam eingestuft. Ein 550, das Authentifizierung erwähnt, heißt: nicht angemeldet oder nicht erlaubt, kein falsches Kennwort (das ist 535).",
  "explain.550.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.550.fix.2": "Die Empfängeradressen prüfen.",
  "explain.550.fix.3":
    "Die vollständige Antwort mit ihrem erweiterten Code (z. B. 5.7.1) einfügen, um den genauen Grund zu erfahren.",
  // 551
  "explain.551.title": "Benutzer nicht lokal",
  "explain.551.cause": "Der Server ist für diesen Empfänger nicht zuständig und leitet nicht an ihn weiter.",
  "explain.551.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.551.fix.2": "Die Empfängeradresse prüfen.",
  // 552
  "explain.552.title": "Nachricht zu groß oder Speicher überschritten",
  "explain.552.cause":
    "Die Nachricht überschreitet die Größengrenze, oder das Postfach des Empfängers ist voll.",
  "explain.552.fix.1": "Große Dateien als Link statt als Anhang senden.",
  "explain.552.fix.2": "Ist das Postfach des Empfängers voll, später erneut versuchen.",
  // 553
  "explain.553.title": "Postfachname nicht erlaubt",
  "explain.553.cause":
    "Eine Adresse wurde abgelehnt: Die Absenderadresse darf dieses Konto nicht verwenden, oder eine Adresse ist fehlerhaft.",
  "explain.553.fix.1": "Mit der Adresse des Kontos senden, mit dem Sie sich anmelden.",
  "explain.553.fix.2":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.553.fix.3": "Die Adressen auf Tippfehler prüfen.",
  // 554
  "explain.554.title": "Übertragung fehlgeschlagen",
  "explain.554.cause":
    "Eine dauerhafte Ablehnung der Nachricht oder der ganzen Sitzung: als Spam eingestuft, eine gesperrte sendende IP-Adresse, oder Senden über diesen Server ist nicht erlaubt.",
  "explain.554.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.554.fix.2": "Den Einlieferungsserver Ihres Anbieters auf Port 587 verwenden.",
  "explain.554.fix.3": "Die vollständige Antwort einfügen, um den genauen Grund zu erfahren.",
  // 4xx
  "explain.4xx.title": "Vorübergehender Fehler",
  "explain.4xx.cause":
    "Ein vorübergehendes Problem: Dieselbe Nachricht kann später ohne Änderung durchgehen.",
  "explain.4xx.fix.1": "Warten und erneut senden; Outlook und Mailserver versuchen es selbst erneut.",
  "explain.4xx.fix.2": "Hält es stundenlang an, den Text des Servers lesen oder seinen Administrator fragen.",
  // 5xx
  "explain.5xx.title": "Dauerhafter Fehler",
  "explain.5xx.cause":
    "Der Server nimmt diese Nachricht so nicht an; unverändert erneut senden scheitert wieder.",
  "explain.5xx.fix.1": "Im Text des Servers den Grund lesen, ihn beheben, dann erneut senden.",
  "explain.5xx.fix.2": "Die vollständige Antwort hier einfügen, mit jedem Code wie 5.7.1.",
  // 5.1.x
  "explain.5.1.x.title": "Adressproblem",
  "explain.5.1.x.cause":
    "Eine Absender- oder Empfängeradresse ist falsch, unbekannt oder wird nicht angenommen.",
  "explain.5.1.x.fix.1": "Empfänger- und Absenderadressen prüfen.",
  "explain.5.1.x.fix.2": "Mit der eigenen Adresse des Kontos senden.",
  // 5.2.x
  "explain.5.2.x.title": "Problem mit dem Postfach des Empfängers",
  "explain.5.2.x.cause":
    "Das Postfach des Empfängers ist voll, deaktiviert oder kann keine so große Nachricht aufnehmen.",
  "explain.5.2.x.fix.1": "Später versuchen oder den Empfänger auf anderem Weg erreichen.",
  "explain.5.2.x.fix.2": "Große Dateien als Link senden.",
  // 5.4.x
  "explain.5.4.x.title": "Netzwerk- oder Routingproblem",
  "explain.5.4.x.cause":
    "Die E-Mail ließ sich nicht zur Domäne des Empfängers leiten: Ihre Mailserver sind nicht erreichbar, ihr DNS ist falsch, oder E-Mails laufen im Kreis.",
  "explain.5.4.x.fix.1": "Die Domäne des Empfängers auf Tippfehler prüfen.",
  "explain.5.4.x.fix.2": "Die Domäne mit `outbox-doctor domain <domain>` prüfen.",
  // 5.5.x
  "explain.5.5.x.title": "Protokollproblem",
  "explain.5.5.x.cause":
    "Client und Server waren sich über SMTP-Befehle uneins: oft eine Firewall oder ein Virenscanner, der die Sitzung verändert, oder ein veralteter Client.",
  "explain.5.5.x.fix.1":
    "Die Prüfung ausgehender E-Mails im Virenscanner oder in der Firewall ausschalten; sie sitzt zwischen Outlook und dem Server.",
  "explain.5.5.x.fix.2": "Das Mailprogramm oder die Bibliothek aktualisieren.",
  // 5.7.x
  "explain.5.7.x.title": "Aus Sicherheits- oder Richtliniengründen abgelehnt",
  "explain.5.7.x.cause":
    "Der Server hat aus einem Sicherheits- oder Richtliniengrund abgelehnt: nicht angemeldet, Senden als diese Adresse nicht erlaubt, SPF/DKIM/DMARC nicht bestanden, als Spam gesperrt, oder Verschlüsselung verlangt.",
  "explain.5.7.x.fix.1":
    "„Der Postausgangsserver (SMTP) erfordert Authentifizierung“ ankreuzen (Weitere Einstellungen > Postausgangsserver) und „Gleiche Einstellungen wie für Posteingangsserver verwenden“ wählen.",
  "explain.5.7.x.fix.2": "Mit der Adresse des Kontos senden, mit dem Sie sich anmelden.",
  "explain.5.7.x.fix.3": "Ihre Domäne mit `outbox-doctor domain <domain>` prüfen.",
};
