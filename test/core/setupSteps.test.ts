import { beforeAll, describe, expect, it } from "@jest/globals";
import { de } from "../../src/core/i18n/de.js";
import { LANGS, loadLanguage, localize, type Lang } from "../../src/core/language.js";
import { allSetupTexts, OUTLOOK_CLIENTS, setupGuide, type SetupGuide } from "../../src/core/setupSteps.js";
import { factDate } from "../../src/core/datedFacts.js";
import type { AuthMethod, IncomingServer, OutlookClient, Security, Settings } from "../../src/core/types.js";

const CLIENTS: OutlookClient[] = ["classic-windows", "new-windows", "mac", "web", "mobile"];

interface Fixture {
  id: string;
  name: string;
  email: string;
  host: string;
  port: number;
  security: Security;
  auth: AuthMethod[];
}

const FIXTURES: Record<string, Fixture> = {
  microsoft365: {
    id: "microsoft365",
    name: "Microsoft 365",
    email: "ann@contoso.com",
    host: "smtp.office365.com",
    port: 587,
    security: "starttls",
    auth: ["oauth2"],
  },
  outlook: {
    id: "outlook",
    name: "Outlook.com",
    email: "ann@outlook.com",
    host: "smtp-mail.outlook.com",
    port: 587,
    security: "starttls",
    auth: ["oauth2"],
  },
  gmail: {
    id: "gmail",
    name: "Gmail",
    email: "ann@gmail.com",
    host: "smtp.gmail.com",
    port: 465,
    security: "tls",
    auth: ["oauth2", "app-password"],
  },
  gmx: {
    id: "gmx",
    name: "GMX",
    email: "ann@gmx.de",
    host: "mail.gmx.net",
    port: 587,
    security: "starttls",
    auth: ["password"],
  },
  ionos: {
    id: "ionos",
    name: "IONOS",
    email: "ann@contoso.de",
    host: "smtp.ionos.de",
    port: 465,
    security: "tls",
    auth: ["password"],
  },
};

function settingsFor(fixture: Fixture, overrides: Partial<Settings> = {}): Settings {
  return {
    email: fixture.email,
    domain: fixture.email.split("@")[1] ?? "",
    provider: { id: fixture.id, name: fixture.name },
    source: "builtin",
    incoming: [],
    servers: [
      {
        host: fixture.host,
        port: fixture.port,
        security: fixture.security,
        auth: fixture.auth,
        username: fixture.email,
      },
    ],
    notes: [],
    ...overrides,
  };
}

/** Everything the steps say, text and values, as one string. */
function stepsText(guide: SetupGuide): string {
  return guide.steps
    .map((step) => [step.text, ...(step.values ?? []).map((v) => `${v.label}: ${v.value}`)].join("\n"))
    .join("\n");
}

function allStrings(guide: SetupGuide): string[] {
  return [
    guide.clientName,
    guide.intro,
    ...guide.steps.flatMap((step) => [step.text, ...(step.values ?? []).flatMap((v) => [v.label, v.value])]),
    ...guide.notes,
  ];
}

/** How each client must name the encryption of the server, per language. */
const ENCRYPTION_WORDING: Record<OutlookClient, Record<Lang, Record<Security, RegExp>>> = {
  "classic-windows": {
    en: { tls: /SSL\/TLS/, starttls: /STARTTLS/, none: /None/ },
    de: { tls: /SSL\/TLS/, starttls: /STARTTLS/, none: /Keine/ },
  },
  "new-windows": {
    en: {
      tls: /Secure connection type: SSL\/TLS/,
      starttls: /Secure connection type: STARTTLS/,
      none: /None/,
    },
    de: {
      tls: /Sicherer Verbindungstyp: SSL\/TLS/,
      starttls: /Sicherer Verbindungstyp: STARTTLS/,
      none: /Keine/,
    },
  },
  mac: {
    en: {
      tls: /Use SSL to connect: ticked, with port 465/,
      starttls: /ticked, with port 587 .*STARTTLS/,
      none: /unticked/,
    },
    de: {
      tls: /aktiviert, mit Port 465/,
      starttls: /aktiviert, mit Port 587 .*STARTTLS/,
      none: /deaktiviert/,
    },
  },
  web: {
    en: { tls: /SSL\/TLS/, starttls: /STARTTLS/, none: /None/ },
    de: { tls: /SSL\/TLS/, starttls: /STARTTLS/, none: /Keine/ },
  },
  mobile: {
    en: { tls: /SSL\/TLS/, starttls: /STARTTLS/, none: /None/ },
    de: { tls: /SSL\/TLS/, starttls: /STARTTLS/, none: /Keine/ },
  },
};

