import { describe, expect, it } from "@jest/globals";
import type { DomainReport, Server, Settings, VerifyReport } from "../../src/core/types.js";
import { accountGuidance, microsoft365MxEndpoint } from "../../src/taskpane/accountGuidance.js";
import { accountChooserView } from "../../src/taskpane/accountChooserView.js";
import { loadLanguage } from "../../src/core/language.js";
import { looksLikeBounce } from "../../src/taskpane/bounceDetection.js";
import {
  diagnosticsRows,
  diagnosticsText,
  ticketJson,
  ticketText,
} from "../../src/taskpane/diagnosticsView.js";
import { de } from "../../src/taskpane/i18n/de.js";
import { en } from "../../src/taskpane/i18n/en.js";
import { explainText } from "../../src/taskpane/bounceExplainer.js";
import { domainToCheck, resolveForPane } from "../../src/taskpane/settingsLookup.js";
import {
  confidenceOf,
  needsVerifyFirst,
  serverRows,
  sourceDescription,
} from "../../src/taskpane/settingsView.js";
import { isDarkBackground, relativeLuminance } from "../../src/taskpane/themeChoice.js";
import { expectedSteps, findingsWorstFirst, targetLabel } from "../../src/taskpane/verifyProgress.js";

const server = (overrides: Partial<Server> = {}): Server => ({
  host: "smtp.example.com",
  port: 587,
  security: "starttls",
  auth: ["password"],
  username: "ann@example.com",
  ...overrides,
});

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  email: "ann@example.com",
  domain: "example.com",
  provider: null,
  source: "builtin",
  servers: [server()],
  incoming: [],
  notes: [],
  ...overrides,
});

describe("themeChoice", () => {
  it("computes WCAG luminance for #rgb and #rrggbb", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 5);
    expect(relativeLuminance("#000")).toBe(0);
    expect(relativeLuminance("#808080")).toBeCloseTo(0.2159, 3);
    expect(relativeLuminance("white")).toBeNull();
  });

  it("treats Outlook's dark backgrounds as dark and light or missing ones as light", () => {
    expect(isDarkBackground("#1f1f1f")).toBe(true);
    expect(isDarkBackground("#262626")).toBe(true);
    expect(isDarkBackground("#ffffff")).toBe(false);
    expect(isDarkBackground("#f0f0f0")).toBe(false);
    expect(isDarkBackground(null)).toBe(false);
    expect(isDarkBackground("not a colour")).toBe(false);
  });
});

describe("accountChooserView", () => {
  const options = [
    { address: "Ann.Private@gmail.com", source: "from" as const },
    { address: "ann@contoso.com", source: "mailbox" as const },
    { address: "printer@contoso.com", source: "recent" as const },
  ];

  it("checks the account in use (case-insensitively) and labels each choice with where it comes from", () => {
    const view = accountChooserView(options, { address: "ann.private@GMAIL.com", source: "from" }, en);
    expect(view.choices.map((choice) => [choice.value, choice.checked, choice.sourceLabel])).toEqual([
      ["ann.private@gmail.com", true, en.accountSources.from],
      ["ann@contoso.com", false, en.accountSources.mailbox],
      ["printer@contoso.com", false, en.accountSources.recent],
    ]);
    expect(view.choices[0]?.address).toBe("Ann.Private@gmail.com");
  });

  it("says where recent addresses are kept only when it offers one, and prefills only a typed address", () => {
    const withRecent = accountChooserView(options, { address: "x@web.de", source: "typed" }, en);
    expect(withRecent.recentKept).toBe(en.recentKept);
    expect(withRecent.typedInitial).toBe("x@web.de");
    expect(withRecent.choices.some((choice) => choice.checked)).toBe(false);
    const withoutRecent = accountChooserView(options.slice(0, 2), options[1] ?? null, de);
    expect(withoutRecent.recentKept).toBeNull();
    expect(withoutRecent.typedInitial).toBe("");
    expect(withoutRecent.heading).toBe(de.accountHeading);
  });
});

