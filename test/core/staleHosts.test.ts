import { describe, expect, it } from "@jest/globals";
import { de } from "../../src/core/i18n/de.js";
import { registerLanguage } from "../../src/core/language.js";
import { allStaleHostTexts, correctStaleServer, type Endpoint } from "../../src/core/staleHosts.js";
import { factDate } from "../../src/core/datedFacts.js";

const smtp = (host: string, port: number, security: Endpoint["security"]): Endpoint => ({
  protocol: "smtp",
  host,
  port,
  security,
});

describe("stale-host guard", () => {
  it("replaces smtp.live.com with Outlook.com's submission server and says why", () => {
    const fix = correctStaleServer(smtp("SMTP.LIVE.COM.", 25, "none"));
    expect(fix?.corrected).toEqual(smtp("smtp-mail.outlook.com", 587, "starttls"));
    expect(fix?.note()).toBe(
      "smtp.live.com is a retired name of Outlook.com's server; Outlook.com, Hotmail, Live and MSN mailboxes use smtp-mail.outlook.com:587 (STARTTLS).",
    );
  });

  it("moves smtp.office365.com from 465 to 587 STARTTLS, and leaves 587 alone", () => {
    const fix = correctStaleServer(smtp("smtp.office365.com", 465, "tls"));
    expect(fix?.corrected).toEqual(smtp("smtp.office365.com", 587, "starttls"));
    expect(fix?.note()).toMatch(
      /^smtp\.office365\.com:465 \(SSL\/TLS\) does not work: Microsoft 365 does not offer port 465/,
    );
    expect(correctStaleServer(smtp("smtp.office365.com", 587, "starttls"))).toBeNull();
  });

  it("corrects pod names of early Office 365 for SMTP and IMAP", () => {
    expect(correctStaleServer(smtp("pod51000.outlook.com", 587, "starttls"))?.corrected.host).toBe(
      "smtp.office365.com",
    );
    expect(
      correctStaleServer({ protocol: "imap", host: "pod51036.outlook.com", port: 993, security: "tls" })
        ?.corrected,
    ).toEqual({ protocol: "imap", host: "outlook.office365.com", port: 993, security: "tls" });
  });

  it("corrects smtp-mail.outlook.com on 25 and 465, mentioning the dated fact", () => {
    for (const port of [25, 465]) {
      const fix = correctStaleServer(smtp("smtp-mail.outlook.com", port, port === 465 ? "tls" : "starttls"));
      expect(fix?.corrected).toEqual(smtp("smtp-mail.outlook.com", 587, "starttls"));
      expect(fix?.note()).toContain(factDate("outlookcom-basic-auth-ended", "en"));
    }
  });

  it("corrects plain port 25 for Gmail and Yahoo; their 465 and 587 are fine", () => {
    expect(correctStaleServer(smtp("smtp.gmail.com", 25, "none"))?.corrected).toEqual(
      smtp("smtp.gmail.com", 465, "tls"),
    );
    expect(correctStaleServer(smtp("smtp.mail.yahoo.com", 25, "starttls"))?.corrected).toEqual(
      smtp("smtp.mail.yahoo.com", 465, "tls"),
    );
    expect(correctStaleServer(smtp("smtp.gmail.com", 587, "starttls"))).toBeNull();
    expect(correctStaleServer(smtp("smtp.mail.yahoo.com", 465, "tls"))).toBeNull();
  });

  it("keeps imap-mail.outlook.com for Outlook.com but not next to Microsoft 365's SMTP host", () => {
    const imap: Endpoint = { protocol: "imap", host: "imap-mail.outlook.com", port: 993, security: "tls" };
    expect(correctStaleServer(imap, ["smtp-mail.outlook.com"])).toBeNull();
    expect(correctStaleServer(imap, ["smtp.office365.com"])?.corrected.host).toBe("outlook.office365.com");
  });

  it("leaves unknown hosts alone", () => {
    expect(correctStaleServer(smtp("smtp.example.com", 25, "none"))).toBeNull();
    expect(
      correctStaleServer({ protocol: "imap", host: "smtp.live.com", port: 993, security: "tls" }),
    ).toBeNull();
  });

  it("has German for every text, with the same placeholders, and uses it", () => {
    const placeholders = (wording: string) => [...wording.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const entry of allStaleHostTexts()) {
      const german = de[entry.id];
      expect([entry.id, typeof german]).toEqual([entry.id, "string"]);
      expect([entry.id, placeholders(german ?? "")]).toEqual([entry.id, placeholders(entry.en)]);
    }
    registerLanguage("de", de);
    const note = correctStaleServer(smtp("smtp-mail.outlook.com", 465, "tls"))?.note("de") ?? "";
    expect(note).toContain("funktioniert nicht");
    expect(note).toContain(factDate("outlookcom-basic-auth-ended", "de"));
  });
});
