// Where each outgoing-server value goes in each Outlook, in the words that
// Outlook itself uses (English and German UI). Microsoft and Google accounts
// need no SMTP values in current Outlook: the account is added by signing in
// (modern authentication). SMTP values are for IMAP/POP accounts and for other
// apps and devices. Outlook on the web never sends through another server.
// Sources and label checks: docs/checklist.md, "Setup steps".

import { fillText, type Lang, type Localized, type TextValue } from "./language.js";
import type { OutlookClient, Security, Server, Settings } from "./types.js";

export interface SetupValue {
  label: string;
  value: string;
}

export interface SetupStep {
  text: string;
  values?: SetupValue[];
}

export interface SetupGuide {
  client: OutlookClient;
  clientName: string;
  /** False when the account is added by signing in, or when this client cannot use another SMTP server. */
  needsSmtpSettings: boolean;
  intro: string;
  steps: SetupStep[];
  notes: string[];
}

/** The fields a step can show, filled from the recommended server. */
type ValueField = "host" | "port" | "hostAndPort" | "encryption" | "username" | "password";

interface StepTemplate {
  text: Localized;
  values?: readonly ValueField[];
}

interface GuideTemplate {
  intro: Localized;
  steps: readonly StepTemplate[];
  notes: readonly Localized[];
}

interface ClientGuideData {
  name: Localized;
  /** False for Outlook on the web: it only sends through the signed-in mailbox's own servers. */
  acceptsOtherSmtpServers: boolean;
  /** How this client names each encryption choice (may use {port}). */
  encryption: Record<Security, Localized>;
  /** The field names as this client shows them. */
  labels: Record<ValueField, Localized>;
  /** Adding an account by signing in (Microsoft, Google). {email} {signIn} are filled in. */
  signIn: GuideTemplate;
  /** Entering the outgoing server by hand. */
  smtp: GuideTemplate;
}

const GENERIC_ENCRYPTION: Record<Security, Localized> = {
  tls: { en: "SSL/TLS", de: "SSL/TLS" },
  starttls: { en: "STARTTLS", de: "STARTTLS" },
  none: { en: "None (not encrypted)", de: "Keine (unverschlüsselt)" },
};

const GENERIC_LABELS: Record<ValueField, Localized> = {
  host: { en: "Outgoing server (SMTP)", de: "Postausgangsserver (SMTP)" },
  port: { en: "Port", de: "Port" },
  hostAndPort: { en: "Outgoing server and port", de: "Postausgangsserver und Port" },
  encryption: { en: "Encryption", de: "Verschlüsselung" },
  username: { en: "User name", de: "Benutzername" },
  password: { en: "Password", de: "Kennwort" },
};

