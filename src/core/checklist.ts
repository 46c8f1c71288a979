// The security checklist: rules as data, each a stable item id, its texts in
// every language and a function that picks a status (or null when the rule
// does not apply). Items that need a live probe or a DNS report are `info`
// ("run Verify") until the caller passes the report, under the same id, so a
// UI can update them in place. Rules, ids and sources: docs/checklist.md.

import { fillText, type Lang, type Localized, type TextValue } from "./language.js";
import type {
  ChecklistItem,
  DomainReport,
  MailboxContext,
  Server,
  Severity,
  Settings,
  VerifyReport,
} from "./types.js";

export interface ChecklistInput {
  settings: Settings;
  context?: Partial<MailboxContext>;
  verify?: VerifyReport | null;
  domain?: DomainReport | null;
  /**
   * The device's time when the verify report arrived. Defaults to the current
   * time; the clock check runs only when it is given explicitly.
   */
  now?: Date;
}

export interface RuleText {
  title: Localized;
  why: Localized;
  action: Localized;
}

export interface RuleOutcome<K extends string> {
  status: Severity;
  text: K;
  values?: Readonly<Record<string, TextValue>>;
}

/** What every rule needs, worked out once per build. */
export interface InputFacts {
  server: Server | undefined;
  providerId: string;
  /** Finding ids of the verify report; empty without one. */
  verifyFindings: ReadonlySet<string>;
  verify: VerifyReport | null;
  domain: DomainReport | null;
  now: Date;
}

export interface ChecklistRule<K extends string = string> {
  /** Stable kebab-case item id (documented in docs/checklist.md). */
  id: string;
  texts: Readonly<Record<K, RuleText>>;
  evaluate(input: ChecklistInput, facts: InputFacts): RuleOutcome<K> | null;
}

/** Keeps each rule's text keys checked against its own texts. */
function defineRule<K extends string>(rule: ChecklistRule<K>): ChecklistRule {
  return rule;
}

// ---- Shared texts and facts -------------------------------------------------

const RUN_VERIFY: Localized = {
  en: "Run Verify on this server to check it live.",
  de: "Den Server mit „Überprüfen“ live testen.",
};

const NOTHING_TO_DO: Localized = { en: "Nothing to do.", de: "Nichts zu tun." };

const UNREACHED_WHY: Localized = {
  en: "The live check stopped before this point (see the Verify report), so this could not be checked.",
  de: "Der Live-Test brach vorher ab (siehe Prüfbericht), deshalb konnte das nicht geprüft werden.",
};

const UNREACHED_ACTION: Localized = {
  en: "Fix the connection problem the Verify report shows, then verify again.",
  de: "Das Verbindungsproblem aus dem Prüfbericht beheben und erneut überprüfen.",
};

const SECURITY_NAMES: Record<Server["security"], Localized> = {
  tls: { en: "SSL/TLS", de: "SSL/TLS" },
  starttls: { en: "STARTTLS", de: "STARTTLS" },
  none: { en: "no encryption", de: "keine Verschlüsselung" },
};

/** Ports meant for mail programs: 587 (RFC 6409) and 465 (RFC 8314). */
const SUBMISSION_PORTS: ReadonlySet<number> = new Set([587, 465]);

/**
 * Providers whose addresses are the provider's own consumer domains: their
 * users cannot change SPF/DKIM/DMARC, so the domain item does not apply. A
 * match by MX means a custom domain hosted there, which the rule does cover.
 */
const CONSUMER_PROVIDER_IDS: ReadonlySet<string> = new Set([
  "outlook",
  "gmail",
  "yahoo",
  "aol",
  "att",
  "icloud",
  "gmx",
  "webde",
  "yandex",
  "mailru",
  "qq",
  "netease163",
  "netease126",
  "comcast",
  "proton",
]);

/** Microsoft MC786329: basic auth for SMTP AUTH off by default for existing tenants at the end of December 2026. */
const M365_BASIC_AUTH_CUTOFF = Date.UTC(2026, 11, 31);

/** Beyond this, a device clock breaks certificate checks in practice. */
const CLOCK_TOLERANCE_MINUTES = 5;

function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return name === "localhost" || name === "::1" || /^127\.\d+\.\d+\.\d+$/.test(name);
}

function hasAny(findings: ReadonlySet<string>, ids: readonly string[]): boolean {
  return ids.some((id) => findings.has(id));
}

// ---- 1. Encryption ------------------------------------------------------------

const encryption = defineRule({
  id: "encryption",
  texts: {
    off: {
      title: { en: "Encryption is off", de: "Verschlüsselung ist aus" },
      why: {
        en: "Without TLS your password and every message cross the network readable by anyone on the way. RFC 8314 requires encrypted submission.",
        de: "Ohne TLS gehen Kennwort und jede Nachricht lesbar über das Netz, für jeden auf dem Weg. RFC 8314 verlangt verschlüsselte Einlieferung.",
      },
      action: {
        en: "Use port 465 with SSL/TLS or port 587 with STARTTLS. If the provider offers no encrypted server, move to one that does.",
        de: "Port 465 mit SSL/TLS oder Port 587 mit STARTTLS verwenden. Bietet der Anbieter keinen verschlüsselten Server, zu einem wechseln, der das tut.",
      },
    },
    starttlsMissing: {
      title: { en: "The server did not offer STARTTLS", de: "Der Server bot kein STARTTLS an" },
      why: {
        en: "Without STARTTLS a careful client stops and a careless one sends unencrypted. If the server normally offers it, something on the network may be removing it.",
        de: "Ohne STARTTLS bricht ein sorgfältiges Programm ab und ein nachlässiges sendet unverschlüsselt. Bietet der Server es sonst an, entfernt es womöglich etwas im Netz.",
      },
      action: {
        en: "Check the pairing: 465 goes with SSL/TLS, 587 with STARTTLS. If that is right, try another network; a firewall or antivirus mail scanner may strip STARTTLS.",
        de: "Die Kombination prüfen: 465 gehört zu SSL/TLS, 587 zu STARTTLS. Stimmt das, ein anderes Netz versuchen; eine Firewall oder ein Virenscanner kann STARTTLS entfernen.",
      },
    },
    tlsFailed: {
      title: { en: "The TLS handshake failed", de: "Der TLS-Verbindungsaufbau schlug fehl" },
      why: {
        en: "Usually the encryption choice does not match the port (SSL/TLS on 587, STARTTLS on 465), or server and client share no TLS version.",
        de: "Meist passt die Verschlüsselung nicht zum Port (SSL/TLS auf 587, STARTTLS auf 465) oder Server und Programm haben keine gemeinsame TLS-Version.",
      },
      action: {
        en: "Use SSL/TLS with port 465 and STARTTLS with port 587, then verify again. Old devices that cannot do TLS 1.2 need an update.",
        de: "SSL/TLS mit Port 465 und STARTTLS mit Port 587 verwenden und erneut überprüfen. Alte Geräte ohne TLS 1.2 brauchen ein Update.",
      },
    },
    tlsOld: {
      title: { en: "Outdated encryption ({protocol})", de: "Veraltete Verschlüsselung ({protocol})" },
      why: {
        en: "TLS 1.0 and 1.1 are broken and retired; RFC 8997 requires TLS 1.2 or newer, and Microsoft 365 and other providers refuse older versions.",
        de: "TLS 1.0 und 1.1 sind unsicher und abgekündigt; RFC 8997 verlangt TLS 1.2 oder neuer, und Microsoft 365 und andere Anbieter lehnen ältere Versionen ab.",
      },
      action: {
        en: "Ask the server's operator to enable TLS 1.2 and 1.3.",
        de: "Den Betreiber des Servers bitten, TLS 1.2 und 1.3 einzuschalten.",
      },
    },
    tlsOk: {
      title: { en: "Encrypted with {protocol}", de: "Verschlüsselt mit {protocol}" },
      why: {
        en: "The server negotiated TLS 1.2 or newer, as RFC 8997 requires.",
        de: "Der Server hat TLS 1.2 oder neuer ausgehandelt, wie RFC 8997 es verlangt.",
      },
      action: NOTHING_TO_DO,
    },
    notVerified: {
      title: {
        en: "Encryption: {security} on port {port}",
        de: "Verschlüsselung: {security} auf Port {port}",
      },
      why: {
        en: "These settings encrypt the connection. Only a live check shows which TLS version the server really uses (TLS 1.2 or newer is required).",
        de: "Diese Einstellungen verschlüsseln die Verbindung. Erst ein Live-Test zeigt, welche TLS-Version der Server wirklich nutzt (TLS 1.2 oder neuer ist Pflicht).",
      },
      action: RUN_VERIFY,
    },
    unreached: {
      title: { en: "Encryption not checked", de: "Verschlüsselung nicht geprüft" },
      why: UNREACHED_WHY,
      action: UNREACHED_ACTION,
    },
  },
  evaluate(_input, { server, verify, verifyFindings: f }) {
    if (!server) return null;
    const values = {
      security: SECURITY_NAMES[server.security],
      port: server.port,
      protocol: verify?.tls?.protocol ?? "TLS",
    };
    if (server.security === "none" || f.has("plaintext")) return { status: "fail", text: "off", values };
    if (!verify) return { status: "info", text: "notVerified", values };
    if (f.has("tls-old-version")) return { status: "fail", text: "tlsOld", values };
    if (f.has("tls-failed")) return { status: "fail", text: "tlsFailed", values };
    if (f.has("starttls-missing")) return { status: "fail", text: "starttlsMissing", values };
    if (f.has("tls-ok")) return { status: "pass", text: "tlsOk", values };
    return { status: "info", text: "unreached", values };
  },
});

