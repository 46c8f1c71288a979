// German texts of the provider notes and app-password hints, keyed by text id
// (the English and the ids live with the data in src/core/providers/). Spread
// into the `de` table (src/core/i18n/de.ts), so it loads on demand with the
// other German texts. Placeholders such as {date} must match the English; a
// test (test/core/providerDatabase.test.ts) checks every id, orphans and placeholders.

import type { TextTable } from "../../language.js";

export const deProviders: TextTable = {
  // ---- Shared ----
  "provider.fullAddressLogin": "Benutzername: Ihre vollständige E-Mail-Adresse.",
  "provider.localPartLogin": "Benutzername: der Teil Ihrer Adresse vor dem @.",
  "provider.fromClientDatabases":
    "Diese Einstellungen stammen aus öffentlichen Datenbanken von E-Mail-Programmen und veröffentlichten funktionierenden Konfigurationen, nicht von einer Einstellungsseite des Anbieters selbst: Prüfen Sie den Server mit einer Verbindungsprüfung (Verify), bevor Sie sich darauf verlassen.",

  // ---- Microsoft ----
  "provider.microsoft365.basicAuth":
    "Mit OAuth2 (moderne Authentifizierung) anmelden. Ein einfaches Kennwort (Basic Auth) funktioniert nur, solange Ihre Organisation SMTP AUTH noch erlaubt: Microsoft schaltet Basic Auth für SMTP AUTH bei bestehenden Mandanten {date} standardmäßig ab (MC786329); Programme, die es dann noch verwenden, scheitern mit 550 5.7.30.",
  "provider.microsoft365.smtpAuthOff":
    "SMTP AUTH ist bei Mandanten, die nach Januar 2020 angelegt wurden, standardmäßig aus und funktioniert nicht, solange die Sicherheitsstandards (Security Defaults) an sind; ein Administrator schaltet es pro Postfach ein (Set-CASMailbox -SmtpClientAuthenticationDisabled $false).",
  "provider.microsoft365.no465":
    "Port 465 wird nicht unterstützt: Port 587 mit STARTTLS verwenden (TLS 1.2 oder neuer).",
  "provider.microsoft365.imapOauth":
    "IMAP und POP (outlook.office365.com) nehmen nur OAuth2 an: ein E-Mail-Programm wählen, das sich bei Microsoft anmeldet.",
  "provider.microsoft365.upn":
    "Benutzername: Ihr Anmeldename bei Microsoft 365 (UPN), meist Ihre E-Mail-Adresse.",
  "provider.microsoft365.devices":
    "Für Drucker, Scanner und Programme beschreibt Microsoft drei Wege: SMTP AUTH Client Submission an smtp.office365.com:587 (ein lizenziertes Postfach meldet sich an); Direct Send an den MX-Endpunkt Ihres Mandanten <tenant>.mail.protection.outlook.com auf Port 25 (ohne Anmeldung, nur an Empfänger Ihrer Organisation); SMTP-Relay über einen Connector an diesen MX-Endpunkt auf Port 25 (erlaubt über Ihre feste IP-Adresse oder ein Zertifikat).",
  "provider.outlook.oauthOnly":
    "Outlook.com nimmt seit dem {date} nur noch OAuth2 an („Mit Microsoft anmelden“): App-Kennwörter und einfache Kennwörter funktionieren für SMTP, IMAP und POP nicht mehr, also ein E-Mail-Programm verwenden, das sich bei Microsoft anmeldet.",
  "provider.outlook.oldName":
    "smtp.live.com ist ein alter Name dieses Dienstes: smtp-mail.outlook.com verwenden.",

  // ---- Google ----
  "provider.gmail.oauth":
    "Besser „Über Google anmelden“ (OAuth2) verwenden: Die Anmeldung nur mit dem Google-Kennwort funktioniert seit dem {date} nicht mehr.",
  "provider.google.appPassword":
    "Ein App-Passwort setzt die Bestätigung in zwei Schritten voraus; mit reiner Sicherheitsschlüssel-Bestätigung oder dem Erweiterten Sicherheitsprogramm gibt es keine App-Passwörter, und jede Änderung des Google-Kennworts widerruft alle App-Passwörter.",
  "provider.googleWorkspace.oauth":
    "Besser „Über Google anmelden“ (OAuth2) verwenden: Der Zugriff nur mit Kennwort endete für Workspace-Konten am {date}.",
  "provider.googleWorkspace.relay":
    "Drucker und Programme, die sich nicht anmelden können, können smtp-relay.gmail.com verwenden, sobald ein Administrator den SMTP-Relay-Dienst in der Admin-Konsole einschaltet (erlaubt über IP-Adresse oder SMTP-Authentifizierung).",

  // ---- Yahoo, AOL, Apple ----
  "provider.yahoo.appPassword":
    "E-Mail-Programme, die sich direkt bei Yahoo anmelden, nutzen OAuth2; jedes andere Programm braucht ein App-Passwort von der Seite Kontosicherheit bei Yahoo: Ihr normales Yahoo-Kennwort wird abgelehnt.",
  "provider.yahoo.cox":
    "Adressen bei cox.net sind zu Yahoo Mail umgezogen, als Cox den E-Mail-Betrieb eingestellt hat, und verwenden diese Einstellungen.",
  "provider.yahoo.appPasswordHint":
    "Das App-Passwort auf der Seite Kontosicherheit Ihres Yahoo-Kontos erstellen (App-Passwort erstellen, unter „Externe Verbindungen“), in einem Browser, mit dem Sie sich seit einigen Tagen bei Yahoo anmelden, und nicht in einem privaten Fenster. Es bleibt gültig, wenn Sie Ihr Yahoo-Kennwort ändern: zum Widerrufen dort löschen.",
  "provider.aol.appPassword":
    "E-Mail-Programme, die sich direkt bei AOL anmelden, nutzen OAuth2; jedes andere Programm braucht ein App-Passwort von der Seite Kontosicherheit bei AOL.",
  "provider.aol.verizon": "Adressen bei verizon.net liegen bei AOL Mail und verwenden diese Einstellungen.",
  "provider.aol.appPasswordHint":
    "Das App-Passwort auf der Seite Kontosicherheit Ihres AOL-Kontos erstellen (App-Passwörter erstellen und verwalten), in einem Browser, mit dem Sie sich seit einigen Tagen bei AOL Mail anmelden, und nicht in einem privaten Fenster. Es bleibt gültig, wenn Sie Ihr AOL-Kennwort ändern: zum Widerrufen dort löschen.",
  "provider.icloud.appPassword":
    "Ein app-spezifisches Passwort auf account.apple.com erstellen (Anmeldung und Sicherheit); dafür muss die Zwei-Faktor-Authentifizierung Ihres Apple Accounts an sein.",
  "provider.icloud.username": "Benutzername: Ihre vollständige iCloud-Mail-Adresse (kein Alias).",
  "provider.icloud.imapUsername":
    "Für IMAP nennt Apple den Teil Ihrer Adresse vor dem @ als Benutzernamen; wird die vollständige Adresse dort abgelehnt, diesen Teil verwenden.",
  "provider.icloud.appPasswordHint":
    "Ein app-spezifisches Passwort auf account.apple.com unter Anmeldung und Sicherheit, App-spezifische Passwörter erstellen; Ihr Apple Account braucht die Zwei-Faktor-Authentifizierung.",

  // ---- Zoho, Fastmail, Proton, Tuta, mail.com ----
  "provider.zoho.dataCentre":
    "Die Server des Rechenzentrums verwenden, in dem Ihr Konto liegt: Es ist die Domain Ihrer Zoho-Mail-Webadresse (zoho.com, zoho.eu, zoho.in, zoho.com.au, zoho.jp, zohocloud.ca).",
  "provider.zoho.proServers":
    "Private Adressen (@zoho.com, @zohomail.com …) verwenden smtp.zoho.* und imap.zoho.*; Adressen auf der eigenen Domain Ihrer Organisation verwenden smtppro.zoho.* und imappro.zoho.*.",
  "provider.zoho.appPassword":
    "Mit eingeschalteter Zwei-Faktor-Authentifizierung in Zoho Accounts (Sicherheit, App-Passwörter) ein anwendungsspezifisches Passwort erstellen und statt Ihres Kennworts verwenden.",
  "provider.zoho.fromAddress":
    "Die Absenderadresse muss die Adresse Ihres Kontos oder einer ihrer Aliase sein, sonst lehnt Zoho die Nachricht ab.",
  "provider.zoho.enableImap":
    "Vor dem Hinzufügen des Kontos den IMAP- oder POP-Zugriff in den Einstellungen von Zoho Mail (Mail-Konten) einschalten.",
  "provider.fastmail.appPassword":
    "Für SMTP, IMAP und POP ist ein App-Passwort Pflicht: eines in den Fastmail-Einstellungen (Datenschutz und Sicherheit) erstellen. Ihr Fastmail-Anmeldekennwort funktioniert in E-Mail-Programmen nicht.",
  "provider.fastmail.appPasswordHint":
    "In den Fastmail-Einstellungen unter Datenschutz und Sicherheit, App-Passwörter verwalten, ein App-Passwort mit Zugriff auf IMAP, POP und SMTP erstellen.",
  "provider.proton.bridge":
    "Proton Mail hat keinen direkten SMTP- oder IMAP-Server für E-Mail-Programme: Proton Mail Bridge installieren (nur bezahlte Tarife). Bridge läuft auf Ihrem eigenen Computer unter 127.0.0.1.",
  "provider.proton.bridgePorts":
    "SMTP- und IMAP-Port sowie das Kennwort aus dem Bridge-Fenster ablesen: Die Ports sind oft 1025 und 1143, aber nicht immer, und das Bridge-Kennwort ist nicht Ihr Proton-Kennwort.",
  "provider.proton.certificate":
    "Bridge verwendet ein eigenes selbst signiertes Zertifikat, dem Ihr E-Mail-Programm vertrauen muss.",
  "provider.proton.smtpToken":
    "Organisationen mit eigener Domain und einem geeigneten Business-Tarif können stattdessen ein SMTP-Token erstellen und von Geräten und Programmen über smtp.protonmail.ch auf Port 587 (STARTTLS) senden.",
  "provider.proton.appPasswordHint":
    "Das Kennwort verwenden, das Proton Mail Bridge in seinem Fenster für dieses Konto anzeigt, nicht Ihr Proton-Kennwort.",
  "provider.tutanota.noSmtp":
    "Tuta bietet überhaupt keinen SMTP-, IMAP- oder POP-Zugang: Mail wird nur aus den Tuta-Apps und der Web-App gesendet, daher lässt sich kein E-Mail-Programm für diese Adresse einrichten.",
  "provider.mailcom.premium":
    "Senden aus einem E-Mail-Programm braucht POP3/IMAP-Zugriff, den mail.com nur mit mail.com Premium bietet; in den mail.com-Einstellungen (POP3 & IMAP) einschalten.",

  // ---- Germany, Austria, Switzerland ----
  "provider.gmx.enableAccess":
    "GMX sperrt E-Mail-Programme, bis Sie sie einmal erlauben: im GMX-Webmailer unter Einstellungen, POP3 & IMAP den Zugriff erlauben.",
  "provider.gmxCom.servers":
    "gmx.com-Adressen verwenden mail.gmx.com und imap.gmx.com; das deutschsprachige GMX (gmx.net, gmx.de) verwendet mail.gmx.net und imap.gmx.net.",
  "provider.webde.enableAccess":
    "WEB.DE sperrt E-Mail-Programme, bis Sie sie einmal erlauben: im WEB.DE-Webmailer unter Einstellungen, POP3/IMAP den Zugriff erlauben.",
  "provider.oneAndOne.ionos":
    "Das sind Adressen aus einem 1&1-Internetzugang; E-Mail auf Ihrer eigenen Domain bei IONOS verwendet smtp.ionos.de.",
  "provider.ionos.password": "Kennwort: das für dieses Postfach im IONOS Control-Center festgelegte.",
  "provider.ionos.country":
    "Den Server des IONOS-Landes verwenden, in dem Sie Kunde sind (smtp.ionos.de, smtp.ionos.com, smtp.ionos.co.uk); ältere Einrichtungen zeigen eventuell noch smtp.1und1.de.",
  "provider.tOnline.mailPassword":
    "E-Mail-Programme brauchen das eigene „Passwort für E-Mail-Programme“, festgelegt in den Telekom-E-Mail-Einstellungen unter Passwörter; Ihr Telekom-Login-Kennwort funktioniert nicht.",
  "provider.tOnline.appPasswordHint":
    "Das „Passwort für E-Mail-Programme“ in den Telekom-E-Mail-Einstellungen unter Passwörter festlegen und statt Ihres Telekom-Login-Kennworts verwenden.",
  "provider.freenet.enableAccess":
    "freenet sperrt E-Mail-Programme, bis Sie sie einmal erlauben: in den Einstellungen von freenet Mail unter POP3/IMAP/SMTP „POP3, IMAP und SMTP aktivieren“ ankreuzen.",
  "provider.mailboxOrg.appPassword":
    "Mit eingeschalteter Zwei-Faktor-Authentifizierung brauchen E-Mail-Programme ein Anwendungspasswort aus den mailbox.org-Einstellungen.",
  "provider.mailboxOrg.username": "Benutzername: Ihre primäre mailbox.org-Adresse.",
  "provider.mailboxOrg.appPasswordHint":
    "Mit eingeschalteter Zwei-Faktor-Authentifizierung in den mailbox.org-Einstellungen (Sicherheit, Anwendungspasswörter) ein Anwendungspasswort erstellen und im E-Mail-Programm verwenden.",
  "provider.posteo.username":
    "Benutzername: Ihre Posteo-Adresse oder einer ihrer Aliase; der Servername ist einfach posteo.de.",

  // ---- Russia ----
  "provider.yandex.appPassword":
    "Zuerst in den Einstellungen von Yandex Mail den Zugriff durch E-Mail-Programme erlauben (E-Mail-Programme), dann in den Sicherheitseinstellungen Ihrer Yandex ID ein App-Passwort vom Typ Mail erstellen und statt Ihres Kennworts verwenden.",
  "provider.yandex.ruName":
    "smtp.yandex.ru und imap.yandex.ru sind derselbe Dienst; die .com-Namen sind die internationalen.",
  "provider.yandex.appPasswordHint":
    "In den Sicherheitseinstellungen Ihrer Yandex ID (App-Passwörter) ein App-Passwort vom Typ Mail erstellen, nachdem Sie E-Mail-Programme in den Einstellungen von Yandex Mail erlaubt haben.",
  "provider.mailru.appPassword":
    "E-Mail-Programme brauchen ein „Passwort für externe Anwendungen“ aus den Sicherheitseinstellungen Ihres Mail.ru-Kontos; das normale Kennwort wird abgelehnt.",
  "provider.mailru.appPasswordHint":
    "In den Einstellungen Ihres Mail.ru-Kontos unter Sicherheit ein „Passwort für externe Anwendungen“ erstellen und statt Ihres Mail.ru-Kennworts verwenden.",
  "provider.rambler.enableAccess":
    "Rambler Mail sperrt E-Mail-Programme, bis Sie sie einmal erlauben: in den Einstellungen von Rambler Mail den Zugriff für E-Mail-Programme einschalten.",

  // ---- France, Poland, other ISPs ----
  "provider.orange.password": "Kennwort: Ihr Mail-Orange-Kennwort.",
  "provider.free.username": "Benutzername: Ihre Free-E-Mail-Kennung, der Teil vor @free.fr.",
  "provider.wp.username": "Benutzername: Ihr WP-Login, der Teil vor @wp.pl.",
  "provider.o2pl.enableAccess":
    "Poczta o2 sperrt E-Mail-Programme, bis Sie sie einmal erlauben: in den Einstellungen des o2-Postfachs den Zugriff für E-Mail-Programme einschalten.",
  "provider.o2pl.username": "Benutzername: Ihr o2-Login, der Teil vor dem @.",
  "provider.onet.enableAccess":
    "Poczta Onet sperrt E-Mail-Programme, bis Sie sie einmal erlauben: in den Einstellungen des Onet-Postfachs den Zugriff für E-Mail-Programme einschalten.",
  "provider.interia.enableAccess":
    "Poczta Interia sperrt E-Mail-Programme, bis Sie sie einmal erlauben: in den Einstellungen des Interia-Postfachs den Zugriff für E-Mail-Programme einschalten.",
  "provider.sky.appPassword":
    "Sky Yahoo Mail lehnt Ihr Sky-Kennwort in E-Mail-Programmen ab: auf der Seite zum Verwalten von Apps bei Sky (sky.com/sky-yahoo-mail/manage-apps) ein App-Passwort erstellen und stattdessen verwenden.",
  "provider.sky.appPasswordHint":
    "Auf der Seite zum Verwalten von Apps bei Sky (sky.com/sky-yahoo-mail/manage-apps), angemeldet mit Ihrer Sky iD, ein App-Passwort erstellen und statt Ihres Sky-Kennworts verwenden.",

  // ---- Americas ----
  "provider.att.secureMailKey":
    "E-Mail-Programme brauchen statt Ihres AT&T-Kennworts einen Secure Mail Key: einen in Ihrem AT&T-Profil unter Sign-in info erstellen.",
  "provider.att.appPasswordHint":
    "In Ihrem AT&T-Profil (Sign-in info, Secure mail key) einen Secure Mail Key für diese E-Mail-Adresse erstellen und statt Ihres AT&T-Kennworts verwenden.",
  "provider.comcast.thirdParty":
    "Der Zugriff durch Drittanbieter muss in den Sicherheitseinstellungen von Xfinity Email eingeschaltet sein, bevor sich ein E-Mail-Programm anmelden kann.",
  "provider.spectrum.tlsOn587":
    "Der Server von Spectrum erwartet auf Port 587 SSL/TLS vom ersten Byte an: SSL/TLS wählen, nicht STARTTLS, obwohl der Port 587 ist.",
  "provider.juno.premium":
    "Juno und NetZero erlauben den Zugriff aus E-Mail-Programmen (IMAP und POP) nur mit ihren bezahlten E-Mail-Tarifen.",
  "provider.rogers.appPassword":
    "Rogers Yahoo Mail läuft auf der Plattform von Yahoo: E-Mail-Programme brauchen ein App-Passwort von der Seite Kontosicherheit Ihres Rogers-Kontos bei Yahoo.",
  "provider.rogers.appPasswordHint":
    "Bei Ihrem Rogers-Yahoo-Mail-Konto anmelden, Kontosicherheit öffnen und ein App-Passwort für das E-Mail-Programm erstellen; Ihr normales Kennwort wird abgelehnt.",
  "provider.uol.enableImap":
    "Zuerst IMAP in den Einstellungen des UOL-Webmailers einschalten („Ativar IMAP“).",

  // ---- Asia-Pacific ----
  "provider.yahooJapan.notYahoo":
    "Yahoo! JAPAN ist nicht Yahoo Mail: Es hat eigene Server und Konten, daher funktioniert smtp.mail.yahoo.com für diese Adressen nicht.",
  "provider.yahooJapan.enableAccess":
    "Zuerst den IMAP/POP/SMTP-Zugriff in den Einstellungen von Yahoo! JAPAN Mail erlauben.",
  "provider.yahooJapan.username":
    "Benutzername: Ihre Yahoo! JAPAN ID. Meist ist es der Teil vor dem @; weicht Ihre ID von Ihrer Adresse ab, die ID verwenden.",
  "provider.qq.authorizationCode":
    "In QQ Mail unter Einstellungen, Konto den SMTP-Dienst (POP3/IMAP/SMTP) einschalten, dann den 16-stelligen Autorisierungscode erzeugen und als Kennwort verwenden.",
  "provider.qq.appPasswordHint":
    "In QQ Mail unter Einstellungen, Konto den POP3/IMAP/SMTP-Dienst einschalten und den 16-stelligen Autorisierungscode erzeugen; ihn als Kennwort verwenden.",
  "provider.netease.authorizationCode":
    "In den Postfacheinstellungen den SMTP-Dienst (POP3/SMTP/IMAP) einschalten, dann einen Client-Autorisierungscode erstellen und als Kennwort verwenden: Das Anmeldekennwort wird abgelehnt.",
  "provider.naver.enableAccess":
    "Zuerst die Nutzung von IMAP/SMTP (oder POP3/SMTP) in den Einstellungen von Naver Mail einschalten; mit eingeschalteter Bestätigung in zwei Schritten ein Anwendungspasswort erstellen und statt Ihres Kennworts verwenden.",
  "provider.naver.appPasswordHint":
    "Mit eingeschalteter Bestätigung in zwei Schritten in den Sicherheitseinstellungen Ihres Naver-Kontos ein Anwendungspasswort erstellen und statt Ihres Naver-Kennworts verwenden.",
  "provider.daum.enableImap":
    "Zuerst die Nutzung von IMAP/SMTP in den Einstellungen von Daum Mail einschalten.",
  "provider.sonet.imapAddOn":
    "IMAP funktioniert nur mit dem IMAP-Zusatzdienst von So-net; ohne ihn E-Mails per POP3 abrufen (pop.so-net.ne.jp, Port 995, SSL/TLS).",
  "provider.nifty.userName":
    "Benutzername: Ihre vollständige @nifty-Adresse; wird sie abgelehnt, den Teil vor dem @ (Ihren Kontonamen) verwenden.",

  // ---- Hosting ----
  "provider.godaddy.microsoft365":
    "Diese Einstellungen gelten für Workspace Email. Ist Ihre GoDaddy-E-Mail Microsoft 365 (Professional Email powered by Microsoft 365), stattdessen smtp.office365.com auf Port 587 verwenden.",
  "provider.ovh.mxPlan":
    "Das sind die Einstellungen für MX Plan; OVHcloud Email Pro und Hosted Exchange verwenden andere Server, die im OVHcloud Control Panel angezeigt werden.",
  "provider.rackspace.exchange":
    "Diese Einstellungen gelten für Rackspace Email; bei Rackspace gehostete Microsoft-Exchange-Postfächer verwenden andere Server.",
};