describe("accountGuidance", () => {
  it("picks guidance from the account type first, then the servers", () => {
    expect(accountGuidance(settings(), "office365")).toBe("microsoft365");
    expect(accountGuidance(settings({ servers: [server({ host: "smtp.office365.com" })] }))).toBe(
      "microsoft365",
    );
    expect(accountGuidance(settings(), "outlookCom")).toBe("outlookCom");
    expect(accountGuidance(settings({ servers: [server({ host: "SMTP-MAIL.outlook.com" })] }))).toBe(
      "outlookCom",
    );
    expect(accountGuidance(settings({ servers: [server({ auth: ["oauth2"] })] }))).toBe("oauthOnly");
    expect(accountGuidance(settings({ servers: [server({ auth: ["oauth2", "app-password"] })] }))).toBe(
      "appPassword",
    );
    expect(accountGuidance(settings())).toBeNull();
    expect(accountGuidance(settings({ servers: [] }))).toBeNull();
  });

  it("finds the tenant MX endpoint in the domain report", () => {
    const report = {
      mx: [
        { exchange: "backup.example.net", priority: 20 },
        { exchange: "contoso-com.mail.protection.outlook.com", priority: 0 },
      ],
    } as DomainReport;
    expect(microsoft365MxEndpoint(report)).toBe("contoso-com.mail.protection.outlook.com");
    expect(
      microsoft365MxEndpoint({ mx: [{ exchange: "mx.example.net", priority: 1 }] } as DomainReport),
    ).toBeNull();
    expect(microsoft365MxEndpoint(null)).toBeNull();
  });
});

describe("settingsView", () => {
  it("names the encryption as Outlook does and hides the user name when there is none", () => {
    const rows = serverRows(server({ security: "tls", port: 465, auth: ["oauth2", "app-password"] }), en);
    expect(rows.map((row) => [row.field, row.value])).toEqual([
      ["server", "smtp.example.com"],
      ["port", "465"],
      ["encryption", "SSL/TLS"],
      ["auth", "OAuth2 (sign in with the provider), App password"],
      ["username", "ann@example.com"],
    ]);
    expect(rows[2]?.hint).toBe(en.securityOlderName.tls);
    expect(serverRows(server({ security: "starttls" }), en)[2]?.value).toBe("STARTTLS");
    const plain = serverRows(server({ security: "none", auth: ["none"], username: "" }), de);
    expect(plain.map((row) => row.field)).toEqual(["server", "port", "encryption", "auth"]);
    expect(plain[2]).toEqual({ field: "encryption", label: "Verschlüsselung", value: "Keine" });
  });

  it("describes the source and how sure it is", () => {
    expect(sourceDescription(settings(), en)).toBe("Outbox Doctor's provider list · sure");
    expect(sourceDescription(settings({ source: "mx" }), en)).toBe(
      "inferred from the domain's MX records · likely, not confirmed",
    );
    expect(sourceDescription(settings({ source: "autoconfig", confidence: "medium" }), en)).toContain(
      "autoconfig",
    );
    expect(confidenceOf(settings({ source: "guess" }))).toBe("low");
    expect(needsVerifyFirst(settings({ source: "guess" }))).toBe(true);
    expect(needsVerifyFirst(settings())).toBe(false);
    expect(needsVerifyFirst(settings({ source: "none", servers: [] }))).toBe(false);
  });
});

describe("verifyProgress", () => {
  it("lists the steps the probe goes through for each encryption", () => {
    expect(expectedSteps("starttls")).toEqual([
      "resolve",
      "connect",
      "greeting",
      "ehlo",
      "starttls",
      "tls",
      "ehlo-tls",
    ]);
    expect(expectedSteps("tls")[2]).toBe("tls");
    expect(expectedSteps("none")).not.toContain("tls");
    expect(targetLabel(server())).toBe("smtp.example.com:587");
  });

  it("puts failures first", () => {
    const report = {
      findings: [
        { id: "tls-ok", severity: "pass", title: "", detail: "" },
        { id: "cert-expired", severity: "fail", title: "", detail: "" },
        { id: "oauth2-supported", severity: "info", title: "", detail: "" },
        { id: "cert-expiring-soon", severity: "warn", title: "", detail: "" },
      ],
    } as VerifyReport;
    expect(findingsWorstFirst(report).map((finding) => finding.severity)).toEqual([
      "fail",
      "warn",
      "info",
      "pass",
    ]);
  });
});