// ---- 2. Submission port -------------------------------------------------------

const submissionPort = defineRule({
  id: "submission-port",
  texts: {
    port25: {
      title: { en: "Port 25 is for server-to-server mail", de: "Port 25 ist für Mail zwischen Servern" },
      why: {
        en: "RFC 6409 gives mail programs port 587 (and RFC 8314 port 465). Many networks block port 25, and servers there often accept mail without sign-in or encryption.",
        de: "RFC 6409 sieht für E-Mail-Programme Port 587 vor (RFC 8314 Port 465). Viele Netze sperren Port 25, und Server dort nehmen Mail oft ohne Anmeldung oder Verschlüsselung an.",
      },
      action: {
        en: "Use port 587 with STARTTLS or port 465 with SSL/TLS.",
        de: "Port 587 mit STARTTLS oder Port 465 mit SSL/TLS verwenden.",
      },
    },
    submission: {
      title: { en: "Port {port} is a submission port", de: "Port {port} ist ein Einlieferungsport" },
      why: {
        en: "Port {port} is meant for mail programs (RFC 6409, RFC 8314) and is rarely blocked.",
        de: "Port {port} ist für E-Mail-Programme gedacht (RFC 6409, RFC 8314) und wird selten gesperrt.",
      },
      action: NOTHING_TO_DO,
    },
    local: {
      title: { en: "Port {port} on this computer", de: "Port {port} auf diesem Computer" },
      why: {
        en: "The server runs on this computer (a local bridge such as Proton Mail Bridge), so no network can block the port.",
        de: "Der Server läuft auf diesem Computer (eine lokale Bridge wie Proton Mail Bridge), daher kann kein Netz den Port sperren.",
      },
      action: {
        en: "Use the port the bridge shows in its settings.",
        de: "Den Port verwenden, den die Bridge in ihren Einstellungen anzeigt.",
      },
    },
    other: {
      title: { en: "Unusual port {port}", de: "Ungewöhnlicher Port {port}" },
      why: {
        en: "Some providers offer an extra port such as 2525 for networks that block 587; it works only where the provider documents it.",
        de: "Manche Anbieter bieten einen Zusatzport wie 2525 für Netze an, die 587 sperren; er funktioniert nur, wo der Anbieter ihn dokumentiert.",
      },
      action: {
        en: "Prefer 587 or 465 when they are reachable.",
        de: "587 oder 465 vorziehen, wenn sie erreichbar sind.",
      },
    },
  },
  evaluate(_input, { server, verifyFindings }) {
    if (!server) return null;
    const values = { port: server.port };
    if (server.port === 25 || verifyFindings.has("port-25-submission")) {
      return { status: "warn", text: "port25", values: { port: 25 } };
    }
    if (isLoopbackHost(server.host)) return { status: "pass", text: "local", values };
    if (SUBMISSION_PORTS.has(server.port)) return { status: "pass", text: "submission", values };
    return { status: "info", text: "other", values };
  },
});

// ---- 3. Authentication only after TLS ---------------------------------------

const authAfterTls = defineRule({
  id: "auth-after-tls",
  texts: {
    beforeTls: {
      title: {
        en: "Password sign-in offered before encryption",
        de: "Kennwort-Anmeldung vor der Verschlüsselung angeboten",
      },
      why: {
        en: "The server offered {mechanisms} before TLS. A program that uses it sends the password readable; RFC 4954 allows plaintext mechanisms only under TLS.",
        de: "Der Server bot {mechanisms} vor TLS an. Ein Programm, das das nutzt, sendet das Kennwort lesbar; RFC 4954 erlaubt Klartext-Verfahren nur unter TLS.",
      },
      action: {
        en: "Make sure your program uses SSL/TLS or STARTTLS, never 'None'. The server's operator should offer AUTH only after TLS.",
        de: "Sicherstellen, dass Ihr Programm SSL/TLS oder STARTTLS nutzt, nie „Keine“. Der Betreiber sollte AUTH erst nach TLS anbieten.",
      },
    },
    missing: {
      title: { en: "The server offered no sign-in", de: "Der Server bot keine Anmeldung an" },
      why: {
        en: "After TLS the server offered no AUTH. It either accepts mail by network address (a relay for one network) or from anyone, which would be an open relay.",
        de: "Nach TLS bot der Server kein AUTH an. Er nimmt Mail entweder nach Netzadresse an (Relay für ein Netz) oder von jedem, was ein offenes Relay wäre.",
      },
      action: {
        en: "Check that this is your provider's submission server: sending normally needs a sign-in.",
        de: "Prüfen, ob das der Einlieferungsserver Ihres Anbieters ist: Senden braucht normalerweise eine Anmeldung.",
      },
    },
    ok: {
      title: { en: "Sign-in only after encryption", de: "Anmeldung erst nach der Verschlüsselung" },
      why: {
        en: "The server offers sign-in ({mechanisms}) only once the connection is encrypted, as RFC 4954 requires.",
        de: "Der Server bietet die Anmeldung ({mechanisms}) erst an, wenn die Verbindung verschlüsselt ist, wie RFC 4954 es verlangt.",
      },
      action: NOTHING_TO_DO,
    },
    notVerified: {
      title: { en: "Sign-in protection not checked yet", de: "Schutz der Anmeldung noch nicht geprüft" },
      why: {
        en: "Only a live check shows whether the server asks for a sign-in, and only after encryption.",
        de: "Erst ein Live-Test zeigt, ob der Server eine Anmeldung verlangt, und zwar erst nach der Verschlüsselung.",
      },
      action: RUN_VERIFY,
    },
    unreached: {
      title: { en: "Sign-in protection not checked", de: "Schutz der Anmeldung nicht geprüft" },
      why: UNREACHED_WHY,
      action: UNREACHED_ACTION,
    },
  },
  evaluate(_input, { server, verify, verifyFindings: f }) {
    if (!server) return null;
    if (!verify) return { status: "info", text: "notVerified" };
    const mechanisms = (list: string[]): string => (list.length > 0 ? list.join(", ") : "AUTH");
    if (f.has("auth-before-tls")) {
      return { status: "fail", text: "beforeTls", values: { mechanisms: mechanisms(verify.auth.beforeTls) } };
    }
    if (f.has("auth-missing")) return { status: "warn", text: "missing" };
    if (f.has("auth-ok")) {
      return { status: "pass", text: "ok", values: { mechanisms: mechanisms(verify.auth.afterTls) } };
    }
    return { status: "info", text: "unreached" };
  },
});