/** Whether the account is added by signing in, without SMTP values (web never takes them). */
const EXPECT_NEEDS_SMTP: Record<string, Record<OutlookClient, boolean>> = {
  microsoft365: { "classic-windows": false, "new-windows": false, mac: false, web: false, mobile: false },
  outlook: { "classic-windows": false, "new-windows": false, mac: false, web: false, mobile: false },
  gmail: { "classic-windows": false, "new-windows": false, mac: false, web: false, mobile: false },
  gmx: { "classic-windows": true, "new-windows": true, mac: true, web: false, mobile: true },
  ionos: { "classic-windows": true, "new-windows": true, mac: true, web: false, mobile: true },
};

// German is loaded on demand, as in the pane (fallback and catalogue checks: checklist.test.ts).
beforeAll(() => loadLanguage("de"));

describe("setup data", () => {
  it("has every text in English and German, none empty", () => {
    const texts = allSetupTexts();
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      expect(text.id).toMatch(/^setup\./);
      expect(text.en.trim()).not.toBe("");
      expect([text.id, de[text.id]?.trim() ? "translated" : "missing"]).toEqual([text.id, "translated"]);
    }
  });

  it("lists every client once, named in every language", () => {
    expect(OUTLOOK_CLIENTS.map((client) => client.id).sort()).toEqual([...CLIENTS].sort());
    for (const client of OUTLOOK_CLIENTS) {
      const names = LANGS.map((lang) => localize(client.name, lang));
      expect(new Set(names).size).toBe(LANGS.length);
    }
    const mac = OUTLOOK_CLIENTS.find((client) => client.id === "mac");
    expect(mac && localize(mac.name, "de")).toBe("Outlook für Mac");
  });
});

describe.each(CLIENTS)("setupGuide for %s", (client) => {
  describe.each(Object.keys(FIXTURES))("with %s", (providerId) => {
    const fixture = FIXTURES[providerId] as Fixture;

    it.each(LANGS)("is complete and right in %s", (lang) => {
      const guide = setupGuide(client, settingsFor(fixture), lang);
      expect(guide.client).toBe(client);
      expect(guide.needsSmtpSettings).toBe(EXPECT_NEEDS_SMTP[providerId]?.[client]);
      expect(guide.steps.length).toBeGreaterThan(0);
      for (const text of allStrings(guide)) {
        expect(text.trim()).not.toBe("");
        expect(text).not.toMatch(/\{\w+\}/);
      }
      const steps = stepsText(guide);
      if (guide.needsSmtpSettings) {
        expect(steps).toContain(fixture.host);
        expect(steps).toContain(String(fixture.port));
        expect(steps).toContain(fixture.email);
        expect(steps).toMatch(ENCRYPTION_WORDING[client][lang][fixture.security]);
      } else if (client === "web" && !["microsoft365", "outlook"].includes(providerId)) {
        // Honest about the web: no other SMTP server, but the values for the apps that can.
        expect(guide.intro).toMatch(lang === "en" ? /cannot send through another/ : /kann nicht über/);
        expect(steps).toContain(fixture.host);
        expect(steps).toMatch(ENCRYPTION_WORDING.web[lang][fixture.security]);
      } else {
        // Signing in: no server values to type, but still the address, and the values for other devices.
        expect(steps).not.toContain(fixture.host);
        expect(steps).toContain(fixture.email);
        expect(guide.intro).toMatch(/OAuth2|Outlook (on the web|im Web)/);
        if (client !== "web") expect(guide.notes.join("\n")).toContain(fixture.host);
      }
    });
  });
});