describe("diagnosticsView", () => {
  const facts = {
    host: {
      hostName: "Outlook",
      hostVersion: "16.0.1",
      platform: "PC",
      language: null,
      mailboxRequirementSet: "1.14",
    },
    mode: "compose" as const,
    accountType: "office365" as const,
    userAgent: "Mozilla/5.0 (Windows NT 10.0) Edg/130",
    serverOrigin: "https://doctor.example",
    health: { status: "unreachable" as const, at: 0 },
    addressInUse: "ann@example.com",
    settings: settings(),
    verify: { status: "idle" as const },
  };

  it("lists version, host, webview, server health, account, source and last verify, readable when missing", () => {
    const text = diagnosticsText(diagnosticsRows(facts, en));
    expect(text).toContain("Add-in version: development");
    expect(text).toContain("Host: Outlook");
    expect(text).toContain("Language: not reported");
    expect(text).toContain("Browser / webview: Mozilla/5.0 (Windows NT 10.0) Edg/130");
    expect(text).toContain("Server: https://doctor.example");
    expect(text).toContain("Server health: can't be reached");
    expect(text).toContain("Account type (Outlook): office365");
    expect(text).toContain("Address in use: ann@example.com");
    expect(text).toContain("Settings source: Outbox Doctor's provider list");
    expect(text).toContain("Last verify: not run");
    const standalone = diagnosticsRows({ ...facts, host: null, health: null }, de);
    expect(standalone.find((row) => row.key === "hostName")?.value).toBe(de.diagnosticsStandalone);
    expect(standalone.find((row) => row.key === "serverHealth")?.value).toBe(de.healthStates.checking);
  });

  it("copies settings, checklist and findings for a ticket, as text and as JSON", () => {
    const rows = diagnosticsRows(facts, en);
    const report: VerifyReport = {
      target: { host: "smtp.example.com", port: 587, security: "starttls", address: "192.0.2.1" },
      ok: false,
      steps: [],
      greeting: null,
      tls: null,
      auth: { beforeTls: [], afterTls: [] },
      extensions: [],
      findings: [{ id: "starttls-missing", severity: "fail", title: "No STARTTLS", detail: "EHLO lacks it" }],
      checkedAt: "2026-12-01T00:00:00.000Z",
      durationMs: 10,
    };
    const input = {
      rows,
      settings: settings(),
      checklist: [
        { id: "encryption", status: "fail" as const, title: "Encryption is off", why: "", action: "" },
      ],
      verify: report,
    };
    const text = ticketText(input, en);
    expect(text).toContain(
      "## Settings\n- smtp.example.com:587 STARTTLS, Password, User name: ann@example.com",
    );
    expect(text).toContain("## Checklist\n- [Problem] Encryption is off");
    expect(text).toContain("- [Problem] starttls-missing: No STARTTLS (EHLO lacks it)");
    const json = JSON.parse(ticketJson(input)) as {
      diagnostics: Record<string, string>;
      settings: Settings;
      checklist: unknown[];
      verify: { findings: unknown[] };
    };
    expect(json.diagnostics.addressInUse).toBe("ann@example.com");
    expect(json.settings.servers[0]?.host).toBe("smtp.example.com");
    expect(json.checklist).toEqual([{ id: "encryption", status: "fail", title: "Encryption is off" }]);
    expect(json.verify.findings).toEqual([
      { id: "starttls-missing", severity: "fail", title: "No STARTTLS" },
    ]);
  });
});