// ---- 4. OAuth2 preferred over passwords -----------------------------------

const modernSignIn = defineRule({
  id: "modern-sign-in",
  texts: {
    oauth2Only: {
      title: { en: "Modern sign-in only (OAuth2)", de: "Nur moderne Anmeldung (OAuth2)" },
      why: {
        en: "This provider accepts only OAuth2 for sending: no password sits in the program's settings, and sign-in goes through your two-factor protection.",
        de: "Dieser Anbieter akzeptiert zum Senden nur OAuth2: Kein Kennwort liegt in den Einstellungen des Programms, und die Anmeldung läuft über Ihren Zwei-Faktor-Schutz.",
      },
      action: {
        en: "Use a program that supports modern sign-in (Outlook, Thunderbird, Apple Mail). Devices and scripts that only know passwords cannot send here.",
        de: "Ein Programm mit moderner Anmeldung verwenden (Outlook, Thunderbird, Apple Mail). Geräte und Skripte, die nur Kennwörter kennen, können hier nicht senden.",
      },
    },
    oauth2Offered: {
      title: { en: "Modern sign-in available (OAuth2)", de: "Moderne Anmeldung verfügbar (OAuth2)" },
      why: {
        en: "Signing in on the provider's own page keeps your password out of the program and works with two-factor sign-in.",
        de: "Die Anmeldung auf der Seite des Anbieters hält Ihr Kennwort aus dem Programm heraus und funktioniert mit Zwei-Faktor-Anmeldung.",
      },
      action: {
        en: "Choose the provider's sign-in where your program offers it; use an app password only for programs that cannot.",
        de: "Die Anmeldung des Anbieters wählen, wo Ihr Programm sie anbietet; ein App-Kennwort nur für Programme verwenden, die das nicht können.",
      },
    },
    appPasswordOnly: {
      title: { en: "An app password is needed", de: "Ein App-Kennwort ist nötig" },
      why: {
        en: "This provider does not take your main password for sending; an app password is a separate secret for one program.",
        de: "Dieser Anbieter nimmt Ihr Hauptkennwort nicht zum Senden; ein App-Kennwort ist ein eigenes Geheimnis für ein Programm.",
      },
      action: {
        en: "Create one app password per program, name it after the program and revoke it when you stop using it.",
        de: "Pro Programm ein App-Kennwort anlegen, nach dem Programm benennen und widerrufen, wenn Sie es nicht mehr nutzen.",
      },
    },
    localBridge: {
      title: { en: "Local bridge password", de: "Kennwort der lokalen Bridge" },
      why: {
        en: "The server runs on this computer (such as Proton Mail Bridge) and generates its own password, which never crosses the network.",
        de: "Der Server läuft auf diesem Computer (etwa Proton Mail Bridge) und erzeugt ein eigenes Kennwort, das nie über das Netz geht.",
      },
      action: {
        en: "Use the password the bridge shows, not your account password.",
        de: "Das Kennwort verwenden, das die Bridge anzeigt, nicht Ihr Kontokennwort.",
      },
    },
    passwordOnly: {
      title: { en: "Password sign-in only", de: "Nur Anmeldung per Kennwort" },
      why: {
        en: "The provider takes only a password for sending. A leaked or reused password opens the whole mailbox.",
        de: "Der Anbieter nimmt zum Senden nur ein Kennwort. Ein gestohlenes oder mehrfach genutztes Kennwort öffnet das ganze Postfach.",
      },
      action: {
        en: "Use a long password you use nowhere else (a password manager helps), and turn on two-factor sign-in and app passwords if the provider offers them.",
        de: "Ein langes Kennwort verwenden, das Sie sonst nirgends nutzen (ein Passwort-Manager hilft), und Zwei-Faktor-Anmeldung und App-Kennwörter einschalten, falls angeboten.",
      },
    },
  },
  evaluate(_input, { server, verifyFindings }) {
    if (!server) return null;
    const methods = server.auth.filter((method) => method !== "none");
    if (methods.length === 0) return null;
    if (methods.every((method) => method === "oauth2")) return { status: "pass", text: "oauth2Only" };
    if (isLoopbackHost(server.host)) return { status: "info", text: "localBridge" };
    if (methods.includes("oauth2") || verifyFindings.has("oauth2-supported")) {
      return { status: "pass", text: "oauth2Offered" };
    }
    if (!methods.includes("password")) return { status: "info", text: "appPasswordOnly" };
    return { status: "warn", text: "passwordOnly" };
  },
});

// ---- 5. MFA and app passwords, per provider -------------------------------