const CLIENTS: Record<OutlookClient, ClientGuideData> = {
  "classic-windows": {
    name: { en: "Outlook for Windows (classic)", de: "Outlook für Windows (klassisch)" },
    acceptsOtherSmtpServers: true,
    // The choices of "Use the following type of encrypted connection" (Outlook 2016 and later).
    encryption: {
      tls: { en: "SSL/TLS", de: "SSL/TLS" },
      starttls: { en: "STARTTLS", de: "STARTTLS" },
      none: { en: "None", de: "Keine" },
    },
    labels: {
      host: { en: "Outgoing mail server (SMTP)", de: "Postausgangsserver (SMTP)" },
      port: { en: "Outgoing server (SMTP)", de: "Postausgangsserver (SMTP)" },
      hostAndPort: GENERIC_LABELS.hostAndPort,
      encryption: {
        en: "Use the following type of encrypted connection",
        de: "Verwenden Sie den folgenden verschlüsselten Verbindungstyp",
      },
      username: { en: "User Name", de: "Benutzername" },
      password: { en: "Password", de: "Kennwort" },
    },
    signIn: {
      intro: {
        en: "This account needs no SMTP settings in Outlook: add it with the address and sign in. Outlook connects with modern authentication (OAuth2) and finds the servers itself.",
        de: "Für dieses Konto braucht Outlook keine SMTP-Einstellungen: Konto mit der Adresse hinzufügen und anmelden. Outlook verbindet sich mit moderner Authentifizierung (OAuth2) und findet die Server selbst.",
      },
      steps: [
        {
          text: {
            en: "Choose File > Add Account, type {email} and choose Connect.",
            de: "Datei > Konto hinzufügen wählen, {email} eingeben und Verbinden wählen.",
          },
        },
        { text: { en: "{signIn}", de: "{signIn}" } },
        {
          text: {
            en: "Leave Advanced options alone and type no server names: there is nothing to set for sending.",
            de: "Erweiterte Optionen nicht öffnen und keine Servernamen eingeben: Für den Versand ist nichts einzustellen.",
          },
        },
      ],
      notes: [],
    },
    smtp: {
      intro: {
        en: "Outlook sends this account's mail through its outgoing (SMTP) server. These steps change an account that is already in Outlook; for a new one choose File > Add Account, then Advanced options > Let me set up my account manually > IMAP.",
        de: "Outlook versendet die E-Mails dieses Kontos über den Postausgangsserver (SMTP). Diese Schritte ändern ein Konto, das schon in Outlook ist; für ein neues Datei > Konto hinzufügen, dann Erweiterte Optionen > Ich möchte mein Konto manuell einrichten > IMAP wählen.",
      },
      steps: [
        {
          text: {
            en: "Choose File > Account Settings > Account Settings…, select {email} on the Email tab and choose Change….",
            de: "Datei > Kontoeinstellungen > Kontoeinstellungen… wählen, auf der Registerkarte E-Mail {email} markieren und Ändern… wählen.",
          },
        },
        {
          text: {
            en: "Under Server Information type the server in Outgoing mail server (SMTP); under Logon Information check the user name and password.",
            de: "Unter Serverinformationen den Server bei Postausgangsserver (SMTP) eintragen; unter Anmeldeinformationen Benutzername und Kennwort prüfen.",
          },
          values: ["host", "username", "password"],
        },
        {
          text: {
            en: "Choose More Settings… > Outgoing Server tab: tick My outgoing server (SMTP) requires authentication and Use same settings as my incoming mail server.",
            de: "Weitere Einstellungen… > Registerkarte Postausgangsserver: Der Postausgangsserver (SMTP) erfordert Authentifizierung und Gleiche Einstellungen wie für Posteingangsserver verwenden aktivieren.",
          },
        },
        {
          text: {
            en: "On the Advanced tab set the port in Outgoing server (SMTP) and pick the encryption in Use the following type of encrypted connection.",
            de: "Auf der Registerkarte Erweitert den Port bei Postausgangsserver (SMTP) eintragen und die Verschlüsselung bei Verwenden Sie den folgenden verschlüsselten Verbindungstyp wählen.",
          },
          values: ["port", "encryption"],
        },
        {
          text: {
            en: "Choose OK > Next. Outlook sends a test message; when both tests pass choose Close > Finish.",
            de: "OK > Weiter wählen. Outlook sendet eine Testnachricht; wenn beide Tests erfolgreich sind, Schließen > Fertig stellen wählen.",
          },
        },
      ],
      notes: [
        {
          en: 'Leave "Require logon using Secure Password Authentication (SPA)" unticked: with it the sign-in fails (0x800CCC18).',
          de: "„Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich“ nicht aktivieren: Damit scheitert die Anmeldung (0x800CCC18).",
        },
        {
          en: 'Do not pick "Auto": it may fall back to an unencrypted connection.',
          de: "Nicht „Automatisch“ wählen: Das kann auf eine unverschlüsselte Verbindung zurückfallen.",
        },
        {
          en: "In current versions File > Account Settings > Server Settings shows the same values in one dialog (Outgoing mail: Server, Port, Encryption method).",
          de: "In aktuellen Versionen zeigt Datei > Kontoeinstellungen > Servereinstellungen dieselben Werte in einem Dialog (Ausgehende E-Mail: Server, Port, Verschlüsselungsmethode).",
        },
      ],
    },
  },
  "new-windows": {
    name: { en: "New Outlook for Windows", de: "Neues Outlook für Windows" },
    acceptsOtherSmtpServers: true,
    encryption: {
      tls: { en: "SSL/TLS", de: "SSL/TLS" },
      starttls: { en: "STARTTLS", de: "STARTTLS" },
      none: { en: "None", de: "Keine" },
    },
    labels: {
      host: { en: "SMTP outgoing server", de: "SMTP-Postausgangsserver" },
      port: { en: "Port", de: "Port" },
      hostAndPort: GENERIC_LABELS.hostAndPort,
      encryption: { en: "Secure connection type", de: "Sicherer Verbindungstyp" },
      username: { en: "SMTP username", de: "SMTP-Benutzername" },
      password: { en: "SMTP password", de: "SMTP-Kennwort" },
    },
    signIn: {
      intro: {
        en: "This account needs no SMTP settings in new Outlook: add it with the address and sign in (modern authentication, OAuth2).",
        de: "Für dieses Konto braucht das neue Outlook keine SMTP-Einstellungen: Konto mit der Adresse hinzufügen und anmelden (moderne Authentifizierung, OAuth2).",
      },
      steps: [
        {
          text: {
            en: "Open Settings (gear icon) > Accounts > Email accounts and choose Add account.",
            de: "Einstellungen (Zahnrad) > Konten > E-Mail-Konten öffnen und Konto hinzufügen wählen.",
          },
        },
        {
          text: { en: "Type {email} and choose Continue.", de: "{email} eingeben und Weiter wählen." },
        },
        { text: { en: "{signIn}", de: "{signIn}" } },
      ],
      notes: [],
    },
    smtp: {
      intro: {
        en: "New Outlook asks for the outgoing server when you add an IMAP or POP account.",
        de: "Das neue Outlook fragt beim Hinzufügen eines IMAP- oder POP-Kontos nach dem Postausgangsserver.",
      },
      steps: [
        {
          text: {
            en: "Open Settings (gear icon) > Accounts > Email accounts and choose Add account.",
            de: "Einstellungen (Zahnrad) > Konten > E-Mail-Konten öffnen und Konto hinzufügen wählen.",
          },
        },
        {
          text: {
            en: "Type {email} and choose Continue; when asked for the account type choose IMAP (or POP).",
            de: "{email} eingeben und Weiter wählen; bei der Frage nach dem Kontotyp IMAP (oder POP) wählen.",
          },
        },
        {
          text: {
            en: "Choose Show more and fill in the outgoing part: SMTP outgoing server, Port, Secure connection type, SMTP username and SMTP password.",
            de: "Mehr anzeigen wählen und den Ausgangsteil ausfüllen: SMTP-Postausgangsserver, Port, Sicherer Verbindungstyp, SMTP-Benutzername und SMTP-Kennwort.",
          },
          values: ["host", "port", "encryption", "username", "password"],
        },
        {
          text: {
            en: "Choose Continue: Outlook tests the connection and adds the account.",
            de: "Weiter wählen: Outlook testet die Verbindung und fügt das Konto hinzu.",
          },
        },
      ],
      notes: [
        {
          en: "To correct the servers of an account that is already in new Outlook, remove it (Settings > Accounts > Email accounts > Manage > Remove) and add it again with these values.",
          de: "Um die Server eines Kontos zu korrigieren, das schon im neuen Outlook ist, das Konto entfernen (Einstellungen > Konten > E-Mail-Konten > Verwalten > Entfernen) und mit diesen Werten neu hinzufügen.",
        },
        {
          en: "New Outlook keeps IMAP and POP accounts in sync through the Microsoft cloud, so the provider sees sign-ins from Microsoft's servers, not from your computer.",
          de: "Das neue Outlook synchronisiert IMAP- und POP-Konten über die Microsoft-Cloud; der Anbieter sieht Anmeldungen von Microsoft-Servern, nicht von Ihrem Computer.",
        },
      ],
    },
  },
  mac: {
    name: { en: "Outlook for Mac", de: "Outlook für Mac" },
    acceptsOtherSmtpServers: true,
    // Outlook for Mac has one check box; with it ticked on port 587 it upgrades with STARTTLS.
    encryption: {
      tls: {
        en: "ticked, with port {port} (SSL/TLS from the start)",
        de: "aktiviert, mit Port {port} (SSL/TLS von Anfang an)",
      },
      starttls: {
        en: "ticked, with port {port} (Outlook for Mac then upgrades the connection with STARTTLS)",
        de: "aktiviert, mit Port {port} (Outlook für Mac verschlüsselt die Verbindung dann per STARTTLS)",
      },
      none: {
        en: "unticked (the connection is not encrypted)",
        de: "deaktiviert (die Verbindung ist unverschlüsselt)",
      },
    },
    labels: {
      host: { en: "Outgoing server", de: "Postausgangsserver" },
      port: { en: "Override default port", de: "Standardport überschreiben" },
      hostAndPort: GENERIC_LABELS.hostAndPort,
      encryption: { en: "Use SSL to connect", de: "SSL zum Verbinden verwenden" },
      username: { en: "User name", de: "Benutzername" },
      password: { en: "Password", de: "Kennwort" },
    },
    signIn: {
      intro: {
        en: "This account needs no SMTP settings in Outlook for Mac: add it with the address and sign in (modern authentication, OAuth2).",
        de: "Für dieses Konto braucht Outlook für Mac keine SMTP-Einstellungen: Konto mit der Adresse hinzufügen und anmelden (moderne Authentifizierung, OAuth2).",
      },
      steps: [
        {
          text: {
            en: "Choose Outlook > Settings… > Accounts (Preferences on older macOS), then + > New Account….",
            de: "Outlook > Einstellungen… > Konten wählen, dann + > Neues Konto….",
          },
        },
        {
          text: { en: "Type {email} and choose Continue.", de: "{email} eingeben und Weiter wählen." },
        },
        { text: { en: "{signIn}", de: "{signIn}" } },
      ],
      notes: [],
    },
    smtp: {
      intro: {
        en: "Outlook for Mac keeps the outgoing server on the account's page in Settings > Accounts.",
        de: "Outlook für Mac zeigt den Postausgangsserver auf der Seite des Kontos unter Einstellungen > Konten.",
      },
      steps: [
        {
          text: {
            en: "Choose Outlook > Settings… > Accounts (Preferences on older macOS) and select {email}. To add it first, choose + > New Account…, type the address, choose Continue and pick IMAP/POP.",
            de: "Outlook > Einstellungen… > Konten wählen und {email} auswählen. Um es erst hinzuzufügen: + > Neues Konto…, Adresse eingeben, Weiter wählen und IMAP/POP wählen.",
          },
        },
        {
          text: {
            en: "Under Outgoing server type the server, tick Override default port and type the port.",
            de: "Unter Postausgangsserver den Server eintragen, Standardport überschreiben aktivieren und den Port eintragen.",
          },
          values: ["host", "port"],
        },
        {
          text: {
            en: "Set the Use SSL to connect check box for the outgoing server.",
            de: "Das Kontrollkästchen SSL zum Verbinden verwenden beim Postausgangsserver setzen.",
          },
          values: ["encryption"],
        },
        {
          text: {
            en: "Choose More Options… below the outgoing server, set Authentication to User Name and Password and enter them.",
            de: "Weitere Optionen… unter dem Postausgangsserver wählen, Authentifizierung auf Benutzername und Kennwort stellen und beides eintragen.",
          },
          values: ["username", "password"],
        },
      ],
      notes: [],
    },
  },
  web: {
    name: { en: "Outlook on the web", de: "Outlook im Web" },
    acceptsOtherSmtpServers: false,
    encryption: GENERIC_ENCRYPTION,
    labels: GENERIC_LABELS,
    signIn: {
      intro: {
        en: "Outlook on the web already sends this mailbox's mail through its own servers: there is nothing to set.",
        de: "Outlook im Web versendet die E-Mails dieses Postfachs schon über die eigenen Server: Es ist nichts einzustellen.",
      },
      steps: [
        {
          text: {
            en: "Nothing to do: signed in to Outlook on the web as {email}, mail goes out through your mailbox's own servers.",
            de: "Nichts zu tun: Wenn Sie in Outlook im Web als {email} angemeldet sind, geht die E-Mail über die Server Ihres Postfachs hinaus.",
          },
        },
      ],
      notes: [],
    },
    smtp: {
      intro: {
        en: "Outlook on the web cannot send through another provider's SMTP server: it always sends through the mailbox you are signed in to. Outlook.com's connected accounts, which used to pull other mailboxes in, were removed in July 2024.",
        de: "Outlook im Web kann nicht über den SMTP-Server eines anderen Anbieters senden: Es sendet immer über das angemeldete Postfach. Die verbundenen Konten von Outlook.com, die früher andere Postfächer einbanden, wurden im Juli 2024 abgeschafft.",
      },
      steps: [
        {
          text: {
            en: "To send as {email} from Outlook, add the account in new or classic Outlook for Windows, Outlook for Mac or Outlook for iOS/Android: pick that app above for its steps.",
            de: "Um aus Outlook als {email} zu senden, das Konto im neuen oder klassischen Outlook für Windows, in Outlook für Mac oder Outlook für iOS/Android hinzufügen: Oben die App wählen, um ihre Schritte zu sehen.",
          },
        },
        {
          text: {
            en: "Those apps (and other mail programs) need these values:",
            de: "Diese Apps (und andere E-Mail-Programme) brauchen diese Werte:",
          },
          values: ["host", "port", "encryption", "username", "password"],
        },
      ],
      notes: [
        {
          en: "Forwarding the other mailbox to this one is no substitute: your replies would still come from this address.",
          de: "Eine Weiterleitung des anderen Postfachs hierher ersetzt das nicht: Antworten kämen weiter von dieser Adresse.",
        },
      ],
    },
  },
  mobile: {
    name: { en: "Outlook for iOS and Android", de: "Outlook für iOS und Android" },
    acceptsOtherSmtpServers: true,
    // The app has no encryption field: it negotiates from the port.
    encryption: {
      tls: {
        en: "SSL/TLS (chosen by the app for port {port})",
        de: "SSL/TLS (wählt die App für Port {port})",
      },
      starttls: {
        en: "STARTTLS (chosen by the app for port {port})",
        de: "STARTTLS (wählt die App für Port {port})",
      },
      none: { en: "None (not encrypted)", de: "Keine (unverschlüsselt)" },
    },
    labels: {
      host: { en: "SMTP Host Name", de: "SMTP-Hostname" },
      port: GENERIC_LABELS.port,
      hostAndPort: { en: "SMTP Host Name", de: "SMTP-Hostname" },
      encryption: GENERIC_LABELS.encryption,
      username: { en: "SMTP Username", de: "SMTP-Benutzername" },
      password: { en: "SMTP Password", de: "SMTP-Kennwort" },
    },
    signIn: {
      intro: {
        en: "This account needs no SMTP settings in the Outlook app: add it with the address and sign in (modern authentication, OAuth2).",
        de: "Für dieses Konto braucht die Outlook-App keine SMTP-Einstellungen: Konto mit der Adresse hinzufügen und anmelden (moderne Authentifizierung, OAuth2).",
      },
      steps: [
        {
          text: {
            en: "Open Settings (gear icon) and tap Add Mail Account > Add Email Account.",
            de: "Einstellungen (Zahnrad) öffnen und E-Mail-Konto hinzufügen > E-Mail-Konto hinzufügen antippen.",
          },
        },
        {
          text: { en: "Type {email} and tap Continue.", de: "{email} eingeben und Weiter antippen." },
        },
        { text: { en: "{signIn}", de: "{signIn}" } },
      ],
      notes: [],
    },
    smtp: {
      intro: {
        en: "The Outlook app asks for the outgoing server when you set up an IMAP account by hand.",
        de: "Die Outlook-App fragt nach dem Postausgangsserver, wenn Sie ein IMAP-Konto manuell einrichten.",
      },
      steps: [
        {
          text: {
            en: "Open Settings (gear icon) and tap Add Mail Account > Add Email Account, type {email} and tap Continue.",
            de: "Einstellungen (Zahnrad) öffnen, E-Mail-Konto hinzufügen > E-Mail-Konto hinzufügen antippen, {email} eingeben und Weiter antippen.",
          },
        },
        {
          text: {
            en: "If the app suggests a provider, tap Set up account manually, then choose IMAP.",
            de: "Schlägt die App einen Anbieter vor, Konto manuell einrichten antippen und IMAP wählen.",
          },
        },
        {
          text: {
            en: "Turn on Advanced Settings and fill in the SMTP part; type the port after the host name with a colon.",
            de: "Erweiterte Einstellungen einschalten und den SMTP-Teil ausfüllen; den Port mit Doppelpunkt hinter den Hostnamen schreiben.",
          },
          values: ["hostAndPort", "encryption", "username", "password"],
        },
        {
          text: {
            en: "Tap the check mark to sign in; the app tests sending and receiving.",
            de: "Das Häkchen antippen, um sich anzumelden; die App testet Senden und Empfangen.",
          },
        },
      ],
      notes: [],
    },
  },
};

