import { beforeAll, describe, expect, it, jest } from "@jest/globals";
import {
  allChecklistTexts,
  buildChecklist,
  CHECKLIST_RULES,
  type ChecklistInput,
} from "../../src/core/checklist.js";
import { de } from "../../src/core/i18n/de.js";
import {
  fillText,
  isLanguageLoaded,
  LANGS,
  loadLanguage,
  localize,
  pickLang,
  text,
  type Text,
} from "../../src/core/language.js";
import { allSetupTexts } from "../../src/core/setupSteps.js";
import { DATED_FACTS, factDate } from "../../src/core/datedFacts.js";
import { PROVIDERS } from "../../src/core/providerDatabase.js";
import { resolveSettings } from "../../src/core/resolveSettings.js";
import type {
  ChecklistItem,
  DomainReport,
  Finding,
  IncomingServer,
  Server,
  Settings,
  Severity,
  VerifyFindingId,
  VerifyReport,
} from "../../src/core/types.js";

const PROVIDER_NAMES: Record<string, string> = {
  microsoft365: "Microsoft 365",
  outlook: "Outlook.com",
  gmail: "Gmail",
  gmx: "GMX",
  proton: "Proton Mail",
  qq: "QQ Mail",
  ionos: "IONOS",
};

function settings(
  providerId: string | null,
  server: Partial<Server> = {},
  extra: Partial<Settings> = {},
): Settings {
  const email = extra.email ?? "ann@example.com";
  return {
    email,
    domain: email.split("@")[1] ?? "",
    provider: providerId ? { id: providerId, name: PROVIDER_NAMES[providerId] ?? providerId } : null,
    source: "builtin",
    incoming: [],
    servers: [
      {
        host: "smtp.example.com",
        port: 587,
        security: "starttls",
        auth: ["password"],
        username: email,
        ...server,
      },
    ],
    notes: [],
    ...extra,
  };
}

function finding(id: string, severity: Severity = "info"): Finding {
  return { id, severity, title: id, detail: id };
}

function verifyReport(ids: VerifyFindingId[], overrides: Partial<VerifyReport> = {}): VerifyReport {
  return {
    target: { host: "smtp.example.com", port: 587, security: "starttls", address: "192.0.2.10" },
    ok: true,
    steps: [],
    greeting: "220 smtp.example.com ESMTP",
    tls: {
      protocol: "TLSv1.3",
      cipher: "TLS_AES_256_GCM_SHA384",
      certificate: {
        subject: "smtp.example.com",
        issuer: "Example CA",
        validFrom: "2026-01-01T00:00:00.000Z",
        validTo: "2027-03-01T00:00:00.000Z",
        daysLeft: 100,
        hostnameMatch: true,
        trusted: true,
        error: null,
        altNames: ["smtp.example.com"],
      },
    },
    auth: { beforeTls: [], afterTls: ["PLAIN", "LOGIN"] },
    extensions: [],
    findings: ids.map((id) => finding(id)),
    checkedAt: "2026-11-20T10:00:00.000Z",
    durationMs: 1500,
    ...overrides,
  };
}

function domainReport(ids: string[], domain = "example.com"): DomainReport {
  return {
    domain,
    mx: [{ exchange: `mx.${domain}`, priority: 10 }],
    spf: { record: "v=spf1 -all" },
    dmarc: { record: "v=DMARC1; p=reject", policy: "reject" },
    mtaSts: { record: null },
    tlsRpt: { record: null },
    srv: { submission: [], submissions: [] },
    findings: ids.map((id) => finding(id, "warn")),
  };
}

// German is loaded on demand, as in the pane; the fallback is tested below on a fresh module.
beforeAll(() => loadLanguage("de"));

/**
 * The item with this id, built in every language: checks that each text is
 * present, filled in (no `{placeholder}` left) and really translated, and that
 * the status does not depend on the language. Returns the English item.
 */
function item(input: ChecklistInput, id: string): ChecklistItem {
  const perLang = LANGS.map((lang) => buildChecklist(input, lang).find((entry) => entry.id === id));
  const [en, ...others] = perLang;
  if (!en) throw new Error(`no item ${id}`);
  for (const [index, entry] of perLang.entries()) {
    if (!entry) throw new Error(`no item ${id} in ${LANGS[index]}`);
    expect(entry.status).toBe(en.status);
    for (const text of [entry.title, entry.why, entry.action]) {
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/\{\w+\}/);
    }
  }
  for (const other of others) expect(other?.why).not.toBe(en.why);
  return en;
}

function ids(input: ChecklistInput): string[] {
  return buildChecklist(input).map((entry) => entry.id);
}