const APP_PASSWORD_RULE_TEXTS = {
  google: {
    title: { en: "Google: sign-in or app password", de: "Google: Anmeldung oder App-Passwort" },
    why: {
      en: "Google stopped accepting the account password from mail programs in 2022 (Workspace: 2024). App passwords need 2-Step Verification, do not exist with security-key-only sign-in or Advanced Protection, and are revoked when you change your Google password. Each one bypasses 2-Step Verification for its program.",
      de: "Google nimmt das Kontokennwort von E-Mail-Programmen seit 2022 nicht mehr an (Workspace: 2024). App-Passwörter setzen die Bestätigung in zwei Schritten voraus, gibt es nicht bei Anmeldung nur mit Sicherheitsschlüssel oder dem Erweiterten Schutzprogramm und werden beim Ändern des Google-Kennworts widerrufen. Jedes umgeht die Bestätigung in zwei Schritten für sein Programm.",
    },
    action: {
      en: "Prefer Sign in with Google. If a program needs an app password, create one for it alone in your Google Account under Security and delete it when done.",
      de: "„Über Google anmelden“ vorziehen. Braucht ein Programm ein App-Passwort, im Google-Konto unter Sicherheit eines nur dafür erstellen und danach löschen.",
    },
  },
  yahooAol: {
    title: { en: "App password for mail programs", de: "App-Passwort für E-Mail-Programme" },
    why: {
      en: "This provider accepts its own sign-in (OAuth2) or an app password, not the account password. An app password works without your second factor, so it is a secret for one program only.",
      de: "Dieser Anbieter akzeptiert seine eigene Anmeldung (OAuth2) oder ein App-Passwort, nicht das Kontokennwort. Ein App-Passwort funktioniert ohne zweiten Faktor und ist daher ein Geheimnis für genau ein Programm.",
    },
    action: {
      en: "Use the provider's sign-in where the program offers it; otherwise generate an app password in the account's security settings, one per program.",
      de: "Die Anmeldung des Anbieters nutzen, wo das Programm sie anbietet; sonst in den Sicherheitseinstellungen des Kontos ein App-Passwort erzeugen, eines pro Programm.",
    },
  },
  att: {
    title: { en: "AT&T: secure mail key", de: "AT&T: Secure Mail Key" },
    why: {
      en: "AT&T mail programs sign in with a secure mail key, an app password that works without your second factor.",
      de: "E-Mail-Programme melden sich bei AT&T mit einem Secure Mail Key an, einem App-Passwort, das ohne zweiten Faktor funktioniert.",
    },
    action: {
      en: "Create a secure mail key per program in your AT&T profile and delete keys you no longer use.",
      de: "Im AT&T-Profil pro Programm einen Secure Mail Key erstellen und nicht mehr genutzte löschen.",
    },
  },
  icloud: {
    title: { en: "iCloud: app-specific password", de: "iCloud: app-spezifisches Passwort" },
    why: {
      en: "iCloud Mail accepts only app-specific passwords from other programs, and only with two-factor authentication on. Each works without the second factor.",
      de: "iCloud Mail akzeptiert von anderen Programmen nur app-spezifische Passwörter, und nur mit aktiver Zwei-Faktor-Authentifizierung. Jedes funktioniert ohne zweiten Faktor.",
    },
    action: {
      en: "Create an app-specific password per program in your Apple Account, use the full address as user name, and revoke passwords you no longer need.",
      de: "Im Apple Account pro Programm ein app-spezifisches Passwort erstellen, die volle Adresse als Benutzernamen nutzen und nicht mehr benötigte widerrufen.",
    },
  },
  fastmail: {
    title: { en: "Fastmail: app password required", de: "Fastmail: App-Passwort erforderlich" },
    why: {
      en: "Fastmail never accepts your main password over SMTP; app passwords can be limited to sending only.",
      de: "Fastmail nimmt Ihr Hauptkennwort nie über SMTP an; App-Passwörter lassen sich auf das Senden beschränken.",
    },
    action: {
      en: "Create an app password per program under Settings > Privacy & Security with only the access it needs.",
      de: "Pro Programm unter Einstellungen > Datenschutz & Sicherheit ein App-Passwort mit nur dem nötigen Zugriff erstellen.",
    },
  },
  zoho: {
    title: {
      en: "Zoho: app password with two-factor sign-in",
      de: "Zoho: App-Passwort bei Zwei-Faktor-Anmeldung",
    },
    why: {
      en: "With two-factor sign-in on, Zoho needs an application-specific password for mail programs; it bypasses the second factor for that program.",
      de: "Mit Zwei-Faktor-Anmeldung braucht Zoho für E-Mail-Programme ein anwendungsspezifisches Passwort; es umgeht den zweiten Faktor für dieses Programm.",
    },
    action: {
      en: "Turn on two-factor sign-in and create one application-specific password per program in Zoho Accounts.",
      de: "Zwei-Faktor-Anmeldung einschalten und in Zoho Accounts pro Programm ein anwendungsspezifisches Passwort erstellen.",
    },
  },
  yandex: {
    title: { en: "Yandex: app password", de: "Yandex: App-Passwort" },
    why: {
      en: "Yandex Mail accepts app passwords, not the account password, from mail programs.",
      de: "Yandex Mail akzeptiert von E-Mail-Programmen App-Passwörter, nicht das Kontokennwort.",
    },
    action: {
      en: "Create an app password for mail in your Yandex ID security settings, one per program.",
      de: "In den Sicherheitseinstellungen der Yandex ID ein App-Passwort für Mail erstellen, eines pro Programm.",
    },
  },
  mailru: {
    title: { en: "Mail.ru: password for external apps", de: "Mail.ru: Passwort für externe Apps" },
    why: {
      en: "Mail.ru asks mail programs for a separate password for external apps, which works without your second factor.",
      de: "Mail.ru verlangt von E-Mail-Programmen ein eigenes Passwort für externe Apps, das ohne zweiten Faktor funktioniert.",
    },
    action: {
      en: "Create a password for external apps in the Mail.ru security settings for each program.",
      de: "In den Sicherheitseinstellungen von Mail.ru für jedes Programm ein Passwort für externe Apps erstellen.",
    },
  },
  authCode: {
    title: { en: "Authorization code instead of password", de: "Autorisierungscode statt Kennwort" },
    why: {
      en: "This provider lets mail programs in only after you switch on the SMTP service, and then with an authorization code, not your login password.",
      de: "Dieser Anbieter lässt E-Mail-Programme erst zu, wenn Sie den SMTP-Dienst einschalten, und dann mit einem Autorisierungscode, nicht mit Ihrem Anmeldekennwort.",
    },
    action: {
      en: "Switch on the SMTP service in the web mail settings, generate an authorization code and use it as the password.",
      de: "In den Einstellungen des Webmailers den SMTP-Dienst einschalten, einen Autorisierungscode erzeugen und ihn als Kennwort verwenden.",
    },
  },
  outlookCom: {
    title: { en: "Outlook.com: no app passwords for SMTP", de: "Outlook.com: keine App-Kennwörter für SMTP" },
    why: {
      en: "Since 16 September 2024 Outlook.com accepts only modern sign-in (OAuth2) for SMTP; passwords and app passwords are refused.",
      de: "Seit dem 16. September 2024 akzeptiert Outlook.com für SMTP nur moderne Anmeldung (OAuth2); Kennwörter und App-Kennwörter werden abgelehnt.",
    },
    action: {
      en: "Use a program with Microsoft sign-in. Printers, scanners and scripts that only know passwords need another way to send, such as a service that supports OAuth2.",
      de: "Ein Programm mit Microsoft-Anmeldung verwenden. Drucker, Scanner und Skripte, die nur Kennwörter kennen, brauchen einen anderen Versandweg, etwa einen Dienst mit OAuth2.",
    },
  },
  microsoft365: {
    title: { en: "Microsoft 365: sign-in and MFA", de: "Microsoft 365: Anmeldung und MFA" },
    why: {
      en: "Outlook signs in with modern authentication and your MFA. Password (basic) SMTP AUTH works only where the tenant still allows it: it is off for tenants created after January 2020 and does not work with Security Defaults.",
      de: "Outlook meldet sich mit moderner Authentifizierung und Ihrer MFA an. SMTP AUTH per Kennwort (Basic Auth) funktioniert nur, wo der Mandant es noch erlaubt: Für nach Januar 2020 angelegte Mandanten ist es aus, und mit den Sicherheitsstandards geht es nicht.",
    },
    action: {
      en: "Keep MFA on. Give apps that must send by SMTP OAuth2; do not turn off MFA or Security Defaults to make a device work.",
      de: "MFA eingeschaltet lassen. Apps, die per SMTP senden müssen, OAuth2 geben; MFA oder Sicherheitsstandards nicht abschalten, damit ein Gerät funktioniert.",
    },
  },
  proton: {
    title: { en: "Proton: Bridge password", de: "Proton: Bridge-Kennwort" },
    why: {
      en: "Mail programs sign in to Proton Mail Bridge with the password Bridge generates, not your Proton password; it stays on this computer.",
      de: "E-Mail-Programme melden sich bei Proton Mail Bridge mit dem Kennwort an, das Bridge erzeugt, nicht mit Ihrem Proton-Kennwort; es bleibt auf diesem Computer.",
    },
    action: {
      en: "Copy the password from Bridge's mailbox details; keep two-factor sign-in on for your Proton account.",
      de: "Das Kennwort aus den Postfachdetails von Bridge kopieren; die Zwei-Faktor-Anmeldung für das Proton-Konto eingeschaltet lassen.",
    },
  },
  generic: {
    title: { en: "Two-factor sign-in and app passwords", de: "Zwei-Faktor-Anmeldung und App-Kennwörter" },
    why: {
      en: "Two-factor sign-in protects the mailbox if the password leaks. Where a provider offers app passwords, each one bypasses the second factor for one program, so it is a secret for that program only.",
      de: "Zwei-Faktor-Anmeldung schützt das Postfach, falls das Kennwort bekannt wird. Wo ein Anbieter App-Kennwörter anbietet, umgeht jedes den zweiten Faktor für ein Programm und ist daher ein Geheimnis nur für dieses.",
    },
    action: {
      en: "Turn on two-factor sign-in if your provider offers it, create one app password per program and revoke the ones you no longer use.",
      de: "Zwei-Faktor-Anmeldung einschalten, falls angeboten, pro Programm ein App-Kennwort erstellen und nicht mehr genutzte widerrufen.",
    },
  },
} satisfies Record<string, RuleText>;

