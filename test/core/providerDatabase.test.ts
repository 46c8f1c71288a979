import { describe, expect, it } from "@jest/globals";
import { DATED_FACTS, factDate, type DatedFactId } from "../../src/core/datedFacts.js";
import { de } from "../../src/core/i18n/de.js";
import { deProviders } from "../../src/core/i18n/de/providers.js";
import { registerLanguage } from "../../src/core/language.js";
import {
  localizeProviderNote,
  PROVIDERS,
  providerNotes,
  type Provider,
} from "../../src/core/providerDatabase.js";
import {
  compileMxPattern,
  findProviderByAccountType,
  findProviderByDomain,
  findProviderById,
  findProviderByMx,
  localizeSettingsNotes,
} from "../../src/core/providerMatch.js";
import { resolveSettings } from "../../src/core/resolveSettings.js";
import { isHelpCentreHomePage, validateProviderDatabase } from "../../src/core/providerSchema.js";

function provider(id: string): (typeof PROVIDERS)[number] {
  const found = PROVIDERS.find((entry) => entry.id === id);
  if (!found || findProviderById(id) !== found) throw new Error(`no provider ${id}`);
  return found;
}

function allServers(entry: Provider) {
  return [...entry.servers, ...(entry.customDomainServers ?? [])];
}

