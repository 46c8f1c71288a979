// German texts of the live probe's and the port survey's findings, keyed by
// text id. The English and the ids live with the rules
// (src/core/verifyFindings.ts: finding.<id>.title|explanation|fix and
// finding.detail.*, finding.signIn.*; src/net/probeSubmissionServer.ts:
// probe.evidence.*; src/net/portSurvey.ts: survey.*).
// Spread into the `de` table of src/core/i18n/de.ts. Placeholders such as
// {host} must match the English (test/core/verifyFindings.test.ts checks).
import type { TextTable } from "../../language.js";

export const deVerify: TextTable = {
  // ---- Findings: title, explanation, fix ----
  "finding.connect-failed.title": "Keine Verbindung möglich",
  "finding.connect-failed.explanation":
    "Der Servername ließ sich nicht auflösen, oder auf diesem Port nahm niemand die Verbindung an. Outlook meldet das als 0x800CCC0D (Host nicht gefunden) oder 0x800CCC0E / 0x80042109 (keine Verbindung).",
  "finding.connect-failed.fix":
    "Schreibweise des Servernamens und den Port prüfen. Stimmt der Name, ist der Port vielleicht geschlossen oder von einer Firewall oder Ihrem Internetanbieter gesperrt: 587 oder 465 versuchen.",
  "finding.timeout.title": "Der Server hat nicht rechtzeitig geantwortet",
  "finding.timeout.explanation":
    "Ein Schritt des Gesprächs dauerte länger als seine Frist. Ein Server, der nach dem Verbindungsaufbau schweigt, ist oft ein Port mit direktem TLS (465), der mit STARTTLS angesprochen wurde, oder eine Firewall verschluckt den Verkehr. Outlook zeigt 0x800CCC19 oder 0x8004210B.",
  "finding.timeout.fix":
    "Prüfen, ob die Verschlüsselung zum Port passt (465 = SSL/TLS, 587 = STARTTLS), und es erneut versuchen; bleibt es so, wird der Port unterwegs gefiltert.",
  "finding.greeting-rejected.title": "Der Server hat die Sitzung abgelehnt",
  "finding.greeting-rejected.explanation":
    "Ein SMTP-Server begrüßt mit dem Code 220. Dieser antwortete mit einem anderen Code (421 = später erneut versuchen oder überlastet, 554 = kein Dienst für Sie) oder mit etwas, das gar kein SMTP ist. Outlook zeigt 0x800CCC67 bei 421 und 0x800CCC6F bei 554.",
  "finding.greeting-rejected.fix":
    "Die Worte des Servers im Detail lesen. Ein 554 heißt oft, dass Ihre Adresse auf einer Sperrliste steht oder der Host kein Einlieferungsserver ist; ein 421 ist meist vorübergehend.",
  "finding.ehlo-rejected.title": "Der Server hat EHLO abgelehnt",
  "finding.ehlo-rejected.explanation":
    "Ohne EHLO bietet ein Server keine Erweiterungen an: kein STARTTLS und kein AUTH, ein E-Mail-Programm kann also weder verschlüsseln noch sich anmelden.",
  "finding.ehlo-rejected.fix":
    "Dieser Host taugt nicht zum Senden mit Anmeldung; den Hostnamen beim Anbieter erfragen.",
  "finding.starttls-missing.title": "STARTTLS wird nicht angeboten",
  "finding.starttls-missing.explanation":
    "Die EHLO-Antwort des Servers nennt kein STARTTLS, auf diesem Port lässt sich die Sitzung also nicht verschlüsseln. Bietet der Server es sonst an, entfernt es womöglich etwas auf dem Weg (eine Firewall, ein Virenscanner oder ein feindliches Netz). Outlook zeigt 0x800CCC7D.",
  "finding.starttls-missing.fix":
    "Den Port verwenden, den Ihr Anbieter nennt (meist 587 mit STARTTLS oder 465 mit SSL/TLS). Sollte es gehen, nach Sicherheitssoftware suchen, die Mailverkehr prüft.",
  "finding.tls-failed.title": "Der TLS-Verbindungsaufbau schlug fehl",
  "finding.tls-failed.explanation":
    "Die verschlüsselte Sitzung kam nicht zustande: Die Verschlüsselung passt nicht zum Port (SSL/TLS auf einem STARTTLS-Port oder umgekehrt), der Server lehnte STARTTLS ab, oder Programm und Server haben keine gemeinsame TLS-Version. Outlook zeigt 0x800CCC1A oder 0x800CCC0F.",
  "finding.tls-failed.fix":
    "SSL/TLS mit Port 465 und STARTTLS mit Port 587 verwenden. Ist das schon so, spricht der Server vielleicht nur veraltetes TLS.",
  "finding.tls-old-version.title": "Veraltete TLS-Version",
  "finding.tls-old-version.explanation":
    "Der Server hat eine TLS-Version unter 1.2 ausgehandelt. RFC 8997 kündigt TLS 1.0 und 1.1 ab, und aktuelle E-Mail-Programme lehnen sie ab.",
  "finding.tls-old-version.fix": "Der Betreiber des Servers muss TLS 1.2 oder 1.3 einschalten.",
  "finding.tls-ok.title": "Aktuelles TLS",
  "finding.tls-ok.explanation": "Die Sitzung wurde mit TLS 1.2 oder neuer verschlüsselt (RFC 8997).",
  "finding.tls-ok.fix": "Nichts zu tun.",
  "finding.starttls-injection.title": "Vor der Verschlüsselung wurde Klartext eingeschleust",
  "finding.starttls-injection.explanation":
    "Nach seinem „220 bereit für TLS“ schickte der Server (oder etwas auf dem Weg) vor dem Verbindungsaufbau weiteren Klartext. Ein Angreifer in der Mitte schleust so Befehle oder Antworten ein, die ein nachlässiges E-Mail-Programm für verschlüsselt hält (STARTTLS-Befehlsinjektion, CVE-2011-0411 und viele Nachfolger). Der Test hat diese Bytes verworfen.",
  "finding.starttls-injection.fix":
    "Der Betreiber sollte die Mailserver-Software aktualisieren; ist sie aktuell, nach einem Gerät auf dem Weg suchen, das SMTP verändert. SSL/TLS (Port 465) vorziehen: Dort gibt es keine Klartextphase.",
  "finding.cert-expired.title": "Das Zertifikat ist abgelaufen oder noch nicht gültig",
  "finding.cert-expired.explanation":
    "Ein Zertifikat der Kette liegt außerhalb seiner Gültigkeit. E-Mail-Programme lehnen die Verbindung ab. Eine falsche Uhrzeit auf Ihrem Computer führt zur selben Warnung.",
  "finding.cert-expired.fix":
    "Stimmt das Datum Ihres Computers, muss der Betreiber des Servers das Zertifikat erneuern (oder die ausgelieferte Kette korrigieren).",
  "finding.cert-expiring-soon.title": "Das Zertifikat läuft bald ab",
  "finding.cert-expiring-soon.explanation":
    "Das Zertifikat läuft in weniger als 14 Tagen ab; danach lehnen E-Mail-Programme die Verbindung ab.",
  "finding.cert-expiring-soon.fix":
    "Der Betreiber sollte es jetzt erneuern (die automatische Erneuerung funktioniert vielleicht nicht mehr).",
  "finding.cert-hostname-mismatch.title": "Das Zertifikat gilt für einen anderen Namen",
  "finding.cert-hostname-mismatch.explanation":
    "Das Zertifikat deckt den Hostnamen nicht ab, mit dem Sie sich verbinden (RFC 6125: Der Name muss in den alternativen Namen stehen; ein Platzhalter deckt nur die linke Stelle ab). E-Mail-Programme warnen oder lehnen ab.",
  "finding.cert-hostname-mismatch.fix":
    "Den Servernamen verwenden, für den das Zertifikat ausgestellt ist (oft der des Anbieters, etwa smtp.anbieter.de, statt mail.ihredomain.de).",
  "finding.cert-chain-incomplete.title": "Die Zertifikatskette ist unvollständig",
  "finding.cert-chain-incomplete.explanation":
    "Der Server schickt sein eigenes Zertifikat ohne das Zwischenzertifikat, das es mit einer vertrauenswürdigen Wurzel verbindet. Outlook für Windows holt das fehlende Zertifikat meist selbst von der im Zertifikat genannten Adresse und verbindet sich; Outlook für Mac und iOS, Thunderbird und viele Telefone lehnen die Verbindung womöglich ab.",
  "finding.cert-chain-incomplete.fix":
    "Der Betreiber sollte die vollständige Kette einrichten (das Serverzertifikat gefolgt von seinen Zwischenzertifikaten, oft eine Datei namens fullchain.pem).",
  "finding.cert-untrusted.title": "Dem Zertifikat wird nicht vertraut",
  "finding.cert-untrusted.explanation":
    "Die Zertifikatskette führt zu keiner vertrauenswürdigen Wurzel: Sie ist selbst signiert oder von einer unbekannten Stelle ausgestellt.",
  "finding.cert-untrusted.fix":
    "Der Betreiber sollte ein Zertifikat einer öffentlichen Stelle mit vollständiger Kette einrichten. Outlook nicht anweisen, es trotzdem anzunehmen: Genau das wünscht sich ein Angreifer in der Mitte.",
  "finding.auth-before-tls.title": "Kennwörter können unverschlüsselt gesendet werden",
  "finding.auth-before-tls.explanation":
    "Der Server bietet AUTH PLAIN oder LOGIN an, bevor die Sitzung verschlüsselt ist; ein E-Mail-Programm könnte das Kennwort also lesbar senden (RFC 4954 verbietet das).",
  "finding.auth-before-tls.fix":
    "Immer STARTTLS oder SSL/TLS wählen. Der Betreiber sollte AUTH erst nach TLS anbieten.",
  "finding.auth-missing.title": "Keine Anmeldung angeboten",
  "finding.auth-missing.explanation":
    "Nach TLS nennt der Server keine AUTH-Verfahren. Er nimmt Mail vielleicht nur aus bestimmten Netzen an (ein Relay), oder es ist ein Port für Mail zwischen Servern statt ein Einlieferungsport.",
  "finding.auth-missing.fix":
    "Beim Anbieter erfragen, welcher Server und Port zum Senden mit Anmeldung gedacht ist (meist 587 oder 465).",
  "finding.auth-ok.title": "Anmeldung nur über TLS",
  "finding.auth-ok.explanation":
    "Der Server bietet AUTH erst an, wenn die Sitzung verschlüsselt ist, wie RFC 4954 und RFC 8314 es verlangen.",
  "finding.auth-ok.fix": "Nichts zu tun.",
  "finding.oauth2-supported.title": "Moderne Anmeldung (OAuth2) angeboten",
  "finding.oauth2-supported.explanation":
    "Der Server bietet XOAUTH2 oder OAUTHBEARER an, die Anmeldung, die Microsoft 365, Outlook.com und Gmail verlangen oder Kennwörtern vorziehen.",
  "finding.oauth2-supported.fix":
    "OAuth2 (die moderne Authentifizierung von Outlook) einem Kennwort oder App-Kennwort vorziehen.",
  "finding.size-limit.title": "Größte Nachricht, die der Server annimmt",
  "finding.size-limit.explanation":
    "Der Server nennt die größte Nachricht, die er annimmt (EHLO SIZE, RFC 1870). Anhänge wachsen beim Senden um etwa ein Drittel, eine Nachricht mit 25 MB Anhängen braucht also etwa 34 MB.",
  "finding.size-limit.fix":
    "Größere Dateien als Link (OneDrive, SharePoint oder eine andere Dateifreigabe) statt als Anhang senden.",
  "finding.smtputf8-supported.title": "Adressen mit nicht lateinischen Zeichen können gesendet werden",
  "finding.smtputf8-supported.explanation":
    "Der Server bietet SMTPUTF8 an (RFC 6531): Er nimmt Adressen wie müller@beispiel.de oder 用户@例子.中国 im Umschlag an.",
  "finding.smtputf8-supported.fix": "Nichts zu tun.",
  "finding.8bitmime-supported.title": "8-Bit-Nachrichtentexte werden angenommen",
  "finding.8bitmime-supported.explanation":
    "Der Server bietet 8BITMIME an (RFC 6152): Text mit Umlauten und anderen Nicht-ASCII-Zeichen kommt ohne Umkodierung durch.",
  "finding.8bitmime-supported.fix": "Nichts zu tun.",
  "finding.auth-accepted.title": "Die Anmeldung funktioniert",
  "finding.auth-accepted.explanation":
    "Der Server hat Benutzername und Geheimnis in der verschlüsselten Sitzung angenommen. Der Test hat sich an- und wieder abgemeldet; er hat keine Nachricht gesendet.",
  "finding.auth-accepted.fix":
    "Denselben Benutzernamen und dasselbe Geheimnis in Outlook verwenden. Scheitert Outlook trotzdem, Server, Port und Verschlüsselung mit den hier getesteten vergleichen.",
  "finding.auth-rejected.title": "Der Server hat die Anmeldung abgelehnt",
  "finding.auth-rejected.explanation":
    "Der Server beantwortete die Anmeldung mit einem Fehler. Der Antwortcode sagt, warum: falscher Benutzername oder falsches Kennwort, App-Kennwort oder OAuth2 nötig, oder die Anmeldung ist für dieses Postfach abgeschaltet.",
  "finding.auth-rejected.fix":
    "Die Diagnose im Detail lesen. Den Benutzernamen (meist die volle Adresse) und das Kennwort prüfen; viele Anbieter verlangen ein App-Kennwort oder OAuth2 statt des Kontokennworts.",
  "finding.auth-not-attempted.title": "Die Anmeldung wurde nicht versucht",
  "finding.auth-not-attempted.explanation":
    "Der Anmeldetest läuft nur in einer verschlüsselten Sitzung und mit einem Verfahren, das der Server anbietet, damit kein Geheimnis je lesbar gesendet oder auf gut Glück probiert wird.",
  "finding.auth-not-attempted.fix":
    "Die Befunde oben beheben (Verschlüsselung, Port) oder ein Anmeldeverfahren verwenden, das der Server anbietet, dann erneut testen.",
  "finding.auth-interrupted.title": "Die Anmeldung wurde nicht abgeschlossen",
  "finding.auth-interrupted.explanation":
    "Der Server hat während der Anmeldung die Verbindung getrennt, nicht mehr geantwortet oder viel zu viel gesendet; über Benutzername und Geheimnis gibt es daher kein Urteil.",
  "finding.auth-interrupted.fix":
    "Später erneut versuchen. Passiert es immer wieder, begrenzt der Server vielleicht Anmeldeversuche aus Ihrem Netz: beim Anbieter nachfragen.",
  "finding.plaintext.title": "Die Sitzung wird nie verschlüsselt",
  "finding.plaintext.explanation":
    "Ohne Verschlüsselung gehen Kennwort und jede Nachricht lesbar über das Netz, für jeden auf dem Weg. RFC 8314 nennt unverschlüsselte Einlieferung überholt.",
  "finding.plaintext.fix": "SSL/TLS (Port 465) oder STARTTLS (Port 587) wählen.",
  "finding.port-25-submission.title": "Port 25 ist für Mail zwischen Servern",
  "finding.port-25-submission.explanation":
    "Port 25 ist der Relay-Port zwischen Mailservern (RFC 6409). Viele Netze sperren ihn, und Anbieter erwarten E-Mail-Programme auf 587 oder 465.",
  "finding.port-25-submission.fix": "Port 587 mit STARTTLS oder 465 mit SSL/TLS verwenden.",
  "finding.reply-too-long.title": "Der Server hat zu viel gesendet",
  "finding.reply-too-long.explanation":
    "Eine Antwortzeile war länger als 4 KiB, oder das ganze Gespräch überschritt 64 KiB. Echte SMTP-Server bleiben weit darunter (RFC 5321 begrenzt eine Antwortzeile auf 512 Bytes), deshalb hat der Test abgebrochen.",
  "finding.reply-too-long.fix":
    "Das ist vermutlich kein SMTP-Einlieferungsserver, oder er verhält sich falsch: Host und Port prüfen.",
  "finding.connection-closed.title": "Der Server hat die Verbindung getrennt",
  "finding.connection-closed.explanation":
    "Der Server hat mitten im Gespräch aufgelegt. Outlook meldet das als 0x800CCC0F. Das passiert, wenn die Verschlüsselung nicht zum Port passt, wenn der Server Verbindungen begrenzt oder wenn Sicherheitssoftware eingreift.",
  "finding.connection-closed.fix":
    "Port und Verschlüsselung prüfen (465 = SSL/TLS, 587 = STARTTLS) und es später erneut versuchen.",
  "finding.port-wants-tls.title": "Dieser Port nutzt SSL/TLS, nicht STARTTLS",
  "finding.port-wants-tls.explanation":
    "Der Server schwieg, als er im Klartext angesprochen wurde: Ein Port mit direktem TLS wartet zuerst auf den TLS-Verbindungsaufbau. Mit STARTTLS wartet das E-Mail-Programm, bis die Frist abläuft.",
  "finding.port-wants-tls.fix": "Für diesen Port SSL/TLS wählen.",
  "finding.port-wants-starttls.title": "Dieser Port nutzt STARTTLS, nicht SSL/TLS",
  "finding.port-wants-starttls.explanation":
    "Ein sofort begonnener TLS-Verbindungsaufbau wurde im Klartext beantwortet: Dieser Port spricht einfaches SMTP und wird mit STARTTLS verschlüsselt. Mit SSL/TLS scheitert die Verbindung (Outlook 0x800CCC0F oder 0x800CCC1A).",
  "finding.port-wants-starttls.fix": "Für diesen Port STARTTLS wählen.",
  "finding.port-25-blocked.title": "Port 25 war nicht erreichbar",
  "finding.port-25-blocked.explanation":
    "Port 25 nahm von hier keine Verbindung an, ein Einlieferungsport schon. Viele Netze und Hoster sperren ausgehenden Port 25, und er ist ohnehin für Mail zwischen Servern gedacht (RFC 6409).",
  "finding.port-25-blocked.fix": "Im E-Mail-Programm Port 587 (STARTTLS) oder 465 (SSL/TLS) verwenden.",
  "finding.ports-skipped.title": "Einige Ports wurden nicht getestet",
  "finding.ports-skipped.explanation":
    "Die Testregeln dieses Servers erlauben keine Verbindung zu diesen Ports.",
  "finding.ports-skipped.fix": "Sie bei Bedarf mit dem Kommandozeilenwerkzeug im eigenen Netz testen.",
  "finding.no-working-port.title": "Kein sicherer Einlieferungsport funktioniert",
  "finding.no-working-port.explanation":
    "Keiner der getesteten Ports hat eine verschlüsselte SMTP-Sitzung ohne Fehler zustande gebracht.",
  "finding.no-working-port.fix":
    "Den Servernamen prüfen. Stimmt er, beim Anbieter erfragen, welcher Server und Port zum Senden gedacht ist.",
  "finding.recommended-port.title": "Ein funktionierender Einlieferungsport",
  "finding.recommended-port.explanation":
    "Diese Kombination aus Port und Verschlüsselung hat eine verschlüsselte Sitzung aufgebaut. Direktes TLS wird STARTTLS vorgezogen (RFC 8314), Port 25 kommt zuletzt.",
  "finding.recommended-port.fix": "Diese Einstellungen im E-Mail-Programm verwenden.",

  // ---- Evidence sentences ----
  "finding.detail.atStep": "Beim Schritt „{step}“: {evidence}",
  "finding.detail.starttlsMissing": "{host} Port {port} nennt in seiner EHLO-Antwort kein STARTTLS.",
  "finding.detail.plaintextPort":
    "Dieser Port spricht einfaches SMTP, nicht SSL/TLS: Der Server beantwortete den TLS-Verbindungsaufbau im Klartext. STARTTLS wählen. (TLS-Fehler: {evidence})",
  "finding.detail.wantsStarttls":
    "Port {port} beantwortete den TLS-Verbindungsaufbau im Klartext: Er spricht einfaches SMTP und wird mit STARTTLS verschlüsselt.",
  "finding.detail.wantsTlsSilent":
    "Port {port} hat im Klartext nicht gegrüßt. Dieser Port erwartet vermutlich SSL/TLS: Ein Port mit direktem TLS wartet schweigend auf den TLS-Verbindungsaufbau.",
  "finding.detail.wantsTlsBytes":
    "Port {port} antwortete mit TLS statt Klartext: Dieser Port erwartet SSL/TLS.",
  "finding.detail.negotiated": "Ausgehandelt: {protocol} ({cipher}).",
  "finding.detail.injection":
    "Nach der Antwort 220 auf STARTTLS schickte der Server vor dem TLS-Verbindungsaufbau weiteren Klartext; der Test hat ihn verworfen und nichts davon gelesen.",
  "finding.detail.certExpired": "Das Zertifikat ist am {date} abgelaufen.",
  "finding.detail.certNotYetValid": "Das Zertifikat gilt erst ab {date}.",
  "finding.detail.chainDate":
    "Das Zertifikat des Servers ist gültig, aber ein Zertifikat seiner Kette nicht ({error}).",
  "finding.detail.expiringSoon": "Das Zertifikat läuft am {date} ab (noch {left}).",
  "finding.detail.lessThanADay": "weniger als ein Tag",
  "finding.detail.days": "{days} Tage",
  "finding.detail.hostnameMismatch": "Das Zertifikat deckt {names} ab, nicht {host}.",
  "finding.detail.subjectName": "Inhaber {subject}",
  "finding.detail.chainIncomplete":
    "Der Server schickte sein Zertifikat allein, ohne das ausstellende ({issuer}); das Zertifikat nennt {url} als Quelle dafür. Prüffehler: {error}.",
  "finding.detail.noCertificate": "Der Server hat kein Zertifikat vorgelegt.",
  "finding.detail.untrusted": "Prüfung der Kette fehlgeschlagen ({error}); Aussteller: {issuer}.",
  "finding.detail.unknownError": "unbekannter Fehler",
  "finding.detail.authBeforeTls": "Vor der Verschlüsselung bietet der Server AUTH {mechanisms} an.",
  "finding.detail.authOk": "Unter TLS bietet der Server AUTH {mechanisms} an.",
  "finding.detail.authMissing": "Die EHLO-Antwort unter TLS nennt kein AUTH-Verfahren.",
  "finding.detail.oauth": "Der Server bietet {mechanisms} an.",
  "finding.detail.and": " und ",
  "finding.detail.sizeLimit": "Größte Nachricht {size} (SIZE {bytes}).",
  "finding.detail.sizeUnlimited": "Der Server nennt SIZE 0: keine feste Grenze.",
  "finding.detail.smtputf8": "Die EHLO-Antwort nennt SMTPUTF8.",
  "finding.detail.eightBitMime": "Die EHLO-Antwort nennt 8BITMIME.",
  "finding.detail.authAccepted": "Angemeldet mit AUTH {mechanism}: {reply}",
  "finding.detail.authRejected": "Der Server lehnte AUTH {mechanism} ab: {reply}",
  "finding.detail.diagnosis": "Diagnose ({code}): {title}. {cause} Erster Schritt: {fix}",
  "finding.detail.noDiagnosis":
    "Die Antwort passt zu keinem bekannten Fehler; die Worte des Servers oben sind der beste Hinweis.",
  "finding.detail.authInterrupted": "Während AUTH {mechanism}: {evidence}",
  "finding.detail.plaintextChosen": "Für {host} Port {port} wurde die Sicherheit „none“ gewählt.",
  "finding.detail.port25Chosen": "Für {host} wurde Port 25 gewählt.",
  "finding.signIn.notEncrypted":
    "Die Sitzung war nicht verschlüsselt, daher wurde kein Geheimnis gesendet (der Anmeldetest läuft nur nach TLS).",
  "finding.signIn.sessionEnded":
    "Die Sitzung endete, bevor die Anmeldung beginnen konnte (siehe die Befunde oben).",
  "finding.signIn.untrustedCertificate":
    "Das Zertifikat des Servers gilt nicht für {host} (nicht vertrauenswürdig, falscher Name oder abgelaufen), daher wurde das Geheimnis nicht gesendet: Wer ein solches Zertifikat vorlegt, könnte ein Angreifer in der Mitte sein.",
  "finding.signIn.noTokenMechanism":
    "Ein Token wurde angegeben, aber der Server bietet kein XOAUTH2 an (er bietet: {offered}).",
  "finding.signIn.noPasswordMechanism":
    "Ein Kennwort wurde angegeben, aber der Server bietet weder PLAIN noch LOGIN an (er bietet: {offered}).",
  "finding.signIn.nothingOffered": "nichts",

  // ---- The probe's own evidence (src/net/probeSubmissionServer.ts) ----
  "probe.evidence.noAnswer": "keine Antwort innerhalb {limit}",
  "probe.evidence.overallDeadline": "der Gesamtfrist des Tests ({ms} ms)",
  "probe.evidence.milliseconds": "von {ms} ms",
  "probe.evidence.closed": "der Server hat die Verbindung getrennt",
  "probe.evidence.closedBecause": "der Server hat die Verbindung getrennt: {reason}",
  "probe.evidence.closedDuringTls":
    "der Server hat die Verbindung während des TLS-Verbindungsaufbaus getrennt",
  "probe.evidence.tlsHandshakeFailed": "TLS-Verbindungsaufbau fehlgeschlagen: {reason}",
  "probe.evidence.greetedWith": "der Server grüßte mit {reply}",
  "probe.evidence.ehloAnswered": "EHLO wurde beantwortet mit {reply}",
  "probe.evidence.starttlsRefused": "der Server lehnte STARTTLS ab: {reply}",
  "probe.evidence.lineTooLong": "eine Antwortzeile ist länger als {bytes} Bytes",
  "probe.evidence.sessionTooLong": "der Server hat mehr als {bytes} Bytes gesendet",
  "probe.evidence.notSmtp": "keine SMTP-Antwort: „{line}“",
  "probe.evidence.ECONNREFUSED":
    "Verbindung abgelehnt (auf dem Port lauscht nichts, oder eine Firewall weist sie ab)",
  "probe.evidence.ECONNRESET": "Verbindung zurückgesetzt",
  "probe.evidence.EHOSTUNREACH": "Host nicht erreichbar",
  "probe.evidence.ENETUNREACH": "Netz nicht erreichbar",
  "probe.evidence.EADDRNOTAVAIL": "Adresse von hier aus nicht verfügbar",
  "probe.evidence.EAFNOSUPPORT": "dieser Computer hat keine Route für diese Adressfamilie",

  // ---- Port survey (src/net/portSurvey.ts) ----
  "survey.security.none": "keine Verschlüsselung",
  "survey.detail.wantsTls":
    "Port {port} grüßte nicht im Klartext (STARTTLS), antwortete aber über SSL/TLS: {greeting}",
  "survey.detail.wantsStarttls":
    "Port {port} scheiterte beim SSL/TLS-Verbindungsaufbau, grüßt aber im Klartext: {greeting}",
  "survey.detail.relayBlocked":
    "Port {port}: {evidence}, während ein Einlieferungsport die Verbindung annahm.",
  "survey.detail.noConnection": "keine Verbindung",
  "survey.detail.skipped": "Nicht getestet: {ports}. Erlaubte Ports: {allowed}.",
  "survey.detail.recommended": "Port {port} mit {security} verwenden ({summary}).",
  "survey.detail.noTls": "kein TLS",
  "survey.detail.noAuth": "kein AUTH",
};