type AppPasswordText = keyof typeof APP_PASSWORD_RULE_TEXTS;

const APP_PASSWORD_BY_PROVIDER: Readonly<Record<string, { status: Severity; text: AppPasswordText }>> = {
  gmail: { status: "info", text: "google" },
  "google-workspace": { status: "info", text: "google" },
  yahoo: { status: "info", text: "yahooAol" },
  aol: { status: "info", text: "yahooAol" },
  att: { status: "info", text: "att" },
  icloud: { status: "info", text: "icloud" },
  fastmail: { status: "info", text: "fastmail" },
  zoho: { status: "info", text: "zoho" },
  yandex: { status: "info", text: "yandex" },
  mailru: { status: "info", text: "mailru" },
  qq: { status: "info", text: "authCode" },
  netease163: { status: "info", text: "authCode" },
  netease126: { status: "info", text: "authCode" },
  // The old advice ("create an app password") now fails: flag it.
  outlook: { status: "warn", text: "outlookCom" },
  microsoft365: { status: "info", text: "microsoft365" },
  proton: { status: "info", text: "proton" },
};

const appPasswords = defineRule({
  id: "app-passwords",
  texts: APP_PASSWORD_RULE_TEXTS,
  evaluate(_input, { server, providerId }) {
    const byProvider = APP_PASSWORD_BY_PROVIDER[providerId];
    if (byProvider) return byProvider;
    const signsIn = server?.auth.some((method) => method === "password" || method === "app-password");
    return signsIn ? { status: "info", text: "generic" } : null;
  },
});

// ---- 6. No open relay ------------------------------------------------------------

const OPEN_RELAY_WHY: Localized = {
  en: "A server that passes on mail from anyone (an open relay) is found by scanners within hours and used for spam and phishing, and then its address lands on blocklists.",
  de: "Ein Server, der Mail von jedem weiterreicht (offenes Relay), wird von Scannern binnen Stunden gefunden und für Spam und Phishing missbraucht; danach landet seine Adresse auf Sperrlisten.",
};

const openRelay = defineRule({
  id: "open-relay",
  texts: {
    noAuthOnSubmission: {
      title: {
        en: "Make sure the server requires sign-in",
        de: "Sicherstellen, dass der Server eine Anmeldung verlangt",
      },
      why: {
        en: "It offered no sign-in on submission port {port}. {openRelayWhy} We never send a test message, so this is a warning sign, not proof.",
        de: "Er bot auf dem Einlieferungsport {port} keine Anmeldung an. {openRelayWhy} Wir senden nie eine Testnachricht; das ist also ein Warnzeichen, kein Beweis.",
      },
      action: {
        en: "If it is your server, require authentication or allow relaying only from your own network. If not, use your provider's official submission server.",
        de: "Ist es Ihr Server, Authentifizierung verlangen oder Relaying nur aus dem eigenen Netz erlauben. Sonst den offiziellen Einlieferungsserver des Anbieters verwenden.",
      },
    },
    noAuthOnRelayPort: {
      title: { en: "No sign-in on port {port}", de: "Keine Anmeldung auf Port {port}" },
      why: {
        en: "Servers on port 25 normally take mail for their own domains without sign-in. Whether this one also relays for others only a test message shows, and we do not send one. {openRelayWhy}",
        de: "Server auf Port 25 nehmen Mail für ihre eigenen Domains normalerweise ohne Anmeldung an. Ob dieser auch für andere weiterleitet, zeigt nur eine Testnachricht, und die senden wir nicht. {openRelayWhy}",
      },
      action: {
        en: "Send your own mail through a submission port with sign-in. An administrator can test relaying from outside the network with a tool such as swaks.",
        de: "Eigene Mail über einen Einlieferungsport mit Anmeldung senden. Ein Administrator kann das Relaying von außerhalb des Netzes mit einem Werkzeug wie swaks testen.",
      },
    },
    signInOffered: {
      title: { en: "Sending needs a sign-in", de: "Senden verlangt eine Anmeldung" },
      why: {
        en: "The server offers sign-in, as a submission server that passes on mail only for its users does. {openRelayWhy} We infer this from the server's offer and never send a test message.",
        de: "Der Server bietet eine Anmeldung an, wie ein Einlieferungsserver, der nur für seine Nutzer weiterleitet. {openRelayWhy} Wir schließen das aus dem Angebot des Servers und senden nie eine Testnachricht.",
      },
      action: NOTHING_TO_DO,
    },
    notVerified: {
      title: { en: "Open relay not checked yet", de: "Offenes Relay noch nicht geprüft" },
      why: {
        en: "{openRelayWhy} A live check shows whether the server asks for a sign-in.",
        de: "{openRelayWhy} Ein Live-Test zeigt, ob der Server eine Anmeldung verlangt.",
      },
      action: RUN_VERIFY,
    },
    unreached: {
      title: { en: "Open relay not checked", de: "Offenes Relay nicht geprüft" },
      why: UNREACHED_WHY,
      action: UNREACHED_ACTION,
    },
  },
  evaluate(_input, { server, verify, verifyFindings: f }) {
    if (!server) return null;
    const port = verify?.target.port ?? server.port;
    const values = { port, openRelayWhy: OPEN_RELAY_WHY };
    if (!verify) return { status: "info", text: "notVerified", values };
    if (f.has("auth-missing")) {
      return port === 25
        ? { status: "info", text: "noAuthOnRelayPort", values }
        : { status: "warn", text: "noAuthOnSubmission", values };
    }
    if (hasAny(f, ["auth-ok", "auth-before-tls"])) return { status: "pass", text: "signInOffered", values };
    return { status: "info", text: "unreached", values };
  },
});

// ---- 7. From matches the signed-in mailbox --------------------------------------

const fromAddress = defineRule({
  id: "from-address",
  texts: {
    mismatch: {
      title: {
        en: "Sending as {from}, signed in as {mailbox}",
        de: "Senden als {from}, angemeldet als {mailbox}",
      },
      why: {
        en: "Servers check that From matches the signed-in mailbox. Without Send As or delegate rights Microsoft 365 rejects the message with 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException or 550 5.7.60; other providers reject it or rewrite From.",
        de: "Server prüfen, ob der Absender zum angemeldeten Postfach passt. Ohne „Senden als“- oder Stellvertreterrechte lehnt Microsoft 365 die Nachricht mit 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException oder 550 5.7.60 ab; andere Anbieter lehnen ab oder schreiben den Absender um.",
      },
      action: {
        en: "Ask your administrator for Send As (or Send on Behalf) rights for {from}, or add {from} as its own account and send from it.",
        de: "Den Administrator um „Senden als“- (oder „Senden im Auftrag von“-)Rechte für {from} bitten oder {from} als eigenes Konto hinzufügen und von dort senden.",
      },
    },
    match: {
      title: { en: "From matches the signed-in mailbox", de: "Absender passt zum angemeldeten Postfach" },
      why: {
        en: "The message goes out from {mailbox}, the mailbox that signs in, so no extra rights are needed.",
        de: "Die Nachricht geht von {mailbox} aus, dem Postfach, das sich anmeldet; zusätzliche Rechte sind nicht nötig.",
      },
      action: NOTHING_TO_DO,
    },
  },
  evaluate(input) {
    const from = input.context?.fromAddress?.trim() ?? "";
    const mailbox = input.context?.emailAddress?.trim() ?? "";
    if (from === "" || mailbox === "") return null;
    const values = { from, mailbox };
    return from.toLowerCase() === mailbox.toLowerCase()
      ? { status: "pass", text: "match", values }
      : { status: "warn", text: "mismatch", values };
  },
});

