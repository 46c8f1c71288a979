import { beforeAll, describe, expect, it } from "@jest/globals";
import { parseEmailAddress } from "../../src/core/emailAddress.js";
import { InputError } from "../../src/core/errors.js";
import { de } from "../../src/core/i18n/de.js";
import { deResolver } from "../../src/core/i18n/de/resolver.js";
import { loadLanguage } from "../../src/core/language.js";
import { findProviderById } from "../../src/core/providerMatch.js";
import type { Provider } from "../../src/core/providerDatabase.js";
import { PROVIDERS, providerNotes } from "../../src/core/providerDatabase.js";
import {
  incomingServersFor,
  RESOLVER_NOTES,
  resolveSettings,
  settingsFromProvider,
} from "../../src/core/resolveSettings.js";
import { ACCOUNT_TYPES, isOutlookAccountType } from "../../src/core/types.js";

// [address as typed, provider id (null = unknown), first server host, first port, expected username]
const ADDRESSES: Array<[string, string | null, string?, number?, string?]> = [
  // Microsoft consumer (Outlook.com) family
  ["ann@outlook.com", "outlook", "smtp-mail.outlook.com", 587, "ann@outlook.com"],
  ["ann@hotmail.com", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@hotmail.co.uk", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@hotmail.fr", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@hotmail.de", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@hotmail.it", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@hotmail.es", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@hotmail.com.br", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@live.com", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@live.co.uk", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@live.fr", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@live.de", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@live.nl", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@live.com.au", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@msn.com", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@outlook.de", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@outlook.fr", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@outlook.jp", "outlook", "smtp-mail.outlook.com", 587],
  ["ann@outlook.com.au", "outlook", "smtp-mail.outlook.com", 587],
  ["Ann.Example@Hotmail.COM", "outlook", "smtp-mail.outlook.com", 587, "ann.example@hotmail.com"],
  // Microsoft 365 tenants
  ["ann@contoso.onmicrosoft.com", "microsoft365", "smtp.office365.com", 587, "ann@contoso.onmicrosoft.com"],
  ["ann@fabrikam-inc.onmicrosoft.com", "microsoft365", "smtp.office365.com", 587],
  ["ann@contoso.mail.onmicrosoft.com", "microsoft365", "smtp.office365.com", 587],
  // Google
  ["ann@gmail.com", "gmail", "smtp.gmail.com", 465, "ann@gmail.com"],
  ["ann@googlemail.com", "gmail", "smtp.gmail.com", 465],
  ["  Bob@GMAIL.com ", "gmail", "smtp.gmail.com", 465, "bob@gmail.com"],
  ["ann+news@gmail.com", "gmail", "smtp.gmail.com", 465, "ann@gmail.com"],
  ["Ann Example <ann@gmail.com>", "gmail", "smtp.gmail.com", 465, "ann@gmail.com"],
  ["mailto:ann@gmail.com?subject=hi", "gmail", "smtp.gmail.com", 465, "ann@gmail.com"],
  // Yahoo Inc. and Yahoo! JAPAN
  ["ann@yahoo.com", "yahoo", "smtp.mail.yahoo.com", 465],
  ["ann@yahoo.co.uk", "yahoo", "smtp.mail.yahoo.com", 465],
  ["ann@yahoo.fr", "yahoo", "smtp.mail.yahoo.com", 465],
  ["ann@yahoo.de", "yahoo", "smtp.mail.yahoo.com", 465],
  ["ann@yahoo.com.au", "yahoo", "smtp.mail.yahoo.com", 465],
  ["ann@ymail.com", "yahoo", "smtp.mail.yahoo.com", 465],
  ["ann@rocketmail.com", "yahoo", "smtp.mail.yahoo.com", 465],
  ["ann+x@yahoo.com", "yahoo", "smtp.mail.yahoo.com", 465, "ann+x@yahoo.com"],
  ["ann@cox.net", "yahoo", "smtp.mail.yahoo.com", 465],
  ["ann@yahoo.co.jp", "yahoo-japan", "smtp.mail.yahoo.co.jp", 465, "ann"],
  // AOL and Verizon
  ["ann@aol.com", "aol", "smtp.aol.com", 465],
  ["ann@aim.com", "aol", "smtp.aol.com", 465],
  ["ann@aol.co.uk", "aol", "smtp.aol.com", 465],
  ["ann@verizon.net", "aol", "smtp.aol.com", 465],
  // AT&T
  ["ann@att.net", "att", "smtp.mail.att.net", 465],
  ["ann@sbcglobal.net", "att", "smtp.mail.att.net", 465],
  ["ann@bellsouth.net", "att", "smtp.mail.att.net", 465],
  ["ann@pacbell.net", "att", "smtp.mail.att.net", 465],
  ["ann@swbell.net", "att", "smtp.mail.att.net", 465],
  ["ann@flash.net", "att", "smtp.mail.att.net", 465],
  ["ann@prodigy.net", "att", "smtp.mail.att.net", 465],
  ["ann@ameritech.net", "att", "smtp.mail.att.net", 465],
  ["ann@nvbell.net", "att", "smtp.mail.att.net", 465],
  ["ann@wans.net", "att", "smtp.mail.att.net", 465],
  ["ann@snet.net", "att", "smtp.mail.att.net", 465],
  // Apple
  ["ann@icloud.com", "icloud", "smtp.mail.me.com", 587, "ann@icloud.com"],
  ["ann@me.com", "icloud", "smtp.mail.me.com", 587],
  ["ann@mac.com", "icloud", "smtp.mail.me.com", 587],
  // Zoho, Fastmail, Proton, Tuta
  ["ann@zoho.com", "zoho", "smtp.zoho.com", 465],
  ["ann@zohomail.com", "zoho", "smtp.zoho.com", 465],
  ["ann@zoho.eu", "zoho-eu", "smtp.zoho.eu", 465],
  ["ann@zohomail.eu", "zoho-eu", "smtp.zoho.eu", 465],
  ["ann@zoho.in", "zoho-in", "smtp.zoho.in", 465],
  ["ann@fastmail.com", "fastmail", "smtp.fastmail.com", 465],
  ["ann@fastmail.fm", "fastmail", "smtp.fastmail.com", 465],
  ["ann@sent.com", "fastmail", "smtp.fastmail.com", 465],
  ["ann@proton.me", "proton", "127.0.0.1", 1025],
  ["ann@protonmail.com", "proton", "127.0.0.1", 1025],
  ["ann@protonmail.ch", "proton", "127.0.0.1", 1025],
  ["ann@pm.me", "proton", "127.0.0.1", 1025],
  ["ann@tutanota.com", "tutanota"],
  // German-speaking and European providers
  ["ann@gmx.de", "gmx", "mail.gmx.net", 465],
  ["ann@gmx.at", "gmx", "mail.gmx.net", 465],
  ["ann@gmx.ch", "gmx", "mail.gmx.net", 465],
  ["ann@gmx.net", "gmx", "mail.gmx.net", 465],
  ["ann@gmx.com", "gmx-com", "mail.gmx.com", 465],
  ["ann@gmx.co.uk", "gmx-com", "mail.gmx.com", 465],
  ["ann@web.de", "webde", "smtp.web.de", 465],
  ["ann@t-online.de", "t-online", "securesmtp.t-online.de", 465],
  ["ann@freenet.de", "freenet", "mx.freenet.de", 465],
  ["ann@online.de", "one-and-one", "smtp.1und1.de", 465],
  ["ann@mailbox.org", "mailbox-org", "smtp.mailbox.org", 465],
  ["ann@posteo.de", "posteo", "posteo.de", 465],
  ["ann@posteo.net", "posteo", "posteo.de", 465],
  ["ann@orange.fr", "orange", "smtp.orange.fr", 465],
  ["ann@wanadoo.fr", "orange", "smtp.orange.fr", 465],
  ["ann@free.fr", "free", "smtp.free.fr", 465, "ann"],
  ["ann@libero.it", "libero", "smtp.libero.it", 465],
  ["ann@virgilio.it", "virgilio", "out.virgilio.it", 465],
  ["ann@alice.it", "alice", "out.alice.it", 587],
  ["ann@tim.it", "tim", "smtp.tim.it", 587],
  ["ann@tiscali.it", "tiscali", "smtp.tiscali.it", 465],
  ["ann@seznam.cz", "seznam", "smtp.seznam.cz", 465],
  ["ann@wp.pl", "wp", "smtp.wp.pl", 465, "ann"],
  ["ann@o2.pl", "o2pl", "poczta.o2.pl", 465, "ann"],
  ["ann@kpnmail.nl", "kpn", "smtp.kpnmail.nl", 465],
  ["ann@ziggo.nl", "ziggo", "smtp.ziggo.nl", 587],
  ["ann@skynet.be", "proximus", "relay.proximus.be", 587],
  ["ann@bluewin.ch", "bluewin", "smtpauths.bluewin.ch", 465],
  ["ann@btinternet.com", "bt", "mail.btinternet.com", 465],
  ["ann@ntlworld.com", "virginmedia", "smtp.virginmedia.com", 465],
  ["ann@blueyonder.co.uk", "virginmedia", "smtp.virginmedia.com", 465],
  // Russia
  ["ann@yandex.ru", "yandex", "smtp.yandex.com", 465],
  ["ann@yandex.com", "yandex", "smtp.yandex.com", 465],
  ["ann@ya.ru", "yandex", "smtp.yandex.com", 465],
  ["ann@mail.ru", "mailru", "smtp.mail.ru", 465],
  ["ann@inbox.ru", "mailru", "smtp.mail.ru", 465],
  ["ann@list.ru", "mailru", "smtp.mail.ru", 465],
  ["ann@bk.ru", "mailru", "smtp.mail.ru", 465],
  ["ann@internet.ru", "mailru", "smtp.mail.ru", 465],
  ["ann@rambler.ru", "rambler", "smtp.rambler.ru", 465],
  // China, Korea, Australia
  ["10001@qq.com", "qq", "smtp.qq.com", 465, "10001@qq.com"],
  ["ann@foxmail.com", "qq", "smtp.qq.com", 465],
  ["ann@vip.qq.com", "qq", "smtp.qq.com", 465],
  ["ann@163.com", "netease163", "smtp.163.com", 465],
  ["ann@126.com", "netease126", "smtp.126.com", 465],
  ["ann@yeah.net", "netease-yeah", "smtp.yeah.net", 465],
  ["ann@naver.com", "naver", "smtp.naver.com", 465],
  ["ann@hanmail.net", "daum", "smtp.daum.net", 465],
  ["ann@bigpond.com", "telstra", "smtp.telstra.com", 465],
  // North American ISPs
  ["ann@comcast.net", "comcast", "smtp.comcast.net", 587],
  ["ann@charter.net", "spectrum", "mobile.charter.net", 587],
  ["ann@twc.com", "spectrum", "mobile.charter.net", 587],
  ["ann@nc.rr.com", "spectrum", "mobile.charter.net", 587],
  ["ann@earthlink.net", "earthlink", "smtpauth.earthlink.net", 587],
  ["ann@sympatico.ca", "bell", "smtphm.sympatico.ca", 587],
  // Unknown domains, and subdomains that are not mailbox domains
  ["ann@contoso.com", null],
  ["ann@example.org", null],
  ["ann@x.gmail.com", null],
  ["ann@mail.google.com", null],
  ["ann@eu.yahoo.com", null],
  ["ann@onmicrosoft.com", null],
  ["ann@bücher.example", null],
];