/** The Outlook clients for a switcher, in the order to show them. */
export const OUTLOOK_CLIENTS: ReadonlyArray<{ id: OutlookClient; name: Localized }> = (
  ["new-windows", "classic-windows", "mac", "web", "mobile"] as const
).map((id) => ({ id, name: CLIENTS[id].name }));

interface SignInProvider {
  /** Clients where the account is added by signing in, without SMTP values. */
  clients: readonly OutlookClient[];
  /** What the sign-in looks like. */
  signIn: Localized;
  /** Where the SMTP values still matter. */
  notes: readonly Localized[];
}

const MICROSOFT_SIGN_IN: Localized = {
  en: "Sign in with your Microsoft password and second factor in the Microsoft window that opens.",
  de: "Im Microsoft-Fenster, das sich öffnet, mit Microsoft-Kennwort und zweitem Faktor anmelden.",
};

const GOOGLE_SIGN_IN: Localized = {
  en: "Outlook recognises Google and opens Google's sign-in (Continue with Google / Sign in with Google): sign in there and allow Outlook access. No app password is needed.",
  de: "Outlook erkennt Google und öffnet die Google-Anmeldung (Weiter mit Google / Über Google anmelden): dort anmelden und Outlook den Zugriff erlauben. Ein App-Passwort ist nicht nötig.",
};

