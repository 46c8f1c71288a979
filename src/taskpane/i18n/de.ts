// Deutsche Texte des Aufgabenbereichs. Typ PaneStrings: fehlt ein Schlüssel,
// meldet der Compiler einen Fehler. Begriffe folgen dem deutschen Outlook
// ("Postausgangsserver", Verschlüsselung "Keine" / "SSL/TLS" / "STARTTLS").

import type { PaneStrings } from "./en.js";

export const de: PaneStrings = {
  appTitle: "Outbox Doctor",
  connecting: "Verbindung zu Outlook wird hergestellt…",
  waitingForOutlook:
    "Outlook hat noch nicht geantwortet. Sie können schon eine Adresse eingeben; der Bereich wechselt zu Ihrem Postfach, sobald Outlook antwortet.",
  previousVisit: (time: string) =>
    `Letzte Antwort auf diesem Gerät (${time}), bis Outlook bestätigt, um welches Postfach es geht.`,
  standaloneNotice:
    "Läuft außerhalb von Outlook. Geben Sie eine Adresse ein, um ihre Postausgangsserver-Einstellungen zu sehen.",
  standaloneNoHost: "Outlook hat dem Bereich kein Postfach genannt, er läuft deshalb eigenständig.",

  accountHeading: "Welches Konto sendet nicht?",
  accountWhy:
    "Outlook führt diesen Bereich in einem Microsoft-Postfach aus, doch das Konto, das nicht sendet, kann ein anderes sein: ein IMAP- oder POP-Konto im selben Outlook, ein freigegebenes Postfach oder ein Drucker oder eine Anwendung, die als dieses Postfach sendet.",
  accountSources: {
    from: "Absender (Von) dieser Nachricht",
    mailbox: "Ihr Postfach (angemeldet)",
    shared: "Freigegebenes Postfach dieses Elements",
    recent: "Kürzlich auf diesem Gerät geprüft",
    typed: "Eingegeben",
  },
  accountOther: "Andere Adresse",
  recentKept:
    "Kürzlich geprüfte Adressen bleiben nur im Speicher dieses Browsers auf diesem Gerät, damit Sie sie wieder auswählen können.",
  forgetRecent: "Kürzliche Adressen vergessen",
  forgotten: "Kürzliche Adressen vergessen.",

  sharedTitle: "Dieses Element liegt in einem freigegebenen Postfach",
  sharedOwner: (owner: string) => `Es gehört ${owner}.`,
  sharedPermissions: (permissions: string) => `Ihre Rechte an seinen Ordnern: ${permissions}.`,
  sharedPermissionNames: {
    read: "lesen",
    write: "erstellen",
    deleteOwn: "eigene löschen",
    deleteAll: "alle löschen",
    editOwn: "eigene bearbeiten",
    editAll: "alle bearbeiten",
  },
  sharedNoPermissions: "keine gemeldet",
  sendAsExplained: (owner: string) =>
    `Rechte an den Ordnern erlauben noch nicht, von dort zu senden. Um als ${owner} zu senden, erteilt Ihnen eine Administratorin eines von zwei Rechten: „Senden als“ (Empfänger sehen nur ${owner}) oder „Senden im Auftrag von“ (Empfänger sehen „Sie im Auftrag von ${owner}“). Ohne eines davon lehnt Microsoft 365 die Nachricht mit 554 5.2.0 SendAsDenied ab.`,

  addressLabel: "E-Mail-Adresse",
  addressPlaceholder: "name@beispiel.de",
  addressSubmit: "Einstellungen anzeigen",
  addressInvalid: (detail: string) => `Keine gültige E-Mail-Adresse (${detail})`,
  addressMissing: "Outlook hat Ihre Adresse nicht mitgeteilt. Geben Sie sie hier ein.",

  addressInUseLabel: "Einstellungen für",
  providerLabel: "Anbieter",
  providerUnknown: "Unbekannter Anbieter",
  sourceLabel: "Quelle",
  sources: {
    builtin: "Anbieterliste von Outbox Doctor",
    autoconfig: "Autoconfig-Datei des Anbieters",
    ispdb: "Thunderbird-ISPDB",
    srv: "SRV-Einträge der Domain",
    mx: "abgeleitet aus den MX-Einträgen der Domain",
    guess: "aus dem Domainnamen geraten",
    none: "nichts gefunden",
  },
  confidence: {
    high: "sicher",
    medium: "wahrscheinlich, nicht bestätigt",
    low: "eine Vermutung: vor Gebrauch prüfen",
  },
  checkedOn: (date: string) => `Am ${date} mit der Dokumentation des Anbieters abgeglichen.`,
  providerDocs: "Dokumentation des Anbieters",

  fromDiffersTitle: "Senden von einer anderen Adresse",
  fromDiffers: (from: string, mailbox: string) =>
    `Diese Nachricht wird von ${from} gesendet, nicht von Ihrem Postfach ${mailbox}. Die Einstellungen unten gelten daher für ${from}.`,
  fromDiffersWhy:
    "Das kommt bei freigegebenen Postfächern, mit der Berechtigung „Senden als“ oder bei einem zweiten Konto in Outlook vor. Zum Senden als andere Adresse brauchen Sie dafür eine Berechtigung, sonst lehnt der Server die Nachricht ab.",

  lookupRunning: "Der Outbox-Doctor-Server wird zu dieser Domain befragt…",
  lookupUnreachable:
    "Der Outbox-Doctor-Server ist nicht erreichbar, daher wurde nur die eingebaute Anbieterliste verwendet. Alles andere in diesem Bereich funktioniert weiterhin.",
  lookupRejected: (message: string) => `Der Outbox-Doctor-Server konnte das nicht nachschlagen: ${message}`,
  lookupSlow:
    "Noch in Arbeit: Der Server fragt die Server dieser Domain selbst, das kann bis zu 20 Sekunden dauern. Der Server ist erreichbar.",
  lookupNoAnswer: (seconds: number) =>
    `Der Outbox-Doctor-Server hat nicht innerhalb von ${seconds} Sekunden geantwortet. Vielleicht ist er ausgelastet; versuchen Sie es erneut.`,
  lastGoodAnswer: (time: string) => `Angezeigt wird die letzte gute Antwort für diese Adresse, vom ${time}.`,
  retry: "Erneut versuchen",
  nothingFound: (domain: string) =>
    `Für ${domain} sind keine Einstellungen bekannt. Fragen Sie Ihren E-Mail-Anbieter oder Ihre IT nach dem Postausgangsserver (SMTP).`,
  unverifiedSource:
    "Diese Einstellungen hat der Anbieter nicht bestätigt. Nutzen Sie „Server prüfen“, bevor Sie ein Kennwort eingeben.",

  outgoingHeading: "Postausgangsserver",
  incomingHeading: "Posteingangsserver",
  incomingProtocol: {
    imap: "IMAP",
    pop3: "POP3",
  },
  incomingUnknown: "Der Posteingangsserver für diese Adresse ist nicht bekannt.",
  recommended: "Empfohlen",
  alternativesHeading: "Alternativen",
  alternativeLabel: (port: number, security: string) => `Port ${port}, ${security}`,
  fields: {
    server: "Server",
    port: "Port",
    encryption: "Verschlüsselung",
    auth: "Anmeldung",
    username: "Benutzername",
    protocol: "Kontotyp",
  },
  security: {
    starttls: "STARTTLS",
    tls: "SSL/TLS",
    none: "Keine",
  },
  securityOlderName: {
    starttls: "Ältere Outlook-Versionen nennen das „TLS“.",
    tls: "Ältere Outlook-Versionen nennen das „SSL“.",
    none: "",
  },
  auth: {
    oauth2: "OAuth2 (Anmeldung beim Anbieter)",
    password: "Kennwort",
    "app-password": "App-Kennwort",
    none: "Keine",
  },
  copy: (field: string) => `${field} kopieren`,
  copyFor: (field: string, which: string) => `${field} kopieren (${which})`,
  copied: "Kopiert",
  copiedAnnouncement: (field: string) => `${field} in die Zwischenablage kopiert.`,
  copyFailed: "Kopieren nicht möglich. Markieren Sie den Text und drücken Sie Strg+C.",
  notesHeading: "Gut zu wissen",

  guidance: {
    microsoft365: {
      title: "Microsoft-365-Konto: in Outlook nichts einzurichten",
      body: "Outlook sendet direkt über Microsoft 365 und braucht keine SMTP-Einstellungen. SMTP ist für Geräte und Anwendungen wie Drucker, Scanner oder Fachsoftware. Microsoft bietet drei Wege:",
      options: [
        "SMTP AUTH (Client-Übermittlung): smtp.office365.com, Port 587, STARTTLS, angemeldet als Postfach (OAuth2). Port 465 wird nicht unterstützt.",
        "Direktes Senden: der MX-Endpunkt Ihres Mandanten auf Port 25, ohne Anmeldung, nur an Empfänger in Ihrer Organisation.",
        "SMTP-Relay über einen Connector: der MX-Endpunkt Ihres Mandanten auf Port 25, erkannt an einer festen IP-Adresse oder einem Zertifikat.",
      ],
      mxEndpoint: (host: string) => `Der MX-Endpunkt Ihres Mandanten ist ${host}.`,
      devicesHeading: "Geräte und Anwendungen, die als dieses Postfach senden",
      basicAuthChange: (date: string) =>
        `Microsoft schaltet die Standardauthentifizierung (Benutzername und Kennwort) für SMTP AUTH ${date} standardmäßig ab (Nachrichtencenter MC786329). Drucker, Scanner oder Anwendungen, die sich mit Kennwort anmelden, müssen bis dahin auf OAuth2, Direktversand oder einen Connector umstellen, oder eine Administratorin schaltet die Standardauthentifizierung für den Mandanten wieder ein.`,
    },
    outlookCom: {
      title: "Outlook.com-Konto: in Outlook nichts einzurichten",
      body: (ended: string) =>
        `Outlook sendet direkt über Outlook.com. Andere Anwendungen müssen sich mit OAuth2 bei smtp-mail.outlook.com anmelden, Port 587, STARTTLS: Kennwörter und App-Kennwörter funktionieren dort seit dem ${ended} nicht mehr.`,
    },
    oauthOnly: {
      title: "Nur Anmeldung (OAuth2)",
      body: "Dieser Anbieter nimmt über SMTP keine Kennwörter an. Verwenden Sie eine Anwendung mit „Anmelden mit …“ für diesen Anbieter; Anwendungen, die nur Benutzername und Kennwort abfragen, können hier nicht senden.",
    },
    appPassword: {
      title: "Anmelden oder App-Kennwort verwenden",
      body: "Bevorzugen Sie eine Anwendung, die sich mit OAuth2 anmeldet. Eine Anwendung, die nur ein Kennwort annimmt, braucht ein App-Kennwort aus den Sicherheitseinstellungen Ihres Kontos, nicht Ihr normales Kennwort.",
      caveats:
        "Ein App-Kennwort ist ein Geheimnis für eine Anwendung: Es umgeht die Bestätigung in zwei Schritten. Geben Sie jeder Anwendung ein eigenes und widerrufen Sie es, wenn Sie die Anwendung nicht mehr nutzen.",
    },
  },

  setupHeading: "In Outlook einrichten",
  clientLabel: "Ihr Outlook",
  noSmtpNeeded: "Dieses Outlook braucht für dieses Konto keine SMTP-Einstellungen.",

  checklistHeading: "Sicherheits-Checkliste",
  checklistPendingServer: "Weitere Prüfungen erscheinen nach „Server prüfen“.",
  severity: {
    pass: "OK",
    info: "Hinweis",
    warn: "Warnung",
    fail: "Problem",
  },
  whyLabel: "Warum",
  actionLabel: "Was zu tun ist",

  verifyHeading: "Diesen Server prüfen",
  verifyIntro:
    "Der Outbox-Doctor-Server verbindet sich mit dem Mailserver und prüft Verschlüsselung, Zertifikat und Anmeldeverfahren. Er sendet nie ein Kennwort oder eine Nachricht.",
  verifyServerLabel: "Zu prüfender Server",
  verifyButton: "Server prüfen",
  verifyAgain: "Erneut prüfen",
  verifyRunning: (target: string) => `${target} wird geprüft…`,
  verifyElapsed: (seconds: number) => `${seconds} s vergangen (höchstens 15 s)`,
  verifyStepsHeading: "Schritte",
  verifySteps: {
    resolve: "Servernamen auflösen",
    connect: "Verbinden",
    greeting: "Begrüßung des Servers lesen",
    ehlo: "Fähigkeiten des Servers abfragen (EHLO)",
    starttls: "Auf Verschlüsselung umschalten (STARTTLS)",
    tls: "TLS-Handshake und Zertifikat",
    "ehlo-tls": "Verschlüsselt erneut abfragen",
  },
  stepOk: "erledigt",
  stepFailed: "fehlgeschlagen",
  verifyPassed: (target: string) => `${target}: keine Probleme gefunden.`,
  verifyFailed: (target: string) => `${target}: Probleme gefunden.`,
  verifyFindingsHeading: "Ergebnisse",
  verifyUnreachable:
    "Der Outbox-Doctor-Server ist nicht erreichbar, der Server kann gerade nicht geprüft werden. Die Einstellungen und die Checkliste oben gelten weiterhin.",
  verifyRejected: (message: string) => `Die Prüfung lief nicht: ${message}`,
  verifySlow: "Noch in Arbeit: Ein langsamer Mailserver braucht bis zu 15 Sekunden für eine Antwort.",
  verifyNoAnswer: (seconds: number) =>
    `Keine Antwort vom Outbox-Doctor-Server innerhalb von ${seconds} Sekunden. Vielleicht ist er ausgelastet; versuchen Sie es erneut.`,
  openReport: "Vollständigen Bericht öffnen",
  copyReportLink: "Link zum Bericht kopieren",
  reportLinkCopied: "Link zum Bericht in die Zwischenablage kopiert.",
  tlsSummary: (protocol: string, cipher: string) => `${protocol}, ${cipher}`,
  certificateSummary: (subject: string, days: number) =>
    `Zertifikat für ${subject}, noch ${days} Tage gültig`,
  certificateExpiredSummary: (subject: string) => `Zertifikat für ${subject}, abgelaufen`,

  explainHeading: "Fehler beheben",
  explainLabel: "Fehlermeldung oder Code einfügen",
  explainPlaceholder: "z. B. 535 5.7.139 Authentication unsuccessful oder 0x800CCC0E",
  explainButton: "Erklären",
  explainEmpty: "Fügen Sie zuerst eine Fehlermeldung oder einen Code ein.",
  explainNoMatch:
    "In diesem Text wurde kein bekannter Fehlercode gefunden. Fügen Sie die ganze Meldung samt Nummer ein.",
  explainLoadFailed:
    "Die Erklärung konnte nicht geladen werden: Prüfen Sie die Verbindung zum Outbox-Doctor-Server und versuchen Sie es erneut.",
  explainCause: "Ursache",
  explainFixes: "Probieren Sie der Reihe nach",

  bounceHeading: "Diese Nachricht ist ein Unzustellbarkeitsbericht",
  bounceReading: "Die ausgewählte Nachricht wird gelesen…",
  bounceUnreadable:
    "Outlook hat dem Bereich den Text dieser Nachricht nicht gegeben. Kopieren Sie den Text unten in „Fehler beheben“.",
  bounceNothing:
    "Das sieht nach einem Zustellbericht aus, doch der Bereich erkennt darin nichts. Fügen Sie die Antwortzeile mit der Nummer (zum Beispiel „550 5.1.1 …“) in „Fehler beheben“ ein.",
  bounceRecipients: "Nicht zugestellt an",
  bounceWhoActs: "Wer handeln muss",
  bounceActors: {
    you: "Sie: Ihre Einstellungen, Anmeldung, Sendelimits oder Absenderadresse",
    recipient: "Die Empfängerseite: deren Postfach oder deren Server",
    "domain-admin": "Die Administration Ihrer Domain: SPF, DKIM, DMARC, Sperrlisten oder Reverse-DNS",
    "nobody-yet": "Noch niemand: Das ist vorübergehend, die Nachricht wird erneut versucht",
  },
  bounceOffline: "Auf Ihrem Gerät erklärt: Die Nachricht hat Outlook dafür nicht verlassen.",

  diagnosticsHeading: "Diagnose",
  diagnosticsIntro: "Der Support fragt eventuell danach.",
  diagnostics: {
    hostName: "Host",
    hostVersion: "Host-Version",
    platform: "Plattform",
    language: "Sprache",
    mailboxRequirementSet: "Höchster Mailbox-Anforderungssatz",
    mode: "Modus",
    addinVersion: "Add-in-Version",
    build: "Build",
    userAgent: "Browser / Webview",
    serverOrigin: "Server",
    serverHealth: "Serverzustand",
    accountType: "Kontotyp (Outlook)",
    addressInUse: "Verwendete Adresse",
    settingsSource: "Quelle der Einstellungen",
    lastVerify: "Letzte Prüfung",
  },
  diagnosticsStandalone: "Kein Office-Host (eigenständig)",
  diagnosticsUnknown: "nicht gemeldet",
  healthStates: {
    ok: "erreichbar",
    checking: "wird geprüft…",
    unreachable: "nicht erreichbar",
    other: "antwortet mit einem Fehler",
  },
  verifySummary: (target: string, ok: boolean, failures: number) =>
    `${target}: ${ok ? "bestanden" : `nicht bestanden (${failures} Probleme)`}`,
  verifyNone: "nicht ausgeführt",
  copyDiagnostics: "Diagnose kopieren",
  copyTicket: "Für ein Ticket kopieren",
  copyTicketJson: "Für ein Ticket kopieren (JSON)",
  ticketHeadings: {
    diagnostics: "Diagnose",
    settings: "Einstellungen",
    incoming: "Posteingang",
    checklist: "Checkliste",
    findings: "Prüfergebnisse",
  },

  opensInBrowser: "(öffnet im Browser)",
};