describe("resolveSettings: table of addresses", () => {
  it("covers at least 100 addresses", () => {
    expect(ADDRESSES.length).toBeGreaterThanOrEqual(100);
  });

  // Rows are padded to five cells: jest passes its done callback in place of missing ones.
  const rows = ADDRESSES.map(
    ([input, id, host, port, user]) => [input, id, host ?? null, port ?? null, user ?? null] as const,
  );
  it.each(rows)("%j -> %s", (input, providerId, host, port, username) => {
    const settings = resolveSettings(input);
    if (providerId === null) {
      expect(settings.provider).toBeNull();
      expect(settings.source).toBe("none");
      expect(settings.servers).toEqual([]);
      expect(settings.notes.join(" ")).toMatch(/No built-in settings/);
      return;
    }
    expect(settings.provider?.id).toBe(providerId);
    expect(settings.source).toBe("builtin");
    expect(settings.confidence).toBe("high");
    expect(settings.provider?.docs).toMatch(/^https:\/\//);
    expect(settings.notes.length).toBeGreaterThan(0);
    if (host === null) {
      expect(settings.servers).toEqual([]);
      return;
    }
    expect(settings.servers[0]).toMatchObject({ host, port });
    expect(settings.servers[0]?.auth.length).toBeGreaterThan(0);
    const expectedUser = username ?? parseEmailAddress(input).address.toLowerCase();
    for (const server of settings.servers) expect(server.username).toBe(expectedUser);
  });
});

describe("resolveSettings: output shape", () => {
  it("matches the contract example for Microsoft 365", () => {
    const settings = resolveSettings("ann@contoso.com", { accountType: "office365" });
    expect(settings).toMatchObject({
      email: "ann@contoso.com",
      domain: "contoso.com",
      provider: { id: "microsoft365", name: "Microsoft 365" },
      source: "builtin",
      servers: [
        {
          host: "smtp.office365.com",
          port: 587,
          security: "starttls",
          auth: ["oauth2", "password"],
          username: "ann@contoso.com",
        },
      ],
    });
    expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
  });

  it("normalises the address and keeps a +tag in email but not in the login", () => {
    const settings = resolveSettings("  Ann+News@GMail.com ");
    expect(settings.email).toBe("ann+news@gmail.com");
    expect(settings.domain).toBe("gmail.com");
    expect(settings.servers.map((server) => server.username)).toEqual(["ann@gmail.com", "ann@gmail.com"]);
    expect(settings.notes[0]).toMatch(/"\+" alias of ann@gmail\.com/);
  });

  it("keeps the local part's case for unknown domains (the provider may care)", () => {
    expect(resolveSettings("Ann@Example.ORG").email).toBe("Ann@example.org");
  });

  it("returns copies: changing a result does not change the database", () => {
    const first = resolveSettings("ann@gmail.com");
    first.servers[0]?.auth.push("none");
    expect(resolveSettings("ann@gmail.com").servers[0]?.auth).toEqual(["oauth2", "app-password"]);
  });

  it("reports no servers and explains why for Tuta", () => {
    const settings = resolveSettings("ann@tuta.com");
    expect(settings.provider?.id).toBe("tutanota");
    expect(settings.servers).toEqual([]);
    expect(settings.notes.join(" ")).toMatch(/no SMTP/);
  });
});

describe("resolveSettings: internationalised domains", () => {
  it("answers with the ASCII domain and adds the Unicode form", () => {
    const settings = resolveSettings("ann@bücher.example");
    expect(settings.domain).toBe("xn--bcher-kva.example");
    expect(settings.email).toBe("ann@xn--bcher-kva.example");
    expect(settings.unicodeDomain).toBe("bücher.example");
    expect(settings.notes[0]).toMatch(/bücher\.example/);
  });

  it("gives the Unicode form back for an xn-- input", () => {
    const settings = resolveSettings("ann@xn--mnchen-3ya.de");
    expect(settings.domain).toBe("xn--mnchen-3ya.de");
    expect(settings.unicodeDomain).toBe("münchen.de");
  });

  it("leaves unicodeDomain out for plain ASCII domains", () => {
    expect("unicodeDomain" in resolveSettings("ann@gmail.com")).toBe(false);
  });

  it("resolves an IDN on a custom domain through Outlook's account type", () => {
    const settings = resolveSettings("ann@bücher.example", { accountType: "office365" });
    expect(settings.provider?.id).toBe("microsoft365");
    expect(settings.servers[0]?.username).toBe("ann@xn--bcher-kva.example");
  });
});

describe("resolveSettings: Outlook account type", () => {
  it("office365 on a custom domain means Microsoft 365, and says so", () => {
    const settings = resolveSettings("ann@contoso.com", {
      accountType: "office365",
      emailAddress: "ann@contoso.com",
    });
    expect(settings.provider?.id).toBe("microsoft365");
    expect(settings.confidence).toBe("high");
    expect(settings.notes[0]).toMatch(/Outlook's account type \("office365"\)/);
    expect(settings.servers.every((server) => server.port !== 465)).toBe(true);
  });

  it("gmail on a custom domain means Google Workspace", () => {
    const settings = resolveSettings("ann@contoso.com", { accountType: "gmail" });
    expect(settings.provider?.id).toBe("google-workspace");
    expect(settings.servers[0]).toMatchObject({ host: "smtp.gmail.com", username: "ann@contoso.com" });
    expect(settings.notes.join(" ")).toMatch(/smtp-relay\.gmail\.com/);
  });

  it("gmail on gmail.com stays Gmail without a conflict note", () => {
    const settings = resolveSettings("ann@gmail.com", { accountType: "gmail" });
    expect(settings.provider?.id).toBe("gmail");
    expect(settings.notes.join(" ")).not.toMatch(/points to/);
  });

  it("outlookCom on a custom domain means Outlook.com", () => {
    const settings = resolveSettings("ann@contoso.com", { accountType: "outlookCom" });
    expect(settings.provider?.id).toBe("outlook");
    expect(settings.servers[0]?.host).toBe("smtp-mail.outlook.com");
  });

  it("enterprise means on-premises Exchange: no built-in settings, ask the admin", () => {
    const settings = resolveSettings("ann@contoso.com", { accountType: "enterprise" });
    expect(settings.provider).toBeNull();
    expect(settings.source).toBe("none");
    expect(settings.servers).toEqual([]);
    expect(settings.notes.join(" ")).toMatch(/on-premises Exchange/);
    expect(settings.notes.join(" ")).toMatch(/MAPI/);
    expect(settings.notes.join(" ")).toMatch(/administrator/);
  });

  it("knows exactly Office.js's four account types, and no 'other'", () => {
    expect([...ACCOUNT_TYPES].sort()).toEqual(["enterprise", "gmail", "office365", "outlookCom"]);
    expect(isOutlookAccountType("other")).toBe(false);
    expect(isOutlookAccountType("OFFICE365")).toBe(false);
    expect(isOutlookAccountType(undefined)).toBe(false);
    for (const type of ACCOUNT_TYPES) expect(isOutlookAccountType(type)).toBe(true);
  });

  it("a known mailbox domain wins over a contradicting account type, with a note", () => {
    const settings = resolveSettings("ann@yahoo.com", { accountType: "office365" });
    expect(settings.provider?.id).toBe("yahoo");
    expect(settings.notes[0]).toMatch(/points to Microsoft 365, but yahoo\.com belongs to Yahoo Mail/);
  });

  it("enterprise on a known consumer domain keeps the provider's settings but warns", () => {
    const settings = resolveSettings("ann@gmail.com", { accountType: "enterprise" });
    expect(settings.provider?.id).toBe("gmail");
    expect(settings.notes[0]).toMatch(/on-premises Exchange/);
  });

  it("resolves only the address it is given, not the context's fromAddress", () => {
    const settings = resolveSettings("ann@gmail.com", {
      fromAddress: "sales@contoso.com",
      emailAddress: "ann@gmail.com",
    });
    expect(settings.email).toBe("ann@gmail.com");
    expect(settings.provider?.id).toBe("gmail");
  });
});

describe("settingsFromProvider (used by discovery for MX inference)", () => {
  const zoho = findProviderById("zoho");
  const proton = findProviderById("proton");
  const m365 = findProviderById("microsoft365");
  if (!zoho || !proton || !m365) throw new Error("database is missing fixed ids");

  it("uses the custom-domain servers and medium confidence for an MX match", () => {
    const settings = settingsFromProvider(zoho, parseEmailAddress("ann@contoso.com"), "mx", [
      "Inferred from MX mx.zoho.com.",
    ]);
    expect(settings.source).toBe("mx");
    expect(settings.confidence).toBe("medium");
    expect(settings.servers.map((server) => `${server.host}:${server.port}`)).toEqual([
      "smtppro.zoho.com:465",
      "smtppro.zoho.com:587",
    ]);
    expect(settings.notes[0]).toBe("Inferred from MX mx.zoho.com.");
  });

  it("uses the personal servers on the provider's own domains", () => {
    const settings = settingsFromProvider(zoho, parseEmailAddress("ann@zohomail.com"), "builtin");
    expect(settings.servers[0]?.host).toBe("smtp.zoho.com");
  });

  it("offers Proton's SMTP token server for custom domains", () => {
    const settings = settingsFromProvider(proton, parseEmailAddress("ann@contoso.com"), "mx");
    expect(settings.servers[0]).toMatchObject({
      host: "smtp.protonmail.ch",
      port: 587,
      security: "starttls",
    });
  });

  it("fills the username per address and keeps the contract fields", () => {
    const settings = settingsFromProvider(m365, parseEmailAddress("Ann@Contoso.com"), "mx");
    expect(settings).toMatchObject({
      email: "ann@contoso.com",
      domain: "contoso.com",
      provider: { id: "microsoft365", name: "Microsoft 365" },
      servers: [{ host: "smtp.office365.com", port: 587, security: "starttls", username: "ann@contoso.com" }],
    });
  });
});

describe("resolveSettings: bad input", () => {
  it.each([
    ["", /Enter an email address/],
    ["not-an-address", /has no @/],
    ["ann@localhost", /has no dot/],
    ["ann@[10.0.0.1]", /not supported/],
    ["ann@gmail.com\nBcc: x@y.z", /line break/],
  ])("%j throws InputError %s", (input, message) => {
    expect(() => resolveSettings(input)).toThrow(InputError);
    expect(() => resolveSettings(input)).toThrow(message);
  });
});

describe("incoming servers (Settings.incoming)", () => {
  // A provider entry as the database writes it: POP3 listed before IMAP on purpose.
  const example: Provider = {
    id: "example-isp",
    name: "Example ISP",
    domains: ["example-isp.test"],
    mxPatterns: [],
    servers: [{ host: "smtp.example-isp.test", port: 465, security: "tls" }],
    incoming: [
      { protocol: "pop3", host: "pop.example-isp.test", port: 995, security: "tls" },
      { protocol: "imap", host: "imap.example-isp.test", port: 993, security: "tls" },
      {
        protocol: "imap",
        host: "imap-legacy.example-isp.test",
        port: 143,
        security: "none",
        auth: ["password"],
        warning: "Not encrypted: use imap.example-isp.test on 993.",
      },
    ],
    auth: ["app-password", "password"],
    username: "email",
    subaddressSeparator: "+",
    notes: [],
    docs: "https://example-isp.test/help/mail-settings",
    checked: "2026-11-30",
  };

  it("puts IMAP first, keeps the provider's order otherwise and fills the user name", () => {
    const incoming = incomingServersFor(example, parseEmailAddress("Ann+Shop@Example-ISP.test"));
    expect(incoming.map((server) => `${server.protocol} ${server.host}:${server.port}`)).toEqual([
      "imap imap.example-isp.test:993",
      "imap imap-legacy.example-isp.test:143",
      "pop3 pop.example-isp.test:995",
    ]);
    expect(incoming.every((server) => server.username === "ann@example-isp.test")).toBe(true);
  });

  it("takes the provider's auth unless the server overrides it, and keeps warnings", () => {
    const [imap, legacy, pop] = incomingServersFor(example, parseEmailAddress("ann@example-isp.test"));
    expect(imap?.auth).toEqual(["app-password", "password"]);
    expect(imap?.warning).toBeUndefined();
    expect(legacy).toMatchObject({ security: "none", auth: ["password"] });
    expect(legacy?.warning).toMatch(/Not encrypted/);
    expect(pop?.security).toBe("tls");
  });

  it("uses the local part as user name for providers that log in by identifier", () => {
    const byIdentifier: Provider = { ...example, username: "localpart" };
    const incoming = incomingServersFor(byIdentifier, parseEmailAddress("ann@example-isp.test"));
    expect(incoming.map((server) => server.username)).toEqual(["ann", "ann", "ann"]);
  });

  it("returns copies: changing a result does not change the database entry", () => {
    const [first] = incomingServersFor(example, parseEmailAddress("ann@example-isp.test"));
    first?.auth.push("none");
    expect(example.incoming?.[1]?.auth).toBeUndefined();
    expect(incomingServersFor(example, parseEmailAddress("ann@example-isp.test"))[0]?.auth).toEqual([
      "app-password",
      "password",
    ]);
  });

  it("gives a customer's own domain the provider's custom-domain incoming servers (Zoho's imappro)", () => {
    const hosted: Provider = {
      ...example,
      customDomainIncoming: [
        { protocol: "imap", host: "imappro.example-isp.test", port: 993, security: "tls" },
      ],
    };
    expect(incomingServersFor(hosted, parseEmailAddress("ann@contoso.com")).map((s) => s.host)).toEqual([
      "imappro.example-isp.test",
    ]);
    expect(incomingServersFor(hosted, parseEmailAddress("ann@example-isp.test"))[0]?.host).toBe(
      "imap.example-isp.test",
    );
    const zoho = findProviderById("zoho");
    if (!zoho) throw new Error("database is missing zoho");
    const viaMx = settingsFromProvider(zoho, parseEmailAddress("ann@contoso.com"), "mx");
    expect(viaMx.incoming[0]?.host).toMatch(/^imappro\.zoho\./);
  });

  it("carries the entry's unverified flag, and only for unverified entries", () => {
    const unverified = PROVIDERS.filter((provider) => provider.unverified && provider.domains[0]);
    expect(unverified.length).toBeGreaterThan(0);
    for (const provider of unverified) {
      const settings = resolveSettings(`ann@${provider.domains[0]}`);
      if (settings.provider?.id !== provider.id) continue;
      expect([provider.id, settings.provider.unverified]).toEqual([provider.id, true]);
    }
    expect(resolveSettings("ann@gmail.com").provider).not.toHaveProperty("unverified");
  });

  it("carries the provider's app-password hint as a translatable text", () => {
    const hint = resolveSettings("ann@t-online.de").provider?.appPasswordHint;
    expect(hint?.id).toMatch(/\S/);
    expect(hint?.en).toMatch(/\S/);
    expect(resolveSettings("ann@outlook.com").provider?.appPasswordHint).toBeUndefined();
  });

  it("is part of the settings an MX inference builds", () => {
    const settings = settingsFromProvider(example, parseEmailAddress("ann@contoso.com"), "mx");
    expect(settings.incoming[0]).toMatchObject({
      protocol: "imap",
      host: "imap.example-isp.test",
      username: "ann@contoso.com",
    });
    expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
  });

  it("is empty for a provider without incoming servers and for unknown domains", () => {
    const { incoming: _omitted, ...withoutIncoming } = example;
    expect(incomingServersFor(withoutIncoming, parseEmailAddress("ann@example-isp.test"))).toEqual([]);
    expect(resolveSettings("ann@unknown-domain.example").incoming).toEqual([]);
  });

  it("resolves every database provider's incoming servers for one of its addresses", () => {
    for (const provider of PROVIDERS) {
      const domain = provider.domains[0];
      if (!domain) continue;
      const settings = resolveSettings(`ann@${domain}`);
      const expected = (provider.incoming ?? []).length;
      expect([provider.id, settings.incoming.length]).toEqual([provider.id, expected]);
      const protocols = settings.incoming.map((server) => server.protocol);
      expect([provider.id, protocols]).toEqual([provider.id, [...protocols].sort()]);
    }
  });
});

describe("provider ownership recorded in the settings", () => {
  it("marks a provider's own mailbox domain as owned and a hosted custom domain as not", () => {
    expect(resolveSettings("ann@gmail.com").provider?.ownsDomain).toBe(true);
    expect(resolveSettings("ann@contoso.onmicrosoft.com").provider?.ownsDomain).toBe(true);
    expect(resolveSettings("ann@contoso.com", { accountType: "gmail" }).provider?.ownsDomain).toBe(false);
    expect(resolveSettings("ann@contoso.com", { accountType: "office365" }).provider?.ownsDomain).toBe(false);
  });
});

describe("resolveSettings in German", () => {
  beforeAll(() => loadLanguage("de"));

  const placeholders = (wording: string): string[] =>
    [...wording.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

  it("every resolver note has German with the same placeholders, and the table is in the de chunk", () => {
    const english = Object.values(RESOLVER_NOTES);
    for (const note of english) {
      const german = deResolver[note.id];
      expect([note.id, german?.trim() ? "translated" : "missing"]).toEqual([note.id, "translated"]);
      expect([note.id, placeholders(german ?? "")]).toEqual([note.id, placeholders(note.en)]);
      expect(de[note.id]).toBe(german);
    }
    const ids = new Set(english.map((note) => note.id));
    expect(Object.keys(deResolver).filter((id) => !ids.has(id))).toEqual([]);
  });

  it("words the account-type conflict, on-premises and unknown-domain notes in the language asked for", () => {
    const conflict = resolveSettings("someone@gmail.com", { accountType: "office365" }, { lang: "de" });
    expect(conflict.notes[0]).toBe(
      "Outlooks Kontotyp („office365“) verweist auf Microsoft 365, aber gmail.com gehört zu Gmail: Dies sind die Einstellungen von Gmail.",
    );
    const englishConflict = resolveSettings("someone@gmail.com", { accountType: "office365" });
    expect(englishConflict.notes[0]).toMatch(
      /^Outlook's account type \("office365"\) points to Microsoft 365/,
    );
    // Same settings apart from the words.
    expect({ ...conflict, notes: [] }).toEqual({ ...englishConflict, notes: [] });
    expect(conflict.notes).toHaveLength(englishConflict.notes.length);

    const enterprise = resolveSettings("a@contoso-example.de", { accountType: "enterprise" }, { lang: "de" });
    expect(enterprise.notes[0]).toMatch(
      /^Outlook meldet ein lokales Exchange-Konto \(Kontotyp „enterprise“\)/,
    );
    const unknown = resolveSettings("a@contoso-example.de", {}, { lang: "de" });
    expect(unknown.notes[0]).toBe(
      "Keine eingebauten Einstellungen für contoso-example.de: Die Offline-Datenbank kennt nur bekannte Anbieter und Hoster.",
    );
  });

  it("gives the provider's own notes in German too", () => {
    const german = resolveSettings("someone@gmail.com", {}, { lang: "de" });
    const english = resolveSettings("someone@gmail.com");
    const gmail = findProviderById("gmail");
    expect(gmail).toBeDefined();
    expect(german.notes).toEqual(providerNotes(gmail as Provider, "de"));
    expect(german.notes).not.toEqual(english.notes);
  });
});