describe("setupGuide details", () => {
  it("uses the German Outlook menu names for classic Outlook", () => {
    const guide = setupGuide("classic-windows", settingsFor(FIXTURES.gmx as Fixture), "de");
    const steps = stepsText(guide);
    expect(steps).toContain("Datei > Kontoeinstellungen > Kontoeinstellungen…");
    expect(steps).toContain("Ändern");
    expect(steps).toContain("Weitere Einstellungen");
    expect(steps).toContain("Registerkarte Postausgangsserver");
    expect(steps).toContain("Registerkarte Erweitert");
    expect(steps).toContain("Verwenden Sie den folgenden verschlüsselten Verbindungstyp: STARTTLS");
  });

  it("names None for an unencrypted server in classic Outlook", () => {
    const plain = settingsFor({ ...(FIXTURES.ionos as Fixture), port: 25, security: "none" });
    expect(stepsText(setupGuide("classic-windows", plain, "en"))).toContain(
      "Use the following type of encrypted connection: None",
    );
  });

  it("puts host and port in one field on mobile", () => {
    const steps = stepsText(setupGuide("mobile", settingsFor(FIXTURES.gmx as Fixture), "en"));
    expect(steps).toContain("SMTP Host Name: mail.gmx.net:587");
  });

  it("lets Gmail sign in with Google in new Outlook", () => {
    const guide = setupGuide("new-windows", settingsFor(FIXTURES.gmail as Fixture), "en");
    expect(stepsText(guide)).toContain("Continue with Google");
    expect(guide.notes.join("\n")).toMatch(/app password/);
  });

  it("treats Google Workspace like Gmail", () => {
    const workspace = settingsFor(FIXTURES.gmail as Fixture, {
      provider: { id: "google-workspace", name: "Google Workspace" },
      email: "ann@contoso.com",
    });
    expect(setupGuide("classic-windows", workspace, "en").needsSmtpSettings).toBe(false);
  });

  it("explains in Microsoft 365 notes where SMTP still matters", () => {
    const notes = setupGuide(
      "classic-windows",
      settingsFor(FIXTURES.microsoft365 as Fixture),
      "en",
    ).notes.join("\n");
    expect(notes).toMatch(/printers, scanners and scripts/);
    expect(notes).toMatch(/direct send/);
  });

  it("names the password each provider wants", () => {
    const qq = settingsFor({
      id: "qq",
      name: "QQ Mail",
      email: "ann@qq.com",
      host: "smtp.qq.com",
      port: 465,
      security: "tls",
      auth: ["app-password"],
    });
    expect(stepsText(setupGuide("new-windows", qq, "en"))).toMatch(/authorization code/);
    const zoho = settingsFor({
      id: "zoho",
      name: "Zoho Mail",
      email: "ann@zoho.com",
      host: "smtp.zoho.com",
      port: 465,
      security: "tls",
      auth: ["password", "app-password"],
    });
    expect(stepsText(setupGuide("new-windows", zoho, "en"))).toMatch(/email password, or an app password/);
    expect(stepsText(setupGuide("new-windows", settingsFor(FIXTURES.gmx as Fixture), "de"))).toMatch(
      /Ihr E-Mail-Kennwort/,
    );
  });

  it("reminds GMX users to enable IMAP access, whatever the client", () => {
    for (const client of CLIENTS) {
      expect(setupGuide(client, settingsFor(FIXTURES.gmx as Fixture), "en").notes.join("\n")).toMatch(
        /POP3\/IMAP/,
      );
    }
  });

  it("says so when no outgoing server is known", () => {
    const unknown = settingsFor(FIXTURES.ionos as Fixture, { provider: null, servers: [], source: "none" });
    const guide = setupGuide("classic-windows", unknown, "en");
    expect(guide.needsSmtpSettings).toBe(true);
    expect(guide.intro).toMatch(/No outgoing server is known/);
    const web = setupGuide("web", unknown, "de");
    expect(web.needsSmtpSettings).toBe(false);
    expect(stepsText(web)).not.toMatch(/\{\w+\}/);
  });

  it("writes a different text per language", () => {
    const en = setupGuide("mac", settingsFor(FIXTURES.gmx as Fixture), "en");
    const de = setupGuide("mac", settingsFor(FIXTURES.gmx as Fixture), "de");
    expect(de.clientName).toBe("Outlook für Mac");
    expect(de.steps.map((s) => s.text)).not.toEqual(en.steps.map((s) => s.text));
  });
});