// ---- 8. Certificate and device clock ------------------------------------------

const CLOCK_HINT: Localized = {
  en: "If your device shows the certificate as expired or not yet valid while this check passes, check your device's date and time first.",
  de: "Zeigt Ihr Gerät das Zertifikat als abgelaufen oder noch nicht gültig an, während dieser Test besteht, zuerst Datum und Uhrzeit des Geräts prüfen.",
};

const certificate = defineRule({
  id: "certificate",
  texts: {
    expired: {
      title: {
        en: "The certificate is expired or not yet valid",
        de: "Das Zertifikat ist abgelaufen oder noch nicht gültig",
      },
      why: {
        en: "Certificate valid until {validTo}. Programs that check certificates refuse the connection, and those that do not cannot tell the real server from an impostor.",
        de: "Zertifikat gültig bis {validTo}. Programme, die Zertifikate prüfen, verweigern die Verbindung, und die übrigen können den echten Server nicht von einem Betrüger unterscheiden.",
      },
      action: {
        en: "The server's operator must renew the certificate. {clockHint}",
        de: "Der Betreiber des Servers muss das Zertifikat erneuern. {clockHint}",
      },
    },
    hostnameMismatch: {
      title: { en: "The certificate is for another name", de: "Das Zertifikat gilt für einen anderen Namen" },
      why: {
        en: "The certificate ({subject}) does not cover {host}, so it does not prove you reached that server (RFC 7817).",
        de: "Das Zertifikat ({subject}) deckt {host} nicht ab und beweist daher nicht, dass Sie diesen Server erreicht haben (RFC 7817).",
      },
      action: {
        en: "Use the server name the provider documents (one the certificate covers). {clockHint}",
        de: "Den vom Anbieter dokumentierten Servernamen verwenden (einen, den das Zertifikat abdeckt). {clockHint}",
      },
    },
    untrusted: {
      title: { en: "The certificate is not trusted", de: "Dem Zertifikat wird nicht vertraut" },
      why: {
        en: "The certificate chain does not lead to a trusted authority ({error}): self-signed, an unknown authority, or something intercepting the connection.",
        de: "Die Zertifikatskette führt zu keiner vertrauenswürdigen Stelle ({error}): selbst signiert, eine unbekannte Stelle oder etwas, das die Verbindung abfängt.",
      },
      action: {
        en: "Do not accept the warning in your program. Ask the operator for a certificate from a public authority. {clockHint}",
        de: "Die Warnung im Programm nicht einfach bestätigen. Den Betreiber um ein Zertifikat einer öffentlichen Stelle bitten. {clockHint}",
      },
    },
    localBridge: {
      title: { en: "Local bridge certificate", de: "Zertifikat der lokalen Bridge" },
      why: {
        en: "The server on this computer (such as Proton Mail Bridge) uses its own certificate, which no public authority signs. The connection never leaves the computer.",
        de: "Der Server auf diesem Computer (etwa Proton Mail Bridge) nutzt ein eigenes Zertifikat, das keine öffentliche Stelle signiert. Die Verbindung verlässt den Computer nie.",
      },
      action: {
        en: "Trust the bridge's certificate once when your program asks, or export it from the bridge settings.",
        de: "Dem Zertifikat der Bridge einmal vertrauen, wenn Ihr Programm fragt, oder es aus den Bridge-Einstellungen exportieren.",
      },
    },
    expiringSoon: {
      title: { en: "The certificate expires in {days} days", de: "Das Zertifikat läuft in {days} Tagen ab" },
      why: {
        en: "It is valid until {validTo}. After that, programs refuse the connection until the operator renews it.",
        de: "Es gilt bis {validTo}. Danach verweigern Programme die Verbindung, bis der Betreiber es erneuert.",
      },
      action: {
        en: "If you run the server, renew the certificate now (automatic renewal avoids this).",
        de: "Wenn Sie den Server betreiben, das Zertifikat jetzt erneuern (automatische Erneuerung vermeidet das).",
      },
    },
    valid: {
      title: { en: "Valid certificate", de: "Gültiges Zertifikat" },
      why: {
        en: "Issued by a trusted authority to {subject}, covering {host}, valid until {validTo}.",
        de: "Von einer vertrauenswürdigen Stelle für {subject} ausgestellt, deckt {host} ab, gültig bis {validTo}.",
      },
      action: { en: "Nothing to do. {clockHint}", de: "Nichts zu tun. {clockHint}" },
    },
    notVerified: {
      title: { en: "Certificate not checked yet", de: "Zertifikat noch nicht geprüft" },
      why: {
        en: "The certificate proves you reached the real server; only a live check shows whether it is valid, trusted and for this name.",
        de: "Das Zertifikat beweist, dass Sie den echten Server erreicht haben; erst ein Live-Test zeigt, ob es gültig, vertrauenswürdig und für diesen Namen ist.",
      },
      action: RUN_VERIFY,
    },
    unreached: {
      title: { en: "Certificate not checked", de: "Zertifikat nicht geprüft" },
      why: {
        en: "No certificate was seen: the live check did not get as far as TLS (see the Verify report).",
        de: "Es war kein Zertifikat zu sehen: Der Live-Test kam nicht bis TLS (siehe Prüfbericht).",
      },
      action: UNREACHED_ACTION,
    },
  },
  evaluate(_input, { server, verify, verifyFindings: f }) {
    if (!server) return null;
    if (!verify) return { status: "info", text: "notVerified" };
    const cert = verify.tls?.certificate ?? null;
    const values = {
      host: verify.target.host,
      subject: cert?.subject ?? "?",
      validTo: cert?.validTo.slice(0, 10) ?? "?",
      days: cert?.daysLeft ?? 0,
      error: cert?.error ?? "?",
      clockHint: CLOCK_HINT,
    };
    if (f.has("cert-untrusted") && isLoopbackHost(verify.target.host)) {
      return { status: "info", text: "localBridge", values };
    }
    if (f.has("cert-expired")) return { status: "fail", text: "expired", values };
    if (f.has("cert-hostname-mismatch")) return { status: "fail", text: "hostnameMismatch", values };
    if (f.has("cert-untrusted")) return { status: "fail", text: "untrusted", values };
    if (f.has("cert-expiring-soon")) return { status: "warn", text: "expiringSoon", values };
    if (cert) return { status: "pass", text: "valid", values };
    return { status: "info", text: "unreached", values };
  },
});

const CLOCK_DIRECTIONS: Record<"ahead" | "behind", Localized> = {
  ahead: { en: "ahead", de: "vor" },
  behind: { en: "behind", de: "nach" },
};