const OTHER_APPS_NOTE: Localized = {
  en: "The SMTP values ({host}, port {port}, {encryptionName}) are for other apps and devices such as printers, scanners and scripts, and for IMAP/POP setups.",
  de: "Die SMTP-Werte ({host}, Port {port}, {encryptionName}) sind für andere Apps und Geräte wie Drucker, Scanner und Skripte sowie für IMAP/POP-Einrichtungen.",
};

const SIGN_IN_PROVIDERS: Readonly<Record<string, SignInProvider>> = {
  microsoft365: {
    clients: ["classic-windows", "new-windows", "mac", "web", "mobile"],
    signIn: MICROSOFT_SIGN_IN,
    notes: [
      OTHER_APPS_NOTE,
      {
        en: "Devices and apps that send through smtp.office365.com need SMTP AUTH enabled for the mailbox and OAuth2; password (basic) sign-in is off by default for existing tenants from the end of December 2026. Alternatives: direct send or an SMTP relay connector to your tenant's MX endpoint on port 25.",
        de: "Geräte und Apps, die über smtp.office365.com senden, brauchen für das Postfach aktiviertes SMTP AUTH und OAuth2; die Anmeldung per Kennwort (Basic Auth) ist für bestehende Mandanten ab Ende Dezember 2026 standardmäßig aus. Alternativen: Direct Send oder ein SMTP-Relay-Connector zum MX-Endpunkt Ihres Mandanten auf Port 25.",
      },
    ],
  },
  outlook: {
    clients: ["classic-windows", "new-windows", "mac", "web", "mobile"],
    signIn: MICROSOFT_SIGN_IN,
    notes: [
      OTHER_APPS_NOTE,
      {
        en: "Other apps can send through Outlook.com only with Microsoft sign-in (OAuth2): passwords and app passwords stopped working for SMTP on 16 September 2024.",
        de: "Andere Apps können über Outlook.com nur mit Microsoft-Anmeldung (OAuth2) senden: Kennwörter und App-Kennwörter funktionieren für SMTP seit dem 16. September 2024 nicht mehr.",
      },
    ],
  },
  gmail: {
    clients: ["classic-windows", "new-windows", "mac", "mobile"],
    signIn: GOOGLE_SIGN_IN,
    notes: [
      OTHER_APPS_NOTE,
      {
        en: "Outlook 2016 and 2019 bought without Microsoft 365 cannot sign in with Google: they need the SMTP values and an app password (which needs 2-Step Verification).",
        de: "Outlook 2016 und 2019 ohne Microsoft 365 können sich nicht bei Google anmelden: Sie brauchen die SMTP-Werte und ein App-Passwort (das die Bestätigung in zwei Schritten voraussetzt).",
      },
    ],
  },
};
// A Google Workspace account signs in exactly like a Gmail one.
const SIGN_IN_BY_PROVIDER: Readonly<Record<string, SignInProvider | undefined>> = {
  ...SIGN_IN_PROVIDERS,
  "google-workspace": SIGN_IN_PROVIDERS.gmail,
};