describe("both halves of the account dialog (incoming and outgoing)", () => {
  const gmx = FIXTURES.gmx as Fixture;
  const imap: IncomingServer = {
    protocol: "imap",
    host: "imap.gmx.net",
    port: 993,
    security: "tls",
    auth: ["password"],
    username: gmx.email,
  };
  const pop: IncomingServer = { ...imap, protocol: "pop3", host: "pop.gmx.net", port: 995 };
  const withIncoming = settingsFor(gmx, { incoming: [imap, pop] });

  /** The labelled values of a guide, in the order the steps show them. */
  const labelled = (guide: SetupGuide): string[] =>
    guide.steps.flatMap((step) => (step.values ?? []).map((v) => `${v.label}: ${v.value}`));

  it.each(CLIENTS.flatMap((client) => LANGS.map((lang) => [client, lang] as const)))(
    "%s in %s shows the incoming server before the outgoing one, fully filled in",
    (client, lang) => {
      const guide = setupGuide(client, withIncoming, lang);
      for (const text of allStrings(guide)) expect(text).not.toMatch(/\{\w+\}/);
      const values = labelled(guide).join("\n");
      const incomingAt = values.indexOf("imap.gmx.net");
      const outgoingAt = values.indexOf(gmx.host);
      expect(incomingAt).toBeGreaterThanOrEqual(0);
      expect(outgoingAt).toBeGreaterThan(incomingAt);
      expect(values).toContain("993");
      expect(values).not.toContain("pop.gmx.net");
    },
  );

  it("fills classic Outlook's POP and IMAP Account Settings as the dialog names them", () => {
    const rows = labelled(setupGuide("classic-windows", withIncoming, "en"));
    expect(rows).toEqual([
      "Account Type: IMAP",
      "Incoming mail server: imap.gmx.net",
      "Outgoing mail server (SMTP): mail.gmx.net",
      `User Name: ${gmx.email}`,
      "Password: your email password",
      "Incoming server (IMAP): 993",
      "Use the following type of encrypted connection: SSL/TLS",
      "Outgoing server (SMTP): 587",
      "Use the following type of encrypted connection: STARTTLS",
    ]);
  });

  it("uses new Outlook's IMAP form and its Show more part", () => {
    const guide = setupGuide("new-windows", withIncoming, "en");
    expect(labelled(guide)).toEqual(
      expect.arrayContaining([
        "IMAP incoming server: imap.gmx.net",
        "Secure connection type: SSL/TLS",
        `IMAP username: ${gmx.email}`,
        "SMTP outgoing server: mail.gmx.net",
      ]),
    );
    expect(stepsText(guide)).toMatch(/account type choose IMAP/);
  });

  it("puts Outlook for Mac's incoming server with its own SSL box, and mobile's host:port", () => {
    expect(labelled(setupGuide("mac", withIncoming, "en"))).toEqual(
      expect.arrayContaining([
        "Incoming server: imap.gmx.net",
        "Use SSL to connect: ticked, with port 993 (SSL/TLS from the start)",
      ]),
    );
    expect(labelled(setupGuide("mobile", withIncoming, "en"))).toEqual(
      expect.arrayContaining(["IMAP Host Name: imap.gmx.net:993", "SMTP Host Name: mail.gmx.net:587"]),
    );
  });

  it("uses the German field names", () => {
    const rows = labelled(setupGuide("classic-windows", withIncoming, "de")).join("\n");
    expect(rows).toContain("Posteingangsserver: imap.gmx.net");
    expect(rows).toContain("Posteingangsserver (IMAP): 993");
    expect(rows).toContain("Kontotyp: IMAP");
  });

  it("sets up POP3 where the provider lists only POP3, except in the mobile app, which says why", () => {
    const popOnly = settingsFor(gmx, { incoming: [pop] });
    const classic = labelled(setupGuide("classic-windows", popOnly, "en"));
    expect(classic).toContain("Account Type: POP3");
    expect(classic).toContain("Incoming server (POP3): 995");
    const mobile = setupGuide("mobile", popOnly, "en");
    expect(stepsText(mobile)).not.toContain("pop.gmx.net");
    expect(stepsText(mobile)).toContain(gmx.host);
    expect(mobile.notes.join("\n")).toMatch(/cannot add POP accounts/);
  });

  it("names STARTTLS and None for the incoming half as the client does", () => {
    const starttls = settingsFor(gmx, { incoming: [{ ...imap, port: 143, security: "starttls" }] });
    expect(labelled(setupGuide("classic-windows", starttls, "en"))).toContain(
      "Use the following type of encrypted connection: STARTTLS",
    );
    const plain = settingsFor(gmx, { incoming: [{ ...imap, port: 143, security: "none" }] });
    expect(labelled(setupGuide("mac", plain, "en"))).toContain(
      "Use SSL to connect: unticked (the connection is not encrypted)",
    );
  });

  it("keeps the outgoing-only steps when no incoming server is known", () => {
    const guide = setupGuide("classic-windows", settingsFor(gmx), "en");
    expect(stepsText(guide)).not.toMatch(/Incoming mail server/);
    expect(stepsText(guide)).toContain(gmx.host);
  });

  it("dates the Microsoft sign-in notes from the dated-facts table", () => {
    const m365 = setupGuide("new-windows", settingsFor(FIXTURES.microsoft365 as Fixture), "de").notes.join(
      "\n",
    );
    expect(m365).toContain(factDate("m365-smtp-basic-auth-off", "de"));
    const outlook = setupGuide("mac", settingsFor(FIXTURES.outlook as Fixture), "en").notes.join("\n");
    expect(outlook).toContain(factDate("outlookcom-basic-auth-ended", "en"));
  });
});