describe("bounceDetection", () => {
  it("recognises Exchange NDRs by item class and other bounces by sender or subject", () => {
    expect(looksLikeBounce({ itemClass: "REPORT.IPM.Note.NDR", sender: null, subject: null })).toBe(true);
    expect(
      looksLikeBounce({ itemClass: "IPM.Note", sender: "MAILER-DAEMON@mx.example.net", subject: "x" }),
    ).toBe(true);
    expect(
      looksLikeBounce({ itemClass: "IPM.Note", sender: "a@b.c", subject: "Undeliverable: Invoice" }),
    ).toBe(true);
    expect(
      looksLikeBounce({ itemClass: "IPM.Note", sender: "a@b.c", subject: "Unzustellbar: Rechnung" }),
    ).toBe(true);
    expect(looksLikeBounce({ itemClass: "IPM.Note", sender: "ann@contoso.com", subject: "Lunch?" })).toBe(
      false,
    );
    expect(
      looksLikeBounce({ itemClass: "REPORT.IPM.Note.DR", sender: "a@b.c", subject: "Delivered: x" }),
    ).toBe(false);
    expect(looksLikeBounce(null)).toBe(false);
  });
});

describe("settingsLookup", () => {
  it("turns a bad address into a message", () => {
    const result = resolveForPane("not-an-address", {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/@/);
  });

  it("gives the provider's notes in the pane's language", async () => {
    await loadLanguage("de");
    const english = resolveForPane("ann@gmail.com", {}, "en");
    const german = resolveForPane("ann@gmail.com", {}, "de");
    if (!english.ok || !german.ok) throw new Error("expected settings");
    expect(english.settings.notes.length).toBeGreaterThan(0);
    expect(german.settings.notes).toHaveLength(english.settings.notes.length);
    expect(german.settings.notes).not.toEqual(english.settings.notes);
    expect(german.settings.servers).toEqual(english.settings.servers);
  });

  it("checks the DNS of custom domains only", () => {
    const gmail = resolveForPane("ann@gmail.com", {});
    const custom = resolveForPane("ann@contoso.com", { accountType: "office365" });
    const unknown = resolveForPane("ann@unknown-domain.example", {});
    if (!gmail.ok || !custom.ok || !unknown.ok) throw new Error("expected settings");
    expect(domainToCheck(gmail.settings)).toBeNull();
    expect(domainToCheck(custom.settings)).toBe("contoso.com");
    expect(domainToCheck(unknown.settings)).toBe("unknown-domain.example");
  });
});

describe("bounceExplainer", () => {
  it("explains a reply line with its texts", async () => {
    const view = await explainText(
      "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
      "en",
      1,
    );
    expect(view.loadFailed).toBe(false);
    expect(view.explanations[0]?.title).toBeTruthy();
  });

  it("says so when the explainer's texts cannot be loaded, instead of showing nothing", async () => {
    const failing = () => Promise.reject(new Error("Loading chunk unknown-recipient failed."));
    const view = await explainText("550 5.1.1 User unknown", "en", 1, failing);
    expect(view).toMatchObject({ recognised: false, explanations: [], problem: null, loadFailed: true });
  });

  it("gives the core's bad-input message in the pane's language", async () => {
    await loadLanguage("de");
    const english = await explainText("   ", "en");
    const german = await explainText("   ", "de");
    expect(english.problem).toBeTruthy();
    expect(german.problem).toBeTruthy();
    expect(german.problem).not.toEqual(english.problem);
  });
});

describe("settingsLookup in German", () => {
  it("words a bad address in German", async () => {
    await loadLanguage("de");
    const english = resolveForPane("ann-at-example.org", {}, "en");
    const german = resolveForPane("ann-at-example.org", {}, "de");
    if (english.ok || german.ok) throw new Error("expected a message");
    expect(english.message).toMatch(/has no @/);
    expect(german.message).not.toMatch(/has no @/);
    expect(german.message).toMatch(/@/);
  });
});