/** What to type as the password, where the provider calls it something else. */
const PASSWORD_BY_PROVIDER: Readonly<Record<string, Localized>> = {
  qq: { en: "the 16-character authorization code", de: "den 16-stelligen Autorisierungscode" },
  netease163: { en: "the client authorization code", de: "den Client-Autorisierungscode" },
  netease126: { en: "the client authorization code", de: "den Client-Autorisierungscode" },
  att: { en: "your secure mail key", de: "Ihren Secure Mail Key" },
  proton: { en: "the password Proton Mail Bridge shows", de: "das Kennwort, das Proton Mail Bridge anzeigt" },
};

type PasswordKind = "password" | "password-or-app" | "app-password" | "oauth2" | "none";

const PASSWORD_BY_KIND: Readonly<Record<PasswordKind, Localized>> = {
  password: { en: "your email password", de: "Ihr E-Mail-Kennwort" },
  "password-or-app": {
    en: "your email password, or an app password if two-factor sign-in is on",
    de: "Ihr E-Mail-Kennwort oder, wenn die Zwei-Faktor-Anmeldung an ist, ein App-Kennwort",
  },
  "app-password": { en: "an app password for this app", de: "ein App-Kennwort für diese App" },
  oauth2: {
    en: "none: sign in when the provider's window opens (OAuth2)",
    de: "keins: anmelden, wenn sich das Fenster des Anbieters öffnet (OAuth2)",
  },
  none: {
    en: "none: this server does not ask for a sign-in",
    de: "keins: Dieser Server verlangt keine Anmeldung",
  },
};

