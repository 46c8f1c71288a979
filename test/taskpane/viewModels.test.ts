import { describe, expect, it } from "@jest/globals";
import type { DomainReport, Server, Settings, VerifyReport } from "../../src/core/types.js";
import { accountGuidance, microsoft365MxEndpoint } from "../../src/taskpane/accountGuidance.js";
import { chooseAddress, contextForAddress } from "../../src/taskpane/addressInUse.js";
import { diagnosticsRows, diagnosticsText } from "../../src/taskpane/diagnosticsView.js";
import { de } from "../../src/taskpane/i18n/de.js";
import { en } from "../../src/taskpane/i18n/en.js";
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

describe("addressInUse", () => {
  it("uses the mailbox unless compose mode has a different From", () => {
    expect(chooseAddress({ emailAddress: "ann@contoso.com", mode: "read", fromAddress: "x@y.z" })).toEqual({
      address: "ann@contoso.com",
      mailbox: "ann@contoso.com",
      reason: "mailbox",
    });
    expect(
      chooseAddress({ emailAddress: "ann@contoso.com", mode: "compose", fromAddress: "ANN@contoso.com " })
        .reason,
    ).toBe("mailbox");
    expect(
      chooseAddress({ emailAddress: "ann@contoso.com", mode: "compose", fromAddress: "sales@contoso.com" }),
    ).toEqual({
      address: "sales@contoso.com",
      mailbox: "ann@contoso.com",
      reason: "from-address",
    });
  });

  it("drops the mailbox's account type for a different From address", () => {
    const context = {
      emailAddress: "ann@contoso.com",
      accountType: "office365" as const,
      mode: "compose" as const,
    };
    const choice = chooseAddress({ ...context, fromAddress: "me@gmail.com" });
    expect(contextForAddress({ ...context, fromAddress: "me@gmail.com" }, choice)).toEqual({
      emailAddress: "me@gmail.com",
      fromAddress: "me@gmail.com",
      mode: "compose",
    });
    expect(contextForAddress(context, chooseAddress(context)).accountType).toBe("office365");
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
  it("lists host facts, with a readable value for missing ones", () => {
    const rows = diagnosticsRows(
      {
        hostName: "Outlook",
        hostVersion: "16.0.1",
        platform: "PC",
        language: null,
        mailboxRequirementSet: "1.14",
      },
      "compose",
      en,
    );
    expect(diagnosticsText(rows)).toBe(
      [
        "Host: Outlook",
        "Host version: 16.0.1",
        "Platform: PC",
        "Language: not reported",
        "Highest Mailbox requirement set: 1.14",
        "Mode: compose",
      ].join("\n"),
    );
    expect(diagnosticsRows(null, "standalone", en)).toEqual([
      { label: "Host", value: en.diagnosticsStandalone },
    ]);
  });
});

describe("settingsLookup", () => {
  it("turns a bad address into a message", () => {
    const result = resolveForPane("not-an-address", {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/@/);
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