const deviceClock = defineRule({
  id: "device-clock",
  texts: {
    off: {
      title: {
        en: "Your device clock is off by {minutes} minutes",
        de: "Die Uhr Ihres Geräts geht {minutes} Minuten falsch",
      },
      why: {
        en: "Your device's clock is {minutes} minutes {direction} the server's. TLS certificate checks fail when the clock is wrong: valid certificates then look expired or not yet valid.",
        de: "Die Uhr Ihres Geräts geht gegenüber dem Server {minutes} Minuten {direction}. Zertifikatsprüfungen scheitern bei falscher Uhr: Gültige Zertifikate wirken dann abgelaufen oder noch nicht gültig.",
      },
      action: {
        en: "Turn on automatic date, time and time zone in the device settings.",
        de: "In den Geräteeinstellungen Datum, Uhrzeit und Zeitzone automatisch einstellen lassen.",
      },
    },
    ok: {
      title: { en: "Your device clock is right", de: "Die Uhr Ihres Geräts stimmt" },
      why: {
        en: "It agrees with the server's clock to within {tolerance} minutes, so certificate dates are judged correctly.",
        de: "Sie stimmt mit der Server-Uhr auf {tolerance} Minuten genau überein; Zertifikatsdaten werden also richtig beurteilt.",
      },
      action: NOTHING_TO_DO,
    },
  },
  evaluate(input, { verify }): RuleOutcome<"off" | "ok"> | null {
    if (!input.now || !verify) return null;
    const serverTime = Date.parse(verify.checkedAt);
    if (Number.isNaN(serverTime)) return null;
    // The report arrives when the probe ends, so compare with its end time.
    const skewMinutes = (input.now.getTime() - (serverTime + verify.durationMs)) / 60_000;
    const minutes = Math.round(Math.abs(skewMinutes));
    if (Math.abs(skewMinutes) <= CLOCK_TOLERANCE_MINUTES) {
      return { status: "pass", text: "ok", values: { tolerance: CLOCK_TOLERANCE_MINUTES } };
    }
    const direction = skewMinutes > 0 ? CLOCK_DIRECTIONS.ahead : CLOCK_DIRECTIONS.behind;
    return { status: "warn", text: "off", values: { minutes, direction } };
  },
});

// ---- 9. SPF, DKIM and DMARC for custom domains ----------------------------------

interface DomainProblem {
  status: Severity;
  label: Localized;
  fix: Localized;
}

const DOMAIN_PROBLEMS: Readonly<Record<string, DomainProblem>> = {
  "spf-missing": {
    status: "fail",
    label: { en: "no SPF record", de: "kein SPF-Eintrag" },
    fix: {
      en: "publish one SPF record listing your mail provider (the provider documents the include)",
      de: "einen SPF-Eintrag mit Ihrem Mailanbieter veröffentlichen (der Anbieter nennt das include)",
    },
  },
  "spf-multiple": {
    status: "fail",
    label: { en: "more than one SPF record", de: "mehr als ein SPF-Eintrag" },
    fix: {
      en: "merge the SPF records into one (two records make SPF fail, RFC 7208)",
      de: "die SPF-Einträge zu einem zusammenführen (zwei Einträge lassen SPF scheitern, RFC 7208)",
    },
  },
  "spf-permissive": {
    status: "fail",
    label: {
      en: "an SPF record that allows anyone (+all or ?all)",
      de: "ein SPF-Eintrag, der jeden erlaubt (+all oder ?all)",
    },
    fix: { en: "end the SPF record with -all or ~all", de: "den SPF-Eintrag mit -all oder ~all beenden" },
  },
  "dmarc-missing": {
    status: "warn",
    label: { en: "no DMARC record", de: "kein DMARC-Eintrag" },
    fix: {
      en: "publish a DMARC record at _dmarc (start with p=none and a report address, then tighten)",
      de: "einen DMARC-Eintrag unter _dmarc veröffentlichen (mit p=none und Berichtsadresse beginnen, dann verschärfen)",
    },
  },
  "dmarc-none": {
    status: "warn",
    label: { en: "DMARC policy p=none", de: "DMARC-Richtlinie p=none" },
    fix: {
      en: "move DMARC to p=quarantine, then p=reject, once the reports show only your own mail",
      de: "DMARC auf p=quarantine und dann p=reject stellen, sobald die Berichte nur noch eigene Mail zeigen",
    },
  },
};

const SEVERITY_RANK: Record<Severity, number> = { pass: 0, info: 1, warn: 2, fail: 3 };

const DKIM_NOTE: Localized = {
  en: "DKIM is switched on at your mail provider, which gives you the DNS records; we cannot look DKIM up without its selector.",
  de: "DKIM wird bei Ihrem Mailanbieter eingeschaltet, der Ihnen die DNS-Einträge nennt; ohne den Selektor können wir DKIM nicht nachschlagen.",
};

function joinLocalized(parts: readonly Localized[], separator: string): Localized {
  return {
    en: parts.map((part) => part.en).join(separator),
    de: parts.map((part) => part.de).join(separator),
  };
}

const domainAuthentication = defineRule({
  id: "domain-authentication",
  texts: {
    problems: {
      title: {
        en: "{domain}: sender authentication problems",
        de: "{domain}: Probleme bei der Absenderprüfung",
      },
      why: {
        en: "Receivers use SPF, DKIM and DMARC to decide whether mail from {domain} is genuine. Found: {problems}. Gmail, Yahoo and Outlook.com junk or reject mail that fails; Outlook.com refuses high-volume senders without SPF, DKIM and DMARC with 550 5.7.515.",
        de: "Empfänger prüfen mit SPF, DKIM und DMARC, ob Mail von {domain} echt ist. Gefunden: {problems}. Gmail, Yahoo und Outlook.com sortieren durchfallende Mail aus oder lehnen sie ab; Outlook.com weist Massenversender ohne SPF, DKIM und DMARC mit 550 5.7.515 ab.",
      },
      action: {
        en: "At your DNS host: {fixes}. {dkimNote}",
        de: "Beim DNS-Anbieter: {fixes}. {dkimNote}",
      },
    },
    ok: {
      title: { en: "{domain}: SPF and DMARC in place", de: "{domain}: SPF und DMARC vorhanden" },
      why: {
        en: "SPF and an enforcing DMARC policy protect {domain} against forged senders and help delivery (RFC 7208, RFC 7489).",
        de: "SPF und eine durchgesetzte DMARC-Richtlinie schützen {domain} vor gefälschten Absendern und helfen bei der Zustellung (RFC 7208, RFC 7489).",
      },
      action: {
        en: "Make sure DKIM signing is on in your provider's admin settings. {dkimNote}",
        de: "Sicherstellen, dass die DKIM-Signatur in den Admin-Einstellungen des Anbieters an ist. {dkimNote}",
      },
    },
    notChecked: {
      title: { en: "Check {domain}'s SPF, DKIM and DMARC", de: "SPF, DKIM und DMARC von {domain} prüfen" },
      why: {
        en: "For your own domain, receivers trust mail only when SPF, DKIM and DMARC are set up; Outlook.com refuses high-volume senders without them (550 5.7.515).",
        de: "Bei einer eigenen Domain vertrauen Empfänger der Mail nur mit eingerichtetem SPF, DKIM und DMARC; Outlook.com weist Massenversender ohne sie ab (550 5.7.515).",
      },
      action: {
        en: "Run the domain check for {domain}. {dkimNote}",
        de: "Die Domain-Prüfung für {domain} ausführen. {dkimNote}",
      },
    },
  },
  evaluate(input, { providerId, domain }) {
    const { settings } = input;
    if (settings.domain.trim() === "") return null;
    if (CONSUMER_PROVIDER_IDS.has(providerId) && settings.source !== "mx") return null;
    const values = { domain: domain?.domain ?? settings.domain, dkimNote: DKIM_NOTE };
    if (!domain) return { status: "info", text: "notChecked", values };
    const problems = domain.findings.flatMap((finding) => DOMAIN_PROBLEMS[finding.id] ?? []);
    if (problems.length === 0) return { status: "pass", text: "ok", values };
    const worst = problems.reduce((a, b) => (SEVERITY_RANK[b.status] > SEVERITY_RANK[a.status] ? b : a));
    return {
      status: worst.status,
      text: "problems",
      values: {
        ...values,
        problems: joinLocalized(
          problems.map((problem) => problem.label),
          "; ",
        ),
        fixes: joinLocalized(
          problems.map((problem) => problem.fix),
          "; ",
        ),
      },
    };
  },
});

// ---- 10. Microsoft 365 basic-auth retirement ------------------------------------