/** Setup remarks that hold whatever the client. */
const PROVIDER_NOTES: Readonly<Record<string, readonly Localized[]>> = {
  proton: [
    {
      en: "Proton Mail Bridge must be running on this computer: the server 127.0.0.1 is the Bridge itself. Outlook may ask once to trust Bridge's own certificate.",
      de: "Proton Mail Bridge muss auf diesem Computer laufen: Der Server 127.0.0.1 ist Bridge selbst. Outlook fragt eventuell einmal, ob es dem eigenen Zertifikat von Bridge vertrauen soll.",
    },
  ],
  gmx: [
    {
      en: "Turn on POP3/IMAP access in the GMX web mail settings first, or sign-in is refused.",
      de: "Zuerst in den GMX-Einstellungen im Web den POP3/IMAP-Abruf einschalten, sonst wird die Anmeldung abgelehnt.",
    },
  ],
  webde: [
    {
      en: "Turn on POP3/IMAP access in the WEB.DE web mail settings first, or sign-in is refused.",
      de: "Zuerst in den WEB.DE-Einstellungen im Web den POP3/IMAP-Abruf einschalten, sonst wird die Anmeldung abgelehnt.",
    },
  ],
  qq: [
    {
      en: "Turn on the SMTP service in QQ Mail's settings and generate the authorization code there.",
      de: "In den Einstellungen von QQ Mail den SMTP-Dienst einschalten und dort den Autorisierungscode erzeugen.",
    },
  ],
  icloud: [
    {
      en: "Use an app-specific password from your Apple Account (two-factor authentication must be on) and the full address as user name.",
      de: "Ein app-spezifisches Passwort aus Ihrem Apple Account verwenden (Zwei-Faktor-Authentifizierung muss an sein) und die volle Adresse als Benutzernamen.",
    },
  ],
};