describe("checklist rules as data", () => {
  it("has unique kebab-case ids", () => {
    const ruleIds = CHECKLIST_RULES.map((rule) => rule.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("names each rule's own texts after the rule, the text key and the field", () => {
    const encryption = CHECKLIST_RULES.find((rule) => rule.id === "encryption");
    expect(encryption?.texts.off?.title).toEqual({
      id: "checklist.encryption.off.title",
      en: "Encryption is off",
    });
    // Shared texts keep their own id wherever they are used.
    expect(encryption?.texts.notVerified?.action.id).toBe("checklist.runVerify");
  });

  it("keeps the same ids for verify-dependent items before and after Verify", () => {
    const base = settings("gmx");
    const before = ids({ settings: base });
    const after = ids({ settings: base, verify: verifyReport(["tls-ok", "auth-ok"]) });
    for (const id of ["encryption", "auth-after-tls", "open-relay", "certificate"]) {
      expect(before).toContain(id);
      expect(after).toContain(id);
    }
    const byId = new Map(buildChecklist({ settings: base }).map((entry) => [entry.id, entry.status]));
    expect(byId.get("auth-after-tls")).toBe("info");
    expect(byId.get("certificate")).toBe("info");
  });

  it("returns items in rule order and uses only the contract's statuses", () => {
    const list = buildChecklist({ settings: settings("microsoft365", { auth: ["oauth2"] }) });
    const order = CHECKLIST_RULES.map((rule) => rule.id);
    const positions = list.map((entry) => order.indexOf(entry.id));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const entry of list) expect(["pass", "info", "warn", "fail"]).toContain(entry.status);
  });

  it("has no server items when no server is known", () => {
    const none = { ...settings(null), servers: [], source: "none" as const };
    expect(ids({ settings: none })).not.toContain("encryption");
    expect(ids({ settings: none })).not.toContain("submission-port");
  });
});

describe("encryption", () => {
  it("fails when the recommended server is not encrypted", () => {
    const entry = item({ settings: settings("gmx", { port: 25, security: "none" }) }, "encryption");
    expect(entry.status).toBe("fail");
  });

  it("is info until verified, naming the security and port", () => {
    const entry = item({ settings: settings("gmx", { port: 465, security: "tls" }) }, "encryption");
    expect(entry.status).toBe("info");
    expect(entry.title).toContain("SSL/TLS");
    expect(entry.title).toContain("465");
  });

  it("passes with TLS 1.2+ from the probe", () => {
    const entry = item({ settings: settings("gmx"), verify: verifyReport(["tls-ok"]) }, "encryption");
    expect(entry.status).toBe("pass");
    expect(entry.title).toContain("TLSv1.3");
  });

  it.each<[VerifyFindingId, string]>([
    ["tls-old-version", "TLSv1"],
    ["tls-failed", "TLS"],
    ["plaintext", "off"],
    ["starttls-missing", "STARTTLS"],
    ["starttls-injection", "before encryption started"],
  ])("fails on %s", (id, titlePart) => {
    const verify = verifyReport(
      [id],
      id === "tls-old-version" ? { tls: { protocol: "TLSv1", cipher: "x", certificate: null } } : {},
    );
    const entry = item({ settings: settings("gmx"), verify }, "encryption");
    expect(entry.status).toBe("fail");
    expect(entry.title).toContain(titlePart);
  });

  it("says it could not check when the probe never reached TLS", () => {
    const entry = item(
      { settings: settings("gmx"), verify: verifyReport(["connect-failed"], { tls: null }) },
      "encryption",
    );
    expect(entry.status).toBe("info");
    expect(entry.title).toMatch(/not checked/);
  });
});

describe("incoming mail encryption (IMAP / POP3)", () => {
  const incoming = (
    protocol: IncomingServer["protocol"],
    port: number,
    security: IncomingServer["security"],
  ): Settings =>
    settings(
      "example",
      {},
      {
        incoming: [
          { protocol, host: `${protocol}.example.com`, port, security, auth: ["password"], username: "ann" },
        ],
      },
    );

  it.each<[IncomingServer["protocol"], number]>([
    ["imap", 143],
    ["pop3", 110],
  ])("warns about plaintext %s on port %i without STARTTLS", (protocol, port) => {
    const entry = item({ settings: incoming(protocol, port, "none") }, "incoming-encryption");
    expect(entry.status).toBe("warn");
    expect(entry.title).toContain(protocol === "imap" ? "IMAP" : "POP3");
    expect(entry.why).toContain(`port ${port}`);
    expect(entry.action).toContain(protocol === "imap" ? "port 993" : "port 995");
  });

  it.each<[IncomingServer["protocol"], number]>([
    ["imap", 993],
    ["pop3", 995],
  ])("passes encrypted %s on port %i", (protocol, port) => {
    const entry = item({ settings: incoming(protocol, port, "tls") }, "incoming-encryption");
    expect(entry.status).toBe("pass");
    expect(entry.title).toMatch(/SSL\/TLS/);
  });

  it("passes IMAP with STARTTLS on 143 and points to 993", () => {
    const entry = item({ settings: incoming("imap", 143, "starttls") }, "incoming-encryption");
    expect(entry.status).toBe("pass");
    expect(entry.action).toContain("993");
  });

  it("judges the recommended (first) incoming server only, and is absent without one", () => {
    const both = settings(
      "example",
      {},
      {
        incoming: [
          {
            protocol: "imap",
            host: "imap.example.com",
            port: 993,
            security: "tls",
            auth: ["password"],
            username: "a",
          },
          {
            protocol: "pop3",
            host: "pop.example.com",
            port: 110,
            security: "none",
            auth: ["password"],
            username: "a",
          },
        ],
      },
    );
    expect(item({ settings: both }, "incoming-encryption").status).toBe("pass");
    expect(ids({ settings: settings("example") })).not.toContain("incoming-encryption");
    const { incoming: _none, ...olderServer } = settings("example");
    expect(ids({ settings: olderServer as Settings })).not.toContain("incoming-encryption");
  });
});

describe("dated facts come from src/core/datedFacts.ts", () => {
  it("changes every checklist text that mentions a fact when the fact's date changes", () => {
    const facts = DATED_FACTS as unknown as Record<string, { date: string }>;
    const saved = Object.fromEntries(Object.entries(facts).map(([id, fact]) => [id, fact.date]));
    const m365 = settings("microsoft365", { host: "smtp.office365.com", auth: ["oauth2", "password"] });
    const outlook = settings("outlook", { auth: ["oauth2"] });
    const render = (lang: "en" | "de") =>
      [m365, outlook, settings("gmail", { auth: ["oauth2", "app-password"] })]
        .flatMap((entry) => buildChecklist({ settings: entry, now: new Date("2026-06-01T00:00:00Z") }, lang))
        .map((entry) => `${entry.title} ${entry.why} ${entry.action}`)
        .join("\n");
    try {
      for (const fact of Object.values(facts)) fact.date = "2031-03-15";
      for (const lang of ["en", "de"] as const) {
        const changed = render(lang);
        expect(changed).toMatch(
          lang === "en" ? /15 March 2031|end of March 2031/ : /15\. März 2031|Ende März 2031/,
        );
        for (const [id, date] of Object.entries(saved)) {
          facts[id]!.date = date;
          const original = factDate(id as keyof typeof DATED_FACTS, lang);
          facts[id]!.date = "2031-03-15";
          expect([id, changed.includes(original)]).toEqual([id, false]);
        }
      }
    } finally {
      for (const [id, date] of Object.entries(saved)) facts[id]!.date = date;
    }
  });
});

describe("submission port", () => {
  it("warns on port 25 (RFC 6409)", () => {
    const entry = item({ settings: settings("gmx", { port: 25 }) }, "submission-port");
    expect(entry.status).toBe("warn");
    expect(entry.why).toContain("RFC 6409");
  });

  it("warns when the probe used port 25 for submission", () => {
    const verify = verifyReport(["port-25-submission"]);
    expect(item({ settings: settings("gmx"), verify }, "submission-port").status).toBe("warn");
  });

  it.each([587, 465])("passes on %i", (port) => {
    expect(item({ settings: settings("gmx", { port }) }, "submission-port").status).toBe("pass");
  });

  it("notes an unusual port", () => {
    expect(item({ settings: settings(null, { port: 2525 }) }, "submission-port").status).toBe("info");
  });
});

describe("authentication only after TLS", () => {
  it("is info before Verify", () => {
    const entry = item({ settings: settings("gmx") }, "auth-after-tls");
    expect(entry.status).toBe("info");
    expect(entry.action).toMatch(/Verify/);
  });

  it("fails when AUTH is offered before TLS, naming the mechanisms", () => {
    const verify = verifyReport(["auth-before-tls"], {
      auth: { beforeTls: ["PLAIN", "LOGIN"], afterTls: ["PLAIN"] },
    });
    const entry = item({ settings: settings("gmx"), verify }, "auth-after-tls");
    expect(entry.status).toBe("fail");
    expect(entry.why).toContain("PLAIN, LOGIN");
  });

  it("warns when no AUTH is offered", () => {
    expect(
      item({ settings: settings("gmx"), verify: verifyReport(["auth-missing"]) }, "auth-after-tls").status,
    ).toBe("warn");
  });

  it("passes when AUTH is offered only under TLS", () => {
    const entry = item(
      { settings: settings("gmx"), verify: verifyReport(["tls-ok", "auth-ok"]) },
      "auth-after-tls",
    );
    expect(entry.status).toBe("pass");
    expect(entry.why).toContain("PLAIN, LOGIN");
  });
});

describe("modern sign-in (OAuth2 over passwords)", () => {
  it("passes for an OAuth2-only provider and says password-only devices cannot send", () => {
    const entry = item({ settings: settings("outlook", { auth: ["oauth2"] }) }, "modern-sign-in");
    expect(entry.status).toBe("pass");
    expect(entry.action).toMatch(/only know passwords/);
  });

  it("passes when OAuth2 is offered beside app passwords", () => {
    expect(
      item({ settings: settings("gmail", { auth: ["oauth2", "app-password"] }) }, "modern-sign-in").status,
    ).toBe("pass");
  });

  it("is info for an app-password-only provider", () => {
    expect(
      item({ settings: settings("fastmail", { auth: ["app-password"] }) }, "modern-sign-in").status,
    ).toBe("info");
  });

  it("warns for a password-only provider with advice", () => {
    const entry = item({ settings: settings("gmx", { auth: ["password"] }) }, "modern-sign-in");
    expect(entry.status).toBe("warn");
    expect(entry.action).toMatch(/password manager/);
  });

  it("takes the probe's XOAUTH2 offer into account", () => {
    const verify = verifyReport(["oauth2-supported"]);
    expect(item({ settings: settings("gmx"), verify }, "modern-sign-in").status).toBe("pass");
  });

  it("does not apply to a server without sign-in", () => {
    expect(ids({ settings: settings(null, { auth: ["none"] }) })).not.toContain("modern-sign-in");
  });
});

describe("MFA and app passwords per provider", () => {
  it("explains Gmail's app password conditions", () => {
    const entry = item(
      { settings: settings("gmail", { auth: ["oauth2", "app-password"] }) },
      "app-passwords",
    );
    expect(entry.status).toBe("info");
    expect(entry.why).toMatch(/2-Step Verification/);
    expect(entry.why).toMatch(/Advanced Protection/);
    expect(entry.why).toMatch(/revoked/);
  });

  it("warns that Outlook.com has no SMTP app passwords since 16 September 2024", () => {
    const entry = item({ settings: settings("outlook", { auth: ["oauth2"] }) }, "app-passwords");
    expect(entry.status).toBe("warn");
    expect(entry.why).toContain("16 September 2024");
    const german = buildChecklist({ settings: settings("outlook", { auth: ["oauth2"] }) }, "de");
    expect(german.find((entry) => entry.id === "app-passwords")?.why).toContain("16. September 2024");
  });

  it("dates Google's end of password-only sign-in for Gmail and Workspace", () => {
    const entry = item(
      { settings: settings("gmail", { auth: ["oauth2", "app-password"] }) },
      "app-passwords",
    );
    expect(entry.why).toContain("30 May 2022");
    expect(entry.why).toContain("30 September 2024");
  });

  it("uses the provider entry's own app-password hint, in the user's language", () => {
    const hint = text(
      "provider.example.appPasswordHint",
      "Create one under Account > Security > App passwords.",
    );
    const withHint = settings(
      "zoho-eu",
      { auth: ["password", "app-password"] },
      { provider: { id: "zoho-eu", name: "Zoho Mail (EU)", appPasswordHint: hint } },
    );
    const entry = item({ settings: withHint }, "app-passwords");
    expect(entry.status).toBe("info");
    expect(entry.title).toBe("Zoho Mail (EU): app password for mail programs");
    expect(entry.action).toBe(hint.en);
    expect(entry.why).not.toMatch(/Turn on two-factor sign-in if your provider offers it/);
  });

  it("keeps the provider policies that say more than where the app password is made", () => {
    const hint = text("provider.example.appPasswordHint", "Create one in your Google Account.");
    const gmail = settings(
      "gmail",
      { auth: ["oauth2", "app-password"] },
      { provider: { id: "gmail", name: "Gmail", appPasswordHint: hint } },
    );
    expect(item({ settings: gmail }, "app-passwords").why).toMatch(/Advanced Protection/);
  });

  it("tells QQ users about the authorization code, from QQ's own entry", () => {
    const entry = item({ settings: resolveSettings("ann@qq.com") }, "app-passwords");
    expect(entry.title).toMatch(/^QQ/);
    expect(entry.action).toMatch(/authorization code/);
  });

  it.each(["ann@zoho.eu", "ann@t-online.de", "ann@mailbox.org", "ann@icloud.com", "ann@yahoo.com"])(
    "gives %s its provider's own app-password hint, not the generic text",
    (address) => {
      const resolved = resolveSettings(address);
      const hint = resolved.provider?.appPasswordHint;
      expect(hint?.en).toBeTruthy();
      const entry = item({ settings: resolved }, "app-passwords");
      expect(entry.action).toBe(hint?.en);
      expect(entry.title).toContain(resolved.provider?.name ?? "?");
    },
  );

  it("gives every database provider with app passwords its own hint", () => {
    for (const provider of PROVIDERS) {
      const domain = provider.domains[0];
      if (!domain || !provider.appPasswordHint) continue;
      const resolved = resolveSettings(`ann@${domain}`);
      if (resolved.provider?.id !== provider.id) continue;
      const entry = buildChecklist({ settings: resolved }).find(
        (candidate) => candidate.id === "app-passwords",
      );
      const policy = ["gmail", "google-workspace", "outlook", "microsoft365"].includes(provider.id);
      if (!policy) expect([provider.id, entry?.action]).toEqual([provider.id, provider.appPasswordHint.en]);
    }
  });

  it("covers Microsoft 365 basic auth versus Security Defaults", () => {
    const entry = item({ settings: settings("microsoft365", { auth: ["oauth2"] }) }, "app-passwords");
    expect(entry.why).toMatch(/Security Defaults/);
  });

  it("gives generic advice for other password providers and none without sign-in", () => {
    expect(item({ settings: settings("gmx") }, "app-passwords").why).toMatch(/bypasses the second factor/);
    expect(ids({ settings: settings(null, { auth: ["none"] }) })).not.toContain("app-passwords");
  });
});

describe("open relay", () => {
  it("is info before Verify and explains the abuse", () => {
    const entry = item({ settings: settings("gmx") }, "open-relay");
    expect(entry.status).toBe("info");
    expect(entry.why).toMatch(/spam/);
  });

  it("warns when a submission port offers no AUTH", () => {
    const entry = item({ settings: settings("gmx"), verify: verifyReport(["auth-missing"]) }, "open-relay");
    expect(entry.status).toBe("warn");
    expect(entry.title).toMatch(/requires sign-in/);
    expect(entry.why).toMatch(/never send a test message/);
  });

  it("is only info for no AUTH on port 25, where that is normal for inbound mail", () => {
    const verify = verifyReport(["auth-missing"], {
      target: { host: "mx.example.com", port: 25, security: "starttls", address: "192.0.2.1" },
    });
    expect(item({ settings: settings("gmx", { port: 25 }), verify }, "open-relay").status).toBe("info");
  });

  it("passes when the server offers sign-in", () => {
    expect(item({ settings: settings("gmx"), verify: verifyReport(["auth-ok"]) }, "open-relay").status).toBe(
      "pass",
    );
  });
});

describe("From matches the signed-in mailbox", () => {
  it("warns when From differs, with the Exchange error codes", () => {
    const context = { emailAddress: "ann@contoso.com", fromAddress: "sales@contoso.com" };
    const entry = item({ settings: settings("microsoft365"), context }, "from-address");
    expect(entry.status).toBe("warn");
    expect(entry.why).toContain("554 5.2.0");
    expect(entry.why).toContain("550 5.7.60");
    expect(entry.action).toContain("sales@contoso.com");
  });

  it("passes when they match, ignoring case", () => {
    const context = { emailAddress: "Ann@Contoso.com", fromAddress: "ann@contoso.com" };
    expect(item({ settings: settings("microsoft365"), context }, "from-address").status).toBe("pass");
  });

  it("has no item when the From address is unknown", () => {
    expect(ids({ settings: settings("gmx"), context: { emailAddress: "ann@example.com" } })).not.toContain(
      "from-address",
    );
  });
});

describe("certificate", () => {
  it("is info before Verify", () => {
    expect(item({ settings: settings("gmx") }, "certificate").status).toBe("info");
  });

  it.each<VerifyFindingId>(["cert-expired", "cert-hostname-mismatch", "cert-untrusted"])(
    "fails on %s and points to the device clock",
    (id) => {
      const entry = item({ settings: settings("gmx"), verify: verifyReport([id]) }, "certificate");
      expect(entry.status).toBe("fail");
      expect(entry.action).toMatch(/date and time/);
    },
  );

  it("warns when the certificate expires soon", () => {
    const verify = verifyReport(["cert-expiring-soon"]);
    const certificate = verify.tls?.certificate;
    if (certificate) certificate.daysLeft = 9;
    const entry = item({ settings: settings("gmx"), verify }, "certificate");
    expect(entry.status).toBe("warn");
    expect(entry.title).toContain("9 days");
  });

  it("warns, not fails, when the server leaves out its intermediate certificate", () => {
    const entry = item(
      { settings: settings("gmx"), verify: verifyReport(["tls-ok", "cert-chain-incomplete"]) },
      "certificate",
    );
    expect(entry.status).toBe("warn");
    expect(entry.title).toMatch(/whole certificate chain/);
    expect(entry.why).toMatch(/Outlook for Mac/);
  });

  it("passes for a valid certificate", () => {
    const entry = item({ settings: settings("gmx"), verify: verifyReport(["tls-ok"]) }, "certificate");
    expect(entry.status).toBe("pass");
    expect(entry.why).toContain("2027-03-01");
  });

  it("does not fail a local bridge's own certificate", () => {
    const verify = verifyReport(["cert-untrusted"], {
      target: { host: "127.0.0.1", port: 1025, security: "starttls", address: "127.0.0.1" },
    });
    const input = { settings: settings("proton", { host: "127.0.0.1", port: 1025 }), verify };
    expect(item(input, "certificate").status).toBe("info");
  });
});

describe("device clock", () => {
  const verify = verifyReport(["tls-ok"]); // checkedAt 10:00:00, 1.5 s
  const settle = Date.parse(verify.checkedAt) + verify.durationMs;

  it("warns when the device clock is more than 5 minutes ahead", () => {
    const entry = item(
      { settings: settings("gmx"), verify, now: new Date(settle + 12 * 60_000) },
      "device-clock",
    );
    expect(entry.status).toBe("warn");
    expect(entry.title).toContain("12 minutes");
    expect(entry.why).toMatch(/ahead/);
    expect(entry.why).toMatch(/certificate/);
  });

  it("warns when it is behind", () => {
    const entry = item(
      { settings: settings("gmx"), verify, now: new Date(settle - 90 * 60_000) },
      "device-clock",
    );
    expect(entry.status).toBe("warn");
    expect(entry.why).toMatch(/90 minutes behind/);
  });

  it("passes within 5 minutes", () => {
    expect(
      item({ settings: settings("gmx"), verify, now: new Date(settle + 2 * 60_000) }, "device-clock").status,
    ).toBe("pass");
  });

  it("needs both an explicit time and a report", () => {
    expect(ids({ settings: settings("gmx"), verify })).not.toContain("device-clock");
    expect(ids({ settings: settings("gmx"), now: new Date(settle) })).not.toContain("device-clock");
  });
});

describe("SPF, DKIM and DMARC for custom domains", () => {
  const custom = settings(
    "microsoft365",
    { host: "smtp.office365.com", auth: ["oauth2"] },
    { email: "ann@contoso.com" },
  );

  it("does not apply to an address on the provider's own domain", () => {
    const gmail = resolveSettings("ann@gmail.com");
    expect(ids({ settings: gmail, domain: domainReport(["dmarc-none"], "gmail.com") })).not.toContain(
      "domain-authentication",
    );
  });

  it("applies to a custom domain hosted at a consumer provider (matched by MX)", () => {
    const proton = settings(
      "proton",
      { host: "127.0.0.1", port: 1025 },
      { email: "ann@contoso.com", source: "mx" },
    );
    expect(ids({ settings: proton })).toContain("domain-authentication");
  });

  it("applies to a custom domain hosted at Google, found by Outlook's account type", () => {
    const workspace = resolveSettings("ann@contoso.com", { accountType: "gmail" });
    expect(workspace.provider?.id).toBe("google-workspace");
    expect(ids({ settings: workspace })).toContain("domain-authentication");
  });

  it("never asks a user to fix SPF/DMARC of any database provider's own mailbox domain", () => {
    const wronglyAsked: string[] = [];
    let checked = 0;
    for (const provider of PROVIDERS) {
      for (const domain of provider.domains) {
        const resolved = resolveSettings(`ann@${domain}`);
        if (resolved.provider?.id !== provider.id) continue;
        checked += 1;
        const input = { settings: resolved, domain: domainReport(["spf-missing", "dmarc-none"], domain) };
        if (ids(input).includes("domain-authentication")) wronglyAsked.push(`${provider.id} ${domain}`);
      }
    }
    expect(wronglyAsked).toEqual([]);
    const providersWithDomains = PROVIDERS.filter((provider) => provider.domains.length > 0);
    expect(providersWithDomains.length).toBeGreaterThan(50);
    expect(checked).toBeGreaterThanOrEqual(providersWithDomains.length);
  });

  it("is info without a domain report and mentions DKIM and 550 5.7.515 with its date", () => {
    const entry = item({ settings: custom }, "domain-authentication");
    expect(entry.status).toBe("info");
    expect(entry.title).toContain("contoso.com");
    expect(entry.why).toContain("550 5.7.515");
    expect(entry.why).toContain(factDate("outlookcom-high-volume-auth"));
    expect(entry.action).toMatch(/selector/);
  });

  it("fails on a permissive SPF record", () => {
    const entry = item(
      { settings: custom, domain: domainReport(["spf-permissive"], "contoso.com") },
      "domain-authentication",
    );
    expect(entry.status).toBe("fail");
    expect(entry.why).toMatch(/\+all/);
  });

  it("fails on a missing SPF record and lists every problem", () => {
    const domain = domainReport(["spf-missing", "dmarc-missing", "mta-sts-missing"], "contoso.com");
    const entry = item({ settings: custom, domain }, "domain-authentication");
    expect(entry.status).toBe("fail");
    expect(entry.why).toMatch(/no SPF record; no DMARC record/);
    expect(entry.why).not.toMatch(/MTA-STS/);
  });

  it("warns on DMARC p=none", () => {
    const entry = item(
      { settings: custom, domain: domainReport(["dmarc-none"], "contoso.com") },
      "domain-authentication",
    );
    expect(entry.status).toBe("warn");
    expect(entry.action).toMatch(/p=quarantine/);
  });

  it("passes when SPF and DMARC are fine", () => {
    const entry = item(
      { settings: custom, domain: domainReport(["mta-sts-missing"], "contoso.com") },
      "domain-authentication",
    );
    expect(entry.status).toBe("pass");
    expect(entry.action).toMatch(/DKIM/);
  });
});

describe("Microsoft 365 basic-auth retirement", () => {
  const m365 = settings("microsoft365", { host: "smtp.office365.com", auth: ["oauth2", "password"] });

  it("warns ahead of the end of December 2026 with MC786329's dates", () => {
    const entry = item({ settings: m365, now: new Date("2026-11-20T10:00:00Z") }, "m365-basic-auth");
    expect(entry.status).toBe("warn");
    expect(entry.title).toContain("from the end of December 2026");
    expect(entry.why).toMatch(/nothing changes until the end of December 2026/);
    expect(entry.why).toMatch(/admins can turn it back on/);
    expect(entry.why).toMatch(/second half of 2027/);
    expect(entry.why).toContain("550 5.7.30");
    expect(entry.action).toMatch(/OAuth2/);
    expect(entry.action).toMatch(/direct send/);
  });

  it("still speaks of the future on 31 December 2026 itself", () => {
    const entry = item({ settings: m365, now: new Date("2026-12-31T12:00:00Z") }, "m365-basic-auth");
    expect(entry.why).toMatch(/^Per Microsoft's message MC786329/);
  });

  it("speaks in the past after 31 December 2026", () => {
    const entry = item({ settings: m365, now: new Date("2027-02-01T10:00:00Z") }, "m365-basic-auth");
    expect(entry.status).toBe("warn");
    expect(entry.why).toMatch(/^Since the end of December 2026/);
    const german = buildChecklist({ settings: m365, now: new Date("2027-02-01T10:00:00Z") }, "de").find(
      (entry) => entry.id === "m365-basic-auth",
    );
    expect(german?.why).toMatch(/^Seit Ende Dezember 2026/);
  });

  it("does not apply to other providers", () => {
    expect(ids({ settings: settings("outlook", { auth: ["oauth2"] }) })).not.toContain("m365-basic-auth");
  });
});

describe("Proton Mail", () => {
  const bridge = settings(
    "proton",
    { host: "127.0.0.1", port: 1025, auth: ["password"] },
    { email: "ann@proton.me" },
  );

  it("treats the Bridge on 127.0.0.1 as expected, not as a problem", () => {
    expect(item({ settings: bridge }, "proton-bridge").status).toBe("info");
    expect(item({ settings: bridge }, "submission-port").status).toBe("pass");
    const list = buildChecklist({ settings: bridge });
    expect(list.filter((entry) => entry.status === "fail" || entry.status === "warn")).toEqual([]);
  });

  it("accepts Proton's token submission host", () => {
    const token = settings(
      "proton",
      { host: "smtp.protonmail.ch" },
      { email: "ann@contoso.com", source: "mx" },
    );
    expect(item({ settings: token }, "proton-bridge").status).toBe("info");
  });

  it("warns about any other host for Proton", () => {
    const other = settings("proton", { host: "smtp.proton.me" }, { email: "ann@proton.me" });
    expect(item({ settings: other }, "proton-bridge").status).toBe("warn");
  });
});

describe("language selection", () => {
  it.each([
    ["de-DE", "de"],
    ["de-AT", "de"],
    ["de-CH", "de"],
    ["de", "de"],
    ["DE_de", "de"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("pickLang(%p) is %p", (input, expected) => {
    expect(pickLang(input)).toBe(expected);
  });

  it("builds the checklist in German when asked", () => {
    const [first] = buildChecklist({ settings: settings("gmx", { security: "none" }) }, "de");
    expect(first?.title).toBe("Verschlüsselung ist aus");
  });

  it("fills translated values in the chosen language and leaves unknown placeholders visible", () => {
    const ahead = text("checklist.clockDirection.ahead", "ahead");
    expect(fillText("{a} and {b}", { a: ahead }, "de")).toBe("vor and {b}");
    expect(fillText("{a} and {b}", { a: ahead }, "en")).toBe("ahead and {b}");
    expect(fillText("{n}", { n: 3 }, "en")).toBe("3");
    expect(fillText("{f}", { f: (lang) => `in ${lang}` }, "de")).toBe("in de");
  });
});

describe("loading a language", () => {
  const gmxPlain: ChecklistInput = { settings: settings("gmx", { security: "none" }) };

  interface Modules {
    language: typeof import("../../src/core/language.js");
    checklist: typeof import("../../src/core/checklist.js");
  }

  /** A fresh copy of the language registry and the checklist, with nothing loaded yet. */
  async function freshModules(): Promise<Modules> {
    const loaded: Partial<Modules> = {};
    await jest.isolateModulesAsync(async () => {
      loaded.language = await import("../../src/core/language.js");
      loaded.checklist = await import("../../src/core/checklist.js");
    });
    if (!loaded.language || !loaded.checklist) throw new Error("modules did not load");
    return { language: loaded.language, checklist: loaded.checklist };
  }

  it("shows English until German is loaded, then German", async () => {
    const { language, checklist } = await freshModules();
    expect(language.isLanguageLoaded("en")).toBe(true);
    expect(language.isLanguageLoaded("de")).toBe(false);
    const english = checklist.buildChecklist(gmxPlain, "en");
    expect(checklist.buildChecklist(gmxPlain, "de")).toEqual(english);

    await language.loadLanguage("de");
    expect(language.isLanguageLoaded("de")).toBe(true);
    expect(checklist.buildChecklist(gmxPlain, "de")[0]?.title).toBe("Verschlüsselung ist aus");
    expect(checklist.buildChecklist(gmxPlain, "en")).toEqual(english);
  });

  it("loads once, however often it is asked", async () => {
    const { language } = await freshModules();
    const first = language.loadLanguage("de");
    expect(language.loadLanguage("de")).toBe(first);
    await first;
    await expect(language.loadLanguage("de")).resolves.toBeUndefined();
    await expect(language.loadLanguage("en")).resolves.toBeUndefined();
  });

  it("never shows an empty text: a missing or empty translation falls back to English", async () => {
    const { language } = await freshModules();
    const nothingToDo = text("checklist.nothingToDo", "Nothing to do.");
    const unknown = text("checklist.noSuchText", "Only in English.");
    language.registerLanguage("de", { "checklist.nothingToDo": " " });
    expect(language.isLanguageLoaded("de")).toBe(true);
    expect(language.localize(nothingToDo, "de")).toBe("Nothing to do.");
    expect(language.localize(unknown, "de")).toBe("Only in English.");
    language.registerLanguage("de", de);
    expect(language.localize(nothingToDo, "de")).toBe("Nichts zu tun.");
    expect(language.localize(unknown, "de")).toBe("Only in English.");
  });
});

describe("translations (src/core/i18n)", () => {
  const placeholders = (wording: string): string[] =>
    [...wording.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

  /** Every text of the core by id; an id used twice must mean the same English. */
  function englishById(): Map<string, string> {
    const byId = new Map<string, string>();
    for (const entry of [...allChecklistTexts(), ...allSetupTexts()] as Text[]) {
      expect(entry.id).toMatch(/^(checklist|setup)\.[\w.-]+$/);
      expect(entry.en.trim()).not.toBe("");
      const seen = byId.get(entry.id);
      if (seen !== undefined) expect([entry.id, entry.en]).toEqual([entry.id, seen]);
      byId.set(entry.id, entry.en);
    }
    return byId;
  }

  it("has German for every English text, none empty, with the same placeholders", () => {
    const english = englishById();
    expect(english.size).toBeGreaterThan(250);
    for (const [id, wording] of english) {
      const german = de[id];
      expect([id, german?.trim() ? "translated" : "missing"]).toEqual([id, "translated"]);
      expect([id, placeholders(german ?? "")]).toEqual([id, placeholders(wording)]);
    }
  });

  it("has no checklist or setup German text that no English text uses", () => {
    // Other areas spread their own tables into `de` and check them in their own tests.
    const english = englishById();
    const ours = Object.keys(de).filter((id) => /^(checklist|setup)\./.test(id));
    expect(ours.filter((id) => !english.has(id))).toEqual([]);
  });

  it("is registered by loadLanguage", () => {
    expect(isLanguageLoaded("de")).toBe(true);
    expect(localize(text("checklist.nothingToDo", "Nothing to do."), "de")).toBe("Nichts zu tun.");
    expect(LANGS).toEqual(["en", "de"]);
  });
});