describe("provider database: schema", () => {
  it("the whole database passes the validator (unique ids, domains, MX patterns, account types)", () => {
    expect(validateProviderDatabase(PROVIDERS)).toEqual([]);
  });

  it.each(PROVIDERS.map((entry) => [entry.id, entry] as const))(
    "%s is a valid entry on its own",
    (_id, entry) => {
      expect(validateProviderDatabase([entry])).toEqual([]);
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.name.trim()).not.toBe("");
      for (const domain of entry.domains) expect(domain).toBe(domain.toLowerCase());
      for (const server of allServers(entry)) {
        expect(Number.isInteger(server.port)).toBe(true);
        expect(["starttls", "tls", "none"]).toContain(server.security);
        if (server.security === "none") expect(server.warning).toBeTruthy();
      }
      expect(entry.auth.length).toBeGreaterThan(0);
      expect(entry.docs).toMatch(/^https:\/\//);
      expect(entry.checked <= new Date().toISOString().slice(0, 10)).toBe(true);
      expect(entry.notes.every((note) => note.trim().length > 0)).toBe(true);
    },
  );

  it("has at least 60 providers and 400 mailbox domains", () => {
    expect(PROVIDERS.length).toBeGreaterThanOrEqual(60);
    const domains = PROVIDERS.flatMap((entry) => entry.domains);
    expect(domains.length).toBeGreaterThanOrEqual(400);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it("recommends encrypted servers only (no provider here lacks an encrypted option)", () => {
    const plaintext = PROVIDERS.flatMap((entry) =>
      allServers(entry).filter((server) => server.security === "none"),
    );
    expect(plaintext).toEqual([]);
  });
});

describe("provider database: the validator rejects bad entries", () => {
  const good: Provider = {
    id: "example-mail",
    name: "Example Mail",
    domains: ["example-mail.test"],
    mxPatterns: ["mx*.example-mail.test"],
    servers: [{ host: "smtp.example-mail.test", port: 465, security: "tls" }],
    incoming: [
      { protocol: "imap", host: "imap.example-mail.test", port: 993, security: "tls" },
      { protocol: "pop3", host: "pop.example-mail.test", port: 995, security: "tls" },
    ],
    auth: ["password"],
    username: "email",
    notes: ["Use your full address."],
    noteTexts: [{ text: { id: "provider.example.fullAddress", en: "Use your full address." } }],
    appPasswordHint: null,
    docs: "https://help.example-mail.test/smtp",
    checked: "2026-11-01",
  };
  const now = new Date("2026-11-22T12:00:00Z");
  const withChange = (change: Record<string, unknown>) => ({ ...good, ...change });

  it("accepts the good fixture", () => {
    expect(validateProviderDatabase([good], now)).toEqual([]);
  });

  it("accepts a help centre's home page only on an entry marked unverified", () => {
    expect(
      validateProviderDatabase(
        [withChange({ docs: "https://help.example-mail.test/", unverified: true })],
        now,
      ),
    ).toEqual([]);
  });

  it("accepts a plaintext incoming server that carries a warning, and an empty incoming list without servers", () => {
    const plain = {
      protocol: "pop3",
      host: "pop.example-mail.test",
      port: 110,
      security: "none",
      warning: "Unencrypted: use 995.",
    };
    expect(validateProviderDatabase([withChange({ incoming: [plain] })], now)).toEqual([]);
    expect(validateProviderDatabase([withChange({ servers: [], incoming: [] })], now)).toEqual([]);
  });

  it("accepts an app-password hint as a provider text", () => {
    const hinted = withChange({
      auth: ["app-password"],
      appPasswordHint: { id: "provider.example.appPasswordHint", en: "Create one under Security." },
    });
    expect(validateProviderDatabase([hinted], now)).toEqual([]);
  });

  it.each<[string, unknown[], RegExp]>([
    ["an entry that is not an object", [null], /is not an object/],
    ["an id that is not kebab-case", [withChange({ id: "Example_Mail" })], /is not kebab-case/],
    [
      "a duplicate id",
      [good, withChange({ domains: ["other.test"], mxPatterns: [] })],
      /id "example-mail" is used twice/,
    ],
    ["a missing name", [withChange({ name: " " })], /name is missing/],
    ["an uppercase domain", [withChange({ domains: ["Example-Mail.test"] })], /not a lowercase ASCII domain/],
    ["a single-label domain", [withChange({ domains: ["localhost"] })], /not a lowercase ASCII domain/],
    ["a Unicode domain", [withChange({ domains: ["bücher.test"] })], /not a lowercase ASCII domain/],
    [
      "a domain claimed by two providers",
      [good, withChange({ id: "copycat", mxPatterns: [] })],
      /domain "example-mail\.test" is already used by example-mail/,
    ],
    [
      "a duplicate MX pattern",
      [good, withChange({ id: "copycat", domains: ["copycat.test"] })],
      /MX pattern "mx\*\.example-mail\.test" is already used/,
    ],
    [
      "a malformed MX pattern",
      [withChange({ mxPatterns: ["mx.example-mail.*"] })],
      /MX pattern "mx\.example-mail\.\*" is not valid/,
    ],
    ["an entry nothing can find", [withChange({ domains: [], mxPatterns: [] })], /nothing can find it/],
    [
      "a port out of range",
      [withChange({ servers: [{ host: "smtp.example-mail.test", port: 70000, security: "tls" }] })],
      /is not a port number/,
    ],
    [
      "a port that is text",
      [withChange({ servers: [{ host: "smtp.example-mail.test", port: "587", security: "tls" }] })],
      /is not a port number/,
    ],
    [
      "an unknown security value",
      [withChange({ servers: [{ host: "smtp.example-mail.test", port: 465, security: "ssl" }] })],
      /is not starttls, tls or none/,
    ],
    [
      "a bad host name",
      [withChange({ servers: [{ host: "smtp example", port: 465, security: "tls" }] })],
      /is not a lowercase host name/,
    ],
    [
      "a non-encrypted server without warning",
      [withChange({ servers: [{ host: "smtp.example-mail.test", port: 25, security: "none" }] })],
      /is not encrypted \(security "none"\) and has no warning/,
    ],
    ["an empty auth list", [withChange({ auth: [] })], /auth must be a non-empty list/],
    ["an unknown auth method", [withChange({ auth: ["ntlm"] })], /unknown method "ntlm"/],
    [
      "a server auth override with an unknown method",
      [
        withChange({
          servers: [{ host: "smtp.example-mail.test", port: 465, security: "tls", auth: ["cram-md5"] }],
        }),
      ],
      /unknown method "cram-md5"/,
    ],
    [
      "an unknown username form",
      [withChange({ username: "upn" })],
      /username "upn" is not email or localpart/,
    ],
    ["no notes", [withChange({ notes: [], noteTexts: [] })], /notes must be a non-empty list/],
    ["notes without texts", [withChange({ noteTexts: undefined })], /noteTexts must be a list/],
    [
      "a note text without the provider. prefix",
      [withChange({ noteTexts: [{ text: { id: "checklist.x", en: "Use your full address." } }] })],
      /does not start with "provider\."/,
    ],
    [
      "one text id with two English wordings",
      [
        good,
        withChange({
          id: "other",
          domains: ["other.test"],
          mxPatterns: [],
          noteTexts: [{ text: { id: "provider.example.fullAddress", en: "Something else." } }],
        }),
      ],
      /id "provider\.example\.fullAddress" has another English wording in example-mail/,
    ],
    ["no incoming servers list", [withChange({ incoming: undefined })], /incoming must be a list/],
    ["no incoming servers at all", [withChange({ incoming: [] })], /incoming is empty although/],
    [
      "an unknown incoming protocol",
      [
        withChange({
          incoming: [{ protocol: "exchange", host: "mail.example-mail.test", port: 443, security: "tls" }],
        }),
      ],
      /protocol "exchange" is not imap or pop3/,
    ],
    [
      "IMAP listed after POP3",
      [
        withChange({
          incoming: [
            { protocol: "pop3", host: "pop.example-mail.test", port: 995, security: "tls" },
            { protocol: "imap", host: "imap.example-mail.test", port: 993, security: "tls" },
          ],
        }),
      ],
      /IMAP listed after POP3/,
    ],
    [
      "a plaintext incoming server without warning",
      [
        withChange({
          incoming: [{ protocol: "imap", host: "imap.example-mail.test", port: 143, security: "none" }],
        }),
      ],
      /incoming\[0\] is not encrypted \(security "none"\) and has no warning/,
    ],
    [
      "an absurd incoming port",
      [
        withChange({
          incoming: [{ protocol: "imap", host: "imap.example-mail.test", port: 0, security: "tls" }],
        }),
      ],
      /incoming\[0\]\.port 0 is not a port number/,
    ],
    [
      "a missing app-password hint",
      [withChange({ appPasswordHint: undefined })],
      /appPasswordHint is missing/,
    ],
    [
      "app-password sign-in without a hint",
      [withChange({ auth: ["app-password"] })],
      /appPasswordHint is null although the provider signs in with "app-password"/,
    ],
    [
      "a help centre's home page as docs",
      [withChange({ docs: "https://help.example-mail.test/" })],
      /is a help centre's home page/,
    ],
    [
      "a known help-centre home page as docs",
      [withChange({ docs: "https://www.proximus.be/support/" })],
      /is a help centre's home page/,
    ],
    ["unverified set to false", [withChange({ unverified: false })], /unverified must be true/],
    ["an empty note", [withChange({ notes: ["ok", "  "] })], /empty note/],
    ["an entry without source", [withChange({ docs: undefined })], /docs \(the source URL\) is missing/],
    [
      "a plain-http source",
      [withChange({ docs: "http://help.example-mail.test/smtp" })],
      /is not an https URL/,
    ],
    ["a source that is not a URL", [withChange({ docs: "see the help pages" })], /is not a URL/],
    ["a missing checked date", [withChange({ checked: undefined })], /checked is missing/],
    ["an impossible checked date", [withChange({ checked: "2026-02-30" })], /is not a real date/],
    ["a checked date in another format", [withChange({ checked: "22/11/2026" })], /is not a YYYY-MM-DD date/],
    ["a checked date in the future", [withChange({ checked: "2026-12-01" })], /is in the future/],
    [
      "an unknown Outlook account type",
      [withChange({ outlookAccountTypes: ["exchange"] })],
      /Outlook account type "exchange" is unknown/,
    ],
    [
      "an Outlook account type claimed twice",
      [
        withChange({ outlookAccountTypes: ["gmail"] }),
        withChange({ id: "other", domains: ["other.test"], mxPatterns: [], outlookAccountTypes: ["gmail"] }),
      ],
      /Outlook account type "gmail" is already used by example-mail/,
    ],
  ])("rejects %s", (_what, fixture, message) => {
    const errors = validateProviderDatabase(fixture, now);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(message);
  });
});

describe("provider database: checked facts (FACTS.md)", () => {
  it("Microsoft 365 is smtp.office365.com 587 STARTTLS and never port 465", () => {
    const m365 = provider("microsoft365");
    expect(allServers(m365).map((s) => [s.host, s.port, s.security])).toEqual([
      ["smtp.office365.com", 587, "starttls"],
    ]);
    expect(allServers(m365).some((s) => s.port === 465)).toBe(false);
    expect(m365.auth[0]).toBe("oauth2");
    expect(m365.notes.join(" ")).toMatch(/end of December 2026/);
    expect(m365.notes.join(" ")).toMatch(/550 5\.7\.30/);
    expect(m365.notes.join(" ")).toMatch(/January 2020/);
    expect(m365.notes.join(" ")).toMatch(/Security Defaults/);
    expect(m365.notes.join(" ")).toMatch(/mail\.protection\.outlook\.com on port 25/);
  });

  it("Outlook.com is smtp-mail.outlook.com 587 STARTTLS with OAuth2 only", () => {
    const outlook = provider("outlook");
    expect(outlook.servers).toEqual([{ host: "smtp-mail.outlook.com", port: 587, security: "starttls" }]);
    expect(outlook.auth).toEqual(["oauth2"]);
    expect(outlook.notes.join(" ")).toMatch(/16 September 2024/);
  });

  it("no entry anywhere recommends smtp.live.com or any 465 for Microsoft", () => {
    for (const entry of PROVIDERS) {
      for (const server of allServers(entry)) {
        expect(server.host).not.toBe("smtp.live.com");
        if (/office365|outlook\.com$/.test(server.host)) expect(server.port).toBe(587);
      }
    }
  });

  it.each<[string, string, number, string, string[], string]>([
    ["gmail", "smtp.gmail.com", 465, "tls", ["oauth2", "app-password"], "email"],
    ["google-workspace", "smtp.gmail.com", 465, "tls", ["oauth2", "app-password"], "email"],
    ["yahoo", "smtp.mail.yahoo.com", 465, "tls", ["oauth2", "app-password"], "email"],
    ["aol", "smtp.aol.com", 465, "tls", ["oauth2", "app-password"], "email"],
    ["att", "smtp.mail.att.net", 465, "tls", ["app-password"], "email"],
    ["icloud", "smtp.mail.me.com", 587, "starttls", ["app-password"], "email"],
    ["zoho", "smtp.zoho.com", 465, "tls", ["password", "app-password"], "email"],
    ["fastmail", "smtp.fastmail.com", 465, "tls", ["app-password"], "email"],
    ["proton", "127.0.0.1", 1025, "starttls", ["app-password"], "email"],
    ["gmx", "mail.gmx.net", 465, "tls", ["password"], "email"],
    ["gmx-com", "mail.gmx.com", 465, "tls", ["password"], "email"],
    ["webde", "smtp.web.de", 465, "tls", ["password"], "email"],
    ["yandex", "smtp.yandex.com", 465, "tls", ["app-password"], "email"],
    ["mailru", "smtp.mail.ru", 465, "tls", ["app-password"], "email"],
    ["qq", "smtp.qq.com", 465, "tls", ["app-password"], "email"],
    ["netease163", "smtp.163.com", 465, "tls", ["app-password"], "email"],
    ["netease126", "smtp.126.com", 465, "tls", ["app-password"], "email"],
    ["comcast", "smtp.comcast.net", 587, "starttls", ["password", "oauth2"], "email"],
    ["ionos", "smtp.ionos.de", 465, "tls", ["password"], "email"],
    ["godaddy", "smtpout.secureserver.net", 465, "tls", ["password"], "email"],
    ["ovh", "ssl0.ovh.net", 465, "tls", ["password"], "email"],
    ["namecheap", "mail.privateemail.com", 465, "tls", ["password"], "email"],
    ["rackspace", "secure.emailsrvr.com", 465, "tls", ["password"], "email"],
  ])("%s: first server %s:%i %s, auth %j, username %s", (id, host, port, security, auth, username) => {
    const entry = provider(id);
    expect(entry.servers[0]).toMatchObject({ host, port, security });
    expect(entry.auth).toEqual(auth);
    expect(entry.username).toBe(username);
  });

  it("lists 587 STARTTLS as the alternative where FACTS documents both ports", () => {
    for (const id of ["gmail", "yahoo", "zoho", "gmx", "webde", "mailru", "ionos", "namecheap"]) {
      expect(provider(id).servers[1]).toMatchObject({ port: 587, security: "starttls" });
    }
    expect(provider("comcast").servers[1]).toMatchObject({ port: 465, security: "tls" });
  });

  it("explains the provider-specific steps users trip over", () => {
    expect(provider("gmail").notes.join(" ")).toMatch(
      /2-Step Verification.*security-key-only.*Advanced Protection.*revoked/,
    );
    expect(provider("google-workspace").notes.join(" ")).toMatch(/smtp-relay\.gmail\.com/);
    expect(provider("qq").notes.join(" ")).toMatch(/authorization code/);
    expect(provider("netease163").notes.join(" ")).toMatch(/authorization code/);
    expect(provider("proton").notes.join(" ")).toMatch(/Bridge.*paid plans/);
    expect(provider("proton").notes.join(" ")).toMatch(
      /Read the SMTP and IMAP ports .* from the Bridge window/,
    );
    expect(provider("gmx").notes.join(" ")).toMatch(/POP3 & IMAP/);
    expect(provider("webde").notes.join(" ")).toMatch(/POP3\/IMAP/);
    expect(provider("tutanota").servers).toEqual([]);
    expect(provider("tutanota").notes.join(" ")).toMatch(/no SMTP/);
  });

  it("keeps Yahoo! JAPAN separate from Yahoo Inc.", () => {
    expect(findProviderByDomain("yahoo.co.jp")?.id).toBe("yahoo-japan");
    expect(provider("yahoo-japan").servers[0]?.host).toBe("smtp.mail.yahoo.co.jp");
    expect(provider("yahoo").domains).not.toContain("yahoo.co.jp");
  });

  it("splits GMX by server: gmx.net family on mail.gmx.net, gmx.com family on mail.gmx.com", () => {
    for (const domain of ["gmx.de", "gmx.at", "gmx.ch", "gmx.net"])
      expect(findProviderByDomain(domain)?.id).toBe("gmx");
    for (const domain of ["gmx.com", "gmx.us", "gmx.co.uk", "gmx.fr"])
      expect(findProviderByDomain(domain)?.id).toBe("gmx-com");
  });
});

describe("provider lookups", () => {
  it.each([
    ["hotmail.co.uk", "outlook"],
    ["HOTMAIL.FR.", "outlook"],
    [" live.com.au ", "outlook"],
    ["contoso.onmicrosoft.com", "microsoft365"],
    ["contoso.mail.onmicrosoft.com", "microsoft365"],
    ["googlemail.com", "gmail"],
    ["bücher.example", undefined],
    ["onmicrosoft.com", undefined],
    ["x.gmail.com", undefined],
    ["mail.google.com", undefined],
    ["gmail.com.evil.test", undefined],
    ["", undefined],
  ])("findProviderByDomain(%j) -> %s", (domain, id) => {
    expect(findProviderByDomain(domain)?.id).toBe(id);
  });

  it.each([
    ["contoso-com.mail.protection.outlook.com", "microsoft365"],
    ["contoso-com.l-v1.mx.microsoft", "microsoft365"],
    ["hotmail-com.olc.protection.outlook.com", "outlook"],
    ["aspmx.l.google.com", "google-workspace"],
    ["alt1.aspmx.l.google.com.", "google-workspace"],
    ["smtp.google.com", "google-workspace"],
    ["aspmx2.googlemail.com", "google-workspace"],
    ["mx.zoho.com", "zoho"],
    ["mx2.zoho.com", "zoho"],
    ["MX.ZOHO.EU", "zoho-eu"],
    ["mx3.zoho.in", "zoho-in"],
    ["mx.zoho.com.au", "zoho-au"],
    ["mx.zohocloud.ca", "zoho-ca"],
    ["in1-smtp.messagingengine.com", "fastmail"],
    ["mailstore1.secureserver.net", "godaddy"],
    ["mx1.emailsrvr.com", "rackspace"],
    ["mx1.privateemail.com", "namecheap"],
    ["mx1.mail.ovh.net", "ovh"],
    ["mx3.ovh.net", "ovh"],
    ["mx00.ionos.de", "ionos"],
    ["mx00.kundenserver.de", "ionos"],
    ["mx01.ionos.com", "ionos-us"],
    ["mx00.ionos.co.uk", "ionos-uk"],
    ["mail.protonmail.ch", "proton"],
    ["mailsec.protonmail.ch", "proton"],
    ["mta7.am0.yahoodns.net", "yahoo"],
    ["mx-aol.mail.gm0.yahoodns.net", "aol"],
    ["mx01.mail.icloud.com", "icloud"],
    ["mx.yandex.net", "yandex"],
    ["smtpin.rzone.de", "strato"],
    ["mx.zoho.eu.attacker.test", undefined],
    ["contoso.mail.protection.outlook.com.attacker.test", undefined],
    ["mail.protection.outlook.com", undefined],
    ["mx.example.net", undefined],
  ])("findProviderByMx(%j) -> %s", (mx, id) => {
    expect(findProviderByMx(mx)?.id).toBe(id);
  });

  it("compiles MX patterns with label-aware wildcards", () => {
    expect(compileMxPattern("mx*.zoho.eu").test("mx.zoho.eu")).toBe(true);
    expect(compileMxPattern("mx*.zoho.eu").test("mx.a.zoho.eu")).toBe(false);
    expect(compileMxPattern("*.google.com").test("google.com")).toBe(false);
    expect(compileMxPattern("*.google.com").test("a.b.google.com")).toBe(true);
  });

  it("finds providers by id and by Outlook account type", () => {
    expect(findProviderById("microsoft365")?.name).toBe("Microsoft 365");
    expect(findProviderById("nope")).toBeUndefined();
    expect(findProviderByAccountType("office365")?.id).toBe("microsoft365");
    expect(findProviderByAccountType("outlookCom")?.id).toBe("outlook");
    expect(findProviderByAccountType("gmail")?.id).toBe("gmail");
    expect(findProviderByAccountType("enterprise")).toBeUndefined();
  });

  it("has every fixed id other modules rely on", () => {
    const ids = [
      "microsoft365",
      "outlook",
      "gmail",
      "google-workspace",
      "yahoo",
      "aol",
      "att",
      "icloud",
      "zoho",
      "fastmail",
      "proton",
      "gmx",
      "webde",
      "yandex",
      "mailru",
      "qq",
      "netease163",
      "netease126",
      "comcast",
      "ionos",
      "godaddy",
      "ovh",
      "namecheap",
      "rackspace",
    ];
    for (const id of ids) expect(findProviderById(id)?.id).toBe(id);
  });
});

describe("provider database: incoming servers", () => {
  it("every provider with outgoing servers has incoming servers, IMAP first, all encrypted", () => {
    for (const entry of PROVIDERS) {
      if (entry.servers.length > 0) expect(entry.incoming.length).toBeGreaterThan(0);
      const protocols = entry.incoming.map((server) => server.protocol);
      expect(protocols).toEqual([...protocols].sort((a, b) => (a === b ? 0 : a === "imap" ? -1 : 1)));
      for (const server of [...entry.incoming, ...(entry.customDomainIncoming ?? [])]) {
        expect(server.security).not.toBe("none");
      }
    }
  });

  it.each<[string, string, string, number, string]>([
    ["microsoft365", "imap", "outlook.office365.com", 993, "tls"],
    ["outlook", "imap", "outlook.office365.com", 993, "tls"],
    ["gmail", "imap", "imap.gmail.com", 993, "tls"],
    ["yahoo", "imap", "imap.mail.yahoo.com", 993, "tls"],
    ["aol", "imap", "imap.aol.com", 993, "tls"],
    ["icloud", "imap", "imap.mail.me.com", 993, "tls"],
    ["zoho-eu", "imap", "imap.zoho.eu", 993, "tls"],
    ["fastmail", "imap", "imap.fastmail.com", 993, "tls"],
    ["proton", "imap", "127.0.0.1", 1143, "starttls"],
    ["gmx", "imap", "imap.gmx.net", 993, "tls"],
    ["webde", "imap", "imap.web.de", 993, "tls"],
    ["t-online", "imap", "secureimap.t-online.de", 993, "tls"],
    ["att", "imap", "imap.mail.att.net", 993, "tls"],
    ["comcast", "imap", "imap.comcast.net", 993, "tls"],
    ["biglobe", "pop3", "mail.biglobe.ne.jp", 995, "tls"],
    ["alice", "imap", "in.alice.it", 143, "starttls"],
  ])("%s: first incoming server is %s %s:%i %s", (id, protocol, host, port, security) => {
    expect(provider(id).incoming[0]).toMatchObject({ protocol, host, port, security });
  });

  it("Microsoft's IMAP and POP accept OAuth2 only; Zoho organisations use imappro", () => {
    for (const server of provider("microsoft365").incoming) expect(server.auth).toEqual(["oauth2"]);
    expect(provider("zoho").customDomainIncoming?.[0]).toMatchObject({ host: "imappro.zoho.com", port: 993 });
    expect(provider("tutanota").incoming).toEqual([]);
  });
});

describe("provider database: app-password hints", () => {
  it("every provider that signs in with an app password carries its own hint", () => {
    for (const entry of PROVIDERS) {
      const usesAppPassword = [entry.auth, ...entry.servers.map((server) => server.auth ?? [])].some((list) =>
        list.includes("app-password"),
      );
      if (usesAppPassword) expect(entry.appPasswordHint?.en.trim()).toBeTruthy();
    }
    expect(provider("gmx").appPasswordHint).toBeNull();
  });

  it("regional Zoho, T-Online and mailbox.org get their own guidance, not a generic text", () => {
    expect(provider("zoho-eu").appPasswordHint?.en).toMatch(/Zoho Accounts/);
    expect(provider("t-online").appPasswordHint?.en).toMatch(/Passwort für E-Mail-Programme/);
    expect(provider("mailbox-org").appPasswordHint?.en).toMatch(/mailbox\.org settings/);
  });

  it("Yahoo and AOL hints follow their current help pages (External connections; a browser used for several days)", () => {
    expect(provider("yahoo").appPasswordHint?.en).toMatch(/External connections/);
    expect(provider("yahoo").appPasswordHint?.en).toMatch(/several days/);
    expect(provider("aol").appPasswordHint?.en).toMatch(/Generate and manage app passwords/);
    expect(provider("att").appPasswordHint?.en).toMatch(/secure mail key/);
  });
});

describe("provider database: dated facts come from src/core/datedFacts.ts", () => {
  const englishDates = (Object.keys(DATED_FACTS) as DatedFactId[]).flatMap((id) => [
    factDate(id, "en"),
    factDate(id, "en").replace(/^the end of /, ""),
  ]);

  it("no provider text spells out a dated fact's date itself", () => {
    for (const entry of PROVIDERS) {
      for (const note of entry.noteTexts) {
        for (const date of englishDates) expect(note.text.en).not.toContain(date);
      }
    }
  });

  it("the notes that speak of a dated fact interpolate it, in English and in German", () => {
    registerLanguage("de", deProviders);
    expect(provider("microsoft365").notes.join(" ")).toContain(factDate("m365-smtp-basic-auth-off", "en"));
    expect(providerNotes(provider("microsoft365"), "de").join(" ")).toContain("Ende Dezember 2026");
    expect(provider("outlook").notes.join(" ")).toContain("16 September 2024");
    expect(providerNotes(provider("outlook"), "de").join(" ")).toContain("16. September 2024");
    expect(providerNotes(provider("gmail"), "de").join(" ")).toContain(
      factDate("gmail-password-only-ended", "de"),
    );
    expect(providerNotes(provider("google-workspace"), "en").join(" ")).toContain("30 September 2024");
  });
});

describe("provider database: German texts (src/core/i18n/de/providers.ts)", () => {
  const texts = new Map<string, string>();
  for (const entry of PROVIDERS) {
    for (const note of entry.noteTexts) texts.set(note.text.id, note.text.en);
    if (entry.appPasswordHint) texts.set(entry.appPasswordHint.id, entry.appPasswordHint.en);
  }
  const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

  it("has every note and hint, with the same placeholders, and nothing else", () => {
    for (const [id, en] of texts) {
      expect([id, typeof deProviders[id]]).toEqual([id, "string"]);
      expect([id, placeholders(deProviders[id] ?? "")]).toEqual([id, placeholders(en)]);
    }
    expect(Object.keys(deProviders).filter((id) => !texts.has(id))).toEqual([]);
  });

  it("is part of the on-demand German table", () => {
    for (const id of texts.keys()) expect(de[id]).toBe(deProviders[id]);
  });
});

describe("provider database: sources", () => {
  it("links a settings article, or marks the entry unverified", () => {
    for (const entry of PROVIDERS) {
      if (!entry.unverified) expect([entry.id, isHelpCentreHomePage(entry.docs)]).toEqual([entry.id, false]);
    }
    expect(isHelpCentreHomePage("https://www.proximus.be/support/")).toBe(true);
    expect(isHelpCentreHomePage("https://support.google.com/mail/answer/7126229")).toBe(false);
  });

  it("carries the day each entry was checked, not one date for all", () => {
    expect(new Set(PROVIDERS.map((entry) => entry.checked)).size).toBeGreaterThan(1);
    expect(provider("yahoo").checked).toBe("2026-12-01");
  });

  it("lists the long tail of ISPs with their alias domains", () => {
    for (const [domain, id] of [
      ["laposte.net", "laposte"],
      ["neuf.fr", "sfr"],
      ["arcor.de", "arcor"],
      ["sky.com", "sky"],
      ["embarqmail.com", "centurylink"],
      ["sapo.pt", "sapo"],
      ["op.pl", "onet"],
      ["biglobe.ne.jp", "biglobe"],
      ["ocn.ne.jp", "ocn"],
      ["bol.com.br", "bol"],
      ["posteo.com", "posteo"],
      ["lawyer.com", "mailcom"],
    ] as const) {
      expect([domain, findProviderByDomain(domain)?.id]).toEqual([domain, id]);
    }
  });
});

describe("provider notes in the pane's language", () => {
  it("translates the provider's notes in resolved settings and leaves the resolver's own notes alone", () => {
    registerLanguage("de", deProviders);
    const settings = resolveSettings("ann+news@gmail.com");
    const german = localizeSettingsNotes(settings, "de");
    expect(german).toHaveLength(settings.notes.length);
    expect(german.join(" ")).toContain("Über Google anmelden");
    expect(german.join(" ")).toContain("30. Mai 2022");
    // The resolver's "+" alias note is not a provider note: it stays English.
    expect(german[0]).toBe(settings.notes[0]);
    expect(localizeSettingsNotes(settings, "en")).toEqual(settings.notes);
    expect(localizeSettingsNotes(resolveSettings("ann@unknown-domain.example"), "de")).toEqual(
      resolveSettings("ann@unknown-domain.example").notes,
    );
  });
});

describe("provider database: English notes worded on first read", () => {
  it("every entry's notes are its note texts in English, enumerable, serialised and read once", () => {
    for (const entry of PROVIDERS) {
      expect(entry.notes).toEqual(entry.noteTexts.map((note) => localizeProviderNote(note, "en")));
      // The same array on every read: worded once, not per lookup.
      expect(entry.notes).toBe(entry.notes);
      expect(Object.keys(entry)).toContain("notes");
      expect(JSON.parse(JSON.stringify(entry)).notes).toEqual(entry.notes);
      expect({ ...entry }.notes).toEqual(entry.notes);
    }
  });
});