const NO_SERVER: GuideTemplate = {
  intro: {
    en: "No outgoing server is known for {email} yet, so there is nothing to fill in.",
    de: "Für {email} ist noch kein Postausgangsserver bekannt, deshalb gibt es nichts einzutragen.",
  },
  steps: [
    {
      text: {
        en: "Ask your email provider for the outgoing (SMTP) server name, port, encryption and user name, then check them here with Verify.",
        de: "Beim E-Mail-Anbieter Namen, Port, Verschlüsselung und Benutzernamen des Postausgangsservers (SMTP) erfragen und hier mit Überprüfen testen.",
      },
    },
  ],
  notes: [],
};

// Manual IMAP setups in Outlook sign in with a password, so a password-type
// method wins over OAuth2 here even when the provider prefers OAuth2.
function passwordKind(server: Server): PasswordKind {
  const has = (method: Server["auth"][number]): boolean => server.auth.includes(method);
  if (has("password")) return has("app-password") ? "password-or-app" : "password";
  if (has("app-password")) return "app-password";
  if (has("oauth2")) return "oauth2";
  return "none";
}

function passwordText(settings: Settings, server: Server): Localized {
  const byProvider = settings.provider ? PASSWORD_BY_PROVIDER[settings.provider.id] : undefined;
  return byProvider ?? PASSWORD_BY_KIND[passwordKind(server)];
}