const M365_ALTERNATIVES: Localized = {
  en: "Move apps and scripts to OAuth2 (XOAUTH2). For printers and scanners that cannot do OAuth2, use High Volume Email, an SMTP relay connector or direct send to your tenant's MX endpoint.",
  de: "Apps und Skripte auf OAuth2 (XOAUTH2) umstellen. Für Drucker und Scanner ohne OAuth2 High Volume Email, einen SMTP-Relay-Connector oder Direct Send an den MX-Endpunkt des Mandanten verwenden.",
};

const m365BasicAuth = defineRule({
  id: "m365-basic-auth",
  texts: {
    before: {
      title: {
        en: "Microsoft 365: password sign-in for SMTP ends by default at the end of 2026",
        de: "Microsoft 365: Kennwort-Anmeldung für SMTP endet standardmäßig Ende 2026",
      },
      why: {
        en: "Per Microsoft's message MC786329 nothing changes through December 2026. At the end of December 2026 basic authentication for SMTP AUTH is turned off by default for existing tenants (admins can turn it back on); tenants created after that never have it; the final removal date will be announced in the second half of 2027. Refused programs see 550 5.7.30 Basic authentication is not supported for Client Submission.",
        de: "Laut Microsoft-Meldung MC786329 ändert sich bis Dezember 2026 nichts. Ende Dezember 2026 wird Basic Auth für SMTP AUTH bei bestehenden Mandanten standardmäßig abgeschaltet (Admins können es wieder einschalten); danach angelegte Mandanten haben es nie; das endgültige Abschaltdatum wird im zweiten Halbjahr 2027 bekanntgegeben. Abgewiesene Programme sehen 550 5.7.30 Basic authentication is not supported for Client Submission.",
      },
      action: { en: "{alternatives}", de: "{alternatives}" },
    },
    after: {
      title: {
        en: "Microsoft 365: password sign-in for SMTP is off by default",
        de: "Microsoft 365: Kennwort-Anmeldung für SMTP ist standardmäßig aus",
      },
      why: {
        en: "Since the end of December 2026 basic authentication for SMTP AUTH is off by default for existing tenants (MC786329); it works only where an admin turned it back on, and tenants created since then do not have it. Microsoft will announce the final removal date in the second half of 2027. Refused programs see 550 5.7.30 Basic authentication is not supported for Client Submission.",
        de: "Seit Ende Dezember 2026 ist Basic Auth für SMTP AUTH bei bestehenden Mandanten standardmäßig aus (MC786329); es funktioniert nur, wo ein Admin es wieder eingeschaltet hat, und seitdem angelegte Mandanten haben es nicht. Das endgültige Abschaltdatum gibt Microsoft im zweiten Halbjahr 2027 bekannt. Abgewiesene Programme sehen 550 5.7.30 Basic authentication is not supported for Client Submission.",
      },
      action: { en: "{alternatives}", de: "{alternatives}" },
    },
  },
  evaluate(_input, { providerId, now }) {
    if (providerId !== "microsoft365") return null;
    const text = now.getTime() < M365_BASIC_AUTH_CUTOFF ? "before" : "after";
    return { status: "warn", text, values: { alternatives: M365_ALTERNATIVES } };
  },
});

// ---- Proton Mail ----------------------------------------------------------------

/** Proton's SMTP submission (token) host for custom-domain addresses on some plans. */
const PROTON_SUBMISSION_HOST = "smtp.protonmail.ch";

const protonBridge = defineRule({
  id: "proton-bridge",
  texts: {
    bridge: {
      title: { en: "Proton Mail Bridge on this computer", de: "Proton Mail Bridge auf diesem Computer" },
      why: {
        en: "Proton Mail has no ordinary SMTP server for mail programs: Proton Mail Bridge runs on this computer (127.0.0.1) and handles the encryption, so a local server address is expected here.",
        de: "Proton Mail hat keinen gewöhnlichen SMTP-Server für E-Mail-Programme: Proton Mail Bridge läuft auf diesem Computer (127.0.0.1) und übernimmt die Verschlüsselung; eine lokale Serveradresse ist hier also richtig.",
      },
      action: {
        en: "Keep Bridge running and signed in (paid plans only) and use the host, port and password Bridge shows.",
        de: "Bridge laufen und angemeldet lassen (nur bezahlte Tarife) und Host, Port und Kennwort aus Bridge verwenden.",
      },
    },
    submissionToken: {
      title: { en: "Proton SMTP submission with a token", de: "Proton-SMTP-Einlieferung mit Token" },
      why: {
        en: "For custom-domain addresses on some Proton plans, apps and devices can send through {host} with an SMTP token. These messages are not end-to-end encrypted.",
        de: "Für Adressen mit eigener Domain können Apps und Geräte bei manchen Proton-Tarifen mit einem SMTP-Token über {host} senden. Diese Nachrichten sind nicht Ende-zu-Ende-verschlüsselt.",
      },
      action: {
        en: "Create one SMTP token per app in the Proton Mail settings and use the custom-domain address as user name.",
        de: "In den Proton-Mail-Einstellungen pro App ein SMTP-Token erstellen und die Adresse der eigenen Domain als Benutzernamen verwenden.",
      },
    },
    otherHost: {
      title: { en: "{host} is not a Proton server", de: "{host} ist kein Proton-Server" },
      why: {
        en: "Proton Mail accepts mail from programs only through Proton Mail Bridge on this computer or, for custom domains on some plans, through {protonHost} with an SMTP token.",
        de: "Proton Mail nimmt Mail von Programmen nur über Proton Mail Bridge auf diesem Computer an oder, für eigene Domains bei manchen Tarifen, über {protonHost} mit SMTP-Token.",
      },
      action: {
        en: "Install Proton Mail Bridge and use the settings it shows.",
        de: "Proton Mail Bridge installieren und die dort angezeigten Einstellungen verwenden.",
      },
    },
  },
  evaluate(_input, { server, providerId }) {
    if (providerId !== "proton" || !server) return null;
    const values = { host: server.host, protonHost: PROTON_SUBMISSION_HOST };
    if (isLoopbackHost(server.host)) return { status: "info", text: "bridge", values };
    if (server.host.toLowerCase() === PROTON_SUBMISSION_HOST) {
      return { status: "info", text: "submissionToken", values };
    }
    return { status: "warn", text: "otherHost", values };
  },
});

// ---- The checklist -------------------------------------------------------------

/** All rules, in the order their items are shown. */
export const CHECKLIST_RULES: readonly ChecklistRule[] = [
  encryption,
  submissionPort,
  authAfterTls,
  modernSignIn,
  appPasswords,
  openRelay,
  fromAddress,
  certificate,
  deviceClock,
  domainAuthentication,
  m365BasicAuth,
  protonBridge,
];

function factsOf(input: ChecklistInput): InputFacts {
  const verify = input.verify ?? null;
  return {
    server: input.settings.servers[0],
    providerId: input.settings.provider?.id ?? "",
    verifyFindings: new Set(verify?.findings.map((finding) => finding.id) ?? []),
    verify,
    domain: input.domain ?? null,
    now: input.now ?? new Date(),
  };
}

/** The security checklist for these settings, plus the live and DNS reports when there are any. */
export function buildChecklist(input: ChecklistInput, lang: Lang = "en"): ChecklistItem[] {
  const facts = factsOf(input);
  const items: ChecklistItem[] = [];
  for (const rule of CHECKLIST_RULES) {
    const outcome = rule.evaluate(input, facts);
    if (!outcome) continue;
    const text = rule.texts[outcome.text];
    if (!text) throw new Error(`checklist rule ${rule.id} has no text "${outcome.text}"`);
    const values = outcome.values ?? {};
    items.push({
      id: rule.id,
      status: outcome.status,
      title: fillText(text.title[lang], values, lang),
      why: fillText(text.why[lang], values, lang),
      action: fillText(text.action[lang], values, lang),
    });
  }
  return items;
}