function fieldValues(
  data: ClientGuideData,
  settings: Settings,
  server: Server | undefined,
): Record<string, TextValue> {
  if (!server) return { email: settings.email };
  const port = server.port;
  const fill = (text: Localized): Localized => ({
    en: fillText(text.en, { port }, "en"),
    de: fillText(text.de, { port }, "de"),
  });
  return {
    email: settings.email,
    host: server.host,
    port,
    hostAndPort: `${server.host}:${port}`,
    encryption: fill(data.encryption[server.security]),
    encryptionName: GENERIC_ENCRYPTION[server.security],
    username: server.username,
    password: passwordText(settings, server),
  };
}

function renderTemplate(
  template: GuideTemplate,
  data: ClientGuideData,
  values: Record<string, TextValue>,
  lang: Lang,
): Pick<SetupGuide, "intro" | "steps" | "notes"> {
  return {
    intro: fillText(template.intro[lang], values, lang),
    steps: template.steps.map((step) => {
      const text = fillText(step.text[lang], values, lang);
      if (!step.values) return { text };
      return {
        text,
        values: step.values.map((field) => ({
          label: data.labels[field][lang],
          value: fillText(`{${field}}`, values, lang),
        })),
      };
    }),
    notes: template.notes.map((note) => fillText(note[lang], values, lang)),
  };
}

/** Step-by-step instructions for putting these settings into one Outlook client. */
export function setupGuide(client: OutlookClient, settings: Settings, lang: Lang): SetupGuide {
  const data = CLIENTS[client];
  const server = settings.servers[0];
  const providerId = settings.provider?.id ?? "";
  const signInProvider = SIGN_IN_BY_PROVIDER[providerId];
  const signsIn = signInProvider?.clients.includes(client) === true;
  const values = fieldValues(data, settings, server);
  const providerNotes = (PROVIDER_NOTES[providerId] ?? []).map((note) => fillText(note[lang], values, lang));

  let body: Pick<SetupGuide, "intro" | "steps" | "notes">;
  if (signsIn && signInProvider) {
    body = renderTemplate(data.signIn, data, { ...values, signIn: signInProvider.signIn }, lang);
    // Notes about SMTP values only make sense when we know them.
    if (server) body.notes.push(...signInProvider.notes.map((note) => fillText(note[lang], values, lang)));
  } else if (!server && data.acceptsOtherSmtpServers) {
    body = renderTemplate(NO_SERVER, data, values, lang);
  } else if (!server) {
    body = renderTemplate({ ...data.smtp, steps: data.smtp.steps.slice(0, 1) }, data, values, lang);
  } else {
    body = renderTemplate(data.smtp, data, values, lang);
  }
  return {
    client,
    clientName: data.name[lang],
    needsSmtpSettings: !signsIn && data.acceptsOtherSmtpServers,
    intro: body.intro,
    steps: body.steps,
    notes: [...body.notes, ...providerNotes],
  };
}

/** Every text of the setup data, for the completeness test. */
export function allSetupTexts(): Localized[] {
  const guides = (Object.values(CLIENTS) as ClientGuideData[]).flatMap((data) => [
    data.name,
    ...Object.values(data.encryption),
    ...Object.values(data.labels),
    ...[data.signIn, data.smtp].flatMap((t) => [t.intro, ...t.steps.map((s) => s.text), ...t.notes]),
  ]);
  return [
    ...guides,
    ...Object.values(SIGN_IN_PROVIDERS).flatMap((p) => [p.signIn, ...p.notes]),
    ...Object.values(PASSWORD_BY_PROVIDER),
    ...Object.values(PASSWORD_BY_KIND),
    ...Object.values(PROVIDER_NOTES).flat(),
    NO_SERVER.intro,
    ...NO_SERVER.steps.map((s) => s.text),
  ];
}
